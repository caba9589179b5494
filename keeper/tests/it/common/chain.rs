//! A local Anvil chain, deployment through the project's `forge script`, and contract helpers
//! built on the generated bindings.

use std::io::{BufRead as _, BufReader, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use alloy::eips::BlockNumberOrTag;
use alloy::node_bindings::{Anvil, AnvilInstance};
use alloy::primitives::{Address, B256, U256};
use alloy::providers::{DynProvider, Provider, ProviderBuilder};
use alloy::rpc::types::{Filter, Log, TransactionReceipt};
use alloy::signers::local::PrivateKeySigner;
use alloy::sol_types::SolEvent as _;
use eyre::{Context as _, ContextCompat as _, bail, ensure, eyre};
use genimnft_bindings::gen_im_nft::{GenImNFT, IGenImNFT};

use super::{TestCtx, foundry_bin, repo_root};

/// Anvil's accounts by role: 0 deploys and owns the contract, 1..=3 are keeper agents, 4..=9 mint.
pub const DEPLOYER: usize = 0;
pub const AGENTS: [usize; 3] = [1, 2, 3];
pub const MINTERS: [usize; 6] = [4, 5, 6, 7, 8, 9];

/// `IGenImNFT.Status` codes, from the keeper's own enum (checked against the contract there).
pub const STATUS_PENDING: u8 = genim_keeper::Status::Pending as u8;
pub const STATUS_DELIVERED: u8 = genim_keeper::Status::Delivered as u8;
pub const STATUS_REFUNDED: u8 = genim_keeper::Status::Refunded as u8;

/// Chain ids unique per test (and, very likely, per process), so that forge's per-chain files
/// (`broadcast/<script>/<chain id>/`, `cache/<script>/<chain id>/`) never collide.
fn unique_chain_id() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    900_000_000 + u64::from(std::process::id() % 100_000) * 1_000 + n
}

/// A running Anvil, killed on drop.
pub struct TestChain {
    anvil: AnvilInstance,
    /// Talks to Anvil directly (never through the proxy), without a wallet.
    pub provider: DynProvider,
    pub chain_id: u64,
    /// Seconds between blocks with interval mining; `None` with automine.
    pub block_time: Option<u64>,
}

impl TestChain {
    /// Starts Anvil (automine, the default 10 funded accounts, an L2-like base fee) with a unique
    /// chain id.
    pub async fn start(ctx: &TestCtx) -> eyre::Result<Self> {
        Self::start_with(ctx, None).await
    }

    /// Starts Anvil mining a block every `block_time` seconds (like an L2), or with automine
    /// when `None`.
    pub async fn start_with(ctx: &TestCtx, block_time: Option<u64>) -> eyre::Result<Self> {
        let chain_id = unique_chain_id();
        let log_path = ctx.dir().join(format!("anvil-{chain_id}.log"));
        // Anvil logs every RPC method name: only the end is of interest.
        ctx.register_log_tail("anvil", &log_path, 40);
        let anvil_bin = foundry_bin("anvil");
        let anvil = tokio::task::spawn_blocking(move || {
            let mut anvil = Anvil::at(anvil_bin)
                .chain_id(chain_id)
                // An L2-like base fee (0.001 gwei): the keeper declines deliveries whose gas
                // costs more than its configured share of the escrow.
                .args(["--base-fee", "1000000"])
                .timeout(30_000)
                .keep_stdout();
            if let Some(secs) = block_time {
                anvil = anvil.block_time(secs);
            }
            anvil.try_spawn()
        })
        .await
        .wrap_err("anvil spawn task")?
        .wrap_err("spawn anvil")?;
        let mut anvil = anvil;
        if let Some(stdout) = anvil.child_mut().stdout.take() {
            drain_to_file(stdout, log_path);
        }
        let provider = ProviderBuilder::new()
            .connect_http(anvil.endpoint_url())
            .erased();
        let reported = provider.get_chain_id().await.wrap_err("eth_chainId")?;
        ensure!(
            reported == chain_id,
            "anvil reports chain id {reported}, expected {chain_id}"
        );
        ensure!(
            anvil.keys().len() >= 10,
            "anvil has {} accounts",
            anvil.keys().len()
        );
        Ok(Self {
            anvil,
            provider,
            chain_id,
            block_time,
        })
    }

    pub fn endpoint(&self) -> String {
        self.anvil.endpoint()
    }

    pub fn endpoint_url(&self) -> reqwest::Url {
        self.anvil.endpoint_url()
    }

    pub fn signer(&self, index: usize) -> PrivateKeySigner {
        let key = self
            .anvil
            .keys()
            .get(index)
            .unwrap_or_else(|| panic!("anvil has no account {index}"));
        PrivateKeySigner::from(key.clone())
    }

    /// The 0x-hex private key of account `index` (what `GENIM_AGENT_KEY` takes).
    pub fn key_hex(&self, index: usize) -> String {
        format!("0x{}", hex::encode(self.signer(index).to_bytes()))
    }

    pub fn address(&self, index: usize) -> Address {
        self.anvil.addresses()[index]
    }

    /// A provider that signs with account `index`, talking to Anvil directly.
    pub fn wallet_provider(&self, index: usize) -> DynProvider {
        ProviderBuilder::new()
            .wallet(self.signer(index))
            .connect_http(self.endpoint_url())
            .erased()
    }

    async fn raw(
        &self,
        method: &'static str,
        params: serde_json::Value,
    ) -> eyre::Result<serde_json::Value> {
        self.provider
            .raw_request::<_, serde_json::Value>(method.into(), params)
            .await
            .wrap_err(method)
    }

    /// Moves the chain clock forward by `secs` and mines a block carrying the new time.
    pub async fn increase_time(&self, secs: u64) -> eyre::Result<()> {
        self.raw("evm_increaseTime", serde_json::json!([secs]))
            .await?;
        self.mine(1).await
    }

    /// The next block will carry timestamp `ts` (it must be later than the latest block's).
    pub async fn set_next_block_timestamp(&self, ts: u64) -> eyre::Result<()> {
        self.raw("evm_setNextBlockTimestamp", serde_json::json!([ts]))
            .await
            .map(drop)
    }

    pub async fn mine(&self, blocks: u64) -> eyre::Result<()> {
        for _ in 0..blocks {
            self.raw("evm_mine", serde_json::json!([])).await?;
        }
        Ok(())
    }

    /// A snapshot of the chain state, for [`TestChain::revert`].
    pub async fn snapshot(&self) -> eyre::Result<serde_json::Value> {
        self.raw("evm_snapshot", serde_json::json!([])).await
    }

    /// Reverts to `snapshot`, dropping every later block: to a keeper watching the chain, a reorg.
    pub async fn revert(&self, snapshot: &serde_json::Value) -> eyre::Result<()> {
        let reverted = self
            .raw("evm_revert", serde_json::json!([snapshot]))
            .await?;
        eyre::ensure!(
            reverted == serde_json::json!(true),
            "evm_revert answered {reverted}"
        );
        Ok(())
    }

    pub async fn set_automine(&self, on: bool) -> eyre::Result<()> {
        self.raw("evm_setAutomine", serde_json::json!([on]))
            .await
            .map(drop)
    }

    /// Mines a block every `secs` seconds from now on; 0 stops interval mining.
    pub async fn set_interval_mining(&self, secs: u64) -> eyre::Result<()> {
        self.raw("evm_setIntervalMining", serde_json::json!([secs]))
            .await
            .map(drop)
    }

    /// Stops all mining (automine and interval mining) until [`Self::resume_mining`]; blocks
    /// then come only from [`Self::mine`].
    pub async fn pause_mining(&self) -> eyre::Result<()> {
        self.set_automine(false).await?;
        self.set_interval_mining(0).await
    }

    /// Mines again the way the chain was started (interval mining or automine).
    pub async fn resume_mining(&self) -> eyre::Result<()> {
        match self.block_time {
            Some(secs) => self.set_interval_mining(secs).await,
            None => self.set_automine(true).await,
        }
    }

    /// Removes transaction `hash` from Anvil's mempool (as if the network had dropped it).
    pub async fn drop_transaction(&self, hash: B256) -> eyre::Result<()> {
        self.raw("anvil_dropTransaction", serde_json::json!([hash]))
            .await
            .map(drop)
    }

    /// The signed bytes of transaction `hash`, mined or in the mempool.
    pub async fn raw_transaction(&self, hash: B256) -> eyre::Result<Vec<u8>> {
        let raw = self
            .raw("eth_getRawTransactionByHash", serde_json::json!([hash]))
            .await?;
        let text = raw
            .as_str()
            .wrap_err_with(|| format!("no transaction {hash}: {raw}"))?;
        hex::decode(text.trim_start_matches("0x")).wrap_err("raw transaction hex")
    }

    /// Broadcasts signed transaction bytes directly to Anvil; returns the hash Anvil reports.
    pub async fn send_raw(&self, raw: &[u8]) -> eyre::Result<B256> {
        let hash = self
            .raw(
                "eth_sendRawTransaction",
                serde_json::json!([format!("0x{}", hex::encode(raw))]),
            )
            .await?;
        hash.as_str()
            .wrap_err_with(|| format!("eth_sendRawTransaction answered {hash}"))?
            .parse()
            .wrap_err("transaction hash")
    }

    /// Writes storage slot `slot` of `address` in the latest state, without a transaction (so
    /// also while mining is paused): `anvil_setStorageAt`.
    pub async fn set_storage(&self, address: Address, slot: U256, value: B256) -> eyre::Result<()> {
        self.raw(
            "anvil_setStorageAt",
            serde_json::json!([address, B256::from(slot), value]),
        )
        .await
        .map(drop)
    }

    /// Sets the balance of `address` to `wei` (`anvil_setBalance`).
    pub async fn set_balance(&self, address: Address, wei: U256) -> eyre::Result<()> {
        self.raw("anvil_setBalance", serde_json::json!([address, wei]))
            .await
            .map(drop)
    }

    pub async fn block_number(&self) -> eyre::Result<u64> {
        self.provider
            .get_block_number()
            .await
            .wrap_err("eth_blockNumber")
    }

    pub async fn latest_timestamp(&self) -> eyre::Result<u64> {
        let block = self
            .provider
            .get_block_by_number(BlockNumberOrTag::Latest)
            .await
            .wrap_err("eth_getBlockByNumber(latest)")?
            .wrap_err("no latest block")?;
        Ok(block.header.timestamp)
    }

    pub async fn block_timestamp(&self, number: u64) -> eyre::Result<u64> {
        let block = self
            .provider
            .get_block_by_number(BlockNumberOrTag::Number(number))
            .await
            .wrap_err_with(|| format!("eth_getBlockByNumber({number})"))?
            .wrap_err_with(|| format!("no block {number}"))?;
        Ok(block.header.timestamp)
    }

    pub async fn balance(&self, address: Address) -> eyre::Result<U256> {
        self.provider
            .get_balance(address)
            .await
            .wrap_err("eth_getBalance")
    }

    /// Every mined transaction sent by `from`, as receipts (scans all blocks: local chains are
    /// short).
    pub async fn receipts_from(&self, from: Address) -> eyre::Result<Vec<TransactionReceipt>> {
        let latest = self.block_number().await?;
        let mut out = Vec::new();
        for n in 0..=latest {
            let receipts = self
                .provider
                .get_block_receipts(n.into())
                .await
                .wrap_err_with(|| format!("eth_getBlockReceipts({n})"))?
                .unwrap_or_default();
            out.extend(receipts.into_iter().filter(|r| r.from == from));
        }
        Ok(out)
    }

    /// The transactions from `from` waiting in Anvil's mempool, as (nonce, hash), by nonce.
    pub async fn pool_from(&self, from: Address) -> eyre::Result<Vec<(u64, B256)>> {
        let pool = self.raw("txpool_content", serde_json::json!([])).await?;
        let mut out = Vec::new();
        for section in ["pending", "queued"] {
            let Some(senders) = pool[section].as_object() else {
                continue;
            };
            for (sender, txs) in senders {
                if sender.parse::<Address>().ok() != Some(from) {
                    continue;
                }
                for (nonce, tx) in txs.as_object().into_iter().flatten() {
                    let nonce: u64 = nonce
                        .parse()
                        .wrap_err_with(|| format!("txpool nonce {nonce:?}"))?;
                    let hash = tx["hash"]
                        .as_str()
                        .wrap_err_with(|| format!("txpool entry without hash: {tx}"))?
                        .parse()?;
                    out.push((nonce, hash));
                }
            }
        }
        out.sort();
        Ok(out)
    }

    /// The account's nonce counting only mined transactions.
    pub async fn mined_nonce(&self, address: Address) -> eyre::Result<u64> {
        self.provider
            .get_transaction_count(address)
            .latest()
            .await
            .wrap_err("eth_getTransactionCount(latest)")
    }

    /// Whether `hash` is known but not yet mined (still in the mempool).
    pub async fn is_pending(&self, hash: B256) -> eyre::Result<bool> {
        let tx = self
            .provider
            .get_transaction_by_hash(hash)
            .await
            .wrap_err("eth_getTransactionByHash")?;
        Ok(matches!(tx, Some(tx) if tx.block_number.is_none()))
    }
}

/// Copies a child's output to a file on a background thread (so the pipe never fills up).
fn drain_to_file(stdout: impl std::io::Read + Send + 'static, path: PathBuf) {
    std::thread::spawn(move || {
        let Ok(mut file) = std::fs::File::create(&path) else {
            return;
        };
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if writeln!(file, "{line}").is_err() {
                break;
            }
        }
    });
}

/// What `script/Deploy.s.sol` is configured with (through its `GENIM_*` variables).
#[derive(Debug, Clone)]
pub struct DeployParams {
    pub agents: Vec<Address>,
    /// Wei per tier, whole gwei.
    pub tier_prices: Vec<U256>,
    /// Seconds per tier.
    pub tier_windows: Vec<u32>,
    pub metadata_base_uri: String,
    /// The USDC token (`GENIM_USDC`); `None`: ETH only.
    pub usdc: Option<Address>,
    /// USDC units per tier (`GENIM_TIER_USDC_PRICES`); empty: none offered in USDC.
    pub tier_usdc_prices: Vec<u64>,
}

impl DeployParams {
    /// One tier of 0.00003 ETH with `window` seconds.
    pub fn one_tier(agents: Vec<Address>, window: u32, metadata_base_uri: String) -> Self {
        Self {
            agents,
            tier_prices: vec![U256::from(30_000_000_000_000u64)],
            tier_windows: vec![window],
            metadata_base_uri,
            usdc: None,
            tier_usdc_prices: Vec::new(),
        }
    }
}

/// Deploys the test USDC (`test/utils/TestUSDC.sol`) with `forge create`, as the deployer, who is
/// its master minter.
pub async fn deploy_test_usdc(ctx: &TestCtx, chain: &TestChain) -> eyre::Result<Address> {
    forge_create(ctx, chain, "test/utils/TestUSDC.sol:TestUSDC", &[]).await
}

/// Deploys a test ETH/USD feed (`test/utils/TestAggregator.sol`, 8 decimals) answering
/// `usd_per_eth` dollars, updated now; the deployer may change its answer.
pub async fn deploy_test_aggregator(
    ctx: &TestCtx,
    chain: &TestChain,
    usd_per_eth: u64,
) -> eyre::Result<Address> {
    let answer = (u128::from(usd_per_eth) * 100_000_000).to_string();
    forge_create(
        ctx,
        chain,
        "test/utils/TestAggregator.sol:TestAggregator",
        &["8", &answer],
    )
    .await
}

/// `forge create <contract> --constructor-args <args>` as the deployer; the deployed address.
async fn forge_create(
    ctx: &TestCtx,
    chain: &TestChain,
    contract: &str,
    constructor_args: &[&str],
) -> eyre::Result<Address> {
    let name = contract.rsplit(':').next().unwrap_or(contract);
    let log_path = ctx
        .dir()
        .join(format!("forge-create-{name}-{}.log", chain.chain_id));
    ctx.register_log_tail(format!("forge create {name}"), &log_path, 25);
    let mut args: Vec<String> = vec![
        "create".into(),
        contract.into(),
        "--rpc-url".into(),
        chain.endpoint(),
        "--private-key".into(),
        chain.key_hex(DEPLOYER),
        "--broadcast".into(),
    ];
    if !constructor_args.is_empty() {
        args.push("--constructor-args".into());
        args.extend(constructor_args.iter().map(|arg| (*arg).to_owned()));
    }
    let log = log_path.clone();
    tokio::task::spawn_blocking(move || run_forge_serialized(&args, &[], &log))
        .await
        .wrap_err("forge task")??;
    let output = std::fs::read_to_string(&log_path)
        .wrap_err_with(|| format!("read {}", log_path.display()))?;
    let address = output
        .lines()
        .rev()
        .find_map(|line| line.strip_prefix("Deployed to: "))
        .wrap_err("forge create printed no `Deployed to:` line")?;
    address
        .trim()
        .parse()
        .wrap_err_with(|| format!("{name} address {address:?}"))
}

/// The deployed contract.
#[derive(Clone)]
pub struct Deployment {
    pub address: Address,
    pub nft: Nft,
}

/// forge runs one at a time: concurrent runs would race on the compile cache. The flag says
/// whether `forge build` already ran in this process.
static FORGE: Mutex<bool> = Mutex::new(false);

/// Deploys GenImNFT with `forge script script/Deploy.s.sol:Deploy --broadcast`, exactly as an
/// operator would, and checks the result on chain.
pub async fn deploy(
    ctx: &TestCtx,
    chain: &TestChain,
    params: &DeployParams,
) -> eyre::Result<Deployment> {
    let broadcast_dir = ctx.subdir(&format!("broadcast-{}", chain.chain_id));
    let log_path = ctx
        .dir()
        .join(format!("forge-deploy-{}.log", chain.chain_id));
    ctx.register_log_tail("forge script Deploy", &log_path, 25);
    let join = |xs: Vec<String>| xs.join(",");
    let envs: Vec<(&str, String)> = vec![
        (
            "GENIM_AGENTS",
            join(params.agents.iter().map(|a| a.to_string()).collect()),
        ),
        (
            "GENIM_TIER_PRICES",
            join(params.tier_prices.iter().map(|p| p.to_string()).collect()),
        ),
        (
            "GENIM_TIER_WINDOWS",
            join(params.tier_windows.iter().map(|w| w.to_string()).collect()),
        ),
        ("GENIM_METADATA_BASE_URI", params.metadata_base_uri.clone()),
        (
            "GENIM_USDC",
            params.usdc.unwrap_or(Address::ZERO).to_string(),
        ),
        (
            "GENIM_TIER_USDC_PRICES",
            join(
                params
                    .tier_usdc_prices
                    .iter()
                    .map(|p| p.to_string())
                    .collect(),
            ),
        ),
        // Each test's Anvil has its own chain id (see `unique_chain_id`): local all the same.
        ("GENIM_LOCAL_CHAIN", "true".into()),
        ("FOUNDRY_BROADCAST", broadcast_dir.display().to_string()),
    ];
    let args: Vec<String> = vec![
        "script".into(),
        "script/Deploy.s.sol:Deploy".into(),
        "--rpc-url".into(),
        chain.endpoint(),
        "--private-key".into(),
        chain.key_hex(DEPLOYER),
        "--broadcast".into(),
        // One transaction at a time: Anvil's automine, sent a batch at once on a loaded machine,
        // mined the first of them and left the rest pending for good (forge then waited 180 s).
        "--slow".into(),
    ];
    let envs: Vec<(String, String)> = envs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
    tokio::task::spawn_blocking(move || run_forge_serialized(&args, &envs, &log_path))
        .await
        .wrap_err("forge task")??;

    let run_latest = broadcast_dir
        .join("Deploy.s.sol")
        .join(chain.chain_id.to_string())
        .join("run-latest.json");
    let address = contract_address_from_broadcast(&run_latest)?;
    // forge also leaves the run's "sensitive values" under the repository's cache/, one directory
    // per chain id; ours are unique per test, so remove it rather than let them pile up.
    let sensitive = repo_root()
        .join("cache")
        .join("Deploy.s.sol")
        .join(chain.chain_id.to_string());
    let _ = std::fs::remove_dir_all(sensitive);

    let nft = Nft::new(address, chain.provider.clone());
    let code = chain
        .provider
        .get_code_at(address)
        .await
        .wrap_err("eth_getCode")?;
    ensure!(
        !code.is_empty(),
        "no code at the deployed address {address}"
    );
    let base = nft.inst.metadataBaseURI().call().await?;
    ensure!(
        base == params.metadata_base_uri,
        "metadataBaseURI is {base:?}, expected {:?}",
        params.metadata_base_uri
    );
    for agent in &params.agents {
        ensure!(
            nft.inst.isAgent(*agent).call().await?,
            "{agent} is not an agent after deployment"
        );
    }
    for (tier, price) in params.tier_prices.iter().enumerate() {
        let t = nft.inst.tiers(u8::try_from(tier)?).call().await?;
        ensure!(
            t.price == *price && t.window == params.tier_windows[tier],
            "tier {tier} is ({}, {}), expected ({price}, {})",
            t.price,
            t.window,
            params.tier_windows[tier]
        );
    }
    Ok(Deployment { address, nft })
}

/// The CREATE transaction's `contractAddress` in forge's `run-latest.json`.
fn contract_address_from_broadcast(path: &Path) -> eyre::Result<Address> {
    let text = std::fs::read_to_string(path)
        .wrap_err_with(|| format!("read forge's broadcast record {}", path.display()))?;
    let json: serde_json::Value =
        serde_json::from_str(&text).wrap_err_with(|| format!("parse {}", path.display()))?;
    let txs = json["transactions"]
        .as_array()
        .wrap_err_with(|| format!("{} has no transactions array", path.display()))?;
    let creates: Vec<&serde_json::Value> = txs
        .iter()
        .filter(|tx| tx["transactionType"] == "CREATE")
        .collect();
    ensure!(
        creates.len() == 1,
        "{} has {} CREATE transactions, expected 1",
        path.display(),
        creates.len()
    );
    let address = creates[0]["contractAddress"]
        .as_str()
        .wrap_err("CREATE transaction without contractAddress")?;
    address
        .parse()
        .wrap_err_with(|| format!("contractAddress {address:?}"))
}

fn forge_command(log_path: &Path) -> eyre::Result<Command> {
    let mut cmd = Command::new(foundry_bin("forge"));
    let bins: Vec<PathBuf> = ["forge", "anvil", "cast"]
        .iter()
        .filter_map(|t| foundry_bin(t).parent().map(Path::to_path_buf))
        .collect();
    let path = std::env::join_paths(bins.into_iter().chain(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    )))?;
    cmd.current_dir(repo_root())
        .env("PATH", path)
        .env("FOUNDRY_DISABLE_NIGHTLY_WARNING", "1")
        .env("NO_COLOR", "1")
        .stdin(Stdio::null());
    // The deploy script reads optional GENIM_* settings; only ours may reach it.
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("GENIM_") {
            cmd.env_remove(&key);
        }
    }
    let log = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(log_path)
        .wrap_err_with(|| format!("open {}", log_path.display()))?;
    cmd.stdout(log.try_clone()?).stderr(log);
    Ok(cmd)
}

/// Runs forge under the process-wide lock (and a file lock against other test processes),
/// building the contracts once first. Blocking; call from `spawn_blocking`.
fn run_forge_serialized(
    args: &[String],
    envs: &[(String, String)],
    log_path: &Path,
) -> eyre::Result<()> {
    let mut built = FORGE.lock().unwrap_or_else(|p| p.into_inner());
    let lock_dir = repo_root().join("cache");
    std::fs::create_dir_all(&lock_dir)?;
    let lock_file = std::fs::File::create(lock_dir.join("genim-e2e-forge.lock"))
        .wrap_err("create the forge lock file")?;
    lock_file.lock().wrap_err("lock the forge lock file")?;
    if !*built {
        let mut cmd = forge_command(log_path)?;
        cmd.arg("build");
        run_with_timeout(cmd, Duration::from_secs(600), "forge build", log_path)?;
        *built = true;
    }
    let mut cmd = forge_command(log_path)?;
    cmd.args(args);
    for (k, v) in envs {
        cmd.env(k, v);
    }
    run_with_timeout(cmd, Duration::from_secs(180), "forge script", log_path)
}

fn run_with_timeout(
    mut cmd: Command,
    timeout: Duration,
    what: &str,
    log_path: &Path,
) -> eyre::Result<()> {
    let mut child = cmd.spawn().wrap_err_with(|| format!("spawn {what}"))?;
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait()? {
            if status.success() {
                return Ok(());
            }
            let log = std::fs::read_to_string(log_path).unwrap_or_default();
            bail!("{what} failed with {status}:\n{log}");
        }
        if start.elapsed() > timeout {
            let _ = child.kill();
            let _ = child.wait();
            let log = std::fs::read_to_string(log_path).unwrap_or_default();
            bail!("{what} did not finish within {timeout:?}:\n{log}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Read access to the contract (directly on Anvil) and log queries.
#[derive(Clone)]
pub struct Nft {
    pub address: Address,
    pub inst: Arc<GenImNFT::GenImNFTInstance<DynProvider>>,
    provider: DynProvider,
}

/// An `ImageDelivered` log with where it was mined.
#[derive(Debug, Clone)]
pub struct Delivery {
    pub token_id: u64,
    pub agent: Address,
    pub metadata_hash: B256,
    pub paid: U256,
    pub tx_hash: B256,
    pub block: u64,
}

impl Nft {
    pub fn new(address: Address, provider: DynProvider) -> Self {
        Self {
            address,
            inst: Arc::new(GenImNFT::new(address, provider.clone())),
            provider,
        }
    }

    pub async fn request(&self, id: u64) -> eyre::Result<IGenImNFT::Request> {
        self.inst
            .request(U256::from(id))
            .call()
            .await
            .wrap_err_with(|| format!("request({id})"))
    }

    pub async fn status(&self, id: u64) -> eyre::Result<u8> {
        Ok(self.request(id).await?.status)
    }

    pub async fn token_uri(&self, id: u64) -> eyre::Result<String> {
        self.inst
            .tokenURI(U256::from(id))
            .call()
            .await
            .wrap_err_with(|| format!("tokenURI({id})"))
    }

    pub async fn total_minted(&self) -> eyre::Result<u64> {
        Ok(self.inst.totalMinted().call().await?.to::<u64>())
    }

    /// Logs of one event of this contract, optionally of one token (its first indexed topic).
    async fn token_logs(&self, signature: B256, token: Option<u64>) -> eyre::Result<Vec<Log>> {
        let mut filter = Filter::new()
            .address(self.address)
            .event_signature(signature)
            .from_block(0u64)
            .to_block(BlockNumberOrTag::Latest);
        if let Some(id) = token {
            filter = filter.topic1(B256::from(U256::from(id)));
        }
        self.provider
            .get_logs(&filter)
            .await
            .wrap_err("eth_getLogs")
    }

    /// Every `ImageDelivered` log (optionally of one token), oldest first.
    pub async fn deliveries(&self, token: Option<u64>) -> eyre::Result<Vec<Delivery>> {
        let logs = self
            .token_logs(GenImNFT::ImageDelivered::SIGNATURE_HASH, token)
            .await?;
        logs.iter()
            .map(|log| {
                let decoded = log
                    .log_decode::<GenImNFT::ImageDelivered>()
                    .wrap_err("decode ImageDelivered")?;
                let e = &decoded.inner.data;
                Ok(Delivery {
                    token_id: e.tokenId.to::<u64>(),
                    agent: e.agent,
                    metadata_hash: e.metadataHash,
                    paid: e.paid,
                    tx_hash: log
                        .transaction_hash
                        .wrap_err("log without transaction hash")?,
                    block: log.block_number.wrap_err("log without block number")?,
                })
            })
            .collect()
    }

    /// Token ids of `FulfilmentSkipped` logs (optionally of one token).
    pub async fn skipped(&self, token: Option<u64>) -> eyre::Result<Vec<u64>> {
        let logs = self
            .token_logs(GenImNFT::FulfilmentSkipped::SIGNATURE_HASH, token)
            .await?;
        logs.iter()
            .map(|log| {
                let decoded = log
                    .log_decode::<GenImNFT::FulfilmentSkipped>()
                    .wrap_err("decode FulfilmentSkipped")?;
                Ok(decoded.inner.data.tokenId.to::<u64>())
            })
            .collect()
    }
}

/// A token just minted.
#[derive(Debug, Clone)]
pub struct Minted {
    pub token_id: u64,
    pub paid: U256,
    pub deadline: u64,
}

/// Mints through the bindings with one of Anvil's accounts, directly on Anvil.
pub struct Minter {
    pub address: Address,
    nft: GenImNFT::GenImNFTInstance<DynProvider>,
}

impl Minter {
    pub fn new(chain: &TestChain, account: usize, contract: Address) -> Self {
        Self {
            address: chain.address(account),
            nft: GenImNFT::new(contract, chain.wallet_provider(account)),
        }
    }

    /// Mints at the tier's current price and waits for the receipt (needs automine, or someone
    /// mining).
    pub async fn mint(&self, prompt: &str, tier: u8) -> eyre::Result<Minted> {
        let pending = self.send_mint(prompt, tier).await?;
        pending.wait().await
    }

    /// Sends the mint transaction and returns without waiting for it to be mined.
    pub async fn send_mint(&self, prompt: &str, tier: u8) -> eyre::Result<PendingMint> {
        let price = self.nft.tiers(tier).call().await.wrap_err("tiers()")?.price;
        let terms = self.nft.terms().call().await.wrap_err("terms()")?;
        let pending = self
            .nft
            .mint(prompt.to_owned(), tier, terms)
            .value(price)
            .send()
            .await
            .wrap_err_with(|| format!("send mint({prompt:?}, {tier})"))?;
        Ok(PendingMint {
            tx_hash: *pending.tx_hash(),
            pending: pending.with_timeout(Some(Duration::from_secs(60))),
            prompt: prompt.to_owned(),
            tier,
        })
    }

    pub async fn refund(&self, id: u64) -> eyre::Result<TransactionReceipt> {
        let receipt = self
            .nft
            .refund(U256::from(id))
            .send()
            .await
            .wrap_err_with(|| format!("send refund({id})"))?
            .with_timeout(Some(Duration::from_secs(60)))
            .get_receipt()
            .await
            .wrap_err_with(|| format!("receipt of refund({id})"))?;
        ensure!(receipt.status(), "refund({id}) reverted: {receipt:?}");
        Ok(receipt)
    }

    /// Whether `refund(id)` would revert now (checked with eth_call).
    pub async fn refund_would_revert(&self, id: u64) -> bool {
        self.nft.refund(U256::from(id)).call().await.is_err()
    }
}

/// A sent, not yet mined, mint.
pub struct PendingMint {
    pub tx_hash: B256,
    pending: alloy::providers::PendingTransactionBuilder<alloy::network::Ethereum>,
    prompt: String,
    tier: u8,
}

impl PendingMint {
    pub async fn wait(self) -> eyre::Result<Minted> {
        let receipt = self
            .pending
            .get_receipt()
            .await
            .wrap_err_with(|| format!("receipt of mint({:?})", self.prompt))?;
        ensure!(receipt.status(), "mint({:?}) reverted", self.prompt);
        let log = receipt
            .decoded_log::<GenImNFT::ImageRequested>()
            .ok_or_else(|| eyre!("mint receipt has no ImageRequested log"))?;
        let e = &log.data;
        ensure!(
            e.prompt == self.prompt && e.tier == self.tier,
            "ImageRequested carries ({:?}, {}), expected ({:?}, {})",
            e.prompt,
            e.tier,
            self.prompt,
            self.tier
        );
        Ok(Minted {
            token_id: e.tokenId.to::<u64>(),
            paid: e.paid,
            deadline: e.deadline,
        })
    }
}
