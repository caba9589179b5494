//! Liveness and keeper-wide alerts.
//!
//! Some failures are not about one token but about the keeper: the image provider refuses our key
//! or wants to be paid, storage is unreachable, the node is down, the wallet cannot pay for gas,
//! fees are above what the operator allows, or the contract's metadata base URI no longer matches
//! where we publish. Each pauses one [`Stage`] for every token (instead of burning every token's
//! retries or giving them up), raises the alert once per change — in `/health`, the
//! `genim_stage_paused` metric and one log line — and clears by itself when the stage's probe
//! succeeds. `/health` also turns unhealthy when the scanner stops making progress, the submitter
//! fails round after round, or the agent's balance is below the configured floor.

use std::collections::BTreeMap;
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use alloy::primitives::U256;
use serde::Serialize;

use crate::chain::units::wei_as_f64;
use crate::metrics::{Metrics, StageLabel};

/// A part of the keeper that a keeper-wide failure can pause.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// The image provider refuses the key, or wants to be paid (401/402/403).
    Images,
    /// Storage (or the local spool) cannot be written.
    Storage,
    /// The node does not answer.
    Rpc,
    /// The agent cannot pay for gas.
    Wallet,
    /// Gas costs more than the configured cap or share of the escrow.
    Fees,
    /// The agent is not authorized on the contract: deliveries would revert.
    Deliveries,
    /// The contract's metadata base URI no longer points where this keeper publishes: delivered
    /// tokens would not resolve.
    BaseUri,
    /// The relayer cannot pay for, or should not front, the gas of USDC mints (deliveries go on).
    Relays,
}

impl Stage {
    pub const fn as_str(self) -> &'static str {
        match self {
            Stage::Images => "images",
            Stage::Storage => "storage",
            Stage::Rpc => "rpc",
            Stage::Wallet => "wallet",
            Stage::Fees => "fees",
            Stage::Deliveries => "deliveries",
            Stage::BaseUri => "base_uri",
            Stage::Relays => "relays",
        }
    }

    /// Stages that stop deliveries, and so new images too (they could not be delivered, or not
    /// without losing money while fees are too high for the escrow).
    pub const fn blocks_delivery(self) -> bool {
        matches!(
            self,
            Stage::Wallet | Stage::Deliveries | Stage::BaseUri | Stage::Fees
        )
    }
}

/// A loop of the keeper whose turning `/live` watches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Loop {
    /// The chain scan (collect).
    Scanner,
    /// Images and metadata (produce).
    Pipeline,
    /// Fulfil transactions (deliver).
    Submitter,
}

impl Loop {
    pub const ALL: [Loop; 3] = [Loop::Scanner, Loop::Pipeline, Loop::Submitter];

    pub const fn as_str(self) -> &'static str {
        match self {
            Loop::Scanner => "scanner",
            Loop::Pipeline => "pipeline",
            Loop::Submitter => "submitter",
        }
    }
}

/// What `/live` answers: whether the process should be restarted. Outages make a loop back off,
/// not stop, so only a loop that has not turned at all for the threshold counts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LiveReport {
    pub live: bool,
    /// The wedged loops, with how long since each last turned.
    pub wedged: Vec<String>,
}

/// When `/health` turns unhealthy.
#[derive(Debug, Clone, PartialEq)]
pub struct HealthThresholds {
    /// The scanner has not completed a round for this long (N polls).
    pub scanner_stall_after: Duration,
    /// The submitter failed this many rounds in a row.
    pub submit_failure_rounds: u32,
    /// The agent's balance is below this (wei).
    pub min_agent_balance: U256,
    /// `/live` fails when a loop has not turned for this long.
    pub loop_wedged_after: Duration,
}

/// How long `/health` reports transactions from the agent's key that this keeper did not send.
pub const FOREIGN_TRANSACTIONS_NOTICE: Duration = Duration::from_secs(15 * 60);

/// What `/health` answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HealthReport {
    pub healthy: bool,
    pub reasons: Vec<String>,
    pub paused_stages: Vec<Stage>,
}

#[derive(Debug)]
struct Pause {
    reason: String,
    since: Instant,
}

#[derive(Debug)]
struct State {
    paused: BTreeMap<Stage, Pause>,
    scanner_last_round: Instant,
    submit_failures: u32,
    submit_last_error: Option<String>,
    agent_balance: Option<U256>,
    /// When each [`Loop`] last turned, indexed like [`Loop::ALL`].
    loop_turns: [Instant; Loop::ALL.len()],
    /// The last time the agent's nonce moved without this keeper, and what was seen.
    foreign_transactions: Option<(Instant, String)>,
}

/// Shared by every task of the keeper; cheap to lock (a few fields, no I/O under the lock).
pub struct Health {
    state: Mutex<State>,
    thresholds: HealthThresholds,
    metrics: Metrics,
}

impl Health {
    pub fn new(thresholds: HealthThresholds, metrics: Metrics) -> Self {
        for stage in [
            Stage::Images,
            Stage::Storage,
            Stage::Rpc,
            Stage::Wallet,
            Stage::Fees,
            Stage::Deliveries,
            Stage::BaseUri,
            Stage::Relays,
        ] {
            // Export every stage at 0, so dashboards see the series before the first alert.
            metrics.stage_paused.get_or_create(&label(stage)).set(0);
        }
        // An alert compares the polled balance with this before the wallet stage pauses.
        metrics
            .agent_balance_floor_wei
            .set(wei_as_f64(thresholds.min_agent_balance));
        let now = Instant::now();
        Self {
            state: Mutex::new(State {
                paused: BTreeMap::new(),
                scanner_last_round: now,
                submit_failures: 0,
                submit_last_error: None,
                agent_balance: None,
                loop_turns: [now; Loop::ALL.len()],
                foreign_transactions: None,
            }),
            thresholds,
            metrics,
        }
    }

    /// Another process signs with the agent's key (a second keeper on another database, a wallet):
    /// its transactions take this keeper's nonces, so fulfils collide and images may be made and
    /// paid twice. Logged as an error, counted, and a `/health` reason for
    /// [`FOREIGN_TRANSACTIONS_NOTICE`].
    pub fn foreign_transactions(&self, count: u64, detail: &str) {
        let reason = format!(
            "{count} transaction(s) from the agent's address were not sent by this keeper ({detail}): \
             another keeper or wallet is signing with its key; give each keeper its own key and \
             move funds with `genim sweep`"
        );
        tracing::error!(count, detail, "the agent's key is used by another process");
        self.metrics.foreign_transactions.inc_by(count);
        self.lock().foreign_transactions = Some((Instant::now(), reason));
    }

    /// Pauses `stage` (or updates its reason). Logs and sets the metric only when the stage was not
    /// paused before, so a failing probe does not flood the log.
    pub fn pause(&self, stage: Stage, reason: &str) {
        // Reasons quote upstream errors, which may carry credentials (an S3 error body names the
        // access key): what is kept and shown is scrubbed.
        let reason = &*crate::redact::scrub(reason);
        let mut state = self.lock();
        if let Some(pause) = state.paused.get_mut(&stage) {
            pause.reason = reason.to_owned();
            return;
        }
        state.paused.insert(
            stage,
            Pause {
                reason: reason.to_owned(),
                since: Instant::now(),
            },
        );
        drop(state);
        self.metrics
            .stage_paused
            .get_or_create(&label(stage))
            .set(1);
        tracing::error!(
            stage = stage.as_str(),
            reason,
            "stage paused for every token"
        );
    }

    /// Resumes `stage` if it was paused; logs once.
    pub fn resume(&self, stage: Stage) {
        let Some(pause) = self.lock().paused.remove(&stage) else {
            return;
        };
        self.metrics
            .stage_paused
            .get_or_create(&label(stage))
            .set(0);
        tracing::warn!(
            stage = stage.as_str(),
            paused_secs = pause.since.elapsed().as_secs(),
            "stage resumed"
        );
    }

    /// Whether anything stops deliveries now (see [`Stage::blocks_delivery`]).
    pub fn deliveries_blocked(&self) -> bool {
        self.lock()
            .paused
            .keys()
            .any(|stage| stage.blocks_delivery())
    }

    /// Why `stage` is paused, if it is.
    pub fn paused(&self, stage: Stage) -> Option<String> {
        self.lock()
            .paused
            .get(&stage)
            .map(|pause| pause.reason.clone())
    }

    /// The scanner finished a round (caught up or advanced); an idle chain is not a stall.
    pub fn scanner_round_done(&self) {
        self.lock().scanner_last_round = Instant::now();
    }

    /// The submitter finished a round without error.
    pub fn submit_round_ok(&self) {
        let mut state = self.lock();
        state.submit_failures = 0;
        state.submit_last_error = None;
    }

    /// The submitter failed a round; returns how many in a row.
    pub fn submit_round_failed(&self, error: &str) -> u32 {
        let mut state = self.lock();
        state.submit_failures += 1;
        state.submit_last_error = Some(error.to_owned());
        state.submit_failures
    }

    /// `which` went round once (whatever the round's outcome); see [`Health::liveness`].
    pub fn loop_turned(&self, which: Loop) {
        self.lock().loop_turns[which as usize] = Instant::now();
    }

    /// Live unless a loop has not turned for `loop_wedged_after`. Paused stages, an RPC outage
    /// or a low balance do not count: restarting the process would not fix them.
    pub fn liveness(&self) -> LiveReport {
        let state = self.lock();
        let wedged: Vec<String> = Loop::ALL
            .iter()
            .zip(state.loop_turns)
            .filter(|(_, turned)| turned.elapsed() >= self.thresholds.loop_wedged_after)
            .map(|(which, turned)| {
                format!(
                    "{} loop has not turned for {} s",
                    which.as_str(),
                    turned.elapsed().as_secs()
                )
            })
            .collect();
        LiveReport {
            live: wedged.is_empty(),
            wedged,
        }
    }

    pub fn set_agent_balance(&self, balance: U256) {
        self.lock().agent_balance = Some(balance);
        self.metrics.agent_balance_wei.set(wei_as_f64(balance));
    }

    /// Healthy unless a stage is paused, the scanner stalls, the submitter keeps failing or the
    /// balance is below the floor; the reasons say which, in words an operator can act on.
    pub fn report(&self) -> HealthReport {
        let state = self.lock();
        let mut reasons = Vec::new();
        for (stage, pause) in &state.paused {
            reasons.push(format!(
                "{} paused for {} s: {}",
                stage.as_str(),
                pause.since.elapsed().as_secs(),
                pause.reason
            ));
        }
        let idle = state.scanner_last_round.elapsed();
        if idle >= self.thresholds.scanner_stall_after {
            reasons.push(format!(
                "scanner has not completed a round for {} s",
                idle.as_secs()
            ));
        }
        if state.submit_failures >= self.thresholds.submit_failure_rounds {
            reasons.push(format!(
                "submitter failed {} rounds in a row: {}",
                state.submit_failures,
                state.submit_last_error.as_deref().unwrap_or("")
            ));
        }
        if let Some((at, reason)) = &state.foreign_transactions
            && at.elapsed() < FOREIGN_TRANSACTIONS_NOTICE
        {
            reasons.push(format!("{reason} ({} s ago)", at.elapsed().as_secs()));
        }
        if let Some(balance) = state.agent_balance
            && balance < self.thresholds.min_agent_balance
        {
            reasons.push(format!(
                "agent balance {balance} wei is below the floor {} wei",
                self.thresholds.min_agent_balance
            ));
        }
        HealthReport {
            healthy: reasons.is_empty(),
            reasons,
            paused_stages: state.paused.keys().copied().collect(),
        }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

fn label(stage: Stage) -> StageLabel {
    StageLabel {
        stage: stage.as_str(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn health(stall: Duration) -> Health {
        Health::new(
            HealthThresholds {
                scanner_stall_after: stall,
                submit_failure_rounds: 3,
                min_agent_balance: U256::from(1000),
                loop_wedged_after: Duration::from_secs(60),
            },
            Metrics::new(),
        )
    }

    #[test]
    fn a_paused_stage_is_unhealthy_until_resumed_and_sets_its_metric() {
        let health = health(Duration::from_secs(60));
        assert!(health.report().healthy);
        health.pause(Stage::Storage, "put failed: connection refused");
        health.pause(Stage::Storage, "put failed: timed out");
        let report = health.report();
        assert!(!report.healthy);
        assert_eq!(report.paused_stages, vec![Stage::Storage]);
        assert!(report.reasons[0].contains("storage paused"));
        assert!(
            report.reasons[0].contains("timed out"),
            "latest reason kept"
        );
        assert!(
            health
                .metrics
                .render()
                .contains("genim_stage_paused{stage=\"storage\"} 1")
        );
        health.resume(Stage::Storage);
        assert!(health.report().healthy);
        assert_eq!(health.paused(Stage::Storage), None);
        assert!(
            health
                .metrics
                .render()
                .contains("genim_stage_paused{stage=\"storage\"} 0")
        );
    }

    #[test]
    fn repeated_submit_failures_and_a_low_balance_are_unhealthy() {
        let health = health(Duration::from_secs(60));
        assert_eq!(health.submit_round_failed("nonce too low"), 1);
        assert_eq!(health.submit_round_failed("nonce too low"), 2);
        assert!(
            health.report().healthy,
            "two failures are below the threshold"
        );
        health.submit_round_failed("nonce too low");
        let report = health.report();
        assert!(!report.healthy);
        assert!(report.reasons[0].contains("failed 3 rounds in a row: nonce too low"));
        health.submit_round_ok();
        assert!(health.report().healthy);

        health.set_agent_balance(U256::from(999));
        assert!(health.report().reasons[0].contains("below the floor"));
        health.set_agent_balance(U256::from(1000));
        assert!(health.report().healthy);
    }

    #[test]
    fn a_scanner_without_rounds_is_a_stall() {
        let health = health(Duration::ZERO);
        assert!(health.report().reasons[0].contains("scanner has not completed a round"));
    }

    #[test]
    fn liveness_ignores_outages_and_fails_only_for_a_loop_that_stopped_turning() {
        let health = Health::new(
            HealthThresholds {
                scanner_stall_after: Duration::ZERO,
                submit_failure_rounds: 1,
                min_agent_balance: U256::from(1000),
                loop_wedged_after: Duration::from_millis(200),
            },
            Metrics::new(),
        );
        health.pause(Stage::Rpc, "connection refused");
        health.set_agent_balance(U256::ZERO);
        health.submit_round_failed("connection refused");
        assert!(!health.report().healthy, "not ready");
        assert_eq!(
            health.liveness(),
            LiveReport {
                live: true,
                wedged: vec![]
            },
            "an outage is no reason to restart"
        );
        std::thread::sleep(Duration::from_millis(250));
        health.loop_turned(Loop::Scanner);
        health.loop_turned(Loop::Submitter);
        let report = health.liveness();
        assert!(!report.live);
        assert_eq!(report.wedged.len(), 1, "{report:?}");
        assert!(report.wedged[0].starts_with("pipeline loop has not turned"));
        health.loop_turned(Loop::Pipeline);
        assert!(health.liveness().live);
    }

    #[test]
    fn the_balance_floor_is_exported_from_the_start() {
        let health = health(Duration::from_secs(60));
        assert!(
            health
                .metrics
                .render()
                .contains("genim_agent_balance_floor_wei 1000")
        );
    }
}
