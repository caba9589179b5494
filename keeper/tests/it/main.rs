//! The keeper's integration tests, one binary (the harness in `common/` compiles once):
//! - `contract`: `out/` and `bindings/` hold what `contracts/` compiles to now;
//! - `e2e`, `e2e_storage`: the real `genim` binary on a real Anvil chain, with each storage backend;
//! - `faults`: one regression test per fault that once broke the keeper; `chaos`: a seeded chaos run;
//! - `images`, `storage`: the image backends and the storage backends against in-process or real
//!   servers; `secrets`: no credential reaches a log line or an error;
//! - `monitoring`: the real Prometheus and Alertmanager against a real keeper (alerts, dashboard).
//! - `operator`: the mistakes an operator makes (second instance, env keys, key files, credentials);
//! - `usdc`: USDC mint authorizations signed with alloy, against viem's and on a real Anvil; USDC
//!   escrow valued at the feed rate; automatic refunds;
//! - `mcp`: AI agents buy images over MCP (`/mcp`) with rmcp's client;
//! - `mcp_usdc`: an agent with no ETH pays in USDC over MCP (x402 MCP transport), relayed;
//! - `relay`: the keeper relays USDC mints buyers signed (`POST /api/mint-with-authorization`).
//! - `publish_web`: `genim publish-web` adds the page build to IPFS as one checked directory.

mod common;

mod chaos;
mod contract;
mod e2e;
mod e2e_storage;
mod faults;
mod images;
mod mcp;
mod mcp_usdc;
mod monitoring;
mod operator;
mod publish_web;
mod relay;
mod secrets;
mod storage;
mod usdc;
