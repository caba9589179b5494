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
//!
//! `--gallery-flood`: the delivery delay while 32 clients flood the public gallery of a keeper
//! with 200,000 jobs (flood.rs).

mod flood;
#[allow(dead_code)]
#[path = "../../../tests/it/common/image_api.rs"]
mod image_api;
mod realistic;

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
    /// Gallery flood mode: delivery delay while clients flood `/tokens` (see flood.rs).
    #[arg(long)]
    gallery_flood: bool,
    /// `--gallery-flood`: finished jobs seeded into the keeper's database.
    #[arg(long, default_value_t = 200_000)]
    flood_jobs: u64,
    /// `--gallery-flood`: distinct buyers among the seeded jobs.
    #[arg(long, default_value_t = 2_000)]
    flood_requesters: u64,
    /// `--gallery-flood`: concurrent clients.
    #[arg(long, default_value_t = 32)]
    flood_clients: u64,
    /// `--gallery-flood`: length of each phase (no traffic, flood), in seconds.
    #[arg(long, default_value_t = 20)]
    flood_secs: u64,
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
    if args.gallery_flood {
        return flood::main(&args, &keeper, &anvil).await;
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
