//! The GenImNFT keeper: finds paid image requests on chain, generates and stores each image with its
//! ERC-721 metadata, and delivers the metadata hash on chain, which pays the keeper.
//!
//! A token's journey, by folder: `stages::collect` (`ImageRequested` logs → the job store) →
//! `stages::produce` (on-chain re-check, `images`, `storage` publishes the image and its `metadata`)
//! → `stages::deliver` (`fulfilBatch`, receipts, replacements, settlement: delivered, or refunded
//! and skipped) → delivered. Below the stages: `jobs` records every step so a crash resumes where
//! it stopped (and `jobs::spool` keeps paid images until they are uploaded), `chain` talks to the
//! node and the contract, `pauses` pauses a stage for every token on a keeper-wide failure, and
//! `backoff`, `redact`, `time`, `cid` are shared helpers. `keeper` wires the stages together with
//! `serve` (the ops API and the buyer's page) and `metrics`; `cli` holds the binary's subcommands,
//! `verify` checks later that delivered tokens still resolve, and `publish_web` puts the buyer's page
//! on IPFS (one directory, its CID computed by `cid::unixfs`) so refunds work with the keeper down.

mod backoff;
mod chain;
pub mod cid;
pub mod cli;
pub mod config;
pub mod images;
pub mod jobs;
pub mod keeper;
pub mod mcp;
pub mod metadata;
mod metrics;
mod monitor;
mod pauses;
mod preflight;
pub mod publish_web;
pub mod redact;
mod secret_files;
mod serve;
mod stages;
pub mod storage;
mod time;
pub mod verify;

/// The on-chain status codes, shared with the tests so that no second copy exists.
pub use chain::contract::Status;
