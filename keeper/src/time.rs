//! The wall clock, in the Unix seconds the job store and the contract's deadlines use.

use std::time::{SystemTime, UNIX_EPOCH};

/// Seconds since the Unix epoch by the local clock (deadlines are chain timestamps, which track it).
pub fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}
