//! What the job store records: job states, requests, stored artifacts and scan outcomes.

use std::fmt;
use std::str::FromStr;

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ValueRef};

/// A stored text that is not one of the expected enum values.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {kind} {value:?}")]
pub struct UnknownVariant {
    pub kind: &'static str,
    pub value: String,
}

/// `Display`, `FromStr` and `FromSql` for an enum stored as TEXT, given its `ALL` and `as_str`.
macro_rules! text_enum {
    ($name:ident, $kind:literal) => {
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = UnknownVariant;

            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Self::ALL
                    .into_iter()
                    .find(|variant| variant.as_str() == value)
                    .ok_or_else(|| UnknownVariant {
                        kind: $kind,
                        value: value.to_owned(),
                    })
            }
        }

        impl FromSql for $name {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                value.as_str()?.parse().map_err(FromSqlError::other)
            }
        }
    };
}

/// Life cycle of one token's job. The declaration order is the life-cycle order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum JobState {
    /// Request recorded from the `ImageRequested` log.
    Seen,
    /// Image API call in progress (intent recorded before the call).
    Generating,
    /// The paid image is in the local spool; it is uploaded from there, never generated again.
    ImageSpooled,
    /// Image is in storage; the API must not be called again.
    ImageStored,
    /// Metadata is in storage; ready to be fulfilled.
    MetadataStored,
    /// Fulfil transaction signed and recorded (possibly not yet broadcast).
    Submitted,
    /// Final: fulfilled by our transaction.
    Delivered,
    /// Final: the keeper gave up (see `reason`).
    GivenUp,
    /// Final: the token is no longer pending on chain (see `skip_cause`, `reason`).
    Skipped,
}

impl JobState {
    pub const ALL: [JobState; 9] = [
        JobState::Seen,
        JobState::Generating,
        JobState::ImageSpooled,
        JobState::ImageStored,
        JobState::MetadataStored,
        JobState::Submitted,
        JobState::Delivered,
        JobState::GivenUp,
        JobState::Skipped,
    ];

    /// States in which the keeper still owes work.
    pub const OPEN: [JobState; 6] = [
        JobState::Seen,
        JobState::Generating,
        JobState::ImageSpooled,
        JobState::ImageStored,
        JobState::MetadataStored,
        JobState::Submitted,
    ];

    /// States in which the keeper owes no more work.
    pub const FINAL: [JobState; 3] = [JobState::Delivered, JobState::GivenUp, JobState::Skipped];

    pub const fn as_str(self) -> &'static str {
        match self {
            JobState::Seen => "seen",
            JobState::Generating => "generating",
            JobState::ImageSpooled => "image_spooled",
            JobState::ImageStored => "image_stored",
            JobState::MetadataStored => "metadata_stored",
            JobState::Submitted => "submitted",
            JobState::Delivered => "delivered",
            JobState::GivenUp => "given_up",
            JobState::Skipped => "skipped",
        }
    }

    #[cfg(test)]
    pub const fn is_final(self) -> bool {
        matches!(
            self,
            JobState::Delivered | JobState::GivenUp | JobState::Skipped
        )
    }
}

text_enum!(JobState, "job state");

/// Why a token is no longer pending on chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SkipCause {
    /// Someone else's fulfil delivered it.
    FulfilledByOther,
    /// The requester was refunded (deadline passed).
    Refunded,
    /// The mint vanished in a reorg. Such a job is revived if its log shows up again.
    Reorged,
    /// Minted before this keeper's agent was authorized: only an agent authorized earlier may
    /// deliver it (the contract guards paid escrow from agents added later).
    PredatesAgent,
}

impl SkipCause {
    pub const ALL: [SkipCause; 4] = [
        SkipCause::FulfilledByOther,
        SkipCause::Refunded,
        SkipCause::Reorged,
        SkipCause::PredatesAgent,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            SkipCause::FulfilledByOther => "fulfilled_by_other",
            SkipCause::Refunded => "refunded",
            SkipCause::Reorged => "reorged",
            SkipCause::PredatesAgent => "predates_agent",
        }
    }
}

text_enum!(SkipCause, "skip cause");

/// What a token's escrow is held in (the contract's `Currency`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Currency {
    /// Wei.
    #[default]
    Eth,
    /// The deployment's USDC, in units of 10^-6 dollars.
    Usdc,
}

impl Currency {
    pub const ALL: [Currency; 2] = [Currency::Eth, Currency::Usdc];

    pub const fn as_str(self) -> &'static str {
        match self {
            Currency::Eth => "eth",
            Currency::Usdc => "usdc",
        }
    }

    /// The contract's enum value (`IGenImNFT.Currency`), `None` for a value it does not define.
    pub const fn from_onchain(value: u8) -> Option<Self> {
        match value {
            0 => Some(Currency::Eth),
            1 => Some(Currency::Usdc),
            _ => None,
        }
    }
}

text_enum!(Currency, "currency");

/// An `ImageRequested` log as found by the chain scan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewJob {
    pub token_id: u64,
    /// 0x-prefixed 20-byte address; stored lowercase.
    pub requester: String,
    pub tier: u8,
    /// The escrow as a decimal amount (u256-safe) in `currency`'s smallest unit; stored without
    /// leading zeros.
    pub paid: String,
    pub currency: Currency,
    /// Unix seconds.
    pub deadline: u64,
    /// The prompt as text; when [`Self::unreadable_prompt`], only a lossy rendering for display.
    pub prompt: String,
    /// The prompt's bytes on chain are not UTF-8 (the contract accepts any bytes). No image can
    /// show what the chain says, and metadata must not quote another prompt, so
    /// [`JobStore::record_scan`](super::JobStore::record_scan) gives such a token up before
    /// anything is paid; its holder is refunded after the deadline.
    pub unreadable_prompt: bool,
    pub block_number: u64,
    /// 0x-prefixed 32-byte hash; stored lowercase.
    pub block_hash: String,
    /// 0x-prefixed 32-byte hash; stored lowercase.
    pub tx_hash: String,
    pub log_index: u64,
}

impl NewJob {
    /// Same request content (ignoring where on chain the log was found).
    pub(super) fn same_request_as(&self, job: &Job) -> bool {
        self.requester == job.requester
            && self.tier == job.tier
            && self.paid == job.paid
            && self.currency == job.currency
            && self.deadline == job.deadline
            && self.prompt == job.prompt
    }

    /// Same log: on a consistent chain a block hash and log index identify one log.
    pub(super) fn same_log_as(&self, job: &Job) -> bool {
        self.block_hash == job.block_hash && self.log_index == job.log_index
    }
}

/// The stored image, recorded by [`JobStore::image_stored`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredImage {
    /// 0x-prefixed SHA-256 of the image bytes; stored lowercase.
    pub sha256: String,
    pub uri: String,
    pub content_type: String,
    pub model: String,
    /// As requested from the API, e.g. `1024x1024`.
    pub size: String,
    /// Creation time reported by the image API, unix seconds.
    pub created_at: u64,
}

/// A paid image written to the local spool, recorded by [`JobStore::image_spooled`] before it is
/// uploaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpooledImage {
    /// 0x-prefixed SHA-256 of the image bytes; stored lowercase.
    pub sha256: String,
    pub spool_path: String,
    pub content_type: String,
    pub model: String,
    pub size: String,
    pub created_at: u64,
}

/// One token's job as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    pub token_id: u64,
    pub requester: String,
    pub tier: u8,
    /// The escrow in `currency`'s smallest unit (wei or USDC's 10^-6 dollars), decimal.
    pub paid: String,
    pub currency: Currency,
    pub deadline: u64,
    pub prompt: String,
    pub block_number: u64,
    pub block_hash: String,
    pub tx_hash: String,
    pub log_index: u64,
    pub state: JobState,
    /// Image API calls started for the current request.
    pub attempts: u32,
    /// Error of the last failed image API call, see [`JobStore::generation_failed`].
    pub last_error: Option<String>,
    /// Unix seconds before which a `Seen` job is not generated again (retry backoff).
    pub next_attempt_at: u64,
    /// The image provider's task id of the current attempt, to resume instead of paying again.
    pub provider_task: Option<String>,
    /// Where the paid image waits for its upload (`ImageSpooled`).
    pub spool_path: Option<String>,
    pub image_sha256: Option<String>,
    pub image_uri: Option<String>,
    pub image_content_type: Option<String>,
    pub model: Option<String>,
    pub size: Option<String>,
    /// Image creation time reported by the API, unix seconds.
    pub created_at: Option<u64>,
    pub metadata_sha256: Option<String>,
    pub metadata_uri: Option<String>,
    /// The submission (all broadcast versions at one nonce) carrying this token.
    pub submission_id: Option<i64>,
    /// The latest broadcast version's hash.
    pub submit_tx_hash: Option<String>,
    pub submit_nonce: Option<u64>,
    /// Unix seconds of the latest [`JobStore::submitted`] call.
    pub submitted_at: Option<u64>,
    pub delivered_tx_hash: Option<String>,
    pub skip_cause: Option<SkipCause>,
    /// Why the job was given up or skipped.
    pub reason: Option<String>,
    /// Unix seconds of the last change.
    pub updated_at: u64,
}

impl Job {
    /// The state a revived job resumes from, so a stored image is never paid for twice.
    pub(super) fn furthest_stored_artifact(&self) -> JobState {
        if self.metadata_sha256.is_some() {
            JobState::MetadataStored
        } else if self.image_uri.is_some() {
            JobState::ImageStored
        } else if self.spool_path.is_some() {
            JobState::ImageSpooled
        } else {
            JobState::Seen
        }
    }
}

/// A scanned log that contradicts a job which is already too far along to be reset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScanConflict {
    pub token_id: u64,
    pub state: JobState,
    pub stored_block_hash: String,
    pub scanned_block_hash: String,
}

/// What [`JobStore::record_scan`] did with the scanned logs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ScanOutcome {
    /// New jobs, now `Seen`.
    pub inserted: Vec<u64>,
    /// Logs already recorded; nothing changed.
    pub unchanged: u64,
    /// Same request found at another chain position (reorg): position updated,
    /// progress kept. A job skipped as `Reorged` is revived from its furthest
    /// stored artifact (`Seen`, `ImageStored` or `MetadataStored`). A fulfil
    /// sent before the reorg may have been reorged out too, so the caller may
    /// want to re-check relocated `Submitted`/`Delivered` tokens.
    pub relocated: Vec<u64>,
    /// Different request content replaced a job nothing was sent for yet (or a
    /// reorg-skipped one), dropping its image and metadata; now `Seen`.
    pub reset: Vec<u64>,
    /// Different request content for a job whose fulfil was already sent; left
    /// as is, the submitter settles it by receipt or on-chain status.
    pub conflicts: Vec<ScanConflict>,
    /// Jobs given up in this scan because their prompt is not UTF-8
    /// ([`NewJob::unreadable_prompt`]); nothing was or will be paid for them.
    pub unreadable_prompts: Vec<u64>,
}

/// What [`JobStore::recover_after_restart`] found.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RecoveryReport {
    /// Interrupted image API calls, turned back into `Seen`.
    pub generating_requeued: u64,
    /// Jobs waiting for generation (including the requeued ones).
    pub seen: u64,
    /// Jobs whose paid image is uploaded from the spool.
    pub image_spooled: u64,
    /// Jobs that continue from the stored image.
    pub image_stored: u64,
    /// Jobs ready to be submitted.
    pub metadata_stored: u64,
    /// Jobs whose fulfil transaction the caller must re-check on chain.
    pub submitted: u64,
}
