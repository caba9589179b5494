//! Schema migrations and connection settings.

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, TransactionBehavior};

use super::error::StoreError;

/// Schema migrations; entry `i` upgrades `PRAGMA user_version` from `i` to `i + 1`.
/// Never edit an entry that has shipped: append a new one instead.
pub(super) const MIGRATIONS: &[&str] = &[
    SCHEMA_V1,
    SCHEMA_V2,
    SCHEMA_V3,
    SCHEMA_V4,
    SCHEMA_V5,
    SCHEMA_V6,
    SCHEMA_V7,
    SCHEMA_V8,
    SCHEMA_MCP_REQUESTS,
    SCHEMA_MCP_RELAYS,
    SCHEMA_RELAY_REPLACEMENTS,
];

/// The CHECK constraints encode the state machine's invariants, so even a bug
/// in this module cannot commit e.g. a `Submitted` job without a tx hash.
pub(super) const SCHEMA_V1: &str = "
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

/// Version 2: every broadcast version of a fulfil is recorded (a replaced transaction's original
/// may be the one that is mined), a failed generation waits for a persisted retry time instead of
/// an in-memory attempt count, and a paid image is spooled to local disk before it is uploaded.
/// SQLite cannot alter a CHECK constraint, so `jobs` is rebuilt.
pub(super) const SCHEMA_V2: &str = "
CREATE TABLE submissions (
    id           INTEGER PRIMARY KEY,
    nonce        INTEGER NOT NULL CHECK (nonce >= 0),
    created_at   INTEGER NOT NULL,
    settled_at   INTEGER,
    outcome      TEXT CHECK (outcome IN ('mined', 'nonce_used_elsewhere', 'abandoned')),
    mined_tx     TEXT,
    CHECK ((settled_at IS NULL) = (outcome IS NULL)),
    CHECK (outcome IS NOT 'mined' OR mined_tx IS NOT NULL)
) STRICT;

CREATE INDEX submissions_open ON submissions (settled_at, nonce);

CREATE TABLE tx_versions (
    hash                     TEXT    PRIMARY KEY,
    submission_id            INTEGER NOT NULL REFERENCES submissions (id),
    max_fee_per_gas          TEXT    NOT NULL,
    max_priority_fee_per_gas TEXT    NOT NULL,
    gas_limit                INTEGER NOT NULL CHECK (gas_limit >= 0),
    raw                      BLOB,
    sent_at                  INTEGER NOT NULL
) STRICT;

CREATE INDEX tx_versions_by_submission ON tx_versions (submission_id, sent_at);

CREATE TABLE submission_tokens (
    submission_id INTEGER NOT NULL REFERENCES submissions (id),
    token_id      INTEGER NOT NULL CHECK (token_id >= 0),
    PRIMARY KEY (submission_id, token_id)
) STRICT;

INSERT INTO submissions (nonce, created_at)
    SELECT submit_nonce, MIN(COALESCE(submitted_at, updated_at)) FROM jobs
    WHERE state = 'submitted' GROUP BY submit_nonce;
INSERT INTO tx_versions (hash, submission_id, max_fee_per_gas, max_priority_fee_per_gas,
                         gas_limit, raw, sent_at)
    SELECT DISTINCT j.submit_tx_hash, s.id, '0', '0', 0, NULL, s.created_at
    FROM jobs j JOIN submissions s ON s.nonce = j.submit_nonce WHERE j.state = 'submitted';
INSERT INTO submission_tokens (submission_id, token_id)
    SELECT s.id, j.token_id FROM jobs j JOIN submissions s ON s.nonce = j.submit_nonce
    WHERE j.state = 'submitted';

CREATE TABLE jobs_v2 (
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
    state              TEXT    NOT NULL CHECK (state IN ('seen', 'generating', 'image_spooled',
                           'image_stored', 'metadata_stored', 'submitted', 'delivered', 'given_up',
                           'skipped')),
    attempts           INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error         TEXT,
    next_attempt_at    INTEGER NOT NULL DEFAULT 0 CHECK (next_attempt_at >= 0),
    provider_task      TEXT,
    spool_path         TEXT,
    image_sha256       TEXT,
    image_uri          TEXT,
    image_content_type TEXT,
    model              TEXT,
    size               TEXT,
    created_at         INTEGER,
    metadata_sha256    TEXT,
    metadata_uri       TEXT,
    submission_id      INTEGER REFERENCES submissions (id),
    submit_tx_hash     TEXT,
    submit_nonce       INTEGER CHECK (submit_nonce >= 0),
    submitted_at       INTEGER,
    delivered_tx_hash  TEXT,
    skip_cause         TEXT CHECK (skip_cause IN ('fulfilled_by_other', 'refunded', 'reorged',
                                                  'predates_agent')),
    reason             TEXT,
    updated_at         INTEGER NOT NULL,
    CHECK (state NOT IN ('image_spooled', 'image_stored', 'metadata_stored', 'submitted',
                         'delivered') OR image_sha256 IS NOT NULL),
    CHECK (state <> 'image_spooled' OR spool_path IS NOT NULL),
    CHECK (state NOT IN ('image_stored', 'metadata_stored', 'submitted', 'delivered')
           OR image_uri IS NOT NULL),
    CHECK (state NOT IN ('metadata_stored', 'submitted', 'delivered')
           OR metadata_sha256 IS NOT NULL),
    CHECK (state <> 'submitted' OR (submit_tx_hash IS NOT NULL AND submit_nonce IS NOT NULL
                                    AND submission_id IS NOT NULL)),
    CHECK (state <> 'delivered' OR delivered_tx_hash IS NOT NULL),
    CHECK ((state = 'skipped') = (skip_cause IS NOT NULL)),
    CHECK (state NOT IN ('given_up', 'skipped') OR reason IS NOT NULL)
) STRICT;

INSERT INTO jobs_v2 (token_id, requester, tier, paid_wei, deadline, prompt, block_number,
        block_hash, tx_hash, log_index, state, attempts, last_error, image_sha256, image_uri,
        image_content_type, model, size, created_at, metadata_sha256, metadata_uri, submission_id,
        submit_tx_hash, submit_nonce, submitted_at, delivered_tx_hash, skip_cause, reason,
        updated_at)
    SELECT token_id, requester, tier, paid_wei, deadline, prompt, block_number, block_hash,
        tx_hash, log_index, state, attempts, last_error, image_sha256, image_uri,
        image_content_type, model, size, created_at, metadata_sha256, metadata_uri,
        CASE WHEN state = 'submitted'
             THEN (SELECT id FROM submissions WHERE nonce = jobs.submit_nonce) END,
        submit_tx_hash, submit_nonce, submitted_at, delivered_tx_hash, skip_cause, reason,
        updated_at
    FROM jobs;

DROP TABLE jobs;
ALTER TABLE jobs_v2 RENAME TO jobs;
CREATE INDEX jobs_by_state_deadline ON jobs (state, deadline, token_id);
CREATE INDEX jobs_by_submission ON jobs (submission_id);
";

/// Version 3: an index for every gallery listing (`GET /tokens` by requester, by state, by both,
/// newest first), so a public query never scans the whole table.
pub(super) const SCHEMA_V3: &str = "
CREATE INDEX jobs_by_requester ON jobs (requester, token_id);
CREATE INDEX jobs_by_state_token ON jobs (state, token_id);
CREATE INDEX jobs_by_requester_state ON jobs (requester, state, token_id);
";

/// Version 4: escrow in either currency. `paid_wei` becomes `paid`, in the smallest unit of the
/// new `currency` column (wei or USDC's 10^-6 dollars); every earlier row was paid in ETH.
pub(super) const SCHEMA_V4: &str = "
ALTER TABLE jobs RENAME COLUMN paid_wei TO paid;
ALTER TABLE jobs ADD COLUMN currency TEXT NOT NULL DEFAULT 'eth' CHECK (currency IN ('eth', 'usdc'));
";

/// Version 5: when the keeper first recorded each request, so the age of the oldest pending token
/// survives a restart. Earlier rows take their last update, the best time left to go by.
pub(super) const SCHEMA_V5: &str = "
ALTER TABLE jobs ADD COLUMN seen_at INTEGER NOT NULL DEFAULT 0 CHECK (seen_at >= 0);
UPDATE jobs SET seen_at = updated_at;
";

/// Version 6: sweeps of the agent's earnings in either currency (`genim sweep`), sent by the
/// keeper at its own nonces; amounts in the currency's smallest unit; the signed transaction is
/// kept until it is settled.
pub(super) const SCHEMA_V6: &str = "
CREATE TABLE sweeps (
    id           INTEGER PRIMARY KEY,
    to_address   TEXT    NOT NULL,
    currency     TEXT    NOT NULL CHECK (currency IN ('eth', 'usdc')),
    keep         TEXT    NOT NULL,
    state        TEXT    NOT NULL CHECK (state IN ('requested', 'sent', 'mined', 'refused', 'failed')),
    nonce        INTEGER CHECK (nonce >= 0),
    amount       TEXT,
    tx_hash      TEXT,
    raw          BLOB,
    reason       TEXT,
    requested_at INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    CHECK (state <> 'sent' OR (nonce IS NOT NULL AND tx_hash IS NOT NULL AND raw IS NOT NULL)),
    CHECK (state NOT IN ('refused', 'failed') OR reason IS NOT NULL)
) STRICT;

CREATE INDEX sweeps_open ON sweeps (state, id);
";

/// Version 7: refunds the keeper sends for tokens it gave up (`jobs.auto_refund`), recorded
/// before broadcast like every transaction of the keeper.
pub(super) const SCHEMA_V7: &str = "
CREATE TABLE refunds (
    token_id   INTEGER PRIMARY KEY REFERENCES jobs (token_id),
    state      TEXT    NOT NULL CHECK (state IN ('sent', 'mined', 'failed', 'not_needed')),
    nonce      INTEGER CHECK (nonce >= 0),
    tx_hash    TEXT,
    raw        BLOB,
    reason     TEXT,
    updated_at INTEGER NOT NULL,
    CHECK (state <> 'sent' OR (nonce IS NOT NULL AND tx_hash IS NOT NULL AND raw IS NOT NULL)),
    CHECK (state NOT IN ('failed', 'not_needed') OR reason IS NOT NULL)
) STRICT;

CREATE INDEX refunds_open ON refunds (state, token_id);
";

/// Version 8: USDC mints relayed by the keeper (`POST /api/mint-with-authorization`), one row
/// per authorization, recorded before anything is sent and again before broadcast.
pub(super) const SCHEMA_V8: &str = "
CREATE TABLE relays (
    id                TEXT    PRIMARY KEY,
    authorization_key TEXT    NOT NULL UNIQUE,
    request           TEXT    NOT NULL,
    state             TEXT    NOT NULL CHECK (state IN ('accepted', 'sent', 'minted', 'failed')),
    nonce             INTEGER CHECK (nonce >= 0),
    tx_hash           TEXT,
    raw               BLOB,
    token_id          INTEGER CHECK (token_id >= 0),
    error_code        TEXT,
    error_message     TEXT,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    CHECK (state <> 'sent' OR (nonce IS NOT NULL AND tx_hash IS NOT NULL AND raw IS NOT NULL)),
    CHECK (state <> 'minted' OR token_id IS NOT NULL),
    CHECK (state <> 'failed' OR error_code IS NOT NULL)
) STRICT;

CREATE INDEX relays_open ON relays (state, created_at);
";

/// A read-only connection to the store's file for public HTTP reads: in WAL mode it reads the last
/// committed state without waiting for the writer, and it never takes the writer's mutex, so a
/// flood of gallery queries cannot delay the pipeline's transitions.
pub(super) fn open_reader(path: &Path, options: StoreOptions) -> Result<Connection, StoreError> {
    let open_error = |source| StoreError::Open {
        path: path.to_path_buf(),
        source,
    };
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(open_error)?;
    conn.busy_timeout(options.busy_timeout)
        .map_err(open_error)?;
    Ok(conn)
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
    #[cfg(test)]
    PowerLoss,
}

impl Durability {
    const fn synchronous_pragma(self) -> &'static str {
        match self {
            Durability::ProcessCrash => "NORMAL",
            #[cfg(test)]
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

pub(super) fn configure_connection(
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

pub(super) fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
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

pub(super) fn schema_version_count() -> i64 {
    // MIGRATIONS is a short constant list; the conversion cannot saturate in practice.
    i64::try_from(MIGRATIONS.len()).unwrap_or(i64::MAX)
}

/// Image requests made by MCP clients (`generate_image`): the prompt and tier asked for, under an
/// id that cannot be mistaken for a token id, bound to the token once a mint with the same prompt
/// and tier is seen in the given transaction. A token is bound to at most one request.
const SCHEMA_MCP_REQUESTS: &str = "
CREATE TABLE mcp_requests (
    id TEXT PRIMARY KEY CHECK (id LIKE 'req_%'),
    prompt TEXT NOT NULL,
    tier INTEGER NOT NULL CHECK (tier BETWEEN 0 AND 255),
    created_at INTEGER NOT NULL,
    tx_hash TEXT UNIQUE,
    token_id INTEGER UNIQUE,
    CHECK ((tx_hash IS NULL) = (token_id IS NULL))
) STRICT;
";

/// An MCP request paid in USDC through the relay (`generate_image` with a signed authorization):
/// the relay that pays it, so `get_image` follows the relay to the token. A relay pays at most
/// one request.
const SCHEMA_MCP_RELAYS: &str = "
ALTER TABLE mcp_requests ADD COLUMN relay_id TEXT REFERENCES relays (id);
CREATE UNIQUE INDEX mcp_requests_relay ON mcp_requests (relay_id);
";

/// A stuck relay is replaced at its nonce with higher fees: `tx_hash` and `raw` hold the latest
/// version, `replaced` the hashes of the earlier ones (oldest first, space-separated), any of which
/// may still be the one mined.
const SCHEMA_RELAY_REPLACEMENTS: &str = "
ALTER TABLE relays ADD COLUMN replaced TEXT NOT NULL DEFAULT '';
";
