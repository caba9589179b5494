//! Executor: batches ready jobs into `fulfilBatch` transactions and settles them.
//!
//! One signer, nonces assigned here, up to `max_in_flight` transactions at consecutive nonces.
//! Each transaction is signed locally and recorded in the job store — as a submission (its nonce
//! and tokens) with every version ever broadcast for it — *before* it is broadcast. So after a
//! crash at any point the keeper knows every transaction that may be on chain, and settles a
//! submission by whichever version was mined, or by the tokens' on-chain status when its nonce
//! went to something else: a delivered token never gets a second fulfil, and nothing recorded can
//! wedge later deliveries.
//!
//! A transaction without a receipt after `resend_after_secs` is replaced (same nonce, the larger of
//! a fresh fee estimate and a 25 % bump, never above `max_fee_per_gas_gwei`); once every token it
//! carries has expired it is left alone. New batches wait (the `fees` stage pauses) while gas would
//! cost more than the cap or more than `max_gas_cost_share` of the escrow they earn, and while the
//! agent cannot pay for the gas (the `wallet` stage). Shutdown never waits for a receipt: what is in
//! flight is recorded and settled on the next start.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use std::time::{Duration, Instant};

use alloy::eips::{BlockId, BlockNumberOrTag, Encodable2718};
use alloy::network::{EthereumWallet, NetworkTransactionBuilder, TransactionBuilder};
use alloy::primitives::{Address, B256, U256};
use alloy::providers::{DynProvider, Provider};
use alloy::rpc::types::{Filter, TransactionReceipt, TransactionRequest};
use alloy::sol_types::{SolCall, SolEvent};
use alloy::transports::{RpcError, TransportError};
use genimnft_bindings::gen_im_nft::GenImNFT::{
    FulfilmentSkipped, GenImNFTInstance, ImageDelivered, fulfilBatchCall,
};
use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;

use crate::backoff::backoff;
use crate::config::SubmitConfig;
use crate::health::{Health, Stage};
use crate::metrics::Metrics;
use crate::onchain::{
    self, AgentMark, OnChainError, STATUS_DELIVERED, STATUS_PENDING, STATUS_REFUNDED, Verdict,
};
use crate::rpc::{RpcFailure, failed};
use crate::store::{
    Job, JobState, JobStore, Settlement, SkipCause, StoreError, Submission, SubmissionOutcome,
    TxVersion,
};
use crate::time::unix_now;
use crate::units::{to_wei, wei_as_f64};

/// Gas estimate headroom: state can change between estimation and inclusion.
const GAS_HEADROOM_PERCENT: u64 = 20;
/// Lower bound of a fulfil's gas limit, with a wide margin over what tools/gas-bench measures
/// (fulfilBatch of 10: about 35,000 for the transaction and payout plus 10,000 per token).
/// Unused gas costs nothing.
const GAS_FLOOR_BASE: u64 = 60_000;
const GAS_FLOOR_PER_TOKEN: u64 = 20_000;
/// Fee increase for a replacement; nodes require at least 10 %.
const FEE_BUMP_PERCENT: u128 = 25;
/// Blocks of fee history behind a fee quote, and the tip percentile taken from them.
const FEE_HISTORY_BLOCKS: u64 = 5;
const TIP_PERCENTILE: f64 = 20.0;
/// The first receipt check comes this soon after a send, then backs off to the poll interval.
const FIRST_RECEIPT_POLL: Duration = Duration::from_millis(100);
/// How often the agent's balance is read for `/health` and the metric when nothing is sent.
const BALANCE_REFRESH: Duration = Duration::from_secs(60);
/// How long a used nonce may go without a receipt for any of our versions before it counts as
/// taken by another transaction. Load-balanced RPC providers answer the account nonce and the
/// receipt from different nodes, and the receipt's node can lag behind by a few blocks.
const RECEIPT_LAG_GRACE: Duration = Duration::from_secs(30);

#[derive(Debug, thiserror::Error)]
pub enum SubmitError {
    #[error(transparent)]
    Rpc(#[from] RpcFailure),
    #[error("signing the fulfil transaction: {0}")]
    Sign(String),
    #[error("gas estimate {estimate} for one token exceeds the cap {cap}")]
    GasAboveCap { estimate: u64, cap: u64 },
    #[error(
        "token {token_id}: stored metadata hash {value:?} is not one the contract accepts (32 bytes \
         of hex, upper half not zero)"
    )]
    BadHash {
        token_id: u64,
        value: Option<String>,
    },
    #[error("node refused the fulfil transaction: {0}")]
    Refused(String),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    OnChain(#[from] OnChainError),
}

/// What the next block is expected to charge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FeeQuote {
    pub next_base_fee: u128,
    pub priority_fee: u128,
}

/// Why a batch is not sent now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FeeWait {
    /// The next block's base fee plus tip is above the absolute cap.
    AboveCap { needed: u128, cap: u128 },
    /// Gas would cost more than the allowed share of the escrow the batch earns.
    Unprofitable { cost: U256, allowed: U256 },
}

impl std::fmt::Display for FeeWait {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FeeWait::AboveCap { needed, cap } => write!(
                f,
                "gas price {needed} wei is above submit.max_fee_per_gas_gwei ({cap} wei)"
            ),
            FeeWait::Unprofitable { cost, allowed } => write!(
                f,
                "delivering would cost {cost} wei in gas, more than the {allowed} wei allowed by \
                 submit.max_gas_cost_share"
            ),
        }
    }
}

/// The fees to send with (`max_fee_per_gas`, `max_priority_fee_per_gas`), or why to wait: the
/// usual headroom of twice the base fee, clamped to the cap as long as the cap still covers the
/// next block.
pub fn fees_within_cap(quote: FeeQuote, cap: u128) -> Result<(u128, u128), FeeWait> {
    let needed = quote.next_base_fee.saturating_add(quote.priority_fee);
    if needed > cap {
        return Err(FeeWait::AboveCap { needed, cap });
    }
    let wanted = quote
        .next_base_fee
        .saturating_mul(2)
        .saturating_add(quote.priority_fee);
    Ok((wanted.min(cap), quote.priority_fee))
}

/// Whether delivering earns enough: the expected gas cost (estimate × next base fee plus tip)
/// must not exceed `share` of the escrow.
pub fn check_profitable(
    gas_estimate: u64,
    quote: FeeQuote,
    escrow: U256,
    share: f64,
) -> Result<(), FeeWait> {
    let price = quote.next_base_fee.saturating_add(quote.priority_fee);
    let cost = U256::from(gas_estimate) * U256::from(price);
    // Shares are configured with a few digits; parts per million keep the math in integers.
    let allowed =
        escrow * U256::from((share * 1e6).round().max(0.0) as u128) / U256::from(1_000_000u64);
    if cost > allowed {
        return Err(FeeWait::Unprofitable { cost, allowed });
    }
    Ok(())
}

/// Fees for a replacement: at least a bump over the version it replaces (nodes insist), at least
/// the fresh estimate, never above the cap. `None` when even the minimal bump is above the cap.
pub fn replacement_fees(old: (u128, u128), fresh: (u128, u128), cap: u128) -> Option<(u128, u128)> {
    let max_fee = bump(old.0).max(fresh.0);
    let priority = bump(old.1).max(fresh.1);
    if bump(old.0) > cap {
        return None;
    }
    let max_fee = max_fee.min(cap);
    Some((max_fee, priority.min(max_fee)))
}

fn bump(fee: u128) -> u128 {
    fee + (fee * FEE_BUMP_PERCENT).div_ceil(100) + 1
}

/// A submission being watched: its record plus when its latest version was sent.
struct InFlight {
    submission: Submission,
    last_sent: Instant,
    /// Whether the node may not know the latest version (loaded after a restart, or the broadcast
    /// failed): re-broadcast its recorded bytes before deciding it is stuck.
    check_broadcast: bool,
    /// When the chain was first seen past this nonce with no receipt for any of our versions.
    nonce_used_without_receipt: Option<Instant>,
}

pub struct Submitter {
    pub provider: DynProvider,
    pub nft: GenImNFTInstance<DynProvider>,
    pub wallet: EthereumWallet,
    pub agent: Address,
    pub chain_id: u64,
    pub store: Arc<JobStore>,
    pub config: SubmitConfig,
    pub metrics: Metrics,
    pub health: Arc<Health>,
    pub agent_mark: Arc<AgentMark>,
    pub poll_interval: Duration,
    /// Woken by the pipeline when a job is ready.
    pub ready: Arc<Notify>,
}

/// The submitter's working state, rebuilt from the job store after a restart or an error.
#[derive(Default)]
struct Session {
    loaded: bool,
    in_flight: BTreeMap<u64, InFlight>,
    next_nonce: Option<u64>,
    first_ready_at: Option<Instant>,
    receipt_poll: Option<Duration>,
    balance_read_at: Option<Instant>,
}

impl Submitter {
    /// Runs until `shutdown`. Transactions in flight at shutdown stay recorded; the next start
    /// settles them.
    pub async fn run(self, shutdown: CancellationToken) {
        let mut session = Session::default();
        let mut failures = 0u32;
        loop {
            let pause = match self.round(&mut session).await {
                Ok(pause) => {
                    failures = 0;
                    self.health.submit_round_ok();
                    pause
                }
                Err(error) => {
                    failures += 1;
                    let in_a_row = self.health.submit_round_failed(&error.to_string());
                    tracing::warn!(%error, failures = in_a_row, "submission round failed; retrying");
                    // Our view of nonces or of in-flight transactions may be stale: reload it.
                    session = Session::default();
                    backoff(self.poll_interval, failures)
                }
            };
            tokio::select! {
                () = shutdown.cancelled() => return,
                () = self.ready.notified(), if pause > Duration::ZERO => {}
                () = tokio::time::sleep(pause) => {}
            }
        }
    }

    /// Settles what was mined, replaces what is stuck, and sends a new batch if one is due.
    /// Returns how long to wait before the next round.
    async fn round(&self, session: &mut Session) -> Result<Duration, SubmitError> {
        if !session.loaded {
            self.load_in_flight(session)?;
        }
        if session
            .balance_read_at
            .is_none_or(|at| at.elapsed() >= BALANCE_REFRESH)
        {
            self.read_balance().await?;
            session.balance_read_at = Some(Instant::now());
        }
        if !session.in_flight.is_empty() {
            self.settle_mined(session).await?;
            self.tend_in_flight(session).await?;
        }
        self.metrics.oldest_inflight_tx_age_seconds.set(
            session
                .in_flight
                .values()
                .map(|f| i64::try_from(f.last_sent.elapsed().as_secs()).unwrap_or(i64::MAX))
                .max()
                .unwrap_or(0),
        );
        let sent = if session.in_flight.len() < self.config.max_in_flight {
            self.send_new_batch(session).await?
        } else {
            Wait::Until(self.poll_interval)
        };
        Ok(match sent {
            Wait::Sent => {
                session.receipt_poll = Some(FIRST_RECEIPT_POLL);
                Duration::ZERO
            }
            Wait::Until(pause) if !session.in_flight.is_empty() => {
                // Receipts usually come within a block: look soon, then back off.
                let poll = session.receipt_poll.unwrap_or(FIRST_RECEIPT_POLL);
                session.receipt_poll = Some((poll * 2).min(self.poll_interval));
                poll.min(pause)
            }
            Wait::Until(pause) => pause,
        })
    }

    fn load_in_flight(&self, session: &mut Session) -> Result<(), SubmitError> {
        let now = unix_now();
        session.in_flight = self
            .store
            .open_submissions()?
            .into_iter()
            .map(|submission| {
                let age = now.saturating_sub(submission.latest().map_or(now, |v| v.sent_at));
                let last_sent = Instant::now()
                    .checked_sub(Duration::from_secs(age))
                    .unwrap_or_else(Instant::now);
                (
                    submission.nonce,
                    InFlight {
                        submission,
                        last_sent,
                        check_broadcast: true,
                        nonce_used_without_receipt: None,
                    },
                )
            })
            .collect();
        if !session.in_flight.is_empty() {
            tracing::info!(
                transactions = session.in_flight.len(),
                "settling fulfil transactions recorded before"
            );
        }
        session.next_nonce = None;
        session.loaded = true;
        Ok(())
    }

    /// Settles every in-flight submission whose nonce the chain has used: by the receipt of the
    /// version that was mined, or by the tokens' status if none of ours was. One submission's
    /// trouble does not hold up the others.
    async fn settle_mined(&self, session: &mut Session) -> Result<(), SubmitError> {
        let mined = self
            .provider
            .get_transaction_count(self.agent)
            .block_id(BlockId::latest())
            .await
            .map_err(failed("eth_getTransactionCount"))?;
        let used: Vec<u64> = session.in_flight.range(..mined).map(|(n, _)| *n).collect();
        for nonce in used {
            let Some(flight) = session.in_flight.get_mut(&nonce) else {
                continue;
            };
            match self.settle_used_nonce(flight).await {
                Ok(true) => {
                    session.in_flight.remove(&nonce);
                }
                Ok(false) => {}
                Err(error) => {
                    tracing::error!(nonce, %error, "settling a mined fulfil failed; will retry");
                }
            }
        }
        Ok(())
    }

    /// Settles a submission whose nonce the chain has used; `false` while no receipt of ours has
    /// shown up yet and the node may still be catching up.
    async fn settle_used_nonce(&self, flight: &mut InFlight) -> Result<bool, SubmitError> {
        let submission = &flight.submission;
        if let Some(receipt) = self.receipt_of_any_version(submission).await? {
            self.apply_receipt(submission, &receipt).await?;
            return Ok(true);
        }
        let since = *flight
            .nonce_used_without_receipt
            .get_or_insert_with(Instant::now);
        if since.elapsed() < RECEIPT_LAG_GRACE {
            tracing::debug!(
                nonce = submission.nonce,
                "nonce used but no receipt of ours yet; waiting for the node to catch up"
            );
            return Ok(false);
        }
        tracing::warn!(
            nonce = submission.nonce,
            "fulfil nonce was used by another transaction; settling by on-chain status"
        );
        self.settle_by_chain_status(submission, SubmissionOutcome::NonceUsedElsewhere)
            .await?;
        Ok(true)
    }

    /// The receipt of whichever recorded version was mined, newest first.
    async fn receipt_of_any_version(
        &self,
        submission: &Submission,
    ) -> Result<Option<TransactionReceipt>, SubmitError> {
        for version in submission.versions.iter().rev() {
            let hash: B256 = version.hash.parse().map_err(|_| SubmitError::BadHash {
                token_id: submission.token_ids.first().copied().unwrap_or_default(),
                value: Some(version.hash.clone()),
            })?;
            if let Some(receipt) = self
                .provider
                .get_transaction_receipt(hash)
                .await
                .map_err(failed("eth_getTransactionReceipt"))?
            {
                return Ok(Some(receipt));
            }
        }
        Ok(None)
    }

    /// Records a mined version's outcome for exactly the tokens the submission carried, in one
    /// store transaction.
    async fn apply_receipt(
        &self,
        submission: &Submission,
        receipt: &TransactionReceipt,
    ) -> Result<(), SubmitError> {
        let hash = receipt.transaction_hash.to_string();
        let gas_cost = U256::from(receipt.gas_used) * U256::from(receipt.effective_gas_price);
        self.metrics.gas_spent_wei.inc_by(wei_as_f64(gas_cost));
        if !receipt.status() {
            tracing::error!(%hash, "fulfil transaction reverted; its tokens will be sent again");
            self.check_still_agent().await;
            let ready: Vec<_> = submission
                .token_ids
                .iter()
                .map(|&id| (id, Settlement::Ready))
                .collect();
            self.store.settle_submission(
                submission.id,
                SubmissionOutcome::Mined,
                Some(&hash),
                &ready,
            )?;
            return Ok(());
        }
        let carried: HashMap<u64, ()> = submission.token_ids.iter().map(|&id| (id, ())).collect();
        let mut settlements = BTreeMap::new();
        let mut earned = U256::ZERO;
        for log in receipt.inner.logs() {
            if log.address() != *self.nft.address() {
                continue;
            }
            if let Ok(event) = log.log_decode::<ImageDelivered>() {
                let token_id = to_u64(event.inner.data.tokenId);
                if carried.contains_key(&token_id) {
                    earned += event.inner.data.paid;
                    settlements.insert(
                        token_id,
                        Settlement::Delivered {
                            tx_hash: hash.clone(),
                        },
                    );
                }
            } else if let Ok(event) = log.log_decode::<FulfilmentSkipped>() {
                let token_id = to_u64(event.inner.data.tokenId);
                if carried.contains_key(&token_id) {
                    let settlement = self
                        .settlement_for_status(token_id, event.inner.data.status)
                        .await?;
                    settlements.insert(token_id, settlement);
                }
            }
        }
        for &token_id in &submission.token_ids {
            settlements.entry(token_id).or_insert_with(|| {
                tracing::error!(token_id, %hash, "fulfil receipt does not mention the token; sending it again");
                Settlement::Ready
            });
        }
        let settlements: Vec<_> = settlements.into_iter().collect();
        self.store.settle_submission(
            submission.id,
            SubmissionOutcome::Mined,
            Some(&hash),
            &settlements,
        )?;
        self.count_settlements(&settlements);
        self.metrics.escrow_earned_wei.inc_by(wei_as_f64(earned));
        tracing::info!(%hash, tokens = submission.token_ids.len(), gas = receipt.gas_used, "fulfil transaction mined");
        Ok(())
    }

    /// The nonce went to a transaction that is none of this submission's versions (or nothing is
    /// known of it): the chain says which tokens are delivered, by us or by another agent; the still
    /// pending ones go back to ready and are sent again.
    async fn settle_by_chain_status(
        &self,
        submission: &Submission,
        outcome: SubmissionOutcome,
    ) -> Result<(), SubmitError> {
        let mut settlements = Vec::with_capacity(submission.token_ids.len());
        for &token_id in &submission.token_ids {
            let status = onchain::request(&self.nft, token_id).await?.status;
            let settlement = match status {
                STATUS_PENDING => Settlement::Ready,
                status => self.settlement_for_status(token_id, status).await?,
            };
            settlements.push((token_id, settlement));
        }
        self.store
            .settle_submission(submission.id, outcome, None, &settlements)?;
        self.count_settlements(&settlements);
        Ok(())
    }

    /// What a token that a fulfil skipped (or that another transaction settled) has become.
    async fn settlement_for_status(
        &self,
        token_id: u64,
        status: u8,
    ) -> Result<Settlement, SubmitError> {
        Ok(match status {
            STATUS_DELIVERED => match self.our_delivery_of(token_id).await? {
                Some(tx_hash) => Settlement::Delivered { tx_hash },
                None => Settlement::Skipped {
                    cause: SkipCause::FulfilledByOther,
                    reason: "delivered by another agent".into(),
                },
            },
            STATUS_REFUNDED => Settlement::Skipped {
                cause: SkipCause::Refunded,
                reason: "refunded to its holder".into(),
            },
            STATUS_PENDING => Settlement::GivenUp {
                reason: "the contract no longer accepts a delivery from this agent (deadline \
                         passed before the delivery was mined)"
                    .into(),
            },
            _ => Settlement::Skipped {
                cause: SkipCause::Reorged,
                reason: "token does not exist on chain".into(),
            },
        })
    }

    /// The hash of the transaction by which this agent delivered `token_id` with the metadata we
    /// stored for it (an earlier version or submission of ours), if it did.
    async fn our_delivery_of(&self, token_id: u64) -> Result<Option<String>, SubmitError> {
        let Some(job) = self.store.get(token_id)? else {
            return Ok(None);
        };
        let filter = Filter::new()
            .address(*self.nft.address())
            .event_signature(ImageDelivered::SIGNATURE_HASH)
            .topic1(U256::from(token_id))
            .topic2(self.agent.into_word())
            .from_block(job.block_number);
        let logs = self
            .provider
            .get_logs(&filter)
            .await
            .map_err(failed("eth_getLogs"))?;
        let ours = logs.iter().find_map(|log| {
            let event = log.log_decode::<ImageDelivered>().ok()?;
            let hash = event.inner.data.metadataHash.to_string();
            let matches = job
                .metadata_sha256
                .as_deref()
                .is_some_and(|stored| stored.eq_ignore_ascii_case(&hash));
            matches.then_some(log.transaction_hash).flatten()
        });
        Ok(ours.map(|hash| hash.to_string()))
    }

    fn count_settlements(&self, settlements: &[(u64, Settlement)]) {
        for (_, settlement) in settlements {
            match settlement {
                Settlement::Delivered { .. } => {
                    self.metrics.tokens_delivered.inc();
                }
                Settlement::GivenUp { .. } => self.metrics.given_up("deadline"),
                Settlement::Skipped { .. } | Settlement::Ready => {}
            }
        }
    }

    /// A reverted fulfil usually means the agent lost its authorization: stop delivering then.
    async fn check_still_agent(&self) {
        match onchain::agent_first_token_id(&self.nft, self.agent).await {
            Ok(0) => {
                self.agent_mark.apply(0, u64::MAX);
                self.health.pause(
                    Stage::Deliveries,
                    "this agent is no longer authorized on the contract (the owner must call \
                     setAgent)",
                );
            }
            Ok(_) => {}
            Err(error) => tracing::warn!(%error, "could not check the agent's authorization"),
        }
    }

    /// For each submission still in flight: give up its tokens once all have expired, re-broadcast
    /// a version the node may not know, and replace the lowest stuck one with higher fees. One
    /// whose nonce is already used is left to `settle_mined`: something was mined there, perhaps
    /// ours.
    async fn tend_in_flight(&self, session: &mut Session) -> Result<(), SubmitError> {
        let now = unix_now();
        let nonces: Vec<u64> = session.in_flight.keys().copied().collect();
        for nonce in nonces {
            let Some(flight) = session.in_flight.get(&nonce) else {
                continue;
            };
            if flight.nonce_used_without_receipt.is_none()
                && self.all_expired(&flight.submission, now)?
            {
                let given_up: Vec<_> = flight
                    .submission
                    .token_ids
                    .iter()
                    .map(|&id| {
                        (
                            id,
                            Settlement::GivenUp {
                                reason: "deadline passed while the delivery was waiting to be \
                                         mined"
                                    .into(),
                            },
                        )
                    })
                    .collect();
                self.store.settle_submission(
                    flight.submission.id,
                    SubmissionOutcome::Abandoned,
                    None,
                    &given_up,
                )?;
                self.count_settlements(&given_up);
                tracing::warn!(
                    nonce,
                    "every token of a pending fulfil expired; no longer replacing it"
                );
                session.in_flight.remove(&nonce);
            }
        }
        for flight in session.in_flight.values_mut() {
            if flight.check_broadcast && flight.nonce_used_without_receipt.is_none() {
                self.ensure_broadcast(flight).await?;
            }
        }
        // Later nonces cannot be mined before the lowest one: only that one is worth replacing.
        let Some((&nonce, flight)) = session.in_flight.iter_mut().next() else {
            return Ok(());
        };
        let resend_after = Duration::from_secs(self.config.resend_after_secs);
        if flight.nonce_used_without_receipt.is_none() && flight.last_sent.elapsed() >= resend_after
        {
            self.replace(nonce, flight).await?;
        }
        Ok(())
    }

    fn all_expired(&self, submission: &Submission, now: u64) -> Result<bool, SubmitError> {
        for &token_id in &submission.token_ids {
            if let Some(job) = self.store.get(token_id)?
                && job.state == JobState::Submitted
                && job.submission_id == Some(submission.id)
                && job.deadline >= now
            {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// After a restart or a failed broadcast the node may not have our latest version: send its
    /// recorded bytes again (the same transaction, so nothing new is spent).
    async fn ensure_broadcast(&self, flight: &mut InFlight) -> Result<(), SubmitError> {
        let Some(latest) = flight.submission.latest() else {
            return Ok(());
        };
        let hash: B256 = latest.hash.parse().map_err(|_| SubmitError::BadHash {
            token_id: flight
                .submission
                .token_ids
                .first()
                .copied()
                .unwrap_or_default(),
            value: Some(latest.hash.clone()),
        })?;
        let known = self
            .provider
            .get_transaction_by_hash(hash)
            .await
            .map_err(failed("eth_getTransactionByHash"))?
            .is_some();
        if !known {
            match &latest.raw {
                Some(raw) => {
                    self.broadcast(raw).await?;
                    tracing::info!(%hash, nonce = flight.submission.nonce, "re-broadcast a recorded fulfil");
                }
                // Recorded before raw bytes were kept: replace it right away instead.
                None => {
                    flight.last_sent =
                        Instant::now() - Duration::from_secs(self.config.resend_after_secs)
                }
            }
        }
        flight.check_broadcast = false;
        Ok(())
    }

    /// Signs a new version at the same nonce with higher fees, records it, then broadcasts it.
    async fn replace(&self, nonce: u64, flight: &mut InFlight) -> Result<(), SubmitError> {
        let Some(latest) = flight.submission.latest().cloned() else {
            return Ok(());
        };
        let cap = self.fee_cap();
        let fresh = match fees_within_cap(self.fee_quote().await?, cap) {
            Ok(fees) => fees,
            Err(wait) => {
                // The old version cannot be mined either; wait for fees to come down.
                self.health.pause(Stage::Fees, &wait.to_string());
                flight.last_sent = Instant::now();
                return Ok(());
            }
        };
        let old = (latest.max_fee_per_gas, latest.max_priority_fee_per_gas);
        let Some((max_fee, priority)) = replacement_fees(old, fresh, cap) else {
            tracing::warn!(
                nonce,
                "a stuck fulfil cannot be replaced within the fee cap; waiting"
            );
            flight.last_sent = Instant::now();
            return Ok(());
        };
        let jobs = self.jobs_of(&flight.submission)?;
        if jobs.is_empty() {
            flight.last_sent = Instant::now();
            return Ok(());
        }
        let gas_limit = latest.gas_limit.max(gas_floor(jobs.len()));
        let request = self
            .fulfil_request(&jobs)?
            .with_nonce(nonce)
            .with_gas_limit(gas_limit)
            .with_max_fee_per_gas(max_fee)
            .with_max_priority_fee_per_gas(priority);
        let (version, raw) = self.sign(request, gas_limit, max_fee, priority).await?;
        self.store
            .record_replacement(flight.submission.id, &version)?;
        flight.submission.versions.push(version.clone());
        flight.last_sent = Instant::now();
        tracing::warn!(nonce, hash = %version.hash, max_fee, "no receipt in time; replaced with higher fees");
        self.broadcast(&raw).await
    }

    /// The jobs a submission still carries (some may have been reset by a reorg since).
    fn jobs_of(&self, submission: &Submission) -> Result<Vec<Job>, SubmitError> {
        let mut jobs = Vec::with_capacity(submission.token_ids.len());
        for &token_id in &submission.token_ids {
            if let Some(job) = self.store.get(token_id)?
                && job.state == JobState::Submitted
                && job.submission_id == Some(submission.id)
            {
                jobs.push(job);
            }
        }
        Ok(jobs)
    }

    /// Sends one new batch if there is a full one, or a partial one that has waited long enough,
    /// and fees and the wallet allow it.
    async fn send_new_batch(&self, session: &mut Session) -> Result<Wait, SubmitError> {
        let batch_size = self.config.batch_size;
        let ready = self.store.jobs_in_state(
            JobState::MetadataStored,
            u32::try_from(batch_size).unwrap_or(u32::MAX),
        )?;
        let ready = self.drop_expired(ready)?;
        if ready.is_empty() {
            // Nothing to pay for: neither fees nor the wallet hold anything up.
            session.first_ready_at = None;
            self.health.resume(Stage::Fees);
            self.health.resume(Stage::Wallet);
            return Ok(Wait::Until(self.poll_interval));
        }
        if self.health.paused(Stage::Deliveries).is_some()
            || self.health.paused(Stage::BaseUri).is_some()
        {
            return Ok(Wait::Until(self.poll_interval));
        }
        let waited = session
            .first_ready_at
            .get_or_insert_with(Instant::now)
            .elapsed();
        let max_wait = Duration::from_millis(self.config.batch_max_wait_ms);
        if ready.len() < batch_size && waited < max_wait {
            return Ok(Wait::Until((max_wait - waited).min(self.poll_interval)));
        }
        let ready = self.drop_unsendable(ready)?;
        let mut jobs = self.still_requested(ready).await?;
        if jobs.is_empty() {
            session.first_ready_at = None;
            return Ok(Wait::Until(Duration::ZERO));
        }
        let (estimate, gas_limit) = loop {
            let (estimate, gas_limit) = self
                .gas_limit(&self.fulfil_request(&jobs)?, jobs.len())
                .await?;
            if gas_limit <= self.config.gas_limit_cap {
                break (estimate, gas_limit);
            }
            if jobs.len() == 1 {
                return Err(SubmitError::GasAboveCap {
                    estimate,
                    cap: self.config.gas_limit_cap,
                });
            }
            // Too big for the cap: send the first half now, the rest next round.
            jobs.truncate(jobs.len() / 2);
        };
        let quote = self.fee_quote().await?;
        let escrow = jobs.iter().map(escrow_of).fold(U256::ZERO, |a, b| a + b);
        let fees = fees_within_cap(quote, self.fee_cap()).and_then(|fees| {
            check_profitable(estimate, quote, escrow, self.config.max_gas_cost_share).map(|()| fees)
        });
        let (max_fee, priority) = match fees {
            Ok(fees) => fees,
            Err(wait) => {
                self.health.pause(Stage::Fees, &wait.to_string());
                return Ok(Wait::Until(self.poll_interval));
            }
        };
        self.health.resume(Stage::Fees);
        if !self.wallet_can_pay(gas_limit, max_fee).await? {
            return Ok(Wait::Until(self.poll_interval));
        }
        session.first_ready_at = None;
        let nonce = self.next_nonce(session).await?;
        let request = self
            .fulfil_request(&jobs)?
            .with_nonce(nonce)
            .with_gas_limit(gas_limit)
            .with_max_fee_per_gas(max_fee)
            .with_max_priority_fee_per_gas(priority);
        let (version, raw) = self.sign(request, gas_limit, max_fee, priority).await?;
        let ids: Vec<u64> = jobs.iter().map(|job| job.token_id).collect();
        let id = self.store.record_submission(&ids, nonce, &version)?;
        session.next_nonce = Some(nonce + 1);
        let submission = Submission {
            id,
            nonce,
            token_ids: ids,
            versions: vec![version.clone()],
            created_at: unix_now(),
        };
        let mut flight = InFlight {
            submission,
            last_sent: Instant::now(),
            check_broadcast: false,
            nonce_used_without_receipt: None,
        };
        let sent = self.broadcast(&raw).await;
        if sent.is_err() {
            flight.check_broadcast = true;
        }
        session.in_flight.insert(nonce, flight);
        sent?;
        tracing::info!(tokens = jobs.len(), hash = %version.hash, nonce, "fulfil transaction sent");
        Ok(Wait::Sent)
    }

    /// Jobs past their deadline cannot be delivered any more: the holder may refund.
    fn drop_expired(&self, jobs: Vec<Job>) -> Result<Vec<Job>, SubmitError> {
        let now = unix_now();
        let mut live = Vec::with_capacity(jobs.len());
        for job in jobs {
            if job.deadline < now {
                self.store
                    .give_up(job.token_id, "deadline passed before the delivery was sent")?;
                self.metrics.given_up("deadline");
            } else {
                live.push(job);
            }
        }
        Ok(live)
    }

    /// A job whose stored metadata hash the contract would refuse (not 32 bytes of hex, or with
    /// its upper 128 bits zero) would revert every batch it is in: it is given up on its own, so
    /// the other tokens keep flowing.
    fn drop_unsendable(&self, jobs: Vec<Job>) -> Result<Vec<Job>, SubmitError> {
        let mut sendable = Vec::with_capacity(jobs.len());
        for job in jobs {
            match metadata_hash_of(&job) {
                Ok(_) => sendable.push(job),
                Err(error) => {
                    tracing::error!(token_id = job.token_id, %error, "cannot send this token");
                    self.store.give_up(job.token_id, &error.to_string())?;
                    self.metrics.given_up("invalid_record");
                }
            }
        }
        Ok(sendable)
    }

    /// Re-reads each token's request on chain just before sending, so a token whose mint was
    /// reorged away (or re-minted with another request), refunded or delivered by someone else is
    /// never fulfilled with this job's metadata. Reads run concurrently.
    async fn still_requested(&self, jobs: Vec<Job>) -> Result<Vec<Job>, SubmitError> {
        let mut reads = tokio::task::JoinSet::new();
        let first_token_id = self.agent_mark.first_token_id();
        for job in jobs {
            let nft = self.nft.clone();
            reads.spawn(async move {
                let verdict = onchain::verdict_for(&nft, &job, first_token_id).await;
                (job, verdict)
            });
        }
        let mut live = Vec::with_capacity(reads.len());
        while let Some(read) = reads.join_next().await {
            let Ok((job, verdict)) = read else {
                continue;
            };
            match verdict? {
                Verdict::StillPending => live.push(job),
                Verdict::Gone { cause, reason } => {
                    tracing::info!(token_id = job.token_id, %cause, reason, "not sending: request gone");
                    self.store.skip(job.token_id, cause, &reason)?;
                }
            }
        }
        // Earliest deadlines first, as the store returned them.
        live.sort_by_key(|job| (job.deadline, job.token_id));
        Ok(live)
    }

    async fn read_balance(&self) -> Result<U256, SubmitError> {
        let balance = self
            .provider
            .get_balance(self.agent)
            .await
            .map_err(failed("eth_getBalance"))?;
        self.health.set_agent_balance(balance);
        Ok(balance)
    }

    /// Whether the agent can pay for the gas; otherwise the `wallet` stage pauses until it can.
    async fn wallet_can_pay(&self, gas_limit: u64, max_fee: u128) -> Result<bool, SubmitError> {
        let balance = self.read_balance().await?;
        let needed = U256::from(gas_limit) * U256::from(max_fee);
        if balance < needed {
            self.health.pause(
                Stage::Wallet,
                &format!(
                    "agent {} holds {balance} wei but a fulfil may cost up to {needed} wei; fund it",
                    self.agent
                ),
            );
            return Ok(false);
        }
        self.health.resume(Stage::Wallet);
        Ok(true)
    }

    fn fulfil_request(&self, jobs: &[Job]) -> Result<TransactionRequest, SubmitError> {
        Ok(TransactionRequest::default()
            .with_from(self.agent)
            .with_to(*self.nft.address())
            .with_chain_id(self.chain_id)
            .with_input(fulfil_batch_call(jobs)?.abi_encode()))
    }

    /// Signs locally; the caller records the version before broadcasting the bytes.
    async fn sign(
        &self,
        request: TransactionRequest,
        gas_limit: u64,
        max_fee: u128,
        priority: u128,
    ) -> Result<(TxVersion, Vec<u8>), SubmitError> {
        let envelope = request
            .build(&self.wallet)
            .await
            .map_err(|e| SubmitError::Sign(e.to_string()))?;
        let raw = envelope.encoded_2718();
        Ok((
            TxVersion {
                hash: envelope.tx_hash().to_string(),
                max_fee_per_gas: max_fee,
                max_priority_fee_per_gas: priority,
                gas_limit,
                raw: Some(raw.clone()),
                sent_at: unix_now(),
            },
            raw,
        ))
    }

    /// Broadcasts signed bytes. "Already known" is success; "insufficient funds" pauses the
    /// wallet stage; anything else is an error of this round (the version stays recorded and is
    /// re-broadcast or replaced later).
    async fn broadcast(&self, raw: &[u8]) -> Result<(), SubmitError> {
        match self.provider.send_raw_transaction(raw).await {
            Ok(_) => {}
            Err(error) if is_already_known(&error) => {}
            Err(error) => {
                let message = rpc_message(&error);
                if message.contains("insufficient funds") {
                    self.health.pause(
                        Stage::Wallet,
                        &format!("the node refused the fulfil: {message}"),
                    );
                }
                return Err(SubmitError::Refused(message));
            }
        }
        self.metrics.transactions_sent.inc();
        Ok(())
    }

    /// The estimate (against the latest block: a pending state that already holds an earlier
    /// version of this very transaction would make the batch look like a cheap skip) and the limit
    /// to send with: the estimate plus headroom, never below what delivering every token costs.
    async fn gas_limit(
        &self,
        request: &TransactionRequest,
        tokens: usize,
    ) -> Result<(u64, u64), SubmitError> {
        let estimate = self
            .provider
            .estimate_gas(request.clone())
            .block(BlockId::latest())
            .await
            .map_err(failed("eth_estimateGas"))?;
        Ok((
            estimate,
            (estimate + estimate * GAS_HEADROOM_PERCENT / 100).max(gas_floor(tokens)),
        ))
    }

    /// The next block's base fee and a tip from recent blocks, in one call.
    async fn fee_quote(&self) -> Result<FeeQuote, SubmitError> {
        let history = self
            .provider
            .get_fee_history(
                FEE_HISTORY_BLOCKS,
                BlockNumberOrTag::Latest,
                &[TIP_PERCENTILE],
            )
            .await
            .map_err(failed("eth_feeHistory"))?;
        let next_base_fee = history
            .next_block_base_fee()
            .or_else(|| history.latest_block_base_fee())
            .unwrap_or_default();
        let mut tips: Vec<u128> = history
            .reward
            .unwrap_or_default()
            .iter()
            .filter_map(|rewards| rewards.first().copied())
            .collect();
        tips.sort_unstable();
        // At least 1 wei: some nodes order zero-tip transactions last.
        let priority_fee = tips.get(tips.len() / 2).copied().unwrap_or_default().max(1);
        Ok(FeeQuote {
            next_base_fee,
            priority_fee,
        })
    }

    fn fee_cap(&self) -> u128 {
        u128::try_from(to_wei(self.config.max_fee_per_gas_gwei, 1e9)).unwrap_or(u128::MAX)
    }

    async fn next_nonce(&self, session: &mut Session) -> Result<u64, SubmitError> {
        if let Some(last) = session.in_flight.keys().next_back() {
            let next = session.next_nonce.unwrap_or(last + 1).max(last + 1);
            return Ok(next);
        }
        if let Some(nonce) = session.next_nonce {
            return Ok(nonce);
        }
        let nonce = self
            .provider
            .get_transaction_count(self.agent)
            .pending()
            .await
            .map_err(failed("eth_getTransactionCount"))?;
        session.next_nonce = Some(nonce);
        Ok(nonce)
    }
}

enum Wait {
    Sent,
    Until(Duration),
}

fn gas_floor(tokens: usize) -> u64 {
    GAS_FLOOR_BASE + GAS_FLOOR_PER_TOKEN * tokens as u64
}

fn escrow_of(job: &Job) -> U256 {
    job.paid_wei.parse().unwrap_or(U256::ZERO)
}

fn fulfil_batch_call(jobs: &[Job]) -> Result<fulfilBatchCall, SubmitError> {
    let mut token_ids = Vec::with_capacity(jobs.len());
    let mut hashes = Vec::with_capacity(jobs.len());
    for job in jobs {
        token_ids.push(U256::from(job.token_id));
        hashes.push(metadata_hash_of(job)?);
    }
    Ok(fulfilBatchCall {
        tokenIds: token_ids,
        metadataHashes: hashes,
    })
}

/// The job's metadata hash as the contract accepts it: 32 bytes whose upper half is not zero (the
/// contract tells a delivered hash from a pending record that way).
fn metadata_hash_of(job: &Job) -> Result<B256, SubmitError> {
    job.metadata_sha256
        .as_deref()
        .and_then(|h| h.parse::<B256>().ok())
        .filter(|hash| hash[..16] != [0u8; 16])
        .ok_or_else(|| SubmitError::BadHash {
            token_id: job.token_id,
            value: job.metadata_sha256.clone(),
        })
}

fn to_u64(value: U256) -> u64 {
    u64::try_from(value).unwrap_or(u64::MAX)
}

fn rpc_message(error: &TransportError) -> String {
    match error {
        RpcError::ErrorResp(payload) => payload.message.to_string(),
        other => other.to_string(),
    }
}

/// The node already has this exact transaction (a re-broadcast after a crash or a retry).
fn is_already_known(error: &TransportError) -> bool {
    match error {
        RpcError::ErrorResp(payload) => {
            let message = payload.message.to_ascii_lowercase();
            message.contains("already known") || message.contains("already imported")
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GWEI: u128 = 1_000_000_000;

    fn quote(base_gwei: u128, tip_gwei: u128) -> FeeQuote {
        FeeQuote {
            next_base_fee: base_gwei * GWEI,
            priority_fee: tip_gwei * GWEI,
        }
    }

    #[test]
    fn only_hashes_the_contract_accepts_are_sent() {
        let job_with = |hash: Option<&str>| Job {
            metadata_sha256: hash.map(str::to_owned),
            ..crate::onchain::tests::job()
        };
        let real = format!("0x{}", "ab".repeat(32));
        assert!(metadata_hash_of(&job_with(Some(&real))).is_ok());
        let low = format!("0x{}{}", "00".repeat(16), "ab".repeat(16));
        for bad in [None, Some("0x1234"), Some("not hex"), Some(low.as_str())] {
            assert!(
                matches!(
                    metadata_hash_of(&job_with(bad)),
                    Err(SubmitError::BadHash { .. })
                ),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn bump_raises_fees_by_more_than_ten_percent() {
        for fee in [1u128, 7, 1_000_000_000, 123_456_789_012] {
            assert!(bump(fee) * 100 >= fee * 110, "{fee} -> {}", bump(fee));
        }
    }

    #[test]
    fn fees_take_twice_the_base_fee_but_stay_within_the_cap() {
        assert_eq!(
            fees_within_cap(quote(10, 1), 100 * GWEI),
            Ok((21 * GWEI, GWEI))
        );
        assert_eq!(
            fees_within_cap(quote(10, 1), 15 * GWEI),
            Ok((15 * GWEI, GWEI)),
            "clamped, still enough for the next block"
        );
        assert_eq!(
            fees_within_cap(quote(20, 1), 15 * GWEI),
            Err(FeeWait::AboveCap {
                needed: 21 * GWEI,
                cap: 15 * GWEI
            })
        );
    }

    #[test]
    fn a_delivery_must_not_cost_more_than_the_share_of_its_escrow() {
        let escrow = U256::from(30_000 * GWEI); // 0.00003 ETH
        // 50,000 gas at 0.1 gwei = 5,000 gwei: 1/6 of the escrow.
        let cheap = FeeQuote {
            next_base_fee: GWEI / 10,
            priority_fee: 0,
        };
        assert_eq!(check_profitable(50_000, cheap, escrow, 0.5), Ok(()));
        assert!(check_profitable(50_000, cheap, escrow, 0.1).is_err());
        // 50,000 gas at 1 gwei = 50,000 gwei: more than the escrow itself.
        assert_eq!(
            check_profitable(50_000, quote(1, 0), escrow, 1.0),
            Err(FeeWait::Unprofitable {
                cost: U256::from(50_000 * GWEI),
                allowed: escrow
            })
        );
    }

    #[test]
    fn replacements_beat_the_old_version_and_respect_the_cap() {
        let cap = 100 * GWEI;
        let old = (20 * GWEI, 2 * GWEI);
        // A fresh estimate below the bump: the bump wins.
        let (max_fee, tip) = replacement_fees(old, (10 * GWEI, GWEI), cap).expect("fits");
        assert_eq!((max_fee, tip), (bump(20 * GWEI), bump(2 * GWEI)));
        // A fresh estimate above the bump: the estimate wins.
        assert_eq!(
            replacement_fees(old, (60 * GWEI, 5 * GWEI), cap),
            Some((60 * GWEI, 5 * GWEI))
        );
        // Clamped to the cap.
        assert_eq!(
            replacement_fees(old, (500 * GWEI, 5 * GWEI), cap),
            Some((cap, 5 * GWEI))
        );
        // Even the minimal bump is above the cap: no replacement.
        assert_eq!(
            replacement_fees((90 * GWEI, GWEI), (10 * GWEI, GWEI), cap),
            None
        );
    }
}
