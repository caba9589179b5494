//! The chain below the stages: the RPC client and its failures, the contract's reads, the ETH/USD
//! price feed, a wallet's own transactions (sign, broadcast, settle), wei units, and the USDC
//! authorization a buyer signs.

pub mod contract;
pub mod own_tx;
pub mod price_feed;
pub mod rpc;
pub mod units;
pub mod usdc_authorization;
