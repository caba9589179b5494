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
//!    [`JobStore::image_stored`] after the image is in storage. A crash in
//!    between leaves `Generating`, which [`JobStore::recover_after_restart`]
//!    turns back into `Seen`: the only repeated API call is the one whose
//!    result was never recorded.
//! 2. [`JobStore::metadata_stored`] after the metadata upload (re-uploading
//!    after a crash is harmless when storage is content-addressed).
//! 3. Sign the fulfil transaction, record it with [`JobStore::submitted`],
//!    *then* broadcast it. A crash between commit and broadcast leaves
//!    `Submitted` with a hash the chain does not know; the caller re-checks
//!    `Submitted` jobs at start-up and re-broadcasts or calls
//!    [`JobStore::back_to_ready`]. Broadcasting first could send a second
//!    fulfil after a crash.
//! 4. [`JobStore::delivered`] after the receipt confirms the fulfil.

use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ValueRef};
use rusqlite::{Connection, OptionalExtension, Row, TransactionBehavior, params};

/// Schema migrations; entry `i` upgrades `PRAGMA user_version` from `i` to `i + 1`.
/// Never edit an entry that has shipped: append a new one instead.
const MIGRATIONS: &[&str] = &[SCHEMA_V1];

/// The CHECK constraints encode the state machine's invariants, so even a bug
/// in this module cannot commit e.g. a `Submitted` job without a tx hash.
const SCHEMA_V1: &str = "
CREATE TABLE scan_checkpoint (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    block_number INTEGER NOT NULL CHECK (block_number >= 0),
    block_hash   TEXT    NOT NULL,
    updated_at   INTEGER NOT NULL
) STRICT;

CREATE TABLE jobs (
    token_id           INTEGER PRIMARY KEY CHECK (token_id >= 0),
    requester          TEXT    NOT NULL,
    tier               INTEGER NOT NULL CHECK (tier BETWEEN 0 AND 255),
    paid_wei           TEXT    NOT NULL,
    deadline           INTEGER NOT NULL CHECK (deadline >= 0),
    prompt             TEXT    NOT NULL,
    block_number       INTEGER NOT NULL CHECK (block_number >= 0),
    block_hash         TEXT    NOT NULL,
    tx_hash            TEXT    NOT NULL,
    log_index          INTEGER NOT NULL CHECK (log_index >= 0),
    state              TEXT    NOT NULL CHECK (state IN ('seen', 'generating', 'image_stored',
                           'metadata_stored', 'submitted', 'delivered', 'given_up', 'skipped')),
    attempts           INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error         TEXT,
    image_sha256       TEXT,
    image_uri          TEXT,
    image_content_type TEXT,
    model              TEXT,
    size               TEXT,
    created_at         INTEGER,
    metadata_sha256    TEXT,
    metadata_uri       TEXT,
    submit_tx_hash     TEXT,
    submit_nonce       INTEGER CHECK (submit_nonce >= 0),
    submitted_at       INTEGER,
    delivered_tx_hash  TEXT,
    skip_cause         TEXT CHECK (skip_cause IN ('fulfilled_by_other', 'refunded', 'reorged')),
    reason             TEXT,
    updated_at         INTEGER NOT NULL,
    CHECK (state NOT IN ('image_stored', 'metadata_stored', 'submitted', 'delivered')
           OR image_sha256 IS NOT NULL),
    CHECK (state NOT IN ('metadata_stored', 'submitted', 'delivered')
           OR metadata_sha256 IS NOT NULL),
    CHECK (state <> 'submitted' OR (submit_tx_hash IS NOT NULL AND submit_nonce IS NOT NULL)),
    CHECK (state <> 'delivered' OR delivered_tx_hash IS NOT NULL),
    CHECK ((state = 'skipped') = (skip_cause IS NOT NULL)),
    CHECK (state NOT IN ('given_up', 'skipped') OR reason IS NOT NULL)
) STRICT;

CREATE INDEX jobs_by_state_deadline ON jobs (state, deadline, token_id);
";

const JOB_COLUMNS: &str = "token_id, requester, tier, paid_wei, deadline, prompt, block_number, \
    block_hash, tx_hash, log_index, state, attempts, last_error, image_sha256, image_uri, \
    image_content_type, model, size, created_at, metadata_sha256, metadata_uri, submit_tx_hash, \
    submit_nonce, submitted_at, delivered_tx_hash, skip_cause, reason, updated_at";

/// Decimal digits of `2^256 - 1`, the largest wei amount the contract can hold.
const MAX_U256_DECIMAL: &str =
    "115792089237316195423570985008687907853269984665640564039457584007913129639935";

/// Errors of the job store; each carries the operation and, where there is one, the token.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot open job store at {}: {source}", .path.display())]
    Open {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("job store at {} did not switch to WAL journal mode (got {mode:?})", .path.display())]
    WalUnavailable { path: PathBuf, mode: String },
    #[error("job store schema version {found} is newer than the supported version {supported}")]
    UnsupportedSchemaVersion { found: i64, supported: i64 },
    #[error("migrating job store schema to version {version}: {source}")]
    Migration {
        version: i64,
        source: rusqlite::Error,
    },
    #[error("job store {operation}{}: {source}", token_suffix(.token_id))]
    Database {
        operation: &'static str,
        token_id: Option<u64>,
        source: rusqlite::Error,
    },
    #[error("{operation}: token {token_id} is not in the job store")]
    UnknownToken {
        operation: &'static str,
        token_id: u64,
    },
    #[error("token {token_id}: invalid transition {from} -> {to}")]
    InvalidTransition {
        token_id: u64,
        from: JobState,
        to: JobState,
    },
    #[error("{operation}{}: invalid {field} {value:?}: {problem}", token_suffix(.token_id))]
    InvalidInput {
        operation: &'static str,
        token_id: Option<u64>,
        field: &'static str,
        value: String,
        problem: &'static str,
    },
    #[error(
        "{operation}: checkpoint is at block {current}, refusing to move it to block {requested}"
    )]
    CheckpointOrder {
        operation: &'static str,
        current: u64,
        requested: u64,
    },
}

fn token_suffix(token_id: &Option<u64>) -> String {
    token_id.map_or_else(String::new, |id| format!(" (token {id})"))
}

/// A stored text that is not one of the expected enum values.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {kind} {value:?}")]
pub struct UnknownVariant {
    pub kind: &'static str,
    pub value: String,
}

/// `Display`, `FromStr` and `FromSql` for an enum stored as TEXT, given its `ALL` and `as_str`.
macro_rules! text_enum {
    ($name:ident, $kind:literal) => {
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = UnknownVariant;

            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Self::ALL
                    .into_iter()
                    .find(|variant| variant.as_str() == value)
                    .ok_or_else(|| UnknownVariant {
                        kind: $kind,
                        value: value.to_owned(),
                    })
            }
        }

        impl FromSql for $name {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                value.as_str()?.parse().map_err(FromSqlError::other)
            }
        }
    };
}

/// Life cycle of one token's job. The declaration order is the life-cycle order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum JobState {
    /// Request recorded from the `ImageRequested` log.
    Seen,
    /// Image API call in progress (intent recorded before the call).
    Generating,
    /// Image is in storage; the API must not be called again.
    ImageStored,
    /// Metadata is in storage; ready to be fulfilled.
    MetadataStored,
    /// Fulfil transaction signed and recorded (possibly not yet broadcast).
    Submitted,
    /// Final: fulfilled by our transaction.
    Delivered,
    /// Final: the keeper gave up (see `reason`).
    GivenUp,
    /// Final: the token is no longer pending on chain (see `skip_cause`, `reason`).
    Skipped,
}

impl JobState {
    pub const ALL: [JobState; 8] = [
        JobState::Seen,
        JobState::Generating,
        JobState::ImageStored,
        JobState::MetadataStored,
        JobState::Submitted,
        JobState::Delivered,
        JobState::GivenUp,
        JobState::Skipped,
    ];

    /// States in which the keeper still owes work.
    pub const OPEN: [JobState; 5] = [
        JobState::Seen,
        JobState::Generating,
        JobState::ImageStored,
        JobState::MetadataStored,
        JobState::Submitted,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            JobState::Seen => "seen",
            JobState::Generating => "generating",
            JobState::ImageStored => "image_stored",
            JobState::MetadataStored => "metadata_stored",
            JobState::Submitted => "submitted",
            JobState::Delivered => "delivered",
            JobState::GivenUp => "given_up",
            JobState::Skipped => "skipped",
        }
    }

    pub const fn is_final(self) -> bool {
        matches!(
            self,
            JobState::Delivered | JobState::GivenUp | JobState::Skipped
        )
    }
}

text_enum!(JobState, "job state");

/// Why a token is no longer pending on chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SkipCause {
    /// Someone else's fulfil delivered it.
    FulfilledByOther,
    /// The requester was refunded (deadline passed).
    Refunded,
    /// The mint vanished in a reorg. Such a job is revived if its log shows up again.
    Reorged,
}

impl SkipCause {
    pub const ALL: [SkipCause; 3] = [
        SkipCause::FulfilledByOther,
        SkipCause::Refunded,
        SkipCause::Reorged,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            SkipCause::FulfilledByOther => "fulfilled_by_other",
            SkipCause::Refunded => "refunded",
            SkipCause::Reorged => "reorged",
        }
    }
}

text_enum!(SkipCause, "skip cause");

/// An `ImageRequested` log as found by the chain scan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewJob {
    pub token_id: u64,
    /// 0x-prefixed 20-byte address; stored lowercase.
    pub requester: String,
    pub tier: u8,
    /// Decimal wei amount (u256-safe); stored without leading zeros.
    pub paid_wei: String,
    /// Unix seconds.
    pub deadline: u64,
    pub prompt: String,
    pub block_number: u64,
    /// 0x-prefixed 32-byte hash; stored lowercase.
    pub block_hash: String,
    /// 0x-prefixed 32-byte hash; stored lowercase.
    pub tx_hash: String,
    pub log_index: u64,
}

impl NewJob {
    /// Same request content (ignoring where on chain the log was found).
    fn same_request_as(&self, job: &Job) -> bool {
        self.requester == job.requester
            && self.tier == job.tier
            && self.paid_wei == job.paid_wei
            && self.deadline == job.deadline
            && self.prompt == job.prompt
    }

    /// Same log: on a consistent chain a block hash and log index identify one log.
    fn same_log_as(&self, job: &Job) -> bool {
        self.block_hash == job.block_hash && self.log_index == job.log_index
    }
}

/// The stored image, recorded by [`JobStore::image_stored`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredImage {
    /// 0x-prefixed SHA-256 of the image bytes; stored lowercase.
    pub sha256: String,
    pub uri: String,
    pub content_type: String,
    pub model: String,
    /// As requested from the API, e.g. `1024x1024`.
    pub size: String,
    /// Creation time reported by the image API, unix seconds.
    pub created_at: u64,
}

/// One token's job as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    pub token_id: u64,
    pub requester: String,
    pub tier: u8,
    pub paid_wei: String,
    pub deadline: u64,
    pub prompt: String,
    pub block_number: u64,
    pub block_hash: String,
    pub tx_hash: String,
    pub log_index: u64,
    pub state: JobState,
    /// Image API calls started for the current request.
    pub attempts: u32,
    /// Error of the last failed image API call, see [`JobStore::generation_failed`].
    pub last_error: Option<String>,
    pub image_sha256: Option<String>,
    pub image_uri: Option<String>,
    pub image_content_type: Option<String>,
    pub model: Option<String>,
    pub size: Option<String>,
    /// Image creation time reported by the API, unix seconds.
    pub created_at: Option<u64>,
    pub metadata_sha256: Option<String>,
    pub metadata_uri: Option<String>,
    pub submit_tx_hash: Option<String>,
    pub submit_nonce: Option<u64>,
    /// Unix seconds of the latest [`JobStore::submitted`] call.
    pub submitted_at: Option<u64>,
    pub delivered_tx_hash: Option<String>,
    pub skip_cause: Option<SkipCause>,
    /// Why the job was given up or skipped.
    pub reason: Option<String>,
    /// Unix seconds of the last change.
    pub updated_at: u64,
}

impl Job {
    /// The state a revived job resumes from, so a stored image is never paid for twice.
    fn furthest_stored_artifact(&self) -> JobState {
        if self.metadata_sha256.is_some() {
            JobState::MetadataStored
        } else if self.image_sha256.is_some() {
            JobState::ImageStored
        } else {
            JobState::Seen
        }
    }
}

/// A scanned log that contradicts a job which is already too far along to be reset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScanConflict {
    pub token_id: u64,
    pub state: JobState,
    pub stored_block_hash: String,
    pub scanned_block_hash: String,
}

/// What [`JobStore::record_scan`] did with the scanned logs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ScanOutcome {
    /// New jobs, now `Seen`.
    pub inserted: Vec<u64>,
    /// Logs already recorded; nothing changed.
    pub unchanged: u64,
    /// Same request found at another chain position (reorg): position updated,
    /// progress kept. A job skipped as `Reorged` is revived from its furthest
    /// stored artifact (`Seen`, `ImageStored` or `MetadataStored`). A fulfil
    /// sent before the reorg may have been reorged out too, so the caller may
    /// want to re-check relocated `Submitted`/`Delivered` tokens.
    pub relocated: Vec<u64>,
    /// Different request content replaced a `Seen` or reorg-skipped job; now `Seen`.
    pub reset: Vec<u64>,
    /// Different request content for a job that is further along; left as is,
    /// the caller must re-check the token on chain.
    pub conflicts: Vec<ScanConflict>,
}

/// What [`JobStore::recover_after_restart`] found.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RecoveryReport {
    /// Interrupted image API calls, turned back into `Seen`.
    pub generating_requeued: u64,
    /// Jobs waiting for generation (including the requeued ones).
    pub seen: u64,
    /// Jobs that continue from the stored image.
    pub image_stored: u64,
    /// Jobs ready to be submitted.
    pub metadata_stored: u64,
    /// Jobs whose fulfil transaction the caller must re-check on chain.
    pub submitted: u64,
}

/// How much a committed transaction survives.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Durability {
    /// `synchronous=NORMAL`: a commit has been written to the WAL file (in the
    /// OS page cache) before it returns, so it survives any crash of the
    /// process (`kill -9`, panic, OOM kill). It is NOT durable against power
    /// loss or a kernel crash: the WAL is only fsynced at checkpoints, so the
    /// last commits may roll back (the database stays consistent).
    #[default]
    ProcessCrash,
    /// `synchronous=FULL`: the WAL is fsynced on every commit, so commits also
    /// survive power loss, at the cost of one fsync per transition.
    PowerLoss,
}

impl Durability {
    const fn synchronous_pragma(self) -> &'static str {
        match self {
            Durability::ProcessCrash => "NORMAL",
            Durability::PowerLoss => "FULL",
        }
    }
}

/// Options for [`JobStore::open_with`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StoreOptions {
    pub durability: Durability,
    /// How long a write waits for another connection's lock before failing.
    pub busy_timeout: Duration,
}

impl Default for StoreOptions {
    fn default() -> Self {
        Self {
            durability: Durability::default(),
            busy_timeout: Duration::from_secs(5),
        }
    }
}

/// The keeper's job store: one SQLite connection behind a mutex (every
/// operation is a short transaction), so it is `Send + Sync`.
#[derive(Debug)]
pub struct JobStore {
    conn: Mutex<Connection>,
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
        Ok(Self {
            conn: Mutex::new(conn),
        })
    }

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

    /// `Seen -> Generating`; increments and returns the attempt number.
    ///
    /// Crash safety: call it BEFORE the image API call. If the process dies
    /// during the call, [`JobStore::recover_after_restart`] requeues the job;
    /// `attempts` still counts the interrupted call, so a crash loop is bounded
    /// by the caller's attempt limit.
    pub fn start_generating(&self, token_id: u64) -> Result<u32, StoreError> {
        self.write("start_generating", Some(token_id), |conn| {
            start_generating_in(conn, token_id)
        })
    }

    /// `Generating -> Seen` after a failed image API call, keeping `error` for
    /// diagnosis. (Addition to the brief: without it a failed call could only
    /// be retried after a restart.)
    ///
    /// Crash safety: one transaction; a crash before it has the same effect
    /// via [`JobStore::recover_after_restart`].
    pub fn generation_failed(&self, token_id: u64, error: &str) -> Result<(), StoreError> {
        self.write("generation_failed", Some(token_id), |conn| {
            generation_failed_in(conn, token_id, error)
        })
    }

    /// `Generating -> ImageStored`, recording the stored image.
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

    /// `MetadataStored | Submitted -> Submitted` for all `token_ids` or none.
    /// Calling it again with a replacement transaction overwrites hash, nonce
    /// and `submitted_at`.
    ///
    /// Crash safety: call it after signing and BEFORE broadcasting, so a crash
    /// can never leave a broadcast fulfil unrecorded. All-or-nothing: if any
    /// token is not in an allowed state, no token changes.
    pub fn submitted(
        &self,
        token_ids: &[u64],
        tx_hash: &str,
        nonce: u64,
    ) -> Result<(), StoreError> {
        self.write("submitted", None, |conn| {
            submitted_in(conn, token_ids, tx_hash, nonce)
        })
    }

    /// `Submitted | MetadataStored -> Delivered` (final). `MetadataStored` is
    /// allowed because a transaction given up by [`JobStore::back_to_ready`]
    /// may still be mined.
    ///
    /// Crash safety: call it after the receipt; a crash before leaves
    /// `Submitted`, which the caller re-checks on chain at start-up.
    pub fn delivered(&self, token_id: u64, tx_hash: &str) -> Result<(), StoreError> {
        self.write("delivered", Some(token_id), |conn| {
            delivered_in(conn, token_id, tx_hash)
        })
    }

    /// Any open state `-> GivenUp` (final) with a reason.
    ///
    /// Crash safety: one transaction. Giving up a `Submitted` job does not
    /// cancel its transaction; the caller should only do so once it is dropped.
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

    /// `Submitted -> MetadataStored` after the fulfil transaction was dropped
    /// or reverted; clears hash, nonce and `submitted_at`.
    ///
    /// Crash safety: one transaction; the job is submitted again only after a
    /// new [`JobStore::submitted`] call.
    pub fn back_to_ready(&self, token_id: u64) -> Result<(), StoreError> {
        self.write("back_to_ready", Some(token_id), |conn| {
            back_to_ready_in(conn, token_id)
        })
    }

    /// Call once at start-up, before any worker runs: turns `Generating` back
    /// into `Seen` (the API call was interrupted before an image was
    /// recorded, so calling it again is correct) and counts what to resume.
    /// `ImageStored`/`MetadataStored` continue from the stored artifacts;
    /// `Submitted` jobs must be re-checked on chain by the caller.
    ///
    /// Crash safety: one transaction; idempotent.
    pub fn recover_after_restart(&self) -> Result<RecoveryReport, StoreError> {
        self.write("recover_after_restart", None, recover_in)
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
        let [a, b, c, d, e] = JobState::OPEN.map(JobState::as_str);
        self.lock()
            .query_row(
                "SELECT COUNT(*) FROM jobs WHERE state IN (?1, ?2, ?3, ?4, ?5)",
                params![a, b, c, d, e],
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

fn configure_connection(
    conn: &Connection,
    path: &Path,
    options: StoreOptions,
) -> Result<(), StoreError> {
    let open_error = |source| StoreError::Open {
        path: path.to_path_buf(),
        source,
    };
    conn.busy_timeout(options.busy_timeout)
        .map_err(open_error)?;
    let mode: String = conn
        .pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get(0))
        .map_err(open_error)?;
    // Some file systems cannot do WAL and SQLite then silently keeps another mode.
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(StoreError::WalUnavailable {
            path: path.to_path_buf(),
            mode,
        });
    }
    conn.pragma_update(None, "synchronous", options.durability.synchronous_pragma())
        .map_err(open_error)?;
    conn.pragma_update(None, "foreign_keys", true)
        .map_err(open_error)?;
    Ok(())
}

fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    let supported = schema_version_count();
    let migration_error = |version| move |source| StoreError::Migration { version, source };
    // IMMEDIATE: two processes opening a fresh file must not both migrate it.
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(migration_error(supported))?;
    let found: i64 = tx
        .pragma_query_value(None, "user_version", |row| row.get(0))
        .map_err(migration_error(supported))?;
    if found > supported {
        return Err(StoreError::UnsupportedSchemaVersion { found, supported });
    }
    for (version, sql) in (1..)
        .zip(MIGRATIONS)
        .skip_while(|(version, _)| *version <= found)
    {
        tx.execute_batch(sql).map_err(migration_error(version))?;
        tx.pragma_update(None, "user_version", version)
            .map_err(migration_error(version))?;
    }
    tx.commit().map_err(migration_error(supported))
}

fn schema_version_count() -> i64 {
    // MIGRATIONS is a short constant list; the conversion cannot saturate in practice.
    i64::try_from(MIGRATIONS.len()).unwrap_or(i64::MAX)
}

fn db_error(
    operation: &'static str,
    token_id: Option<u64>,
) -> impl Fn(rusqlite::Error) -> StoreError {
    move |source| StoreError::Database {
        operation,
        token_id,
        source,
    }
}

// ---------------------------------------------------------------------------
// Scan and checkpoint
// ---------------------------------------------------------------------------

enum ScanDecision {
    Unchanged,
    Relocate { new_state: JobState },
    Reset,
    Conflict,
}

fn record_scan_in(
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
    } else if existing.state == JobState::Seen || skipped_by_reorg {
        ScanDecision::Reset
    } else {
        ScanDecision::Conflict
    }
}

fn insert_job(conn: &Connection, job: &NewJob) -> Result<(), StoreError> {
    const OP: &str = "record_scan";
    let ints = DbRequestInts::of(OP, job)?;
    conn.prepare_cached(
        "INSERT INTO jobs (token_id, requester, tier, paid_wei, deadline, prompt, block_number,
                           block_hash, tx_hash, log_index, state, attempts, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 0, unixepoch())",
    )
    .and_then(|mut statement| {
        statement.execute(params![
            ints.token_id,
            job.requester,
            job.tier,
            job.paid_wei,
            ints.deadline,
            job.prompt,
            ints.block_number,
            job.block_hash,
            job.tx_hash,
            ints.log_index,
            JobState::Seen.as_str(),
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
        "UPDATE jobs SET requester = ?2, tier = ?3, paid_wei = ?4, deadline = ?5, prompt = ?6,
             block_number = ?7, block_hash = ?8, tx_hash = ?9, log_index = ?10, state = ?11,
             attempts = 0, last_error = NULL, image_sha256 = NULL, image_uri = NULL,
             image_content_type = NULL, model = NULL, size = NULL, created_at = NULL,
             metadata_sha256 = NULL, metadata_uri = NULL, submit_tx_hash = NULL,
             submit_nonce = NULL, submitted_at = NULL, delivered_tx_hash = NULL,
             skip_cause = NULL, reason = NULL, updated_at = unixepoch()
         WHERE token_id = ?1",
        params![
            ints.token_id,
            job.requester,
            job.tier,
            job.paid_wei,
            ints.deadline,
            job.prompt,
            ints.block_number,
            job.block_hash,
            job.tx_hash,
            ints.log_index,
            JobState::Seen.as_str(),
        ],
    )
    .map_err(db_error(OP, Some(job.token_id)))?;
    Ok(())
}

/// The u64 fields of a request, converted to SQLite's signed INTEGER.
struct DbRequestInts {
    token_id: i64,
    deadline: i64,
    block_number: i64,
    log_index: i64,
}

impl DbRequestInts {
    fn of(operation: &'static str, job: &NewJob) -> Result<Self, StoreError> {
        let token = Some(job.token_id);
        Ok(Self {
            token_id: db_int(operation, token, "token_id", job.token_id)?,
            deadline: db_int(operation, token, "deadline", job.deadline)?,
            block_number: db_int(operation, token, "block_number", job.block_number)?,
            log_index: db_int(operation, token, "log_index", job.log_index)?,
        })
    }
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
    let [a, b, c, d, e] = JobState::OPEN.map(JobState::as_str);
    let mut statement = conn
        .prepare_cached(
            "SELECT token_id FROM jobs WHERE block_number > ?1
             AND state IN (?2, ?3, ?4, ?5, ?6) ORDER BY token_id",
        )
        .map_err(db_error(operation, None))?;
    let rows = statement
        .query_map(params![block, a, b, c, d, e], |row| get_u64(row, 0))
        .map_err(db_error(operation, None))?;
    rows.collect::<Result<Vec<_>, _>>()
        .map_err(db_error(operation, None))
}

// ---------------------------------------------------------------------------
// Transitions
// ---------------------------------------------------------------------------

/// Checks that `token_id` exists and is in one of `allowed_from`.
fn ensure_transition(
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

fn generation_failed_in(conn: &Connection, token_id: u64, error: &str) -> Result<(), StoreError> {
    const OP: &str = "generation_failed";
    let to = JobState::Seen;
    ensure_transition(conn, OP, token_id, &[JobState::Generating], to)?;
    execute_update(
        conn,
        OP,
        token_id,
        "UPDATE jobs SET state = ?2, last_error = ?3, updated_at = unixepoch() WHERE token_id = ?1",
        params![db_token_id(OP, token_id)?, to.as_str(), error],
    )
}

fn image_stored_in(
    conn: &Connection,
    token_id: u64,
    image: &StoredImage,
) -> Result<(), StoreError> {
    const OP: &str = "image_stored";
    let to = JobState::ImageStored;
    let sha256 = normalized_hex(OP, Some(token_id), "image sha256", &image.sha256, 32)?;
    let created_at = db_int(OP, Some(token_id), "created_at", image.created_at)?;
    ensure_transition(conn, OP, token_id, &[JobState::Generating], to)?;
    execute_update(
        conn,
        OP,
        token_id,
        "UPDATE jobs SET state = ?2, image_sha256 = ?3, image_uri = ?4, image_content_type = ?5,
             model = ?6, size = ?7, created_at = ?8, updated_at = unixepoch()
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

fn submitted_in(
    conn: &Connection,
    token_ids: &[u64],
    tx_hash: &str,
    nonce: u64,
) -> Result<(), StoreError> {
    const OP: &str = "submitted";
    let to = JobState::Submitted;
    let tx_hash = normalized_hex(OP, None, "tx_hash", tx_hash, 32)?;
    let nonce = db_int(OP, None, "nonce", nonce)?;
    ensure_valid_batch(OP, token_ids)?;
    for &token_id in token_ids {
        ensure_transition(
            conn,
            OP,
            token_id,
            &[JobState::MetadataStored, JobState::Submitted],
            to,
        )?;
        execute_update(
            conn,
            OP,
            token_id,
            "UPDATE jobs SET state = ?2, submit_tx_hash = ?3, submit_nonce = ?4,
                 submitted_at = unixepoch(), updated_at = unixepoch()
             WHERE token_id = ?1",
            params![db_token_id(OP, token_id)?, to.as_str(), tx_hash, nonce],
        )?;
    }
    Ok(())
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

fn delivered_in(conn: &Connection, token_id: u64, tx_hash: &str) -> Result<(), StoreError> {
    const OP: &str = "delivered";
    let to = JobState::Delivered;
    let tx_hash = normalized_hex(OP, Some(token_id), "tx_hash", tx_hash, 32)?;
    ensure_transition(
        conn,
        OP,
        token_id,
        &[JobState::Submitted, JobState::MetadataStored],
        to,
    )?;
    execute_update(
        conn,
        OP,
        token_id,
        "UPDATE jobs SET state = ?2, delivered_tx_hash = ?3, updated_at = unixepoch()
         WHERE token_id = ?1",
        params![db_token_id(OP, token_id)?, to.as_str(), tx_hash],
    )
}

fn give_up_in(conn: &Connection, token_id: u64, reason: &str) -> Result<(), StoreError> {
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

fn back_to_ready_in(conn: &Connection, token_id: u64) -> Result<(), StoreError> {
    const OP: &str = "back_to_ready";
    let to = JobState::MetadataStored;
    ensure_transition(conn, OP, token_id, &[JobState::Submitted], to)?;
    execute_update(
        conn,
        OP,
        token_id,
        "UPDATE jobs SET state = ?2, submit_tx_hash = NULL, submit_nonce = NULL,
             submitted_at = NULL, updated_at = unixepoch()
         WHERE token_id = ?1",
        params![db_token_id(OP, token_id)?, to.as_str()],
    )
}

fn execute_update(
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

// ---------------------------------------------------------------------------
// Rows, integers and input validation
// ---------------------------------------------------------------------------

fn read_job(
    conn: &Connection,
    operation: &'static str,
    token_id: u64,
) -> Result<Option<Job>, StoreError> {
    let id = db_token_id(operation, token_id)?;
    let sql = format!("SELECT {JOB_COLUMNS} FROM jobs WHERE token_id = ?1");
    conn.prepare_cached(&sql)
        .and_then(|mut statement| statement.query_row([id], job_from_row).optional())
        .map_err(db_error(operation, Some(token_id)))
}

fn job_from_row(row: &Row<'_>) -> rusqlite::Result<Job> {
    Ok(Job {
        token_id: get_u64(row, "token_id")?,
        requester: row.get("requester")?,
        tier: row.get("tier")?,
        paid_wei: row.get("paid_wei")?,
        deadline: get_u64(row, "deadline")?,
        prompt: row.get("prompt")?,
        block_number: get_u64(row, "block_number")?,
        block_hash: row.get("block_hash")?,
        tx_hash: row.get("tx_hash")?,
        log_index: get_u64(row, "log_index")?,
        state: row.get("state")?,
        attempts: row.get("attempts")?,
        last_error: row.get("last_error")?,
        image_sha256: row.get("image_sha256")?,
        image_uri: row.get("image_uri")?,
        image_content_type: row.get("image_content_type")?,
        model: row.get("model")?,
        size: row.get("size")?,
        created_at: get_opt_u64(row, "created_at")?,
        metadata_sha256: row.get("metadata_sha256")?,
        metadata_uri: row.get("metadata_uri")?,
        submit_tx_hash: row.get("submit_tx_hash")?,
        submit_nonce: get_opt_u64(row, "submit_nonce")?,
        submitted_at: get_opt_u64(row, "submitted_at")?,
        delivered_tx_hash: row.get("delivered_tx_hash")?,
        skip_cause: row.get("skip_cause")?,
        reason: row.get("reason")?,
        updated_at: get_u64(row, "updated_at")?,
    })
}

/// u64 read from SQLite's signed INTEGER (rusqlite only converts u64 with an
/// optional feature the keeper crate does not enable).
struct DbU64(u64);

impl FromSql for DbU64 {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        let signed = i64::column_result(value)?;
        u64::try_from(signed)
            .map(DbU64)
            .map_err(|_| FromSqlError::OutOfRange(signed))
    }
}

fn get_u64(row: &Row<'_>, column: impl rusqlite::RowIndex) -> rusqlite::Result<u64> {
    row.get::<_, DbU64>(column).map(|value| value.0)
}

fn get_opt_u64(row: &Row<'_>, column: impl rusqlite::RowIndex) -> rusqlite::Result<Option<u64>> {
    row.get::<_, Option<DbU64>>(column)
        .map(|value| value.map(|value| value.0))
}

fn db_token_id(operation: &'static str, token_id: u64) -> Result<i64, StoreError> {
    db_int(operation, Some(token_id), "token_id", token_id)
}

/// SQLite INTEGER is signed 64-bit; larger values are rejected, not wrapped.
fn db_int(
    operation: &'static str,
    token_id: Option<u64>,
    field: &'static str,
    value: u64,
) -> Result<i64, StoreError> {
    i64::try_from(value).map_err(|_| {
        invalid_input(
            operation,
            token_id,
            field,
            value,
            "exceeds SQLite's i64 range",
        )
    })
}

fn invalid_input(
    operation: &'static str,
    token_id: Option<u64>,
    field: &'static str,
    value: impl ToString,
    problem: &'static str,
) -> StoreError {
    StoreError::InvalidInput {
        operation,
        token_id,
        field,
        value: value.to_string(),
        problem,
    }
}

/// Checks a scanned log and returns it in canonical form (lowercase hex,
/// wei without leading zeros), so equality comparisons in the merge are exact.
fn validated_new_job(
    operation: &'static str,
    job: &NewJob,
    to_block: u64,
) -> Result<NewJob, StoreError> {
    let token = Some(job.token_id);
    DbRequestInts::of(operation, job)?;
    if job.block_number > to_block {
        return Err(invalid_input(
            operation,
            token,
            "block_number",
            job.block_number,
            "log lies beyond the scanned range",
        ));
    }
    Ok(NewJob {
        requester: normalized_hex(operation, token, "requester", &job.requester, 20)?,
        paid_wei: normalized_wei(operation, token, &job.paid_wei)?,
        block_hash: normalized_hex(operation, token, "block_hash", &job.block_hash, 32)?,
        tx_hash: normalized_hex(operation, token, "tx_hash", &job.tx_hash, 32)?,
        ..job.clone()
    })
}

/// `0x` followed by exactly `bytes` bytes of hex, returned lowercase.
fn normalized_hex(
    operation: &'static str,
    token_id: Option<u64>,
    field: &'static str,
    value: &str,
    bytes: usize,
) -> Result<String, StoreError> {
    let digits = value
        .strip_prefix("0x")
        .or_else(|| value.strip_prefix("0X"))
        .ok_or_else(|| invalid_input(operation, token_id, field, value, "must start with 0x"))?;
    if digits.len() != bytes * 2 || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(invalid_input(
            operation,
            token_id,
            field,
            value,
            "wrong length or non-hex digits",
        ));
    }
    Ok(format!("0x{}", digits.to_ascii_lowercase()))
}

/// A decimal u256, returned without leading zeros.
fn normalized_wei(
    operation: &'static str,
    token_id: Option<u64>,
    value: &str,
) -> Result<String, StoreError> {
    let reject = |problem| invalid_input(operation, token_id, "paid_wei", value, problem);
    if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit()) {
        return Err(reject("must be a non-empty decimal number"));
    }
    let trimmed = value.trim_start_matches('0');
    let canonical = if trimmed.is_empty() { "0" } else { trimmed };
    // Equal-length decimal strings compare like the numbers they denote.
    let exceeds_u256 = canonical.len() > MAX_U256_DECIMAL.len()
        || (canonical.len() == MAX_U256_DECIMAL.len() && canonical > MAX_U256_DECIMAL);
    if exceeds_u256 {
        return Err(reject("exceeds 2^256 - 1"));
    }
    Ok(canonical.to_owned())
}

// Read-only queries for the web gallery.
// (Kept just above the test module: clippy's `items_after_test_module` rejects items after it.)
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;
    use std::process::{Command, Stdio};
    use std::time::Instant;
    use tempfile::TempDir;

    type TestResult = Result<(), Box<dyn std::error::Error>>;

    fn hash(n: u64) -> String {
        format!("0x{n:064x}")
    }

    fn address(n: u64) -> String {
        format!("0x{n:040x}")
    }

    fn new_job(token_id: u64, block_number: u64) -> NewJob {
        NewJob {
            token_id,
            requester: address(0xa11ce),
            tier: 1,
            paid_wei: "10000000000000000".to_owned(),
            deadline: 1_700_000_000 + token_id,
            prompt: format!("a lighthouse at dusk #{token_id}"),
            block_number,
            block_hash: hash(block_number),
            tx_hash: hash(0x7000 + token_id),
            log_index: token_id,
        }
    }

    fn image(n: u64) -> StoredImage {
        StoredImage {
            sha256: hash(0x1111_0000 + n),
            uri: format!("https://img.example/{n}.png"),
            content_type: "image/png".to_owned(),
            model: "img-model-1".to_owned(),
            size: "1024x1024".to_owned(),
            created_at: 1_700_000_500,
        }
    }

    fn temp_store() -> Result<(TempDir, PathBuf, JobStore), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("jobs.sqlite");
        let store = JobStore::open(&path)?;
        Ok((dir, path, store))
    }

    fn state_of(store: &JobStore, token_id: u64) -> Result<JobState, Box<dyn std::error::Error>> {
        Ok(store.get(token_id)?.ok_or("job missing")?.state)
    }

    /// Drives a freshly scanned job to `MetadataStored`.
    fn make_ready(store: &JobStore, token_id: u64) -> TestResult {
        store.start_generating(token_id)?;
        store.image_stored(token_id, &image(token_id))?;
        store.metadata_stored(token_id, &hash(0x2222_0000 + token_id), "ipfs://meta")?;
        Ok(())
    }

    fn assert_invalid_transition(
        result: Result<impl fmt::Debug, StoreError>,
        token: u64,
        expected_from: JobState,
        expected_to: JobState,
    ) {
        match result {
            Err(StoreError::InvalidTransition { token_id, from, to }) => {
                assert_eq!((token_id, from, to), (token, expected_from, expected_to));
            }
            other => panic!("expected InvalidTransition, got {other:?}"),
        }
    }

    #[test]
    fn store_is_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<JobStore>();
    }

    #[test]
    fn open_configures_wal_normal_sync_foreign_keys_and_schema_v1() -> TestResult {
        let (_dir, _path, store) = temp_store()?;
        let conn = store.lock();
        let pragma_i64 =
            |name: &str| conn.pragma_query_value(None, name, |row| row.get::<_, i64>(0));
        let mode: String = conn.pragma_query_value(None, "journal_mode", |row| row.get(0))?;
        assert_eq!(mode, "wal");
        assert_eq!(pragma_i64("synchronous")?, 1, "NORMAL");
        assert_eq!(pragma_i64("foreign_keys")?, 1);
        assert_eq!(pragma_i64("user_version")?, 1);
        assert_eq!(pragma_i64("busy_timeout")?, 5000);
        Ok(())
    }

    #[test]
    fn power_loss_durability_uses_synchronous_full() -> TestResult {
        let dir = tempfile::tempdir()?;
        let options = StoreOptions {
            durability: Durability::PowerLoss,
            ..StoreOptions::default()
        };
        let store = JobStore::open_with(dir.path().join("jobs.sqlite"), options)?;
        let synchronous: i64 = store
            .lock()
            .pragma_query_value(None, "synchronous", |row| row.get(0))?;
        assert_eq!(synchronous, 2, "FULL");
        Ok(())
    }

    #[test]
    fn reopening_keeps_data_and_does_not_rerun_migrations() -> TestResult {
        let (_dir, path, store) = temp_store()?;
        store.record_scan(10, &hash(10), &[new_job(1, 10)])?;
        drop(store);
        let store = JobStore::open(&path)?;
        assert_eq!(state_of(&store, 1)?, JobState::Seen);
        assert_eq!(store.checkpoint()?, Some((10, hash(10))));
        Ok(())
    }

    #[test]
    fn open_refuses_a_schema_from_a_newer_keeper() -> TestResult {
        let (_dir, path, store) = temp_store()?;
        store.lock().pragma_update(None, "user_version", 99)?;
        drop(store);
        match JobStore::open(&path) {
            Err(StoreError::UnsupportedSchemaVersion { found, supported }) => {
                assert_eq!((found, supported), (99, 1));
            }
            other => panic!("expected UnsupportedSchemaVersion, got {other:?}"),
        }
        Ok(())
    }

    #[test]
    fn record_scan_inserts_seen_jobs_and_advances_checkpoint() -> TestResult {
        let (_dir, _path, store) = temp_store()?;
        assert_eq!(store.checkpoint()?, None);
        let outcome = store.record_scan(20, &hash(20), &[new_job(1, 11), new_job(2, 20)])?;
        assert_eq!(outcome.inserted, vec![1, 2]);
        assert_eq!(store.checkpoint()?, Some((20, hash(20))));
        let job = store.get(2)?.ok_or("job 2 missing")?;
        let expected = new_job(2, 20);
        assert_eq!(job.state, JobState::Seen);
        assert_eq!(job.attempts, 0);
        assert_eq!(
            (
                job.requester,
                job.tier,
                job.paid_wei,
                job.deadline,
                job.prompt
            ),
            (
                expected.requester,
                expected.tier,
                expected.paid_wei,
                expected.deadline,
                expected.prompt
            )
        );
        assert_eq!(
            (job.block_number, job.block_hash, job.tx_hash, job.log_index),
            (20, hash(20), expected.tx_hash, 2)
        );
        assert!(job.updated_at > 1_600_000_000);
        Ok(())
    }

    #[test]
    fn record_scan_normalizes_hex_and_wei() -> TestResult {
        let (_dir, _path, store) = temp_store()?;
        let mut job = new_job(1, 5);
        job.requester = "0xABCDEF0000000000000000000000000000000001".to_owned();
        job.paid_wei = "000123".to_owned();
        job.block_hash = format!("0X{}", "AB".repeat(32));
        store.record_scan(5, &format!("0x{}", "CD".repeat(32)), &[job])?;
        let stored = store.get(1)?.ok_or("job missing")?;
        assert_eq!(
            stored.requester,
            "0xabcdef0000000000000000000000000000000001"
        );
        assert_eq!(stored.paid_wei, "123");
        assert_eq!(stored.block_hash, format!("0x{}", "ab".repeat(32)));
        assert_eq!(
            store.checkpoint()?,
            Some((5, format!("0x{}", "cd".repeat(32))))
        );
        Ok(())
    }

    #[test]
    fn record_scan_is_idempotent_and_keeps_progress() -> TestResult {
        let (_dir, _path, store) = temp_store()?;
        let jobs = [new_job(1, 10), new_job(2, 10)];
        store.record_scan(10, &hash(10), &jobs)?;
        make_ready(&store, 1)?;
        let outcome = store.record_scan(12, &hash(12), &jobs)?;
        assert_eq!(
            outcome,
            ScanOutcome {
                unchanged: 2,
                ..ScanOutcome::default()
            }
        );
        assert_eq!(state_of(&store, 1)?, JobState::MetadataStored);
        assert_eq!(store.checkpoint()?, Some((12, hash(12))));
        Ok(())
    }

    #[test]
    fn record_scan_with_one_bad_log_changes_nothing() -> TestResult {
        let (_dir, _path, store) = temp_store()?;
        store.record_scan(10, &hash(10), &[])?;
        let mut bad = new_job(3, 15);
        bad.paid_wei = "1e18".to_owned();
        let result = store.record_scan(20, &hash(20), &[new_job(2, 15), bad]);
        assert!(
            matches!(
                result,
                Err(StoreError::InvalidInput {
                    token_id: Some(3),
                    field: "paid_wei",
                    ..
                })
            ),
            "{result:?}"
        );
        assert_eq!(
            store.get(2)?,
            None,
            "the valid log of the batch must roll back"
        );
        assert_eq!(store.checkpoint()?, Some((10, hash(10))));
        Ok(())
    }

    #[test]
    fn record_scan_rejects_backwards_checkpoint_and_logs_beyond_range() -> TestResult {
        let (_dir, _path, store) = temp_store()?;
        store.record_scan(100, &hash(100), &[])?;
        let backwards = store.record_scan(99, &hash(99), &[new_job(1, 99)]);
        assert!(
            matches!(
                backwards,
                Err(StoreError::CheckpointOrder {
                    current: 100,
                    requested: 99,
                    ..
                })
            ),
            "{backwards:?}"
        );
        let beyond = store.record_scan(101, &hash(101), &[new_job(1, 102)]);
        assert!(
            matches!(
                beyond,
                Err(StoreError::InvalidInput {
                    field: "block_number",
                    ..
                })
            ),
            "{beyond:?}"
        );
        assert_eq!(store.get(1)?, None);
        assert_eq!(store.checkpoint()?, Some((100, hash(100))));
        Ok(())
    }

    type Corruption = fn(&mut NewJob);

    #[test]
    fn record_scan_rejects_malformed_inputs() -> TestResult {
        let (_dir, _path, store) = temp_store()?;
        let cases: [(&str, Corruption); 5] = [
            ("requester", |job| job.requester = hash(1)),
            ("block_hash", |job| job.block_hash = "0x1234".to_owned()),
            ("tx_hash", |job| {
                job.tx_hash = format!("0x{}", "zz".repeat(32))
            }),
            ("paid_wei", |job| {
                job.paid_wei = format!("{MAX_U256_DECIMAL}0")
            }),
            ("token_id", |job| job.token_id = u64::MAX),
        ];
        for (expected_field, corrupt) in cases {
            let mut job = new_job(1, 5);
            corrupt(&mut job);
            let result = store.record_scan(5, &hash(5), &[job]);
            assert!(
                matches!(&result, Err(StoreError::InvalidInput { field, .. }) if *field == expected_field),
                "{expected_field}: {result:?}"
            );
        }
        assert!(normalized_wei("t", None, MAX_U256_DECIMAL).is_ok());
        assert_eq!(store.count_open()?, 0);
        Ok(())
    }

    #[test]
    fn reorged_seen_job_with_new_prompt_is_reset() -> TestResult {
        let (_dir, _path, store) = temp_store()?;
        store.record_scan(10, &hash(10), &[new_job(1, 10)])?;
        store.start_generating(1)?;
        store.generation_failed(1, "HTTP 503")?;
        let mut remined = new_job(1, 11);
        remined.prompt = "a different prompt".to_owned();
        let outcome = store.record_scan(11, &hash(11), &[remined])?;
        assert_eq!(outcome.reset, vec![1]);
        let job = store.get(1)?.ok_or("job missing")?;
        assert_eq!(job.state, JobState::Seen);
        assert_eq!(job.prompt, "a different prompt");
        assert_eq!((job.block_number, job.block_hash), (11, hash(11)));
        assert_eq!((job.attempts, job.last_error), (0, None));
        Ok(())
    }

    #[test]
    fn reorged_job_with_same_request_is_relocated_keeping_its_image() -> TestResult {
        let (_dir, _path, store) = temp_store()?;
        store.record_scan(10, &hash(10), &[new_job(1, 10)])?;
        store.start_generating(1)?;
        store.image_stored(1, &image(1))?;
        let outcome = store.record_scan(11, &hash(11), &[new_job(1, 11)])?;
        assert_eq!(outcome.relocated, vec![1]);
        assert!(outcome.conflicts.is_empty());
        let job = store.get(1)?.ok_or("job missing")?;
        assert_eq!(job.state, JobState::ImageStored);
        assert_eq!(job.image_sha256, Some(image(1).sha256));
        assert_eq!((job.block_number, job.block_hash), (11, hash(11)));
        Ok(())
    }

    #[test]
    fn reorg_skipped_job_is_revived_when_its_log_returns() -> TestResult {
        let (_dir, _path, store) = temp_store()?;
        store.record_scan(10, &hash(10), &[new_job(1, 10), new_job(2, 10)])?;
        make_ready(&store, 1)?;
        store.submitted(&[1], &hash(0xf1), 7)?;
        store.skip(1, SkipCause::Reorged, "mint vanished")?;
        store.skip(2, SkipCause::Reorged, "mint vanished")?;
        let mut changed_prompt = new_job(2, 10);
        changed_prompt.prompt = "another prompt".to_owned();
        // Same log identity for token 1 (chain flipped back), new content for token 2.
        let outcome = store.record_scan(10, &hash(10), &[new_job(1, 10), changed_prompt])?;
        assert_eq!((outcome.relocated, outcome.reset), (vec![1], vec![2]));
        let revived = store.get(1)?.ok_or("job 1 missing")?;
        assert_eq!(
            revived.state,
            JobState::MetadataStored,
            "resumes without a new API call"
        );
        assert_eq!((revived.skip_cause, revived.reason), (None, None));
        assert_eq!((revived.submit_tx_hash, revived.submit_nonce), (None, None));
        let reset = store.get(2)?.ok_or("job 2 missing")?;
        assert_eq!(
            (reset.state, reset.prompt.as_str()),
            (JobState::Seen, "another prompt")
        );
        Ok(())
    }

    #[test]
    fn changed_request_for_advanced_or_final_job_is_a_conflict() -> TestResult {
        let (_dir, _path, store) = temp_store()?;
        store.record_scan(10, &hash(10), &[new_job(1, 10), new_job(2, 10)])?;
        store.start_generating(1)?;
        store.skip(2, SkipCause::Refunded, "deadline passed")?;
        let mut changed = [new_job(1, 11), new_job(2, 11)];
        for job in &mut changed {
            job.prompt = "changed".to_owned();
        }
        let outcome = store.record_scan(11, &hash(11), &changed)?;
        let conflicts: Vec<_> = outcome
            .conflicts
            .iter()
            .map(|c| (c.token_id, c.state))
            .collect();
        assert_eq!(
            conflicts,
            vec![(1, JobState::Generating), (2, JobState::Skipped)]
        );
        assert_eq!(outcome.conflicts[0].stored_block_hash, hash(10));
        assert_eq!(outcome.conflicts[0].scanned_block_hash, hash(11));
        let job = store.get(1)?.ok_or("job missing")?;
        assert_eq!(
            (job.state, job.block_hash),
            (JobState::Generating, hash(10))
        );
        assert_ne!(job.prompt, "changed");
        assert_eq!(
            store.checkpoint()?,
            Some((11, hash(11))),
            "checkpoint still advances"
        );
        Ok(())
    }

    #[test]
    fn happy_path_records_every_artifact() -> TestResult {
        let (_dir, _path, store) = temp_store()?;
        store.record_scan(10, &hash(10), &[new_job(1, 10)])?;
        assert_eq!(store.start_generating(1)?, 1);
        store.image_stored(1, &image(1))?;
        store.metadata_stored(1, &hash(0xbeef), "ipfs://meta/1")?;
        store.submitted(&[1], &hash(0xf1), 42)?;
        let submitted = store.get(1)?.ok_or("job missing")?;
        assert_eq!(submitted.state, JobState::Submitted);
        assert_eq!(
            (submitted.submit_tx_hash, submitted.submit_nonce),
            (Some(hash(0xf1)), Some(42))
        );
        assert!(submitted.submitted_at.is_some());
        store.delivered(1, &hash(0xf1))?;
        let job = store.get(1)?.ok_or("job missing")?;
        let img = image(1);
        assert_eq!(job.state, JobState::Delivered);
        assert_eq!(job.attempts, 1);
        assert_eq!(
            (job.image_sha256, job.image_uri, job.image_content_type),
            (Some(img.sha256), Some(img.uri), Some(img.content_type))
        );
        assert_eq!(
            (job.model, job.size, job.created_at),
            (Some(img.model), Some(img.size), Some(img.created_at))
        );
        assert_eq!(
            (job.metadata_sha256, job.metadata_uri),
            (Some(hash(0xbeef)), Some("ipfs://meta/1".to_owned()))
        );
        assert_eq!(job.delivered_tx_hash, Some(hash(0xf1)));
        assert_eq!(store.count_open()?, 0);
        Ok(())
    }

    #[test]
    fn transitions_from_wrong_state_are_rejected_without_change() -> TestResult {
        let (_dir, _path, store) = temp_store()?;
        store.record_scan(10, &hash(10), &[new_job(1, 10)])?;
        assert_invalid_transition(
            store.image_stored(1, &image(1)),
            1,
            JobState::Seen,
            JobState::ImageStored,
        );
        assert_invalid_transition(
            store.metadata_stored(1, &hash(3), "u"),
            1,
            JobState::Seen,
            JobState::MetadataStored,
        );
        assert_invalid_transition(
            store.submitted(&[1], &hash(4), 0),
            1,
            JobState::Seen,
            JobState::Submitted,
        );
        assert_invalid_transition(
            store.delivered(1, &hash(4)),
            1,
            JobState::Seen,
            JobState::Delivered,
        );
        assert_invalid_transition(
            store.back_to_ready(1),
            1,
            JobState::Seen,
            JobState::MetadataStored,
        );
        assert_invalid_transition(
            store.generation_failed(1, "x"),
            1,
            JobState::Seen,
            JobState::Seen,
        );
        store.start_generating(1)?;
        assert_invalid_transition(
            store.start_generating(1),
            1,
            JobState::Generating,
            JobState::Generating,
        );
        let job = store.get(1)?.ok_or("job missing")?;
        assert_eq!(
            (job.state, job.attempts, job.image_sha256),
            (JobState::Generating, 1, None)
        );
        Ok(())
    }

    #[test]
    fn final_states_accept_no_transition() -> TestResult {
        let (_dir, _path, store) = temp_store()?;
        store.record_scan(
            10,
            &hash(10),
            &[new_job(1, 10), new_job(2, 10), new_job(3, 10)],
        )?;
        make_ready(&store, 1)?;
        store.delivered(1, &hash(0xd1))?;
        store.give_up(2, "prompt rejected by API")?;
        store.skip(3, SkipCause::FulfilledByOther, "fulfilled by 0xother")?;
        for (token, state) in [
            (1, JobState::Delivered),
            (2, JobState::GivenUp),
            (3, JobState::Skipped),
        ] {
            assert_invalid_transition(
                store.give_up(token, "again"),
                token,
                state,
                JobState::GivenUp,
            );
            assert_invalid_transition(
                store.skip(token, SkipCause::Refunded, "again"),
                token,
                state,
                JobState::Skipped,
            );
            assert_invalid_transition(
                store.start_generating(token),
                token,
                state,
                JobState::Generating,
            );
        }
        let given_up = store.get(2)?.ok_or("job missing")?;
        assert_eq!(given_up.reason.as_deref(), Some("prompt rejected by API"));
        let skipped = store.get(3)?.ok_or("job missing")?;
        assert_eq!(skipped.skip_cause, Some(SkipCause::FulfilledByOther));
        Ok(())
    }

    #[test]
    fn unknown_token_is_reported_with_operation() -> TestResult {
        let (_dir, _path, store) = temp_store()?;
        let result = store.start_generating(77);
        assert!(
            matches!(
                result,
                Err(StoreError::UnknownToken {
                    operation: "start_generating",
                    token_id: 77
                })
            ),
            "{result:?}"
        );
        assert_eq!(store.get(77)?, None);
        Ok(())
    }

    #[test]
    fn give_up_and_skip_work_from_every_open_state() -> TestResult {
        let (_dir, _path, store) = temp_store()?;
        let tokens: Vec<u64> = (1..=10).collect();
        let jobs: Vec<NewJob> = tokens.iter().map(|&t| new_job(t, 10)).collect();
        store.record_scan(10, &hash(10), &jobs)?;
        for pair in [[1, 2], [3, 4], [5, 6], [7, 8], [9, 10]] {
            let target = JobState::OPEN[usize::try_from((pair[0] - 1) / 2)?];
            for token in pair {
                drive_to(&store, token, target)?;
                assert_eq!(state_of(&store, token)?, target);
            }
            store.give_up(pair[0], "limit reached")?;
            store.skip(pair[1], SkipCause::Refunded, "refunded")?;
            assert_eq!(state_of(&store, pair[0])?, JobState::GivenUp);
            assert_eq!(state_of(&store, pair[1])?, JobState::Skipped);
        }
        Ok(())
    }

    /// Drives a `Seen` job forward through the life cycle until it reaches `target`.
    fn drive_to(store: &JobStore, token: u64, target: JobState) -> TestResult {
        let path = [
            JobState::Generating,
            JobState::ImageStored,
            JobState::MetadataStored,
            JobState::Submitted,
        ];
        for step in path.into_iter().take_while(|step| *step <= target) {
            match step {
                JobState::Generating => {
                    store.start_generating(token)?;
                }
                JobState::ImageStored => store.image_stored(token, &image(token))?,
                JobState::MetadataStored => store.metadata_stored(token, &hash(token), "u")?,
                _ => store.submitted(&[token], &hash(0xf0 + token), token)?,
            }
        }
        Ok(())
    }

    #[test]
    fn submitted_is_all_or_nothing() -> TestResult {
        let (_dir, _path, store) = temp_store()?;
        store.record_scan(
            10,
            &hash(10),
            &[new_job(1, 10), new_job(2, 10), new_job(3, 10)],
        )?;
        make_ready(&store, 1)?;
        make_ready(&store, 3)?;
        assert_invalid_transition(
            store.submitted(&[1, 2, 3], &hash(0xf1), 5),
            2,
            JobState::Seen,
            JobState::Submitted,
        );
        assert_eq!(
            state_of(&store, 1)?,
            JobState::MetadataStored,
            "earlier token rolled back"
        );
        assert_eq!(state_of(&store, 3)?, JobState::MetadataStored);
        store.submitted(&[1, 3], &hash(0xf1), 5)?;
        assert_eq!(store.jobs_in_state(JobState::Submitted, 10)?.len(), 2);
        Ok(())
    }

    #[test]
    fn submitted_rejects_empty_and_duplicate_batches() -> TestResult {
        let (_dir, _path, store) = temp_store()?;
        store.record_scan(10, &hash(10), &[new_job(1, 10)])?;
        make_ready(&store, 1)?;
        let empty = store.submitted(&[], &hash(0xf1), 1);
        assert!(
            matches!(
                empty,
                Err(StoreError::InvalidInput {
                    field: "token_ids",
                    ..
                })
            ),
            "{empty:?}"
        );
        let duplicate = store.submitted(&[1, 1], &hash(0xf1), 1);
        assert!(
            matches!(
                duplicate,
                Err(StoreError::InvalidInput {
                    token_id: Some(1),
                    ..
                })
            ),
            "{duplicate:?}"
        );
        assert_eq!(state_of(&store, 1)?, JobState::MetadataStored);
        Ok(())
    }

    #[test]
    fn replacement_tx_overwrites_hash_and_nonce() -> TestResult {
        let (_dir, _path, store) = temp_store()?;
        store.record_scan(10, &hash(10), &[new_job(1, 10)])?;
        make_ready(&store, 1)?;
        store.submitted(&[1], &hash(0xf1), 8)?;
        store.submitted(&[1], &hash(0xf2), 8)?;
        let job = store.get(1)?.ok_or("job missing")?;
        assert_eq!(
            (job.state, job.submit_tx_hash, job.submit_nonce),
            (JobState::Submitted, Some(hash(0xf2)), Some(8))
        );
        Ok(())
    }

    #[test]
    fn dropped_tx_goes_back_to_ready_and_may_still_be_delivered() -> TestResult {
        let (_dir, _path, store) = temp_store()?;
        store.record_scan(10, &hash(10), &[new_job(1, 10)])?;
        make_ready(&store, 1)?;
        store.submitted(&[1], &hash(0xf1), 3)?;
        store.back_to_ready(1)?;
        let ready = store.get(1)?.ok_or("job missing")?;
        assert_eq!(ready.state, JobState::MetadataStored);
        assert_eq!(
            (ready.submit_tx_hash, ready.submit_nonce, ready.submitted_at),
            (None, None, None)
        );
        assert!(ready.image_sha256.is_some() && ready.metadata_sha256.is_some());
        store.delivered(1, &hash(0xf1))?;
        assert_eq!(state_of(&store, 1)?, JobState::Delivered);
        Ok(())
    }

    #[test]
    fn failed_generation_returns_to_seen_and_counts_attempts() -> TestResult {
        let (_dir, _path, store) = temp_store()?;
        store.record_scan(10, &hash(10), &[new_job(1, 10)])?;
        assert_eq!(store.start_generating(1)?, 1);
        store.generation_failed(1, "HTTP 429")?;
        assert_eq!(store.start_generating(1)?, 2);
        store.generation_failed(1, "HTTP 500")?;
        let job = store.get(1)?.ok_or("job missing")?;
        assert_eq!((job.state, job.attempts), (JobState::Seen, 2));
        assert_eq!(job.last_error.as_deref(), Some("HTTP 500"));
        Ok(())
    }

    #[test]
    fn recovery_requeues_generating_and_keeps_everything_else() -> TestResult {
        let (_dir, _path, store) = temp_store()?;
        let jobs: Vec<NewJob> = (1..=6).map(|t| new_job(t, 10)).collect();
        store.record_scan(10, &hash(10), &jobs)?;
        drive_to(&store, 2, JobState::Generating)?;
        drive_to(&store, 3, JobState::Generating)?;
        drive_to(&store, 4, JobState::ImageStored)?;
        drive_to(&store, 5, JobState::MetadataStored)?;
        drive_to(&store, 6, JobState::Submitted)?;
        let report = store.recover_after_restart()?;
        assert_eq!(
            report,
            RecoveryReport {
                generating_requeued: 2,
                seen: 3,
                image_stored: 1,
                metadata_stored: 1,
                submitted: 1,
            }
        );
        let requeued = store.get(2)?.ok_or("job missing")?;
        assert_eq!((requeued.state, requeued.attempts), (JobState::Seen, 1));
        assert_eq!(
            store.recover_after_restart()?.generating_requeued,
            0,
            "idempotent"
        );
        Ok(())
    }

    #[test]
    fn jobs_in_state_orders_by_deadline_then_token_and_limits() -> TestResult {
        let (_dir, _path, store) = temp_store()?;
        let deadlines = [(1, 300), (2, 100), (3, 200), (4, 100), (5, 50)];
        let jobs: Vec<NewJob> = deadlines
            .iter()
            .map(|&(token, deadline)| NewJob {
                deadline,
                ..new_job(token, 10)
            })
            .collect();
        store.record_scan(10, &hash(10), &jobs)?;
        store.start_generating(5)?;
        let seen: Vec<u64> = store
            .jobs_in_state(JobState::Seen, 10)?
            .iter()
            .map(|j| j.token_id)
            .collect();
        assert_eq!(seen, vec![2, 4, 3, 1]);
        let limited: Vec<u64> = store
            .jobs_in_state(JobState::Seen, 2)?
            .iter()
            .map(|j| j.token_id)
            .collect();
        assert_eq!(limited, vec![2, 4]);
        assert!(store.jobs_in_state(JobState::Delivered, 10)?.is_empty());
        Ok(())
    }

    #[test]
    fn counts_cover_every_state() -> TestResult {
        let (_dir, _path, store) = temp_store()?;
        store.record_scan(
            10,
            &hash(10),
            &[new_job(1, 10), new_job(2, 10), new_job(3, 10)],
        )?;
        store.start_generating(1)?;
        store.give_up(2, "no")?;
        let counts = store.counts_by_state()?;
        assert_eq!(counts.len(), JobState::ALL.len());
        assert_eq!(counts.get(&JobState::Seen), Some(&1));
        assert_eq!(counts.get(&JobState::Generating), Some(&1));
        assert_eq!(counts.get(&JobState::GivenUp), Some(&1));
        assert_eq!(counts.get(&JobState::Delivered), Some(&0));
        assert_eq!(store.count_open()?, 2);
        Ok(())
    }

    #[test]
    fn rewind_moves_checkpoint_back_and_lists_open_jobs_after_it() -> TestResult {
        let (_dir, _path, store) = temp_store()?;
        store.record_scan(
            30,
            &hash(30),
            &[
                new_job(1, 10),
                new_job(2, 20),
                new_job(3, 25),
                new_job(4, 30),
            ],
        )?;
        store.give_up(3, "no")?;
        let forward = store.rewind_checkpoint(31, &hash(31));
        assert!(
            matches!(
                forward,
                Err(StoreError::CheckpointOrder {
                    current: 30,
                    requested: 31,
                    ..
                })
            ),
            "{forward:?}"
        );
        assert_eq!(store.rewind_checkpoint(15, &hash(15))?, vec![2, 4]);
        assert_eq!(store.checkpoint()?, Some((15, hash(15))));
        store.record_scan(15, &hash(15), &[])?;
        Ok(())
    }

    #[test]
    fn state_strings_round_trip() {
        for state in JobState::ALL {
            assert_eq!(state.as_str().parse::<JobState>(), Ok(state));
        }
        for cause in SkipCause::ALL {
            assert_eq!(cause.as_str().parse::<SkipCause>(), Ok(cause));
        }
        assert!("Delivered".parse::<JobState>().is_err());
        assert_eq!(JobState::OPEN.iter().filter(|s| s.is_final()).count(), 0);
        assert_eq!(JobState::ALL.iter().filter(|s| s.is_final()).count(), 3);
    }

    #[test]
    fn schema_constraints_reject_inconsistent_rows() -> TestResult {
        let (_dir, _path, store) = temp_store()?;
        store.record_scan(10, &hash(10), &[new_job(1, 10)])?;
        let conn = store.lock();
        let result = conn.execute("UPDATE jobs SET state = 'submitted' WHERE token_id = 1", []);
        assert!(
            result.is_err(),
            "a submitted job without image/tx must be impossible"
        );
        Ok(())
    }

    #[test]
    fn concurrent_threads_share_one_store() -> TestResult {
        let (_dir, _path, store) = temp_store()?;
        let jobs: Vec<NewJob> = (1..=40).map(|t| new_job(t, 10)).collect();
        store.record_scan(10, &hash(10), &jobs)?;
        std::thread::scope(|scope| {
            for offset in 0..4 {
                let store = &store;
                scope.spawn(move || {
                    for token in (1..=40).filter(|t| t % 4 == offset) {
                        assert_eq!(store.start_generating(token).ok(), Some(1));
                    }
                });
            }
        });
        assert_eq!(
            store.counts_by_state()?.get(&JobState::Generating),
            Some(&40)
        );
        Ok(())
    }

    // ---- crash simulation ----------------------------------------------------

    #[test]
    fn crash_without_close_keeps_every_committed_step() -> TestResult {
        let (_dir, path, store) = temp_store()?;
        store.record_scan(
            10,
            &hash(10),
            &[new_job(1, 10), new_job(2, 10), new_job(3, 10)],
        )?;
        make_ready(&store, 1)?;
        store.submitted(&[1], &hash(0xf1), 9)?;
        store.start_generating(2)?;
        // Never closed: no sqlite3_close, so no final WAL checkpoint — the
        // committed data lives only in the WAL, as after a crash.
        std::mem::forget(store);
        let wal = std::fs::metadata(path.with_extension("sqlite-wal"))?;
        assert!(wal.len() > 0, "data must still be in the WAL");

        let store = JobStore::open(&path)?;
        let report = store.recover_after_restart()?;
        assert_eq!(
            (report.generating_requeued, report.submitted, report.seen),
            (1, 1, 2)
        );
        let job = store.get(1)?.ok_or("job missing")?;
        assert_eq!(
            (job.state, job.submit_tx_hash),
            (JobState::Submitted, Some(hash(0xf1)))
        );
        assert_eq!(store.get(2)?.ok_or("job missing")?.attempts, 1);
        assert_eq!(store.checkpoint()?, Some((10, hash(10))));
        Ok(())
    }

    /// Kills the child if the test bails out early, so no helper is left sleeping.
    struct KillOnDrop(std::process::Child);

    impl Drop for KillOnDrop {
        fn drop(&mut self) {
            if self.0.try_wait().ok().flatten().is_none() {
                let _ = self.0.kill();
                let _ = self.0.wait();
            }
        }
    }

    const CRASH_CHILD_DB_ENV: &str = "JOBSTORE_CRASH_CHILD_DB";

    fn ready_marker(db: &Path) -> PathBuf {
        db.with_extension("child-ready")
    }

    /// Test name of `crash_child_process` as libtest sees it (crate name
    /// stripped), so this still works after the module is moved to another crate.
    fn crash_child_test_name() -> String {
        let module = module_path!();
        let in_crate = module.split_once("::").map_or(module, |(_, rest)| rest);
        format!("{in_crate}::crash_child_process")
    }

    /// Runs only inside the child spawned by
    /// `sigkill_during_uncommitted_write_keeps_last_committed_state`.
    #[test]
    #[ignore = "helper process for the SIGKILL test; does nothing unless spawned by it"]
    fn crash_child_process() -> TestResult {
        let Some(db) = std::env::var_os(CRASH_CHILD_DB_ENV).map(PathBuf::from) else {
            return Ok(());
        };
        let store = JobStore::open(&db)?;
        store.record_scan(
            100,
            &hash(100),
            &[new_job(1, 90), new_job(2, 95), new_job(3, 100)],
        )?;
        make_ready(&store, 1)?;
        store.start_generating(2)?;

        // Real code paths inside a transaction that is never committed: a
        // fulfil recorded for token 1 and a large scan that spills dirty pages
        // into the WAL before the process is killed.
        let mut conn = store.lock();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        submitted_in(&tx, &[1], &hash(0xf1), 11)?;
        image_stored_in(&tx, 2, &image(2))?;
        let big_scan: Vec<NewJob> = (1000..4000)
            .map(|t| NewJob {
                prompt: "x".repeat(2000),
                ..new_job(t, 150)
            })
            .collect();
        record_scan_in(&tx, 200, &hash(200), &big_scan)?;
        std::fs::write(ready_marker(&db), b"ready")?;
        loop {
            std::thread::sleep(Duration::from_secs(1));
        }
    }

    #[test]
    fn sigkill_during_uncommitted_write_keeps_last_committed_state() -> TestResult {
        let dir = tempfile::tempdir()?;
        let db = dir.path().join("jobs.sqlite");
        let mut child = KillOnDrop(
            Command::new(std::env::current_exe()?)
                .args([
                    crash_child_test_name().as_str(),
                    "--exact",
                    "--ignored",
                    "--nocapture",
                ])
                .env(CRASH_CHILD_DB_ENV, &db)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()?,
        );
        let started = Instant::now();
        while !ready_marker(&db).exists() {
            if let Some(status) = child.0.try_wait()? {
                let rerun = format!(
                    "{CRASH_CHILD_DB_ENV}=<db> cargo test {} -- --ignored",
                    crash_child_test_name()
                );
                return Err(
                    format!("child exited early ({status}); rerun it with: {rerun}").into(),
                );
            }
            if started.elapsed() > Duration::from_secs(120) {
                return Err("child never reached the uncommitted write".into());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let wal_len = std::fs::metadata(db.with_extension("sqlite-wal"))?.len();
        child.0.kill()?; // SIGKILL on Unix: no destructor, no rollback, no close.
        child.0.wait()?;
        assert!(
            wal_len > 1_000_000,
            "uncommitted pages should have spilled into the WAL ({wal_len} bytes)"
        );

        let store = JobStore::open(&db)?;
        let integrity: String =
            store
                .lock()
                .pragma_query_value(None, "integrity_check", |row| row.get(0))?;
        assert_eq!(integrity, "ok");
        assert_eq!(store.checkpoint()?, Some((100, hash(100))));
        assert_eq!(
            store.counts_by_state()?.values().sum::<u64>(),
            3,
            "uncommitted scan discarded"
        );
        let ready = store.get(1)?.ok_or("job 1 missing")?;
        assert_eq!(
            (ready.state, ready.submit_tx_hash),
            (JobState::MetadataStored, None)
        );
        let interrupted = store.get(2)?.ok_or("job 2 missing")?;
        assert_eq!(
            (interrupted.state, interrupted.image_sha256),
            (JobState::Generating, None)
        );

        let report = store.recover_after_restart()?;
        assert_eq!(
            (
                report.generating_requeued,
                report.seen,
                report.metadata_stored
            ),
            (1, 2, 1)
        );
        assert_eq!(store.start_generating(2)?, 2, "the store is writable again");
        Ok(())
    }
}
