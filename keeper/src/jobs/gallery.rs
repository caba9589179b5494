//! Read-only queries for the buyer's web gallery.

use rusqlite::params;

use super::JobStore;
use super::error::{StoreError, db_error};
use super::model::{Job, JobState};
use super::rows::{JOB_COLUMNS, db_int, job_from_row};

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
        let requester = requester.map(str::to_ascii_lowercase);
        let before = match before {
            Some(before) => db_int(OP, None, "before", before)?,
            None => i64::MAX,
        };
        let conn = self.lock();
        let sql = format!(
            "SELECT {JOB_COLUMNS} FROM jobs WHERE (?1 IS NULL OR requester = ?1) \
             AND (?2 IS NULL OR state = ?2) AND token_id < ?3 ORDER BY token_id DESC LIMIT ?4"
        );
        let mut statement = conn.prepare_cached(&sql).map_err(db_error(OP, None))?;
        let rows = statement
            .query_map(
                params![requester, state.map(JobState::as_str), before, limit],
                job_from_row,
            )
            .map_err(db_error(OP, None))?;
        rows.collect::<Result<Vec<_>, _>>()
            .map_err(db_error(OP, None))
    }
}
