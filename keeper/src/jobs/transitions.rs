//! Job state transitions: one SQLite transaction each, checked against the state machine.

use rusqlite::{Connection, OptionalExtension, params};

use super::JobStore;
use super::error::{StoreError, db_error};
use super::model::{JobState, RecoveryReport, SkipCause, SpooledImage, StoredImage};
use super::rows::{db_int, db_token_id, get_u64, normalized_hex};

impl JobStore {
    /// `Seen -> Generating`; increments and returns the attempt number.
    ///
    /// Crash safety: call it BEFORE the image API call. If the process dies
    /// during the call, [`JobStore::recover_after_restart`] requeues the job;
    /// `attempts` still counts the interrupted call.
    pub fn start_generating(&self, token_id: u64) -> Result<u32, StoreError> {
        self.write("start_generating", Some(token_id), |conn| {
            start_generating_in(conn, token_id)
        })
    }

    /// `Generating -> Seen` after a failed image API call, keeping `error` for
    /// diagnosis; the job is not generated again before `retry_at` (unix
    /// seconds), so the backoff survives restarts.
    ///
    /// Crash safety: one transaction; a crash before it has the same effect
    /// via [`JobStore::recover_after_restart`] (without the wait).
    pub fn generation_failed(
        &self,
        token_id: u64,
        error: &str,
        retry_at: u64,
    ) -> Result<(), StoreError> {
        self.write("generation_failed", Some(token_id), |conn| {
            generation_failed_in(conn, token_id, error, retry_at)
        })
    }

    /// Records the image provider's task id while `Generating`, so an
    /// interrupted attempt resumes that task instead of paying for a new one.
    pub fn record_provider_task(&self, token_id: u64, task: &str) -> Result<(), StoreError> {
        self.write("record_provider_task", Some(token_id), |conn| {
            const OP: &str = "record_provider_task";
            ensure_transition(
                conn,
                OP,
                token_id,
                &[JobState::Generating],
                JobState::Generating,
            )?;
            execute_update(
                conn,
                OP,
                token_id,
                "UPDATE jobs SET provider_task = ?2, updated_at = unixepoch() WHERE token_id = ?1",
                params![db_token_id(OP, token_id)?, task],
            )
        })
    }

    /// `Generating -> ImageSpooled`: the paid image is in the local spool.
    ///
    /// Crash safety: call it AFTER the spool file is written and fsynced. From
    /// here on the image is uploaded from the spool and never generated again.
    pub fn image_spooled(&self, token_id: u64, image: &SpooledImage) -> Result<(), StoreError> {
        self.write("image_spooled", Some(token_id), |conn| {
            image_spooled_in(conn, token_id, image)
        })
    }

    /// `Generating | ImageSpooled -> ImageStored`, recording the stored image.
    ///
    /// Crash safety: call it AFTER the image is durably in storage. Once it
    /// returns `Ok`, the image API is never called again for this request.
    pub fn image_stored(&self, token_id: u64, image: &StoredImage) -> Result<(), StoreError> {
        self.write("image_stored", Some(token_id), |conn| {
            image_stored_in(conn, token_id, image)
        })
    }

    /// `ImageStored -> MetadataStored` (ready to submit).
    ///
    /// Crash safety: call it AFTER the metadata is in storage; a crash before
    /// leaves `ImageStored`, so only the metadata upload is repeated.
    pub fn metadata_stored(
        &self,
        token_id: u64,
        sha256: &str,
        uri: &str,
    ) -> Result<(), StoreError> {
        self.write("metadata_stored", Some(token_id), |conn| {
            metadata_stored_in(conn, token_id, sha256, uri)
        })
    }

    /// Any open state `-> GivenUp` (final) with a reason.
    ///
    /// Crash safety: one transaction. Giving up a `Submitted` job does not
    /// cancel its transaction: the caller does so only once the token's
    /// deadline has passed, when no transaction can deliver it any more.
    pub fn give_up(&self, token_id: u64, reason: &str) -> Result<(), StoreError> {
        self.write("give_up", Some(token_id), |conn| {
            give_up_in(conn, token_id, reason)
        })
    }

    /// Any open state `-> Skipped` (final): the token is no longer pending on
    /// chain. (The brief's free-text reason is split into a `cause`, which
    /// record_scan needs to recognise reorg skips, and a free-text `reason`.)
    ///
    /// Crash safety: one transaction.
    pub fn skip(&self, token_id: u64, cause: SkipCause, reason: &str) -> Result<(), StoreError> {
        self.write("skip", Some(token_id), |conn| {
            skip_in(conn, token_id, cause, reason)
        })
    }

    /// Call once at start-up, before any worker runs: turns `Generating` back
    /// into `Seen` (the API call was interrupted before an image was
    /// recorded, so calling it again is correct) and counts what to resume.
    /// `ImageSpooled`/`ImageStored`/`MetadataStored` continue from the stored
    /// artifacts;
    /// `Submitted` jobs must be re-checked on chain by the caller.
    ///
    /// Crash safety: one transaction; idempotent.
    pub fn recover_after_restart(&self) -> Result<RecoveryReport, StoreError> {
        self.write("recover_after_restart", None, recover_in)
    }
}

/// Checks that `token_id` exists and is in one of `allowed_from`.
pub(super) fn ensure_transition(
    conn: &Connection,
    operation: &'static str,
    token_id: u64,
    allowed_from: &[JobState],
    to: JobState,
) -> Result<(), StoreError> {
    let from = current_state(conn, operation, token_id)?.ok_or(StoreError::UnknownToken {
        operation,
        token_id,
    })?;
    if allowed_from.contains(&from) {
        Ok(())
    } else {
        Err(StoreError::InvalidTransition { token_id, from, to })
    }
}

fn current_state(
    conn: &Connection,
    operation: &'static str,
    token_id: u64,
) -> Result<Option<JobState>, StoreError> {
    let id = db_token_id(operation, token_id)?;
    conn.prepare_cached("SELECT state FROM jobs WHERE token_id = ?1")
        .and_then(|mut statement| statement.query_row([id], |row| row.get(0)).optional())
        .map_err(db_error(operation, Some(token_id)))
}

fn start_generating_in(conn: &Connection, token_id: u64) -> Result<u32, StoreError> {
    const OP: &str = "start_generating";
    let to = JobState::Generating;
    ensure_transition(conn, OP, token_id, &[JobState::Seen], to)?;
    conn.query_row(
        "UPDATE jobs SET state = ?2, attempts = attempts + 1, updated_at = unixepoch()
         WHERE token_id = ?1 RETURNING attempts",
        params![db_token_id(OP, token_id)?, to.as_str()],
        |row| row.get(0),
    )
    .map_err(db_error(OP, Some(token_id)))
}

fn generation_failed_in(
    conn: &Connection,
    token_id: u64,
    error: &str,
    retry_at: u64,
) -> Result<(), StoreError> {
    const OP: &str = "generation_failed";
    let to = JobState::Seen;
    let retry_at = db_int(OP, Some(token_id), "retry_at", retry_at)?;
    ensure_transition(conn, OP, token_id, &[JobState::Generating], to)?;
    execute_update(
        conn,
        OP,
        token_id,
        "UPDATE jobs SET state = ?2, last_error = ?3, next_attempt_at = ?4, updated_at = unixepoch()
         WHERE token_id = ?1",
        params![db_token_id(OP, token_id)?, to.as_str(), error, retry_at],
    )
}

fn image_spooled_in(
    conn: &Connection,
    token_id: u64,
    image: &SpooledImage,
) -> Result<(), StoreError> {
    const OP: &str = "image_spooled";
    let to = JobState::ImageSpooled;
    let sha256 = normalized_hex(OP, Some(token_id), "image sha256", &image.sha256, 32)?;
    let created_at = db_int(OP, Some(token_id), "created_at", image.created_at)?;
    ensure_transition(conn, OP, token_id, &[JobState::Generating], to)?;
    execute_update(
        conn,
        OP,
        token_id,
        "UPDATE jobs SET state = ?2, image_sha256 = ?3, spool_path = ?4, image_content_type = ?5,
             model = ?6, size = ?7, created_at = ?8, provider_task = NULL, last_error = NULL,
             updated_at = unixepoch()
         WHERE token_id = ?1",
        params![
            db_token_id(OP, token_id)?,
            to.as_str(),
            sha256,
            image.spool_path,
            image.content_type,
            image.model,
            image.size,
            created_at,
        ],
    )
}

pub(super) fn image_stored_in(
    conn: &Connection,
    token_id: u64,
    image: &StoredImage,
) -> Result<(), StoreError> {
    const OP: &str = "image_stored";
    let to = JobState::ImageStored;
    let sha256 = normalized_hex(OP, Some(token_id), "image sha256", &image.sha256, 32)?;
    let created_at = db_int(OP, Some(token_id), "created_at", image.created_at)?;
    ensure_transition(
        conn,
        OP,
        token_id,
        &[JobState::Generating, JobState::ImageSpooled],
        to,
    )?;
    execute_update(
        conn,
        OP,
        token_id,
        "UPDATE jobs SET state = ?2, image_sha256 = ?3, image_uri = ?4, image_content_type = ?5,
             model = ?6, size = ?7, created_at = ?8, spool_path = NULL, provider_task = NULL,
             last_error = NULL, updated_at = unixepoch()
         WHERE token_id = ?1",
        params![
            db_token_id(OP, token_id)?,
            to.as_str(),
            sha256,
            image.uri,
            image.content_type,
            image.model,
            image.size,
            created_at,
        ],
    )
}

fn metadata_stored_in(
    conn: &Connection,
    token_id: u64,
    sha256: &str,
    uri: &str,
) -> Result<(), StoreError> {
    const OP: &str = "metadata_stored";
    let to = JobState::MetadataStored;
    let sha256 = normalized_hex(OP, Some(token_id), "metadata sha256", sha256, 32)?;
    ensure_transition(conn, OP, token_id, &[JobState::ImageStored], to)?;
    execute_update(
        conn,
        OP,
        token_id,
        "UPDATE jobs SET state = ?2, metadata_sha256 = ?3, metadata_uri = ?4,
             updated_at = unixepoch()
         WHERE token_id = ?1",
        params![db_token_id(OP, token_id)?, to.as_str(), sha256, uri],
    )
}

pub(super) fn give_up_in(conn: &Connection, token_id: u64, reason: &str) -> Result<(), StoreError> {
    const OP: &str = "give_up";
    let to = JobState::GivenUp;
    ensure_transition(conn, OP, token_id, &JobState::OPEN, to)?;
    execute_update(
        conn,
        OP,
        token_id,
        "UPDATE jobs SET state = ?2, reason = ?3, updated_at = unixepoch() WHERE token_id = ?1",
        params![db_token_id(OP, token_id)?, to.as_str(), reason],
    )
}

fn skip_in(
    conn: &Connection,
    token_id: u64,
    cause: SkipCause,
    reason: &str,
) -> Result<(), StoreError> {
    const OP: &str = "skip";
    let to = JobState::Skipped;
    ensure_transition(conn, OP, token_id, &JobState::OPEN, to)?;
    execute_update(
        conn,
        OP,
        token_id,
        "UPDATE jobs SET state = ?2, skip_cause = ?3, reason = ?4, updated_at = unixepoch()
         WHERE token_id = ?1",
        params![
            db_token_id(OP, token_id)?,
            to.as_str(),
            cause.as_str(),
            reason
        ],
    )
}

pub(super) fn execute_update(
    conn: &Connection,
    operation: &'static str,
    token_id: u64,
    sql: &str,
    params: impl rusqlite::Params,
) -> Result<(), StoreError> {
    conn.prepare_cached(sql)
        .and_then(|mut statement| statement.execute(params))
        .map_err(db_error(operation, Some(token_id)))?;
    Ok(())
}

fn recover_in(conn: &Connection) -> Result<RecoveryReport, StoreError> {
    const OP: &str = "recover_after_restart";
    let requeued = conn
        .execute(
            "UPDATE jobs SET state = ?1, updated_at = unixepoch() WHERE state = ?2",
            params![JobState::Seen.as_str(), JobState::Generating.as_str()],
        )
        .map_err(db_error(OP, None))?;
    let count = |state: JobState| count_in_state(conn, OP, state);
    Ok(RecoveryReport {
        generating_requeued: u64::try_from(requeued).unwrap_or(u64::MAX),
        seen: count(JobState::Seen)?,
        image_spooled: count(JobState::ImageSpooled)?,
        image_stored: count(JobState::ImageStored)?,
        metadata_stored: count(JobState::MetadataStored)?,
        submitted: count(JobState::Submitted)?,
    })
}

fn count_in_state(
    conn: &Connection,
    operation: &'static str,
    state: JobState,
) -> Result<u64, StoreError> {
    conn.query_row(
        "SELECT COUNT(*) FROM jobs WHERE state = ?1",
        [state.as_str()],
        |row| get_u64(row, 0),
    )
    .map_err(db_error(operation, None))
}
