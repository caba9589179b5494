//! The wall clock, in the Unix seconds the job store and the contract's deadlines use.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// Seconds since the Unix epoch by the local clock (deadlines are chain timestamps, which track it).
pub fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// The monotonic instant of `unix` seconds (a time recorded in the job store, perhaps before a
/// restart), so a wait measured from it goes on across restarts. A time in the future, or older
/// than the process's clock can express, reads as now.
pub fn instant_of(unix: u64) -> Instant {
    let now = Instant::now();
    now.checked_sub(Duration::from_secs(unix_now().saturating_sub(unix)))
        .unwrap_or(now)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instant_of_a_past_time_is_that_long_ago() {
        let at = instant_of(unix_now().saturating_sub(120));
        let elapsed = at.elapsed().as_secs();
        assert!((119..=121).contains(&elapsed), "{elapsed} s");
    }

    #[test]
    fn instant_of_a_future_time_is_now() {
        assert!(instant_of(unix_now() + 3600).elapsed() < Duration::from_secs(1));
    }
}
