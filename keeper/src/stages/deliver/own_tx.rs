//! The keeper's own transactions besides fulfils (a sweep of its earnings, a refund of a token it
//! gave up), sent from the agent's wallet at the submitter's nonces. One goes out at a time, only
//! when no fulfil is in flight, and new batches wait until it is settled: so no later nonce ever
//! waits behind one that does not land. Each is signed, recorded by its caller, then broadcast;
//! after a crash the recorded bytes are broadcast again. The steps are `chain::own_tx`'s; this
//! keeps the submitter's nonce bookkeeping and its gas metric.

use alloy::primitives::B256;
use alloy::rpc::types::TransactionRequest;

use crate::chain::own_tx::{self, Signed};
use crate::chain::units::wei_as_f64;

use super::{Session, SubmitError, Submitter};

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
        fees: (u128, u128),
    ) -> Result<Signed, SubmitError> {
        let nonce = self.next_nonce(session).await?;
        self.own_tx()
            .sign(request, nonce, gas_limit, fees)
            .await
            .map_err(SubmitError::Sign)
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
        let settled = self
            .own_tx()
            .settle(&[hash], nonce, raw, &mut session.own_nonce_used_at)
            .await?;
        Ok(match settled {
            own_tx::Settled::Mined(receipt) => {
                let gas = own_tx::gas_paid(&receipt);
                self.metrics.gas_spent_wei.inc_by(wei_as_f64(gas));
                Settled::Mined {
                    success: receipt.status(),
                }
            }
            own_tx::Settled::Pending | own_tx::Settled::NonceUsed => Settled::Pending,
            own_tx::Settled::Refused(message) => {
                session.next_nonce = None;
                Settled::Lost(format!("the node refused it again: {message}"))
            }
            own_tx::Settled::Lost => {
                Settled::Lost("its nonce went to another transaction; it was never mined".into())
            }
        })
    }
}
