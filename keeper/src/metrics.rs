//! Prometheus metrics, served as text at `GET /metrics` on the admin listener. Every series exists
//! from the start (labelled ones at zero for each label value), so dashboards and alert rules see
//! a series before its first event.

use std::sync::atomic::AtomicU64;

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::encoding::text::encode;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

use crate::jobs::SkipCause;

/// Every metric the keeper exports. Cheap to clone: the metric handles share their values.
#[derive(Clone)]
pub struct Metrics {
    pub tokens_seen: Counter,
    pub tokens_delivered: Counter,
    pub tokens_failed: Counter,
    pub queue_depth: Gauge,
    pub last_block: Gauge,
    pub image_latency: Histogram,
    pub image_api_calls: Counter,
    pub rpc_requests: Counter,
    pub transactions_sent: Counter,
    /// 1 while a keeper-wide stage is paused (`stage` label).
    pub stage_paused: Family<StageLabel, Gauge>,
    /// Give-ups by reason (`reason` label), the same tokens as `tokens_failed`.
    pub tokens_given_up: Family<ReasonLabel, Counter>,
    /// Transactions from the agent's address this keeper did not send.
    pub foreign_transactions: Counter,
    /// Given-up tokens this keeper refunded to their holders (`jobs.auto_refund`).
    pub tokens_refunded_by_keeper: Counter,
    /// USDC mints accepted for relaying, refused or failed by reason, and the gas they cost.
    pub relays_accepted: Counter,
    pub relays_refused: Family<RelayReasonLabel, Counter>,
    pub relay_gas_wei: Counter<f64, AtomicU64>,
    /// Wei amounts exceed i64, so money metrics are floats (exact up to 2^53 wei per sample,
    /// which is plenty for dashboards; the chain is the ledger).
    pub agent_balance_wei: Gauge<f64, AtomicU64>,
    pub gas_spent_wei: Counter<f64, AtomicU64>,
    /// ETH escrow earned, in wei.
    pub escrow_earned_wei: Counter<f64, AtomicU64>,
    /// USDC escrow earned, in dollars.
    pub escrow_earned_usdc: Counter<f64, AtomicU64>,
    /// All escrow earned valued in wei (USDC at the ETH/USD rate of its delivery), to compare
    /// with the gas spent.
    pub escrow_earned_value_wei: Counter<f64, AtomicU64>,
    pub oldest_inflight_tx_age_seconds: Gauge,
    /// Latest block number the node reported (beside `last_block`, the last one scanned).
    pub chain_head: Gauge,
    /// The wallet floor (`health.min_agent_balance_eth`), so an alert can compare before the
    /// wallet stage pauses.
    pub agent_balance_floor_wei: Gauge<f64, AtomicU64>,
    /// The following are read from the job database on each scrape (see `monitor.rs`).
    pub tokens_skipped: Family<CauseLabel, Gauge>,
    pub last_delivery_timestamp_seconds: Gauge,
    pub oldest_pending_age_seconds: Gauge,
    pub next_deadline_seconds: Gauge,
    registry: std::sync::Arc<Registry>,
}

/// The `stage` label of [`Metrics::stage_paused`].
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct StageLabel {
    pub stage: &'static str,
}

/// The `reason` label of [`Metrics::tokens_given_up`].
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct ReasonLabel {
    pub reason: &'static str,
}

/// The `reason` label of [`Metrics::relays_refused`]: a relay API error code (a fixed set).
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct RelayReasonLabel {
    pub reason: String,
}

/// The `cause` label of [`Metrics::tokens_skipped`].
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct CauseLabel {
    pub cause: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct BuildLabel {
    version: &'static str,
    git: &'static str,
}

/// Why the keeper gave a token up: the `reason` label of `genim_tokens_given_up_total`, all
/// enumerated here so each series exists from the start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GiveUpReason {
    /// No image, or no delivery, in time for the deadline.
    Deadline,
    /// The provider refuses this prompt for good.
    ImageRefused,
    /// The paid image's spool file vanished or was damaged.
    SpoolLost,
    /// The recorded job cannot be delivered (a damaged record).
    InvalidRecord,
    /// The prompt's bytes on chain are not UTF-8: given up before paying for an image.
    PromptNotUtf8,
}

impl GiveUpReason {
    pub const ALL: [GiveUpReason; 5] = [
        GiveUpReason::Deadline,
        GiveUpReason::ImageRefused,
        GiveUpReason::SpoolLost,
        GiveUpReason::InvalidRecord,
        GiveUpReason::PromptNotUtf8,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            GiveUpReason::Deadline => "deadline",
            GiveUpReason::ImageRefused => "image_refused",
            GiveUpReason::SpoolLost => "spool_lost",
            GiveUpReason::InvalidRecord => "invalid_record",
            GiveUpReason::PromptNotUtf8 => "prompt_not_utf8",
        }
    }
}

impl std::fmt::Display for GiveUpReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Set at build time by `GENIM_GIT_COMMIT` (tools or CI); "unknown" otherwise.
const GIT_COMMIT: &str = match option_env!("GENIM_GIT_COMMIT") {
    Some(commit) => commit,
    None => "unknown",
};

impl Metrics {
    pub fn new() -> Self {
        let mut registry = Registry::with_prefix("genim");
        let tokens_seen = Counter::default();
        let tokens_delivered = Counter::default();
        let tokens_failed = Counter::default();
        let queue_depth = Gauge::default();
        let last_block = Gauge::default();
        // 50 ms .. ~100 s: procedural images take milliseconds, hosted models tens of seconds.
        let image_latency = Histogram::new(exponential_buckets(0.05, 2.0, 12));
        let image_api_calls = Counter::default();
        let rpc_requests = Counter::default();
        let transactions_sent = Counter::default();
        let stage_paused = Family::<StageLabel, Gauge>::default();
        let tokens_given_up = Family::<ReasonLabel, Counter>::default();
        let agent_balance_wei = Gauge::<f64, AtomicU64>::default();
        let foreign_transactions = Counter::default();
        let tokens_refunded_by_keeper = Counter::default();
        let relays_accepted = Counter::default();
        let relays_refused = Family::<RelayReasonLabel, Counter>::default();
        let relay_gas_wei = Counter::<f64, AtomicU64>::default();
        let gas_spent_wei = Counter::<f64, AtomicU64>::default();
        let escrow_earned_wei = Counter::<f64, AtomicU64>::default();
        let escrow_earned_usdc = Counter::<f64, AtomicU64>::default();
        let escrow_earned_value_wei = Counter::<f64, AtomicU64>::default();
        let oldest_inflight_tx_age_seconds = Gauge::default();
        let chain_head = Gauge::default();
        let agent_balance_floor_wei = Gauge::<f64, AtomicU64>::default();
        let tokens_skipped = Family::<CauseLabel, Gauge>::default();
        let last_delivery_timestamp_seconds = Gauge::default();
        let oldest_pending_age_seconds = Gauge::default();
        let next_deadline_seconds = Gauge::default();
        let build_info = Family::<BuildLabel, Gauge>::default();
        build_info
            .get_or_create(&BuildLabel {
                version: env!("CARGO_PKG_VERSION"),
                git: GIT_COMMIT,
            })
            .set(1);
        for reason in GiveUpReason::ALL {
            tokens_given_up
                .get_or_create(&ReasonLabel {
                    reason: reason.as_str(),
                })
                .inc_by(0);
        }
        for cause in SkipCause::ALL {
            tokens_skipped
                .get_or_create(&CauseLabel {
                    cause: cause.as_str(),
                })
                .set(0);
        }
        registry.register(
            "build_info",
            "The keeper's version and git commit (value 1)",
            build_info,
        );
        registry.register(
            "chain_head",
            "Latest block number the node reported",
            chain_head.clone(),
        );
        registry.register(
            "agent_balance_floor_wei",
            "The agent balance below which the keeper is not ready (health.min_agent_balance_eth)",
            agent_balance_floor_wei.clone(),
        );
        registry.register(
            "tokens_skipped",
            "Tokens skipped, by cause: not deliverable by this agent (fulfilled by another, \
             refunded, reorged away, minted before the agent was authorized)",
            tokens_skipped.clone(),
        );
        registry.register(
            "last_delivery_timestamp_seconds",
            "Unix time of the last delivered token (0 before the first)",
            last_delivery_timestamp_seconds.clone(),
        );
        registry.register(
            "oldest_pending_age_seconds",
            "How long the oldest pending token has been waiting, seen by this process (0 when none)",
            oldest_pending_age_seconds.clone(),
        );
        registry.register(
            "next_deadline_seconds",
            "Seconds left before the nearest deadline of a pending token (negative once passed; \
             0 when none is pending: read with genim_queue_depth)",
            next_deadline_seconds.clone(),
        );
        registry.register(
            "stage_paused",
            "1 while a keeper-wide stage is paused (images, storage, rpc, wallet, fees, deliveries)",
            stage_paused.clone(),
        );
        registry.register(
            "tokens_given_up",
            "Tokens given up, by reason",
            tokens_given_up.clone(),
        );
        registry.register(
            "agent_balance_wei",
            "The agent wallet's balance",
            agent_balance_wei.clone(),
        );
        registry.register(
            "relays_accepted",
            "USDC mints accepted for relaying (POST /api/mint-with-authorization)",
            relays_accepted.clone(),
        );
        registry.register(
            "relays_refused",
            "USDC mints refused before sending, or failed after, by reason (the relay API's code)",
            relays_refused.clone(),
        );
        registry.register(
            "relay_gas_wei",
            "Gas the relayer fronted for USDC mints",
            relay_gas_wei.clone(),
        );
        registry.register(
            "tokens_refunded_by_keeper",
            "Given-up tokens this keeper refunded to their holders after the deadline",
            tokens_refunded_by_keeper.clone(),
        );
        registry.register(
            "foreign_transactions",
            "Transactions from the agent's address this keeper did not send (its key is used elsewhere)",
            foreign_transactions.clone(),
        );
        registry.register(
            "gas_spent_wei",
            "Gas paid by the agent for fulfil transactions",
            gas_spent_wei.clone(),
        );
        registry.register(
            "escrow_earned_wei",
            "ETH escrow paid to the agent by delivered tokens",
            escrow_earned_wei.clone(),
        );
        registry.register(
            "escrow_earned_usdc",
            "USDC escrow paid to the agent by delivered tokens, in dollars",
            escrow_earned_usdc.clone(),
        );
        registry.register(
            "escrow_earned_value_wei",
            "All escrow paid to the agent, valued in wei (USDC at the ETH/USD rate when delivered)",
            escrow_earned_value_wei.clone(),
        );
        registry.register(
            "oldest_inflight_tx_age_seconds",
            "Age of the oldest fulfil transaction not yet settled (0 when none)",
            oldest_inflight_tx_age_seconds.clone(),
        );
        registry.register(
            "tokens_seen",
            "Paid image requests found on chain",
            tokens_seen.clone(),
        );
        registry.register(
            "tokens_delivered",
            "Tokens delivered by this keeper",
            tokens_delivered.clone(),
        );
        registry.register(
            "tokens_failed",
            "Tokens this keeper gave up on (the holder can refund)",
            tokens_failed.clone(),
        );
        registry.register(
            "queue_depth",
            "Jobs not yet delivered, given up or skipped",
            queue_depth.clone(),
        );
        registry.register(
            "last_block",
            "Last block scanned for requests",
            last_block.clone(),
        );
        registry.register(
            "image_latency_seconds",
            "Time to generate one image, retries included",
            image_latency.clone(),
        );
        registry.register(
            "image_api_calls",
            "Image generations started (each attempt counts)",
            image_api_calls.clone(),
        );
        registry.register(
            "rpc_requests",
            "JSON-RPC calls sent to the node",
            rpc_requests.clone(),
        );
        registry.register(
            "transactions_sent",
            "Fulfil transactions broadcast (replacements included)",
            transactions_sent.clone(),
        );
        Self {
            tokens_seen,
            tokens_delivered,
            tokens_failed,
            queue_depth,
            last_block,
            image_latency,
            image_api_calls,
            rpc_requests,
            transactions_sent,
            stage_paused,
            tokens_given_up,
            foreign_transactions,
            tokens_refunded_by_keeper,
            relays_accepted,
            relays_refused,
            relay_gas_wei,
            agent_balance_wei,
            gas_spent_wei,
            escrow_earned_wei,
            escrow_earned_usdc,
            escrow_earned_value_wei,
            oldest_inflight_tx_age_seconds,
            chain_head,
            agent_balance_floor_wei,
            tokens_skipped,
            last_delivery_timestamp_seconds,
            oldest_pending_age_seconds,
            next_deadline_seconds,
            registry: std::sync::Arc::new(registry),
        }
    }

    /// Counts a give-up in the total and under its reason.
    pub fn given_up(&self, reason: GiveUpReason) {
        self.tokens_failed.inc();
        self.tokens_given_up
            .get_or_create(&ReasonLabel {
                reason: reason.as_str(),
            })
            .inc();
    }

    /// The Prometheus text exposition of all metrics.
    pub fn render(&self) -> String {
        let mut out = String::new();
        // Writing into a String cannot fail.
        let _ = encode(&mut out, &self.registry);
        out
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_the_documented_names() {
        let metrics = Metrics::new();
        metrics.tokens_delivered.inc_by(3);
        metrics.last_block.set(42);
        metrics.image_latency.observe(0.2);
        let text = metrics.render();
        for name in [
            "genim_tokens_seen_total 0",
            "genim_tokens_delivered_total 3",
            "genim_tokens_failed_total",
            "genim_queue_depth",
            "genim_last_block 42",
            "genim_image_latency_seconds_count 1",
            "genim_image_api_calls_total",
            "genim_rpc_requests_total",
            "genim_transactions_sent_total",
        ] {
            assert!(text.contains(name), "missing {name} in\n{text}");
        }
    }

    #[test]
    fn every_reason_cause_and_build_series_is_there_from_the_start() {
        let text = Metrics::new().render();
        for reason in GiveUpReason::ALL {
            let line = format!("genim_tokens_given_up_total{{reason=\"{reason}\"}} 0");
            assert!(text.contains(&line), "missing {line} in\n{text}");
        }
        for cause in SkipCause::ALL {
            let line = format!("genim_tokens_skipped{{cause=\"{}\"}} 0", cause.as_str());
            assert!(text.contains(&line), "missing {line} in\n{text}");
        }
        let build = format!(
            "genim_build_info{{version=\"{}\",git=\"{GIT_COMMIT}\"}} 1",
            env!("CARGO_PKG_VERSION")
        );
        assert!(text.contains(&build), "missing {build} in\n{text}");
        for name in [
            "genim_chain_head 0",
            "genim_agent_balance_floor_wei 0",
            "genim_last_delivery_timestamp_seconds 0",
            "genim_oldest_pending_age_seconds 0",
            "genim_next_deadline_seconds 0",
        ] {
            assert!(text.contains(name), "missing {name} in\n{text}");
        }
    }
}
