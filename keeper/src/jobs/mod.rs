//! Crash-safe SQLite job store of the keeper.
//!
//! The store records the chain-scan checkpoint and the state of every token's
//! image job, so that a restart — including `kill -9` at any instruction —
//! resumes without losing a token, without calling the paid image API again
//! once an image was recorded, and without a second fulfil for a delivered token.
//!
//! # Crash-safety model
//!
//! Every public write method runs exactly one `BEGIN IMMEDIATE` transaction and
//! commits it before returning `Ok`. Consequently:
//! * if the method returned `Ok`, its whole effect survives a process crash
//!   (and a power loss with [`Durability::PowerLoss`]);
//! * if the process dies before that, *none* of its effect is visible after a
//!   restart (SQLite ignores WAL frames without a commit marker);
//! * if it returns `Err`, nothing was changed.
//!
//! The caller makes its side effects safe by recording the intent *before*
//! the side effect and the result *after* it:
//! 1. [`JobStore::start_generating`] before calling the image API,
//!    [`JobStore::image_spooled`] once the paid bytes are fsynced to the local
//!    spool. A crash in between leaves `Generating`, which
//!    [`JobStore::recover_after_restart`] turns back into `Seen`: the only
//!    repeated API call is the one whose result was never recorded.
//! 2. [`JobStore::image_stored`] after the upload from the spool, then
//!    [`JobStore::metadata_stored`] after the metadata upload (re-uploading
//!    after a crash is harmless when storage is content-addressed).
//! 3. Sign the fulfil transaction, record it with
//!    [`JobStore::record_submission`] (or [`JobStore::record_replacement`] for
//!    a new version at the same nonce), *then* broadcast it. Every version is
//!    kept, so whichever is mined settles the submission.
//! 4. [`JobStore::settle_submission`] after a receipt (or the chain) says
//!    what happened: one transaction for all the tokens it carried.
//!
//! Modules: `schema` (migrations, connection settings), `model` (what is
//! recorded), `scan` (logs and the checkpoint), `transitions` (one job's
//! steps), `submissions` (fulfil transactions), `rows` (row mapping and input
//! validation), `error`.

mod error;
mod gallery;
pub mod lock;
mod mcp_requests;
mod model;
mod refunds;
mod relays;
mod rows;
mod scan;
mod schema;
pub mod spool;
mod stats;
mod submissions;
mod sweeps;
mod transitions;

pub use error::StoreError;
pub use mcp_requests::McpRequest;
pub use model::{Currency, Job, JobState, NewJob, SkipCause, SpooledImage, StoredImage};
pub use refunds::OpenRefund;
pub use relays::{Relay, RelayRequest, RelayState};
pub use schema::StoreOptions;
pub use stats::{OpenJob, QueueStats};
pub use submissions::{Settlement, Submission, SubmissionOutcome, TxVersion};
pub use sweeps::{Sweep, SweepState};

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::{Mutex, MutexGuard, PoisonError};

use rusqlite::{Connection, TransactionBehavior, params};

use error::db_error;
use rows::{JOB_COLUMNS, get_u64, job_from_row, read_job};
use schema::{configure_connection, migrate};

/// The keeper's job store: one SQLite connection behind a mutex (every
/// operation is a short transaction), so it is `Send + Sync`.
#[derive(Debug)]
pub struct JobStore {
    conn: Mutex<Connection>,
    /// Read-only, for public HTTP reads (`gallery`): never waits for `conn`.
    reader: Mutex<Connection>,
}

impl JobStore {
    /// Opens (creating if needed) the store with [`StoreOptions::default`]:
    /// WAL journal, `synchronous=NORMAL` (durable against process crashes,
    /// not power loss), 5 s busy timeout, foreign keys on, schema migrated.
    ///
    /// Crash safety: the migration runs in one transaction, so a crash leaves
    /// either the old or the new schema version.
    pub fn open(path: impl AsRef<Path>) -> Result<Self, StoreError> {
        Self::open_with(path, StoreOptions::default())
    }

    /// Opens the store with explicit options, see [`JobStore::open`].
    pub fn open_with(path: impl AsRef<Path>, options: StoreOptions) -> Result<Self, StoreError> {
        let path = path.as_ref();
        let mut conn = Connection::open(path).map_err(|source| StoreError::Open {
            path: path.to_path_buf(),
            source,
        })?;
        configure_connection(&conn, path, options)?;
        migrate(&mut conn)?;
        let reader = schema::open_reader(path, options)?;
        Ok(Self {
            conn: Mutex::new(conn),
            reader: Mutex::new(reader),
        })
    }

    /// The job of `token_id`, if recorded. Reads only ever see committed state.
    pub fn get(&self, token_id: u64) -> Result<Option<Job>, StoreError> {
        read_job(&self.lock(), "get", token_id)
    }

    /// Up to `limit` jobs in `state`, earliest deadline first, then by token id.
    pub fn jobs_in_state(&self, state: JobState, limit: u32) -> Result<Vec<Job>, StoreError> {
        const OP: &str = "jobs_in_state";
        let conn = self.lock();
        let sql = format!(
            "SELECT {JOB_COLUMNS} FROM jobs WHERE state = ?1 ORDER BY deadline, token_id LIMIT ?2"
        );
        let mut statement = conn.prepare_cached(&sql).map_err(db_error(OP, None))?;
        let rows = statement
            .query_map(params![state.as_str(), limit], job_from_row)
            .map_err(db_error(OP, None))?;
        rows.collect::<Result<Vec<_>, _>>()
            .map_err(db_error(OP, None))
    }

    /// Up to `limit` `Seen` jobs whose retry time has come (`next_attempt_at <= now`), earliest
    /// deadline first.
    pub fn due_for_generation(&self, now: u64, limit: u32) -> Result<Vec<Job>, StoreError> {
        const OP: &str = "due_for_generation";
        let now = rows::db_int(OP, None, "now", now)?;
        let conn = self.lock();
        let sql = format!(
            "SELECT {JOB_COLUMNS} FROM jobs WHERE state = 'seen' AND next_attempt_at <= ?1
             ORDER BY deadline, token_id LIMIT ?2"
        );
        let mut statement = conn.prepare_cached(&sql).map_err(db_error(OP, None))?;
        let rows = statement
            .query_map(params![now, limit], job_from_row)
            .map_err(db_error(OP, None))?;
        rows.collect::<Result<Vec<_>, _>>()
            .map_err(db_error(OP, None))
    }

    /// Number of jobs per state; every state is present, possibly with 0.
    pub fn counts_by_state(&self) -> Result<BTreeMap<JobState, u64>, StoreError> {
        const OP: &str = "counts_by_state";
        let conn = self.lock();
        let mut statement = conn
            .prepare_cached("SELECT state, COUNT(*) FROM jobs GROUP BY state")
            .map_err(db_error(OP, None))?;
        let rows = statement
            .query_map([], |row| Ok((row.get::<_, JobState>(0)?, get_u64(row, 1)?)))
            .map_err(db_error(OP, None))?;
        let mut counts: BTreeMap<JobState, u64> =
            JobState::ALL.into_iter().map(|state| (state, 0)).collect();
        for row in rows {
            let (state, count) = row.map_err(db_error(OP, None))?;
            counts.insert(state, count);
        }
        Ok(counts)
    }

    /// Number of jobs in a non-final state.
    pub fn count_open(&self) -> Result<u64, StoreError> {
        const OP: &str = "count_open";
        let [a, b, c] = JobState::FINAL.map(JobState::as_str);
        self.lock()
            .query_row(
                "SELECT COUNT(*) FROM jobs WHERE state NOT IN (?1, ?2, ?3)",
                params![a, b, c],
                |row| get_u64(row, 0),
            )
            .map_err(db_error(OP, None))
    }

    fn lock(&self) -> MutexGuard<'_, Connection> {
        // A panic while the lock was held cannot leave a half-applied change:
        // the open transaction rolled back when it was dropped during
        // unwinding, so the connection is safe to keep using.
        self.conn.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Runs `work` in one IMMEDIATE transaction (taking the write lock up front
    /// avoids lock upgrades failing with SQLITE_BUSY) and commits it only if
    /// `work` succeeded; on error the transaction rolls back when dropped.
    fn write<T>(
        &self,
        operation: &'static str,
        token_id: Option<u64>,
        work: impl FnOnce(&Connection) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let mut conn = self.lock();
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(db_error(operation, token_id))?;
        let value = work(&tx)?;
        tx.commit().map_err(db_error(operation, token_id))?;
        Ok(value)
    }
}

#[cfg(test)]
mod tests;
