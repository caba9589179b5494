//! Fulfil submissions: the tokens sent at one nonce and every version of the transaction that was
//! broadcast for them.
//!
//! A stuck transaction is replaced by another version at the same nonce, and any one of the
//! versions may end up mined, including an earlier one after a crash. So every version is recorded
//! (hash, fees, signed bytes) BEFORE it is broadcast, and a submission is settled by whichever
//! version the chain mined. Settling applies the outcome to exactly the tokens the submission
//! carried, in one SQLite transaction, and leaves alone tokens that are no longer submitted by it
//! (already final, or reset by a reorg): settling twice changes nothing.

use std::collections::HashSet;

use rusqlite::{Connection, OptionalExtension, Row, params};

use super::JobStore;
use super::error::{StoreError, db_error, invalid_input};
use super::model::{JobState, SkipCause};
use super::rows::{db_int, db_token_id, get_u64, normalized_hex};
use super::transitions::{ensure_transition, execute_update};

/// One broadcast version of a submission's transaction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TxVersion {
    /// 0x-prefixed transaction hash; stored lowercase.
    pub hash: String,
    pub max_fee_per_gas: u128,
    pub max_priority_fee_per_gas: u128,
    pub gas_limit: u64,
    /// The signed transaction, to broadcast it again after a crash. `None` only for versions
    /// recorded by schema version 1.
    pub raw: Option<Vec<u8>>,
    /// Unix seconds.
    pub sent_at: u64,
}

/// An open submission: a nonce, its tokens and its versions, oldest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Submission {
    pub id: i64,
    pub nonce: u64,
    pub token_ids: Vec<u64>,
    pub versions: Vec<TxVersion>,
    pub created_at: u64,
}

impl Submission {
    /// The most recent version: the one to re-broadcast and whose fees a replacement must beat.
    pub fn latest(&self) -> Option<&TxVersion> {
        self.versions.last()
    }

    #[cfg(test)]
    pub fn has_version(&self, hash: &str) -> bool {
        self.versions
            .iter()
            .any(|version| version.hash.eq_ignore_ascii_case(hash))
    }
}

/// How a submission ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubmissionOutcome {
    /// One of its versions was mined.
    Mined,
    /// Its nonce was used by a transaction that is none of its versions.
    NonceUsedElsewhere,
    /// Nothing of it can deliver any more (all its tokens expired); its nonce may still be
    /// pending on chain.
    Abandoned,
}

impl SubmissionOutcome {
    const fn as_str(self) -> &'static str {
        match self {
            SubmissionOutcome::Mined => "mined",
            SubmissionOutcome::NonceUsedElsewhere => "nonce_used_elsewhere",
            SubmissionOutcome::Abandoned => "abandoned",
        }
    }
}

/// What became of one token of a settled submission.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Settlement {
    /// Delivered by our transaction `tx_hash` (final).
    Delivered { tx_hash: String },
    /// No longer pending on chain for a reason that is not ours (final).
    Skipped { cause: SkipCause, reason: String },
    /// Cannot be delivered any more, e.g. its deadline passed (final).
    GivenUp { reason: String },
    /// Still pending and deliverable: back to `MetadataStored`, to be sent again.
    Ready,
}

impl JobStore {
    /// Opens a submission for `token_ids` at `nonce` with its first version:
    /// `MetadataStored -> Submitted` for all tokens or none. Returns its id.
    ///
    /// Crash safety: call it after signing and BEFORE broadcasting, so a
    /// crash can never leave a broadcast fulfil unrecorded.
    pub fn record_submission(
        &self,
        token_ids: &[u64],
        nonce: u64,
        version: &TxVersion,
    ) -> Result<i64, StoreError> {
        self.write("record_submission", None, |conn| {
            record_submission_in(conn, token_ids, nonce, version)
        })
    }

    /// Adds a replacement version to an open submission; its tokens now name
    /// it as their latest transaction.
    ///
    /// Crash safety: call it after signing and BEFORE broadcasting.
    pub fn record_replacement(
        &self,
        submission_id: i64,
        version: &TxVersion,
    ) -> Result<(), StoreError> {
        self.write("record_replacement", None, |conn| {
            ensure_open(conn, "record_replacement", submission_id)?;
            insert_version(conn, "record_replacement", submission_id, version)?;
            conn.execute(
                "UPDATE jobs SET submit_tx_hash = ?2, submitted_at = unixepoch(),
                     updated_at = unixepoch()
                 WHERE submission_id = ?1 AND state = 'submitted'",
                params![submission_id, version.hash.to_ascii_lowercase()],
            )
            .map_err(db_error("record_replacement", None))?;
            Ok(())
        })
    }

    /// Every submission not settled yet, lowest nonce first.
    pub fn open_submissions(&self) -> Result<Vec<Submission>, StoreError> {
        const OP: &str = "open_submissions";
        let conn = self.lock();
        let mut statement = conn
            .prepare_cached(
                "SELECT id, nonce, created_at FROM submissions WHERE settled_at IS NULL
                 ORDER BY nonce, id",
            )
            .map_err(db_error(OP, None))?;
        let heads = statement
            .query_map([], |row| {
                Ok((row.get::<_, i64>(0)?, get_u64(row, 1)?, get_u64(row, 2)?))
            })
            .map_err(db_error(OP, None))?
            .collect::<Result<Vec<_>, _>>()
            .map_err(db_error(OP, None))?;
        heads
            .into_iter()
            .map(|(id, nonce, created_at)| {
                Ok(Submission {
                    id,
                    nonce,
                    token_ids: submission_tokens(&conn, OP, id)?,
                    versions: versions(&conn, OP, id)?,
                    created_at,
                })
            })
            .collect()
    }

    /// Closes a submission and applies `settlements` to its tokens, all in
    /// one transaction. A token that the submission did not carry is an
    /// error (nothing changes); a token it carried that is no longer
    /// `Submitted` by it is left as it is, so settling again is harmless.
    pub fn settle_submission(
        &self,
        submission_id: i64,
        outcome: SubmissionOutcome,
        mined_tx: Option<&str>,
        settlements: &[(u64, Settlement)],
    ) -> Result<(), StoreError> {
        self.write("settle_submission", None, |conn| {
            settle_in(conn, submission_id, outcome, mined_tx, settlements)
        })
    }
}

pub(super) fn record_submission_in(
    conn: &Connection,
    token_ids: &[u64],
    nonce: u64,
    version: &TxVersion,
) -> Result<i64, StoreError> {
    const OP: &str = "record_submission";
    ensure_valid_batch(OP, token_ids)?;
    let nonce_int = db_int(OP, None, "nonce", nonce)?;
    for &token_id in token_ids {
        ensure_transition(
            conn,
            OP,
            token_id,
            &[JobState::MetadataStored],
            JobState::Submitted,
        )?;
    }
    conn.execute(
        "INSERT INTO submissions (nonce, created_at) VALUES (?1, unixepoch())",
        [nonce_int],
    )
    .map_err(db_error(OP, None))?;
    let id = conn.last_insert_rowid();
    let hash = insert_version(conn, OP, id, version)?;
    for &token_id in token_ids {
        let token = db_token_id(OP, token_id)?;
        conn.execute(
            "INSERT INTO submission_tokens (submission_id, token_id) VALUES (?1, ?2)",
            params![id, token],
        )
        .map_err(db_error(OP, Some(token_id)))?;
        execute_update(
            conn,
            OP,
            token_id,
            "UPDATE jobs SET state = 'submitted', submission_id = ?2, submit_tx_hash = ?3,
                 submit_nonce = ?4, submitted_at = unixepoch(), updated_at = unixepoch()
             WHERE token_id = ?1",
            params![token, id, hash, nonce_int],
        )?;
    }
    Ok(id)
}

/// Inserts a version and returns its normalized hash.
fn insert_version(
    conn: &Connection,
    operation: &'static str,
    submission_id: i64,
    version: &TxVersion,
) -> Result<String, StoreError> {
    let hash = normalized_hex(operation, None, "tx_hash", &version.hash, 32)?;
    let gas_limit = db_int(operation, None, "gas_limit", version.gas_limit)?;
    let sent_at = db_int(operation, None, "sent_at", version.sent_at)?;
    conn.execute(
        "INSERT INTO tx_versions (hash, submission_id, max_fee_per_gas, max_priority_fee_per_gas,
                                  gas_limit, raw, sent_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            hash,
            submission_id,
            version.max_fee_per_gas.to_string(),
            version.max_priority_fee_per_gas.to_string(),
            gas_limit,
            version.raw,
            sent_at,
        ],
    )
    .map_err(db_error(operation, None))?;
    Ok(hash)
}

fn ensure_open(
    conn: &Connection,
    operation: &'static str,
    submission_id: i64,
) -> Result<(), StoreError> {
    let settled: Option<Option<i64>> = conn
        .query_row(
            "SELECT settled_at FROM submissions WHERE id = ?1",
            [submission_id],
            |row| row.get(0),
        )
        .optional()
        .map_err(db_error(operation, None))?;
    match settled {
        Some(None) => Ok(()),
        Some(Some(_)) => Err(invalid_input(
            operation,
            None,
            "submission_id",
            submission_id,
            "submission is already settled",
        )),
        None => Err(invalid_input(
            operation,
            None,
            "submission_id",
            submission_id,
            "no such submission",
        )),
    }
}

fn settle_in(
    conn: &Connection,
    submission_id: i64,
    outcome: SubmissionOutcome,
    mined_tx: Option<&str>,
    settlements: &[(u64, Settlement)],
) -> Result<(), StoreError> {
    const OP: &str = "settle_submission";
    let mined_tx = mined_tx
        .map(|hash| normalized_hex(OP, None, "mined_tx", hash, 32))
        .transpose()?;
    let carried: HashSet<u64> = submission_tokens(conn, OP, submission_id)?
        .into_iter()
        .collect();
    for (token_id, settlement) in settlements {
        if !carried.contains(token_id) {
            return Err(invalid_input(
                OP,
                Some(*token_id),
                "token_id",
                token_id,
                "token is not part of this submission",
            ));
        }
        settle_token(conn, submission_id, *token_id, settlement)?;
    }
    conn.execute(
        "UPDATE submissions SET settled_at = unixepoch(), outcome = ?2, mined_tx = ?3
         WHERE id = ?1 AND settled_at IS NULL",
        params![submission_id, outcome.as_str(), mined_tx],
    )
    .map_err(db_error(OP, None))?;
    Ok(())
}

/// The row condition of a settlement: the token is still submitted by this submission.
const STILL_SUBMITTED_BY: &str =
    "WHERE token_id = ?1 AND submission_id = ?2 AND state = 'submitted'";

/// Applies one token's settlement if the token is still submitted by this submission.
fn settle_token(
    conn: &Connection,
    submission_id: i64,
    token_id: u64,
    settlement: &Settlement,
) -> Result<(), StoreError> {
    const OP: &str = "settle_submission";
    let token = db_token_id(OP, token_id)?;
    match settlement {
        Settlement::Delivered { tx_hash } => {
            let tx_hash = normalized_hex(OP, Some(token_id), "tx_hash", tx_hash, 32)?;
            let sql = format!(
                "UPDATE jobs SET state = 'delivered', delivered_tx_hash = ?3,
                     updated_at = unixepoch() {STILL_SUBMITTED_BY}"
            );
            run(conn, &sql, params![token, submission_id, tx_hash])
        }
        Settlement::Skipped { cause, reason } => {
            let sql = format!(
                "UPDATE jobs SET state = 'skipped', skip_cause = ?3, reason = ?4,
                     updated_at = unixepoch() {STILL_SUBMITTED_BY}"
            );
            run(
                conn,
                &sql,
                params![token, submission_id, cause.as_str(), reason],
            )
        }
        Settlement::GivenUp { reason } => {
            let sql = format!(
                "UPDATE jobs SET state = 'given_up', reason = ?3, updated_at = unixepoch()
                 {STILL_SUBMITTED_BY}"
            );
            run(conn, &sql, params![token, submission_id, reason])
        }
        Settlement::Ready => {
            let sql = format!(
                "UPDATE jobs SET state = 'metadata_stored', submission_id = NULL,
                     submit_tx_hash = NULL, submit_nonce = NULL, submitted_at = NULL,
                     updated_at = unixepoch() {STILL_SUBMITTED_BY}"
            );
            run(conn, &sql, params![token, submission_id])
        }
    }
}

fn run(conn: &Connection, sql: &str, params: impl rusqlite::Params) -> Result<(), StoreError> {
    conn.prepare_cached(sql)
        .and_then(|mut statement| statement.execute(params))
        .map_err(db_error("settle_submission", None))?;
    Ok(())
}

fn submission_tokens(
    conn: &Connection,
    operation: &'static str,
    submission_id: i64,
) -> Result<Vec<u64>, StoreError> {
    let mut statement = conn
        .prepare_cached(
            "SELECT token_id FROM submission_tokens WHERE submission_id = ?1 ORDER BY token_id",
        )
        .map_err(db_error(operation, None))?;
    let rows = statement
        .query_map([submission_id], |row| get_u64(row, 0))
        .map_err(db_error(operation, None))?;
    rows.collect::<Result<Vec<_>, _>>()
        .map_err(db_error(operation, None))
}

fn versions(
    conn: &Connection,
    operation: &'static str,
    submission_id: i64,
) -> Result<Vec<TxVersion>, StoreError> {
    let mut statement = conn
        .prepare_cached(
            "SELECT hash, max_fee_per_gas, max_priority_fee_per_gas, gas_limit, raw, sent_at
             FROM tx_versions WHERE submission_id = ?1 ORDER BY sent_at, rowid",
        )
        .map_err(db_error(operation, None))?;
    let rows = statement
        .query_map([submission_id], version_from_row)
        .map_err(db_error(operation, None))?;
    rows.collect::<Result<Vec<_>, _>>()
        .map_err(db_error(operation, None))
}

fn version_from_row(row: &Row<'_>) -> rusqlite::Result<TxVersion> {
    let fee = |index: usize| -> rusqlite::Result<u128> {
        let text: String = row.get(index)?;
        text.parse().map_err(|error| {
            rusqlite::Error::FromSqlConversionFailure(
                index,
                rusqlite::types::Type::Text,
                Box::new(error),
            )
        })
    };
    Ok(TxVersion {
        hash: row.get(0)?,
        max_fee_per_gas: fee(1)?,
        max_priority_fee_per_gas: fee(2)?,
        gas_limit: get_u64(row, 3)?,
        raw: row.get(4)?,
        sent_at: get_u64(row, 5)?,
    })
}

/// A fulfil batch must name each token once; an empty one is a caller bug.
fn ensure_valid_batch(operation: &'static str, token_ids: &[u64]) -> Result<(), StoreError> {
    if token_ids.is_empty() {
        return Err(invalid_input(
            operation,
            None,
            "token_ids",
            "[]",
            "batch is empty",
        ));
    }
    let mut seen = HashSet::with_capacity(token_ids.len());
    match token_ids.iter().find(|id| !seen.insert(**id)) {
        Some(&duplicate) => Err(invalid_input(
            operation,
            Some(duplicate),
            "token_ids",
            format!("{token_ids:?}"),
            "token appears twice in the batch",
        )),
        None => Ok(()),
    }
}
