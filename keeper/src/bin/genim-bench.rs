//! `genim-bench`: end-to-end keeper benchmark on a local Anvil.
//!
//! Default mode (throughput, procedural images): for each batch size it starts a fresh Anvil
//! (instant mining), deploys GenImNFT, mints N tokens, then starts the real `genim` keeper process
//! and measures until every token is delivered: wall time, fulfil transactions and their gas,
//! JSON-RPC calls per token (the keeper's own count), and the keeper's peak resident memory
//! (VmHWM). Prints the runs side by side and checks the targets.
//!
//! `--realistic`: Anvil mining a block every `--block-time` seconds (2, like Optimism), and an
//! in-process OpenAI-compatible mock image API whose answers take `--api-latency-ms` (10 s) and
//! carry images of about `--api-image-kib`; the keeper runs 256 generations in flight. Two runs:
//! *latency* (tokens minted at a steady `--mint-rate`, below capacity: per token, the time from
//! its mint block to its delivery block beyond the API time, p50 and p95 in blocks) and
//! *throughput* (`--throughput-tokens` minted up front: sustained images per second with every
//! permit busy). Both report peak RSS.

#[allow(dead_code)]
#[path = "../../tests/it/common/image_api.rs"]
mod image_api;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use alloy::node_bindings::{Anvil, AnvilInstance};
use alloy::primitives::{Address, B256, U256};
use alloy::providers::{DynProvider, Provider, ProviderBuilder};
use alloy::rpc::types::Filter;
use alloy::signers::local::PrivateKeySigner;
use alloy::sol_types::SolEvent;
use clap::Parser;
use eyre::{WrapErr, bail, eyre};
use genimnft_bindings::gen_im_nft::GenImNFT::{self, ImageDelivered};

#[derive(Parser)]
#[command(
    name = "genim-bench",
    about = "Keeper throughput benchmark on a local Anvil"
)]
struct Args {
    /// Tokens minted and delivered per run.
    #[arg(long, default_value_t = 1000)]
    tokens: u64,
    /// Batch size of the batched run (the other run uses 1).
    #[arg(long, default_value_t = 50)]
    batch_size: usize,
    /// Procedural image size.
    #[arg(long, default_value = "512x512")]
    image_size: String,
    /// Image generations in flight (default 4; 256 with `--realistic`).
    #[arg(long)]
    concurrency: Option<usize>,
    /// The keeper binary (default: `genim` next to this binary).
    #[arg(long)]
    keeper: Option<PathBuf>,
    /// The anvil binary (default: the project's npm-installed one, else `anvil` on PATH).
    #[arg(long)]
    anvil: Option<PathBuf>,
    /// Give up a run after this long.
    #[arg(long, default_value_t = 1800)]
    timeout_secs: u64,
    /// Realistic latency mode: interval-mined Anvil and a slow mock image API (see above).
    #[arg(long)]
    realistic: bool,
    /// `--realistic`: seconds between blocks.
    #[arg(long, default_value_t = 2)]
    block_time: u64,
    /// `--realistic`: how long the mock image API takes to answer.
    #[arg(long, default_value_t = 10_000)]
    api_latency_ms: u64,
    /// `--realistic`: each answer takes up to this much longer than `--api-latency-ms`
    /// (0: every answer takes exactly the latency, so answers to requests sent together arrive
    /// together, the worst case for memory).
    #[arg(long, default_value_t = 0)]
    api_latency_jitter_ms: u64,
    /// `--realistic`: approximate size of each generated image (a PNG of noise).
    #[arg(long, default_value_t = 1024)]
    api_image_kib: u64,
    /// `--realistic`: tokens of the latency run, minted at `--mint-rate`.
    #[arg(long, default_value_t = 300)]
    latency_tokens: u64,
    /// `--realistic`: mints per second in the latency run (below the keeper's capacity, so the
    /// latency is not queueing).
    #[arg(long, default_value_t = 8.0)]
    mint_rate: f64,
    /// `--realistic`: tokens minted up front for the throughput run (10 API cycles of 256).
    #[arg(long, default_value_t = 2560)]
    throughput_tokens: u64,
    /// `chain.poll_interval_ms` of the keeper (default: the keeper's own default with
    /// `--realistic`, 200 otherwise).
    #[arg(long)]
    poll_interval_ms: Option<u64>,
    /// `submit.batch_max_wait_ms` of the keeper (default: the keeper's own default with
    /// `--realistic`, 500 otherwise).
    #[arg(long)]
    batch_max_wait_ms: Option<u64>,
    /// `--realistic`: run only `latency` or `throughput`.
    #[arg(long)]
    only: Option<String>,
}

/// One run's measurements.
struct RunReport {
    batch_size: usize,
    tokens: u64,
    seconds: f64,
    transactions: usize,
    gas: u64,
    rpc_requests: u64,
    peak_rss_kib: u64,
}

#[tokio::main]
async fn main() -> eyre::Result<()> {
    let args = Args::parse();
    let keeper = match &args.keeper {
        Some(path) => path.clone(),
        None => std::env::current_exe()?
            .with_file_name("genim")
            .canonicalize()
            .wrap_err("the genim binary must be built next to genim-bench (cargo build --bins)")?,
    };
    let anvil = args.anvil.clone().unwrap_or_else(default_anvil);
    if args.realistic {
        return realistic::main(&args, &keeper, &anvil).await;
    }
    println!(
        "genim-bench: {} tokens, procedural {} images, concurrency {}, keeper {}",
        args.tokens,
        args.image_size,
        args.concurrency.unwrap_or(4),
        keeper.display()
    );
    let mut reports = Vec::new();
    for batch_size in [args.batch_size, 1] {
        let report = run(&args, &keeper, &anvil, batch_size).await?;
        print_report(&report);
        reports.push(report);
    }
    summarize(&reports)
}

async fn run(
    args: &Args,
    keeper: &Path,
    anvil: &Path,
    batch_size: usize,
) -> eyre::Result<RunReport> {
    let node = Anvil::at(anvil).try_spawn().wrap_err("starting anvil")?;
    let window = 24 * 3600;
    let key = |i: usize| PrivateKeySigner::from(node.keys()[i].clone());
    let (owner, agent) = (key(0), key(1));
    let http_port = free_port()?;
    let admin_port = free_port()?;
    let public = format!("http://127.0.0.1:{http_port}");
    let admin = format!("http://127.0.0.1:{admin_port}");
    let nft = deploy(
        &node,
        owner,
        agent.address(),
        &format!("{public}/metadata/"),
        window,
    )
    .await?;
    println!(
        "\nrun with batch size {batch_size}: minting {} tokens",
        args.tokens
    );
    mint_all(&node, *nft.address(), args.tokens).await?;

    let dir = tempfile::tempdir()?;
    let config = dir.path().join("keeper.toml");
    std::fs::write(
        &config,
        keeper_config(
            &node,
            *nft.address(),
            dir.path(),
            (http_port, admin_port),
            batch_size,
            args,
        ),
    )?;
    let started = Instant::now();
    let mut child = KeeperProcess::spawn(keeper, &config, &agent, dir.path())?;
    let delivered = wait_all_delivered(
        &admin,
        args.tokens,
        Duration::from_secs(args.timeout_secs),
        &mut child,
    )
    .await;
    let seconds = started.elapsed().as_secs_f64();
    let peak_rss_kib = child.peak_rss_kib()?;
    let metrics = http_get(&format!("{admin}/metrics")).await?;
    child.stop();
    delivered?;

    let (transactions, gas) = fulfil_transactions(nft.provider(), *nft.address()).await?;
    Ok(RunReport {
        batch_size,
        tokens: args.tokens,
        seconds,
        transactions,
        gas,
        rpc_requests: metric(&metrics, "genim_rpc_requests_total")?,
        peak_rss_kib,
    })
}

async fn deploy(
    node: &AnvilInstance,
    owner: PrivateKeySigner,
    agent: Address,
    metadata_base_uri: &str,
    window: u32,
) -> eyre::Result<GenImNFT::GenImNFTInstance<DynProvider>> {
    let owner_address = owner.address();
    let provider = ProviderBuilder::new()
        .wallet(owner)
        .connect_http(node.endpoint_url())
        .erased();
    // ETH only: the benchmark measures the keeper, which delivers both currencies alike.
    let nft = GenImNFT::deploy(provider, owner_address, Address::ZERO)
        .await
        .wrap_err("deploying")?;
    // A long window: the batch-size-1 run must not race the deadline.
    nft.setTier(0, U256::from(PRICE_WEI), U256::ZERO, window)
        .send()
        .await?
        .get_receipt()
        .await?;
    nft.setAgent(agent, true)
        .send()
        .await?
        .get_receipt()
        .await?;
    nft.setMetadataBaseURI(metadata_base_uri.to_owned())
        .send()
        .await?
        .get_receipt()
        .await?;
    Ok(nft)
}

const PRICE_WEI: u64 = 30_000_000_000_000;

/// Eight minting accounts (Anvil's keys 2 to 9).
fn minters(
    node: &AnvilInstance,
    contract: Address,
) -> Vec<GenImNFT::GenImNFTInstance<DynProvider>> {
    (2..10)
        .map(|i| {
            let provider = ProviderBuilder::new()
                .wallet(PrivateKeySigner::from(node.keys()[i].clone()))
                .connect_http(node.endpoint_url())
                .erased();
            GenImNFT::new(contract, provider)
        })
        .collect()
}

fn bench_prompt(i: u64) -> String {
    format!("benchmark image {i}: a quiet harbour at dawn, ink and watercolour")
}

/// Mints from eight accounts, sending without waiting for each receipt, then waits for the last.
async fn mint_all(node: &AnvilInstance, contract: Address, tokens: u64) -> eyre::Result<()> {
    let price = U256::from(PRICE_WEI);
    let minters = minters(node, contract);
    let terms = minters[0].terms().call().await?;
    let mut last = None;
    for i in 0..tokens {
        let nft = &minters[usize::try_from(i).unwrap_or(0) % minters.len()];
        last = Some(
            nft.mint(bench_prompt(i), 0, terms)
                .value(price)
                .send()
                .await?,
        );
    }
    if let Some(pending) = last {
        pending
            .with_timeout(Some(Duration::from_secs(600)))
            .get_receipt()
            .await?;
    }
    Ok(())
}

fn keeper_config(
    node: &AnvilInstance,
    contract: Address,
    dir: &Path,
    (http_port, admin_port): (u16, u16),
    batch_size: usize,
    args: &Args,
) -> String {
    format!(
        r#"[chain]
rpc_url = "{rpc}"
contract = "{contract}"
poll_interval_ms = {poll}

[jobs]
database = "{db}"
concurrency = {concurrency}
min_time_left_secs = 60

[submit]
batch_size = {batch_size}
batch_max_wait_ms = {batch_wait}
max_in_flight = {in_flight}

[images]
backend = "procedural"
[images.default]
model = "procedural-v1"
size = "{size}"

[storage]
backend = "local"
dir = "{data}"
public_base_url = "http://127.0.0.1:{http_port}"

[http]
listen = "127.0.0.1:{http_port}"

[admin]
listen = "127.0.0.1:{admin_port}"
"#,
        // The baseline is one by one: one token per transaction, one transaction at a time.
        in_flight = if batch_size == 1 { 1 } else { 4 },
        rpc = node.endpoint_url(),
        db = dir.join("genim.db").display(),
        data = dir.join("data").display(),
        concurrency = args.concurrency.unwrap_or(4),
        size = args.image_size,
        poll = args.poll_interval_ms.unwrap_or(200),
        batch_wait = args.batch_max_wait_ms.unwrap_or(500),
    )
}

struct KeeperProcess {
    child: Child,
    log: PathBuf,
}

impl KeeperProcess {
    fn spawn(
        binary: &Path,
        config: &Path,
        agent: &PrivateKeySigner,
        dir: &Path,
    ) -> eyre::Result<Self> {
        let log = dir.join("keeper.log");
        let child = Command::new(binary)
            .arg("--config")
            .arg(config)
            .arg("run")
            .env("GENIM_AGENT_KEY", B256::from(agent.to_bytes()).to_string())
            .env(
                "RUST_LOG",
                std::env::var("GENIM_BENCH_KEEPER_LOG").unwrap_or_else(|_| "warn".into()),
            )
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log)?)
            .spawn()
            .wrap_err("starting the keeper")?;
        Ok(Self { child, log })
    }

    /// Peak resident set size from /proc (Linux).
    fn peak_rss_kib(&self) -> eyre::Result<u64> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))?;
        status
            .lines()
            .find_map(|line| line.strip_prefix("VmHWM:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .ok_or_else(|| eyre!("no VmHWM in /proc/{}/status", self.child.id()))
    }

    fn is_running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    fn log_tail(&self) -> String {
        let log = std::fs::read_to_string(&self.log).unwrap_or_default();
        let lines: Vec<&str> = log.lines().collect();
        lines[lines.len().saturating_sub(10)..].join("\n")
    }

    fn stop(&mut self) {
        let _ = Command::new("kill")
            .arg("-TERM")
            .arg(self.child.id().to_string())
            .status();
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline && self.is_running() {
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for KeeperProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Polls `/metrics` on the keeper's admin listener at `admin`.
async fn wait_all_delivered(
    admin: &str,
    tokens: u64,
    timeout: Duration,
    keeper: &mut KeeperProcess,
) -> eyre::Result<()> {
    let started = Instant::now();
    loop {
        if !keeper.is_running() {
            bail!("keeper exited early:\n{}", keeper.log_tail());
        }
        if let Ok(text) = http_get(&format!("{admin}/metrics")).await {
            let delivered = metric(&text, "genim_tokens_delivered_total")?;
            let failed = metric(&text, "genim_tokens_failed_total")?;
            if failed > 0 {
                bail!("{failed} token(s) failed:\n{}", keeper.log_tail());
            }
            if delivered >= tokens {
                return Ok(());
            }
        }
        if started.elapsed() > timeout {
            bail!("not all tokens delivered within {} s", timeout.as_secs());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Distinct transactions that delivered images, and their total gas.
async fn fulfil_transactions(
    provider: &DynProvider,
    contract: Address,
) -> eyre::Result<(usize, u64)> {
    let logs = provider
        .get_logs(
            &Filter::new()
                .address(contract)
                .event_signature(ImageDelivered::SIGNATURE_HASH)
                .from_block(0),
        )
        .await?;
    let mut hashes: Vec<B256> = logs.iter().filter_map(|log| log.transaction_hash).collect();
    hashes.dedup();
    let mut gas = 0;
    for hash in &hashes {
        let receipt = provider
            .get_transaction_receipt(*hash)
            .await?
            .ok_or_else(|| eyre!("no receipt for {hash}"))?;
        gas += receipt.gas_used;
    }
    Ok((hashes.len(), gas))
}

async fn http_get(url: &str) -> eyre::Result<String> {
    Ok(reqwest::get(url).await?.error_for_status()?.text().await?)
}

fn metric(text: &str, name: &str) -> eyre::Result<u64> {
    text.lines()
        .find_map(|line| line.strip_prefix(name)?.strip_prefix(' '))
        .and_then(|v| v.trim().parse::<f64>().ok())
        .map(|v| v as u64)
        .ok_or_else(|| eyre!("metric {name} missing"))
}

fn free_port() -> eyre::Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port())
}

fn default_anvil() -> PathBuf {
    let local = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil");
    if local.exists() {
        local
    } else {
        PathBuf::from("anvil")
    }
}

fn print_report(r: &RunReport) {
    println!(
        "  batch size {:>3}: {:>7.2} s, {:>7.1} tokens/s, {} txs, {} gas ({} per token), {:.2} RPC calls per token, peak RSS {:.1} MB",
        r.batch_size,
        r.seconds,
        r.tokens as f64 / r.seconds,
        r.transactions,
        r.gas,
        r.gas / r.tokens.max(1),
        r.rpc_requests as f64 / r.tokens as f64,
        r.peak_rss_kib as f64 / 1024.0
    );
}

fn summarize(reports: &[RunReport]) -> eyre::Result<()> {
    let [batched, single] = reports else {
        bail!("expected two runs");
    };
    println!("\n| | batch size {} | batch size 1 |", batched.batch_size);
    println!("| --- | ---: | ---: |");
    let row = |name: &str, f: &dyn Fn(&RunReport) -> String| {
        println!("| {name} | {} | {} |", f(batched), f(single));
    };
    row("tokens", &|r| r.tokens.to_string());
    row("time until all delivered (s)", &|r| {
        format!("{:.2}", r.seconds)
    });
    row("fulfil transactions", &|r| r.transactions.to_string());
    row("gas, all fulfils", &|r| r.gas.to_string());
    row("gas per token", &|r| (r.gas / r.tokens.max(1)).to_string());
    row("RPC calls per token", &|r| {
        format!("{:.2}", r.rpc_requests as f64 / r.tokens as f64)
    });
    row("keeper peak RSS (MB)", &|r| {
        format!("{:.1}", r.peak_rss_kib as f64 / 1024.0)
    });
    let speedup = single.seconds / batched.seconds;
    let rpc = batched.rpc_requests as f64 / batched.tokens as f64;
    let rss = reports.iter().map(|r| r.peak_rss_kib).max().unwrap_or(0) as f64 / 1024.0;
    println!("\nbatching speed-up: {speedup:.1}x (target >= 5x)");
    println!("RPC calls per token, batched: {rpc:.2} (target <= 3)");
    println!("keeper peak RSS: {rss:.1} MB (target <= 64 MB)");
    if speedup >= 5.0 && rpc <= 3.0 && rss <= 64.0 {
        println!("targets: met");
        Ok(())
    } else {
        bail!("targets: MISSED")
    }
}

/// `--realistic`: interval-mined Anvil, a slow mock image API, 256 generations in flight.
mod realistic {
    use std::collections::BTreeMap;

    use alloy::eips::BlockNumberOrTag;
    use genimnft_bindings::gen_im_nft::GenImNFT::ImageRequested;

    use super::image_api::{ApiMode, ImageApi};
    use super::*;

    /// What one realistic run measured.
    struct Measured {
        tokens: u64,
        wall_secs: f64,
        /// Per token: seconds from its mint block to its delivery block, minus the API time.
        overhead_secs: Vec<f64>,
        /// Deliveries per second between the 10th and the 90th percentile delivery.
        steady_rate: f64,
        transactions: usize,
        rpc_requests: u64,
        api_calls: u64,
        peak_rss_kib: u64,
    }

    struct Setup {
        node: AnvilInstance,
        nft: GenImNFT::GenImNFTInstance<DynProvider>,
        agent: PrivateKeySigner,
        api: ImageApi,
        dir: tempfile::TempDir,
        http_port: u16,
        admin_port: u16,
    }

    pub async fn main(args: &Args, keeper: &Path, anvil: &Path) -> eyre::Result<()> {
        let concurrency = args.concurrency.unwrap_or(256);
        println!(
            "genim-bench --realistic: a block every {} s, image API answers in {} ms (+0..{} ms) with ~{} KiB images, \
             {concurrency} generations in flight, batch size {}, keeper {}",
            args.block_time,
            args.api_latency_ms,
            args.api_latency_jitter_ms,
            args.api_image_kib,
            args.batch_size,
            keeper.display()
        );
        let only = args.only.as_deref();
        let mut latency = None;
        let mut throughput = None;
        if only != Some("throughput") {
            println!(
                "\nlatency run: {} tokens minted at {}/s",
                args.latency_tokens, args.mint_rate
            );
            let m = latency_run(args, keeper, anvil, concurrency).await?;
            print_measured(args, &m);
            latency = Some(m);
        }
        if only != Some("latency") {
            println!(
                "\nthroughput run: {} tokens minted up front",
                args.throughput_tokens
            );
            let m = throughput_run(args, keeper, anvil, concurrency).await?;
            print_measured(args, &m);
            throughput = Some(m);
        }
        summarize(args, latency.as_ref(), throughput.as_ref())
    }

    /// The run's directory (config, database, storage, keeper log); kept and printed when
    /// `GENIM_BENCH_KEEP` is set, for looking at the keeper's log (`GENIM_BENCH_KEEPER_LOG`
    /// sets its `RUST_LOG`, default `warn`).
    fn bench_dir() -> eyre::Result<tempfile::TempDir> {
        let mut dir = tempfile::Builder::new().prefix("genim-bench-").tempdir()?;
        if std::env::var_os("GENIM_BENCH_KEEP").is_some() {
            dir.disable_cleanup(true);
            println!("  keeping {}", dir.path().display());
        }
        Ok(dir)
    }

    async fn setup(args: &Args, anvil: &Path) -> eyre::Result<Setup> {
        let node = Anvil::at(anvil)
            .block_time(args.block_time)
            .try_spawn()
            .wrap_err("starting anvil")?;
        let key = |i: usize| PrivateKeySigner::from(node.keys()[i].clone());
        let (owner, agent) = (key(0), key(1));
        let http_port = free_port()?;
        let public = format!("http://127.0.0.1:{http_port}");
        let nft = deploy(
            &node,
            owner,
            agent.address(),
            &format!("{public}/metadata/"),
            24 * 3600,
        )
        .await?;
        let api = ImageApi::start_with(ApiMode::Succeed, false).await?;
        api.set_latency(Duration::from_millis(args.api_latency_ms));
        api.set_latency_jitter(Duration::from_millis(args.api_latency_jitter_ms));
        // A PNG of noise is incompressible: side² × 3 bytes.
        let side = ((args.api_image_kib as f64 * 1024.0 / 3.0).sqrt() as u32).max(16);
        api.set_image_side(side);
        Ok(Setup {
            node,
            nft,
            agent,
            api,
            dir: bench_dir()?,
            http_port,
            admin_port: free_port()?,
        })
    }

    fn config(args: &Args, setup: &Setup, concurrency: usize) -> String {
        let dir = setup.dir.path();
        let mut optional = String::new();
        if let Some(ms) = args.poll_interval_ms {
            optional.push_str(&format!("poll_interval_ms = {ms}\n"));
        }
        let mut submit = String::new();
        if let Some(ms) = args.batch_max_wait_ms {
            submit.push_str(&format!("batch_max_wait_ms = {ms}\n"));
        }
        format!(
            r#"[chain]
rpc_url = "{rpc}"
contract = "{contract}"
{optional}
[jobs]
database = "{db}"
concurrency = {concurrency}

[submit]
batch_size = {batch_size}
{submit}
[images]
backend = "openai"
base_url = "{api}"
request_timeout_secs = 120
[images.default]
model = "bench/flux-like"
size = "1024x1024"

[storage]
backend = "local"
dir = "{data}"
public_base_url = "http://127.0.0.1:{port}"

[http]
listen = "127.0.0.1:{port}"

[admin]
listen = "127.0.0.1:{admin_port}"
"#,
            rpc = setup.node.endpoint_url(),
            contract = setup.nft.address(),
            db = dir.join("genim.db").display(),
            batch_size = args.batch_size,
            api = setup.api.base_url,
            data = dir.join("data").display(),
            port = setup.http_port,
            admin_port = setup.admin_port,
        )
    }

    async fn start_keeper(
        args: &Args,
        setup: &Setup,
        keeper: &Path,
        concurrency: usize,
    ) -> eyre::Result<KeeperProcess> {
        let path = setup.dir.path().join("keeper.toml");
        std::fs::write(&path, config(args, setup, concurrency))?;
        let mut child = KeeperProcess::spawn(keeper, &path, &setup.agent, setup.dir.path())?;
        let health = format!("http://127.0.0.1:{}/health", setup.admin_port);
        let started = Instant::now();
        while http_get(&health).await.is_err() {
            if !child.is_running() {
                bail!("keeper exited at start:\n{}", child.log_tail());
            }
            if started.elapsed() > Duration::from_secs(60) {
                bail!("keeper did not serve /health within 60 s");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Ok(child)
    }

    async fn latency_run(
        args: &Args,
        keeper: &Path,
        anvil: &Path,
        concurrency: usize,
    ) -> eyre::Result<Measured> {
        let setup = setup(args, anvil).await?;
        let mut child = start_keeper(args, &setup, keeper, concurrency).await?;
        let started = Instant::now();
        let minters = minters(&setup.node, *setup.nft.address());
        let price = U256::from(PRICE_WEI);
        let terms = minters[0].terms().call().await?;
        let mut ticks = tokio::time::interval(Duration::from_secs_f64(1.0 / args.mint_rate));
        for i in 0..args.latency_tokens {
            ticks.tick().await;
            let nft = &minters[usize::try_from(i).unwrap_or(0) % minters.len()];
            // Not waiting for the receipt: the chain log says when it was mined.
            let _pending = nft
                .mint(bench_prompt(i), 0, terms)
                .value(price)
                .send()
                .await?;
        }
        finish(args, &setup, &mut child, args.latency_tokens, started).await
    }

    async fn throughput_run(
        args: &Args,
        keeper: &Path,
        anvil: &Path,
        concurrency: usize,
    ) -> eyre::Result<Measured> {
        let setup = setup(args, anvil).await?;
        mint_all(&setup.node, *setup.nft.address(), args.throughput_tokens).await?;
        let mut child = start_keeper(args, &setup, keeper, concurrency).await?;
        let started = Instant::now();
        finish(args, &setup, &mut child, args.throughput_tokens, started).await
    }

    /// Waits for every delivery, then measures from the chain, the keeper and the API.
    async fn finish(
        args: &Args,
        setup: &Setup,
        child: &mut KeeperProcess,
        tokens: u64,
        started: Instant,
    ) -> eyre::Result<Measured> {
        let admin = format!("http://127.0.0.1:{}", setup.admin_port);
        let delivered = wait_all_delivered(
            &admin,
            tokens,
            Duration::from_secs(args.timeout_secs),
            child,
        )
        .await;
        let wall_secs = started.elapsed().as_secs_f64();
        let peak_rss_kib = child.peak_rss_kib()?;
        let metrics = http_get(&format!("{admin}/metrics")).await?;
        child.stop();
        delivered?;

        let provider = setup.nft.provider();
        let contract = *setup.nft.address();
        let requested = token_blocks(provider, contract, ImageRequested::SIGNATURE_HASH).await?;
        let delivered = token_blocks(provider, contract, ImageDelivered::SIGNATURE_HASH).await?;
        let mut timestamps: BTreeMap<u64, u64> = BTreeMap::new();
        for &block in requested.values().chain(delivered.values()) {
            if let std::collections::btree_map::Entry::Vacant(e) = timestamps.entry(block) {
                let header = provider
                    .get_block_by_number(BlockNumberOrTag::Number(block))
                    .await?
                    .ok_or_else(|| eyre!("no block {block}"))?
                    .header;
                e.insert(header.timestamp);
            }
        }
        let prompts = requested_prompts(provider, contract).await?;
        let mut overhead_secs = Vec::new();
        let mut delivery_times = Vec::new();
        for (token, mint_block) in &requested {
            let Some(delivery_block) = delivered.get(token) else {
                bail!("token {token} has no ImageDelivered log");
            };
            let minted_at = timestamps[mint_block] as f64;
            let delivered_at = timestamps[delivery_block] as f64;
            // This token's own API time, as the mock API measured it (with jitter it varies).
            let billed = prompts
                .get(token)
                .and_then(|prompt| setup.api.success_times(prompt).first().copied())
                .ok_or_else(|| eyre!("token {token}: the image API never answered its prompt"))?;
            let api_secs = (billed.answered - billed.arrived).as_secs_f64();
            overhead_secs.push(delivered_at - minted_at - api_secs);
            delivery_times.push(delivered_at);
        }
        delivery_times.sort_by(f64::total_cmp);
        let steady_rate = {
            let n = delivery_times.len();
            let (lo, hi) = (n / 10, n * 9 / 10);
            let span = delivery_times
                .get(hi.saturating_sub(1))
                .copied()
                .unwrap_or(0.0)
                - delivery_times.get(lo).copied().unwrap_or(0.0);
            if span > 0.0 {
                (hi.saturating_sub(1) - lo) as f64 / span
            } else {
                0.0
            }
        };
        let (transactions, _gas) = fulfil_transactions(provider, contract).await?;
        Ok(Measured {
            tokens,
            wall_secs,
            overhead_secs,
            steady_rate,
            transactions,
            rpc_requests: metric(&metrics, "genim_rpc_requests_total")?,
            api_calls: metric(&metrics, "genim_image_api_calls_total")?,
            peak_rss_kib,
        })
    }

    /// The prompt of every token, from its `ImageRequested` log.
    async fn requested_prompts(
        provider: &DynProvider,
        contract: Address,
    ) -> eyre::Result<BTreeMap<u64, String>> {
        let logs = provider
            .get_logs(
                &Filter::new()
                    .address(contract)
                    .event_signature(ImageRequested::SIGNATURE_HASH)
                    .from_block(0),
            )
            .await?;
        logs.iter()
            .map(|log| {
                let event = log.log_decode::<ImageRequested>()?.inner.data;
                Ok((event.tokenId.to::<u64>(), event.prompt))
            })
            .collect()
    }

    /// Block of each token's event with `signature` (first indexed topic = token id).
    async fn token_blocks(
        provider: &DynProvider,
        contract: Address,
        signature: B256,
    ) -> eyre::Result<BTreeMap<u64, u64>> {
        let logs = provider
            .get_logs(
                &Filter::new()
                    .address(contract)
                    .event_signature(signature)
                    .from_block(0),
            )
            .await?;
        let mut out = BTreeMap::new();
        for log in logs {
            let token = log
                .topics()
                .get(1)
                .map(|t| U256::from_be_bytes(t.0).to::<u64>())
                .ok_or_else(|| eyre!("log without a token topic"))?;
            let block = log
                .block_number
                .ok_or_else(|| eyre!("log without a block number"))?;
            out.insert(token, block);
        }
        Ok(out)
    }

    /// Nearest-rank percentile of unsorted `values`.
    fn percentile(values: &[f64], p: f64) -> f64 {
        let mut sorted = values.to_vec();
        sorted.sort_by(f64::total_cmp);
        if sorted.is_empty() {
            return f64::NAN;
        }
        let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
        sorted[rank.clamp(1, sorted.len()) - 1]
    }

    fn blocks(args: &Args, secs: f64) -> f64 {
        secs / args.block_time as f64
    }

    fn print_measured(args: &Args, m: &Measured) {
        let p50 = percentile(&m.overhead_secs, 50.0);
        let p95 = percentile(&m.overhead_secs, 95.0);
        let max = percentile(&m.overhead_secs, 100.0);
        println!(
            "  {} tokens in {:.1} s ({:.1}/s overall, {:.1}/s steady); mint→delivered beyond the API time: \
             p50 {:.1} s = {:.2} blocks, p95 {:.1} s = {:.2} blocks, max {:.1} s; {} fulfil txs ({:.1} tokens each); \
             {:.2} RPC calls and {:.2} image calls per token; peak RSS {:.1} MB",
            m.tokens,
            m.wall_secs,
            m.tokens as f64 / m.wall_secs,
            m.steady_rate,
            p50,
            blocks(args, p50),
            p95,
            blocks(args, p95),
            max,
            m.transactions,
            m.tokens as f64 / m.transactions.max(1) as f64,
            m.rpc_requests as f64 / m.tokens as f64,
            m.api_calls as f64 / m.tokens as f64,
            m.peak_rss_kib as f64 / 1024.0,
        );
    }

    fn summarize(
        args: &Args,
        latency: Option<&Measured>,
        throughput: Option<&Measured>,
    ) -> eyre::Result<()> {
        let mut missed = Vec::new();
        println!();
        if let Some(m) = latency {
            let p50 = blocks(args, percentile(&m.overhead_secs, 50.0));
            let p95 = blocks(args, percentile(&m.overhead_secs, 95.0));
            println!("overhead beyond the API time, p50: {p50:.2} blocks (target <= 1)");
            println!("overhead beyond the API time, p95: {p95:.2} blocks (target <= 2)");
            if p50 > 1.0 {
                missed.push("overhead p50");
            }
            if p95 > 2.0 {
                missed.push("overhead p95");
            }
        }
        if let Some(m) = throughput {
            println!(
                "sustained images per second: {:.1} (target >= 20)",
                m.steady_rate
            );
            if m.steady_rate < 20.0 {
                missed.push("images per second");
            }
        }
        let rss = latency
            .iter()
            .chain(throughput.iter())
            .map(|m| m.peak_rss_kib)
            .max()
            .unwrap_or(0) as f64
            / 1024.0;
        println!("keeper peak RSS: {rss:.1} MB (target <= 128 MB)");
        if rss > 128.0 {
            missed.push("peak RSS");
        }
        if missed.is_empty() {
            println!("targets: met");
            Ok(())
        } else {
            bail!("targets: MISSED ({})", missed.join(", "))
        }
    }
}
