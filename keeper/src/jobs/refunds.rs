//! Refunds the keeper sends for tokens it gave up (`jobs.auto_refund`), so that a holder gets the
//! escrow back without asking (and without gas). One row per token: the signed `refund` is
//! recorded before it is broadcast, and settled by receipt like a fulfil; a mined refund turns the
//! job into `skipped` / `refunded`, naming the transaction.

use rusqlite::{OptionalExtension, Row, params};

use super::JobStore;
use super::error::{StoreError, db_error};
use super::model::{Job, JobState, SkipCause};
use super::rows::{JOB_COLUMNS, db_token_id, get_u64, job_from_row};
use super::transitions::{ensure_transition, execute_update};

/// A refund sent and not yet settled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenRefund {
    pub token_id: u64,
    pub nonce: u64,
    pub tx_hash: String,
    pub raw: Vec<u8>,
}

fn open_refund_from_row(row: &Row<'_>) -> rusqlite::Result<OpenRefund> {
    Ok(OpenRefund {
        token_id: get_u64(row, "token_id")?,
        nonce: get_u64(row, "nonce")?,
        tx_hash: row.get("tx_hash")?,
        raw: row.get("raw")?,
    })
}

impl JobStore {
    /// The given-up job whose deadline passed longest ago (before `now`) and that has no refund
    /// yet; `after` skips tokens up to that id (ones found not worth refunding this round).
    pub fn next_refund_candidate(&self, now: u64, after: u64) -> Result<Option<Job>, StoreError> {
        const OP: &str = "next_refund_candidate";
        let sql = format!(
            "SELECT {JOB_COLUMNS} FROM jobs
             WHERE state = ?1 AND deadline < ?2 AND token_id > ?3
               AND token_id NOT IN (SELECT token_id FROM refunds)
             ORDER BY token_id LIMIT 1"
        );
        let now = i64::try_from(now).unwrap_or(i64::MAX);
        let after = db_token_id(OP, after)?;
        self.lock()
            .query_row(
                &sql,
                params![JobState::GivenUp.as_str(), now, after],
                job_from_row,
            )
            .optional()
            .map_err(db_error(OP, None))
    }

    /// Records a signed refund before it is broadcast.
    pub fn refund_signed(
        &self,
        token_id: u64,
        nonce: u64,
        tx_hash: &str,
        raw: &[u8],
    ) -> Result<(), StoreError> {
        const OP: &str = "refund_signed";
        let id = db_token_id(OP, token_id)?;
        let nonce = i64::try_from(nonce).unwrap_or(i64::MAX);
        self.lock()
            .execute(
                "INSERT INTO refunds (token_id, state, nonce, tx_hash, raw, updated_at)
                 VALUES (?1, 'sent', ?2, ?3, ?4, unixepoch())",
                params![id, nonce, tx_hash, raw],
            )
            .map_err(db_error(OP, Some(token_id)))?;
        Ok(())
    }

    /// The refund sent and not yet settled, if any.
    pub fn open_refund(&self) -> Result<Option<OpenRefund>, StoreError> {
        const OP: &str = "open_refund";
        self.lock()
            .query_row(
                "SELECT token_id, nonce, tx_hash, raw FROM refunds WHERE state = 'sent'
                 ORDER BY token_id LIMIT 1",
                [],
                open_refund_from_row,
            )
            .optional()
            .map_err(db_error(OP, None))
    }

    /// The refund was mined: the row is closed and the given-up job becomes skipped / refunded,
    /// naming the transaction. One SQLite transaction.
    pub fn refund_mined(&self, token_id: u64, tx_hash: &str) -> Result<(), StoreError> {
        const OP: &str = "refund_mined";
        self.write(OP, Some(token_id), |conn| {
            let id = db_token_id(OP, token_id)?;
            conn.execute(
                "UPDATE refunds SET state = 'mined', raw = NULL, updated_at = unixepoch()
                 WHERE token_id = ?1",
                params![id],
            )
            .map_err(db_error(OP, Some(token_id)))?;
            let reason = format!("refunded to its holder by this keeper in {tx_hash}");
            settle_given_up_in(conn, OP, token_id, SkipCause::Refunded, &reason)
        })
    }

    /// A given-up token that needs no refund from us (its holder refunded it, another agent
    /// delivered it): recorded so it is not tried again, and the job skipped with `cause`.
    pub fn refund_not_needed(
        &self,
        token_id: u64,
        cause: SkipCause,
        reason: &str,
    ) -> Result<(), StoreError> {
        const OP: &str = "refund_not_needed";
        self.write(OP, Some(token_id), |conn| {
            let id = db_token_id(OP, token_id)?;
            conn.execute(
                "INSERT INTO refunds (token_id, state, reason, updated_at)
                 VALUES (?1, 'not_needed', ?2, unixepoch())",
                params![id, reason],
            )
            .map_err(db_error(OP, Some(token_id)))?;
            settle_given_up_in(conn, OP, token_id, cause, reason)
        })
    }

    /// The refund will not land (reverted: the holder refunded first; or lost): the row is closed
    /// with the reason and the job stays given up.
    pub fn refund_failed(&self, token_id: u64, reason: &str) -> Result<(), StoreError> {
        const OP: &str = "refund_failed";
        let id = db_token_id(OP, token_id)?;
        self.lock()
            .execute(
                "UPDATE refunds SET state = 'failed', raw = NULL, reason = ?2,
                     updated_at = unixepoch()
                 WHERE token_id = ?1",
                params![id, reason],
            )
            .map_err(db_error(OP, Some(token_id)))?;
        Ok(())
    }
}

/// A given-up job becomes skipped with `cause` (no longer pending on chain).
fn settle_given_up_in(
    conn: &rusqlite::Connection,
    operation: &'static str,
    token_id: u64,
    cause: SkipCause,
    reason: &str,
) -> Result<(), StoreError> {
    ensure_transition(
        conn,
        operation,
        token_id,
        &[JobState::GivenUp],
        JobState::Skipped,
    )?;
    execute_update(
        conn,
        operation,
        token_id,
        "UPDATE jobs SET state = ?2, skip_cause = ?3, reason = ?4, updated_at = unixepoch()
         WHERE token_id = ?1",
        params![
            db_token_id(operation, token_id)?,
            JobState::Skipped.as_str(),
            cause.as_str(),
            reason
        ],
    )
}
