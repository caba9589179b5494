//! What the monitoring reads from the store on each scrape: the open jobs (for the age of the
//! oldest and the nearest deadline), skipped jobs by cause and the time of the last delivery.
//! Read-only; from the database, so the figures survive a restart.

use rusqlite::params;

use super::JobStore;
use super::error::{StoreError, db_error};
use super::model::{JobState, SkipCause};
use super::rows::get_u64;

/// A job not yet delivered, given up or skipped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpenJob {
    pub token_id: u64,
    /// Unix seconds.
    pub deadline: u64,
    /// When the keeper first recorded the request (unix seconds; kept across restarts).
    pub seen_at: u64,
}

/// A snapshot of the queue for the metrics.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QueueStats {
    pub open: Vec<OpenJob>,
    /// Skipped jobs per cause, every cause listed (0 when none).
    pub skipped: Vec<(SkipCause, u64)>,
    /// `updated_at` of the latest delivered job (unix seconds).
    pub last_delivered_at: Option<u64>,
}

impl JobStore {
    pub fn queue_stats(&self) -> Result<QueueStats, StoreError> {
        const OP: &str = "queue_stats";
        let conn = self.lock();
        let [a, b, c] = JobState::FINAL.map(JobState::as_str);
        let open = conn
            .prepare_cached(
                "SELECT token_id, deadline, seen_at FROM jobs WHERE state NOT IN (?1, ?2, ?3)",
            )
            .and_then(|mut statement| {
                statement
                    .query_map(params![a, b, c], |row| {
                        Ok(OpenJob {
                            token_id: get_u64(row, 0)?,
                            deadline: get_u64(row, 1)?,
                            seen_at: get_u64(row, 2)?,
                        })
                    })?
                    .collect::<Result<Vec<_>, _>>()
            })
            .map_err(db_error(OP, None))?;
        let counted = conn
            .prepare_cached(
                "SELECT skip_cause, COUNT(*) FROM jobs WHERE state = ?1 GROUP BY skip_cause",
            )
            .and_then(|mut statement| {
                statement
                    .query_map(params![JobState::Skipped.as_str()], |row| {
                        Ok((row.get::<_, String>(0)?, get_u64(row, 1)?))
                    })?
                    .collect::<Result<Vec<_>, _>>()
            })
            .map_err(db_error(OP, None))?;
        let skipped = SkipCause::ALL
            .into_iter()
            .map(|cause| {
                let count = counted
                    .iter()
                    .find(|(name, _)| name == cause.as_str())
                    .map_or(0, |(_, count)| *count);
                (cause, count)
            })
            .collect();
        let last_delivered_at = conn
            .query_row(
                "SELECT MAX(updated_at) FROM jobs WHERE state = ?1",
                params![JobState::Delivered.as_str()],
                |row| row.get::<_, Option<i64>>(0),
            )
            .map_err(db_error(OP, None))?
            .and_then(|at| u64::try_from(at).ok());
        Ok(QueueStats {
            open,
            skipped,
            last_delivered_at,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jobs::{Currency, NewJob, Settlement, StoredImage, SubmissionOutcome, TxVersion};

    fn hash(n: u64) -> String {
        format!("0x{n:064x}")
    }

    fn job(token_id: u64) -> NewJob {
        NewJob {
            token_id,
            requester: format!("0x{:040x}", 0xa11ce),
            tier: 1,
            paid: "1000".to_owned(),
            currency: Currency::Eth,
            deadline: 1_700_000_000 + token_id,
            prompt: format!("a lighthouse #{token_id}"),
            block_number: 10,
            block_hash: hash(10),
            tx_hash: hash(0x7000 + token_id),
            log_index: token_id,
            unreadable_prompt: false,
        }
    }

    #[test]
    fn counts_open_skipped_by_cause_and_the_last_delivery() -> Result<(), Box<dyn std::error::Error>>
    {
        let dir = tempfile::tempdir()?;
        let store = JobStore::open(dir.path().join("jobs.sqlite"))?;
        let empty = store.queue_stats()?;
        assert!(empty.open.is_empty());
        assert_eq!(empty.last_delivered_at, None);
        assert!(empty.skipped.iter().all(|(_, count)| *count == 0));
        assert_eq!(empty.skipped.len(), SkipCause::ALL.len());

        store.record_scan(10, &hash(10), &(1..=5).map(job).collect::<Vec<_>>())?;
        store.skip(1, SkipCause::PredatesAgent, "minted before the agent")?;
        store.skip(2, SkipCause::PredatesAgent, "minted before the agent")?;
        store.give_up(3, "no time left")?;
        store.start_generating(4)?;
        store.image_stored(
            4,
            &StoredImage {
                sha256: hash(0x1111),
                uri: "https://img.example/4.png".to_owned(),
                content_type: "image/png".to_owned(),
                model: "m".to_owned(),
                size: "1024x1024".to_owned(),
                created_at: 1_700_000_500,
            },
        )?;
        store.metadata_stored(4, &hash(0x2222), "ipfs://meta")?;
        let submission = store.record_submission(
            &[4],
            0,
            &TxVersion {
                hash: hash(0xf1),
                max_fee_per_gas: 2,
                max_priority_fee_per_gas: 1,
                gas_limit: 100_000,
                raw: None,
                sent_at: 1_700_000_001,
            },
        )?;
        store.settle_submission(
            submission,
            SubmissionOutcome::Mined,
            Some(&hash(0xf1)),
            &[(
                4,
                Settlement::Delivered {
                    tx_hash: hash(0xf1),
                },
            )],
        )?;

        let stats = store.queue_stats()?;
        let open: Vec<(u64, u64)> = stats
            .open
            .iter()
            .map(|j| (j.token_id, j.deadline))
            .collect();
        assert_eq!(open, vec![(5, 1_700_000_005)]);
        assert!(
            stats.open[0].seen_at > 1_700_000_000,
            "recorded when first scanned"
        );
        let predates = stats
            .skipped
            .iter()
            .find(|(cause, _)| *cause == SkipCause::PredatesAgent);
        assert_eq!(predates, Some(&(SkipCause::PredatesAgent, 2)));
        assert_eq!(stats.skipped.iter().map(|(_, n)| n).sum::<u64>(), 2);
        assert!(stats.last_delivered_at.is_some_and(|at| at > 1_700_000_000));
        Ok(())
    }
}
