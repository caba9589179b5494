//! Reads of the contract that guard the keeper's spending: is a token still pending with the request
//! we recorded, and is this key an authorized agent.

use std::sync::atomic::{AtomicU64, Ordering};

use alloy::primitives::{Address, U256};
use alloy::providers::DynProvider;
use genimnft_bindings::gen_im_nft::GenImNFT::GenImNFTInstance;
use genimnft_bindings::gen_im_nft::IGenImNFT::Request;

use crate::jobs::{Currency, Job, SkipCause};

/// `IGenImNFT.Status`: where a token stands on chain. The codes are the contract's (a unit test
/// checks them against `IGenImNFT.sol` and the buyer's page).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Status {
    /// Never minted, or minted in a block that was reorged away.
    None = 0,
    Pending = 1,
    Delivered = 2,
    Refunded = 3,
}

impl Status {
    /// The status an ABI code names. A code this keeper does not know reads as [`Status::None`]:
    /// nothing it could deliver or settle as ours.
    pub fn from_code(code: u8) -> Self {
        match code {
            1 => Self::Pending,
            2 => Self::Delivered,
            3 => Self::Refunded,
            _ => Self::None,
        }
    }
}

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

/// The first token id this keeper's agent may deliver (0 while it is not authorized): the contract
/// refuses deliveries of tokens minted before the agent's authorization. Read at start-up and kept
/// current by the scanner from `AgentSet` logs newer than that read.
#[derive(Debug, Default)]
pub struct AgentMark {
    first_token_id: AtomicU64,
    read_at_block: AtomicU64,
}

impl AgentMark {
    pub fn new(first_token_id: u64, read_at_block: u64) -> Self {
        Self {
            first_token_id: AtomicU64::new(first_token_id),
            read_at_block: AtomicU64::new(read_at_block),
        }
    }

    pub fn first_token_id(&self) -> u64 {
        self.first_token_id.load(Ordering::Relaxed)
    }

    /// The block at which the start-up read was made.
    pub fn read_at_block(&self) -> u64 {
        self.read_at_block.load(Ordering::Relaxed)
    }

    #[cfg(test)]
    pub fn is_authorized(&self) -> bool {
        self.first_token_id() != 0
    }

    /// Applies an `AgentSet` log for our agent unless the start-up read already includes it (a
    /// backfill replays history up to and including the block read).
    pub fn apply(&self, first_token_id: u64, block: u64) -> bool {
        if block <= self.read_at_block.load(Ordering::Relaxed) {
            return false;
        }
        self.first_token_id.store(first_token_id, Ordering::Relaxed);
        true
    }
}

/// The agent this keeper drains in favour of (`jobs.drain_to`), with its mark: from its first
/// token id on, tokens not yet started here are left to it. Kept current like our own mark.
#[derive(Debug)]
pub struct Successor {
    pub agent: Address,
    pub mark: AgentMark,
}

impl Successor {
    /// Whether `token_id` is the successor's to deliver (it is authorized and may deliver it).
    pub fn takes(&self, token_id: u64) -> bool {
        let first = self.mark.first_token_id();
        first != 0 && token_id >= first
    }
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
    first_token_id: u64,
) -> Result<Verdict, OnChainError> {
    let record = request(nft, job.token_id).await?;
    Ok(judge(job, &record, first_token_id))
}

/// The pure part of [`verdict_for`]. `first_token_id` is our agent's mark (see [`AgentMark`]).
pub fn judge(job: &Job, record: &Request, first_token_id: u64) -> Verdict {
    let gone = |cause, reason: &str| Verdict::Gone {
        cause,
        reason: reason.to_owned(),
    };
    match Status::from_code(record.status) {
        Status::Pending => {}
        Status::Delivered => return gone(SkipCause::FulfilledByOther, "already delivered"),
        Status::Refunded => return gone(SkipCause::Refunded, "refunded to its holder"),
        Status::None => {
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
        && record.paid.to_string() == job.paid
        && Currency::from_onchain(record.currency) == Some(job.currency);
    if !same_request {
        return gone(
            SkipCause::Reorged,
            "on-chain request differs from the recorded log (reorged); waiting for the new log",
        );
    }
    if first_token_id != 0 && job.token_id < first_token_id {
        return Verdict::Gone {
            cause: SkipCause::PredatesAgent,
            reason: format!(
                "minted before this agent was authorized (it may deliver tokens from \
                 {first_token_id} on); only an agent authorized earlier can deliver it"
            ),
        };
    }
    Verdict::StillPending
}

/// The first token id `agent` may deliver; 0 when it is not an authorized agent.
pub async fn agent_first_token_id(
    nft: &GenImNFTInstance<DynProvider>,
    agent: Address,
) -> Result<u64, OnChainError> {
    let first = nft
        .agentFirstTokenId(agent)
        .call()
        .await
        .map_err(|source| OnChainError {
            what: format!("agentFirstTokenId({agent})"),
            source: Box::new(source),
        })?;
    Ok(u64::try_from(first).unwrap_or(u64::MAX))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::jobs::JobState;
    use alloy::primitives::{B256, address};

    /// The names of `enum Status` in the contract's interface, in declaration order (= their
    /// codes), and the `STATUS` object of the buyer's page, both read from their files: the keeper,
    /// the contract and the page must agree on what each code means.
    #[test]
    fn status_codes_match_the_contract_and_the_page() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let ours = [
            ("None", Status::None as u8),
            ("Pending", Status::Pending as u8),
            ("Delivered", Status::Delivered as u8),
            ("Refunded", Status::Refunded as u8),
        ];
        for (_, code) in ours {
            assert_eq!(Status::from_code(code) as u8, code, "from_code({code})");
        }

        let interface =
            std::fs::read_to_string(root.join("../contracts/interfaces/IGenImNFT.sol")).unwrap();
        let body = interface
            .split_once("enum Status {")
            .and_then(|(_, rest)| rest.split_once('}'))
            .expect("IGenImNFT.sol declares enum Status")
            .0;
        let contract: Vec<(String, u8)> = body
            .split(',')
            .map(str::trim)
            .filter(|name| !name.is_empty())
            .zip(0u8..)
            .map(|(name, code)| (name.to_owned(), code))
            .collect();
        let expected: Vec<(String, u8)> = ours.iter().map(|(n, c)| ((*n).to_owned(), *c)).collect();
        assert_eq!(contract, expected, "IGenImNFT.Status");

        let flow = std::fs::read_to_string(root.join("web/src/flow.ts")).unwrap();
        let object = flow
            .split_once("export const STATUS = {")
            .and_then(|(_, rest)| rest.split_once('}'))
            .expect("flow.ts exports STATUS")
            .0;
        let mut page: Vec<(String, u8)> = object
            .split(',')
            .filter_map(|entry| entry.split_once(':'))
            .map(|(name, code)| (name.trim().to_owned(), code.trim().parse().unwrap()))
            .collect();
        page.sort_by_key(|(_, code)| *code);
        assert_eq!(page, expected, "keeper/web/src/flow.ts STATUS");
    }

    /// A recorded job for token 7, for tests across the crate.
    pub(crate) fn job() -> Job {
        Job {
            token_id: 7,
            requester: "0x70997970c51812dc3a010c7d01b50e0d17dc79c8".into(),
            tier: 1,
            paid: "30000000000000".into(),
            currency: Currency::Eth,
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

    fn record(status: Status) -> Request {
        Request {
            requester: address!("70997970C51812dc3A010C7d01b50e0d17dc79C8"),
            tier: 1,
            paid: U256::from(30_000_000_000_000u64),
            deadline: 1_800_000_000,
            status: status as u8,
            metadataHash: B256::ZERO,
            currency: 0,
        }
    }

    #[test]
    fn pending_with_the_same_request_is_worth_working_on() {
        assert_eq!(
            judge(&job(), &record(Status::Pending), 1),
            Verdict::StillPending
        );
    }

    #[test]
    fn delivered_refunded_and_missing_tokens_are_skipped_with_their_cause() {
        let cause = |status| match judge(&job(), &record(status), 1) {
            Verdict::Gone { cause, .. } => Some(cause),
            Verdict::StillPending => None,
        };
        assert_eq!(cause(Status::Delivered), Some(SkipCause::FulfilledByOther));
        assert_eq!(cause(Status::Refunded), Some(SkipCause::Refunded));
        assert_eq!(cause(Status::None), Some(SkipCause::Reorged));
    }

    #[test]
    fn a_re_mined_token_with_another_request_is_not_filled_with_the_old_prompt() {
        let mut other = record(Status::Pending);
        other.deadline += 1;
        assert!(matches!(
            judge(&job(), &other, 1),
            Verdict::Gone {
                cause: SkipCause::Reorged,
                ..
            }
        ));
        let mut other = record(Status::Pending);
        other.requester = address!("3C44CdDdB6a900fa2b585dd299e03d12FA4293BC");
        assert!(matches!(
            judge(&job(), &other, 1),
            Verdict::Gone {
                cause: SkipCause::Reorged,
                ..
            }
        ));
    }

    #[test]
    fn a_token_minted_before_our_authorization_is_left_to_earlier_agents() {
        // job() is token 7.
        assert_eq!(
            judge(&job(), &record(Status::Pending), 7),
            Verdict::StillPending
        );
        assert!(matches!(
            judge(&job(), &record(Status::Pending), 8),
            Verdict::Gone {
                cause: SkipCause::PredatesAgent,
                ..
            }
        ));
    }

    #[test]
    fn a_successor_takes_tokens_from_its_first_id_once_authorized() {
        let successor = Successor {
            agent: Address::repeat_byte(7),
            mark: AgentMark::new(0, 100),
        };
        assert!(
            !successor.takes(5),
            "not authorized yet: nothing is left to it"
        );
        assert!(successor.mark.apply(10, 101), "authorized at token 10");
        assert!(
            !successor.takes(9),
            "earlier tokens stay with the draining keeper"
        );
        assert!(successor.takes(10) && successor.takes(11));
        assert!(successor.mark.apply(0, 102), "revoked");
        assert!(
            !successor.takes(11),
            "revoked: this keeper takes them again"
        );
    }

    #[test]
    fn the_agent_mark_ignores_history_older_than_its_read() {
        let mark = AgentMark::new(50, 100);
        assert!(!mark.apply(1, 99), "a backfilled older AgentSet");
        assert_eq!(mark.first_token_id(), 50);
        assert!(mark.apply(0, 120), "revoked after start-up");
        assert!(!mark.is_authorized());
        assert!(mark.apply(80, 130));
        assert_eq!(mark.first_token_id(), 80);
    }
}
