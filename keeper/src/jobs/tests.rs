use super::model::{RecoveryReport, ScanOutcome};
use super::rows::{MAX_U256_DECIMAL, normalized_amount};
use super::scan::{UNREADABLE_PROMPT_REASON, record_scan_in};
use super::schema::Durability;
use super::submissions::record_submission_in;
use super::transitions::image_stored_in;
use super::*;
use std::fmt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
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
        paid: "10000000000000000".to_owned(),
        currency: Currency::Eth,
        deadline: 1_700_000_000 + token_id,
        prompt: format!("a lighthouse at dusk #{token_id}"),
        unreadable_prompt: false,
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

fn version(n: u64) -> TxVersion {
    TxVersion {
        hash: hash(n),
        max_fee_per_gas: 2_000_000_000 + u128::from(n),
        max_priority_fee_per_gas: 1_000_000,
        gas_limit: 100_000,
        raw: Some(vec![0x02, u8::try_from(n % 256).unwrap_or_default()]),
        sent_at: 1_700_000_000 + n,
    }
}

/// Opens a submission for `ids` at `nonce` whose first version is `version(tx)`.
fn submit(store: &JobStore, ids: &[u64], tx: u64, nonce: u64) -> Result<i64, StoreError> {
    store.record_submission(ids, nonce, &version(tx))
}

fn delivered_by(tx: u64) -> Settlement {
    Settlement::Delivered { tx_hash: hash(tx) }
}

fn spooled(n: u64) -> SpooledImage {
    let img = image(n);
    SpooledImage {
        sha256: img.sha256,
        spool_path: format!("/spool/{n}.png"),
        content_type: img.content_type,
        model: img.model,
        size: img.size,
        created_at: img.created_at,
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
fn open_configures_wal_normal_sync_foreign_keys_and_latest_schema() -> TestResult {
    let (_dir, _path, store) = temp_store()?;
    let conn = store.lock();
    let pragma_i64 = |name: &str| conn.pragma_query_value(None, name, |row| row.get::<_, i64>(0));
    let mode: String = conn.pragma_query_value(None, "journal_mode", |row| row.get(0))?;
    assert_eq!(mode, "wal");
    assert_eq!(pragma_i64("synchronous")?, 1, "NORMAL");
    assert_eq!(pragma_i64("foreign_keys")?, 1);
    assert_eq!(
        pragma_i64("user_version")?,
        super::schema::schema_version_count()
    );
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
            assert_eq!(
                (found, supported),
                (99, super::schema::schema_version_count())
            );
        }
        other => panic!("expected UnsupportedSchemaVersion, got {other:?}"),
    }
    Ok(())
}

#[test]
fn a_version_1_database_migrates_with_its_in_flight_fulfils() -> TestResult {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("v1.sqlite");
    {
        let conn = rusqlite::Connection::open(&path)?;
        conn.execute_batch(super::schema::SCHEMA_V1)?;
        conn.pragma_update(None, "user_version", 1)?;
        let insert = |token: u64, state: &str, extra: &str| {
            conn.execute_batch(&format!(
                "INSERT INTO jobs (token_id, requester, tier, paid_wei, deadline, prompt,
                     block_number, block_hash, tx_hash, log_index, state, image_sha256, image_uri,
                     metadata_sha256, submit_tx_hash, submit_nonce, updated_at {extra_cols})
                 VALUES ({token}, '{req}', 0, '1', 100, 'p', 1, '{h}', '{h}', {token}, '{state}',
                     '{h}', 'u', '{h}', {tx}, {nonce}, 0 {extra})",
                req = address(1),
                h = hash(token),
                tx = if state == "submitted" {
                    format!("'{}'", hash(0xf0 + token))
                } else {
                    "NULL".into()
                },
                nonce = if state == "submitted" {
                    "7".to_owned()
                } else {
                    "NULL".into()
                },
                extra_cols = if extra.is_empty() {
                    ""
                } else {
                    ", delivered_tx_hash"
                },
            ))
        };
        insert(1, "submitted", "")?;
        insert(2, "submitted", "")?;
        insert(3, "delivered", &format!(", '{}'", hash(0xd3)))?;
    }
    let store = JobStore::open(&path)?;
    let open = store.open_submissions()?;
    assert_eq!(open.len(), 1, "one submission per nonce");
    assert_eq!((open[0].nonce, open[0].token_ids.clone()), (7, vec![1, 2]));
    let hashes: Vec<String> = open[0].versions.iter().map(|v| v.hash.clone()).collect();
    assert_eq!(
        hashes.len(),
        2,
        "both recorded hashes are versions: {hashes:?}"
    );
    assert!(open[0].versions.iter().all(|v| v.raw.is_none()));
    let job = store.get(1)?.ok_or("job missing")?;
    assert_eq!(
        (job.state, job.submission_id),
        (JobState::Submitted, Some(open[0].id))
    );
    let delivered = store.get(3)?.ok_or("job missing")?;
    assert_eq!(
        (
            delivered.state,
            delivered.delivered_tx_hash,
            delivered.submission_id
        ),
        (JobState::Delivered, Some(hash(0xd3)), None)
    );
    // Version 4: every row from before USDC was paid in ETH, its amount kept.
    assert_eq!(
        (delivered.paid.as_str(), delivered.currency),
        ("1", Currency::Eth)
    );
    Ok(())
}

#[test]
fn usdc_jobs_keep_their_currency_and_a_changed_currency_is_a_new_request() -> TestResult {
    let (_dir, _path, store) = temp_store()?;
    let usdc = NewJob {
        paid: "100000".to_owned(),
        currency: Currency::Usdc,
        ..new_job(1, 10)
    };
    store.record_scan(10, &hash(10), std::slice::from_ref(&usdc))?;
    let job = store.get(1)?.ok_or("job missing")?;
    assert_eq!(
        (job.paid.as_str(), job.currency),
        ("100000", Currency::Usdc)
    );
    // The same amount in the other currency, at the same place: another request (a reorg).
    let eth = NewJob {
        currency: Currency::Eth,
        block_hash: hash(0xbb),
        ..usdc
    };
    let outcome = store.record_scan(11, &hash(11), &[eth])?;
    assert_eq!(outcome.reset, vec![1], "currency is part of the request");
    let job = store.get(1)?.ok_or("job missing")?;
    assert_eq!(job.currency, Currency::Eth);
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
        (job.requester, job.tier, job.paid, job.deadline, job.prompt),
        (
            expected.requester,
            expected.tier,
            expected.paid,
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
    job.paid = "000123".to_owned();
    job.block_hash = format!("0X{}", "AB".repeat(32));
    store.record_scan(5, &format!("0x{}", "CD".repeat(32)), &[job])?;
    let stored = store.get(1)?.ok_or("job missing")?;
    assert_eq!(
        stored.requester,
        "0xabcdef0000000000000000000000000000000001"
    );
    assert_eq!(stored.paid, "123");
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
    bad.paid = "1e18".to_owned();
    let result = store.record_scan(20, &hash(20), &[new_job(2, 15), bad]);
    assert!(
        matches!(
            result,
            Err(StoreError::InvalidInput {
                token_id: Some(3),
                field: "paid",
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
        ("paid", |job| job.paid = format!("{MAX_U256_DECIMAL}0")),
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
    assert!(normalized_amount("t", None, MAX_U256_DECIMAL).is_ok());
    assert_eq!(store.count_open()?, 0);
    Ok(())
}

#[test]
fn reorged_seen_job_with_new_prompt_is_reset() -> TestResult {
    let (_dir, _path, store) = temp_store()?;
    store.record_scan(10, &hash(10), &[new_job(1, 10)])?;
    store.start_generating(1)?;
    store.generation_failed(1, "HTTP 503", 0)?;
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
    let submission = submit(&store, &[1], 0xf1, 7)?;
    store.settle_submission(
        submission,
        SubmissionOutcome::NonceUsedElsewhere,
        None,
        &[(
            1,
            Settlement::Skipped {
                cause: SkipCause::Reorged,
                reason: "mint vanished".into(),
            },
        )],
    )?;
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
    assert_eq!(revived.submission_id, None);
    let reset = store.get(2)?.ok_or("job 2 missing")?;
    assert_eq!(
        (reset.state, reset.prompt.as_str()),
        (JobState::Seen, "another prompt")
    );
    Ok(())
}

#[test]
fn changed_request_for_a_sent_or_final_job_is_a_conflict() -> TestResult {
    let (_dir, _path, store) = temp_store()?;
    store.record_scan(10, &hash(10), &[new_job(1, 10), new_job(2, 10)])?;
    make_ready(&store, 1)?;
    submit(&store, &[1], 0xf1, 0)?;
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
        vec![(1, JobState::Submitted), (2, JobState::Skipped)]
    );
    assert_eq!(outcome.conflicts[0].stored_block_hash, hash(10));
    assert_eq!(outcome.conflicts[0].scanned_block_hash, hash(11));
    let job = store.get(1)?.ok_or("job missing")?;
    assert_eq!((job.state, job.block_hash), (JobState::Submitted, hash(10)));
    assert_ne!(job.prompt, "changed");
    assert_eq!(
        store.checkpoint()?,
        Some((11, hash(11))),
        "checkpoint still advances"
    );
    Ok(())
}

#[test]
fn changed_request_drops_unsent_work_in_the_same_transaction() -> TestResult {
    let (_dir, _path, store) = temp_store()?;
    let jobs: Vec<NewJob> = (1..=4).map(|t| new_job(t, 10)).collect();
    store.record_scan(10, &hash(10), &jobs)?;
    drive_to(&store, 1, JobState::Generating)?;
    drive_to(&store, 2, JobState::ImageSpooled)?;
    drive_to(&store, 3, JobState::ImageStored)?;
    drive_to(&store, 4, JobState::MetadataStored)?;
    let changed: Vec<NewJob> = (1..=4)
        .map(|t| NewJob {
            prompt: format!("re-minted #{t}"),
            ..new_job(t, 11)
        })
        .collect();
    let outcome = store.record_scan(11, &hash(11), &changed)?;
    assert_eq!(outcome.reset, vec![1, 2, 3, 4]);
    assert!(outcome.conflicts.is_empty());
    for token in 1..=4 {
        let job = store.get(token)?.ok_or("job missing")?;
        assert_eq!(job.state, JobState::Seen, "token {token}");
        assert_eq!(job.prompt, format!("re-minted #{token}"));
        assert_eq!(
            (job.image_sha256, job.spool_path, job.metadata_sha256),
            (None, None, None),
            "token {token}: nothing made for the old prompt survives"
        );
    }
    assert_eq!(store.checkpoint()?, Some((11, hash(11))));
    Ok(())
}

#[test]
fn happy_path_records_every_artifact() -> TestResult {
    let (_dir, _path, store) = temp_store()?;
    store.record_scan(10, &hash(10), &[new_job(1, 10)])?;
    assert_eq!(store.start_generating(1)?, 1);
    store.image_stored(1, &image(1))?;
    store.metadata_stored(1, &hash(0xbeef), "ipfs://meta/1")?;
    let submission = submit(&store, &[1], 0xf1, 42)?;
    let submitted = store.get(1)?.ok_or("job missing")?;
    assert_eq!(submitted.state, JobState::Submitted);
    assert_eq!(
        (submitted.submit_tx_hash, submitted.submit_nonce),
        (Some(hash(0xf1)), Some(42))
    );
    assert!(submitted.submitted_at.is_some());
    assert_eq!(submitted.submission_id, Some(submission));
    store.settle_submission(
        submission,
        SubmissionOutcome::Mined,
        Some(&hash(0xf1)),
        &[(1, delivered_by(0xf1))],
    )?;
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
        submit(&store, &[1], 4, 0),
        1,
        JobState::Seen,
        JobState::Submitted,
    );
    assert_invalid_transition(
        store.image_spooled(1, &spooled(1)),
        1,
        JobState::Seen,
        JobState::ImageSpooled,
    );
    assert_invalid_transition(
        store.generation_failed(1, "x", 0),
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
    let submission = submit(&store, &[1], 0xd1, 0)?;
    store.settle_submission(
        submission,
        SubmissionOutcome::Mined,
        Some(&hash(0xd1)),
        &[(1, delivered_by(0xd1))],
    )?;
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
fn a_prompt_that_is_not_utf8_is_given_up_in_the_scan_itself() -> TestResult {
    let (_dir, _path, store) = temp_store()?;
    let unreadable = NewJob {
        prompt: "caf\u{FFFD}".to_owned(),
        unreadable_prompt: true,
        ..new_job(1, 10)
    };
    let outcome = store.record_scan(10, &hash(10), &[unreadable.clone(), new_job(2, 10)])?;
    assert_eq!(outcome.unreadable_prompts, vec![1]);
    let job = store.get(1)?.ok_or("job missing")?;
    assert_eq!(job.state, JobState::GivenUp);
    assert_eq!(job.reason.as_deref(), Some(UNREADABLE_PROMPT_REASON));
    let due: Vec<u64> = store
        .due_for_generation(4_000_000_000, 10)?
        .iter()
        .map(|j| j.token_id)
        .collect();
    assert_eq!(due, vec![2], "never offered to the image stage");
    // A rescan of the same log changes nothing and reports nothing new.
    let again = store.record_scan(11, &hash(11), &[unreadable])?;
    assert!(again.unreadable_prompts.is_empty());
    assert_eq!(state_of(&store, 1)?, JobState::GivenUp);
    Ok(())
}

#[test]
fn a_seen_job_is_given_up_when_its_log_turns_out_unreadable() -> TestResult {
    // Recorded by a keeper that decoded the prompt lossily, found again in a rescan.
    let (_dir, _path, store) = temp_store()?;
    let lossy = NewJob {
        prompt: "caf\u{FFFD}".to_owned(),
        ..new_job(1, 10)
    };
    store.record_scan(10, &hash(10), std::slice::from_ref(&lossy))?;
    let rescanned = NewJob {
        unreadable_prompt: true,
        ..lossy
    };
    let outcome = store.record_scan(10, &hash(10), &[rescanned])?;
    assert_eq!(outcome.unreadable_prompts, vec![1]);
    assert_eq!(state_of(&store, 1)?, JobState::GivenUp);
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
    let tokens: Vec<u64> = (1..=12).collect();
    let jobs: Vec<NewJob> = tokens.iter().map(|&t| new_job(t, 10)).collect();
    store.record_scan(10, &hash(10), &jobs)?;
    for pair in [[1, 2], [3, 4], [5, 6], [7, 8], [9, 10], [11, 12]] {
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
        JobState::ImageSpooled,
        JobState::ImageStored,
        JobState::MetadataStored,
        JobState::Submitted,
    ];
    for step in path.into_iter().take_while(|step| *step <= target) {
        match step {
            JobState::Generating => {
                store.start_generating(token)?;
            }
            JobState::ImageSpooled => store.image_spooled(token, &spooled(token))?,
            JobState::ImageStored => store.image_stored(token, &image(token))?,
            JobState::MetadataStored => store.metadata_stored(token, &hash(token), "u")?,
            _ => {
                submit(store, &[token], 0xf0 + token, token)?;
            }
        }
    }
    Ok(())
}

#[test]
fn record_submission_is_all_or_nothing() -> TestResult {
    let (_dir, _path, store) = temp_store()?;
    store.record_scan(
        10,
        &hash(10),
        &[new_job(1, 10), new_job(2, 10), new_job(3, 10)],
    )?;
    make_ready(&store, 1)?;
    make_ready(&store, 3)?;
    assert_invalid_transition(
        submit(&store, &[1, 2, 3], 0xf1, 5),
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
    assert!(
        store.open_submissions()?.is_empty(),
        "no submission was opened"
    );
    submit(&store, &[1, 3], 0xf1, 5)?;
    assert_eq!(store.jobs_in_state(JobState::Submitted, 10)?.len(), 2);
    Ok(())
}

#[test]
fn record_submission_rejects_empty_and_duplicate_batches() -> TestResult {
    let (_dir, _path, store) = temp_store()?;
    store.record_scan(10, &hash(10), &[new_job(1, 10)])?;
    make_ready(&store, 1)?;
    let empty = submit(&store, &[], 0xf1, 1);
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
    let duplicate = submit(&store, &[1, 1], 0xf1, 1);
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
fn every_version_of_a_submission_is_kept_and_the_latest_is_named() -> TestResult {
    let (_dir, _path, store) = temp_store()?;
    store.record_scan(10, &hash(10), &[new_job(1, 10), new_job(2, 10)])?;
    make_ready(&store, 1)?;
    make_ready(&store, 2)?;
    let id = submit(&store, &[2, 1], 0xf1, 8)?;
    store.record_replacement(id, &version(0xf2))?;
    let job = store.get(1)?.ok_or("job missing")?;
    assert_eq!(
        (job.state, job.submit_tx_hash, job.submit_nonce),
        (JobState::Submitted, Some(hash(0xf2)), Some(8))
    );
    let open = store.open_submissions()?;
    assert_eq!(open.len(), 1);
    assert_eq!((open[0].id, open[0].nonce), (id, 8));
    assert_eq!(open[0].token_ids, vec![1, 2]);
    assert_eq!(open[0].versions, vec![version(0xf1), version(0xf2)]);
    assert!(
        open[0].has_version(&hash(0xf1)),
        "the original may still be mined"
    );
    assert_eq!(open[0].latest(), Some(&version(0xf2)));
    Ok(())
}

#[test]
fn the_original_version_mined_settles_the_submission() -> TestResult {
    let (_dir, path, store) = temp_store()?;
    store.record_scan(10, &hash(10), &[new_job(1, 10)])?;
    make_ready(&store, 1)?;
    let id = submit(&store, &[1], 0xf1, 3)?;
    store.record_replacement(id, &version(0xf2))?;
    drop(store);
    // After a restart the original, not the recorded replacement, turns out to be mined.
    let store = JobStore::open(&path)?;
    store.settle_submission(
        id,
        SubmissionOutcome::Mined,
        Some(&hash(0xf1)),
        &[(1, delivered_by(0xf1))],
    )?;
    let job = store.get(1)?.ok_or("job missing")?;
    assert_eq!(
        (job.state, job.delivered_tx_hash),
        (JobState::Delivered, Some(hash(0xf1)))
    );
    assert!(store.open_submissions()?.is_empty());
    Ok(())
}

#[test]
fn settling_applies_to_the_carried_tokens_at_once_and_is_idempotent() -> TestResult {
    let (_dir, _path, store) = temp_store()?;
    let jobs: Vec<NewJob> = (1..=4).map(|t| new_job(t, 10)).collect();
    store.record_scan(10, &hash(10), &jobs)?;
    for token in 1..=4 {
        make_ready(&store, token)?;
    }
    let id = submit(&store, &[1, 2, 3], 0xf1, 0)?;
    // A token the submission did not carry: an error, and nothing changes.
    let foreign = store.settle_submission(
        id,
        SubmissionOutcome::Mined,
        Some(&hash(0xf1)),
        &[(1, delivered_by(0xf1)), (4, delivered_by(0xf1))],
    );
    assert!(
        matches!(
            foreign,
            Err(StoreError::InvalidInput {
                token_id: Some(4),
                ..
            })
        ),
        "{foreign:?}"
    );
    assert_eq!(state_of(&store, 1)?, JobState::Submitted, "rolled back");
    // Token 3 was given up meanwhile (say its deadline passed): settling leaves it alone.
    store.give_up(3, "deadline")?;
    let settlements = [
        (1, delivered_by(0xf1)),
        (
            2,
            Settlement::Skipped {
                cause: SkipCause::FulfilledByOther,
                reason: "delivered by another agent".into(),
            },
        ),
        (3, delivered_by(0xf1)),
    ];
    store.settle_submission(
        id,
        SubmissionOutcome::Mined,
        Some(&hash(0xf1)),
        &settlements,
    )?;
    assert_eq!(state_of(&store, 1)?, JobState::Delivered);
    assert_eq!(state_of(&store, 2)?, JobState::Skipped);
    assert_eq!(
        state_of(&store, 3)?,
        JobState::GivenUp,
        "final states are kept"
    );
    assert_eq!(state_of(&store, 4)?, JobState::MetadataStored);
    // Settling again (a retry after a crash) changes nothing.
    store.settle_submission(
        id,
        SubmissionOutcome::Mined,
        Some(&hash(0xf1)),
        &settlements,
    )?;
    assert_eq!(state_of(&store, 2)?, JobState::Skipped);
    Ok(())
}

#[test]
fn a_ready_token_is_sent_again_and_its_old_submission_no_longer_touches_it() -> TestResult {
    let (_dir, _path, store) = temp_store()?;
    store.record_scan(10, &hash(10), &[new_job(1, 10)])?;
    make_ready(&store, 1)?;
    let first = submit(&store, &[1], 0xf1, 3)?;
    store.settle_submission(
        first,
        SubmissionOutcome::NonceUsedElsewhere,
        None,
        &[(1, Settlement::Ready)],
    )?;
    let ready = store.get(1)?.ok_or("job missing")?;
    assert_eq!(ready.state, JobState::MetadataStored);
    assert_eq!(
        (
            ready.submit_tx_hash,
            ready.submit_nonce,
            ready.submission_id
        ),
        (None, None, None)
    );
    assert!(ready.image_sha256.is_some() && ready.metadata_sha256.is_some());
    let second = submit(&store, &[1], 0xf2, 4)?;
    assert_ne!(first, second);
    // A stale settlement of the first submission must not touch the token now carried by the second.
    store.settle_submission(
        first,
        SubmissionOutcome::Mined,
        Some(&hash(0xf1)),
        &[(1, Settlement::Ready)],
    )?;
    let job = store.get(1)?.ok_or("job missing")?;
    assert_eq!(
        (job.state, job.submission_id),
        (JobState::Submitted, Some(second))
    );
    Ok(())
}

#[test]
fn replacing_a_settled_submission_is_refused() -> TestResult {
    let (_dir, _path, store) = temp_store()?;
    store.record_scan(10, &hash(10), &[new_job(1, 10)])?;
    make_ready(&store, 1)?;
    let id = submit(&store, &[1], 0xf1, 3)?;
    store.settle_submission(
        id,
        SubmissionOutcome::Abandoned,
        None,
        &[(
            1,
            Settlement::GivenUp {
                reason: "expired".into(),
            },
        )],
    )?;
    let result = store.record_replacement(id, &version(0xf2));
    assert!(
        matches!(
            result,
            Err(StoreError::InvalidInput {
                field: "submission_id",
                ..
            })
        ),
        "{result:?}"
    );
    assert_eq!(
        store.get(1)?.ok_or("job missing")?.reason.as_deref(),
        Some("expired")
    );
    Ok(())
}

#[test]
fn failed_generation_waits_for_its_retry_time_and_counts_attempts() -> TestResult {
    let (_dir, _path, store) = temp_store()?;
    store.record_scan(10, &hash(10), &[new_job(1, 10), new_job(2, 10)])?;
    assert_eq!(store.start_generating(1)?, 1);
    store.generation_failed(1, "HTTP 429", 1_000)?;
    let due: Vec<u64> = store
        .due_for_generation(999, 10)?
        .iter()
        .map(|j| j.token_id)
        .collect();
    assert_eq!(due, vec![2], "token 1 waits for its retry time");
    let due: Vec<u64> = store
        .due_for_generation(1_000, 10)?
        .iter()
        .map(|j| j.token_id)
        .collect();
    assert_eq!(due, vec![1, 2]);
    assert_eq!(store.start_generating(1)?, 2);
    store.generation_failed(1, "HTTP 500", 2_000)?;
    let job = store.get(1)?.ok_or("job missing")?;
    assert_eq!(
        (job.state, job.attempts, job.next_attempt_at),
        (JobState::Seen, 2, 2_000)
    );
    assert_eq!(job.last_error.as_deref(), Some("HTTP 500"));
    Ok(())
}

#[test]
fn a_spooled_image_is_uploaded_not_generated_again() -> TestResult {
    let (_dir, path, store) = temp_store()?;
    store.record_scan(10, &hash(10), &[new_job(1, 10)])?;
    store.start_generating(1)?;
    store.record_provider_task(1, "task-42")?;
    store.image_spooled(1, &spooled(1))?;
    drop(store);
    let store = JobStore::open(&path)?;
    let report = store.recover_after_restart()?;
    assert_eq!((report.generating_requeued, report.image_spooled), (0, 1));
    assert!(store.due_for_generation(u64::MAX >> 2, 10)?.is_empty());
    let job = store.get(1)?.ok_or("job missing")?;
    assert_eq!(job.state, JobState::ImageSpooled);
    assert_eq!(job.spool_path.as_deref(), Some("/spool/1.png"));
    assert_eq!(
        job.provider_task, None,
        "the task is done once its image is spooled"
    );
    store.image_stored(1, &image(1))?;
    let job = store.get(1)?.ok_or("job missing")?;
    assert_eq!((job.state, job.spool_path), (JobState::ImageStored, None));
    assert_eq!(job.image_uri, Some(image(1).uri));
    Ok(())
}

#[test]
fn recovery_requeues_generating_and_keeps_everything_else() -> TestResult {
    let (_dir, _path, store) = temp_store()?;
    let jobs: Vec<NewJob> = (1..=7).map(|t| new_job(t, 10)).collect();
    store.record_scan(10, &hash(10), &jobs)?;
    drive_to(&store, 2, JobState::Generating)?;
    drive_to(&store, 3, JobState::Generating)?;
    drive_to(&store, 4, JobState::ImageStored)?;
    drive_to(&store, 5, JobState::MetadataStored)?;
    drive_to(&store, 6, JobState::Submitted)?;
    drive_to(&store, 7, JobState::ImageSpooled)?;
    let report = store.recover_after_restart()?;
    assert_eq!(
        report,
        RecoveryReport {
            generating_requeued: 2,
            seen: 3,
            image_spooled: 1,
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
    submit(&store, &[1], 0xf1, 9)?;
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
    record_submission_in(&tx, &[1], 11, &version(0xf1))?;
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
            return Err(format!("child exited early ({status}); rerun it with: {rerun}").into());
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
    let integrity: String = store
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

/// Every listing the public can ask for runs on an index: no full-table scan, no sort.
#[test]
fn every_listing_query_uses_an_index() -> TestResult {
    let (_dir, _path, store) = temp_store()?;
    let conn = store.lock();
    for (by_requester, by_state) in [(false, false), (true, false), (false, true), (true, true)] {
        let sql = super::gallery::listing_sql(by_requester, by_state);
        let parameters = usize::from(by_requester) + usize::from(by_state) + 2;
        let mut plan = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}"))?;
        let nulls = vec![rusqlite::types::Value::Null; parameters];
        let steps: Vec<String> = plan
            .query_map(rusqlite::params_from_iter(nulls), |row| {
                row.get::<_, String>(3)
            })?
            .collect::<Result<_, _>>()?;
        let text = steps.join(" | ");
        assert!(
            steps.iter().all(|step| step.starts_with("SEARCH")) && !text.contains("TEMP B-TREE"),
            "{sql}: {text}"
        );
        // A filter walks its own index, not the whole primary key range.
        let filtered = by_requester || by_state;
        assert_eq!(filtered, text.contains("INDEX jobs_by_"), "{sql}: {text}");
    }
    Ok(())
}

/// Public reads use their own connection: a writer holding the store (a long transition, a
/// checkpoint) does not make the gallery wait, nor the other way round.
#[test]
fn public_reads_do_not_wait_for_the_writer() -> TestResult {
    let (_dir, _path, store) = temp_store()?;
    store.record_scan(10, &hash(10), &[new_job(7, 10)])?;
    let store = std::sync::Arc::new(store);
    let (held, release) = (std::sync::mpsc::channel(), std::sync::mpsc::channel::<()>());
    let writer = {
        let store = std::sync::Arc::clone(&store);
        std::thread::spawn(move || {
            let _conn = store.lock();
            held.0.send(()).ok();
            release
                .1
                .recv_timeout(std::time::Duration::from_secs(30))
                .ok();
        })
    };
    held.1.recv_timeout(std::time::Duration::from_secs(5))?;
    let (done_tx, done_rx) = std::sync::mpsc::channel();
    let reader = {
        let store = std::sync::Arc::clone(&store);
        std::thread::spawn(move || {
            let listed = store
                .recent_jobs(None, None, None, 10)
                .map(|jobs| jobs.len());
            let one = store.read_public(7).map(|job| job.map(|job| job.token_id));
            done_tx.send((listed.ok(), one.ok())).ok();
        })
    };
    let answered = done_rx.recv_timeout(std::time::Duration::from_secs(5));
    release.0.send(())?;
    writer.join().map_err(|_| "writer panicked")?;
    reader.join().map_err(|_| "reader panicked")?;
    assert_eq!(answered?, (Some(1), Some(Some(7))));
    Ok(())
}

#[test]
fn refund_candidates_are_given_up_tokens_past_their_deadline_refunded_once() -> TestResult {
    let (_dir, _path, store) = temp_store()?;
    // Deadlines 1_700_000_001 .. 1_700_000_004 (new_job: 1_700_000_000 + token id).
    store.record_scan(
        10,
        &hash(10),
        &(1..=4).map(|id| new_job(id, 10)).collect::<Vec<_>>(),
    )?;
    for id in [1, 2, 4] {
        store.give_up(id, "the provider refused the prompt")?;
    }
    let now = 1_700_000_003; // past 1 and 2, not 4; 3 is not given up
    let first = store.next_refund_candidate(now, 0)?.ok_or("a candidate")?;
    assert_eq!(first.token_id, 1);
    assert_eq!(
        store.next_refund_candidate(now, 1)?.map(|j| j.token_id),
        Some(2)
    );
    assert_eq!(
        store.next_refund_candidate(now, 2)?,
        None,
        "4 is not due, 3 not given up"
    );

    store.refund_signed(1, 9, &hash(0xaa), &[1, 2])?;
    let open = store.open_refund()?.ok_or("open refund")?;
    assert_eq!((open.token_id, open.nonce), (1, 9));
    assert_eq!(
        store.next_refund_candidate(now, 0)?.map(|j| j.token_id),
        Some(2),
        "1 is sent"
    );
    store.refund_mined(1, &hash(0xaa))?;
    assert_eq!(store.open_refund()?, None);
    let job = store.get(1)?.ok_or("job 1")?;
    assert_eq!(
        (job.state, job.skip_cause),
        (JobState::Skipped, Some(SkipCause::Refunded))
    );
    assert!(job.reason.is_some_and(|r| r.contains(&hash(0xaa))));

    store.refund_not_needed(2, SkipCause::Refunded, "refunded by its holder")?;
    assert_eq!(store.next_refund_candidate(now, 0)?, None);
    assert_eq!(state_of(&store, 2)?, JobState::Skipped);
    Ok(())
}
