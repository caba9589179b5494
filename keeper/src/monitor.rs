//! The queue figures of `/metrics` that come from the job database, refreshed on each scrape:
//! skipped tokens by cause, the time of the last delivery, the nearest deadline of a pending token
//! and how long the oldest pending token has waited.

use crate::jobs::{JobStore, QueueStats, SkipCause, StoreError};
use crate::metrics::{CauseLabel, Metrics};

/// Sets the queue gauges from the job database, where each request's first sighting is recorded,
/// so ages and deadlines are exact across restarts.
#[derive(Default)]
pub struct QueueWatch;

impl QueueWatch {
    /// Reads the store and sets the queue gauges as of `now` (unix seconds).
    pub fn refresh(&self, store: &JobStore, metrics: &Metrics, now: u64) -> Result<(), StoreError> {
        let stats = store.queue_stats()?;
        self.apply(&stats, metrics, now);
        Ok(())
    }

    fn apply(&self, stats: &QueueStats, metrics: &Metrics, now: u64) {
        let oldest_since = stats.open.iter().map(|job| job.seen_at).min();
        metrics.oldest_pending_age_seconds.set(gauge_value(
            oldest_since.map_or(0, |since| now.saturating_sub(since)),
        ));
        let next_deadline = stats.open.iter().map(|job| job.deadline).min();
        metrics
            .next_deadline_seconds
            .set(next_deadline.map_or(0, |deadline| {
                gauge_value(deadline).saturating_sub(gauge_value(now))
            }));
        metrics.queue_depth.set(gauge_value(
            u64::try_from(stats.open.len()).unwrap_or(u64::MAX),
        ));
        metrics
            .last_delivery_timestamp_seconds
            .set(gauge_value(stats.last_delivered_at.unwrap_or(0)));
        for (cause, count) in &stats.skipped {
            metrics
                .tokens_skipped
                .get_or_create(&cause_label(*cause))
                .set(gauge_value(*count));
        }
    }
}

fn cause_label(cause: SkipCause) -> CauseLabel {
    CauseLabel {
        cause: cause.as_str(),
    }
}

/// Gauges hold i64; counts and unix times fit by far.
fn gauge_value(value: u64) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jobs::OpenJob;

    fn stats(open: &[(u64, u64, u64)]) -> QueueStats {
        QueueStats {
            open: open
                .iter()
                .map(|&(token_id, deadline, seen_at)| OpenJob {
                    token_id,
                    deadline,
                    seen_at,
                })
                .collect(),
            skipped: vec![(SkipCause::PredatesAgent, 2), (SkipCause::Refunded, 0)],
            last_delivered_at: Some(1_000),
        }
    }

    fn rendered(metrics: &Metrics, name: &str) -> String {
        let text = metrics.render();
        text.lines()
            .find(|line| line.starts_with(name))
            .unwrap_or_else(|| panic!("{name} missing in\n{text}"))
            .to_owned()
    }

    #[test]
    fn ages_count_from_first_sight_and_deadlines_from_now() {
        let watch = QueueWatch;
        let metrics = Metrics::new();
        watch.apply(&stats(&[(7, 2_000, 1_100)]), &metrics, 1_100);
        watch.apply(
            &stats(&[(7, 2_000, 1_100), (8, 1_500, 1_160)]),
            &metrics,
            1_160,
        );
        assert_eq!(
            rendered(&metrics, "genim_oldest_pending_age_seconds"),
            "genim_oldest_pending_age_seconds 60"
        );
        assert_eq!(
            rendered(&metrics, "genim_next_deadline_seconds"),
            "genim_next_deadline_seconds 340"
        );
        assert_eq!(
            rendered(&metrics, "genim_queue_depth"),
            "genim_queue_depth 2"
        );
        assert_eq!(
            rendered(&metrics, "genim_last_delivery_timestamp_seconds"),
            "genim_last_delivery_timestamp_seconds 1000"
        );
        assert_eq!(
            rendered(&metrics, "genim_tokens_skipped{cause=\"predates_agent\"}"),
            "genim_tokens_skipped{cause=\"predates_agent\"} 2"
        );
        // Token 7 delivered: the oldest is now 8, seen at 1,160; a passed deadline is negative.
        watch.apply(&stats(&[(8, 1_500, 1_160)]), &metrics, 1_600);
        assert_eq!(
            rendered(&metrics, "genim_oldest_pending_age_seconds"),
            "genim_oldest_pending_age_seconds 440"
        );
        assert_eq!(
            rendered(&metrics, "genim_next_deadline_seconds"),
            "genim_next_deadline_seconds -100"
        );
        watch.apply(&stats(&[]), &metrics, 1_700);
        assert_eq!(
            rendered(&metrics, "genim_oldest_pending_age_seconds"),
            "genim_oldest_pending_age_seconds 0"
        );
    }
}
