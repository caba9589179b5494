//! A test world (Anvil, the RPC proxy in front of it, keeper homes and the deployed contract) and
//! the on-chain checks every scenario ends with: deliveries, reverts, and the agent's balance
//! accounted to the wei.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use alloy::primitives::{Address, B256, U256};
use alloy::providers::DynProvider;
use eyre::{Context as _, bail, ensure};
use genimnft_bindings::gen_im_nft::GenImNFT;

use super::chain::{AGENTS, DEPLOYER, MINTERS, STATUS_DELIVERED, STATUS_REFUNDED};
use super::{
    Check, DeployParams, Deployment, Keeper, KeeperConfig, KeeperHome, Minter, Nft, RpcProxy,
    TestChain, TestCtx, deploy, deploy_test_aggregator, deploy_test_usdc, wait_until,
};

/// How often the on-chain waits poll.
pub const POLL: Duration = Duration::from_millis(150);

/// A chain, the proxy in front of it, keeper homes (ports chosen first) and the contract whose
/// metadata base URI points at the first home's HTTP server.
pub struct World {
    pub ctx: Arc<TestCtx>,
    pub chain: TestChain,
    pub proxy: RpcProxy,
    pub homes: Vec<KeeperHome>,
    pub deployment: Deployment,
    /// The test USDC and ETH/USD feed, when the contract takes USDC ([`World::with_usdc`]).
    pub usdc: Option<UsdcSetup>,
}

/// A deployment's USDC side: the token and the ETH/USD feed the keeper values it with.
#[derive(Debug, Clone, Copy)]
pub struct UsdcSetup {
    pub token: Address,
    pub feed: Address,
}

/// What the one tier costs in USDC and how a world's ETH/USD feed starts.
#[derive(Debug, Clone, Copy)]
pub struct UsdcTerms {
    /// The tier's USDC price in units (100000 = 10 cents).
    pub price: u64,
    /// The feed's first answer, in whole dollars per ETH.
    pub usd_per_eth: u64,
}

impl World {
    /// An automining chain. `agents` are indices into [`AGENTS`] authorized at deployment;
    /// `window` is the one tier's fulfilment window in seconds.
    pub async fn new(
        ctx: &Arc<TestCtx>,
        keepers: usize,
        agents: &[usize],
        window: u32,
    ) -> eyre::Result<Self> {
        Self::new_with(ctx, keepers, agents, window, None).await
    }

    /// Like [`Self::new`], with a block every `block_time` seconds when given.
    pub async fn new_with(
        ctx: &Arc<TestCtx>,
        keepers: usize,
        agents: &[usize],
        window: u32,
        block_time: Option<u64>,
    ) -> eyre::Result<Self> {
        Self::build(ctx, keepers, agents, window, block_time, None, None).await
    }

    /// Like [`Self::new`], with a test USDC the one tier is also offered in and an ETH/USD feed.
    pub async fn with_usdc(
        ctx: &Arc<TestCtx>,
        keepers: usize,
        agents: &[usize],
        window: u32,
        terms: UsdcTerms,
    ) -> eyre::Result<Self> {
        Self::build(ctx, keepers, agents, window, None, None, Some(terms)).await
    }

    /// Like [`Self::new`], with the contract's metadata base URI `base_uri` instead of the
    /// first home's HTTP server.
    pub async fn with_base_uri(
        ctx: &Arc<TestCtx>,
        keepers: usize,
        agents: &[usize],
        window: u32,
        base_uri: Option<&str>,
    ) -> eyre::Result<Self> {
        Self::build(ctx, keepers, agents, window, None, base_uri, None).await
    }

    async fn build(
        ctx: &Arc<TestCtx>,
        keepers: usize,
        agents: &[usize],
        window: u32,
        block_time: Option<u64>,
        base_uri: Option<&str>,
        usdc_terms: Option<UsdcTerms>,
    ) -> eyre::Result<Self> {
        let chain = TestChain::start_with(ctx, block_time).await?;
        let proxy = RpcProxy::start(chain.endpoint_url()).await?;
        let homes: Vec<KeeperHome> = (0..keepers)
            .map(|i| KeeperHome::new(ctx, &format!("k{i}")))
            .collect();
        let base = match base_uri {
            Some(base) => base.to_owned(),
            None => homes
                .first()
                .map(KeeperHome::metadata_base_uri)
                .unwrap_or_else(|| "http://127.0.0.1:9/metadata/".into()),
        };
        let agent_addrs = agents.iter().map(|&a| chain.address(AGENTS[a])).collect();
        let mut params = DeployParams::one_tier(agent_addrs, window, base);
        let usdc = match usdc_terms {
            None => None,
            Some(terms) => {
                let token = deploy_test_usdc(ctx, &chain).await?;
                let feed = deploy_test_aggregator(ctx, &chain, terms.usd_per_eth).await?;
                params.usdc = Some(token);
                params.tier_usdc_prices = vec![terms.price];
                Some(UsdcSetup { token, feed })
            }
        };
        let deployment = deploy(ctx, &chain, &params).await?;
        Ok(Self {
            ctx: ctx.clone(),
            chain,
            proxy,
            homes,
            deployment,
            usdc,
        })
    }

    pub fn nft(&self) -> &Nft {
        &self.deployment.nft
    }

    /// A keeper config talking to the chain through the proxy.
    pub fn config(&self) -> KeeperConfig {
        KeeperConfig::new(self.proxy.url.clone(), self.deployment.address)
    }

    /// A keeper (not started) in home `home` signing with agent `agent` (index into [`AGENTS`]).
    pub fn keeper(&self, home: usize, agent: usize, config: KeeperConfig) -> Keeper {
        Keeper::new(
            self.ctx.clone(),
            self.homes[home].clone(),
            config,
            Some(self.chain.key_hex(AGENTS[agent])),
        )
    }

    pub fn minter(&self, n: usize) -> Minter {
        Minter::new(&self.chain, MINTERS[n], self.deployment.address)
    }

    /// The contract as its owner sees it.
    pub fn as_owner(&self) -> GenImNFT::GenImNFTInstance<DynProvider> {
        GenImNFT::new(
            self.deployment.address,
            self.chain.wallet_provider(DEPLOYER),
        )
    }

    /// The owner authorizes (or revokes) agent `agent` (index into [`AGENTS`]) and waits for it.
    pub async fn set_agent(&self, agent: usize, authorized: bool) -> eyre::Result<()> {
        let receipt = self
            .as_owner()
            .setAgent(self.chain.address(AGENTS[agent]), authorized)
            .send()
            .await
            .wrap_err("setAgent")?
            .get_receipt()
            .await
            .wrap_err("setAgent receipt")?;
        ensure!(receipt.status(), "setAgent reverted");
        Ok(())
    }
}

/// Waits until every token in `ids` is delivered on chain; fails at once if a keeper exits or a
/// token is refunded.
pub async fn wait_delivered(
    nft: &Nft,
    keepers: &[&Keeper],
    ids: &[u64],
    timeout: Duration,
) -> eyre::Result<()> {
    wait_until(
        format!("delivery of tokens {ids:?}"),
        timeout,
        POLL,
        || async {
            for k in keepers {
                k.ensure_running()?;
            }
            let mut waiting = BTreeMap::new();
            for &id in ids {
                let status = nft.status(id).await?;
                match status {
                    STATUS_DELIVERED => {}
                    STATUS_REFUNDED => bail!("token {id} was refunded"),
                    other => {
                        waiting.insert(id, other);
                    }
                }
            }
            Ok(if waiting.is_empty() {
                Check::Done(())
            } else {
                Check::NotYet(format!(
                    "on-chain status of undelivered tokens: {waiting:?}"
                ))
            })
        },
    )
    .await
}

/// Asserts each token in `ids` has exactly one `ImageDelivered` log and none of
/// `FulfilmentSkipped`.
pub async fn assert_delivered_once(nft: &Nft, ids: &[u64]) -> eyre::Result<()> {
    assert_each_delivered_once(nft, ids).await?;
    let skipped = nft.skipped(None).await?;
    ensure!(
        skipped.is_empty(),
        "FulfilmentSkipped logs for tokens {skipped:?} (the keeper submitted undeliverable tokens)"
    );
    Ok(())
}

/// Asserts each token in `ids` has exactly one `ImageDelivered` log.
pub async fn assert_each_delivered_once(nft: &Nft, ids: &[u64]) -> eyre::Result<()> {
    let deliveries = nft.deliveries(None).await?;
    let mut per_token: BTreeMap<u64, usize> = BTreeMap::new();
    for d in &deliveries {
        *per_token.entry(d.token_id).or_default() += 1;
    }
    for &id in ids {
        let n = per_token.get(&id).copied().unwrap_or(0);
        ensure!(
            n == 1,
            "token {id} has {n} ImageDelivered logs, expected exactly 1 (all: {per_token:?})"
        );
    }
    Ok(())
}

/// Asserts no transaction sent by `from` reverted.
pub async fn assert_no_reverts(chain: &TestChain, from: Address) -> eyre::Result<usize> {
    let receipts = chain.receipts_from(from).await?;
    let reverted: Vec<B256> = receipts
        .iter()
        .filter(|r| !r.status())
        .map(|r| r.transaction_hash)
        .collect();
    ensure!(
        reverted.is_empty(),
        "{} of {} transactions from {from} reverted: {reverted:?}",
        reverted.len(),
        receipts.len()
    );
    Ok(receipts.len())
}

pub fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// The agent's balance, accounted to the wei: it must end at
/// `start + adjustments − gas of its own transactions + escrow of the tokens it delivered`.
/// Adjustments are the test's own `anvil_setBalance` calls, made through [`Self::set_balance`]
/// with mining paused so no block lands between reading and setting.
pub struct AgentLedger {
    pub agent: Address,
    pub start: U256,
    /// Signed sum of the test's own balance changes.
    added: U256,
    removed: U256,
}

/// What [`AgentLedger::check`] found.
#[derive(Debug, Clone)]
pub struct LedgerReport {
    pub start: U256,
    pub end: U256,
    pub gas: U256,
    pub escrow: U256,
    pub transactions: usize,
    pub delivered_tokens: usize,
}

impl AgentLedger {
    /// Reads the agent's starting balance; call it before the keeper sends anything.
    pub async fn open(chain: &TestChain, agent: Address) -> eyre::Result<Self> {
        Ok(Self {
            agent,
            start: chain.balance(agent).await?,
            added: U256::ZERO,
            removed: U256::ZERO,
        })
    }

    /// Sets the agent's balance to `wei` (e.g. nearly empty, then funded again), remembering
    /// the difference. Mining is paused around the read and the write.
    pub async fn set_balance(&mut self, chain: &TestChain, wei: U256) -> eyre::Result<()> {
        chain.pause_mining().await?;
        let result = async {
            let before = chain.balance(self.agent).await?;
            chain.set_balance(self.agent, wei).await?;
            if wei >= before {
                self.added += wei - before;
            } else {
                self.removed += before - wei;
            }
            Ok::<_, eyre::Report>(())
        }
        .await;
        chain.resume_mining().await?;
        result
    }

    /// Checks the balance equation against the chain: gas from every mined receipt of the
    /// agent, escrow from every `ImageDelivered` log naming the agent.
    pub async fn check(&self, chain: &TestChain, nft: &Nft) -> eyre::Result<LedgerReport> {
        let receipts = chain.receipts_from(self.agent).await?;
        let gas: U256 = receipts
            .iter()
            .map(|r| U256::from(r.gas_used) * U256::from(r.effective_gas_price))
            .sum();
        let deliveries: Vec<_> = nft
            .deliveries(None)
            .await?
            .into_iter()
            .filter(|d| d.agent == self.agent)
            .collect();
        let escrow: U256 = deliveries.iter().map(|d| d.paid).sum();
        let end = chain.balance(self.agent).await?;
        let expected = self.start + self.added + escrow - self.removed - gas;
        ensure!(
            end == expected,
            "agent {} balance is {end} wei, expected {expected} = start {} + set-balance {} − {} \
             − gas {gas} (of {} transactions) + escrow {escrow} (of {} deliveries); off by {}",
            self.agent,
            self.start,
            self.added,
            self.removed,
            receipts.len(),
            deliveries.len(),
            if end > expected {
                format!("+{}", end - expected)
            } else {
                format!("−{}", expected - end)
            }
        );
        Ok(LedgerReport {
            start: self.start,
            end,
            gas,
            escrow,
            transactions: receipts.len(),
            delivered_tokens: deliveries.len(),
        })
    }
}
