//! Converting between wei and the units people write (ETH, gwei) or metrics plot (floats).

use alloy::primitives::U256;

/// Whole wei from an amount in ETH or gwei given as a float in the config (`unit` wei per
/// whole unit). Config amounts are small, so the float's precision is ample.
pub fn to_wei(amount: f64, unit: f64) -> U256 {
    U256::from((amount * unit).round().max(0.0) as u128)
}

/// For metrics only: wei as a float (exact below 2^53 wei, about 0.009 ETH; close enough above).
pub fn wei_as_f64(wei: U256) -> f64 {
    u128::try_from(wei).map_or(f64::MAX, |wei| wei as f64)
}
