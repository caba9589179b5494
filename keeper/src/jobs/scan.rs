//! The chain scan: recording `ImageRequested` logs with the checkpoint, merging reorged logs,
//! and rewinding the checkpoint.

use rusqlite::{Connection, OptionalExtension, params};

use super::JobStore;
use super::error::{StoreError, db_error, invalid_input};
use super::model::{Job, JobState, NewJob, ScanConflict, ScanOutcome, SkipCause};
use super::rows::{DbRequestInts, db_int, get_u64, normalized_hex, read_job, validated_new_job};
use super::transitions::give_up_in;

impl JobStore {
    /// Records the logs of a scanned block range and advances the checkpoint
    /// to `to_block`, in ONE transaction.
    ///
    /// Crash safety: after a crash either both the jobs and the checkpoint are
    /// recorded or neither is, so the range is rescanned and no log is lost.
    /// Idempotent: re-recording the same logs changes nothing. See
    /// [`ScanOutcome`] for how reorged logs are merged.
    ///
    /// Fails without any change if the checkpoint would move backwards (use
    /// [`JobStore::rewind_checkpoint`]), a log lies beyond `to_block`, or an
    /// input is malformed.
    pub fn record_scan(
        &self,
        to_block: u64,
        to_block_hash: &str,
        jobs: &[NewJob],
    ) -> Result<ScanOutcome, StoreError> {
        self.write("record_scan", None, |conn| {
            record_scan_in(conn, to_block, to_block_hash, jobs)
        })
    }

    /// The last committed checkpoint `(block_number, block_hash)`; `None`
    /// before the first scan. After a crash it is exactly as far as the jobs
    /// recorded with it, so scanning from `block_number + 1` loses no log.
    pub fn checkpoint(&self) -> Result<Option<(u64, String)>, StoreError> {
        read_checkpoint(&self.lock(), "checkpoint")
    }

    /// Moves the checkpoint back to `to_block` (a common ancestor after a deep
    /// reorg) and returns the open jobs whose log lies after it, which the
    /// caller should re-verify on chain. Jobs are not changed: the rescan
    /// merges re-mined logs through [`JobStore::record_scan`].
    ///
    /// Crash safety: one transaction; refuses to move the checkpoint forward.
    pub fn rewind_checkpoint(
        &self,
        to_block: u64,
        to_block_hash: &str,
    ) -> Result<Vec<u64>, StoreError> {
        self.write("rewind_checkpoint", None, |conn| {
            rewind_checkpoint_in(conn, to_block, to_block_hash)
        })
    }
}

enum ScanDecision {
    Unchanged,
    Relocate { new_state: JobState },
    Reset,
    Conflict,
}

pub(super) fn record_scan_in(
    conn: &Connection,
    to_block: u64,
    to_block_hash: &str,
    jobs: &[NewJob],
) -> Result<ScanOutcome, StoreError> {
    const OP: &str = "record_scan";
    let to_block_hash = normalized_hex(OP, None, "to_block_hash", to_block_hash, 32)?;
    ensure_checkpoint_not_behind(conn, OP, to_block)?;
    let mut outcome = ScanOutcome::default();
    for scanned in jobs {
        let scanned = validated_new_job(OP, scanned, to_block)?;
        merge_scanned_job(conn, &scanned, &mut outcome)?;
        if scanned.unreadable_prompt && give_up_unreadable(conn, scanned.token_id)? {
            outcome.unreadable_prompts.push(scanned.token_id);
        }
    }
    write_checkpoint(conn, OP, to_block, &to_block_hash)?;
    Ok(outcome)
}

fn merge_scanned_job(
    conn: &Connection,
    scanned: &NewJob,
    outcome: &mut ScanOutcome,
) -> Result<(), StoreError> {
    const OP: &str = "record_scan";
    let token_id = scanned.token_id;
    let Some(existing) = read_job(conn, OP, token_id)? else {
        insert_job(conn, scanned)?;
        outcome.inserted.push(token_id);
        return Ok(());
    };
    match scan_decision(&existing, scanned) {
        ScanDecision::Unchanged => outcome.unchanged += 1,
        ScanDecision::Relocate { new_state } => {
            relocate_job(conn, scanned, new_state)?;
            outcome.relocated.push(token_id);
        }
        ScanDecision::Reset => {
            reset_job(conn, scanned)?;
            outcome.reset.push(token_id);
        }
        ScanDecision::Conflict => outcome.conflicts.push(ScanConflict {
            token_id,
            state: existing.state,
            stored_block_hash: existing.block_hash,
            scanned_block_hash: scanned.block_hash.clone(),
        }),
    }
    Ok(())
}

/// The public reason of a token whose prompt is not UTF-8.
pub(super) const UNREADABLE_PROMPT_REASON: &str = "the prompt is not valid UTF-8 text: no image can show \
     exactly the prompt on chain, so none is made; the holder can refund after the deadline";

/// Gives up a job whose prompt is not UTF-8 while nothing was sent for it, in the scan's own
/// transaction: no worker ever sees it `Seen`, so no image is paid for. Returns whether it did.
fn give_up_unreadable(conn: &Connection, token_id: u64) -> Result<bool, StoreError> {
    let Some(job) = read_job(conn, "record_scan", token_id)? else {
        return Ok(false);
    };
    if !JobState::OPEN.contains(&job.state) || job.state >= JobState::Submitted {
        return Ok(false);
    }
    give_up_in(conn, token_id, UNREADABLE_PROMPT_REASON)?;
    Ok(true)
}

/// How a scanned log merges into an existing job of the same token.
fn scan_decision(existing: &Job, scanned: &NewJob) -> ScanDecision {
    // The scan only reports canonical logs, so a reorg-skipped job whose log
    // is back (chain flip-flop or re-mined mint) is pending again.
    let skipped_by_reorg =
        existing.state == JobState::Skipped && existing.skip_cause == Some(SkipCause::Reorged);
    if scanned.same_request_as(existing) {
        if skipped_by_reorg {
            ScanDecision::Relocate {
                new_state: existing.furthest_stored_artifact(),
            }
        } else if scanned.same_log_as(existing) {
            ScanDecision::Unchanged
        } else {
            // Re-mined with the same content: the stored image is still right.
            ScanDecision::Relocate {
                new_state: existing.state,
            }
        }
    } else if existing.state < JobState::Submitted || skipped_by_reorg {
        // Re-minted with another request before anything was sent: the work done for the old
        // prompt is dropped in this same transaction (its image must never be delivered), so no
        // later step can leave the new request stranded behind the checkpoint.
        ScanDecision::Reset
    } else {
        ScanDecision::Conflict
    }
}

fn insert_job(conn: &Connection, job: &NewJob) -> Result<(), StoreError> {
    const OP: &str = "record_scan";
    let ints = DbRequestInts::of(OP, job)?;
    conn.prepare_cached(
        "INSERT INTO jobs (token_id, requester, tier, paid, deadline, prompt, block_number,
                           block_hash, tx_hash, log_index, state, currency, attempts, updated_at,
                           seen_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 0, unixepoch(), unixepoch())",
    )
    .and_then(|mut statement| {
        statement.execute(params![
            ints.token_id,
            job.requester,
            job.tier,
            job.paid,
            ints.deadline,
            job.prompt,
            ints.block_number,
            job.block_hash,
            job.tx_hash,
            ints.log_index,
            JobState::Seen.as_str(),
            job.currency.as_str(),
        ])
    })
    .map_err(db_error(OP, Some(job.token_id)))?;
    Ok(())
}

/// Updates only the chain position; progress (image, metadata) is kept.
/// Submission fields are cleared when the state changes (reorg revival),
/// because a fulfil sent before the reorg is void.
fn relocate_job(conn: &Connection, job: &NewJob, new_state: JobState) -> Result<(), StoreError> {
    const OP: &str = "record_scan";
    let ints = DbRequestInts::of(OP, job)?;
    conn.execute(
        "UPDATE jobs SET block_number = ?2, block_hash = ?3, tx_hash = ?4, log_index = ?5,
             submission_id  = CASE WHEN state = ?6 THEN submission_id END,
             submit_tx_hash = CASE WHEN state = ?6 THEN submit_tx_hash END,
             submit_nonce   = CASE WHEN state = ?6 THEN submit_nonce END,
             submitted_at   = CASE WHEN state = ?6 THEN submitted_at END,
             skip_cause     = CASE WHEN state = ?6 THEN skip_cause END,
             reason         = CASE WHEN state = ?6 THEN reason END,
             state = ?6, updated_at = unixepoch()
         WHERE token_id = ?1",
        params![
            ints.token_id,
            ints.block_number,
            job.block_hash,
            job.tx_hash,
            ints.log_index,
            new_state.as_str(),
        ],
    )
    .map_err(db_error(OP, Some(job.token_id)))?;
    Ok(())
}

/// Replaces the request with different content: a fresh `Seen` job, because
/// an image made for another prompt must not be delivered.
fn reset_job(conn: &Connection, job: &NewJob) -> Result<(), StoreError> {
    const OP: &str = "record_scan";
    let ints = DbRequestInts::of(OP, job)?;
    conn.execute(
        "UPDATE jobs SET requester = ?2, tier = ?3, paid = ?4, deadline = ?5, prompt = ?6,
             block_number = ?7, block_hash = ?8, tx_hash = ?9, log_index = ?10, state = ?11,
             currency = ?12,
             attempts = 0, last_error = NULL, next_attempt_at = 0, provider_task = NULL,
             spool_path = NULL, image_sha256 = NULL, image_uri = NULL,
             image_content_type = NULL, model = NULL, size = NULL, created_at = NULL,
             metadata_sha256 = NULL, metadata_uri = NULL, submission_id = NULL,
             submit_tx_hash = NULL,
             submit_nonce = NULL, submitted_at = NULL, delivered_tx_hash = NULL,
             skip_cause = NULL, reason = NULL, updated_at = unixepoch(), seen_at = unixepoch()
         WHERE token_id = ?1",
        params![
            ints.token_id,
            job.requester,
            job.tier,
            job.paid,
            ints.deadline,
            job.prompt,
            ints.block_number,
            job.block_hash,
            job.tx_hash,
            ints.log_index,
            JobState::Seen.as_str(),
            job.currency.as_str(),
        ],
    )
    .map_err(db_error(OP, Some(job.token_id)))?;
    Ok(())
}

fn read_checkpoint(
    conn: &Connection,
    operation: &'static str,
) -> Result<Option<(u64, String)>, StoreError> {
    conn.query_row(
        "SELECT block_number, block_hash FROM scan_checkpoint WHERE id = 1",
        [],
        |row| Ok((get_u64(row, 0)?, row.get(1)?)),
    )
    .optional()
    .map_err(db_error(operation, None))
}

fn ensure_checkpoint_not_behind(
    conn: &Connection,
    operation: &'static str,
    to_block: u64,
) -> Result<(), StoreError> {
    match read_checkpoint(conn, operation)? {
        Some((current, _)) if to_block < current => Err(StoreError::CheckpointOrder {
            operation,
            current,
            requested: to_block,
        }),
        _ => Ok(()),
    }
}

fn write_checkpoint(
    conn: &Connection,
    operation: &'static str,
    block_number: u64,
    block_hash: &str,
) -> Result<(), StoreError> {
    let block_number = db_int(operation, None, "block_number", block_number)?;
    conn.execute(
        "INSERT INTO scan_checkpoint (id, block_number, block_hash, updated_at)
         VALUES (1, ?1, ?2, unixepoch())
         ON CONFLICT (id) DO UPDATE SET block_number = excluded.block_number,
             block_hash = excluded.block_hash, updated_at = excluded.updated_at",
        params![block_number, block_hash],
    )
    .map_err(db_error(operation, None))?;
    Ok(())
}

fn rewind_checkpoint_in(
    conn: &Connection,
    to_block: u64,
    to_block_hash: &str,
) -> Result<Vec<u64>, StoreError> {
    const OP: &str = "rewind_checkpoint";
    let to_block_hash = normalized_hex(OP, None, "to_block_hash", to_block_hash, 32)?;
    let Some((current, _)) = read_checkpoint(conn, OP)? else {
        return Err(invalid_input(
            OP,
            None,
            "to_block",
            to_block,
            "there is no checkpoint to rewind",
        ));
    };
    if to_block > current {
        return Err(StoreError::CheckpointOrder {
            operation: OP,
            current,
            requested: to_block,
        });
    }
    write_checkpoint(conn, OP, to_block, &to_block_hash)?;
    open_jobs_after_block(conn, OP, to_block)
}

fn open_jobs_after_block(
    conn: &Connection,
    operation: &'static str,
    block: u64,
) -> Result<Vec<u64>, StoreError> {
    let block = db_int(operation, None, "to_block", block)?;
    let [a, b, c] = JobState::FINAL.map(JobState::as_str);
    let mut statement = conn
        .prepare_cached(
            "SELECT token_id FROM jobs WHERE block_number > ?1
             AND state NOT IN (?2, ?3, ?4) ORDER BY token_id",
        )
        .map_err(db_error(operation, None))?;
    let rows = statement
        .query_map(params![block, a, b, c], |row| get_u64(row, 0))
        .map_err(db_error(operation, None))?;
    rows.collect::<Result<Vec<_>, _>>()
        .map_err(db_error(operation, None))
}
