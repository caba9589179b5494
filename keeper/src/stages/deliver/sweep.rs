//! Sweeps of the agent's earnings (`genim sweep`, recorded in `jobs::sweeps`), sent as the
//! keeper's own transactions (`own_tx`): a requested sweep holds new batches until the fulfils in
//! flight are settled, then goes out alone with the balance minus the keep amount and its own gas.

use alloy::eips::BlockId;
use alloy::network::TransactionBuilder;
use alloy::primitives::{Address, U256};
use alloy::providers::Provider;
use alloy::rpc::types::TransactionRequest;

use crate::chain::rpc::failed;
use crate::jobs::{Sweep, SweepState};

use super::fees::fees_within_cap;
use super::own_tx::Settled;
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
        let fees = match fees_within_cap(quote, self.fee_cap()) {
            Ok(fees) => fees,
            Err(wait) => return self.refuse_sweep(sweep, &SweepRefusal::Invalid(wait.to_string())),
        };
        let probe = TransactionRequest::default()
            .with_from(self.agent)
            .with_to(to)
            .with_value(U256::from(1u8));
        let estimate = self
            .provider
            .estimate_gas(probe)
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
        let reserved = U256::from(gas_limit) * U256::from(fees.0);
        let amount = match sweep_amount(balance, keep, reserved) {
            Ok(amount) => amount,
            Err(refusal) => return self.refuse_sweep(sweep, &refusal),
        };
        let transfer = TransactionRequest::default().with_to(to).with_value(amount);
        let signed = self.sign_own(session, transfer, gas_limit, fees).await?;
        self.store.sweep_signed(
            sweep.id,
            signed.nonce,
            &amount.to_string(),
            &signed.hash,
            &signed.raw,
        )?;
        if let Err(error) = self.broadcast_own(session, &signed).await {
            let reason = format!("the node refused the transfer: {error}");
            self.store
                .sweep_finished(sweep.id, SweepState::Failed, Some(&reason))?;
            return Ok(());
        }
        tracing::info!(sweep = sweep.id, %to, amount = %amount, nonce = signed.nonce, hash = %signed.hash, "sweep sent");
        Ok(())
    }

    async fn settle_sweep(&self, session: &mut Session, sweep: &Sweep) -> Result<(), SubmitError> {
        let (Some(hash), Some(nonce)) = (sweep.tx_hash.as_deref(), sweep.nonce) else {
            return Ok(());
        };
        match self
            .settle_own(session, hash, nonce, sweep.raw.as_deref())
            .await?
        {
            Settled::Mined { success: true } => {
                tracing::info!(sweep = sweep.id, %hash, "sweep mined");
                self.store
                    .sweep_finished(sweep.id, SweepState::Mined, None)?;
            }
            Settled::Mined { success: false } => self.store.sweep_finished(
                sweep.id,
                SweepState::Failed,
                Some("the transfer reverted (the recipient refused it)"),
            )?,
            Settled::Lost(reason) => {
                self.store
                    .sweep_finished(sweep.id, SweepState::Failed, Some(&reason))?;
            }
            Settled::Pending => {}
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
