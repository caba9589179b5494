//! Building, signing and broadcasting the fulfil transaction: one place that turns a batch of jobs
//! into signed bytes, for a first send and for a replacement alike.

use alloy::eips::BlockId;
use alloy::network::TransactionBuilder;
use alloy::primitives::{B256, U256};
use alloy::providers::Provider;
use alloy::rpc::types::TransactionRequest;
use alloy::sol_types::SolCall;
use genimnft_bindings::gen_im_nft::GenImNFT::fulfilBatchCall;

use crate::chain::own_tx::{OwnTx, rpc_message};
use crate::chain::rpc::failed;
use crate::jobs::{Job, TxVersion};
use crate::pauses::Stage;
use crate::time::unix_now;

use super::{Session, SubmitError, Submitter};

/// Gas estimate headroom: state can change between estimation and inclusion.
const GAS_HEADROOM_PERCENT: u64 = 20;
/// Lower bound of a fulfil's gas limit, with a wide margin over what tools/gas-bench measures
/// (fulfilBatch of 10: about 35,000 for the transaction and payout plus 10,000 per token).
/// Unused gas costs nothing.
const GAS_FLOOR_BASE: u64 = 60_000;
const GAS_FLOOR_PER_TOKEN: u64 = 20_000;

impl Submitter {
    /// The agent's wallet as a sender of its own transactions.
    pub(super) fn own_tx(&self) -> OwnTx<'_> {
        OwnTx {
            provider: &self.provider,
            wallet: &self.wallet,
            from: self.agent,
            chain_id: self.chain_id,
        }
    }

    pub(super) fn fulfil_request(&self, jobs: &[Job]) -> Result<TransactionRequest, SubmitError> {
        Ok(TransactionRequest::default()
            .with_from(self.agent)
            .with_to(*self.nft.address())
            .with_chain_id(self.chain_id)
            .with_input(fulfil_batch_call(jobs)?.abi_encode()))
    }

    /// The fulfil of `jobs` at `nonce`, signed locally with these limits: the one builder of a
    /// first send and of a replacement. The caller records the version before broadcasting.
    pub(super) async fn signed_fulfil(
        &self,
        jobs: &[Job],
        nonce: u64,
        gas_limit: u64,
        (max_fee, priority): (u128, u128),
    ) -> Result<(TxVersion, Vec<u8>), SubmitError> {
        let signed = self
            .own_tx()
            .sign(
                self.fulfil_request(jobs)?,
                nonce,
                gas_limit,
                (max_fee, priority),
            )
            .await
            .map_err(SubmitError::Sign)?;
        Ok((
            TxVersion {
                hash: signed.hash,
                max_fee_per_gas: max_fee,
                max_priority_fee_per_gas: priority,
                gas_limit,
                raw: Some(signed.raw.clone()),
                sent_at: unix_now(),
            },
            signed.raw,
        ))
    }

    /// Broadcasts signed bytes. "Already known" is success; "insufficient funds" pauses the
    /// wallet stage; anything else is an error of this round (the version stays recorded and is
    /// re-broadcast or replaced later).
    pub(super) async fn broadcast(&self, raw: &[u8]) -> Result<(), SubmitError> {
        if let Err(error) = self.own_tx().broadcast(raw).await {
            let message = rpc_message(&error);
            if message.contains("insufficient funds") {
                self.health.pause(
                    Stage::Wallet,
                    &format!("the node refused the fulfil: {message}"),
                );
            }
            return Err(SubmitError::Refused(message));
        }
        self.metrics.transactions_sent.inc();
        Ok(())
    }

    /// The estimate (against the latest block: a pending state that already holds an earlier
    /// version of this very transaction would make the batch look like a cheap skip) and the limit
    /// to send with: the estimate plus headroom, never below what delivering every token costs.
    pub(super) async fn gas_limit(
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
        Ok((
            estimate,
            (estimate + estimate * GAS_HEADROOM_PERCENT / 100).max(gas_floor(tokens)),
        ))
    }

    pub(super) async fn next_nonce(&self, session: &mut Session) -> Result<u64, SubmitError> {
        if let Some(last) = session.in_flight.keys().next_back() {
            let next = session.next_nonce.unwrap_or(last + 1).max(last + 1);
            return Ok(next);
        }
        // Nothing in flight: the chain says where the agent's nonce is. Beyond where this keeper
        // left it, someone else has sent from the agent's address.
        let nonce = self
            .provider
            .get_transaction_count(self.agent)
            .pending()
            .await
            .map_err(failed("eth_getTransactionCount"))?;
        if let Some(expected) = session.next_nonce
            && nonce > expected
        {
            self.health.foreign_transactions(
                nonce - expected,
                &format!(
                    "the agent's next nonce is {nonce}, this keeper's last was {}",
                    expected - 1
                ),
            );
        }
        let nonce = nonce.max(session.next_nonce.unwrap_or_default());
        session.next_nonce = Some(nonce);
        Ok(nonce)
    }
}

pub(super) fn gas_floor(tokens: usize) -> u64 {
    GAS_FLOOR_BASE + GAS_FLOOR_PER_TOKEN * tokens as u64
}

pub(super) fn fulfil_batch_call(jobs: &[Job]) -> Result<fulfilBatchCall, SubmitError> {
    let mut token_ids = Vec::with_capacity(jobs.len());
    let mut hashes = Vec::with_capacity(jobs.len());
    for job in jobs {
        token_ids.push(U256::from(job.token_id));
        hashes.push(metadata_hash_of(job)?);
    }
    Ok(fulfilBatchCall {
        tokenIds: token_ids,
        metadataHashes: hashes,
    })
}

/// The job's metadata hash as the contract accepts it: 32 bytes whose upper half is not zero (the
/// contract tells a delivered hash from a pending record that way).
pub(super) fn metadata_hash_of(job: &Job) -> Result<B256, SubmitError> {
    job.metadata_sha256
        .as_deref()
        .and_then(|h| h.parse::<B256>().ok())
        .filter(|hash| hash[..16] != [0u8; 16])
        .ok_or_else(|| SubmitError::BadHash {
            token_id: job.token_id,
            value: job.metadata_sha256.clone(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stages::deliver::SubmitError;

    #[test]
    fn only_hashes_the_contract_accepts_are_sent() {
        let job_with = |hash: Option<&str>| Job {
            metadata_sha256: hash.map(str::to_owned),
            ..crate::chain::contract::tests::job()
        };
        let real = format!("0x{}", "ab".repeat(32));
        assert!(metadata_hash_of(&job_with(Some(&real))).is_ok());
        let low = format!("0x{}{}", "00".repeat(16), "ab".repeat(16));
        for bad in [None, Some("0x1234"), Some("not hex"), Some(low.as_str())] {
            assert!(
                matches!(
                    metadata_hash_of(&job_with(bad)),
                    Err(SubmitError::BadHash { .. })
                ),
                "{bad:?}"
            );
        }
    }
}
