//! The keeper's own transactions besides fulfils (a sweep of its earnings, a refund of a token it
//! gave up), sent from the agent's wallet at the submitter's nonces. One goes out at a time, only
//! when no fulfil is in flight, and new batches wait until it is settled: so no later nonce ever
//! waits behind one that does not land. Each is signed, recorded by its caller, then broadcast;
//! after a crash the recorded bytes are broadcast again.

use std::time::Instant;

use alloy::eips::{BlockId, Encodable2718};
use alloy::network::{NetworkTransactionBuilder, TransactionBuilder};
use alloy::primitives::{B256, U256};
use alloy::providers::Provider;
use alloy::rpc::types::TransactionRequest;

use crate::chain::rpc::failed;
use crate::chain::units::wei_as_f64;

use super::settle::nonce_counts_as_taken;
use super::tx::{is_already_known, rpc_message};
use super::{Session, SubmitError, Submitter};

/// A signed transaction, to record before it is broadcast.
pub(super) struct Signed {
    pub nonce: u64,
    pub hash: String,
    pub raw: Vec<u8>,
}

/// What became of a recorded transaction.
pub(super) enum Settled {
    /// Mined; `false` if it reverted.
    Mined { success: bool },
    /// Not mined yet (broadcast again while its nonce is free).
    Pending,
    /// It will never be mined: its nonce went to another transaction, or the node refuses it.
    Lost(String),
}

impl Submitter {
    /// Signs `request` at the next nonce with these limits.
    pub(super) async fn sign_own(
        &self,
        session: &mut Session,
        request: TransactionRequest,
        gas_limit: u64,
        (max_fee, priority): (u128, u128),
    ) -> Result<Signed, SubmitError> {
        let nonce = self.next_nonce(session).await?;
        let envelope = request
            .with_from(self.agent)
            .with_chain_id(self.chain_id)
            .with_nonce(nonce)
            .with_gas_limit(gas_limit)
            .with_max_fee_per_gas(max_fee)
            .with_max_priority_fee_per_gas(priority)
            .build(&self.wallet)
            .await
            .map_err(|e| SubmitError::Sign(e.to_string()))?;
        Ok(Signed {
            nonce,
            hash: envelope.tx_hash().to_string(),
            raw: envelope.encoded_2718(),
        })
    }

    /// Broadcasts a recorded transaction; on a refusal nothing waits behind it, so the next
    /// transaction takes its nonce (`Err` carries the node's words).
    pub(super) async fn broadcast_own(
        &self,
        session: &mut Session,
        signed: &Signed,
    ) -> Result<(), String> {
        session.own_nonce_used_at = None;
        match self.broadcast(&signed.raw).await {
            Ok(()) => {
                session.next_nonce = Some(signed.nonce + 1);
                Ok(())
            }
            Err(error) => {
                session.next_nonce = None;
                Err(error.to_string())
            }
        }
    }

    /// Settles a recorded transaction by its receipt; broadcasts it again while its nonce is free
    /// (after a restart the node may have lost it); `Lost` once its nonce went to another
    /// transaction, or the node refuses it outright.
    pub(super) async fn settle_own(
        &self,
        session: &mut Session,
        hash: &str,
        nonce: u64,
        raw: Option<&[u8]>,
    ) -> Result<Settled, SubmitError> {
        let hash: B256 = hash.parse().map_err(|_| {
            SubmitError::Sign(format!("a recorded transaction has the bad hash {hash:?}"))
        })?;
        if let Some(receipt) = self
            .provider
            .get_transaction_receipt(hash)
            .await
            .map_err(failed("eth_getTransactionReceipt"))?
        {
            let gas = U256::from(receipt.gas_used) * U256::from(receipt.effective_gas_price);
            self.metrics.gas_spent_wei.inc_by(wei_as_f64(gas));
            session.own_nonce_used_at = None;
            return Ok(Settled::Mined {
                success: receipt.status(),
            });
        }
        let mined = self
            .provider
            .get_transaction_count(self.agent)
            .block_id(BlockId::latest())
            .await
            .map_err(failed("eth_getTransactionCount"))?;
        if mined <= nonce {
            if let Some(raw) = raw {
                match self.provider.send_raw_transaction(raw).await {
                    Ok(_) => {}
                    Err(error) if is_already_known(&error) => {}
                    Err(error) => {
                        session.next_nonce = None;
                        return Ok(Settled::Lost(format!(
                            "the node refused it again: {}",
                            rpc_message(&error)
                        )));
                    }
                }
            }
            return Ok(Settled::Pending);
        }
        let since = *session.own_nonce_used_at.get_or_insert_with(Instant::now);
        if nonce_counts_as_taken(since.elapsed()) {
            session.own_nonce_used_at = None;
            return Ok(Settled::Lost(
                "its nonce went to another transaction; it was never mined".into(),
            ));
        }
        Ok(Settled::Pending)
    }
}
