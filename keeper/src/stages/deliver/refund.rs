//! Refunds nobody has to ask for (`jobs.auto_refund`): once a token the keeper gave up is past its
//! deadline, the keeper sends `refund(tokenId)` from its own wallet, as one of its own
//! transactions (`own_tx`), so the holder gets the escrow back without paying gas, in either
//! currency. Deliveries come first: a refund goes out only when no fulfil is in flight or ready,
//! and only while its gas costs at most `jobs.auto_refund_max_gas_share` of the escrow it returns.

use std::time::{Duration, Instant};

use alloy::eips::BlockId;
use alloy::network::TransactionBuilder;
use alloy::primitives::U256;
use alloy::providers::Provider;
use alloy::rpc::types::TransactionRequest;
use alloy::sol_types::SolCall;
use genimnft_bindings::gen_im_nft::GenImNFT::refundCall;

use crate::chain::contract::{self, Status};
use crate::jobs::{Job, JobState, SkipCause};
use crate::time::unix_now;

use super::fees::{check_profitable, fees_within_cap};
use super::own_tx::Settled;
use super::{Session, SubmitError, Submitter};

/// How often the given-up tokens are looked at when the last look sent nothing.
const REFUND_CHECK_EVERY: Duration = Duration::from_secs(10);
/// Candidates looked at per check (ones not due or not worth it are passed over).
const CANDIDATES_PER_CHECK: usize = 8;

impl Submitter {
    /// Settles the refund sent, if any; `true` while it is open (new batches wait for it).
    pub(super) async fn tend_refund(&self, session: &mut Session) -> Result<bool, SubmitError> {
        let Some(open) = self.store.open_refund()? else {
            return Ok(false);
        };
        let token_id = open.token_id;
        match self
            .settle_own(session, &open.tx_hash, open.nonce, Some(&open.raw))
            .await?
        {
            Settled::Pending => return Ok(true),
            Settled::Mined { success: true } => {
                self.store.refund_mined(token_id, &open.tx_hash)?;
                self.metrics.tokens_refunded_by_keeper.inc();
                tracing::info!(token_id, hash = %open.tx_hash, "given-up token refunded to its holder");
            }
            Settled::Mined { success: false } => {
                // Most likely its holder refunded it first: the next check settles it by status.
                self.store
                    .refund_failed(token_id, "the refund reverted (no longer pending on chain)")?;
            }
            Settled::Lost(reason) => self.store.refund_failed(token_id, &reason)?,
        }
        Ok(false)
    }

    /// Sends one due refund if deliveries leave room for it; `true` if one was sent.
    pub(super) async fn start_refund(&self, session: &mut Session) -> Result<bool, SubmitError> {
        let Some(share) = self.auto_refund_max_gas_share else {
            return Ok(false);
        };
        let idle = session.in_flight.is_empty()
            && self
                .store
                .jobs_in_state(JobState::MetadataStored, 1)?
                .is_empty();
        if !idle
            || session
                .refund_checked_at
                .is_some_and(|at| at.elapsed() < REFUND_CHECK_EVERY)
        {
            return Ok(false);
        }
        session.refund_checked_at = Some(Instant::now());
        let now = unix_now();
        let mut after = 0;
        for _ in 0..CANDIDATES_PER_CHECK {
            let Some(job) = self.store.next_refund_candidate(now, after)? else {
                return Ok(false);
            };
            after = job.token_id;
            if self.still_pending(&job).await? && self.send_refund(session, &job, share).await? {
                // The next one may follow as soon as this one is settled.
                session.refund_checked_at = None;
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Whether the chain still holds the token's escrow; otherwise its job is settled as the chain
    /// says and no refund is needed.
    async fn still_pending(&self, job: &Job) -> Result<bool, SubmitError> {
        let record = contract::request(&self.nft, job.token_id).await?;
        let (cause, reason) = match Status::from_code(record.status) {
            Status::Pending => return Ok(true),
            Status::Refunded => (SkipCause::Refunded, "refunded by its holder"),
            Status::Delivered => (SkipCause::FulfilledByOther, "delivered by another agent"),
            Status::None => (SkipCause::Reorged, "no longer exists on chain"),
        };
        self.store.refund_not_needed(job.token_id, cause, reason)?;
        Ok(false)
    }

    /// Signs, records and broadcasts `refund(tokenId)` if the chain accepts it now and its gas is
    /// within the budget; `false` to try again later.
    async fn send_refund(
        &self,
        session: &mut Session,
        job: &Job,
        share: f64,
    ) -> Result<bool, SubmitError> {
        let call = TransactionRequest::default()
            .with_to(*self.nft.address())
            .with_input(
                refundCall {
                    tokenId: U256::from(job.token_id),
                }
                .abi_encode(),
            );
        // Reverts until the chain's clock passes the deadline: try again at the next check.
        let Ok(estimate) = self
            .provider
            .estimate_gas(call.clone().with_from(self.agent))
            .block(BlockId::latest())
            .await
        else {
            return Ok(false);
        };
        let quote = self.fee_quote().await?;
        let Ok(fees) = fees_within_cap(quote, self.fee_cap()) else {
            return Ok(false);
        };
        let Ok((escrow, _)) = self
            .escrow_and_images_in_wei(std::slice::from_ref(job))
            .await
        else {
            return Ok(false);
        };
        if check_profitable(estimate, quote, U256::ZERO, escrow, share).is_err() {
            tracing::debug!(
                token_id = job.token_id,
                "refund gas above jobs.auto_refund_max_gas_share; later"
            );
            return Ok(false);
        }
        let gas_limit = estimate + estimate / 5;
        let signed = self.sign_own(session, call, gas_limit, fees).await?;
        self.store
            .refund_signed(job.token_id, signed.nonce, &signed.hash, &signed.raw)?;
        if let Err(error) = self.broadcast_own(session, &signed).await {
            self.store.refund_failed(
                job.token_id,
                &format!("the node refused the refund: {error}"),
            )?;
            return Ok(false);
        }
        tracing::info!(token_id = job.token_id, nonce = signed.nonce, hash = %signed.hash, "refund sent for a given-up token");
        Ok(true)
    }
}
