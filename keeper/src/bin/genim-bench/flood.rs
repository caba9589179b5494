//! `--gallery-flood`: does public gallery traffic hold up deliveries? A job database of
//! `--flood-jobs` tokens (200,000: finished jobs of `--flood-requesters` buyers, seeded through the
//! keeper's own store), a chain mining a block every `--block-time` seconds, and the real keeper.
//! Tokens are minted one per block for `--flood-secs`, first with no HTTP traffic (baseline), then
//! while `--flood-clients` clients (32) send gallery listings as fast as the keeper answers: by
//! buyer (an index lookup of a full page), newest first, and by state from a random point. The
//! per-address limits (rate, connections) are lifted for the run, as a flood from many addresses
//! would make them;
//! what is measured is the store and the HTTP server. Target: every delivery during the flood
//! lands within one block of the slowest baseline delivery.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use alloy::eips::BlockNumberOrTag;
use genim_keeper::jobs::{Currency, JobStore, NewJob, SkipCause};
use genimnft_bindings::gen_im_nft::GenImNFT::ImageRequested;

use super::*;

/// Seeded token ids start here, far above anything the run mints.
const SEED_BASE: u64 = 1_000_000_000;
/// Jobs per seeding transaction.
const SEED_CHUNK: usize = 20_000;
/// The listings' page size (the keeper's maximum).
const PAGE: u32 = 100;

/// Delivery delays of the tokens minted during one phase.
struct Phase {
    name: &'static str,
    /// Blocks from each token's mint block to its delivery block.
    delay_blocks: Vec<u64>,
    /// Seconds between those blocks' timestamps.
    delay_secs: Vec<u64>,
}

/// What the flood clients saw.
#[derive(Default)]
struct FloodStats {
    by_status: BTreeMap<u16, u64>,
    /// Requests that got no complete answer, by kind (connect, timeout, body, other).
    errors: BTreeMap<&'static str, u64>,
    latencies_ms: Vec<f64>,
}

struct Setup {
    node: AnvilInstance,
    nft: GenImNFT::GenImNFTInstance<DynProvider>,
    agent: PrivateKeySigner,
    dir: tempfile::TempDir,
    http_port: u16,
    admin_port: u16,
}

pub async fn main(args: &Args, keeper: &Path, anvil: &Path) -> eyre::Result<()> {
    println!(
        "genim-bench --gallery-flood: {} seeded jobs of {} buyers, a block every {} s, {} clients for {} s, keeper {}",
        args.flood_jobs,
        args.flood_requesters,
        args.block_time,
        args.flood_clients,
        args.flood_secs,
        keeper.display()
    );
    let setup = setup(args, anvil).await?;
    let requesters = requester_pool(args.flood_requesters);
    let seeded = Instant::now();
    seed(&setup, args.flood_jobs, &requesters).await?;
    println!(
        "  seeded {} jobs in {:.1} s",
        args.flood_jobs,
        seeded.elapsed().as_secs_f64()
    );
    let config = setup.dir.path().join("keeper.toml");
    std::fs::write(&config, keeper_toml(&setup))?;
    let mut child = KeeperProcess::spawn(keeper, &config, &setup.agent, setup.dir.path())?;
    wait_serving(&setup, &mut child).await?;

    let baseline = measure_phase(args, &setup, "no traffic", None).await?;
    print_phase(&baseline);
    let stats = Arc::new(Mutex::new(FloodStats::default()));
    let flood = measure_phase(
        args,
        &setup,
        "gallery flood",
        Some((requesters, Arc::clone(&stats))),
    )
    .await?;
    print_phase(&flood);
    let peak_rss_kib = child.peak_rss_kib()?;
    if !child.is_running() {
        bail!("the keeper exited during the run:\n{}", child.log_tail());
    }
    child.stop();
    let stats = std::mem::take(&mut *stats.lock().map_err(|_| eyre!("stats lock"))?);
    summarize(args, &baseline, &flood, &stats, peak_rss_kib)
}

async fn setup(args: &Args, anvil: &Path) -> eyre::Result<Setup> {
    // An L2-like chain: interval blocks, a tiny base fee.
    let node = Anvil::at(anvil)
        .block_time(args.block_time)
        .args(["--base-fee", "1000000"])
        .try_spawn()
        .wrap_err("starting anvil")?;
    let key = |i: usize| PrivateKeySigner::from(node.keys()[i].clone());
    let (owner, agent) = (key(0), key(1));
    let http_port = free_port()?;
    let nft = deploy(
        &node,
        owner,
        agent.address(),
        &format!("http://127.0.0.1:{http_port}/metadata/"),
        24 * 3600,
    )
    .await?;
    Ok(Setup {
        node,
        nft,
        agent,
        dir: tempfile::Builder::new()
            .prefix("genim-bench-flood-")
            .tempdir()?,
        http_port,
        admin_port: free_port()?,
    })
}

/// Distinct, stable buyer addresses.
fn requester_pool(n: u64) -> Vec<String> {
    (1..=n.max(1)).map(|i| format!("0x{i:040x}")).collect()
}

/// Writes `count` finished jobs through the keeper's store, recorded at block 0 with the chain's
/// real genesis hash (so the keeper's scan checkpoint is consistent and it scans from block 1).
async fn seed(setup: &Setup, count: u64, requesters: &[String]) -> eyre::Result<()> {
    let genesis = setup
        .nft
        .provider()
        .get_block_by_number(BlockNumberOrTag::Number(0))
        .await?
        .ok_or_else(|| eyre!("no genesis block"))?
        .header
        .hash
        .to_string();
    let store = JobStore::open(setup.dir.path().join("genim.db"))?;
    let deadline = unix_now() + 24 * 3600;
    let ids: Vec<u64> = (0..count).map(|i| SEED_BASE + i).collect();
    for chunk in ids.chunks(SEED_CHUNK) {
        let jobs: Vec<NewJob> = chunk
            .iter()
            .map(|&id| NewJob {
                token_id: id,
                requester: requesters[(id % requesters.len() as u64) as usize].clone(),
                tier: 0,
                paid: PRICE_WEI.to_string(),
                currency: Currency::Eth,
                deadline,
                prompt: bench_prompt(id),
                unreadable_prompt: false,
                block_number: 0,
                block_hash: genesis.clone(),
                tx_hash: format!("0x{id:064x}"),
                log_index: id - SEED_BASE,
            })
            .collect();
        store.record_scan(0, &genesis, &jobs)?;
    }
    // Finished, so the keeper lists them but has nothing to do for them.
    for &id in &ids {
        store.skip(id, SkipCause::FulfilledByOther, "seeded by genim-bench")?;
    }
    Ok(())
}

fn keeper_toml(setup: &Setup) -> String {
    let dir = setup.dir.path();
    format!(
        r#"[chain]
rpc_url = "{rpc}"
contract = "{contract}"

[jobs]
database = "{db}"

[images]
backend = "procedural"
[images.default]
model = "procedural-v1"
size = "256x256"

[storage]
backend = "local"
dir = "{data}"
public_base_url = "http://127.0.0.1:{port}"

[http]
listen = "127.0.0.1:{port}"
# A flood from many addresses: the per-address limits do not shed it.
gallery_requests_per_second = 1000000
gallery_burst = 1000000
max_connections_per_client = 1024

[admin]
listen = "127.0.0.1:{admin_port}"
"#,
        rpc = setup.node.endpoint_url(),
        contract = setup.nft.address(),
        db = dir.join("genim.db").display(),
        data = dir.join("data").display(),
        port = setup.http_port,
        admin_port = setup.admin_port,
    )
}

async fn wait_serving(setup: &Setup, child: &mut KeeperProcess) -> eyre::Result<()> {
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
    Ok(())
}

/// Mints one token per block for `--flood-secs` (with the flood running when given), then waits
/// for every one of them to be delivered and measures each delay.
async fn measure_phase(
    args: &Args,
    setup: &Setup,
    name: &'static str,
    flood: Option<(Vec<String>, Arc<Mutex<FloodStats>>)>,
) -> eyre::Result<Phase> {
    let until = Instant::now() + Duration::from_secs(args.flood_secs);
    let clients: Vec<_> = match flood {
        Some((requesters, stats)) => {
            let requesters = Arc::new(requesters);
            (0..args.flood_clients)
                .map(|client| {
                    let base = format!("http://127.0.0.1:{}", setup.http_port);
                    tokio::spawn(flood_client(
                        client,
                        base,
                        Arc::clone(&requesters),
                        Arc::clone(&stats),
                        until,
                        args.flood_jobs,
                    ))
                })
                .collect()
        }
        None => Vec::new(),
    };
    let minted = mint_one_per_block(args, setup, until).await?;
    for client in clients {
        client.await?;
    }
    let delivered = wait_delivered(setup, &minted).await?;
    let provider = setup.nft.provider();
    let mut phase = Phase {
        name,
        delay_blocks: Vec::new(),
        delay_secs: Vec::new(),
    };
    for (id, mint_block) in &minted {
        let delivery_block = delivered[id];
        phase
            .delay_blocks
            .push(delivery_block.saturating_sub(*mint_block));
        let time = |n| async move {
            provider
                .get_block_by_number(BlockNumberOrTag::Number(n))
                .await?
                .map(|b| b.header.timestamp)
                .ok_or_else(|| eyre!("no block {n}"))
        };
        phase.delay_secs.push(
            time(delivery_block)
                .await?
                .saturating_sub(time(*mint_block).await?),
        );
    }
    Ok(phase)
}

/// `(token id, mint block)` of each token minted, one per block until `until`.
async fn mint_one_per_block(
    args: &Args,
    setup: &Setup,
    until: Instant,
) -> eyre::Result<Vec<(u64, u64)>> {
    let minters = minters(&setup.node, *setup.nft.address());
    let price = U256::from(PRICE_WEI);
    let terms = minters[0].terms().call().await?;
    let mut ticks = tokio::time::interval(Duration::from_secs(args.block_time.max(1)));
    let mut pending = Vec::new();
    let mut i = 0u64;
    while Instant::now() < until {
        ticks.tick().await;
        let nft = &minters[(i as usize) % minters.len()];
        pending.push(
            nft.mint(bench_prompt(i), 0, terms)
                .value(price)
                .send()
                .await?,
        );
        i += 1;
    }
    let mut minted = Vec::new();
    for tx in pending {
        let receipt = tx
            .with_timeout(Some(Duration::from_secs(120)))
            .get_receipt()
            .await?;
        let block = receipt
            .block_number
            .ok_or_else(|| eyre!("mint receipt without a block"))?;
        let log = receipt
            .inner
            .logs()
            .iter()
            .find_map(|log| log.log_decode::<ImageRequested>().ok())
            .ok_or_else(|| eyre!("mint without ImageRequested"))?;
        minted.push((to_u64(log.inner.data.tokenId)?, block));
    }
    Ok(minted)
}

/// The delivery block of each token, from the chain's `ImageDelivered` logs.
async fn wait_delivered(setup: &Setup, minted: &[(u64, u64)]) -> eyre::Result<BTreeMap<u64, u64>> {
    let from = minted.iter().map(|(_, b)| *b).min().unwrap_or(0);
    let started = Instant::now();
    loop {
        let logs = setup
            .nft
            .provider()
            .get_logs(
                &Filter::new()
                    .address(*setup.nft.address())
                    .event_signature(ImageDelivered::SIGNATURE_HASH)
                    .from_block(from),
            )
            .await?;
        let mut delivered = BTreeMap::new();
        for log in logs {
            let event = log.log_decode::<ImageDelivered>()?;
            if let Some(block) = log.block_number {
                delivered.insert(to_u64(event.inner.data.tokenId)?, block);
            }
        }
        if minted.iter().all(|(id, _)| delivered.contains_key(id)) {
            return Ok(delivered);
        }
        if started.elapsed() > Duration::from_secs(300) {
            bail!(
                "{} of {} tokens delivered after 300 s",
                delivered.len(),
                minted.len()
            );
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

/// One flood client: its own connection pool, listing requests back to back until `until`.
async fn flood_client(
    client: u64,
    base: String,
    requesters: Arc<Vec<String>>,
    stats: Arc<Mutex<FloodStats>>,
    until: Instant,
    seeded: u64,
) {
    let http = match reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .build()
    {
        Ok(http) => http,
        Err(_) => return,
    };
    let mut mine = FloodStats::default();
    let mut n = client;
    while Instant::now() < until {
        n = n
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let pick = (n >> 33) as usize;
        let url = match pick % 3 {
            0 => format!(
                "{base}/tokens?requester={}&limit={PAGE}",
                requesters[pick % requesters.len()]
            ),
            1 => format!("{base}/tokens?limit={PAGE}"),
            _ => format!(
                "{base}/tokens?state=skipped&limit={PAGE}&before={}",
                SEED_BASE + (n % seeded.max(1))
            ),
        };
        let started = Instant::now();
        match http.get(&url).send().await {
            Ok(response) => {
                let status = response.status().as_u16();
                match response.bytes().await {
                    Ok(_) => *mine.by_status.entry(status).or_default() += 1,
                    Err(error) => *mine.errors.entry(error_kind(&error)).or_default() += 1,
                }
                mine.latencies_ms
                    .push(started.elapsed().as_secs_f64() * 1000.0);
            }
            Err(error) => *mine.errors.entry(error_kind(&error)).or_default() += 1,
        }
    }
    if let Ok(mut total) = stats.lock() {
        for (status, count) in mine.by_status {
            *total.by_status.entry(status).or_default() += count;
        }
        for (kind, count) in mine.errors {
            *total.errors.entry(kind).or_default() += count;
        }
        total.latencies_ms.extend(mine.latencies_ms);
    }
}

fn error_kind(error: &reqwest::Error) -> &'static str {
    if error.is_connect() {
        "connect"
    } else if error.is_timeout() {
        "timeout"
    } else if error.is_body() || error.is_decode() {
        "body"
    } else if error.is_request() {
        "request"
    } else {
        "other"
    }
}

fn to_u64(value: U256) -> eyre::Result<u64> {
    u64::try_from(value).map_err(|_| eyre!("token id {value} does not fit in u64"))
}

fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default()
}

fn percentile<T: Copy + PartialOrd>(values: &[T], p: f64) -> Option<T> {
    let mut sorted = values.to_vec();
    sorted.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(index).copied()
}

fn print_phase(phase: &Phase) {
    println!(
        "  {}: {} tokens, delay p50 {} / max {} blocks ({} / {} s)",
        phase.name,
        phase.delay_blocks.len(),
        percentile(&phase.delay_blocks, 0.5).unwrap_or(0),
        phase.delay_blocks.iter().max().copied().unwrap_or(0),
        percentile(&phase.delay_secs, 0.5).unwrap_or(0),
        phase.delay_secs.iter().max().copied().unwrap_or(0),
    );
}

fn summarize(
    args: &Args,
    baseline: &Phase,
    flood: &Phase,
    stats: &FloodStats,
    peak_rss_kib: u64,
) -> eyre::Result<()> {
    let served = stats.by_status.get(&200).copied().unwrap_or(0);
    let total: u64 = stats.by_status.values().sum();
    let secs = args.flood_secs.max(1) as f64;
    println!("\n| | no traffic | gallery flood |");
    println!("| --- | ---: | ---: |");
    let row = |name: &str, f: &dyn Fn(&Phase) -> String| {
        println!("| {name} | {} | {} |", f(baseline), f(flood));
    };
    row("tokens minted (one per block)", &|p| {
        p.delay_blocks.len().to_string()
    });
    row("mint → delivery, p50 (blocks)", &|p| {
        percentile(&p.delay_blocks, 0.5).unwrap_or(0).to_string()
    });
    row("mint → delivery, max (blocks)", &|p| {
        p.delay_blocks
            .iter()
            .max()
            .copied()
            .unwrap_or(0)
            .to_string()
    });
    row("mint → delivery, max (s)", &|p| {
        p.delay_secs.iter().max().copied().unwrap_or(0).to_string()
    });
    println!(
        "\nflood: {} clients, {served} listings served ({:.0}/s), {} other answers {:?}, failed requests {:?}; latency p50 {:.1} ms, p99 {:.1} ms; keeper peak RSS {:.1} MB",
        args.flood_clients,
        served as f64 / secs,
        total - served,
        stats
            .by_status
            .iter()
            .filter(|(s, _)| **s != 200)
            .collect::<Vec<_>>(),
        stats.errors,
        percentile(&stats.latencies_ms, 0.5).unwrap_or(0.0),
        percentile(&stats.latencies_ms, 0.99).unwrap_or(0.0),
        peak_rss_kib as f64 / 1024.0
    );
    let slowest_baseline = baseline.delay_blocks.iter().max().copied().unwrap_or(0);
    let slowest_flood = flood.delay_blocks.iter().max().copied().unwrap_or(0);
    println!(
        "slowest delivery: {slowest_flood} blocks under the flood, {slowest_baseline} without (target: at most one block more)"
    );
    if served == 0 {
        bail!("the flood was not served at all: nothing was measured");
    }
    if slowest_flood <= slowest_baseline + 1 {
        println!("target: met");
        Ok(())
    } else {
        bail!("target: MISSED")
    }
}
