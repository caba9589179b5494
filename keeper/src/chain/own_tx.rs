//! A wallet's own transactions, whichever wallet sends them (the agent's sweeps, refunds and
//! fulfils; the relayer's USDC mints): signed locally at a nonce the caller chose, so the caller
//! can record the bytes before they are broadcast; broadcast (again after a crash) with "already
//! known" taken as success; and settled by the receipt of whichever recorded version was mined,
//! broadcasting the latest again while its nonce is free, or given up once the nonce went to
//! another transaction and a grace for lagging receipt nodes has passed.

use std::time::{Duration, Instant};

use alloy::eips::{BlockId, Encodable2718};
use alloy::network::{EthereumWallet, NetworkTransactionBuilder, TransactionBuilder};
use alloy::primitives::{Address, B256, U256};
use alloy::providers::{DynProvider, Provider};
use alloy::rpc::types::{TransactionReceipt, TransactionRequest};
use alloy::transports::{RpcError, TransportError};

use crate::chain::rpc::{RpcFailure, failed};

/// How long a used nonce may go without a receipt for any of our versions before it counts as
/// taken by another transaction. Load-balanced RPC providers answer the account nonce and the
/// receipt from different nodes, and the receipt's node can lag behind by a few blocks.
const RECEIPT_LAG_GRACE: Duration = Duration::from_secs(30);

/// The wallet that signs and the chain it sends to.
#[derive(Clone, Copy)]
pub struct OwnTx<'a> {
    pub provider: &'a DynProvider,
    pub wallet: &'a EthereumWallet,
    pub from: Address,
    pub chain_id: u64,
}

/// A signed transaction, to record before it is broadcast.
#[derive(Debug, Clone)]
pub struct Signed {
    pub nonce: u64,
    pub hash: String,
    pub raw: Vec<u8>,
}

/// What became of a recorded transaction.
#[derive(Debug)]
pub enum Settled {
    /// One of its recorded versions was mined (it may have reverted: see the receipt's status).
    Mined(Box<TransactionReceipt>),
    /// Not mined, its nonce still free; the latest version was broadcast again.
    Pending,
    /// Not mined, its nonce still free, and the node refuses the latest version (its words).
    Refused(String),
    /// Its nonce is used but no receipt of ours has shown up yet: the node may be catching up.
    NonceUsed,
    /// It will never be mined: its nonce went to another transaction.
    Lost,
}

impl OwnTx<'_> {
    /// Signs `request` from this wallet at `nonce` with these limits.
    pub async fn sign(
        &self,
        request: TransactionRequest,
        nonce: u64,
        gas_limit: u64,
        (max_fee, priority): (u128, u128),
    ) -> Result<Signed, String> {
        let envelope = request
            .with_from(self.from)
            .with_chain_id(self.chain_id)
            .with_nonce(nonce)
            .with_gas_limit(gas_limit)
            .with_max_fee_per_gas(max_fee)
            .with_max_priority_fee_per_gas(priority)
            .build(self.wallet)
            .await
            .map_err(|e| e.to_string())?;
        Ok(Signed {
            nonce,
            hash: envelope.tx_hash().to_string(),
            raw: envelope.encoded_2718(),
        })
    }

    /// Broadcasts recorded bytes; the node already holding them is success.
    pub async fn broadcast(&self, raw: &[u8]) -> Result<(), TransportError> {
        match self.provider.send_raw_transaction(raw).await {
            Ok(_) => Ok(()),
            Err(error) if is_already_known(&error) => Ok(()),
            Err(error) => Err(error),
        }
    }

    /// How many of this wallet's transactions the latest block holds: the next nonce to be mined.
    pub async fn mined_nonce(&self) -> Result<u64, RpcFailure> {
        self.provider
            .get_transaction_count(self.from)
            .block_id(BlockId::latest())
            .await
            .map_err(failed("eth_getTransactionCount"))
    }

    /// Settles a recorded transaction at `nonce` by the receipt of any of its versions (`hashes`,
    /// newest first); broadcasts `raw` (the latest version) again while the nonce is free, since
    /// after a restart the node may have lost it. `nonce_used_at` is the caller's memory of when
    /// the nonce was first seen used without a receipt.
    pub async fn settle(
        &self,
        hashes: &[B256],
        nonce: u64,
        raw: Option<&[u8]>,
        nonce_used_at: &mut Option<Instant>,
    ) -> Result<Settled, RpcFailure> {
        for &hash in hashes {
            if let Some(receipt) = self
                .provider
                .get_transaction_receipt(hash)
                .await
                .map_err(failed("eth_getTransactionReceipt"))?
            {
                *nonce_used_at = None;
                return Ok(Settled::Mined(Box::new(receipt)));
            }
        }
        if self.mined_nonce().await? <= nonce {
            if let Some(raw) = raw
                && let Err(error) = self.broadcast(raw).await
            {
                return Ok(Settled::Refused(rpc_message(&error)));
            }
            return Ok(Settled::Pending);
        }
        let since = *nonce_used_at.get_or_insert_with(Instant::now);
        if nonce_counts_as_taken(since.elapsed()) {
            *nonce_used_at = None;
            return Ok(Settled::Lost);
        }
        Ok(Settled::NonceUsed)
    }
}

/// What a mined transaction cost its sender in gas, in wei.
pub fn gas_paid(receipt: &TransactionReceipt) -> U256 {
    U256::from(receipt.gas_used) * U256::from(receipt.effective_gas_price)
}

/// Whether a used nonce with no receipt of ours after `waited` counts as taken by another
/// transaction, rather than a lagging receipt node.
pub fn nonce_counts_as_taken(waited: Duration) -> bool {
    waited >= RECEIPT_LAG_GRACE
}

/// The node's words for a refusal, with any endpoint URL (it may carry an API key) redacted.
pub fn rpc_message(error: &TransportError) -> String {
    let message = match error {
        RpcError::ErrorResp(payload) => payload.message.to_string(),
        other => other.to_string(),
    };
    crate::redact::redact_urls(&message)
}

/// The node already has this exact transaction (a re-broadcast after a crash or a retry).
pub fn is_already_known(error: &TransportError) -> bool {
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
    fn a_used_nonce_counts_as_taken_only_after_the_receipt_lag_grace() {
        assert!(!nonce_counts_as_taken(Duration::ZERO));
        assert!(!nonce_counts_as_taken(
            RECEIPT_LAG_GRACE - Duration::from_millis(1)
        ));
        assert!(nonce_counts_as_taken(RECEIPT_LAG_GRACE));
    }
}
