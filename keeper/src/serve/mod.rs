//! The keeper's HTTP faces: `ops` (health, metrics, status for operators) and `web` (the buyer's
//! page and its API), with the security `headers` every answer carries and the listener's `limits`.

pub mod headers;
pub mod limits;
pub mod ops;
pub mod rate;
pub mod relay;
pub mod web;
