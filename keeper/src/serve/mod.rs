//! The keeper's HTTP faces: `ops` (health, metrics, status for operators) and `web` (the buyer's
//! page and its API).

pub mod ops;
pub mod web;
