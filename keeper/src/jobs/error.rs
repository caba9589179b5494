//! Errors of the job store.

use std::path::PathBuf;

use super::model::JobState;

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

pub(super) fn token_suffix(token_id: &Option<u64>) -> String {
    token_id.map_or_else(String::new, |id| format!(" (token {id})"))
}

pub(super) fn db_error(
    operation: &'static str,
    token_id: Option<u64>,
) -> impl Fn(rusqlite::Error) -> StoreError {
    move |source| StoreError::Database {
        operation,
        token_id,
        source,
    }
}

pub(super) fn invalid_input(
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
