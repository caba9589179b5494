//! Read-only queries for the buyer's web gallery and the public job view. They run on the
//! store's read-only connection, each on an index (see `SCHEMA_V3`), so public traffic neither
//! scans the table nor waits for the pipeline's writer.

use std::sync::{MutexGuard, PoisonError};

use rusqlite::{Connection, params_from_iter, types::Value};

use super::JobStore;
use super::error::{StoreError, db_error};
use super::model::{Job, JobState};
use super::rows::{JOB_COLUMNS, db_int, job_from_row, read_job};

impl JobStore {
    /// Up to `limit` jobs, newest (highest token id) first. Only those minted by `requester`
    /// (0x-hex, any case) and only those in `state` when given, and only token ids below `before`
    /// when given (the next page starts below the last id of the previous one).
    pub fn recent_jobs(
        &self,
        requester: Option<&str>,
        state: Option<JobState>,
        before: Option<u64>,
        limit: u32,
    ) -> Result<Vec<Job>, StoreError> {
        const OP: &str = "recent_jobs";
        let before = match before {
            Some(before) => db_int(OP, None, "before", before)?,
            None => i64::MAX,
        };
        let mut values = Vec::with_capacity(4);
        if let Some(requester) = requester {
            values.push(Value::Text(requester.to_ascii_lowercase()));
        }
        if let Some(state) = state {
            values.push(Value::Text(state.as_str().to_owned()));
        }
        values.push(Value::Integer(before));
        values.push(Value::Integer(i64::from(limit)));
        let conn = self.read_lock();
        let sql = listing_sql(requester.is_some(), state.is_some());
        let mut statement = conn.prepare_cached(&sql).map_err(db_error(OP, None))?;
        let rows = statement
            .query_map(params_from_iter(values), job_from_row)
            .map_err(db_error(OP, None))?;
        rows.collect::<Result<Vec<_>, _>>()
            .map_err(db_error(OP, None))
    }

    /// The job of `token_id` as public readers see it (the last committed state).
    pub fn read_public(&self, token_id: u64) -> Result<Option<Job>, StoreError> {
        read_job(&self.read_lock(), "read_public", token_id)
    }

    fn read_lock(&self) -> MutexGuard<'_, Connection> {
        // Reads change nothing, so a panic during one leaves nothing to undo.
        self.reader.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// One statement per combination of filters: an `(?1 IS NULL OR requester = ?1)` form would make
/// SQLite scan every row, since it cannot pick an index for a condition that may be void.
pub(super) fn listing_sql(by_requester: bool, by_state: bool) -> String {
    let mut conditions = Vec::with_capacity(3);
    if by_requester {
        conditions.push(format!("requester = ?{}", conditions.len() + 1));
    }
    if by_state {
        conditions.push(format!("state = ?{}", conditions.len() + 1));
    }
    let before = conditions.len() + 1;
    conditions.push(format!("token_id < ?{before}"));
    format!(
        "SELECT {JOB_COLUMNS} FROM jobs WHERE {} ORDER BY token_id DESC LIMIT ?{}",
        conditions.join(" AND "),
        before + 1
    )
}
