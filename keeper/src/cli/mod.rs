//! The subcommands behind the `genim` binary: `run`, `status`, `mint` and `sweep`.

mod mint_usdc;

pub use mint_usdc::mint_usdc;

use std::time::{Duration, Instant};

use alloy::primitives::{Address, U256};
use alloy::providers::{DynProvider, Provider, ProviderBuilder};
use alloy::rpc::types::Filter;
use alloy::signers::local::PrivateKeySigner;
use alloy::sol_types::SolEvent;
use eyre::{WrapErr, bail, eyre};
use genimnft_bindings::gen_im_nft::GenImNFT::{self, ImageDelivered, ImageRequested, Refunded};
use prometheus_client::metrics::counter::Counter;
use serde_json::json;
use tokio_util::sync::CancellationToken;

use crate::chain::contract::Status;
use crate::chain::rpc;
use crate::chain::units::to_wei;
use crate::config::Config;
use crate::jobs::lock::{InstanceLock, LockError};
use crate::jobs::{Currency, JobStore, SweepState};
use crate::keeper::Keeper;

/// Environment variable holding the minter's private key for `genim mint`.
pub const MINTER_KEY_ENV: &str = "GENIM_MINTER_KEY";

/// `genim run`: start-up checks, then the keeper until SIGINT/SIGTERM.
pub async fn run(config: Config) -> eyre::Result<()> {
    let keeper = Keeper::start(config).await?;
    let shutdown = CancellationToken::new();
    let signal = tokio::spawn(cancel_on_signal(shutdown.clone()));
    let result = keeper.run(shutdown.clone()).await;
    signal.abort();
    result.wrap_err("keeper stopped with an error")
}

async fn cancel_on_signal(shutdown: CancellationToken) {
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(error) => {
                tracing::warn!(%error, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        () = terminate => {}
    }
    tracing::info!("shutdown requested; finishing in-flight work");
    shutdown.cancel();
}

/// `genim status`: counts from the chain (by events) and from the job database.
pub async fn status(config: Config, as_json: bool) -> eyre::Result<()> {
    let validated = config.validate()?;
    let provider = rpc::provider(
        validated.rpc_url.clone(),
        Counter::default(),
        config.rpc_timeout(),
    );
    let head = provider
        .get_block_number()
        .await
        .wrap_err("reading the chain head")?;
    let count = |signature| {
        count_logs(
            &provider,
            validated.contract,
            signature,
            config.chain.start_block,
            head,
            config.chain.max_log_range,
        )
    };
    let requested = count(ImageRequested::SIGNATURE_HASH).await?;
    let delivered = count(ImageDelivered::SIGNATURE_HASH).await?;
    let refunded = count(Refunded::SIGNATURE_HASH).await?;
    let pending = requested.saturating_sub(delivered + refunded);
    let database = if config.jobs.database.exists() {
        let store = JobStore::open(&config.jobs.database)?;
        store
            .counts_by_state()?
            .into_iter()
            .map(|(state, n)| (state.as_str().to_owned(), n))
            .collect()
    } else {
        std::collections::BTreeMap::new()
    };
    if as_json {
        let report = json!({
            "chain": {"minted": requested, "pending": pending, "delivered": delivered, "refunded": refunded, "block": head},
            "database": database,
        });
        println!("{report}");
    } else {
        println!(
            "chain (block {head}): minted {requested}, pending {pending}, delivered {delivered}, refunded {refunded}"
        );
        let states: Vec<String> = database.iter().map(|(s, n)| format!("{s} {n}")).collect();
        println!("database: {}", states.join(", "));
    }
    Ok(())
}

async fn count_logs(
    provider: &DynProvider,
    contract: Address,
    signature: alloy::primitives::B256,
    from: u64,
    to: u64,
    range: u64,
) -> eyre::Result<u64> {
    let mut total = 0u64;
    let mut start = from;
    while start <= to {
        let end = to.min(start + range - 1);
        let filter = Filter::new()
            .address(contract)
            .event_signature(signature)
            .from_block(start)
            .to_block(end);
        total += provider
            .get_logs(&filter)
            .await
            .wrap_err_with(|| format!("eth_getLogs {start}..{end}"))?
            .len() as u64;
        start = end + 1;
    }
    Ok(total)
}

/// `genim mint`: pays a tier's price to mint a token with `prompt`, then waits for its image.
pub async fn mint(config: Config, prompt: &str, tier: u8, wait_secs: u64) -> eyre::Result<()> {
    let validated = config.validate()?;
    let signer = minter_signer()?;
    let provider = ProviderBuilder::new()
        .wallet(signer)
        .connect_http(validated.rpc_url.clone())
        .erased();
    let nft = GenImNFT::new(validated.contract, provider.clone());
    let tier_info = nft
        .tiers(tier)
        .call()
        .await
        .wrap_err("reading the tier price")?;
    if tier_info.price.is_zero() {
        bail!("tier {tier} is disabled on this contract");
    }
    // The mint names the terms read with the price: a tier or agent change slipped in before it
    // makes it revert (TermsChanged) instead of binding the buyer to terms it did not see.
    let terms = nft
        .terms()
        .call()
        .await
        .wrap_err("reading the terms version")?;
    let receipt = nft
        .mint(prompt.to_owned(), tier, terms)
        .value(tier_info.price)
        .send()
        .await
        .wrap_err("sending mint")?
        .get_receipt()
        .await
        .wrap_err("waiting for the mint receipt")?;
    let requested = receipt
        .inner
        .logs()
        .iter()
        .find_map(|log| log.log_decode::<ImageRequested>().ok())
        .ok_or_else(|| {
            eyre!(
                "mint {} emitted no ImageRequested event",
                receipt.transaction_hash
            )
        })?
        .inner
        .data;
    let token_id = requested.tokenId;
    println!(
        "minted token {token_id} for {} wei in {} (deadline {})",
        requested.paid, receipt.transaction_hash, requested.deadline
    );
    if wait_secs == 0 {
        return Ok(());
    }
    wait_for_delivery(
        &provider,
        validated.contract,
        token_id,
        Duration::from_secs(wait_secs),
    )
    .await
}

/// The buyer's key, from `GENIM_MINTER_KEY` (never printed).
fn minter_signer() -> eyre::Result<PrivateKeySigner> {
    let key = std::env::var(MINTER_KEY_ENV)
        .map_err(|_| eyre!("set {MINTER_KEY_ENV} to the minter's private key"))?;
    key.trim()
        .parse()
        .map_err(|_| eyre!("{MINTER_KEY_ENV} is not a 32-byte hex private key"))
}

async fn wait_for_delivery(
    provider: &DynProvider,
    contract: Address,
    token_id: U256,
    timeout: Duration,
) -> eyre::Result<()> {
    let nft = GenImNFT::new(contract, provider.clone());
    let started = Instant::now();
    loop {
        let record = nft
            .request(token_id)
            .call()
            .await
            .wrap_err("reading the request")?;
        match Status::from_code(record.status) {
            Status::Delivered => {
                let uri = nft
                    .tokenURI(token_id)
                    .call()
                    .await
                    .wrap_err("reading tokenURI")?;
                println!("delivered: metadata sha256 {}", record.metadataHash);
                println!("tokenURI: {uri}");
                return Ok(());
            }
            Status::Refunded => bail!("token {token_id} was refunded"),
            _ => {}
        }
        if started.elapsed() >= timeout {
            bail!(
                "token {token_id} not delivered after {} s (deadline {}); the holder can refund after the deadline",
                timeout.as_secs(),
                record.deadline
            );
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}

/// `genim sweep`: asks the running keeper to send everything the agent holds above `keep` (ETH, or
/// dollars with `usdc`) to `to`, at the keeper's own nonce (a transfer sent by another wallet would
/// race its fulfils), and waits for the outcome.
pub async fn sweep(
    config: Config,
    to: Address,
    keep: f64,
    usdc: bool,
    wait_secs: u64,
) -> eyre::Result<()> {
    config.validate()?;
    if to.is_zero() {
        bail!("--to is the zero address: name the address that receives the earnings");
    }
    if !(keep >= 0.0 && keep.is_finite()) {
        bail!("--keep must be 0 or more (what the agent keeps)");
    }
    let database = &config.jobs.database;
    // Only the running keeper sends from the agent's address; it holds the database's lock.
    match InstanceLock::acquire(database) {
        Ok(_free) => bail!(
            "no keeper is running on {}: start it (`genim run`) and sweep again; it sends the \
             transfer at its own nonce",
            database.display()
        ),
        Err(LockError::Held { .. }) => {}
        Err(error) => return Err(error.into()),
    }
    let (currency, keep_units, unit) = if usdc {
        (Currency::Usdc, to_wei(keep, 1e6), "USDC")
    } else {
        (Currency::Eth, to_wei(keep, 1e18), "ETH")
    };
    let store = JobStore::open(database)?;
    let id = store.request_sweep(&to.to_checksum(None), currency, &keep_units.to_string())?;
    println!("sweep {id}: everything above {keep} {unit} to {to}, sent by the running keeper");
    let started = Instant::now();
    let smallest = if usdc {
        "USDC units (10^-6 dollars)"
    } else {
        "wei"
    };
    loop {
        let sweep = store
            .sweep(id)?
            .ok_or_else(|| eyre!("sweep {id} vanished from the job database"))?;
        let amount = sweep.amount.as_deref().unwrap_or("?");
        let hash = sweep.tx_hash.as_deref().unwrap_or("?");
        let reason = sweep.reason.as_deref().unwrap_or("");
        match sweep.state {
            SweepState::Mined => {
                println!("sent {amount} {smallest} to {to} in {hash}");
                return Ok(());
            }
            SweepState::Refused => bail!("the keeper refused sweep {id}: {reason}"),
            SweepState::Failed => bail!("sweep {id} ({hash}) failed: {reason}"),
            SweepState::Requested | SweepState::Sent => {}
        }
        if started.elapsed() >= Duration::from_secs(wait_secs) {
            bail!(
                "sweep {id} is still {} after {wait_secs} s; the keeper sends it once its fulfils \
                 in flight are settled (`genim status` and its log show progress)",
                if sweep.state == SweepState::Sent {
                    "unmined"
                } else {
                    "waiting"
                }
            );
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// `genim verify`: checks that every delivered token still resolves (tokenURI through the gateway,
/// metadata hash equal to the chain's, image hash equal to the one recorded), publishing missing
/// files again from the keeper's copies when `repair`. Fails when a token is broken.
pub async fn verify(
    config: Config,
    repair: bool,
    gateway: Option<String>,
    metrics_file: Option<std::path::PathBuf>,
) -> eyre::Result<()> {
    let validated = config.validate()?;
    let storage = crate::storage::Storage::from_config(&config.storage)
        .map_err(|e| eyre!("storage: {}", crate::redact::error_line(&e.to_string())))?;
    let store = JobStore::open(&config.jobs.database)?;
    let provider = rpc::provider(
        validated.rpc_url.clone(),
        Counter::default(),
        config.rpc_timeout(),
    );
    let nft = GenImNFT::new(validated.contract, provider);
    let verifier = crate::verify::Verifier {
        store: &store,
        storage: &storage,
        nft: &nft,
        gateway: gateway.as_deref(),
        repair,
        http: crate::verify::http_client()?,
    };
    let report = verifier.run().await?;
    for (token_id, why) in &report.broken {
        println!("token {token_id}: {why}");
    }
    println!(
        "verified {} delivered tokens: {} ok, {} repaired, {} broken",
        report.ok + report.repaired + report.broken.len() as u64,
        report.ok,
        report.repaired,
        report.broken.len()
    );
    if let Some(path) = metrics_file {
        crate::verify::write_metrics_file(&path, &report.metrics_text(crate::time::unix_now()))?;
    }
    if !report.broken.is_empty() {
        bail!(
            "{} delivered token(s) do not resolve{}",
            report.broken.len(),
            if repair {
                ""
            } else {
                " (--repair publishes the keeper's copies again)"
            }
        );
    }
    Ok(())
}

/// `genim publish-web`: adds the built page in `dir` to IPFS through the configured ipfs
/// storage as one directory (checked against the locally computed CID, pinned) and prints its
/// CID and URLs. Needs no chain and no keeper.
pub async fn publish_web(
    config: Config,
    dir: &std::path::Path,
    gateways: &[String],
) -> eyre::Result<()> {
    let storage = crate::storage::Storage::from_config(&config.storage)
        .map_err(|e| eyre!("storage: {}", crate::redact::error_line(&e.to_string())))?;
    let published = crate::publish_web::publish(&storage, dir)
        .await
        .map_err(|e| eyre!("publish-web: {}", crate::redact::error_line(&e.to_string())))?;
    let mut shown: Vec<&str> = published.gateway.iter().map(String::as_str).collect();
    shown.extend(gateways.iter().map(String::as_str));
    println!(
        "published {} ({} files, {} bytes) as {}",
        dir.display(),
        published.files,
        published.bytes,
        published.cid
    );
    for url in published.urls(&shown) {
        println!("{url}");
    }
    Ok(())
}
