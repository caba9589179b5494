//! Retrying image generation with exponential backoff, bounded by a deadline.
//!
//! The deadline matters more than the attempt count: a request whose image is not delivered
//! before its on-chain deadline must be refunded instead, so we stop early enough for that.

use std::time::Duration;

use rand::Rng as _;
use tokio::time::Instant;

use crate::backoff::doubled;

use super::{FailureScope, GeneratedImage, ImageBackend, ImageError, ImageRequest, TaskSlot};

/// How often and how patiently to retry retryable failures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Total attempts including the first; 0 is treated as 1.
    pub max_attempts: u32,
    /// The backoff ceiling before the first retry; it doubles with every further retry.
    pub base_delay: Duration,
    /// Caps the backoff ceiling (but not a server's `Retry-After`).
    pub max_delay: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_attempts: 4,
            base_delay: Duration::from_secs(2),
            max_delay: Duration::from_secs(60),
        }
    }
}

/// Generation failed for now. `scope` says whom the last failure concerns: a transient one
/// (attempts or time ran out) may be retried later, a provider-account one stops every token, a
/// token-permanent one (e.g. a content-policy refusal) would recur on another try.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("gave up after {attempts} attempt(s): {reason}")]
pub struct GiveUp {
    pub attempts: u32,
    /// One line: the last error, or "deadline reached" (followed by the last error, if any).
    /// For logs: it may quote what the provider said.
    pub reason: String,
    /// [`Self::reason`] in the keeper's own words ([`ImageError::public_reason`]), for what the
    /// public sees: no text or bytes from the provider.
    pub public_reason: String,
    pub scope: FailureScope,
    /// The server's `Retry-After`, if the last failure had one.
    pub retry_after: Option<Duration>,
}

/// Calls `backend` until it succeeds, fails permanently, runs out of attempts, or the next
/// attempt or wait would reach `give_up_at`. An attempt still running at `give_up_at` is
/// abandoned. Returns the image and the number of attempts made. Attempts share one provider
/// task (a BFL task is resumed, not paid again); to persist it across restarts use
/// [`generate_with_retry_resuming`].
pub async fn generate_with_retry(
    backend: &dyn ImageBackend,
    req: &ImageRequest,
    policy: &RetryPolicy,
    give_up_at: Instant,
) -> Result<(GeneratedImage, u32), GiveUp> {
    generate_with_retry_resuming(backend, req, policy, give_up_at, &TaskSlot::default()).await
}

/// [`generate_with_retry`] with the caller's [`TaskSlot`]: it starts from the task persisted by
/// an earlier run, if any, and its observer hears of every task submitted or dropped.
pub async fn generate_with_retry_resuming(
    backend: &dyn ImageBackend,
    req: &ImageRequest,
    policy: &RetryPolicy,
    give_up_at: Instant,
    task: &TaskSlot,
) -> Result<(GeneratedImage, u32), GiveUp> {
    let max_attempts = policy.max_attempts.max(1);
    let mut attempts = 0;
    let mut last_error = None;
    loop {
        if Instant::now() >= give_up_at {
            return Err(deadline_reached(attempts, last_error.as_ref()));
        }
        attempts += 1;
        let err = match tokio::time::timeout_at(give_up_at, backend.generate(req, task)).await {
            Ok(Ok(image)) => return Ok((image, attempts)),
            Ok(Err(err)) => err,
            Err(_elapsed) => return Err(deadline_reached(attempts, last_error.as_ref())),
        };
        if !err.is_retryable() || attempts >= max_attempts {
            return Err(give_up(attempts, &err));
        }
        let delay = retry_delay(policy, attempts, err.retry_after());
        if !ends_before(delay, give_up_at) {
            return Err(deadline_reached(attempts, Some(&err)));
        }
        tracing::warn!(
            backend = backend.name(),
            attempt = attempts,
            delay_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX),
            error = %err,
            "image generation failed; retrying"
        );
        last_error = Some(err);
        tokio::time::sleep(delay).await;
    }
}

/// Full jitter: uniform in `[0, min(max_delay, base_delay * 2^(attempt-1))]`, which spreads
/// retries of many keepers apart. A server's `Retry-After` is a floor.
pub fn retry_delay(policy: &RetryPolicy, attempt: u32, retry_after: Option<Duration>) -> Duration {
    let ceiling = doubled(
        policy.base_delay,
        attempt.saturating_sub(1),
        policy.max_delay,
    );
    let ceiling_nanos = u64::try_from(ceiling.as_nanos()).unwrap_or(u64::MAX);
    let jittered = Duration::from_nanos(rand::rng().random_range(0..=ceiling_nanos));
    jittered.max(retry_after.unwrap_or_default())
}

/// Whether waiting `delay` from now still leaves us before `deadline`.
fn ends_before(delay: Duration, deadline: Instant) -> bool {
    Instant::now()
        .checked_add(delay)
        .is_some_and(|end| end < deadline)
}

fn give_up(attempts: u32, err: &ImageError) -> GiveUp {
    GiveUp {
        attempts,
        reason: one_line(&err.to_string()),
        public_reason: err.public_reason(),
        scope: err.scope(),
        retry_after: err.retry_after(),
    }
}

fn deadline_reached(attempts: u32, last: Option<&ImageError>) -> GiveUp {
    let (reason, public_reason) = match last {
        Some(err) => (
            one_line(&format!("deadline reached (last error: {err})")),
            format!("deadline reached (last error: {})", err.public_reason()),
        ),
        None => ("deadline reached".to_owned(), "deadline reached".to_owned()),
    };
    GiveUp {
        attempts,
        reason,
        public_reason,
        scope: FailureScope::Transient,
        retry_after: last.and_then(ImageError::retry_after),
    }
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy(base_ms: u64, max_ms: u64) -> RetryPolicy {
        RetryPolicy {
            max_attempts: 10,
            base_delay: Duration::from_millis(base_ms),
            max_delay: Duration::from_millis(max_ms),
        }
    }

    #[test]
    fn delay_stays_within_the_doubling_ceiling() {
        let p = policy(100, 1000);
        for _ in 0..200 {
            assert!(retry_delay(&p, 1, None) <= Duration::from_millis(100));
            assert!(retry_delay(&p, 3, None) <= Duration::from_millis(400));
            assert!(retry_delay(&p, 30, None) <= Duration::from_millis(1000));
        }
    }

    #[test]
    fn delay_is_jittered() {
        let p = policy(1000, 1000);
        let delays: std::collections::HashSet<_> =
            (0..20).map(|_| retry_delay(&p, 1, None)).collect();
        assert!(delays.len() > 1, "full jitter must vary the delay");
    }

    #[test]
    fn retry_after_is_a_floor() {
        let p = policy(1, 10);
        let delay = retry_delay(&p, 1, Some(Duration::from_secs(5)));
        assert_eq!(delay, Duration::from_secs(5));
    }

    #[test]
    fn huge_delays_do_not_overflow() {
        let p = RetryPolicy {
            max_attempts: 100,
            base_delay: Duration::MAX,
            max_delay: Duration::MAX,
        };
        let delay = retry_delay(&p, 99, Some(Duration::from_secs(u64::MAX)));
        assert!(!ends_before(
            delay,
            Instant::now() + Duration::from_secs(3600)
        ));
    }
}
