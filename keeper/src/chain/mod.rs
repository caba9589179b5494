//! The chain below the stages: the RPC client and its failures, the contract's reads, and wei units.

pub mod contract;
pub mod rpc;
pub mod units;
