//! Executor: batches ready jobs into `fulfilBatch` transactions and settles them.
//!
//! One signer, nonces assigned here. Each transaction is signed locally and its hash and nonce are
//! recorded in the job store *before* it is broadcast, so after a crash at any point the keeper knows
//! which transaction may be on chain and checks it (receipt, else the tokens' on-chain status) before
//! anything is sent again: a delivered token never gets a second fulfil. A transaction without a
//! receipt after `resend_after_secs` is replaced (same nonce, higher fees). Tokens the contract skips
//! because they are no longer pending end as skipped or given up, not as errors.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use alloy::consensus::Transaction as _;
use alloy::eips::{BlockId, Encodable2718};
use alloy::network::{EthereumWallet, NetworkTransactionBuilder, TransactionBuilder};
use alloy::primitives::{Address, B256, U256};
use alloy::providers::{DynProvider, Provider};
use alloy::rpc::types::{TransactionReceipt, TransactionRequest};
use alloy::sol_types::SolCall;
use alloy::transports::{RpcError, TransportError};
use genimnft_bindings::gen_im_nft::GenImNFT::{
    FulfilmentSkipped, GenImNFTInstance, ImageDelivered, fulfilBatchCall,
};
use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;

use crate::chain::backoff;
use crate::config::SubmitConfig;
use crate::metrics::Metrics;
use crate::onchain::{
    self, OnChainError, STATUS_DELIVERED, STATUS_PENDING, STATUS_REFUNDED, Verdict,
};
use crate::pipeline::unix_now;
use crate::rpc::{RpcFailure, failed};
use crate::store::{Job, JobState, JobStore, SkipCause, StoreError};

/// Gas estimate headroom: state can change between estimation and inclusion.
const GAS_HEADROOM_PERCENT: u64 = 20;
/// Lower bound of a fulfil's gas limit, with a wide margin over what tools/gas-bench measures
/// (fulfilBatch of 10: 133,273 gas, about 35,000 for the transaction and payout plus 10,000 per
/// token). Unused gas costs nothing.
const GAS_FLOOR_BASE: u64 = 60_000;
const GAS_FLOOR_PER_TOKEN: u64 = 20_000;
/// Fee increase for a replacement; nodes require at least 10 %.
const FEE_BUMP_PERCENT: u128 = 25;
/// Jobs looked at when settling leftovers.
const SETTLE_LIMIT: u32 = 10_000;

#[derive(Debug, thiserror::Error)]
pub enum SubmitError {
    #[error(transparent)]
    Rpc(#[from] RpcFailure),
    #[error("signing the fulfil transaction: {0}")]
    Sign(String),
    #[error("fulfil transaction {hash} reverted")]
    Reverted { hash: B256 },
    #[error("gas estimate {estimate} for one token exceeds the cap {cap}")]
    GasAboveCap { estimate: u64, cap: u64 },
    #[error("token {token_id}: stored metadata hash {value:?} is not a 32-byte hex string")]
    BadHash {
        token_id: u64,
        value: Option<String>,
    },
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    OnChain(#[from] OnChainError),
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
    pub poll_interval: Duration,
    /// Woken by the pipeline when a job is ready.
    pub ready: Arc<Notify>,
    pub next_nonce: Option<u64>,
}

impl Submitter {
    /// Runs until `shutdown`. A transaction being confirmed at shutdown is left recorded as
    /// submitted; the next start settles it.
    pub async fn run(mut self, shutdown: CancellationToken) {
        let mut failures = 0u32;
        let mut settled = false;
        let mut first_ready_at: Option<Instant> = None;
        loop {
            let result = if settled {
                self.round(&mut first_ready_at).await
            } else {
                self.settle_leftovers().await.map(|()| {
                    settled = true;
                    Round::Sent
                })
            };
            let pause = match result {
                Ok(Round::Sent) => {
                    failures = 0;
                    Duration::ZERO
                }
                Ok(Round::Wait(pause)) => {
                    failures = 0;
                    pause
                }
                Err(error) => {
                    failures += 1;
                    tracing::warn!(%error, failures, "submission failed; retrying");
                    // Our view of the nonce or of in-flight transactions may be stale.
                    self.next_nonce = None;
                    settled = false;
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

    /// Sends one batch if there is a full one, or a partial one that has waited long enough.
    async fn round(&mut self, first_ready_at: &mut Option<Instant>) -> Result<Round, SubmitError> {
        let batch_size = self.config.batch_size;
        let ready = self.store.jobs_in_state(
            JobState::MetadataStored,
            u32::try_from(batch_size).unwrap_or(u32::MAX),
        )?;
        let ready = self.drop_expired(ready)?;
        if ready.is_empty() {
            *first_ready_at = None;
            return Ok(Round::Wait(self.poll_interval));
        }
        let waited = first_ready_at.get_or_insert_with(Instant::now).elapsed();
        let max_wait = Duration::from_millis(self.config.batch_max_wait_ms);
        if ready.len() < batch_size && waited < max_wait {
            return Ok(Round::Wait((max_wait - waited).min(self.poll_interval)));
        }
        *first_ready_at = None;
        let ready = self.still_requested(ready).await?;
        if !ready.is_empty() {
            self.submit_batch(ready).await?;
        }
        Ok(Round::Sent)
    }

    /// Jobs past their deadline cannot be delivered any more: the holder may refund.
    fn drop_expired(&self, jobs: Vec<Job>) -> Result<Vec<Job>, SubmitError> {
        let now = unix_now();
        let mut live = Vec::with_capacity(jobs.len());
        for job in jobs {
            if job.deadline < now {
                self.store
                    .give_up(job.token_id, "deadline passed before the delivery was sent")?;
                self.metrics.tokens_failed.inc();
            } else {
                live.push(job);
            }
        }
        Ok(live)
    }

    /// Re-reads each token's request on chain just before sending, so a token whose mint was
    /// reorged away (or re-minted with another request), refunded or delivered by someone else is
    /// never fulfilled with this job's metadata. Reads run concurrently.
    async fn still_requested(&self, jobs: Vec<Job>) -> Result<Vec<Job>, SubmitError> {
        let mut reads = tokio::task::JoinSet::new();
        for job in jobs {
            let nft = self.nft.clone();
            reads.spawn(async move {
                let verdict = onchain::verdict_for(&nft, &job).await;
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

    async fn submit_batch(&mut self, mut jobs: Vec<Job>) -> Result<(), SubmitError> {
        loop {
            let call = fulfil_batch_call(&jobs)?;
            let request = TransactionRequest::default()
                .with_from(self.agent)
                .with_to(*self.nft.address())
                .with_input(call.abi_encode());
            let (estimate, gas_limit) = self.gas_limit(&request, jobs.len()).await?;
            if gas_limit <= self.config.gas_limit_cap {
                let ids: Vec<u64> = jobs.iter().map(|job| job.token_id).collect();
                return self
                    .send_and_settle(&ids, request.with_gas_limit(gas_limit), None)
                    .await;
            }
            if jobs.len() == 1 {
                return Err(SubmitError::GasAboveCap {
                    estimate,
                    cap: self.config.gas_limit_cap,
                });
            }
            // Too big for the cap: send the first half now, the rest next round.
            jobs.truncate(jobs.len() / 2);
        }
    }

    /// Sends `request` for `ids` and waits until one version of it is mined, replacing it with
    /// higher fees whenever no receipt arrives in time. With `replacing`, the transaction takes the
    /// place of one recorded earlier (same nonce, whose hashes may still be mined, and whose fees
    /// it must beat); otherwise it takes the next nonce.
    async fn send_and_settle(
        &mut self,
        ids: &[u64],
        request: TransactionRequest,
        replacing: Option<Replacement>,
    ) -> Result<(), SubmitError> {
        let (nonce, mut sent, floor) = match replacing {
            Some(r) => (r.nonce, r.hashes, r.fees),
            None => (self.nonce().await?, Vec::new(), None),
        };
        let fees = self
            .provider
            .estimate_eip1559_fees()
            .await
            .map_err(failed("eth_feeHistory"))?;
        let (mut max_fee, mut priority) = (fees.max_fee_per_gas, fees.max_priority_fee_per_gas);
        if let Some((old_max, old_priority)) = floor {
            max_fee = max_fee.max(bump(old_max));
            priority = priority.max(bump(old_priority));
        }
        let mut request = request
            .with_nonce(nonce)
            .with_chain_id(self.chain_id)
            .with_max_fee_per_gas(max_fee)
            .with_max_priority_fee_per_gas(priority);
        loop {
            let hash = self
                .sign_record_and_send(ids, request.clone(), nonce)
                .await?;
            sent.push(hash);
            if self.next_nonce.is_none_or(|next| next <= nonce) {
                self.next_nonce = Some(nonce + 1);
            }
            tracing::info!(tokens = ids.len(), %hash, nonce, "fulfil transaction sent");
            let resend_after = Duration::from_secs(self.config.resend_after_secs);
            if let Some(receipt) = self.wait_for_any_receipt(&sent, resend_after).await? {
                return self.apply_receipt(ids, &receipt).await;
            }
            // Stuck (underpriced, or dropped): replace it with the same nonce and higher fees.
            let max_fee = request.max_fee_per_gas.unwrap_or_default();
            let priority = request.max_priority_fee_per_gas.unwrap_or_default();
            request = request
                .with_max_fee_per_gas(bump(max_fee))
                .with_max_priority_fee_per_gas(bump(priority));
            tracing::warn!(%hash, nonce, "no receipt in time; replacing with higher fees");
        }
    }

    /// Signs, records the hash and nonce, then broadcasts: in that order, so a crash between any
    /// two steps leaves a record pointing at every transaction that might exist.
    async fn sign_record_and_send(
        &self,
        ids: &[u64],
        request: TransactionRequest,
        nonce: u64,
    ) -> Result<B256, SubmitError> {
        let envelope = request
            .build(&self.wallet)
            .await
            .map_err(|e| SubmitError::Sign(e.to_string()))?;
        let hash = *envelope.tx_hash();
        self.store.submitted(ids, &hash.to_string(), nonce)?;
        match self
            .provider
            .send_raw_transaction(&envelope.encoded_2718())
            .await
        {
            Ok(_) => {}
            Err(error) if is_already_known(&error) => {}
            Err(error) => return Err(failed("eth_sendRawTransaction")(error).into()),
        }
        self.metrics.transactions_sent.inc();
        Ok(hash)
    }

    async fn wait_for_any_receipt(
        &self,
        hashes: &[B256],
        timeout: Duration,
    ) -> Result<Option<TransactionReceipt>, SubmitError> {
        let started = Instant::now();
        // Most receipts arrive within a block: look again soon, then back off to the poll interval.
        let mut pause = Duration::from_millis(25);
        loop {
            for hash in hashes.iter().rev() {
                if let Some(receipt) = self
                    .provider
                    .get_transaction_receipt(*hash)
                    .await
                    .map_err(failed("eth_getTransactionReceipt"))?
                {
                    return Ok(Some(receipt));
                }
            }
            if started.elapsed() >= timeout {
                return Ok(None);
            }
            tokio::time::sleep(pause).await;
            pause = (pause * 2).min(self.poll_interval);
        }
    }

    /// Records the outcome of a mined fulfil transaction for every token it carried.
    async fn apply_receipt(
        &self,
        ids: &[u64],
        receipt: &TransactionReceipt,
    ) -> Result<(), SubmitError> {
        let hash = receipt.transaction_hash;
        if !receipt.status() {
            for &token_id in ids {
                self.store.back_to_ready(token_id)?;
            }
            return Err(SubmitError::Reverted { hash });
        }
        let mut settled = Vec::with_capacity(ids.len());
        for log in receipt.inner.logs() {
            if let Ok(event) = log.log_decode::<ImageDelivered>() {
                let token_id = to_u64(event.inner.data.tokenId);
                self.record_delivered(token_id, &hash.to_string())?;
                settled.push(token_id);
            } else if let Ok(event) = log.log_decode::<FulfilmentSkipped>() {
                let token_id = to_u64(event.inner.data.tokenId);
                self.settle_skipped(token_id, event.inner.data.status)
                    .await?;
                settled.push(token_id);
            }
        }
        for &token_id in ids.iter().filter(|id| !settled.contains(id)) {
            tracing::error!(token_id, %hash, "fulfil receipt does not mention the token; will retry");
            self.store.back_to_ready(token_id)?;
        }
        tracing::info!(%hash, tokens = ids.len(), gas = receipt.gas_used, "fulfil transaction mined");
        Ok(())
    }

    fn record_delivered(&self, token_id: u64, tx: &str) -> Result<(), SubmitError> {
        self.store.delivered(token_id, tx)?;
        self.metrics.tokens_delivered.inc();
        Ok(())
    }

    /// Whether the hash delivered on chain for `token_id` is the one we stored: then the delivery
    /// was ours (an earlier version of our transaction), not another agent's.
    async fn delivered_our_metadata(&self, token_id: u64) -> Result<bool, SubmitError> {
        let Some(job) = self.store.get(token_id)? else {
            return Ok(false);
        };
        let record = onchain::request(&self.nft, token_id).await?;
        Ok(record.status == STATUS_DELIVERED
            && job
                .metadata_sha256
                .as_deref()
                .is_some_and(|h| h.eq_ignore_ascii_case(&record.metadataHash.to_string())))
    }

    async fn settle_skipped(&self, token_id: u64, status: u8) -> Result<(), SubmitError> {
        match status {
            STATUS_DELIVERED if self.delivered_our_metadata(token_id).await? => {
                self.record_delivered(token_id, "an earlier transaction of this keeper")?;
            }
            STATUS_DELIVERED => self.store.skip(
                token_id,
                SkipCause::FulfilledByOther,
                "delivered by another agent",
            )?,
            STATUS_REFUNDED => {
                self.store
                    .skip(token_id, SkipCause::Refunded, "refunded to its holder")?
            }
            STATUS_PENDING => {
                self.store
                    .give_up(token_id, "deadline passed before the delivery was mined")?;
                self.metrics.tokens_failed.inc();
            }
            _ => self.store.skip(
                token_id,
                SkipCause::Reorged,
                "token does not exist on chain",
            )?,
        }
        Ok(())
    }

    /// Settles transactions a previous run (or a failed round) left as submitted: by their receipt,
    /// else by the tokens' on-chain status. Nothing is re-sent for a token that is delivered.
    async fn settle_leftovers(&mut self) -> Result<(), SubmitError> {
        let submitted = self
            .store
            .jobs_in_state(JobState::Submitted, SETTLE_LIMIT)?;
        if submitted.is_empty() {
            return Ok(());
        }
        let mut by_tx: BTreeMap<String, Vec<u64>> = BTreeMap::new();
        for job in &submitted {
            if let Some(hash) = &job.submit_tx_hash {
                by_tx.entry(hash.clone()).or_default().push(job.token_id);
            }
        }
        tracing::info!(
            transactions = by_tx.len(),
            tokens = submitted.len(),
            "settling in-flight deliveries"
        );
        for (hash, ids) in by_tx {
            let hash: B256 = hash.parse().map_err(|_| SubmitError::BadHash {
                token_id: ids[0],
                value: Some(hash.clone()),
            })?;
            let receipt = self
                .provider
                .get_transaction_receipt(hash)
                .await
                .map_err(failed("eth_getTransactionReceipt"))?;
            match receipt {
                Some(receipt) => match self.apply_receipt(&ids, &receipt).await {
                    Ok(()) | Err(SubmitError::Reverted { .. }) => {}
                    Err(error) => return Err(error),
                },
                None => self.settle_unmined(hash, &ids).await?,
            }
        }
        Ok(())
    }

    /// A recorded transaction without a receipt. If its nonce is still unused, it is pending or was
    /// dropped: replace it at that nonce (watching both hashes), so no second transaction is spent
    /// on the same tokens. If the nonce was used, another version of it was mined: the chain says
    /// which tokens are delivered.
    async fn settle_unmined(&mut self, hash: B256, ids: &[u64]) -> Result<(), SubmitError> {
        let Some(nonce) = self.store.get(ids[0])?.and_then(|job| job.submit_nonce) else {
            return self.settle_by_chain_status(ids).await;
        };
        let used = self
            .provider
            .get_transaction_count(self.agent)
            .await
            .map_err(failed("eth_getTransactionCount"))?;
        if nonce < used {
            return self.settle_by_chain_status(ids).await;
        }
        let fees = self
            .provider
            .get_transaction_by_hash(hash)
            .await
            .map_err(failed("eth_getTransactionByHash"))?
            .map(|tx| {
                (
                    tx.max_fee_per_gas(),
                    tx.max_priority_fee_per_gas().unwrap_or_default(),
                )
            });
        let mut jobs = Vec::with_capacity(ids.len());
        for &token_id in ids {
            if let Some(job) = self.store.get(token_id)? {
                jobs.push(job);
            }
        }
        let request = TransactionRequest::default()
            .with_from(self.agent)
            .with_to(*self.nft.address())
            .with_input(fulfil_batch_call(&jobs)?.abi_encode());
        let (_, gas_limit) = self.gas_limit(&request, jobs.len()).await?;
        tracing::info!(%hash, nonce, "recorded fulfil not mined yet; replacing it at its nonce");
        let replacing = Replacement {
            nonce,
            hashes: vec![hash],
            fees,
        };
        self.send_and_settle(ids, request.with_gas_limit(gas_limit), Some(replacing))
            .await
    }

    /// The recorded transaction's nonce was used by another version of it (or nothing is known
    /// about it): the chain says which tokens are delivered, by us or by another agent; the still
    /// pending ones go back to ready and are sent again with a fresh nonce.
    async fn settle_by_chain_status(&mut self, ids: &[u64]) -> Result<(), SubmitError> {
        for &token_id in ids {
            match onchain::request(&self.nft, token_id).await?.status {
                STATUS_PENDING => self.store.back_to_ready(token_id)?,
                status => self.settle_skipped(token_id, status).await?,
            }
        }
        self.next_nonce = None;
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
        let floor = GAS_FLOOR_BASE + GAS_FLOOR_PER_TOKEN * tokens as u64;
        Ok((
            estimate,
            (estimate + estimate * GAS_HEADROOM_PERCENT / 100).max(floor),
        ))
    }

    async fn nonce(&mut self) -> Result<u64, SubmitError> {
        if let Some(nonce) = self.next_nonce {
            return Ok(nonce);
        }
        let nonce = self
            .provider
            .get_transaction_count(self.agent)
            .pending()
            .await
            .map_err(failed("eth_getTransactionCount"))?;
        self.next_nonce = Some(nonce);
        Ok(nonce)
    }
}

enum Round {
    Sent,
    Wait(Duration),
}

/// A transaction that takes the place of one recorded earlier.
struct Replacement {
    nonce: u64,
    /// Earlier versions that may still be mined.
    hashes: Vec<B256>,
    /// The fees the replacement must beat, when the node still knows the earlier version.
    fees: Option<(u128, u128)>,
}

fn fulfil_batch_call(jobs: &[Job]) -> Result<fulfilBatchCall, SubmitError> {
    let mut token_ids = Vec::with_capacity(jobs.len());
    let mut hashes = Vec::with_capacity(jobs.len());
    for job in jobs {
        let hash: B256 = job
            .metadata_sha256
            .as_deref()
            .and_then(|h| h.parse().ok())
            .ok_or_else(|| SubmitError::BadHash {
                token_id: job.token_id,
                value: job.metadata_sha256.clone(),
            })?;
        token_ids.push(U256::from(job.token_id));
        hashes.push(hash);
    }
    Ok(fulfilBatchCall {
        tokenIds: token_ids,
        metadataHashes: hashes,
    })
}

fn bump(fee: u128) -> u128 {
    fee + (fee * FEE_BUMP_PERCENT).div_ceil(100) + 1
}

fn to_u64(value: U256) -> u64 {
    u64::try_from(value).unwrap_or(u64::MAX)
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

    #[test]
    fn bump_raises_fees_by_more_than_ten_percent() {
        for fee in [1u128, 7, 1_000_000_000, 123_456_789_012] {
            assert!(bump(fee) * 100 >= fee * 110, "{fee} -> {}", bump(fee));
        }
    }
}
