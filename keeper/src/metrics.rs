//! Prometheus metrics, served as text at `GET /metrics`.

use std::sync::atomic::AtomicU64;

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::encoding::text::encode;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

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
    /// Wei amounts exceed i64, so money metrics are floats (exact up to 2^53 wei per sample,
    /// which is plenty for dashboards; the chain is the ledger).
    pub agent_balance_wei: Gauge<f64, AtomicU64>,
    pub gas_spent_wei: Counter<f64, AtomicU64>,
    pub escrow_earned_wei: Counter<f64, AtomicU64>,
    pub oldest_inflight_tx_age_seconds: Gauge,
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
        let gas_spent_wei = Counter::<f64, AtomicU64>::default();
        let escrow_earned_wei = Counter::<f64, AtomicU64>::default();
        let oldest_inflight_tx_age_seconds = Gauge::default();
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
            "gas_spent_wei",
            "Gas paid by the agent for fulfil transactions",
            gas_spent_wei.clone(),
        );
        registry.register(
            "escrow_earned_wei",
            "Escrow paid to the agent by delivered tokens",
            escrow_earned_wei.clone(),
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
            agent_balance_wei,
            gas_spent_wei,
            escrow_earned_wei,
            oldest_inflight_tx_age_seconds,
            registry: std::sync::Arc::new(registry),
        }
    }

    /// Counts a give-up in the total and under its reason.
    pub fn given_up(&self, reason: &'static str) {
        self.tokens_failed.inc();
        self.tokens_given_up
            .get_or_create(&ReasonLabel { reason })
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
}
