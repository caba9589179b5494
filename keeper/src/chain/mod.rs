//! The chain below the stages: the RPC client and its failures, the contract's reads, the ETH/USD
//! price feed, and wei units.

pub mod contract;
pub mod price_feed;
pub mod rpc;
pub mod units;
