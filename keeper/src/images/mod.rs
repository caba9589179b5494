//! Image generation: a backend trait, three backends (OpenAI-compatible, Black Forest Labs,
//! offline procedural) and a deadline-aware retry loop.

pub mod bfl;
mod http;
pub mod openai;
pub mod procedural;
pub mod retry;

pub mod task;
pub mod untrusted;

#[cfg(test)]
mod provider_tests;

#[cfg(test)]
use crate::redact::Secret;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

pub use bfl::{BflBackend, BflConfig};
pub use openai::{OpenAiBackend, OpenAiConfig};
pub use procedural::ProceduralBackend;
pub use retry::{
    GiveUp, RetryPolicy, generate_with_retry, generate_with_retry_resuming, retry_delay,
};
pub use task::{ProviderTask, TaskSlot};
pub use untrusted::{HostPolicy, UntrustedUrl};

/// Which model to ask for and how large the image should be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageSpec {
    pub model: String,
    pub width: u32,
    pub height: u32,
}

impl ImageSpec {
    /// Builds a spec from a size string such as `"512x512"`.
    pub fn from_size(model: impl Into<String>, size: &str) -> Result<Self, InvalidSize> {
        let (width, height) = parse_size(size)?;
        Ok(Self {
            model: model.into(),
            width,
            height,
        })
    }

    /// The size as `"WxH"`, the form OpenAI-style APIs and the token metadata use.
    pub fn size(&self) -> String {
        format!("{}x{}", self.width, self.height)
    }
}

/// A size string that is not `"<width>x<height>"` with positive integers.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid image size {0:?}: expected \"<width>x<height>\", e.g. \"512x512\"")]
pub struct InvalidSize(pub String);

fn parse_size(size: &str) -> Result<(u32, u32), InvalidSize> {
    let invalid = || InvalidSize(size.to_owned());
    let (w, h) = size.split_once(['x', 'X']).ok_or_else(invalid)?;
    let width: u32 = w.trim().parse().map_err(|_| invalid())?;
    let height: u32 = h.trim().parse().map_err(|_| invalid())?;
    if width == 0 || height == 0 {
        return Err(invalid());
    }
    Ok((width, height))
}

/// What to generate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageRequest {
    pub prompt: String,
    pub spec: ImageSpec,
}

/// A generated image, its format detected from the bytes themselves.
pub struct GeneratedImage {
    pub bytes: Vec<u8>,
    /// `image/png`, `image/jpeg` or `image/webp`.
    pub content_type: String,
    pub model: String,
    /// The share of [`ImageMemory`] these bytes hold, given back when the image is dropped.
    memory: MemoryPermit,
}

/// Bounds how many image answers are held in memory at once, from reading the body to the moment
/// the bytes are dropped (after the spool write). Generations in flight are many (a provider takes
/// seconds per image), and their answers tend to land together: without this bound, hundreds of
/// megabyte-sized bodies, their base64 text and the decoded bytes would all sit in memory at the
/// same time. Answers beyond the bound wait in the socket, unread.
#[derive(Debug, Clone)]
pub struct ImageMemory(Arc<Semaphore>);

impl ImageMemory {
    /// Default bound: a few megabytes each, so tens of megabytes at most.
    pub const DEFAULT_IMAGES: usize = 8;

    /// At most `images` answers in memory at once (at least one).
    pub fn new(images: usize) -> Self {
        Self(Arc::new(Semaphore::new(images.max(1))))
    }

    /// Waits for room for one more answer.
    pub(crate) async fn reserve(&self) -> MemoryPermit {
        // The semaphore is never closed; were it ever, going on unbounded beats failing.
        MemoryPermit {
            _held: Arc::clone(&self.0).acquire_owned().await.ok(),
        }
    }

    /// Answers that could be read right now without waiting.
    pub fn available(&self) -> usize {
        self.0.available_permits()
    }
}

impl Default for ImageMemory {
    fn default() -> Self {
        Self::new(Self::DEFAULT_IMAGES)
    }
}

/// One answer's share of [`ImageMemory`]; an image generated in-process holds none.
#[derive(Debug, Default)]
pub(crate) struct MemoryPermit {
    _held: Option<OwnedSemaphorePermit>,
}

// Printing megabytes of image bytes in logs helps nobody.
impl fmt::Debug for GeneratedImage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("GeneratedImage")
            .field("bytes", &format_args!("<{} bytes>", self.bytes.len()))
            .field("content_type", &self.content_type)
            .field("model", &self.model)
            .finish()
    }
}

impl GeneratedImage {
    /// Wraps raw bytes, rejecting empty payloads and formats a browser could not show.
    pub(crate) fn from_bytes(
        op: &'static str,
        bytes: Vec<u8>,
        model: &str,
    ) -> Result<Self, ImageError> {
        if bytes.is_empty() {
            return Err(ImageError::EmptyImage { op });
        }
        // The answer's bytes never go into the error: it ends up in the public `/tokens` reason.
        let content_type = detect_content_type(&bytes).ok_or(ImageError::NotAnImage { op })?;
        Ok(Self {
            bytes,
            content_type: content_type.to_owned(),
            model: model.to_owned(),
            memory: MemoryPermit::default(),
        })
    }

    /// Keeps `memory` until this image is dropped.
    pub(crate) fn holding(mut self, memory: MemoryPermit) -> Self {
        self.memory = memory;
        self
    }
}

/// The MIME type of a PNG, JPEG or WebP image, judged by its magic bytes.
pub fn detect_content_type(bytes: &[u8]) -> Option<&'static str> {
    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n";
    const JPEG: &[u8] = b"\xff\xd8\xff";
    if bytes.starts_with(PNG) {
        Some("image/png")
    } else if bytes.starts_with(JPEG) {
        Some("image/jpeg")
    } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some("image/webp")
    } else {
        None
    }
}

/// Something that turns a prompt into an image.
#[async_trait]
pub trait ImageBackend: Send + Sync {
    /// Generates one image. `task` is shared by all attempts for the same request: a backend whose
    /// provider runs asynchronous, paid tasks (BFL) resumes the task it holds instead of paying for
    /// a new one, and records a task there as soon as the provider accepted it. Synchronous
    /// backends ignore it.
    async fn generate(
        &self,
        req: &ImageRequest,
        task: &TaskSlot,
    ) -> Result<GeneratedImage, ImageError>;

    /// A cheap authenticated call that proves the provider accepts our key without paying for an
    /// image. An error's [`ImageError::scope`] tells a rejected account
    /// ([`FailureScope::ProviderAccount`]) from an unreachable provider.
    async fn probe(&self) -> Result<(), ImageError>;

    /// A short label for logs and metrics, e.g. `"openai"`.
    fn name(&self) -> &str;
}

/// Who a failure concerns, which decides what the caller does next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FailureScope {
    /// Try again later (this token or the next): throttling, server errors, timeouts, broken
    /// connections, a provider task that failed or expired.
    Transient,
    /// The provider refuses this keeper's account: bad or missing key, no credits, quota or
    /// billing limit. Every token would fail alike, so pause the whole images stage and probe
    /// until it recovers; the token is not at fault.
    ProviderAccount,
    /// This request is refused for good (content refusal or moderation, an invalid prompt, an
    /// unusable answer for it): give up this token only.
    TokenPermanent,
}

/// A backend that cannot be built from its configuration.
#[derive(Debug, thiserror::Error)]
pub enum BackendConfigError {
    #[error("invalid base URL {url:?}: {reason}")]
    InvalidBaseUrl { url: String, reason: String },
    #[error("invalid API key: it contains characters not allowed in an HTTP header")]
    InvalidApiKey,
    #[error("cannot build HTTP client: {0}")]
    HttpClient(String),
}

/// Why a generation attempt failed. `op` names the step (e.g. `"submit"`, `"poll"`, `"download"`).
///
/// Retryable errors are the ones a later attempt may well not see again: throttling, server
/// errors, timeouts, broken connections. Everything else would fail the same way again.
#[derive(Debug, thiserror::Error)]
pub enum ImageError {
    /// HTTP 408, 429 or 5xx.
    #[error("{op}: HTTP {status} (temporary){}: {message}", retry_after_note(*retry_after))]
    Transient {
        op: &'static str,
        status: u16,
        retry_after: Option<Duration>,
        message: String,
    },
    #[error("{op}: timed out after {after:?}")]
    Timeout { op: &'static str, after: Duration },
    #[error("{op}: connection failed: {message}")]
    Connection { op: &'static str, message: String },
    /// Any other 4xx: bad request, auth, content policy, out of credits.
    #[error("{op}: HTTP {status} (rejected): {message}")]
    Rejected {
        op: &'static str,
        status: u16,
        message: String,
    },
    /// The provider accepted the job but then refused it (e.g. moderation) or reported a status
    /// we do not know.
    #[error("generation refused with status {status:?}{}", detail_note(detail))]
    Refused { status: String, detail: String },
    /// The provider's task failed, expired or is unknown to it; a new task may succeed.
    #[error("provider task {task} {status}{}", detail_note(detail))]
    TaskFailed {
        task: String,
        status: String,
        detail: String,
    },
    #[error("{op}: invalid response: {message}")]
    InvalidResponse { op: &'static str, message: String },
    #[error("{op}: response contained no image")]
    EmptyImage { op: &'static str },
    #[error("{op}: the answer is not a PNG, JPEG or WebP image")]
    NotAnImage { op: &'static str },
    /// A URL the provider handed us that is not fetched (see [`untrusted`]).
    #[error("{op}: refused the provider's URL: {reason}")]
    Untrusted {
        op: &'static str,
        reason: UntrustedUrl,
    },
    #[error("{op}: cannot send request: {message}")]
    InvalidRequest { op: &'static str, message: String },
    #[error("rendering failed: {0}")]
    Render(String),
}

fn retry_after_note(retry_after: Option<Duration>) -> String {
    retry_after
        .map(|d| format!(", retry after {}s", d.as_secs()))
        .unwrap_or_default()
}

fn detail_note(detail: &str) -> String {
    if detail.is_empty() {
        String::new()
    } else {
        format!(": {detail}")
    }
}

/// Words with which providers say the account, not the request, is the problem (OpenAI answers
/// 429 `insufficient_quota` "You exceeded your current quota, please check your plan and billing
/// details", or 400 `billing_hard_limit_reached`; others say "insufficient credits/balance").
const ACCOUNT_SIGNALS: [&str; 9] = [
    "insufficient_quota",
    "exceeded your current quota",
    "billing",
    "insufficient credit",
    "insufficient balance",
    "insufficient funds",
    "out of credits",
    "no credits",
    "payment required",
];

fn mentions_account_problem(message: &str) -> bool {
    let message = message.to_ascii_lowercase();
    ACCOUNT_SIGNALS.iter().any(|s| message.contains(s))
}

impl ImageError {
    /// Who the failure concerns; see [`FailureScope`].
    pub fn scope(&self) -> FailureScope {
        match self {
            Self::Transient { message, .. } if mentions_account_problem(message) => {
                FailureScope::ProviderAccount
            }
            Self::Transient { .. }
            | Self::Timeout { .. }
            | Self::Connection { .. }
            | Self::TaskFailed { .. } => FailureScope::Transient,
            Self::Rejected {
                status: 401..=403, ..
            } => FailureScope::ProviderAccount,
            Self::Rejected { message, .. } if mentions_account_problem(message) => {
                FailureScope::ProviderAccount
            }
            Self::Rejected { .. }
            | Self::Refused { .. }
            | Self::InvalidResponse { .. }
            | Self::EmptyImage { .. }
            | Self::NotAnImage { .. }
            | Self::Untrusted { .. }
            | Self::InvalidRequest { .. }
            | Self::Render(_) => FailureScope::TokenPermanent,
        }
    }

    /// The failure in the keeper's own words, for what the public sees (`/tokens`): the kind
    /// of failure and its HTTP status, never text or bytes the provider sent.
    pub fn public_reason(&self) -> String {
        match self {
            Self::Transient { op, status, .. } => format!("{op}: HTTP {status} (temporary)"),
            Self::Timeout { op, after } => format!("{op}: timed out after {after:?}"),
            Self::Connection { op, .. } => format!("{op}: connection failed"),
            Self::Rejected { op, status, .. } => format!("{op}: HTTP {status} (rejected)"),
            Self::Refused { .. } => "the provider refused to generate this image".to_owned(),
            Self::TaskFailed { .. } => "the provider's task failed".to_owned(),
            Self::InvalidResponse { op, .. } => format!("{op}: invalid response"),
            Self::InvalidRequest { op, .. } => format!("{op}: cannot send request"),
            Self::Render(_) => "rendering failed".to_owned(),
            Self::Untrusted { op, reason } => {
                format!("{op}: refused the provider's URL ({})", reason.summary())
            }
            Self::EmptyImage { .. } | Self::NotAnImage { .. } => self.to_string(),
        }
    }

    /// Whether trying this request again later could succeed: [`FailureScope::Transient`].
    pub fn is_retryable(&self) -> bool {
        self.scope() == FailureScope::Transient
    }

    /// How long the server asked us to wait before trying again, if it said so.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            Self::Transient { retry_after, .. } => *retry_after,
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn size_string_round_trips() {
        let spec = ImageSpec::from_size("m", "1024x768").unwrap();
        assert_eq!((spec.width, spec.height), (1024, 768));
        assert_eq!(spec.size(), "1024x768");
        assert!(ImageSpec::from_size("m", "1024").is_err());
        assert!(ImageSpec::from_size("m", "0x5").is_err());
        assert!(ImageSpec::from_size("m", "ax5").is_err());
    }

    #[test]
    fn detects_formats_by_magic_bytes() {
        assert_eq!(
            detect_content_type(b"\x89PNG\r\n\x1a\n...."),
            Some("image/png")
        );
        assert_eq!(detect_content_type(b"\xff\xd8\xff\xe0"), Some("image/jpeg"));
        assert_eq!(
            detect_content_type(b"RIFF\x10\0\0\0WEBPVP8 "),
            Some("image/webp")
        );
        assert_eq!(detect_content_type(b"GIF89a"), None);
        assert_eq!(detect_content_type(b""), None);
    }

    #[test]
    fn api_key_is_redacted() {
        let key = Secret::new("sk-very-secret");
        assert_eq!(format!("{key:?} {key}"), "*** ***");
        assert_eq!(key.expose(), "sk-very-secret");
    }

    #[test]
    fn classifies_retryable_errors() {
        let throttled = ImageError::Transient {
            op: "submit",
            status: 429,
            retry_after: Some(Duration::from_secs(3)),
            message: "slow down".into(),
        };
        assert!(throttled.is_retryable());
        assert_eq!(throttled.retry_after(), Some(Duration::from_secs(3)));
        assert_eq!(
            throttled.to_string(),
            "submit: HTTP 429 (temporary), retry after 3s: slow down"
        );
        let refused = ImageError::Refused {
            status: "Content Moderated".into(),
            detail: String::new(),
        };
        assert!(!refused.is_retryable());
        assert_eq!(refused.retry_after(), None);
    }

    fn rejected(status: u16, message: &str) -> ImageError {
        ImageError::Rejected {
            op: "generate",
            status,
            message: message.into(),
        }
    }

    fn transient(status: u16, message: &str) -> ImageError {
        ImageError::Transient {
            op: "generate",
            status,
            retry_after: None,
            message: message.into(),
        }
    }

    #[test]
    fn scopes_separate_account_token_and_transient_failures() {
        use FailureScope::{ProviderAccount, TokenPermanent, Transient};
        let cases = [
            (transient(429, "Rate limit reached for requests"), Transient),
            (transient(500, "overloaded"), Transient),
            (transient(503, ""), Transient),
            (transient(408, "timeout"), Transient),
            (
                ImageError::Timeout {
                    op: "poll",
                    after: Duration::from_secs(1),
                },
                Transient,
            ),
            (
                ImageError::Connection {
                    op: "generate",
                    message: "refused".into(),
                },
                Transient,
            ),
            (
                ImageError::TaskFailed {
                    task: "t".into(),
                    status: "Error".into(),
                    detail: String::new(),
                },
                Transient,
            ),
            (
                rejected(401, "Incorrect API key provided: ***"),
                ProviderAccount,
            ),
            (rejected(402, "Insufficient credits"), ProviderAccount),
            (rejected(403, "Forbidden"), ProviderAccount),
            (
                transient(
                    429,
                    "You exceeded your current quota, please check your plan and billing details.",
                ),
                ProviderAccount,
            ),
            (
                rejected(400, "Billing hard limit has been reached"),
                ProviderAccount,
            ),
            (
                rejected(
                    400,
                    "Your request was rejected as a result of our safety system.",
                ),
                TokenPermanent,
            ),
            (rejected(422, "prompt: field required"), TokenPermanent),
            (rejected(404, "model not found"), TokenPermanent),
            (
                ImageError::Refused {
                    status: "Request Moderated".into(),
                    detail: String::new(),
                },
                TokenPermanent,
            ),
            (
                ImageError::InvalidResponse {
                    op: "generate",
                    message: "not JSON".into(),
                },
                TokenPermanent,
            ),
            (ImageError::EmptyImage { op: "generate" }, TokenPermanent),
        ];
        for (error, scope) in cases {
            assert_eq!(error.scope(), scope, "{error}");
            assert_eq!(error.is_retryable(), scope == Transient, "{error}");
        }
    }
}
