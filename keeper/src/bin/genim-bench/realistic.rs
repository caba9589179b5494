//! `--realistic`: interval-mined Anvil, a slow mock image API, 256 generations in flight.

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
