//! The relay stage: sends the USDC mints buyers signed (accepted and recorded by `serve::relay`)
//! from the operator's relayer wallet, never the agent's, one at a time at the relayer's own
//! nonces: each is signed and recorded before it is broadcast, settled by the receipt of whichever
//! version was mined (the token id from its `ImageRequested` log), broadcast again after a restart
//! if the node lost it, and replaced at its nonce with higher fees when `submit.resend_after_secs`
//! passes without a receipt (as a stuck fulfil is; the versions share the nonce, so one
//! authorization never pays for two mints). The steps are `chain::own_tx`'s. The
//! relayer fronts the gas (L2 execution plus the L1 data fee): relays pause (the `relays` stage;
//! deliveries go on) while that costs more than `relay.max_gas_cost_share` of the USDC price, or
//! while the relayer cannot pay.

use std::sync::Arc;
use std::time::{Duration, Instant};

use alloy::consensus::{Transaction as _, TxEnvelope};
use alloy::eips::{BlockId, Decodable2718 as _};
use alloy::network::{EthereumWallet, TransactionBuilder};
use alloy::primitives::{Address, B256, Bytes, U256, address};
use alloy::providers::{DynProvider, Provider};
use alloy::rpc::types::{TransactionReceipt, TransactionRequest};
use alloy::sol;
use alloy::sol_types::SolCall as _;
use genimnft_bindings::gen_im_nft::GenImNFT::{
    GenImNFTInstance, ImageRequested, mintWithAuthorizationSigCall,
};
use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;

use crate::chain::own_tx::{OwnTx, Settled, gas_paid, rpc_message};
use crate::chain::price_feed::PriceFeed;
use crate::chain::rpc::{RpcFailure, failed};
use crate::chain::units::wei_as_f64;
use crate::config::RelayConfig;
use crate::jobs::{JobStore, Relay, RelayRequest, RelayState, StoreError};
use crate::metrics::{Metrics, RelayReasonLabel};
use crate::pauses::{Health, Stage};
use crate::stages::deliver::fees::{
    FeeQuote, FeeWait, check_profitable, fee_quote, fees_within_cap, replacement_fees,
};
use crate::time::instant_of;

/// Optimism's (and every OP Stack chain's) L1 fee oracle.
const GAS_PRICE_ORACLE: Address = address!("420000000000000000000000000000000000000F");

sol! {
    /// The OP Stack predeploy that prices a transaction's L1 data.
    #[sol(rpc)]
    interface GasPriceOracle {
        function getL1Fee(bytes memory data) external view returns (uint256);
    }
}

#[derive(Debug, thiserror::Error)]
pub enum RelayError {
    #[error(transparent)]
    Rpc(#[from] RpcFailure),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("signing a relay: {0}")]
    Sign(String),
}

/// The relayer: its wallet, the contract, and where relays are recorded.
pub struct Relayer {
    pub provider: DynProvider,
    pub wallet: EthereumWallet,
    pub address: Address,
    pub chain_id: u64,
    pub nft: GenImNFTInstance<DynProvider>,
    pub store: Arc<JobStore>,
    pub config: RelayConfig,
    pub prices: Arc<PriceFeed>,
    pub health: Arc<Health>,
    pub metrics: Metrics,
    pub poll_interval: Duration,
    pub round_timeout: Duration,
    /// A relay without a receipt this long is replaced with higher fees (`submit.resend_after_secs`,
    /// as for fulfils).
    pub resend_after: Duration,
    /// Woken by the HTTP handler when it accepts a relay.
    pub wake: Arc<Notify>,
}

/// The relayer's nonce bookkeeping between rounds.
#[derive(Default)]
struct Session {
    next_nonce: Option<u64>,
    /// The latest version of the relay sent and when it was sent (recorded, for one sent before a
    /// restart): it is replaced once `resend_after` passes without a receipt.
    sent_at: Option<(String, Instant)>,
    nonce_used_at: Option<Instant>,
    l1_oracle: Option<bool>,
}

impl Relayer {
    pub async fn run(self, shutdown: CancellationToken) {
        let mut session = Session::default();
        loop {
            let pause =
                match tokio::time::timeout(self.round_timeout, self.round(&mut session)).await {
                    Ok(Ok(pause)) => pause,
                    Ok(Err(error)) => {
                        tracing::warn!(%error, "relay round failed; will retry");
                        session.next_nonce = None;
                        self.poll_interval
                    }
                    Err(_) => {
                        session.next_nonce = None;
                        self.poll_interval
                    }
                };
            tokio::select! {
                () = shutdown.cancelled() => return,
                () = self.wake.notified(), if pause > Duration::ZERO => {}
                () = tokio::time::sleep(pause) => {}
            }
        }
    }

    /// Settles the relay sent, or sends the oldest accepted one. How long to wait before the next.
    async fn round(&self, session: &mut Session) -> Result<Duration, RelayError> {
        let Some(relay) = self.store.open_relays(1)?.into_iter().next() else {
            self.health.resume(Stage::Relays);
            return Ok(self.poll_interval);
        };
        match relay.state {
            RelayState::Sent => self.settle(session, &relay).await,
            _ => self.send(session, &relay).await,
        }
    }

    async fn send(&self, session: &mut Session, relay: &Relay) -> Result<Duration, RelayError> {
        let (request, estimate) = match self.simulate(relay).await {
            Ok(simulated) => simulated,
            // The chain refuses it now (used, expired, price changed): it never will take it.
            Err((code, reason)) => {
                self.fail(relay, code, &reason)?;
                return Ok(Duration::ZERO);
            }
        };
        let gas_limit = estimate + estimate / 5;
        let quote = fee_quote(&self.provider).await?;
        let fees = fees_within_cap(quote, self.config.max_fee_per_gas_wei());
        let l1_fee = self.l1_fee(session, &request).await;
        let fees = match fees {
            Ok(fees) => self
                .within_budget(relay, estimate, quote, l1_fee)
                .await
                .map(|()| fees),
            Err(wait) => Err(wait),
        };
        let (max_fee, priority) = match fees {
            Ok(fees) => fees,
            Err(wait) => {
                self.health.pause(
                    Stage::Relays,
                    &format!(
                        "{wait} (relay.max_gas_cost_share of the USDC price, L1 fee included)"
                    ),
                );
                return Ok(self.poll_interval);
            }
        };
        let balance = self
            .provider
            .get_balance(self.address)
            .await
            .map_err(failed("eth_getBalance"))?;
        let needed = U256::from(gas_limit) * U256::from(max_fee) + l1_fee;
        if balance < needed {
            self.health.pause(
                Stage::Relays,
                &format!(
                    "relayer {} holds {balance} wei but a relay may cost {needed} wei; fund it",
                    self.address
                ),
            );
            return Ok(self.poll_interval);
        }
        self.health.resume(Stage::Relays);
        let nonce = match session.next_nonce {
            Some(nonce) => nonce,
            None => self
                .provider
                .get_transaction_count(self.address)
                .pending()
                .await
                .map_err(failed("eth_getTransactionCount"))?,
        };
        let signed = self
            .own_tx()
            .sign(request, nonce, gas_limit, (max_fee, priority))
            .await
            .map_err(RelayError::Sign)?;
        let hash = &signed.hash;
        self.store
            .relay_signed(&relay.id, nonce, hash, &signed.raw)?;
        session.nonce_used_at = None;
        if let Err(error) = self.own_tx().broadcast(&signed.raw).await {
            // Nothing waits behind it: the next relay takes this nonce.
            session.next_nonce = None;
            let message = crate::redact::redact_urls(&error.to_string());
            self.fail(relay, "broadcast_refused", &message)?;
            return Ok(Duration::ZERO);
        }
        session.next_nonce = Some(nonce + 1);
        session.sent_at = Some((signed.hash.clone(), Instant::now()));
        self.metrics.transactions_sent.inc();
        tracing::info!(relay = %relay.id, nonce, %hash, "relay sent");
        Ok(Duration::from_millis(100))
    }

    /// Settles a sent relay by the receipt of whichever version was mined; broadcasts the latest
    /// again while its nonce is free, and replaces it with higher fees once `resend_after` passed
    /// without a receipt; fails it once its nonce went to another transaction.
    async fn settle(&self, session: &mut Session, relay: &Relay) -> Result<Duration, RelayError> {
        let (Some(latest), Some(nonce)) = (relay.tx_hash.as_deref(), relay.nonce) else {
            return Ok(self.poll_interval);
        };
        let versions = std::iter::once(latest)
            .chain(relay.replaced.iter().rev().map(String::as_str))
            .map(str::parse::<B256>)
            .collect::<Result<Vec<_>, _>>();
        let Ok(versions) = versions else {
            self.fail(
                relay,
                "bad_record",
                "recorded transaction hash is malformed",
            )?;
            return Ok(Duration::ZERO);
        };
        let settled = self
            .own_tx()
            .settle(
                &versions,
                nonce,
                relay.raw.as_deref(),
                &mut session.nonce_used_at,
            )
            .await?;
        let soon = Duration::from_millis(250).min(self.poll_interval);
        match settled {
            Settled::Mined(receipt) => {
                self.metrics
                    .relay_gas_wei
                    .inc_by(wei_as_f64(gas_paid(&receipt)));
                self.settle_mined(relay, &receipt)?;
                Ok(Duration::ZERO)
            }
            Settled::Pending | Settled::Refused(_) => {
                if let Settled::Refused(message) = settled {
                    tracing::debug!(relay = %relay.id, "re-broadcast refused: {message}");
                }
                let since = match &session.sent_at {
                    Some((hash, at)) if hash == latest => *at,
                    // Sent before a restart: the wait counts from when it was recorded.
                    _ => {
                        let at = instant_of(relay.updated_at);
                        session.sent_at = Some((latest.to_owned(), at));
                        at
                    }
                };
                if since.elapsed() >= self.resend_after
                    && let Some(raw) = relay.raw.as_deref()
                {
                    self.replace(session, relay, nonce, latest, raw).await?;
                }
                Ok(soon)
            }
            Settled::NonceUsed => Ok(self.poll_interval),
            Settled::Lost => {
                session.next_nonce = None;
                self.fail(
                    relay,
                    "lost",
                    "the relayer's nonce went to another transaction; nothing was paid",
                )?;
                Ok(Duration::ZERO)
            }
        }
    }

    /// Replaces the stuck version `latest` (signed bytes `raw`) at its nonce with bumped fees, as
    /// a stuck fulfil is: recorded before it is broadcast, and only while the mint still succeeds
    /// (a replacement of a doomed mint would pay gas for a revert) and its gas stays within
    /// `relay.max_fee_per_gas_gwei` and `relay.max_gas_cost_share` of the USDC price. Otherwise
    /// the relay keeps waiting at its fees, and the `relays` stage says why. At most one version
    /// can be mined: they share the nonce.
    async fn replace(
        &self,
        session: &mut Session,
        relay: &Relay,
        nonce: u64,
        latest: &str,
        raw: &[u8],
    ) -> Result<(), RelayError> {
        // The next attempt, whatever happens now, waits another `resend_after`.
        session.sent_at = Some((latest.to_owned(), Instant::now()));
        let Ok(old) = TxEnvelope::decode_2718(&mut &raw[..]) else {
            self.hold(relay, "its recorded transaction cannot be read back");
            return Ok(());
        };
        let (request, estimate) = match self.simulate(relay).await {
            Ok(simulated) => simulated,
            Err((_, reason)) => {
                self.hold(relay, &format!("the mint would not succeed now: {reason}"));
                return Ok(());
            }
        };
        let quote = fee_quote(&self.provider).await?;
        let cap = self.config.max_fee_per_gas_wei();
        let fresh = match fees_within_cap(quote, cap) {
            Ok(fresh) => fresh,
            Err(wait) => {
                self.hold(relay, &wait.to_string());
                return Ok(());
            }
        };
        let old_fees = (
            old.max_fee_per_gas(),
            old.max_priority_fee_per_gas().unwrap_or_default(),
        );
        let Some((max_fee, priority)) = replacement_fees(old_fees, fresh, cap) else {
            self.hold(
                relay,
                &format!(
                    "a bump of {} wei per gas is above relay.max_fee_per_gas_gwei",
                    old_fees.0
                ),
            );
            return Ok(());
        };
        let l1_fee = self.l1_fee(session, &request).await;
        let bumped = FeeQuote {
            next_base_fee: quote.next_base_fee,
            priority_fee: priority,
        };
        if let Err(wait) = self.within_budget(relay, estimate, bumped, l1_fee).await {
            self.hold(relay, &wait.to_string());
            return Ok(());
        }
        let gas_limit = old.gas_limit();
        let signed = self
            .own_tx()
            .sign(request, nonce, gas_limit, (max_fee, priority))
            .await
            .map_err(RelayError::Sign)?;
        if !self
            .store
            .relay_replaced(&relay.id, latest, &signed.hash, &signed.raw)?
        {
            return Ok(());
        }
        session.sent_at = Some((signed.hash.clone(), Instant::now()));
        self.health.resume(Stage::Relays);
        tracing::warn!(relay = %relay.id, nonce, hash = %signed.hash, max_fee, "relay not mined in time; replaced with higher fees");
        match self.own_tx().broadcast(&signed.raw).await {
            Ok(()) => {
                self.metrics.transactions_sent.inc();
            }
            // Recorded: the next round broadcasts it again, and an older version may still land.
            Err(error) => {
                tracing::warn!(relay = %relay.id, "the node refused the replacement: {}", rpc_message(&error))
            }
        }
        Ok(())
    }

    /// The relay's mint as a transaction from the relayer and its gas estimate against the latest
    /// block; `Err` (a relay API code and words) when the request cannot be read or the chain
    /// refuses the mint now.
    async fn simulate(
        &self,
        relay: &Relay,
    ) -> Result<(TransactionRequest, u64), (&'static str, String)> {
        let call = mint_call(&relay.request).map_err(|message| ("bad_request", message))?;
        let request = TransactionRequest::default()
            .with_from(self.address)
            .with_to(*self.nft.address())
            .with_chain_id(self.chain_id)
            .with_input(call.abi_encode());
        let estimate = self
            .provider
            .estimate_gas(request.clone())
            .block(BlockId::latest())
            .await
            .map_err(|error| {
                let reason = crate::redact::redact_urls(&error.to_string());
                ("simulation_failed", reason)
            })?;
        Ok((request, estimate))
    }

    /// A stuck relay that is not replaced now: it waits at its fees, and the `relays` stage (on
    /// `/health` and in the metrics) and the log say why.
    fn hold(&self, relay: &Relay, reason: &str) {
        tracing::warn!(relay = %relay.id, reason, "a stuck relay is not replaced; waiting");
        self.health.pause(
            Stage::Relays,
            &format!(
                "relay {} is not mined and is not replaced: {reason}",
                relay.id
            ),
        );
    }

    /// Whether a relay's gas at `quote` (the estimate at the next base fee plus tip, and the L1
    /// data fee) stays within `relay.max_gas_cost_share` of the USDC price it escrows.
    async fn within_budget(
        &self,
        relay: &Relay,
        estimate: u64,
        quote: FeeQuote,
        l1_fee: U256,
    ) -> Result<(), FeeWait> {
        let value: U256 = relay.request.value.parse().unwrap_or_default();
        let rate = self
            .prices
            .rate()
            .await
            .map_err(|error| FeeWait::NoRate(error.to_string()))?;
        check_profitable(
            estimate,
            quote,
            l1_fee,
            rate.usd_per_eth.usdc_to_wei(value),
            self.config.max_gas_cost_share,
        )
    }

    /// Records what a mined version of the relay did: the token it minted, or that it reverted.
    fn settle_mined(&self, relay: &Relay, receipt: &TransactionReceipt) -> Result<(), RelayError> {
        let minted = receipt
            .inner
            .logs()
            .iter()
            .filter(|log| log.address() == *self.nft.address())
            .find_map(|log| log.log_decode::<ImageRequested>().ok())
            .and_then(|log| u64::try_from(log.inner.data.tokenId).ok());
        match (receipt.status(), minted) {
            (true, Some(token_id)) => {
                tracing::info!(relay = %relay.id, token_id, "relay minted");
                self.store.relay_minted(
                    &relay.id,
                    token_id,
                    &receipt.transaction_hash.to_string(),
                )?;
            }
            _ => self.fail(
                relay,
                "reverted",
                "the mint reverted on chain; nothing was paid",
            )?,
        }
        Ok(())
    }

    /// The relayer's wallet as a sender of its own transactions.
    fn own_tx(&self) -> OwnTx<'_> {
        OwnTx {
            provider: &self.provider,
            wallet: &self.wallet,
            from: self.address,
            chain_id: self.chain_id,
        }
    }

    fn fail(&self, relay: &Relay, code: &str, message: &str) -> Result<(), RelayError> {
        tracing::warn!(relay = %relay.id, code, message, "relay failed");
        self.metrics
            .relays_refused
            .get_or_create(&reason_label(code))
            .inc();
        self.store.relay_failed(&relay.id, code, message)?;
        Ok(())
    }

    /// The L1 data fee of this call on an OP Stack chain (0 elsewhere), from its fee oracle.
    async fn l1_fee(&self, session: &mut Session, request: &TransactionRequest) -> U256 {
        if session.l1_oracle.is_none() {
            let code = self.provider.get_code_at(GAS_PRICE_ORACLE).await;
            session.l1_oracle = Some(code.is_ok_and(|code| !code.is_empty()));
        }
        if session.l1_oracle != Some(true) {
            return U256::ZERO;
        }
        let data = request.input.input().cloned().unwrap_or_default();
        GasPriceOracle::new(GAS_PRICE_ORACLE, &self.provider)
            .getL1Fee(data)
            .call()
            .await
            .unwrap_or_default()
    }
}

/// The contract call a relay request makes.
pub fn mint_call(request: &RelayRequest) -> Result<mintWithAuthorizationSigCall, String> {
    let number = |field: &str, text: &str| {
        text.parse::<U256>()
            .map_err(|_| format!("{field} {text:?} is not a decimal number"))
    };
    Ok(mintWithAuthorizationSigCall {
        prompt: request.prompt.clone(),
        tier: request.tier,
        expectedTerms: request.terms,
        from: request
            .from
            .parse()
            .map_err(|_| format!("from {:?} is not an address", request.from))?,
        value: number("value", &request.value)?,
        validAfter: number("validAfter", &request.valid_after)?,
        validBefore: number("validBefore", &request.valid_before)?,
        salt: request
            .salt
            .parse()
            .map_err(|_| format!("salt {:?} is not 32 bytes of hex", request.salt))?,
        signature: request
            .signature
            .parse::<Bytes>()
            .map_err(|_| format!("signature {:?} is not hex", request.signature))?,
    })
}

pub fn reason_label(code: &str) -> RelayReasonLabel {
    RelayReasonLabel {
        reason: code.to_owned(),
    }
}
