//! End-to-end scenarios: the real `genim` binary against a real Anvil chain with the contract
//! deployed by `script/Deploy.s.sol`, talking to the chain through an in-process RPC proxy and,
//! for the `openai` backend, to an in-process image API. See `tests/common` for the harness.

use crate::common;

use std::collections::BTreeSet;
use std::time::Duration;

use alloy::primitives::{Address, B256, U256};
use alloy::providers::Provider as _;
use eyre::{Context as _, ContextCompat as _, bail, ensure};
use serde_json::Value;

use common::chain::{AGENTS, MINTERS, STATUS_DELIVERED, STATUS_PENDING, STATUS_REFUNDED};
use common::keeper::{IMAGE_API_KEY, metric};
use common::world::unix_now;
use common::{
    ApiMode, Check, DownMode, ImageApi, IpfsNode, Keeper, Nft, StorageSetup, World,
    assert_delivered_once, assert_each_delivered_once, assert_no_reverts, http_get, norm_hex,
    run_e2e, sha256_hex, wait_delivered, wait_until,
};
use genim_keeper::cid::{Cid, unixfs};
use genim_keeper::metadata::ipfs_cid_v1_raw;

/// The default tier's price: 0.00003 ETH.
const PRICE_WEI: u64 = 30_000_000_000_000;
const POLL: Duration = Duration::from_millis(150);
const DELIVERY_TIMEOUT: Duration = Duration::from_secs(60);
const SCENARIO_LIMIT: Duration = Duration::from_secs(240);

/// Asserts that neither the agent key nor the image API key shows up in the keeper's output.
fn assert_no_secrets_logged(keeper: &Keeper, agent_key_hex: &str) -> eyre::Result<()> {
    let output = keeper.all_output();
    let bare = agent_key_hex.trim_start_matches("0x");
    ensure!(
        !output
            .to_ascii_lowercase()
            .contains(&bare.to_ascii_lowercase()),
        "the agent private key appears in the keeper's output"
    );
    ensure!(
        !output.contains(IMAGE_API_KEY),
        "the image API key appears in the keeper's output"
    );
    Ok(())
}

/// Checks token `id`'s delivered tokenURI end to end: the URI is `base + hex(hash) + ".json"`,
/// its bytes hash to the on-chain hash, the metadata follows OpenSea conventions and its image
/// is a PNG whose bytes hash to the name it is stored under. Returns the metadata.
async fn verify_delivered_token(world: &World, id: u64, prompt: &str) -> eyre::Result<Value> {
    let nft = world.nft();
    let request = nft.request(id).await?;
    ensure!(
        request.status == STATUS_DELIVERED,
        "token {id} is not delivered"
    );
    let hash_hex = hex::encode(request.metadataHash);
    let base = world.homes[0].metadata_base_uri();
    let uri = nft.token_uri(id).await?;
    let expected_uri = format!("{base}{hash_hex}.json");
    ensure!(
        uri == expected_uri,
        "tokenURI({id}) is {uri:?}, expected {expected_uri:?}"
    );

    let (status, _, body) = http_get(&uri).await?;
    ensure!(
        status == 200,
        "GET tokenURI {uri} answered {status}: {}",
        String::from_utf8_lossy(&body)
    );
    let body_hash = sha256_hex(&body);
    ensure!(
        body_hash == hash_hex,
        "sha256 of the served metadata is {body_hash}, the contract stores {hash_hex}"
    );
    let metadata: Value = serde_json::from_slice(&body).wrap_err("metadata is not JSON")?;
    ensure!(
        metadata["name"].as_str().is_some_and(|n| !n.is_empty()),
        "metadata has no name: {metadata}"
    );
    ensure!(
        metadata["description"] == prompt,
        "metadata description is {}, expected the prompt {prompt:?}",
        metadata["description"]
    );
    let attributes = metadata["attributes"]
        .as_array()
        .wrap_err_with(|| format!("metadata has no attributes array: {metadata}"))?;
    for a in attributes {
        ensure!(
            a["trait_type"].is_string() && (a["value"].is_string() || a["value"].is_number()),
            "attribute without trait_type/value: {a}"
        );
    }
    let date = attributes
        .iter()
        .find(|a| a["display_type"] == "date")
        .wrap_err_with(|| format!("no attribute with display_type \"date\": {metadata}"))?;
    let when = date["value"]
        .as_u64()
        .wrap_err_with(|| format!("the date attribute's value is not unix seconds: {date}"))?;
    let now = unix_now();
    ensure!(
        when + 86_400 > now && when < now + 86_400,
        "the date attribute {when} is not near now ({now})"
    );

    let image = metadata["image"]
        .as_str()
        .wrap_err_with(|| format!("metadata has no image: {metadata}"))?;
    let image_prefix = format!("{}/images/", world.homes[0].public_base_url());
    let file = image
        .strip_prefix(&image_prefix)
        .wrap_err_with(|| format!("image URL {image:?} is not under {image_prefix:?}"))?;
    let (stem, ext) = file
        .rsplit_once('.')
        .wrap_err_with(|| format!("image file name {file:?} has no extension"))?;
    ensure!(ext == "png", "image file {file:?} is not .png");
    let (status, _, bytes) = http_get(image).await?;
    ensure!(status == 200, "GET image {image} answered {status}");
    ensure!(
        bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
        "the image does not start with the PNG signature"
    );
    let image_hash = sha256_hex(&bytes);
    ensure!(
        image_hash == stem.to_ascii_lowercase(),
        "sha256 of the image is {image_hash}, its file name says {stem}"
    );
    Ok(metadata)
}

// ---------------------------------------------------------------------------------------------
// Harness check (does not need the keeper)
// ---------------------------------------------------------------------------------------------

/// The harness pieces work on their own: Anvil, forge deployment, minting through the bindings,
/// delivery and refund by hand, the RPC proxy (counting and outages) and the image API script.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn harness_self_check() {
    run_e2e("harness_self_check", SCENARIO_LIMIT, |ctx| async move {
        let world = World::new(&ctx, 1, &[0], 120).await?;
        let nft = world.nft();
        let chain = &world.chain;

        // Minting through the bindings.
        let minter = world.minter(0);
        let m1 = minter.mint("harness check one", 0).await?;
        let m2 = minter.mint("harness check two", 0).await?;
        ensure!(m1.token_id == 1 && m2.token_id == 2, "token ids {m1:?} {m2:?}");
        ensure!(m1.paid == U256::from(PRICE_WEI), "paid {}", m1.paid);
        ensure!(nft.status(1).await? == STATUS_PENDING, "token 1 not pending");
        ensure!(
            nft.token_uri(1).await?.starts_with("data:application/json;base64,"),
            "pending tokenURI is not an on-chain data URI"
        );
        ensure!(nft.total_minted().await? == 2, "totalMinted");

        // Delivering by hand as the agent, so the log helpers are checked.
        let agent = genimnft_bindings::gen_im_nft::GenImNFT::new(
            world.deployment.address,
            chain.wallet_provider(AGENTS[0]),
        );
        let hash = B256::from(sha2_256(b"{\"name\":\"x\"}"));
        let receipt = agent
            .fulfil(U256::from(1), hash)
            .send()
            .await?
            .get_receipt()
            .await?;
        ensure!(receipt.status(), "fulfil reverted");
        let deliveries = nft.deliveries(Some(1)).await?;
        ensure!(
            deliveries.len() == 1
                && deliveries[0].metadata_hash == hash
                && deliveries[0].agent == chain.address(AGENTS[0])
                && deliveries[0].tx_hash == receipt.transaction_hash,
            "deliveries {deliveries:?}"
        );
        ensure!(nft.deliveries(Some(2)).await?.is_empty(), "token 2 delivered?");
        ensure!(
            nft.token_uri(1).await? == format!("{}{}.json", world.homes[0].metadata_base_uri(), hex::encode(hash)),
            "delivered tokenURI"
        );
        ensure!(assert_no_reverts(chain, chain.address(AGENTS[0])).await? == 1, "agent tx count");

        // Time travel and refund.
        ensure!(minter.refund_would_revert(2).await, "refund before the deadline should revert");
        let before = chain.latest_timestamp().await?;
        chain.increase_time(200).await?;
        let after = chain.latest_timestamp().await?;
        ensure!(after >= before + 200, "time moved from {before} to {after}");
        let balance = chain.balance(minter.address).await?;
        let receipt = minter.refund(2).await?;
        let gas = U256::from(receipt.gas_used) * U256::from(receipt.effective_gas_price);
        ensure!(
            chain.balance(minter.address).await? == balance + m2.paid - gas,
            "refund did not return the escrow"
        );
        ensure!(nft.status(2).await? == STATUS_REFUNDED, "token 2 not refunded");

        // Automine off: a mint stays in the mempool until a block is mined.
        chain.set_automine(false).await?;
        let pending = minter.send_mint("harness check three", 0).await?;
        ensure!(chain.is_pending(pending.tx_hash).await?, "mint not pending with automine off");
        chain.mine(1).await?;
        let m3 = pending.wait().await?;
        ensure!(m3.token_id == 3, "third token id {}", m3.token_id);
        chain.set_automine(true).await?;
        let now = chain.latest_timestamp().await?;
        chain.set_next_block_timestamp(now + 1000).await?;
        chain.mine(1).await?;
        ensure!(chain.latest_timestamp().await? == now + 1000, "setNextBlockTimestamp");

        // The proxy forwards, counts single calls and batches, and goes down and up.
        let proxy = &world.proxy;
        let http = reqwest::Client::new();
        let single = serde_json::json!({"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]});
        let batch = serde_json::json!([
            {"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]},
            {"jsonrpc":"2.0","id":2,"method":"eth_chainId","params":[]},
            {"jsonrpc":"2.0","id":3,"method":"eth_gasPrice","params":[]}
        ]);
        let r: Value = http.post(&proxy.url).json(&single).send().await?.json().await?;
        ensure!(
            r["result"].as_str() == Some(&format!("{:#x}", chain.chain_id)),
            "proxied eth_chainId: {r}"
        );
        let r: Value = http.post(&proxy.url).json(&batch).send().await?.json().await?;
        ensure!(r.as_array().map(Vec::len) == Some(3), "proxied batch: {r}");
        ensure!(
            proxy.http_requests() == 2 && proxy.rpc_calls() == 4,
            "proxy counted {} requests / {} calls",
            proxy.http_requests(),
            proxy.rpc_calls()
        );
        ensure!(proxy.method_count("eth_chainId") == 2, "{:?}", proxy.methods());
        proxy.set_down(DownMode::Status503);
        let status = http.post(&proxy.url).json(&single).send().await?.status();
        ensure!(status == 503, "down proxy answered {status}");
        proxy.set_down(DownMode::DropConnections);
        let fresh = reqwest::Client::new();
        ensure!(
            fresh.post(&proxy.url).json(&single).send().await.is_err(),
            "a dropped connection should fail"
        );
        ensure!(proxy.refused() >= 2, "refused {}", proxy.refused());
        proxy.set_up();
        let status = fresh.post(&proxy.url).json(&single).send().await?.status();
        ensure!(status == 200, "proxy back up answered {status}");

        // The image API follows its script.
        let api = ImageApi::start(ApiMode::FailFirst(2)).await?;
        let url = format!("{}/images/generations", api.base_url);
        let ask = |prompt: &str| {
            http.post(&url)
                .bearer_auth("k")
                .json(&serde_json::json!({"model":"m","prompt":prompt,"n":1,"size":"64x64","response_format":"b64_json"}))
                .send()
        };
        ensure!(ask("p").await?.status() == 500, "first call should fail");
        ensure!(ask("p").await?.status() == 500, "second call should fail");
        let ok: Value = ask("p").await?.json().await?;
        let png_p = decode_b64_png(&ok)?;
        let ok: Value = ask("q").await?.json().await?;
        ensure!(ask("q").await?.status() == 500, "per-prompt counting");
        let _ = ok;
        api.set_mode(ApiMode::Succeed);
        let png_q = decode_b64_png(&ask("q").await?.json().await?)?;
        ensure!(png_p != png_q, "different prompts gave the same PNG");
        ensure!(api.calls("p") == 3 && api.calls("q") == 3, "{:?}", api.calls_by_prompt());
        ensure!(api.total_calls() == 6, "total {}", api.total_calls());
        ensure!(
            api.authorizations().iter().all(|a| a.as_deref() == Some("Bearer k")),
            "authorization headers {:?}",
            api.authorizations()
        );
        api.set_mode(ApiMode::Refuse400);
        let refused = ask("r").await?;
        ensure!(refused.status() == 400, "refusal status {}", refused.status());
        api.set_mode(ApiMode::AlwaysFail500);
        ensure!(ask("r").await?.status() == 500, "always 500");
        api.set_mode(ApiMode::Succeed);
        api.hold();
        let held = tokio::spawn(ask("s"));
        wait_until("a held image request", Duration::from_secs(5), Duration::from_millis(20), || async {
            Ok(if api.held() == 1 { Check::Done(()) } else { Check::NotYet(format!("held {}", api.held())) })
        })
        .await?;
        ensure!(!held.is_finished(), "held request finished early");
        api.release();
        let released = tokio::time::timeout(Duration::from_secs(5), held)
            .await
            .wrap_err("released request")???;
        ensure!(released.status() == 200, "released request status {}", released.status());

        // The wait helper times out with the last observation.
        let err = wait_until("nothing", Duration::from_millis(200), Duration::from_millis(50), || async {
            Ok(Check::<()>::NotYet("still nothing".into()))
        })
        .await
        .err()
        .wrap_err("wait_until should time out")?;
        ensure!(format!("{err}").contains("still nothing"), "{err}");
        Ok(())
    })
    .await;
}

fn sha2_256(bytes: &[u8]) -> [u8; 32] {
    use sha2::Digest as _;
    sha2::Sha256::digest(bytes).into()
}

fn decode_b64_png(response: &Value) -> eyre::Result<Vec<u8>> {
    use base64::Engine as _;
    let b64 = response["data"][0]["b64_json"]
        .as_str()
        .wrap_err_with(|| format!("no b64_json in {response}"))?;
    let bytes = base64::engine::general_purpose::STANDARD.decode(b64)?;
    ensure!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes.clone()));
    decoder.read_info().wrap_err("the PNG does not decode")?;
    Ok(bytes)
}

// ---------------------------------------------------------------------------------------------
// Scenarios
// ---------------------------------------------------------------------------------------------

/// 1. A mint is delivered and its tokenURI resolves, end to end, to verifiable metadata and image.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mint_is_delivered_and_token_uri_resolves() {
    run_e2e(
        "mint_is_delivered_and_token_uri_resolves",
        SCENARIO_LIMIT,
        |ctx| async move {
            let world = World::new(&ctx, 1, &[0], 3600).await?;
            let keeper = world.keeper(0, 0, world.config());
            keeper.start_healthy().await?;

            let prompt = "a lighthouse at dusk, \"oil\" painting, ünïcode ✓";
            let minted = world.minter(0).mint(prompt, 0).await?;
            wait_delivered(
                world.nft(),
                &[&keeper],
                &[minted.token_id],
                DELIVERY_TIMEOUT,
            )
            .await?;
            let metadata = verify_delivered_token(&world, minted.token_id, prompt).await?;
            assert_delivered_once(world.nft(), &[minted.token_id]).await?;

            let delivery = &world.nft().deliveries(Some(minted.token_id)).await?[0];
            let agent = world.chain.address(AGENTS[0]);
            ensure!(
                delivery.agent == agent,
                "delivered by {}, expected {agent}",
                delivery.agent
            );
            ensure!(
                delivery.paid == minted.paid,
                "the agent was paid {}, the minter paid {}",
                delivery.paid,
                minted.paid
            );

            // The job record agrees with the chain and the stored files.
            let job = keeper
                .wait_token_state(minted.token_id, &["delivered"], Duration::from_secs(30))
                .await?;
            ensure!(
                job["token_id"].as_u64() == Some(minted.token_id),
                "job token_id: {job}"
            );
            ensure!(
                job["metadata_sha256"].as_str().map(norm_hex)
                    == Some(hex::encode(delivery.metadata_hash)),
                "job metadata_sha256 {} differs from the on-chain hash {}",
                job["metadata_sha256"],
                delivery.metadata_hash
            );
            ensure!(
                job["delivered_tx_hash"].as_str().map(norm_hex)
                    == Some(hex::encode(delivery.tx_hash)),
                "job delivered_tx_hash {} differs from the ImageDelivered transaction {}",
                job["delivered_tx_hash"],
                delivery.tx_hash
            );
            ensure!(
                job["image_uri"] == metadata["image"],
                "job image_uri {} differs from the metadata image {}",
                job["image_uri"],
                metadata["image"]
            );
            let token_uri = world.nft().token_uri(minted.token_id).await?;
            ensure!(
                job["metadata_uri"] == token_uri.as_str(),
                "job metadata_uri {} differs from tokenURI {token_uri}",
                job["metadata_uri"]
            );
            let (status, _) = keeper.get("/tokens/999").await?;
            ensure!(
                status == 404,
                "GET /tokens/999 (never minted) answered {status}"
            );

            // Health and metrics.
            let health = keeper.get_json("/health").await?;
            let last_block = health["last_block"]
                .as_u64()
                .wrap_err_with(|| format!("/health: {health}"))?;
            let mint_block = world.chain.block_number().await?;
            ensure!(
                last_block >= 1 && last_block <= mint_block,
                "/health last_block {last_block} (chain at {mint_block})"
            );
            let metrics = keeper.metrics().await?;
            for name in [
                "genim_tokens_seen_total",
                "genim_tokens_delivered_total",
                "genim_tokens_failed_total",
                "genim_queue_depth",
                "genim_last_block",
                "genim_image_latency_seconds",
                "genim_image_api_calls_total",
                "genim_rpc_requests_total",
                "genim_transactions_sent_total",
            ] {
                ensure!(
                    metrics.contains(name),
                    "metric {name} missing from /metrics:\n{metrics}"
                );
            }
            for (name, min) in [
                ("genim_tokens_seen_total", 1.0),
                ("genim_tokens_delivered_total", 1.0),
                ("genim_transactions_sent_total", 1.0),
                ("genim_rpc_requests_total", 1.0),
            ] {
                let v = metric(&metrics, name).unwrap_or(0.0);
                ensure!(v >= min, "metric {name} is {v}, expected at least {min}");
            }
            ensure!(
                world.proxy.rpc_calls() > 0,
                "the keeper did not use the RPC proxy"
            );
            assert_no_reverts(&world.chain, agent).await?;
            assert_no_secrets_logged(&keeper, &world.chain.key_hex(AGENTS[0]))?;
            keeper.ensure_running()?;
            let status = keeper.stop(Duration::from_secs(15)).await?;
            ensure!(status.success(), "keeper exited with {status} on SIGTERM");
            Ok(())
        },
    )
    .await;
}

/// 2. Many quick mints are delivered in few `fulfilBatch` transactions.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn many_mints_are_delivered_in_few_transactions() {
    run_e2e("many_mints_are_delivered_in_few_transactions", SCENARIO_LIMIT, |ctx| async move {
        const MINTS: usize = 30;
        const BATCH: usize = 16;
        let world = World::new(&ctx, 1, &[0], 3600).await?;
        let mut config = world.config();
        config.batch_size = BATCH;
        config.batch_max_wait_ms = 3000;
        let keeper = world.keeper(0, 0, config);
        keeper.start_healthy().await?;

        // Six minters in parallel, five mints each.
        let mut tasks = tokio::task::JoinSet::new();
        for m in 0..MINTERS.len() {
            let minter = world.minter(m);
            tasks.spawn(async move {
                let mut ids = Vec::new();
                for i in 0..MINTS / MINTERS.len() {
                    ids.push(minter.mint(&format!("batch prompt {m}-{i}"), 0).await?.token_id);
                }
                eyre::Ok(ids)
            });
        }
        let mut ids = Vec::new();
        while let Some(res) = tasks.join_next().await {
            ids.extend(res??);
        }
        ids.sort_unstable();
        ensure!(ids == (1..=MINTS as u64).collect::<Vec<_>>(), "minted ids {ids:?}");

        wait_delivered(world.nft(), &[&keeper], &ids, Duration::from_secs(90)).await?;
        assert_delivered_once(world.nft(), &ids).await?;
        let deliveries = world.nft().deliveries(None).await?;
        let txs: BTreeSet<B256> = deliveries.iter().map(|d| d.tx_hash).collect();
        let hashes: BTreeSet<B256> = deliveries.iter().map(|d| d.metadata_hash).collect();
        ensure!(hashes.len() == MINTS, "only {} distinct metadata hashes", hashes.len());
        let limit = MINTS.div_ceil(BATCH) + 2;
        ensure!(
            txs.len() <= limit,
            "{MINTS} tokens were delivered in {} transactions, expected at most {limit} (batch_size {BATCH})",
            txs.len()
        );
        let agent_txs = assert_no_reverts(&world.chain, world.chain.address(AGENTS[0])).await?;
        ensure!(
            agent_txs <= limit,
            "the agent sent {agent_txs} transactions, expected at most {limit}"
        );
        Ok(())
    })
    .await;
}

/// 3. A keeper killed after storing image and metadata resumes from its database without asking
/// the image API again, and delivers once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keeper_killed_after_image_stored_resumes_without_second_api_call() {
    run_e2e(
        "keeper_killed_after_image_stored_resumes_without_second_api_call",
        SCENARIO_LIMIT,
        |ctx| async move {
            let world = World::new(&ctx, 1, &[0], 3600).await?;
            let api = ImageApi::start(ApiMode::Succeed).await?;
            let mut config = world.config().openai(api.base_url.clone());
            config.batch_size = 50;
            config.batch_max_wait_ms = 60_000;
            let mut keeper = world.keeper(0, 0, config);
            keeper.start_healthy().await?;

            let prompt = "a fox made of stained glass";
            let minted = world.minter(0).mint(prompt, 0).await?;
            let job = keeper
                .wait_token_state(minted.token_id, &["metadata_stored"], Duration::from_secs(30))
                .await?;
            ensure!(api.calls(prompt) == 1, "image API calls before the kill: {}", api.calls(prompt));
            let status = keeper.kill9()?;
            ensure!(!status.success(), "kill -9 reported {status}");
            ensure!(
                world.nft().status(minted.token_id).await? == STATUS_PENDING,
                "the token was delivered although the job was parked (job: {job})"
            );

            keeper.config.batch_max_wait_ms = 200;
            keeper.start_healthy().await?;
            wait_delivered(world.nft(), &[&keeper], &[minted.token_id], DELIVERY_TIMEOUT).await?;
            keeper
                .wait_token_state(minted.token_id, &["delivered"], Duration::from_secs(30))
                .await?;
            ensure!(
                api.calls(prompt) == 1,
                "the image API was called {} times for the prompt, expected 1 (the restart must reuse the stored image)",
                api.calls(prompt)
            );
            ensure!(api.total_calls() == 1, "image API calls in total: {:?}", api.calls_by_prompt());
            assert_delivered_once(world.nft(), &[minted.token_id]).await?;
            verify_delivered_token(&world, minted.token_id, prompt).await?;
            assert_no_reverts(&world.chain, world.chain.address(AGENTS[0])).await?;
            Ok(())
        },
    )
    .await;
}

/// 4. A keeper killed with its fulfil transaction still in the mempool does not pay itself twice
/// after a restart.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keeper_killed_with_tx_in_mempool_does_not_fulfil_twice() {
    run_e2e(
        "keeper_killed_with_tx_in_mempool_does_not_fulfil_twice",
        SCENARIO_LIMIT,
        |ctx| async move {
            let world = World::new(&ctx, 1, &[0], 3600).await?;
            let chain = &world.chain;
            let agent = chain.address(AGENTS[0]);
            let keeper = world.keeper(0, 0, world.config());
            keeper.start_healthy().await?;

            // Mine the mint by hand and leave automine off, so the keeper's fulfil stays pending.
            chain.set_automine(false).await?;
            let pending = world.minter(0).send_mint("a clock tower in fog", 0).await?;
            chain.mine(1).await?;
            let minted = pending.wait().await?;
            let job = keeper
                .wait_token_state(minted.token_id, &["submitted"], Duration::from_secs(30))
                .await?;
            let submitted = job["submit_tx_hash"]
                .as_str()
                .wrap_err_with(|| format!("submitted job without submit_tx_hash: {job}"))?;
            let submitted: B256 = submitted.parse().wrap_err("submit_tx_hash")?;
            ensure!(
                chain.is_pending(submitted).await?,
                "the keeper's transaction {submitted} is not in the mempool"
            );
            keeper.kill9()?;

            chain.mine(1).await?;
            chain.set_automine(true).await?;
            let receipt = chain
                .provider
                .get_transaction_receipt(submitted)
                .await?
                .wrap_err("the submitted transaction was not mined")?;
            ensure!(receipt.status(), "the keeper's transaction reverted");
            ensure!(
                world.nft().status(minted.token_id).await? == STATUS_DELIVERED,
                "the mined transaction did not deliver the token"
            );

            keeper.start_healthy().await?;
            let job = keeper
                .wait_token_state(minted.token_id, &["delivered"], Duration::from_secs(30))
                .await?;
            ensure!(
                job["delivered_tx_hash"].as_str().map(norm_hex) == Some(hex::encode(submitted)),
                "job delivered_tx_hash {} is not the transaction that delivered ({submitted})",
                job["delivered_tx_hash"]
            );
            // Paid once. A second transaction after the restart would be wasteful but safe as
            // long as the contract skipped it; a reverted one is a keeper bug.
            assert_each_delivered_once(world.nft(), &[minted.token_id]).await?;
            let sent = assert_no_reverts(chain, agent).await?;
            let skipped = world.nft().skipped(Some(minted.token_id)).await?;
            let deliveries = world.nft().deliveries(None).await?;
            ensure!(
                deliveries
                    .iter()
                    .all(|d| d.agent == agent && d.paid == minted.paid),
                "unexpected deliveries {deliveries:?}"
            );
            eprintln!(
                "the agent sent {sent} transaction(s); FulfilmentSkipped for the token: {}",
                skipped.len()
            );
            Ok(())
        },
    )
    .await;
}

/// 5. Image API failures (500) are retried until the API succeeds.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn image_api_500s_then_success_is_retried() {
    run_e2e(
        "image_api_500s_then_success_is_retried",
        SCENARIO_LIMIT,
        |ctx| async move {
            let world = World::new(&ctx, 1, &[0], 3600).await?;
            let api = ImageApi::start(ApiMode::FailFirst(3)).await?;
            let mut config = world.config().openai(api.base_url.clone());
            config.max_attempts = 6;
            config.base_delay_ms = 100;
            config.max_delay_ms = 400;
            let model = config.model.clone();
            let keeper = world.keeper(0, 0, config);
            keeper.start_healthy().await?;

            let prompt = "a teapot orbiting saturn";
            let minted = world.minter(0).mint(prompt, 0).await?;
            wait_delivered(
                world.nft(),
                &[&keeper],
                &[minted.token_id],
                DELIVERY_TIMEOUT,
            )
            .await?;
            ensure!(
                api.calls(prompt) == 4,
                "the image API was called {} times, expected 4 (3 failures, 1 success)",
                api.calls(prompt)
            );
            assert_delivered_once(world.nft(), &[minted.token_id]).await?;
            verify_delivered_token(&world, minted.token_id, prompt).await?;
            for request in api.requests() {
                ensure!(
                    request["prompt"] == prompt
                        && request["model"] == model.as_str()
                        && request["size"] == "256x256",
                    "unexpected image request {request}"
                );
            }
            let expected_auth = format!("Bearer {IMAGE_API_KEY}");
            ensure!(
                api.authorizations()
                    .iter()
                    .all(|a| a.as_deref() == Some(expected_auth.as_str())),
                "the image API key from GENIM_IMAGE_API_KEY was not sent as a bearer token"
            );
            keeper
                .wait_token_state(minted.token_id, &["delivered"], Duration::from_secs(30))
                .await?;
            let metrics = keeper.metrics().await?;
            let calls = metric(&metrics, "genim_image_api_calls_total").unwrap_or(0.0);
            ensure!(
                calls >= 4.0,
                "genim_image_api_calls_total is {calls}, the API saw 4 calls"
            );
            assert_no_secrets_logged(&keeper, &world.chain.key_hex(AGENTS[0]))?;
            Ok(())
        },
    )
    .await;
}

/// 6. An image API that always fails makes the keeper give up before the deadline; after the
/// deadline the holder's refund returns the escrow.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn image_api_always_failing_gives_up_before_deadline_and_refund_works() {
    run_e2e(
        "image_api_always_failing_gives_up_before_deadline_and_refund_works",
        SCENARIO_LIMIT,
        |ctx| async move {
            const WINDOW: u32 = 90;
            let world = World::new(&ctx, 1, &[0], WINDOW).await?;
            let chain = &world.chain;
            let api = ImageApi::start(ApiMode::AlwaysFail500).await?;
            let mut config = world.config().openai(api.base_url.clone());
            // Attempts never run out: the deadline (minus the margin) must stop the retries.
            config.max_attempts = 1000;
            config.base_delay_ms = 100;
            config.max_delay_ms = 500;
            config.submit_margin_secs = 78;
            config.min_time_left_secs = 5;
            let keeper = world.keeper(0, 0, config);
            keeper.start_healthy().await?;

            let prompt = "an impossible picture";
            let minter = world.minter(0);
            let minted = minter.mint(prompt, 0).await?;
            let job = keeper
                .wait_token_state(minted.token_id, &["given_up"], Duration::from_secs(60))
                .await?;
            let now = unix_now();
            ensure!(
                now < minted.deadline,
                "the keeper gave up at {now}, not before the deadline {}",
                minted.deadline
            );
            ensure!(
                job["reason"].as_str().is_some_and(|r| !r.trim().is_empty()),
                "given_up job without a reason: {job}"
            );
            ensure!(
                api.calls(prompt) >= 2,
                "the keeper did not retry: {} call(s)",
                api.calls(prompt)
            );
            ensure!(
                world.nft().status(minted.token_id).await? == STATUS_PENDING,
                "the token is not pending after the keeper gave up"
            );
            ensure!(
                minter.refund_would_revert(minted.token_id).await,
                "refund before the deadline should revert"
            );

            let chain_now = chain.latest_timestamp().await?;
            chain
                .increase_time(minted.deadline.saturating_sub(chain_now) + 1)
                .await?;
            let balance = chain.balance(minter.address).await?;
            let receipt = minter.refund(minted.token_id).await?;
            let gas = U256::from(receipt.gas_used) * U256::from(receipt.effective_gas_price);
            let after = chain.balance(minter.address).await?;
            ensure!(
                after == balance + minted.paid - gas,
                "the refund returned {} wei, expected the escrow {}",
                after + gas - balance,
                minted.paid
            );
            ensure!(
                world.nft().status(minted.token_id).await? == STATUS_REFUNDED,
                "the token is not refunded"
            );
            ensure!(
                world
                    .nft()
                    .deliveries(Some(minted.token_id))
                    .await?
                    .is_empty(),
                "the token was delivered"
            );
            keeper.ensure_running()?;
            Ok(())
        },
    )
    .await;
}

/// A mint the keeper has already worked on vanishes in a reorg, and the same token id is minted
/// again by someone else with another prompt: the keeper must deliver the new request's image and
/// never fulfil the token with the old prompt's metadata.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn request_replaced_in_a_reorg_is_delivered_with_the_new_prompt() {
    run_e2e(
        "request_replaced_in_a_reorg_is_delivered_with_the_new_prompt",
        SCENARIO_LIMIT,
        |ctx| async move {
            let world = World::new(&ctx, 1, &[0], 3600).await?;
            let mut config = world.config();
            // The old request parks, ready to send, while the batch waits to fill.
            config.batch_size = 10;
            config.batch_max_wait_ms = 3000;
            let keeper = world.keeper(0, 0, config);
            keeper.start_healthy().await?;
            let chain = &world.chain;

            let before_mint = chain.snapshot().await?;
            let old_prompt = "a red lighthouse that a reorg erases";
            let old = world.minter(0).mint(old_prompt, 0).await?;
            keeper
                .wait_token_state(old.token_id, &["metadata_stored"], Duration::from_secs(30))
                .await?;

            chain.revert(&before_mint).await?;
            let new_prompt = "a green windmill minted after the reorg";
            let new = world.minter(1).mint(new_prompt, 0).await?;
            ensure!(
                new.token_id == old.token_id,
                "the re-mint got token {} instead of {}",
                new.token_id,
                old.token_id
            );
            chain.mine(1).await?;

            wait_delivered(world.nft(), &[&keeper], &[new.token_id], DELIVERY_TIMEOUT).await?;
            verify_delivered_token(&world, new.token_id, new_prompt).await?;
            let request = world.nft().request(new.token_id).await?;
            ensure!(
                request.requester == chain.address(MINTERS[1]),
                "the delivered token's requester is {}, expected the second minter",
                request.requester
            );
            assert_delivered_once(world.nft(), &[new.token_id]).await?;
            Ok(())
        },
    )
    .await;
}

/// 7. The keeper survives RPC outages (dropped connections, then 503s) and catches up.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rpc_outage_is_survived() {
    run_e2e("rpc_outage_is_survived", SCENARIO_LIMIT, |ctx| async move {
        let world = World::new(&ctx, 1, &[0], 3600).await?;
        let keeper = world.keeper(0, 0, world.config());
        keeper.start_healthy().await?;
        let minter = world.minter(0);
        let first = minter.mint("before the outage", 0).await?;
        wait_delivered(world.nft(), &[&keeper], &[first.token_id], DELIVERY_TIMEOUT).await?;

        let mut ids = vec![first.token_id];
        for (mode, prompt) in [
            (
                DownMode::DropConnections,
                "during a dropped-connection outage",
            ),
            (DownMode::Status503, "during a 503 outage"),
        ] {
            let refused_before = world.proxy.refused();
            world.proxy.set_down(mode);
            let started = tokio::time::Instant::now();
            let minted = minter.mint(prompt, 0).await?;
            ids.push(minted.token_id);
            // The keeper must have tried (and failed) several times during the outage.
            wait_until(
                format!("the keeper hitting the {mode:?} proxy"),
                Duration::from_secs(20),
                Duration::from_millis(100),
                || async {
                    keeper.ensure_running()?;
                    let refused = world.proxy.refused() - refused_before;
                    Ok(if refused >= 3 {
                        Check::Done(())
                    } else {
                        Check::NotYet(format!("{refused} refused requests"))
                    })
                },
            )
            .await?;
            expect_ready_fails_but_live_holds(&keeper, "rpc").await?;
            // Keep the outage up for at least 3 s.
            tokio::time::sleep_until(started + Duration::from_secs(3)).await;
            keeper.ensure_running()?;
            ensure!(
                world.nft().status(minted.token_id).await? == STATUS_PENDING,
                "token {} was delivered while the keeper's RPC was down",
                minted.token_id
            );
            world.proxy.set_up();
            wait_delivered(
                world.nft(),
                &[&keeper],
                &[minted.token_id],
                DELIVERY_TIMEOUT,
            )
            .await?;
        }
        assert_delivered_once(world.nft(), &ids).await?;
        keeper.wait_healthy(Duration::from_secs(10)).await?;
        keeper.ensure_running()?;
        assert_no_reverts(&world.chain, world.chain.address(AGENTS[0])).await?;
        Ok(())
    })
    .await;
}

/// Waits (bounded) until `/ready` answers 503 naming `stage`, then checks that `/live` answers 200
/// on both listeners: a liveness probe must not restart a keeper for an outage it rides out.
async fn expect_ready_fails_but_live_holds(keeper: &Keeper, stage: &str) -> eyre::Result<()> {
    wait_until(
        format!("/ready naming {stage}"),
        Duration::from_secs(30),
        Duration::from_millis(100),
        || async {
            keeper.ensure_running()?;
            let (status, body) = keeper.get("/ready").await?;
            let body = String::from_utf8_lossy(&body).into_owned();
            Ok(
                if status == 503 && body.contains(&format!("{stage} paused")) {
                    Check::Done(())
                } else {
                    Check::NotYet(format!("/ready answered {status} {body}"))
                },
            )
        },
    )
    .await?;
    let (status, body) = keeper.get("/live").await?;
    ensure!(
        status == 200,
        "admin /live answered {status} {} during a {stage} outage",
        String::from_utf8_lossy(&body)
    );
    let public = reqwest::get(format!("{}/live", keeper.base_url())).await?;
    ensure!(
        public.status() == 200,
        "public /live answered {} during a {stage} outage",
        public.status()
    );
    ensure!(
        public.text().await? == r#"{"status":"ok"}"#,
        "public /live shows more than its status"
    );
    Ok(())
}

/// Resolves token `id`'s `tokenURI` (`ipfs://<cid>`) through `node`'s gateway, whichever keeper
/// delivered it: metadata whose sha256 is the on-chain hash, and an `ipfs://` image that
/// resolves to a PNG hashing to its CID.
async fn verify_resolves_through_ipfs(nft: &Nft, node: &IpfsNode, id: u64) -> eyre::Result<()> {
    let request = nft.request(id).await?;
    let hash = request.metadataHash.0;
    let uri = nft.token_uri(id).await?;
    ensure!(
        uri == format!("ipfs://{}", ipfs_cid_v1_raw(&hash)),
        "tokenURI({id}) is {uri}"
    );
    let (status, _, body) = node.resolve(&uri).await?;
    ensure!(status == 200, "resolving {uri} answered {status}");
    ensure!(
        sha2_256(&body) == hash,
        "token {id}: the metadata behind {uri} does not hash to the on-chain hash"
    );
    let metadata: Value = serde_json::from_slice(&body)?;
    let image = metadata["image"]
        .as_str()
        .wrap_err_with(|| format!("token {id}: no image in {metadata}"))?;
    let (status, _, png) = node.resolve(image).await?;
    ensure!(status == 200, "resolving image {image} answered {status}");
    ensure!(
        png.starts_with(b"\x89PNG\r\n\x1a\n"),
        "image {image} is not a PNG"
    );
    let cid = Cid::parse(image.trim_start_matches("ipfs://"))?;
    ensure!(
        unixfs::file_cid(&png) == cid,
        "token {id}: image {image} does not hash to its CID"
    );
    Ok(())
}

/// 8. Two keepers with two shards share the work: every token generated and delivered once, by
/// the keeper of its shard, and every token resolves through its `tokenURI` whichever keeper
/// delivered it. The recipe: both publish to the same IPFS node (content addressing needs no
/// coordination), the contract's base URI is `ipfs://`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_keepers_share_the_work() {
    run_e2e("two_keepers_share_the_work", SCENARIO_LIMIT, |ctx| async move {
        const MINTS: u64 = 10;
        let node = IpfsNode::start(ctx.dir(), &[]).await?;
        ctx.register_log("IPFS node", &node.log);
        let world = World::with_base_uri(&ctx, 2, &[0, 1], 3600, Some("ipfs://")).await?;
        let api = ImageApi::start(ApiMode::Succeed).await?;
        let keepers: Vec<Keeper> = (0..2)
            .map(|i| {
                let mut config = world.config().openai(api.base_url.clone());
                config.shard_count = 2;
                config.shard_index = i as u64;
                config.takeover_after_secs = 600;
                config.storage = StorageSetup::Ipfs {
                    api_url: node.api_url().to_owned(),
                    gateway_url: Some(node.gateway_url().to_owned()),
                    pinning_service_url: None,
                };
                world.keeper(i, i, config)
            })
            .collect();
        for k in &keepers {
            k.start_healthy().await?;
        }

        let mut tasks = tokio::task::JoinSet::new();
        for m in 0..5 {
            let minter = world.minter(m);
            tasks.spawn(async move {
                let mut ids = Vec::new();
                for i in 0..2 {
                    ids.push(minter.mint(&format!("shared prompt {m}-{i}"), 0).await?.token_id);
                }
                eyre::Ok(ids)
            });
        }
        let mut ids = Vec::new();
        while let Some(res) = tasks.join_next().await {
            ids.extend(res??);
        }
        ids.sort_unstable();
        ensure!(ids == (1..=MINTS).collect::<Vec<_>>(), "minted ids {ids:?}");

        let refs: Vec<&Keeper> = keepers.iter().collect();
        wait_delivered(world.nft(), &refs, &ids, Duration::from_secs(90)).await?;
        assert_delivered_once(world.nft(), &ids).await?;
        ensure!(
            api.total_calls() == MINTS,
            "the image API was called {} times for {MINTS} tokens: {:?}",
            api.total_calls(),
            api.calls_by_prompt()
        );
        ensure!(
            api.calls_by_prompt().values().all(|&n| n == 1),
            "some prompt was generated more than once: {:?}",
            api.calls_by_prompt()
        );
        for d in world.nft().deliveries(None).await? {
            let shard = usize::try_from(d.token_id % 2)?;
            let expected = world.chain.address(AGENTS[shard]);
            ensure!(
                d.agent == expected,
                "token {} (shard {shard}) was delivered by {}, expected the shard-{shard} keeper {expected}",
                d.token_id,
                d.agent
            );
        }
        for &id in &ids {
            verify_resolves_through_ipfs(world.nft(), &node, id).await?;
        }
        for (i, k) in keepers.iter().enumerate() {
            assert_no_reverts(&world.chain, world.chain.address(AGENTS[i])).await?;
            k.ensure_running()?;
        }
        Ok(())
    })
    .await;
}

/// 9. A key that is not an authorized agent makes the keeper stop at startup with status 2.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unauthorized_agent_fails_fast_with_clear_error() {
    run_e2e(
        "unauthorized_agent_fails_fast_with_clear_error",
        SCENARIO_LIMIT,
        |ctx| async move {
            let world = World::new(&ctx, 1, &[0], 3600).await?;
            // Agent 2 was never authorized.
            let keeper = world.keeper(0, 2, world.config());
            keeper.start()?;
            let status = keeper.wait_exit(Duration::from_secs(10)).await?;
            let stderr = keeper.stderr();
            ensure!(
                status.code() == Some(2),
                "exit status {status}, expected 2; stderr:\n{stderr}"
            );
            ensure!(
                stderr.contains("not authorized"),
                "stderr does not say \"not authorized\":\n{stderr}"
            );
            ensure!(
                stderr.lines().any(|l| l.starts_with("error: ")),
                "no `error: ...` line on stderr:\n{stderr}"
            );
            Ok(())
        },
    )
    .await;
}

/// Startup validation (missing key, no contract code, unknown backend from the environment)
/// fails with status 2 and one `error:` line.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn startup_validation_errors_exit_2() {
    run_e2e(
        "startup_validation_errors_exit_2",
        SCENARIO_LIMIT,
        |ctx| async move {
            let world = World::new(&ctx, 1, &[0], 3600).await?;
            let expect_exit_2 = |keeper: Keeper, what: &'static str| async move {
                keeper.start()?;
                let status = keeper
                    .wait_exit(Duration::from_secs(10))
                    .await
                    .wrap_err_with(|| format!("{what}: the keeper should exit"))?;
                let stderr = keeper.stderr();
                ensure!(
                    status.code() == Some(2),
                    "{what}: exit status {status}, expected 2; stderr:\n{stderr}"
                );
                ensure!(
                    stderr.lines().any(|l| l.starts_with("error: ")),
                    "{what}: no `error: ...` line on stderr:\n{stderr}"
                );
                eyre::Ok(())
            };

            let no_key = Keeper::new(ctx.clone(), world.homes[0].clone(), world.config(), None);
            expect_exit_2(no_key, "missing GENIM_AGENT_KEY").await?;

            let mut config = world.config();
            config.contract = Address::repeat_byte(0x42);
            expect_exit_2(
                world.keeper(0, 0, config),
                "no contract code at the address",
            )
            .await?;

            let mut bad_backend = world.keeper(0, 0, world.config());
            bad_backend.set_env("GENIM_IMAGE_BACKEND", "no-such-backend");
            expect_exit_2(bad_backend, "unknown image backend (GENIM_IMAGE_BACKEND)").await?;
            Ok(())
        },
    )
    .await;
}

/// 10. `genim mint` mints and waits for delivery; `genim status --json` counts it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn status_and_mint_subcommands() {
    run_e2e(
        "status_and_mint_subcommands",
        SCENARIO_LIMIT,
        |ctx| async move {
            let world = World::new(&ctx, 1, &[0], 3600).await?;
            let keeper = world.keeper(0, 0, world.config());
            keeper.start_healthy().await?;

            let prompt = "a paper boat on a puddle";
            let minter_key = world.chain.key_hex(MINTERS[0]);
            let out = keeper
                .cli(
                    &["mint", "--prompt", prompt, "--wait-secs", "60"],
                    &[("GENIM_MINTER_KEY", minter_key.as_str())],
                    Duration::from_secs(90),
                )
                .await?;
            ensure!(
                out.status.success(),
                "genim mint exited with {}; stdout:\n{}\nstderr:\n{}",
                out.status,
                out.stdout,
                out.stderr
            );
            let request = world.nft().request(1).await?;
            ensure!(
                request.requester == world.chain.address(MINTERS[0]),
                "token 1 was minted by {}, expected the GENIM_MINTER_KEY account",
                request.requester
            );
            ensure!(
                request.status == STATUS_DELIVERED,
                "genim mint returned before delivery"
            );
            let token_uri = world.nft().token_uri(1).await?;
            ensure!(
                out.stdout.contains(&token_uri),
                "genim mint did not print the tokenURI {token_uri}; stdout:\n{}",
                out.stdout
            );
            let prints_id = out.stdout.lines().filter(|l| !l.contains("://")).any(|l| {
                l.split(|c: char| !c.is_ascii_alphanumeric())
                    .any(|w| w == "1")
            });
            ensure!(
                prints_id,
                "genim mint did not print the token id 1; stdout:\n{}",
                out.stdout
            );
            ensure!(
                !out.stdout.contains(minter_key.trim_start_matches("0x"))
                    && !out.stderr.contains(minter_key.trim_start_matches("0x")),
                "genim mint printed the minter key"
            );

            let out = keeper
                .cli(&["status", "--json"], &[], Duration::from_secs(30))
                .await?;
            ensure!(
                out.status.success(),
                "genim status --json exited with {}; stderr:\n{}",
                out.status,
                out.stderr
            );
            let json: Value = serde_json::from_str(out.stdout.trim()).wrap_err_with(|| {
                format!("genim status --json printed no JSON:\n{}", out.stdout)
            })?;
            let delivered = numbers_under_key(&json, "delivered");
            ensure!(
                delivered.iter().any(|&n| n >= 1),
                "genim status --json reports no delivered count >= 1: {json}"
            );
            keeper.ensure_running()?;
            Ok(())
        },
    )
    .await;
}

/// Every number stored under `key` anywhere in `json`.
fn numbers_under_key(json: &Value, key: &str) -> Vec<u64> {
    let mut out = Vec::new();
    match json {
        Value::Object(map) => {
            for (k, v) in map {
                if k == key
                    && let Some(n) = v.as_u64()
                {
                    out.push(n);
                }
                out.extend(numbers_under_key(v, key));
            }
        }
        Value::Array(items) => {
            for v in items {
                out.extend(numbers_under_key(v, key));
            }
        }
        _ => {}
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Further scenarios
// ---------------------------------------------------------------------------------------------

/// A content-policy refusal (400) is permanent: one API call, the job gives up with a reason,
/// and the keeper carries on with other tokens.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn content_refusal_gives_up_without_retrying() {
    run_e2e(
        "content_refusal_gives_up_without_retrying",
        SCENARIO_LIMIT,
        |ctx| async move {
            let world = World::new(&ctx, 1, &[0], 3600).await?;
            let api = ImageApi::start(ApiMode::Refuse400).await?;
            let keeper = world.keeper(0, 0, world.config().openai(api.base_url.clone()));
            keeper.start_healthy().await?;

            let refused = "something the provider refuses";
            let minted = world.minter(0).mint(refused, 0).await?;
            let job = keeper
                .wait_token_state(minted.token_id, &["given_up"], Duration::from_secs(30))
                .await?;
            ensure!(
                job["reason"].as_str().is_some_and(|r| !r.trim().is_empty()),
                "given_up job without a reason: {job}"
            );
            // The public reason is the keeper's own words, never the provider's text.
            ensure!(
                job["reason"]
                    .as_str()
                    .is_some_and(|r| r.contains("HTTP 400") && !r.contains("safety system")),
                "the reason quotes the provider: {job}"
            );
            ensure!(
                api.calls(refused) == 1,
                "a refusal was retried: {} calls",
                api.calls(refused)
            );
            ensure!(
                world.nft().status(minted.token_id).await? == STATUS_PENDING,
                "the refused token is not pending"
            );
            let failed =
                metric(&keeper.metrics().await?, "genim_tokens_failed_total").unwrap_or(0.0);
            ensure!(failed >= 1.0, "genim_tokens_failed_total is {failed}");

            api.set_mode(ApiMode::Succeed);
            let fine = "a harmless sunflower";
            let next = world.minter(0).mint(fine, 0).await?;
            wait_delivered(world.nft(), &[&keeper], &[next.token_id], DELIVERY_TIMEOUT).await?;
            ensure!(
                api.calls(refused) == 1,
                "the refused prompt was asked again"
            );
            ensure!(
                world.nft().status(minted.token_id).await? == STATUS_PENDING,
                "the refused token changed status"
            );
            assert_delivered_once(world.nft(), &[next.token_id]).await?;
            Ok(())
        },
    )
    .await;
}

/// Mints with a prompt of raw bytes, as any caller of the contract may (the bindings take a
/// `String`, so the calldata is encoded by hand: `string` and `bytes` share one ABI encoding).
/// Returns the token id.
async fn mint_raw_prompt(world: &World, minter: usize, prompt: &[u8]) -> eyre::Result<u64> {
    use alloy::network::TransactionBuilder as _;
    use alloy::rpc::types::TransactionRequest;
    use alloy::sol_types::{SolCall as _, SolType, sol_data};
    use genimnft_bindings::gen_im_nft::GenImNFT;

    let provider = world.chain.wallet_provider(MINTERS[minter]);
    let nft = GenImNFT::new(world.deployment.address, provider.clone());
    let price = nft.tiers(0).call().await.wrap_err("tiers(0)")?.price;
    let terms = nft.terms().call().await.wrap_err("terms()")?;
    let mut calldata = GenImNFT::mintCall::SELECTOR.to_vec();
    type MintArgs = (sol_data::Bytes, sol_data::Uint<8>, sol_data::Uint<32>);
    let prompt = alloy::primitives::Bytes::copy_from_slice(prompt);
    calldata.extend(MintArgs::abi_encode_params(&(prompt, 0u8, terms)));
    let tx = TransactionRequest::default()
        .with_to(world.deployment.address)
        .with_input(calldata)
        .with_value(price);
    let receipt = provider
        .send_transaction(tx)
        .await
        .wrap_err("send raw mint")?
        .with_timeout(Some(Duration::from_secs(60)))
        .get_receipt()
        .await
        .wrap_err("receipt of raw mint")?;
    ensure!(receipt.status(), "raw mint reverted: {receipt:?}");
    let log = receipt
        .decoded_log::<GenImNFT::ImageRequested>()
        .context("raw mint has no ImageRequested log")?;
    Ok(log.data.tokenId.to::<u64>())
}

/// A prompt that is not UTF-8 (the contract accepts any bytes) is given up before any image is
/// paid for: no generation call, no fulfil, the token stays pending for its refund. Today's
/// lossy decoding would render and deliver "caf\u{FFFD} au lait" instead.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_prompt_that_is_not_utf8_is_given_up_before_paying_for_an_image() {
    run_e2e(
        "a_prompt_that_is_not_utf8_is_given_up_before_paying_for_an_image",
        SCENARIO_LIMIT,
        |ctx| async move {
            let world = World::new(&ctx, 1, &[0], 3600).await?;
            let api = ImageApi::start(ApiMode::Succeed).await?;
            let keeper = world.keeper(0, 0, world.config().openai(api.base_url.clone()));
            keeper.start_healthy().await?;

            let unreadable = mint_raw_prompt(&world, 0, b"caf\xe9 au lait").await?;
            // A readable token minted after it: once it is delivered, the scan is past both.
            let fine = world.minter(0).mint("a harmless sunflower", 0).await?;
            wait_delivered(world.nft(), &[&keeper], &[fine.token_id], DELIVERY_TIMEOUT).await?;

            let job = keeper
                .wait_token_state(unreadable, &["given_up"], Duration::from_secs(30))
                .await?;
            ensure!(
                job["reason"]
                    .as_str()
                    .is_some_and(|r| r.contains("not valid UTF-8")),
                "unexpected reason: {job}"
            );
            let prompts: Vec<String> = api.calls_by_prompt().into_keys().collect();
            ensure!(
                prompts == ["a harmless sunflower"],
                "images were asked for: {prompts:?}"
            );
            ensure!(
                world.nft().status(unreadable).await? == STATUS_PENDING,
                "the unreadable token is not pending"
            );
            ensure!(
                world.nft().deliveries(Some(unreadable)).await?.is_empty(),
                "a fulfil was mined for the unreadable token"
            );
            let given_up = metric(
                &keeper.metrics().await?,
                "genim_tokens_given_up_total{reason=\"prompt_not_utf8\"}",
            )
            .unwrap_or(0.0);
            ensure!(
                given_up == 1.0,
                "prompt_not_utf8 given-up count is {given_up}"
            );
            Ok(())
        },
    )
    .await;
}

/// A fulfil transaction that stays unmined past `resend_after_secs` is replaced (same nonce,
/// higher fee), never duplicated: one transaction is mined, the token is paid once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stuck_fulfil_is_replaced_not_duplicated() {
    run_e2e(
        "stuck_fulfil_is_replaced_not_duplicated",
        SCENARIO_LIMIT,
        |ctx| async move {
            let world = World::new(&ctx, 1, &[0], 3600).await?;
            let chain = &world.chain;
            let agent = chain.address(AGENTS[0]);
            let mut config = world.config();
            config.resend_after_secs = 2;
            let keeper = world.keeper(0, 0, config);
            keeper.start_healthy().await?;

            chain.set_automine(false).await?;
            let pending = world.minter(0).send_mint("a kite stuck in a tree", 0).await?;
            chain.mine(1).await?;
            let minted = pending.wait().await?;
            let job = keeper
                .wait_token_state(minted.token_id, &["submitted"], Duration::from_secs(30))
                .await?;
            let first: B256 = job["submit_tx_hash"]
                .as_str()
                .wrap_err_with(|| format!("submitted job without submit_tx_hash: {job}"))?
                .parse()?;

            let replacement = wait_until(
                "the keeper to replace its unmined transaction",
                Duration::from_secs(30),
                Duration::from_millis(200),
                || async {
                    keeper.ensure_running()?;
                    let pool = chain.pool_from(agent).await?;
                    if pool.iter().any(|&(nonce, _)| nonce != 0) {
                        bail!("the keeper sent a second transaction with a new nonce instead of replacing: {pool:?}");
                    }
                    Ok(match pool.iter().find(|&&(_, hash)| hash != first) {
                        Some(&(_, hash)) => Check::Done(hash),
                        None => Check::NotYet(format!("agent's mempool entries {pool:?}")),
                    })
                },
            )
            .await?;
            chain.mine(1).await?;
            chain.set_automine(true).await?;
            let job = keeper
                .wait_token_state(minted.token_id, &["delivered"], Duration::from_secs(30))
                .await?;
            ensure!(
                chain.mined_nonce(agent).await? == 1,
                "the agent got {} transactions mined, expected 1",
                chain.mined_nonce(agent).await?
            );
            assert_delivered_once(world.nft(), &[minted.token_id]).await?;
            assert_no_reverts(chain, agent).await?;
            let delivery = &world.nft().deliveries(Some(minted.token_id)).await?[0];
            ensure!(
                delivery.tx_hash == replacement,
                "delivered by {}, expected the replacement {replacement}",
                delivery.tx_hash
            );
            ensure!(
                job["delivered_tx_hash"].as_str().map(norm_hex) == Some(hex::encode(delivery.tx_hash)),
                "job delivered_tx_hash {} is not the mined replacement {}",
                job["delivered_tx_hash"],
                delivery.tx_hash
            );
            Ok(())
        },
    )
    .await;
}

/// A keeper killed and restarted while its fulfil is still unmined does not send a second
/// transaction with a new nonce; once mined, the token is paid once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keeper_restarted_with_tx_still_pending_sends_no_second_transaction() {
    run_e2e(
        "keeper_restarted_with_tx_still_pending_sends_no_second_transaction",
        SCENARIO_LIMIT,
        |ctx| async move {
            let world = World::new(&ctx, 1, &[0], 3600).await?;
            let chain = &world.chain;
            let agent = chain.address(AGENTS[0]);
            let keeper = world.keeper(0, 0, world.config());
            keeper.start_healthy().await?;

            chain.set_automine(false).await?;
            let pending = world
                .minter(0)
                .send_mint("a lantern in the rain", 0)
                .await?;
            chain.mine(1).await?;
            let minted = pending.wait().await?;
            keeper
                .wait_token_state(minted.token_id, &["submitted"], Duration::from_secs(30))
                .await?;
            keeper.kill9()?;
            let pool_before = chain.pool_from(agent).await?;
            ensure!(
                pool_before.len() == 1,
                "agent's mempool entries {pool_before:?}"
            );

            keeper.start_healthy().await?;
            // Let the restarted keeper work for a while (at least 20 of its RPC calls, about ten
            // polls) and record what it puts in the mempool meanwhile.
            let calls_at_restart = world.proxy.rpc_calls();
            let pool_seen: std::sync::Mutex<BTreeSet<(u64, B256)>> =
                std::sync::Mutex::new(pool_before.iter().copied().collect());
            wait_until(
                "the restarted keeper to poll about ten times",
                Duration::from_secs(30),
                Duration::from_millis(100),
                || async {
                    keeper.ensure_running()?;
                    let pool = chain.pool_from(agent).await?;
                    pool_seen.lock().expect("pool lock").extend(pool);
                    let calls = world.proxy.rpc_calls() - calls_at_restart;
                    Ok(if calls >= 20 {
                        Check::Done(())
                    } else {
                        Check::NotYet(format!("{calls} RPC calls since the restart"))
                    })
                },
            )
            .await?;
            let pool_seen = pool_seen.into_inner().expect("pool lock");
            chain.mine(1).await?;
            chain.set_automine(true).await?;
            let job = keeper
                .wait_token_state(
                    minted.token_id,
                    &common::keeper::TERMINAL_STATES,
                    Duration::from_secs(30),
                )
                .await?;
            // Safety first (paid once, nothing reverted), then economy and bookkeeping.
            assert_each_delivered_once(world.nft(), &[minted.token_id]).await?;
            assert_no_reverts(chain, agent).await?;
            let delivery = &world.nft().deliveries(Some(minted.token_id)).await?[0];
            let mined = chain.mined_nonce(agent).await?;
            let skipped = world.nft().skipped(Some(minted.token_id)).await?;
            let mut problems = Vec::new();
            if mined != 1 || !skipped.is_empty() {
                problems.push(format!(
                    "the restarted keeper sent a second fulfil with a new nonce while its first \
                     (nonce 0) was still in the mempool (agent mempool seen: {pool_seen:?}; {mined} \
                     agent transactions mined; FulfilmentSkipped for the token: {}); expected the \
                     recorded transaction to be re-broadcast or replaced at its recorded nonce",
                    skipped.len()
                ));
            }
            if job["state"] != "delivered"
                || job["delivered_tx_hash"].as_str().map(norm_hex)
                    != Some(hex::encode(delivery.tx_hash))
            {
                problems.push(format!(
                    "the job should be delivered by {} (this agent's own transaction, with this \
                     keeper's metadata hash) but is {job}",
                    delivery.tx_hash
                ));
            }
            ensure!(problems.is_empty(), "{}", problems.join("\n"));
            assert_no_reverts(chain, agent).await?;
            Ok(())
        },
    )
    .await;
}

/// With two shards and one keeper dead, the survivor takes over the dead shard's tokens after
/// `takeover_after_secs`; the dead keeper, restarted, does not generate them again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn surviving_keeper_takes_over_a_dead_shard() {
    run_e2e(
        "surviving_keeper_takes_over_a_dead_shard",
        SCENARIO_LIMIT,
        |ctx| async move {
            const TAKEOVER: u64 = 4;
            const WINDOW: u32 = 3600;
            let world = World::new(&ctx, 2, &[0, 1], WINDOW).await?;
            let api = ImageApi::start(ApiMode::Succeed).await?;
            let shared_public_url = world.homes[0].public_base_url();
            let keepers: Vec<Keeper> = (0..2)
                .map(|i| {
                    let mut config = world.config().openai(api.base_url.clone());
                    config.shard_count = 2;
                    config.shard_index = i as u64;
                    config.takeover_after_secs = TAKEOVER;
                    config.public_base_url = Some(shared_public_url.clone());
                    world.keeper(i, i, config)
                })
                .collect();
            for k in &keepers {
                k.start_healthy().await?;
            }
            keepers[1].kill9()?;

            let minter = world.minter(0);
            let mut minted = Vec::new();
            for i in 0..4 {
                minted.push(minter.mint(&format!("takeover prompt {i}"), 0).await?);
            }
            let ids: Vec<u64> = minted.iter().map(|m| m.token_id).collect();
            wait_delivered(world.nft(), &[&keepers[0]], &ids, Duration::from_secs(60)).await?;
            assert_delivered_once(world.nft(), &ids).await?;
            let survivor = world.chain.address(AGENTS[0]);
            for d in world.nft().deliveries(None).await? {
                ensure!(d.agent == survivor, "token {} delivered by {}", d.token_id, d.agent);
                if d.token_id % 2 == 1 {
                    let m = minted
                        .iter()
                        .find(|m| m.token_id == d.token_id)
                        .wrap_err("delivery of an unknown token")?;
                    let minted_at = m.deadline - u64::from(WINDOW);
                    let delivered_at = world.chain.block_timestamp(d.block).await?;
                    ensure!(
                        delivered_at + 1 >= minted_at + TAKEOVER,
                        "token {} of the dead shard was taken over {}s after its mint, before takeover_after_secs = {TAKEOVER}",
                        d.token_id,
                        delivered_at.saturating_sub(minted_at)
                    );
                }
            }
            ensure!(api.total_calls() == 4, "image API calls {:?}", api.calls_by_prompt());

            // The dead keeper comes back, catches up, and finds nothing left to do.
            let revived = &keepers[1];
            revived.start_healthy().await?;
            let head = world.chain.block_number().await?;
            wait_until(
                "the revived keeper to catch up and keep polling",
                Duration::from_secs(30),
                Duration::from_millis(100),
                || async {
                    revived.ensure_running()?;
                    let health = revived.get_json("/health").await?;
                    let last = health["last_block"].as_u64().unwrap_or(0);
                    let rpc = metric(&revived.metrics().await?, "genim_rpc_requests_total")
                        .unwrap_or(0.0);
                    Ok(if last >= head && rpc >= 20.0 {
                        Check::Done(())
                    } else {
                        Check::NotYet(format!("last_block {last} (head {head}), {rpc} RPC requests"))
                    })
                },
            )
            .await?;
            ensure!(
                api.total_calls() == 4,
                "the revived keeper generated images again: {:?}",
                api.calls_by_prompt()
            );
            let revived_agent = world.chain.address(AGENTS[1]);
            ensure!(
                world.chain.mined_nonce(revived_agent).await? == 0
                    && world.chain.pool_from(revived_agent).await?.is_empty(),
                "the revived keeper sent transactions"
            );
            keepers[0].ensure_running()?;
            Ok(())
        },
    )
    .await;
}

/// Tokens minted while the keeper was stopped (SIGTERM) are found and delivered after a restart,
/// scanning the missed blocks in small ranges; earlier tokens are not delivered again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tokens_minted_while_keeper_was_stopped_are_delivered_after_restart() {
    run_e2e(
        "tokens_minted_while_keeper_was_stopped_are_delivered_after_restart",
        SCENARIO_LIMIT,
        |ctx| async move {
            let world = World::new(&ctx, 1, &[0], 3600).await?;
            let mut config = world.config();
            config.max_log_range = 4;
            let keeper = world.keeper(0, 0, config);
            keeper.start_healthy().await?;
            let minter = world.minter(0);
            let first = minter.mint("before the stop", 0).await?;
            wait_delivered(world.nft(), &[&keeper], &[first.token_id], DELIVERY_TIMEOUT).await?;
            let status = keeper.stop(Duration::from_secs(15)).await?;
            ensure!(status.success(), "SIGTERM: the keeper exited with {status}");

            let mut ids = vec![first.token_id];
            for i in 0..3 {
                world.chain.mine(7).await?;
                ids.push(
                    minter
                        .mint(&format!("while stopped {i}"), 0)
                        .await?
                        .token_id,
                );
            }
            world.chain.mine(5).await?;
            keeper.start_healthy().await?;
            wait_delivered(world.nft(), &[&keeper], &ids, DELIVERY_TIMEOUT).await?;
            assert_delivered_once(world.nft(), &ids).await?;
            assert_no_reverts(&world.chain, world.chain.address(AGENTS[0])).await?;
            Ok(())
        },
    )
    .await;
}

/// An idle keeper polls at its configured interval without hammering the RPC, and its
/// `genim_rpc_requests_total` agrees with what the proxy saw.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn idle_keeper_rpc_usage_is_bounded_and_counted() {
    run_e2e(
        "idle_keeper_rpc_usage_is_bounded_and_counted",
        SCENARIO_LIMIT,
        |ctx| async move {
            const WINDOW: Duration = Duration::from_secs(3);
            let world = World::new(&ctx, 1, &[0], 3600).await?;
            let config = world.config();
            let poll_ms = config.poll_interval_ms;
            let keeper = world.keeper(0, 0, config);
            keeper.start_healthy().await?;
            let minted = world.minter(0).mint("one token, then quiet", 0).await?;
            wait_delivered(world.nft(), &[&keeper], &[minted.token_id], DELIVERY_TIMEOUT).await?;
            keeper
                .wait_token_state(minted.token_id, &["delivered"], Duration::from_secs(10))
                .await?;

            let rpc_metric = |text: &str| metric(text, "genim_rpc_requests_total").unwrap_or(-1.0);
            let k0 = rpc_metric(&keeper.metrics().await?);
            let (c0, h0) = (world.proxy.rpc_calls(), world.proxy.http_requests());
            // The measurement window: nothing happens on chain.
            tokio::time::sleep(WINDOW).await;
            let (c1, h1) = (world.proxy.rpc_calls(), world.proxy.http_requests());
            let k1 = rpc_metric(&keeper.metrics().await?);
            let calls = c1 - c0;
            let polls = WINDOW.as_millis() as u64 / poll_ms;
            eprintln!(
                "idle for {WINDOW:?}: {calls} JSON-RPC calls in {} HTTP requests (keeper counted {}), {polls} poll intervals",
                h1 - h0,
                k1 - k0
            );
            ensure!(
                calls <= 3 * polls + 10,
                "an idle keeper made {calls} RPC calls in {WINDOW:?} ({polls} poll intervals of {poll_ms} ms)"
            );
            ensure!(calls >= polls / 2, "an idle keeper made only {calls} RPC calls in {WINDOW:?}: is it polling?");
            let counted = k1 - k0;
            let near = |proxy: u64| (counted - proxy as f64).abs() <= 4.0;
            ensure!(
                near(calls) || near(h1 - h0),
                "genim_rpc_requests_total grew by {counted}, the proxy saw {calls} calls in {} requests",
                h1 - h0
            );
            Ok(())
        },
    )
    .await;
}

/// Waits until the keeper's `/health` answers 503 naming `stage`.
async fn wait_unhealthy_for(keeper: &Keeper, stage: &str) -> eyre::Result<()> {
    wait_until(
        format!("keeper reports {stage} paused"),
        DELIVERY_TIMEOUT,
        POLL,
        || async {
            let (status, body) = keeper.get("/health").await?;
            let body = String::from_utf8_lossy(&body).into_owned();
            Ok(if status == 503 && body.contains(stage) {
                Check::Done(())
            } else {
                Check::NotYet(format!("{status} {body}"))
            })
        },
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_agent_leaves_earlier_tokens_alone_and_a_revocation_pauses_it() {
    run_e2e(
        "a_new_agent_leaves_earlier_tokens_alone_and_a_revocation_pauses_it",
        SCENARIO_LIMIT,
        |ctx| async move {
            let world = World::new(&ctx, 1, &[0], 3600).await?;
            let minter = world.minter(0);
            let before = minter.mint("paid before the new agent", 0).await?;
            world.set_agent(1, true).await?;
            let after = minter.mint("paid after the new agent", 0).await?;
            let keeper = world.keeper(0, 1, world.config());
            keeper.start_healthy().await?;

            wait_delivered(world.nft(), &[&keeper], &[after.token_id], DELIVERY_TIMEOUT).await?;
            let job = keeper
                .wait_token_state(before.token_id, &["skipped"], DELIVERY_TIMEOUT)
                .await?;
            ensure!(
                job["reason"]
                    .as_str()
                    .is_some_and(|r| r.contains("before this agent was authorized")),
                "unexpected reason: {job}"
            );
            ensure!(
                world.nft().status(before.token_id).await? == STATUS_PENDING,
                "the earlier token must stay pending for an earlier agent or a refund"
            );

            // Revoked: deliveries and new images pause, /health says why.
            world.set_agent(1, false).await?;
            wait_unhealthy_for(&keeper, "deliveries").await?;
            let during = minter.mint("paid while revoked", 0).await?;
            let job = keeper
                .wait_token_state(during.token_id, &["seen"], DELIVERY_TIMEOUT)
                .await?;
            ensure!(
                job["attempts"] == 0,
                "an image was paid for while revoked: {job}"
            );

            // Authorized again: the mark moves past the token minted while revoked.
            world.set_agent(1, true).await?;
            let resumed = minter.mint("paid after re-authorization", 0).await?;
            wait_delivered(
                world.nft(),
                &[&keeper],
                &[resumed.token_id],
                DELIVERY_TIMEOUT,
            )
            .await?;
            keeper
                .wait_token_state(during.token_id, &["skipped"], DELIVERY_TIMEOUT)
                .await?;
            keeper.wait_healthy(DELIVERY_TIMEOUT).await?;
            assert_delivered_once(world.nft(), &[after.token_id, resumed.token_id]).await?;
            assert_no_reverts(&world.chain, world.chain.address(AGENTS[1])).await?;
            Ok(())
        },
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_base_uri_pointing_elsewhere_pauses_deliveries_until_it_points_back() {
    run_e2e(
        "a_base_uri_pointing_elsewhere_pauses_deliveries_until_it_points_back",
        SCENARIO_LIMIT,
        |ctx| async move {
            let world = World::new(&ctx, 1, &[0], 3600).await?;
            let keeper = world.keeper(0, 0, world.config());
            keeper.start_healthy().await?;
            let ours = world.homes[0].metadata_base_uri();
            let owner = world.as_owner();
            owner
                .setMetadataBaseURI("https://somewhere.else/metadata/".into())
                .send()
                .await?
                .get_receipt()
                .await?;
            wait_unhealthy_for(&keeper, "base_uri").await?;
            let minter = world.minter(0);
            let minted = minter
                .mint("minted while the base URI points elsewhere", 0)
                .await?;
            let job = keeper
                .wait_token_state(minted.token_id, &["seen"], DELIVERY_TIMEOUT)
                .await?;
            ensure!(job["attempts"] == 0, "an image was paid for: {job}");
            owner
                .setMetadataBaseURI(ours)
                .send()
                .await?
                .get_receipt()
                .await?;
            wait_delivered(
                world.nft(),
                &[&keeper],
                &[minted.token_id],
                DELIVERY_TIMEOUT,
            )
            .await?;
            verify_delivered_token(
                &world,
                minted.token_id,
                "minted while the base URI points elsewhere",
            )
            .await?;
            keeper.wait_healthy(DELIVERY_TIMEOUT).await?;
            Ok(())
        },
    )
    .await;
}
