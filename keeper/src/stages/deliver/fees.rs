//! What a transaction may pay: fee quotes, the fee cap, profitability against the escrow (also
//! used by the relay stage for the gas it fronts), replacement bumps, and whether the agent's
//! wallet can pay for the gas.

use alloy::eips::BlockNumberOrTag;
use alloy::primitives::U256;
use alloy::providers::{DynProvider, Provider};

use crate::chain::rpc::{RpcFailure, failed};
use crate::pauses::Stage;

use super::{SubmitError, Submitter};

/// Fee increase for a replacement; nodes require at least 10 %.
const FEE_BUMP_PERCENT: u128 = 25;
/// Blocks of fee history behind a fee quote, and the tip percentile taken from them.
const FEE_HISTORY_BLOCKS: u64 = 5;
const TIP_PERCENTILE: f64 = 20.0;

/// What the next block is expected to charge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FeeQuote {
    pub next_base_fee: u128,
    pub priority_fee: u128,
}

/// Why a batch is not sent now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FeeWait {
    /// The next block's base fee plus tip is above the absolute cap.
    AboveCap { needed: u128, cap: u128 },
    /// Gas would cost more than the allowed share of the escrow the batch earns.
    Unprofitable { cost: U256, allowed: U256 },
    /// The batch holds USDC escrow or images have a dollar cost, and no ETH/USD rate can be had.
    NoRate(String),
}

impl std::fmt::Display for FeeWait {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FeeWait::AboveCap { needed, cap } => write!(
                f,
                "gas price {needed} wei is above submit.max_fee_per_gas_gwei ({cap} wei)"
            ),
            FeeWait::Unprofitable { cost, allowed } => write!(
                f,
                "delivering would cost {cost} wei in gas (and images, submit.image_cost_usd), more \
                 than the {allowed} wei allowed by submit.max_gas_cost_share"
            ),
            FeeWait::NoRate(reason) => {
                write!(
                    f,
                    "dollars (USDC escrow, image cost) cannot be valued against gas: {reason}"
                )
            }
        }
    }
}

impl Submitter {
    pub(super) async fn read_balance(&self) -> Result<U256, SubmitError> {
        let balance = self
            .provider
            .get_balance(self.agent)
            .await
            .map_err(failed("eth_getBalance"))?;
        self.health.set_agent_balance(balance);
        Ok(balance)
    }

    /// Whether the agent can pay for the gas; otherwise the `wallet` stage pauses until it can.
    pub(super) async fn wallet_can_pay(
        &self,
        gas_limit: u64,
        max_fee: u128,
    ) -> Result<bool, SubmitError> {
        let balance = self.read_balance().await?;
        let needed = U256::from(gas_limit) * U256::from(max_fee);
        if balance < needed {
            self.health.pause(
                Stage::Wallet,
                &format!(
                    "agent {} holds {balance} wei but a fulfil may cost up to {needed} wei; fund it",
                    self.agent
                ),
            );
            return Ok(false);
        }
        self.health.resume(Stage::Wallet);
        Ok(true)
    }

    /// The next block's base fee and a tip from recent blocks, in one call.
    pub(super) async fn fee_quote(&self) -> Result<FeeQuote, SubmitError> {
        Ok(fee_quote(&self.provider).await?)
    }

    pub(super) fn fee_cap(&self) -> u128 {
        self.fee_cap_wei
    }
}

/// The next block's base fee and a tip from recent blocks (for any sender: fulfils, relays).
pub async fn fee_quote(provider: &DynProvider) -> Result<FeeQuote, RpcFailure> {
    let history = provider
        .get_fee_history(
            FEE_HISTORY_BLOCKS,
            BlockNumberOrTag::Latest,
            &[TIP_PERCENTILE],
        )
        .await
        .map_err(failed("eth_feeHistory"))?;
    let next_base_fee = history
        .next_block_base_fee()
        .or_else(|| history.latest_block_base_fee())
        .unwrap_or_default();
    let mut tips: Vec<u128> = history
        .reward
        .unwrap_or_default()
        .iter()
        .filter_map(|rewards| rewards.first().copied())
        .collect();
    tips.sort_unstable();
    // At least 1 wei: some nodes order zero-tip transactions last.
    let priority_fee = tips.get(tips.len() / 2).copied().unwrap_or_default().max(1);
    Ok(FeeQuote {
        next_base_fee,
        priority_fee,
    })
}

/// The fees to send with (`max_fee_per_gas`, `max_priority_fee_per_gas`), or why to wait: the
/// usual headroom of twice the base fee, clamped to the cap as long as the cap still covers the
/// next block.
pub fn fees_within_cap(quote: FeeQuote, cap: u128) -> Result<(u128, u128), FeeWait> {
    let needed = quote.next_base_fee.saturating_add(quote.priority_fee);
    if needed > cap {
        return Err(FeeWait::AboveCap { needed, cap });
    }
    let wanted = quote
        .next_base_fee
        .saturating_mul(2)
        .saturating_add(quote.priority_fee);
    Ok((wanted.min(cap), quote.priority_fee))
}

/// Whether delivering earns enough: the expected gas cost (estimate × next base fee plus tip) plus
/// `images_cost` (what the batch's images cost at the provider, in wei) must not exceed `share` of
/// the escrow.
pub fn check_profitable(
    gas_estimate: u64,
    quote: FeeQuote,
    images_cost: U256,
    escrow: U256,
    share: f64,
) -> Result<(), FeeWait> {
    let price = quote.next_base_fee.saturating_add(quote.priority_fee);
    let cost = (U256::from(gas_estimate) * U256::from(price)).saturating_add(images_cost);
    // Shares are configured with a few digits; parts per million keep the math in integers.
    let allowed =
        escrow * U256::from((share * 1e6).round().max(0.0) as u128) / U256::from(1_000_000u64);
    if cost > allowed {
        return Err(FeeWait::Unprofitable { cost, allowed });
    }
    Ok(())
}

/// Fees for a replacement: at least a bump over the version it replaces (nodes insist), at least
/// the fresh estimate, never above the cap. `None` when even the minimal bump is above the cap.
pub fn replacement_fees(old: (u128, u128), fresh: (u128, u128), cap: u128) -> Option<(u128, u128)> {
    let max_fee = bump(old.0).max(fresh.0);
    let priority = bump(old.1).max(fresh.1);
    if bump(old.0) > cap {
        return None;
    }
    let max_fee = max_fee.min(cap);
    Some((max_fee, priority.min(max_fee)))
}

pub(super) fn bump(fee: u128) -> u128 {
    fee + (fee * FEE_BUMP_PERCENT).div_ceil(100) + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    const GWEI: u128 = 1_000_000_000;

    fn quote(base_gwei: u128, tip_gwei: u128) -> FeeQuote {
        FeeQuote {
            next_base_fee: base_gwei * GWEI,
            priority_fee: tip_gwei * GWEI,
        }
    }

    #[test]
    fn bump_raises_fees_by_more_than_ten_percent() {
        for fee in [1u128, 7, 1_000_000_000, 123_456_789_012] {
            assert!(bump(fee) * 100 >= fee * 110, "{fee} -> {}", bump(fee));
        }
    }

    #[test]
    fn fees_take_twice_the_base_fee_but_stay_within_the_cap() {
        assert_eq!(
            fees_within_cap(quote(10, 1), 100 * GWEI),
            Ok((21 * GWEI, GWEI))
        );
        assert_eq!(
            fees_within_cap(quote(10, 1), 15 * GWEI),
            Ok((15 * GWEI, GWEI)),
            "clamped, still enough for the next block"
        );
        assert_eq!(
            fees_within_cap(quote(20, 1), 15 * GWEI),
            Err(FeeWait::AboveCap {
                needed: 21 * GWEI,
                cap: 15 * GWEI
            })
        );
    }

    #[test]
    fn a_delivery_must_not_cost_more_than_the_share_of_its_escrow() {
        let escrow = U256::from(30_000 * GWEI); // 0.00003 ETH
        // 50,000 gas at 0.1 gwei = 5,000 gwei: 1/6 of the escrow.
        let cheap = FeeQuote {
            next_base_fee: GWEI / 10,
            priority_fee: 0,
        };
        assert_eq!(
            check_profitable(50_000, cheap, U256::ZERO, escrow, 0.5),
            Ok(())
        );
        assert!(check_profitable(50_000, cheap, U256::ZERO, escrow, 0.1).is_err());
        // The image's cost counts with the gas: 5,000 + 11,000 gwei is more than half of 30,000.
        let image = U256::from(11_000 * GWEI);
        assert_eq!(
            check_profitable(50_000, cheap, image, escrow, 0.5),
            Err(FeeWait::Unprofitable {
                cost: U256::from(16_000 * GWEI),
                allowed: U256::from(15_000 * GWEI)
            })
        );
        assert_eq!(check_profitable(50_000, cheap, image, escrow, 0.6), Ok(()));
        // 50,000 gas at 1 gwei = 50,000 gwei: more than the escrow itself.
        assert_eq!(
            check_profitable(50_000, quote(1, 0), U256::ZERO, escrow, 1.0),
            Err(FeeWait::Unprofitable {
                cost: U256::from(50_000 * GWEI),
                allowed: escrow
            })
        );
    }

    #[test]
    fn replacements_beat_the_old_version_and_respect_the_cap() {
        let cap = 100 * GWEI;
        let old = (20 * GWEI, 2 * GWEI);
        // A fresh estimate below the bump: the bump wins.
        let (max_fee, tip) = replacement_fees(old, (10 * GWEI, GWEI), cap).expect("fits");
        assert_eq!((max_fee, tip), (bump(20 * GWEI), bump(2 * GWEI)));
        // A fresh estimate above the bump: the estimate wins.
        assert_eq!(
            replacement_fees(old, (60 * GWEI, 5 * GWEI), cap),
            Some((60 * GWEI, 5 * GWEI))
        );
        // Clamped to the cap.
        assert_eq!(
            replacement_fees(old, (500 * GWEI, 5 * GWEI), cap),
            Some((cap, 5 * GWEI))
        );
        // Even the minimal bump is above the cap: no replacement.
        assert_eq!(
            replacement_fees((90 * GWEI, GWEI), (10 * GWEI, GWEI), cap),
            None
        );
    }
}
