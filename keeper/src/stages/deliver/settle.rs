//! Settlement: what each token of a submission whose nonce the chain has used became (delivered,
//! skipped, given up or ready again). The decisions are plain functions, unit-tested here; the
//! methods gather the chain facts they need.

use std::collections::{BTreeMap, HashMap};
use std::time::Instant;

use alloy::primitives::{B256, U256};
use alloy::providers::Provider;
use alloy::rpc::types::{Filter, TransactionReceipt};
use alloy::sol_types::SolEvent;
use genimnft_bindings::gen_im_nft::GenImNFT::{FulfilmentSkipped, ImageDelivered};

use crate::chain::contract::{self, Status};
use crate::chain::own_tx::{gas_paid, nonce_counts_as_taken};
use crate::chain::rpc::failed;
use crate::chain::units::wei_as_f64;
use crate::jobs::{Currency, Settlement, SkipCause, Submission, SubmissionOutcome};
use crate::metrics::GiveUpReason;
use crate::pauses::Stage;

use super::{InFlight, Session, SubmitError, Submitter};

impl Submitter {
    /// Settles every in-flight submission whose nonce the chain has used: by the receipt of the
    /// version that was mined, or by the tokens' status if none of ours was. One submission's
    /// trouble does not hold up the others.
    pub(super) async fn settle_mined(&self, session: &mut Session) -> Result<(), SubmitError> {
        let mined = self.own_tx().mined_nonce().await?;
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
    pub(super) async fn settle_used_nonce(
        &self,
        flight: &mut InFlight,
    ) -> Result<bool, SubmitError> {
        let submission = &flight.submission;
        if let Some(receipt) = self.receipt_of_any_version(submission).await? {
            self.apply_receipt(submission, &receipt).await?;
            return Ok(true);
        }
        let since = *flight
            .nonce_used_without_receipt
            .get_or_insert_with(Instant::now);
        if !nonce_counts_as_taken(since.elapsed()) {
            tracing::debug!(
                nonce = submission.nonce,
                "nonce used but no receipt of ours yet; waiting for the node to catch up"
            );
            return Ok(false);
        }
        self.health.foreign_transactions(
            1,
            &format!(
                "nonce {} went to a transaction that is none of this keeper's fulfils; its tokens \
                 are settled by their on-chain status",
                submission.nonce
            ),
        );
        self.settle_by_chain_status(submission, SubmissionOutcome::NonceUsedElsewhere)
            .await?;
        Ok(true)
    }

    /// The receipt of whichever recorded version was mined, newest first.
    pub(super) async fn receipt_of_any_version(
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
    pub(super) async fn apply_receipt(
        &self,
        submission: &Submission,
        receipt: &TransactionReceipt,
    ) -> Result<(), SubmitError> {
        let hash = receipt.transaction_hash.to_string();
        let gas_cost = gas_paid(receipt);
        self.metrics.gas_spent_wei.inc_by(wei_as_f64(gas_cost));
        if !receipt.status() {
            tracing::error!(%hash, "fulfil transaction reverted; its tokens will be sent again");
            self.check_still_agent().await;
            let ready = all_settled_as(&submission.token_ids, &Settlement::Ready);
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
        let mut earned = Earned::default();
        for log in receipt.inner.logs() {
            if log.address() != *self.nft.address() {
                continue;
            }
            if let Ok(event) = log.log_decode::<ImageDelivered>() {
                let token_id = to_u64(event.inner.data.tokenId);
                if carried.contains_key(&token_id) {
                    earned.add(self.currency_of(token_id)?, event.inner.data.paid);
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
                        .settlement_for_status(token_id, Status::from_code(event.inner.data.status))
                        .await?;
                    settlements.insert(token_id, settlement);
                }
            }
        }
        let settlements = with_unmentioned_ready(&submission.token_ids, settlements, &hash);
        self.store.settle_submission(
            submission.id,
            SubmissionOutcome::Mined,
            Some(&hash),
            &settlements,
        )?;
        self.count_settlements(&settlements);
        self.count_earned(earned).await;
        tracing::info!(%hash, tokens = submission.token_ids.len(), gas = receipt.gas_used, "fulfil transaction mined");
        Ok(())
    }

    /// The nonce went to a transaction that is none of this submission's versions (or nothing is
    /// known of it): the chain says which tokens are delivered, by us or by another agent; the still
    /// pending ones go back to ready and are sent again.
    pub(super) async fn settle_by_chain_status(
        &self,
        submission: &Submission,
        outcome: SubmissionOutcome,
    ) -> Result<(), SubmitError> {
        let mut settlements = Vec::with_capacity(submission.token_ids.len());
        for &token_id in &submission.token_ids {
            let status = Status::from_code(contract::request(&self.nft, token_id).await?.status);
            let settlement = match status {
                Status::Pending => settled_by_chain_status(status, None),
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
    pub(super) async fn settlement_for_status(
        &self,
        token_id: u64,
        status: Status,
    ) -> Result<Settlement, SubmitError> {
        let ours = match status {
            Status::Delivered => self.our_delivery_of(token_id).await?,
            _ => None,
        };
        Ok(settled_after_skip(status, ours))
    }

    /// The hash of the transaction by which this agent delivered `token_id` with the metadata we
    /// stored for it (an earlier version or submission of ours), if it did.
    pub(super) async fn our_delivery_of(
        &self,
        token_id: u64,
    ) -> Result<Option<String>, SubmitError> {
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

    pub(super) fn count_settlements(&self, settlements: &[(u64, Settlement)]) {
        for (_, settlement) in settlements {
            match settlement {
                Settlement::Delivered { .. } => {
                    self.metrics.tokens_delivered.inc();
                }
                Settlement::GivenUp { .. } => self.metrics.given_up(GiveUpReason::Deadline),
                Settlement::Skipped { .. } | Settlement::Ready => {}
            }
        }
    }

    /// A reverted fulfil usually means the agent lost its authorization: stop delivering then.
    pub(super) async fn check_still_agent(&self) {
        match contract::agent_first_token_id(&self.nft, self.agent).await {
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

    /// The currency a carried token was paid in, as recorded from its mint.
    fn currency_of(&self, token_id: u64) -> Result<Currency, SubmitError> {
        Ok(self
            .store
            .get(token_id)?
            .map(|job| job.currency)
            .unwrap_or_default())
    }

    /// Escrow earned by a mined fulfil, per currency and valued in wei together.
    async fn count_earned(&self, earned: Earned) {
        self.metrics
            .escrow_earned_wei
            .inc_by(wei_as_f64(earned.wei));
        let mut value = earned.wei;
        if !earned.usdc_units.is_zero() {
            let dollars = wei_as_f64(earned.usdc_units) / 1e6;
            self.metrics.escrow_earned_usdc.inc_by(dollars);
            match self.prices.rate().await {
                Ok(rate) => value += rate.usd_per_eth.usdc_to_wei(earned.usdc_units),
                Err(error) => {
                    tracing::warn!(%error, dollars, "USDC earned left out of escrow_earned_value_wei")
                }
            }
        }
        self.metrics
            .escrow_earned_value_wei
            .inc_by(wei_as_f64(value));
    }
}

/// Escrow paid by one receipt's deliveries, per currency.
#[derive(Debug, Default)]
struct Earned {
    wei: U256,
    usdc_units: U256,
}

impl Earned {
    fn add(&mut self, currency: Currency, paid: U256) {
        match currency {
            Currency::Eth => self.wei += paid,
            Currency::Usdc => self.usdc_units += paid,
        }
    }
}

pub(super) fn to_u64(value: U256) -> u64 {
    u64::try_from(value).unwrap_or(u64::MAX)
}

/// Every token of a submission settled the same way (a reverted fulfil: ready again; an abandoned
/// one: given up).
pub(super) fn all_settled_as(token_ids: &[u64], settlement: &Settlement) -> Vec<(u64, Settlement)> {
    token_ids
        .iter()
        .map(|&id| (id, settlement.clone()))
        .collect()
}

/// The settlements a mined receipt gave, with every carried token the receipt does not mention
/// sent again (ready), in token order.
pub(super) fn with_unmentioned_ready(
    token_ids: &[u64],
    mut settlements: BTreeMap<u64, Settlement>,
    hash: &str,
) -> Vec<(u64, Settlement)> {
    for &token_id in token_ids {
        settlements.entry(token_id).or_insert_with(|| {
            tracing::error!(token_id, %hash, "fulfil receipt does not mention the token; sending it again");
            Settlement::Ready
        });
    }
    settlements.into_iter().collect()
}

/// A token whose nonce went to another transaction: still pending on chain means send it again;
/// any other status is settled as a skip would be.
pub(super) fn settled_by_chain_status(status: Status, our_delivery: Option<String>) -> Settlement {
    match status {
        Status::Pending => Settlement::Ready,
        status => settled_after_skip(status, our_delivery),
    }
}

/// What a token that a fulfil skipped (or that another transaction settled) has become, given its
/// on-chain status and, when delivered, the hash of our delivery if it was ours.
pub(super) fn settled_after_skip(status: Status, our_delivery: Option<String>) -> Settlement {
    match status {
        Status::Delivered => match our_delivery {
            Some(tx_hash) => Settlement::Delivered { tx_hash },
            None => Settlement::Skipped {
                cause: SkipCause::FulfilledByOther,
                reason: "delivered by another agent".into(),
            },
        },
        Status::Refunded => Settlement::Skipped {
            cause: SkipCause::Refunded,
            reason: "refunded to its holder".into(),
        },
        Status::Pending => Settlement::GivenUp {
            reason: "the contract no longer accepts a delivery from this agent (deadline \
                     passed before the delivery was mined)"
                .into(),
        },
        Status::None => Settlement::Skipped {
            cause: SkipCause::Reorged,
            reason: "token does not exist on chain".into(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn delivered(hash: &str) -> Settlement {
        Settlement::Delivered {
            tx_hash: hash.into(),
        }
    }

    #[test]
    fn a_reverted_fulfil_makes_every_carried_token_ready() {
        assert_eq!(
            all_settled_as(&[3, 1], &Settlement::Ready),
            vec![(3, Settlement::Ready), (1, Settlement::Ready)]
        );
    }

    #[test]
    fn tokens_a_receipt_does_not_mention_are_sent_again_and_mentioned_ones_kept() {
        let mentioned = BTreeMap::from([(2, delivered("0xa")), (9, delivered("0xother"))]);
        assert_eq!(
            with_unmentioned_ready(&[1, 2], mentioned, "0xa"),
            vec![
                (1, Settlement::Ready),
                (2, delivered("0xa")),
                (9, delivered("0xother"))
            ]
        );
    }

    #[test]
    fn a_skipped_token_is_settled_by_its_on_chain_status() {
        assert_eq!(
            settled_after_skip(Status::Delivered, Some("0xours".into())),
            delivered("0xours")
        );
        assert!(matches!(
            settled_after_skip(Status::Delivered, None),
            Settlement::Skipped {
                cause: SkipCause::FulfilledByOther,
                ..
            }
        ));
        assert!(matches!(
            settled_after_skip(Status::Refunded, None),
            Settlement::Skipped {
                cause: SkipCause::Refunded,
                ..
            }
        ));
        // Skipped while still pending: the contract refuses this agent now (deadline passed).
        assert!(matches!(
            settled_after_skip(Status::Pending, None),
            Settlement::GivenUp { .. }
        ));
        assert!(matches!(
            settled_after_skip(Status::None, None),
            Settlement::Skipped {
                cause: SkipCause::Reorged,
                ..
            }
        ));
    }

    #[test]
    fn a_token_still_pending_after_its_nonce_went_elsewhere_is_sent_again() {
        assert_eq!(
            settled_by_chain_status(Status::Pending, None),
            Settlement::Ready
        );
        assert_eq!(
            settled_by_chain_status(Status::Delivered, Some("0xours".into())),
            delivered("0xours")
        );
        assert!(matches!(
            settled_by_chain_status(Status::Refunded, None),
            Settlement::Skipped {
                cause: SkipCause::Refunded,
                ..
            }
        ));
    }
}
