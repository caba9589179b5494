//! Waiting longer after each failure: the one doubling rule behind the chain loops' pauses and
//! the image client's retry ceiling.

use std::time::Duration;

/// `base` doubled `doublings` times, at most `max` (saturating, so huge counts cannot overflow).
pub fn doubled(base: Duration, doublings: u32, max: Duration) -> Duration {
    base.saturating_mul(2u32.saturating_pow(doublings)).min(max)
}

/// The pause of a polling loop after `failures` failed rounds in a row: doubling up to 64 × `base`,
/// capped at 30 s.
pub fn backoff(base: Duration, failures: u32) -> Duration {
    doubled(base, failures.min(6), Duration::from_secs(30))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doubles_per_failure_up_to_the_caps() {
        let base = Duration::from_millis(100);
        assert_eq!(backoff(base, 0), base);
        assert_eq!(backoff(base, 3), Duration::from_millis(800));
        assert_eq!(backoff(base, 60), Duration::from_millis(6400));
        assert_eq!(backoff(Duration::from_secs(1), 6), Duration::from_secs(30));
        assert_eq!(
            doubled(base, u32::MAX, Duration::from_secs(60)),
            Duration::from_secs(60)
        );
    }
}
