//! Row mapping, integer conversions and input validation shared by the store's modules.

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ValueRef};
use rusqlite::{Connection, OptionalExtension, Row};

use super::error::{StoreError, db_error, invalid_input};
use super::model::{Job, NewJob};

pub(super) const JOB_COLUMNS: &str = "token_id, requester, tier, paid, currency, deadline, prompt, block_number, \
    block_hash, tx_hash, log_index, state, attempts, last_error, next_attempt_at, provider_task, \
    spool_path, image_sha256, image_uri, image_content_type, model, size, created_at, \
    metadata_sha256, metadata_uri, submission_id, submit_tx_hash, submit_nonce, submitted_at, \
    delivered_tx_hash, skip_cause, reason, updated_at";

/// Decimal digits of `2^256 - 1`, the largest amount the contract can hold.
pub(super) const MAX_U256_DECIMAL: &str =
    "115792089237316195423570985008687907853269984665640564039457584007913129639935";

pub(super) fn read_job(
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

pub(super) fn job_from_row(row: &Row<'_>) -> rusqlite::Result<Job> {
    Ok(Job {
        token_id: get_u64(row, "token_id")?,
        requester: row.get("requester")?,
        tier: row.get("tier")?,
        paid: row.get("paid")?,
        currency: row.get("currency")?,
        deadline: get_u64(row, "deadline")?,
        prompt: row.get("prompt")?,
        block_number: get_u64(row, "block_number")?,
        block_hash: row.get("block_hash")?,
        tx_hash: row.get("tx_hash")?,
        log_index: get_u64(row, "log_index")?,
        state: row.get("state")?,
        attempts: row.get("attempts")?,
        last_error: row.get("last_error")?,
        next_attempt_at: get_u64(row, "next_attempt_at")?,
        provider_task: row.get("provider_task")?,
        spool_path: row.get("spool_path")?,
        image_sha256: row.get("image_sha256")?,
        image_uri: row.get("image_uri")?,
        image_content_type: row.get("image_content_type")?,
        model: row.get("model")?,
        size: row.get("size")?,
        created_at: get_opt_u64(row, "created_at")?,
        metadata_sha256: row.get("metadata_sha256")?,
        metadata_uri: row.get("metadata_uri")?,
        submission_id: row.get("submission_id")?,
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
pub(super) struct DbU64(u64);

impl FromSql for DbU64 {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        let signed = i64::column_result(value)?;
        u64::try_from(signed)
            .map(DbU64)
            .map_err(|_| FromSqlError::OutOfRange(signed))
    }
}

pub(super) fn get_u64(row: &Row<'_>, column: impl rusqlite::RowIndex) -> rusqlite::Result<u64> {
    row.get::<_, DbU64>(column).map(|value| value.0)
}

pub(super) fn get_opt_u64(
    row: &Row<'_>,
    column: impl rusqlite::RowIndex,
) -> rusqlite::Result<Option<u64>> {
    row.get::<_, Option<DbU64>>(column)
        .map(|value| value.map(|value| value.0))
}

pub(super) fn db_token_id(operation: &'static str, token_id: u64) -> Result<i64, StoreError> {
    db_int(operation, Some(token_id), "token_id", token_id)
}

/// SQLite INTEGER is signed 64-bit; larger values are rejected, not wrapped.
pub(super) fn db_int(
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

/// Checks a scanned log and returns it in canonical form (lowercase hex,
/// wei without leading zeros), so equality comparisons in the merge are exact.
pub(super) fn validated_new_job(
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
        paid: normalized_amount(operation, token, &job.paid)?,
        block_hash: normalized_hex(operation, token, "block_hash", &job.block_hash, 32)?,
        tx_hash: normalized_hex(operation, token, "tx_hash", &job.tx_hash, 32)?,
        ..job.clone()
    })
}

/// `0x` followed by exactly `bytes` bytes of hex, returned lowercase.
pub(super) fn normalized_hex(
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
pub(super) fn normalized_amount(
    operation: &'static str,
    token_id: Option<u64>,
    value: &str,
) -> Result<String, StoreError> {
    let reject = |problem| invalid_input(operation, token_id, "paid", value, problem);
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

/// The u64 fields of a request, converted to SQLite's signed INTEGER.
pub(super) struct DbRequestInts {
    pub(super) token_id: i64,
    pub(super) deadline: i64,
    pub(super) block_number: i64,
    pub(super) log_index: i64,
}

impl DbRequestInts {
    pub(super) fn of(operation: &'static str, job: &NewJob) -> Result<Self, StoreError> {
        let token = Some(job.token_id);
        Ok(Self {
            token_id: db_int(operation, token, "token_id", job.token_id)?,
            deadline: db_int(operation, token, "deadline", job.deadline)?,
            block_number: db_int(operation, token, "block_number", job.block_number)?,
            log_index: db_int(operation, token, "log_index", job.log_index)?,
        })
    }
}
