//! The keeper's HTTP faces: `ops` (health, metrics, status for operators) and `web` (the buyer's
//! page and its API), with the security `headers` every answer carries.

pub mod headers;
pub mod ops;
pub mod web;
