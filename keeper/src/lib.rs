//! The GenImNFT keeper: finds paid image requests on chain, generates and stores each image with its
//! ERC-721 metadata, and delivers the metadata hash on chain, which pays the keeper.
//!
//! A token's journey through the keeper, one module per step:
//! `chain` (collector: `ImageRequested` logs → job store) → `pipeline` (strategy and image executor:
//! on-chain re-check, `images`, `storage`, `metadata`) → `submit` (executor: `fulfilBatch`, receipts)
//! → delivered. `store` records every step so a crash resumes where it stopped, `spool` keeps paid
//! images until they are uploaded, and `health` pauses a stage for every token on a keeper-wide
//! failure; `service` wires the steps together with `http` (and `web`, the buyer's page) and
//! `metrics`; `cli` holds the binary's subcommands.

pub mod backoff;
pub mod chain;
pub mod cli;
pub mod config;
pub mod health;
pub mod http;
pub mod images;
pub mod metadata;
pub mod metrics;
pub mod onchain;
pub mod pipeline;
pub mod preflight;
pub mod redact;
pub mod rpc;
pub mod service;
pub mod spool;
pub mod storage;
pub mod store;
pub mod submit;
pub mod time;
pub mod units;
pub mod web;
