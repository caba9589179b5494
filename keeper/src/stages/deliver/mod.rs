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
//! cost more than the cap or more than `max_gas_cost_share` of the escrow they earn (USDC valued at
//! the ETH/USD feed's rate), and while the agent cannot pay for the gas (the `wallet` stage).
//! Shutdown never waits for a receipt: what is in flight is recorded and settled on the next start.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use alloy::network::EthereumWallet;
use alloy::primitives::{Address, U256};
use alloy::providers::DynProvider;
use genimnft_bindings::gen_im_nft::GenImNFT::GenImNFTInstance;
use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;

use crate::backoff::backoff;
use crate::chain::contract::{self, AgentMark, OnChainError, Verdict};
use crate::chain::price_feed::PriceFeed;
use crate::chain::rpc::RpcFailure;
use crate::config::SubmitConfig;
use crate::jobs::{Currency, Job, JobState, JobStore, StoreError, Submission};
use crate::metrics::{GiveUpReason, Metrics};
use crate::pauses::{Health, Loop, Stage};
use crate::time::{instant_of, unix_now};

pub(crate) mod fees;
mod inflight;
mod own_tx;
mod refund;
mod settle;
mod sweep;
mod tx;

use fees::{FeeWait, check_profitable, fees_within_cap};
use tx::metadata_hash_of;

/// The first receipt check comes this soon after a send, then backs off to the poll interval.
const FIRST_RECEIPT_POLL: Duration = Duration::from_millis(100);
/// How often the agent's balance is read for `/health` and the metric when nothing is sent.
const BALANCE_REFRESH: Duration = Duration::from_secs(60);

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
    #[error("submission round did not finish within {0:?}")]
    RoundTimedOut(Duration),
}

pub struct Submitter {
    pub provider: DynProvider,
    pub nft: GenImNFTInstance<DynProvider>,
    pub wallet: EthereumWallet,
    pub agent: Address,
    pub chain_id: u64,
    pub store: Arc<JobStore>,
    pub config: SubmitConfig,
    /// `config.max_fee_per_gas_gwei` in wei ([`SubmitConfig::max_fee_per_gas_wei`]).
    pub fee_cap_wei: u128,
    pub metrics: Metrics,
    pub health: Arc<Health>,
    pub agent_mark: Arc<AgentMark>,
    /// Values USDC escrow in wei for the gas-cost guard.
    pub prices: Arc<PriceFeed>,
    /// `jobs.auto_refund_max_gas_share` when `jobs.auto_refund` is on: given-up tokens are
    /// refunded by the keeper after their deadline while the gas is within that share.
    pub auto_refund_max_gas_share: Option<f64>,
    pub poll_interval: Duration,
    /// Bound on one round, so that a call that never ends cannot stop deliveries.
    pub round_timeout: Duration,
    /// Woken by the pipeline when a job is ready.
    pub ready: Arc<Notify>,
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

/// The submitter's working state, rebuilt from the job store after a restart or an error.
#[derive(Default)]
struct Session {
    loaded: bool,
    in_flight: BTreeMap<u64, InFlight>,
    next_nonce: Option<u64>,
    first_ready_at: Option<Instant>,
    receipt_poll: Option<Duration>,
    balance_read_at: Option<Instant>,
    /// When a sent own transaction's nonce (a sweep, a refund) was first seen used without its
    /// receipt.
    own_nonce_used_at: Option<Instant>,
    /// When given-up tokens were last looked at for a refund.
    refund_checked_at: Option<Instant>,
}

impl Submitter {
    /// Runs until `shutdown`. Transactions in flight at shutdown stay recorded; the next start
    /// settles them.
    pub async fn run(self, shutdown: CancellationToken) {
        let mut session = Session::default();
        let mut failures = 0u32;
        loop {
            self.health.loop_turned(Loop::Submitter);
            // A round dropped at an await is like a crash there: every send was recorded before
            // it was broadcast, and the error path below reloads the session from the store.
            let round = tokio::time::timeout(self.round_timeout, self.round(&mut session))
                .await
                .unwrap_or(Err(SubmitError::RoundTimedOut(self.round_timeout)));
            let pause = match round {
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
        // One own transaction (a sweep, a refund) at a time; new batches wait while it is open.
        let holding = self.tend_sweep(session).await? || self.tend_refund(session).await?;
        let mut sent = if !holding && session.in_flight.len() < self.config.max_in_flight {
            self.send_new_batch(session).await?
        } else {
            Wait::Until(self.poll_interval)
        };
        if !holding && matches!(sent, Wait::Until(_)) && self.start_refund(session).await? {
            sent = Wait::Sent;
        }
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
        session.in_flight = self
            .store
            .open_submissions()?
            .into_iter()
            .map(|submission| {
                let last_sent = submission
                    .latest()
                    .map_or_else(Instant::now, |v| instant_of(v.sent_at));
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
        let share = self.config.max_gas_cost_share;
        let fees = self
            .escrow_and_images_in_wei(&jobs)
            .await
            .and_then(|(escrow, images)| {
                let fees = fees_within_cap(quote, self.fee_cap())?;
                check_profitable(estimate, quote, images, escrow, share).map(|()| fees)
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
        let (version, raw) = self
            .signed_fulfil(&jobs, nonce, gas_limit, (max_fee, priority))
            .await?;
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
                self.metrics.given_up(GiveUpReason::Deadline);
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
                    self.metrics.given_up(GiveUpReason::InvalidRecord);
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
                let verdict = contract::verdict_for(&nft, &job, first_token_id).await;
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
}

enum Wait {
    Sent,
    Until(Duration),
}

impl Submitter {
    /// What the batch earns and what its images cost (`submit.image_cost_usd` each), both in
    /// wei: dollars at the current ETH/USD rate, read only when the batch holds USDC or images
    /// have a cost.
    async fn escrow_and_images_in_wei(&self, jobs: &[Job]) -> Result<(U256, U256), FeeWait> {
        let eth = escrow_in(jobs, Currency::Eth);
        let usdc = escrow_in(jobs, Currency::Usdc);
        let images_usd = self.config.image_cost_usd * jobs.len() as f64;
        if usdc.is_zero() && images_usd == 0.0 {
            return Ok((eth, U256::ZERO));
        }
        let rate = self
            .prices
            .rate()
            .await
            .map_err(|error| FeeWait::NoRate(error.to_string()))?;
        let images_usdc_units = U256::from((images_usd * 1e6).round().max(0.0) as u128);
        Ok((
            eth.saturating_add(rate.usd_per_eth.usdc_to_wei(usdc)),
            rate.usd_per_eth.usdc_to_wei(images_usdc_units),
        ))
    }
}

/// The batch's escrow in one currency, in its smallest unit.
fn escrow_in(jobs: &[Job], currency: Currency) -> U256 {
    jobs.iter()
        .filter(|job| job.currency == currency)
        .map(|job| job.paid.parse().unwrap_or(U256::ZERO))
        .fold(U256::ZERO, U256::saturating_add)
}
