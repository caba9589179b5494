//! Sweeps of the agent's earnings (`genim sweep`, recorded in `jobs::sweeps`), sent as the
//! keeper's own transactions (`own_tx`): a requested sweep holds new batches until the fulfils in
//! flight are settled, then goes out alone with the balance minus the keep amount and its own gas.

use alloy::eips::BlockId;
use alloy::network::TransactionBuilder;
use alloy::primitives::{Address, U256};
use alloy::providers::Provider;
use alloy::rpc::types::TransactionRequest;

use alloy::sol;
use alloy::sol_types::SolCall as _;

use crate::chain::contract::OnChainError;
use crate::chain::rpc::failed;
use crate::jobs::{Currency, Sweep, SweepState};

use super::fees::fees_within_cap;
use super::own_tx::Settled;
use super::{Session, SubmitError, Submitter};

/// A plain transfer to an account without code.
const TRANSFER_GAS: u64 = 21_000;

sol! {
    /// The ERC-20 calls a USDC sweep makes.
    #[sol(rpc)]
    interface Erc20 {
        function balanceOf(address account) external view returns (uint256);
        function transfer(address to, uint256 amount) external returns (bool);
    }
}

/// A sweep ready to sign: the call, its gas limit and the amount it moves.
type Planned = (TransactionRequest, u64, U256);

/// Why a sweep is not sent.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SweepRefusal {
    #[error(
        "the agent holds {balance}; keeping {keep} and {reserved} for this transfer's gas (wei; \
         USDC in 10^-6 dollars) leaves nothing to send"
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
        let planned = match sweep.currency {
            Currency::Eth => self.plan_eth_sweep(to, keep, fees.0).await?,
            Currency::Usdc => self.plan_usdc_sweep(to, keep, fees.0).await?,
        };
        let (transfer, gas_limit, amount) = match planned {
            Ok(planned) => planned,
            Err(refusal) => return self.refuse_sweep(sweep, &refusal),
        };
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
        tracing::info!(sweep = sweep.id, currency = %sweep.currency, %to, amount = %amount, nonce = signed.nonce, hash = %signed.hash, "sweep sent");
        Ok(())
    }

    /// The ETH transfer: everything above `keep` and its own gas at `max_fee`.
    async fn plan_eth_sweep(
        &self,
        to: Address,
        keep: U256,
        max_fee: u128,
    ) -> Result<Result<Planned, SweepRefusal>, SubmitError> {
        let probe = TransactionRequest::default()
            .with_from(self.agent)
            .with_to(to)
            .with_value(U256::from(1u8));
        let estimate = self.estimate(probe).await?;
        // A contract recipient's gas may move between estimate and inclusion.
        let gas_limit = if estimate <= TRANSFER_GAS {
            TRANSFER_GAS
        } else {
            estimate + estimate / 5
        };
        let balance = self.read_balance().await?;
        let reserved = U256::from(gas_limit) * U256::from(max_fee);
        Ok(sweep_amount(balance, keep, reserved).map(|amount| {
            let transfer = TransactionRequest::default().with_to(to).with_value(amount);
            (transfer, gas_limit, amount)
        }))
    }

    /// The USDC `transfer` of everything above `keep`; its gas is paid in ETH, which the agent
    /// must hold.
    async fn plan_usdc_sweep(
        &self,
        to: Address,
        keep: U256,
        max_fee: u128,
    ) -> Result<Result<Planned, SweepRefusal>, SubmitError> {
        let token = self
            .nft
            .usdc()
            .call()
            .await
            .map_err(|source| OnChainError {
                what: "usdc()".into(),
                source: Box::new(source),
            })?;
        if token.is_zero() {
            return Ok(Err(SweepRefusal::Invalid(
                "this contract takes no USDC: there is nothing to sweep in it".into(),
            )));
        }
        let usdc = Erc20::new(token, &self.provider);
        let balance = usdc
            .balanceOf(self.agent)
            .call()
            .await
            .map_err(|source| OnChainError {
                what: "USDC balanceOf(agent)".into(),
                source: Box::new(source),
            })?;
        let amount = match sweep_amount(balance, keep, U256::ZERO) {
            Ok(amount) => amount,
            Err(refusal) => return Ok(Err(refusal)),
        };
        let transfer = TransactionRequest::default()
            .with_to(token)
            .with_input(Erc20::transferCall { to, amount }.abi_encode());
        let estimate = self
            .estimate(transfer.clone().with_from(self.agent))
            .await?;
        let gas_limit = estimate + estimate / 5;
        let gas = U256::from(gas_limit) * U256::from(max_fee);
        let eth = self.read_balance().await?;
        if eth < gas {
            return Ok(Err(SweepRefusal::Invalid(format!(
                "the agent holds {eth} wei and the transfer's gas may cost {gas} wei: fund it"
            ))));
        }
        Ok(Ok((transfer, gas_limit, amount)))
    }

    async fn estimate(&self, request: TransactionRequest) -> Result<u64, SubmitError> {
        Ok(self
            .provider
            .estimate_gas(request)
            .block(BlockId::latest())
            .await
            .map_err(failed("eth_estimateGas"))?)
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
    let keep: U256 = sweep
        .keep
        .parse()
        .map_err(|_| SweepRefusal::Invalid(format!("keep {:?} is not an amount", sweep.keep)))?;
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
