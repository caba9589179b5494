//! Sweeps of the agent's earnings (`genim sweep`, recorded in `jobs::sweeps`), sent at the
//! submitter's own nonces so that they never race a fulfil. A requested sweep holds new batches
//! until the fulfils in flight are settled, goes out alone (the amount: the balance minus the keep
//! amount and its own gas), and holds new batches until it is settled, so no later nonce ever
//! waits behind a sweep that does not land.

use std::time::Instant;

use alloy::eips::{BlockId, Encodable2718};
use alloy::network::{NetworkTransactionBuilder, TransactionBuilder};
use alloy::primitives::{Address, B256, U256};
use alloy::providers::Provider;
use alloy::rpc::types::TransactionRequest;

use crate::chain::rpc::failed;
use crate::chain::units::wei_as_f64;
use crate::jobs::{Sweep, SweepState};

use super::fees::fees_within_cap;
use super::settle::nonce_counts_as_taken;
use super::tx::{is_already_known, rpc_message};
use super::{Session, SubmitError, Submitter};

/// A plain transfer to an account without code.
const TRANSFER_GAS: u64 = 21_000;

/// Why a sweep is not sent.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SweepRefusal {
    #[error(
        "the agent holds {balance} wei; keeping {keep} wei and {reserved} wei for this \
         transfer's gas leaves nothing to send"
    )]
    NothingAboveKeep {
        balance: U256,
        keep: U256,
        reserved: U256,
    },
    #[error("{0}")]
    Invalid(String),
}

/// What a sweep may send: everything above `keep` and the gas `reserved` for pending work.
pub fn sweep_amount(balance: U256, keep: U256, reserved: U256) -> Result<U256, SweepRefusal> {
    balance
        .checked_sub(keep.saturating_add(reserved))
        .filter(|amount| !amount.is_zero())
        .ok_or(SweepRefusal::NothingAboveKeep {
            balance,
            keep,
            reserved,
        })
}

impl Submitter {
    /// Sends the oldest requested sweep once nothing is in flight, or settles the one sent.
    /// `true` while a sweep is open: no new batch goes out meanwhile.
    pub(super) async fn tend_sweep(&self, session: &mut Session) -> Result<bool, SubmitError> {
        let Some(sweep) = self.store.open_sweep()? else {
            return Ok(false);
        };
        match sweep.state {
            SweepState::Requested if session.in_flight.is_empty() => {
                self.send_sweep(session, &sweep).await?;
            }
            SweepState::Sent => self.settle_sweep(session, &sweep).await?,
            _ => {}
        }
        Ok(self
            .store
            .sweep(sweep.id)?
            .is_some_and(|sweep| !sweep.state.is_final()))
    }

    async fn send_sweep(&self, session: &mut Session, sweep: &Sweep) -> Result<(), SubmitError> {
        let (to, keep) = match parse_request(sweep) {
            Ok(parsed) => parsed,
            Err(refusal) => return self.refuse_sweep(sweep, &refusal),
        };
        let quote = self.fee_quote().await?;
        let (max_fee, priority) = match fees_within_cap(quote, self.fee_cap()) {
            Ok(fees) => fees,
            Err(wait) => return self.refuse_sweep(sweep, &SweepRefusal::Invalid(wait.to_string())),
        };
        let request = TransactionRequest::default()
            .with_from(self.agent)
            .with_to(to)
            .with_chain_id(self.chain_id)
            .with_value(U256::from(1u8));
        let estimate = self
            .provider
            .estimate_gas(request.clone())
            .block(BlockId::latest())
            .await
            .map_err(failed("eth_estimateGas"))?;
        // A contract recipient's gas may move between estimate and inclusion.
        let gas_limit = if estimate <= TRANSFER_GAS {
            TRANSFER_GAS
        } else {
            estimate + estimate / 5
        };
        let balance = self.read_balance().await?;
        let reserved = U256::from(gas_limit) * U256::from(max_fee);
        let amount = match sweep_amount(balance, keep, reserved) {
            Ok(amount) => amount,
            Err(refusal) => return self.refuse_sweep(sweep, &refusal),
        };
        let nonce = self.next_nonce(session).await?;
        let envelope = request
            .with_value(amount)
            .with_nonce(nonce)
            .with_gas_limit(gas_limit)
            .with_max_fee_per_gas(max_fee)
            .with_max_priority_fee_per_gas(priority)
            .build(&self.wallet)
            .await
            .map_err(|e| SubmitError::Sign(e.to_string()))?;
        let raw = envelope.encoded_2718();
        let hash = envelope.tx_hash().to_string();
        self.store
            .sweep_signed(sweep.id, nonce, &amount.to_string(), &hash, &raw)?;
        session.sweep_nonce_used_at = None;
        if let Err(error) = self.broadcast(&raw).await {
            // Nothing later waits behind it: the next transaction takes this nonce.
            self.store.sweep_finished(
                sweep.id,
                SweepState::Failed,
                Some(&format!("the node refused the transfer: {error}")),
            )?;
            session.next_nonce = None;
            return Ok(());
        }
        session.next_nonce = Some(nonce + 1);
        tracing::info!(sweep = sweep.id, %to, amount = %amount, nonce, %hash, "sweep sent");
        Ok(())
    }

    /// Settles a sent sweep by its receipt; re-broadcasts it while its nonce is free (after a
    /// restart the node may have dropped it); fails it once its nonce went to another transaction.
    async fn settle_sweep(&self, session: &mut Session, sweep: &Sweep) -> Result<(), SubmitError> {
        let (Some(hash), Some(nonce)) = (sweep.tx_hash.as_deref(), sweep.nonce) else {
            return Ok(());
        };
        let hash: B256 = hash.parse().map_err(|_| {
            SubmitError::Sign(format!("sweep {} has a bad hash {hash:?}", sweep.id))
        })?;
        if let Some(receipt) = self
            .provider
            .get_transaction_receipt(hash)
            .await
            .map_err(failed("eth_getTransactionReceipt"))?
        {
            let gas = U256::from(receipt.gas_used) * U256::from(receipt.effective_gas_price);
            self.metrics.gas_spent_wei.inc_by(wei_as_f64(gas));
            if receipt.status() {
                tracing::info!(sweep = sweep.id, %hash, "sweep mined");
                self.store
                    .sweep_finished(sweep.id, SweepState::Mined, None)?;
            } else {
                self.store.sweep_finished(
                    sweep.id,
                    SweepState::Failed,
                    Some("the transfer reverted (the recipient refused it)"),
                )?;
            }
            session.sweep_nonce_used_at = None;
            return Ok(());
        }
        let mined = self
            .provider
            .get_transaction_count(self.agent)
            .block_id(BlockId::latest())
            .await
            .map_err(failed("eth_getTransactionCount"))?;
        if mined <= nonce {
            // Still unmined (after a restart the node may have dropped it): send it again.
            if let Some(raw) = &sweep.raw {
                match self.provider.send_raw_transaction(raw).await {
                    Ok(_) => {}
                    Err(error) if is_already_known(&error) => {}
                    Err(error) => {
                        // Refused outright: give it up so that deliveries take the nonce.
                        self.store.sweep_finished(
                            sweep.id,
                            SweepState::Failed,
                            Some(&format!(
                                "the node refused it again: {}",
                                rpc_message(&error)
                            )),
                        )?;
                        session.next_nonce = None;
                    }
                }
            }
            return Ok(());
        }
        let since = *session.sweep_nonce_used_at.get_or_insert_with(Instant::now);
        if nonce_counts_as_taken(since.elapsed()) {
            self.store.sweep_finished(
                sweep.id,
                SweepState::Failed,
                Some("its nonce went to another transaction; nothing was sent"),
            )?;
            session.sweep_nonce_used_at = None;
        }
        Ok(())
    }

    fn refuse_sweep(&self, sweep: &Sweep, refusal: &SweepRefusal) -> Result<(), SubmitError> {
        tracing::warn!(sweep = sweep.id, %refusal, "sweep refused");
        self.store
            .sweep_finished(sweep.id, SweepState::Refused, Some(&refusal.to_string()))?;
        Ok(())
    }
}

fn parse_request(sweep: &Sweep) -> Result<(Address, U256), SweepRefusal> {
    let to: Address = sweep
        .to
        .parse()
        .map_err(|_| SweepRefusal::Invalid(format!("{:?} is not an address", sweep.to)))?;
    if to.is_zero() {
        return Err(SweepRefusal::Invalid(
            "refusing to send to the zero address".into(),
        ));
    }
    let keep: U256 = sweep.keep_wei.parse().map_err(|_| {
        SweepRefusal::Invalid(format!("keep {:?} is not a wei amount", sweep.keep_wei))
    })?;
    Ok((to, keep))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sweep_sends_what_lies_above_the_keep_amount_and_the_reserved_gas() {
        let wei = U256::from;
        assert_eq!(
            sweep_amount(wei(1000u64), wei(300u64), wei(200u64)),
            Ok(wei(500u64))
        );
        assert_eq!(
            sweep_amount(wei(1000u64), wei(800u64), wei(200u64)),
            Err(SweepRefusal::NothingAboveKeep {
                balance: wei(1000u64),
                keep: wei(800u64),
                reserved: wei(200u64)
            }),
            "exactly the keep amount and the gas: nothing to send"
        );
        assert!(
            sweep_amount(wei(100u64), U256::MAX, wei(1u64)).is_err(),
            "no overflow"
        );
    }
}
