//! The ETH/USD rate that values USDC escrow in wei, so the delivery guard compares gas with what a
//! USDC token earns. Read from a Chainlink-style aggregator on chain (`latestRoundData`,
//! `decimals`), cached briefly, with the configured fallback rate when the feed is unset, fails or
//! is stale.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use alloy::primitives::{Address, I256, U256};
use alloy::providers::DynProvider;
use alloy::sol;

use crate::redact;
use crate::time::unix_now;

sol! {
    /// Chainlink's `AggregatorV3Interface`, the calls the keeper makes.
    #[sol(rpc)]
    interface AggregatorV3 {
        function decimals() external view returns (uint8);
        function latestRoundData() external view returns (uint80 roundId, int256 answer,
            uint256 startedAt, uint256 updatedAt, uint80 answeredInRound);
    }
}

/// The rate's fixed-point decimals (Chainlink's USD feeds use 8).
const RATE_DECIMALS: u32 = 8;
/// Wei per USDC unit at one dollar per ETH: 10^18 wei / 10^6 units.
const WEI_PER_USDC_UNIT_AT_ONE_DOLLAR: u64 = 1_000_000_000_000;

/// Dollars per ETH, with [`RATE_DECIMALS`] decimals; never zero.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UsdPerEth(U256);

impl UsdPerEth {
    /// From a configured amount of dollars; `None` unless positive and finite.
    pub fn from_dollars(dollars: f64) -> Option<Self> {
        let scaled = (dollars * 10f64.powi(RATE_DECIMALS as i32)).round();
        (dollars.is_finite() && scaled >= 1.0 && scaled < u128::MAX as f64)
            .then(|| Self(U256::from(scaled as u128)))
    }

    /// From an aggregator's answer with its own decimals; `None` unless positive.
    fn from_answer(answer: I256, decimals: u8) -> Option<Self> {
        if answer <= I256::ZERO || u32::from(decimals) > 36 {
            return None;
        }
        let answer = answer.into_raw();
        let decimals = u32::from(decimals);
        let scaled = if decimals >= RATE_DECIMALS {
            answer / U256::from(10u64).pow(U256::from(decimals - RATE_DECIMALS))
        } else {
            answer.checked_mul(U256::from(10u64).pow(U256::from(RATE_DECIMALS - decimals)))?
        };
        (!scaled.is_zero()).then_some(Self(scaled))
    }

    /// What `units` of USDC (10^-6 dollars) are worth in wei at this rate, rounded down.
    pub fn usdc_to_wei(self, units: U256) -> U256 {
        let numerator = units
            .saturating_mul(U256::from(WEI_PER_USDC_UNIT_AT_ONE_DOLLAR))
            .saturating_mul(U256::from(10u64).pow(U256::from(RATE_DECIMALS)));
        numerator / self.0
    }

    /// Dollars per ETH, for display and metrics.
    pub fn as_dollars(self) -> f64 {
        u128::try_from(self.0).map_or(f64::MAX, |v| v as f64) / 10f64.powi(RATE_DECIMALS as i32)
    }
}

/// Where a rate came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RateSource {
    Feed,
    /// `prices.usd_per_eth`, because the feed is unset or failed (the reason is logged).
    Fallback,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rate {
    pub usd_per_eth: UsdPerEth,
    pub source: RateSource,
}

#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
pub enum FeedError {
    #[error("the ETH/USD feed {feed} could not be read: {reason}")]
    Unreadable { feed: Address, reason: String },
    #[error("the ETH/USD feed {feed} answered {answer}, not a price")]
    NotAPrice { feed: Address, answer: String },
    #[error(
        "the ETH/USD feed {feed} was last updated {age_secs} s ago, more than \
         prices.max_feed_age_secs ({max_age_secs} s)"
    )]
    Stale {
        feed: Address,
        age_secs: u64,
        max_age_secs: u64,
    },
    #[error(
        "no ETH/USD rate: set prices.eth_usd_feed (an aggregator's address) or prices.usd_per_eth"
    )]
    NotConfigured,
}

/// The ETH/USD rate as the keeper uses it: the feed when it answers a fresh price, else the
/// fallback; an error only when neither is available.
pub struct PriceFeed {
    provider: DynProvider,
    feed: Option<Address>,
    fallback: Option<UsdPerEth>,
    max_age_secs: u64,
    /// A reading is reused this long: the guard asks once per batch, a feed moves per heartbeat.
    refresh: Duration,
    cached: Mutex<Option<(Instant, Rate)>>,
}

impl PriceFeed {
    pub fn new(
        provider: DynProvider,
        feed: Option<Address>,
        fallback: Option<UsdPerEth>,
        max_age_secs: u64,
        refresh: Duration,
    ) -> Self {
        Self {
            provider,
            feed,
            fallback,
            max_age_secs,
            refresh,
            cached: Mutex::new(None),
        }
    }

    /// The current rate (a reading at most `refresh` old).
    pub async fn rate(&self) -> Result<Rate, FeedError> {
        if let Some(rate) = self.fresh_cached() {
            return Ok(rate);
        }
        let rate = match self.feed {
            None => self.fallback_or(FeedError::NotConfigured)?,
            Some(feed) => match self.read_feed(feed).await {
                Ok(usd_per_eth) => Rate {
                    usd_per_eth,
                    source: RateSource::Feed,
                },
                Err(error) => {
                    tracing::warn!(%error, "ETH/USD feed unusable; using prices.usd_per_eth if set");
                    self.fallback_or(error)?
                }
            },
        };
        if let Ok(mut cached) = self.cached.lock() {
            *cached = Some((Instant::now(), rate));
        }
        Ok(rate)
    }

    fn fresh_cached(&self) -> Option<Rate> {
        let cached = self.cached.lock().ok()?;
        cached
            .filter(|(at, _)| at.elapsed() < self.refresh)
            .map(|(_, rate)| rate)
    }

    fn fallback_or(&self, error: FeedError) -> Result<Rate, FeedError> {
        self.fallback
            .map(|usd_per_eth| Rate {
                usd_per_eth,
                source: RateSource::Fallback,
            })
            .ok_or(error)
    }

    async fn read_feed(&self, feed: Address) -> Result<UsdPerEth, FeedError> {
        let aggregator = AggregatorV3::new(feed, &self.provider);
        let unreadable = |error: alloy::contract::Error| FeedError::Unreadable {
            feed,
            reason: redact::redact_urls(&error.to_string()),
        };
        let decimals = aggregator.decimals().call().await.map_err(unreadable)?;
        let round = aggregator
            .latestRoundData()
            .call()
            .await
            .map_err(unreadable)?;
        let updated_at = u64::try_from(round.updatedAt).unwrap_or(u64::MAX);
        let age_secs = unix_now().saturating_sub(updated_at);
        if age_secs > self.max_age_secs {
            return Err(FeedError::Stale {
                feed,
                age_secs,
                max_age_secs: self.max_age_secs,
            });
        }
        UsdPerEth::from_answer(round.answer, decimals).ok_or_else(|| FeedError::NotAPrice {
            feed,
            answer: round.answer.to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ten_cents_at_3000_dollars_per_eth_is_about_33_microether() {
        let rate = UsdPerEth::from_dollars(3000.0).expect("positive");
        // $0.10 / $3,000 per ETH = 1/30,000 ETH = 33,333,333,333,333 wei (rounded down).
        assert_eq!(
            rate.usdc_to_wei(U256::from(100_000u64)),
            U256::from(33_333_333_333_333u64)
        );
        assert_eq!(rate.as_dollars(), 3000.0);
    }

    #[test]
    fn feed_answers_are_rescaled_from_their_decimals() {
        let eight = UsdPerEth::from_answer(I256::try_from(312_055_000_000i64).unwrap(), 8);
        let eighteen = UsdPerEth::from_answer(
            I256::try_from(3_120_550_000_000_000_000_000i128).unwrap(),
            18,
        );
        let two = UsdPerEth::from_answer(I256::try_from(312_055i64).unwrap(), 2);
        assert_eq!(eight, UsdPerEth::from_dollars(3120.55));
        assert_eq!(eighteen, eight);
        assert_eq!(two, eight);
    }

    #[test]
    fn zero_negative_and_absurd_answers_are_not_prices() {
        assert_eq!(UsdPerEth::from_answer(I256::ZERO, 8), None);
        assert_eq!(UsdPerEth::from_answer(I256::MINUS_ONE, 8), None);
        assert_eq!(
            UsdPerEth::from_answer(I256::ONE, 18),
            None,
            "rounds to zero"
        );
        assert_eq!(UsdPerEth::from_answer(I256::ONE, 77), None);
        assert_eq!(UsdPerEth::from_dollars(0.0), None);
        assert_eq!(UsdPerEth::from_dollars(-5.0), None);
        assert_eq!(UsdPerEth::from_dollars(f64::NAN), None);
        assert_eq!(UsdPerEth::from_dollars(f64::INFINITY), None);
    }

    #[test]
    fn huge_amounts_saturate_instead_of_wrapping() {
        let rate = UsdPerEth::from_dollars(0.00000001).expect("smallest rate");
        assert!(rate.usdc_to_wei(U256::MAX) > U256::from(u128::MAX));
    }
}
