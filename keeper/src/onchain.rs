//! Reads of the contract that guard the keeper's spending: is a token still pending with the request
//! we recorded, and is this key an authorized agent.

use alloy::primitives::{Address, U256};
use alloy::providers::DynProvider;
use genimnft_bindings::gen_im_nft::GenImNFT::GenImNFTInstance;
use genimnft_bindings::gen_im_nft::IGenImNFT::Request;

use crate::store::{Job, SkipCause};

/// `IGenImNFT.Status` values.
pub const STATUS_NONE: u8 = 0;
pub const STATUS_PENDING: u8 = 1;
pub const STATUS_DELIVERED: u8 = 2;
pub const STATUS_REFUNDED: u8 = 3;

#[derive(Debug, thiserror::Error)]
#[error("reading {what} from the contract: {source}")]
pub struct OnChainError {
    pub what: String,
    pub source: Box<alloy::contract::Error>,
}

/// Whether a recorded request is still worth working on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    StillPending,
    Gone { cause: SkipCause, reason: String },
}

/// The token's on-chain record.
pub async fn request(
    nft: &GenImNFTInstance<DynProvider>,
    token_id: u64,
) -> Result<Request, OnChainError> {
    nft.request(U256::from(token_id))
        .call()
        .await
        .map_err(|source| OnChainError {
            what: format!("request({token_id})"),
            source: Box::new(source),
        })
}

/// Re-checks a job against the chain: the token must still be pending, and with the very request
/// we recorded (a reorg can re-mine the same token id with another prompt).
pub async fn verdict_for(
    nft: &GenImNFTInstance<DynProvider>,
    job: &Job,
) -> Result<Verdict, OnChainError> {
    let record = request(nft, job.token_id).await?;
    Ok(judge(job, &record))
}

/// The pure part of [`verdict_for`].
pub fn judge(job: &Job, record: &Request) -> Verdict {
    let gone = |cause, reason: &str| Verdict::Gone {
        cause,
        reason: reason.to_owned(),
    };
    match record.status {
        STATUS_PENDING => {}
        STATUS_DELIVERED => return gone(SkipCause::FulfilledByOther, "already delivered"),
        STATUS_REFUNDED => return gone(SkipCause::Refunded, "refunded to its holder"),
        _ => {
            return gone(
                SkipCause::Reorged,
                "token does not exist on chain (reorged away)",
            );
        }
    }
    let same_request = record
        .requester
        .to_string()
        .eq_ignore_ascii_case(&job.requester)
        && record.tier == job.tier
        && record.deadline == job.deadline
        && record.paid.to_string() == job.paid_wei;
    if same_request {
        Verdict::StillPending
    } else {
        gone(
            SkipCause::Reorged,
            "on-chain request differs from the recorded log (reorged); waiting for the new log",
        )
    }
}

/// Whether `agent` may deliver on this contract.
pub async fn is_agent(
    nft: &GenImNFTInstance<DynProvider>,
    agent: Address,
) -> Result<bool, OnChainError> {
    nft.isAgent(agent)
        .call()
        .await
        .map_err(|source| OnChainError {
            what: format!("isAgent({agent})"),
            source: Box::new(source),
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::JobState;
    use alloy::primitives::{B256, address};

    fn job() -> Job {
        Job {
            token_id: 7,
            requester: "0x70997970c51812dc3a010c7d01b50e0d17dc79c8".into(),
            tier: 1,
            paid_wei: "30000000000000".into(),
            deadline: 1_800_000_000,
            prompt: "a fox".into(),
            block_number: 10,
            block_hash: format!("{:#x}", B256::repeat_byte(1)),
            tx_hash: format!("{:#x}", B256::repeat_byte(2)),
            log_index: 0,
            state: JobState::Seen,
            attempts: 0,
            last_error: None,
            next_attempt_at: 0,
            provider_task: None,
            spool_path: None,
            image_sha256: None,
            image_uri: None,
            image_content_type: None,
            model: None,
            size: None,
            created_at: None,
            metadata_sha256: None,
            metadata_uri: None,
            submission_id: None,
            submit_tx_hash: None,
            submit_nonce: None,
            submitted_at: None,
            delivered_tx_hash: None,
            skip_cause: None,
            reason: None,
            updated_at: 0,
        }
    }

    fn record(status: u8) -> Request {
        Request {
            requester: address!("70997970C51812dc3A010C7d01b50e0d17dc79C8"),
            tier: 1,
            paid: U256::from(30_000_000_000_000u64),
            deadline: 1_800_000_000,
            status,
            metadataHash: B256::ZERO,
        }
    }

    #[test]
    fn pending_with_the_same_request_is_worth_working_on() {
        assert_eq!(
            judge(&job(), &record(STATUS_PENDING)),
            Verdict::StillPending
        );
    }

    #[test]
    fn delivered_refunded_and_missing_tokens_are_skipped_with_their_cause() {
        let cause = |status| match judge(&job(), &record(status)) {
            Verdict::Gone { cause, .. } => Some(cause),
            Verdict::StillPending => None,
        };
        assert_eq!(cause(STATUS_DELIVERED), Some(SkipCause::FulfilledByOther));
        assert_eq!(cause(STATUS_REFUNDED), Some(SkipCause::Refunded));
        assert_eq!(cause(STATUS_NONE), Some(SkipCause::Reorged));
    }

    #[test]
    fn a_re_mined_token_with_another_request_is_not_filled_with_the_old_prompt() {
        let mut other = record(STATUS_PENDING);
        other.deadline += 1;
        assert!(matches!(
            judge(&job(), &other),
            Verdict::Gone {
                cause: SkipCause::Reorged,
                ..
            }
        ));
        let mut other = record(STATUS_PENDING);
        other.requester = address!("3C44CdDdB6a900fa2b585dd299e03d12FA4293BC");
        assert!(matches!(
            judge(&job(), &other),
            Verdict::Gone {
                cause: SkipCause::Reorged,
                ..
            }
        ));
    }
}
