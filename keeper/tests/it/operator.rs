//! What an operator gets wrong, and what the keeper then says: one keeper per database, any
//! config key from the environment (bad values refused in words), an unambiguous agent key, and
//! plain causes for a wrong keystore password, a missing image API key and missing S3 keys.
//! Each case is the real `genim` process on a real Anvil: exit status 2 and one `error:` line.
//! And the agent key's rotation with a draining keeper, which pays for nothing twice.

use crate::common;

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use alloy::network::TransactionBuilder as _;
use alloy::primitives::U256;
use alloy::providers::Provider as _;
use alloy::rpc::types::TransactionRequest;
use eyre::{Context as _, ensure};

use common::chain::AGENTS;
use common::{
    ApiMode, ImageApi, IpfsNode, Keeper, StorageSetup, World, assert_delivered_once,
    assert_no_reverts, foundry_bin, run_e2e, wait_delivered,
};

const SCENARIO_LIMIT: Duration = Duration::from_secs(180);
const DELIVERY_TIMEOUT: Duration = Duration::from_secs(60);

/// Starts `keeper` and expects it to stop at once with status 2 and an `error:` line containing
/// every one of `needles`; returns that line.
async fn expect_refusal(keeper: &Keeper, what: &str, needles: &[&str]) -> eyre::Result<String> {
    keeper.start()?;
    let status = keeper
        .wait_exit(Duration::from_secs(20))
        .await
        .wrap_err_with(|| format!("{what}: the keeper should refuse to start"))?;
    let stderr = keeper.stderr();
    ensure!(
        status.code() == Some(2),
        "{what}: exit status {status}, expected 2; stderr:\n{stderr}"
    );
    let errors: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("error: "))
        .collect();
    ensure!(
        errors.len() == 1,
        "{what}: expected exactly one `error:` line, got {}:\n{stderr}",
        errors.len()
    );
    let line = errors[0].to_owned();
    for needle in needles {
        ensure!(
            line.contains(needle),
            "{what}: {line:?} does not say {needle:?}"
        );
    }
    Ok(line)
}

/// A second keeper on the same job database would generate and deliver the same tokens again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_keeper_on_the_same_database_refuses_to_start() {
    run_e2e(
        "a_second_keeper_on_the_same_database_refuses_to_start",
        SCENARIO_LIMIT,
        |ctx| async move {
            let world = World::new(&ctx, 1, &[0, 1], 3600).await?;
            let first = world.keeper(0, 0, world.config());
            first.start_healthy().await?;
            // Same home (database), another free port, even another agent key: still refused.
            let mut second_home = world.homes[0].clone();
            second_home.port = common::free_port();
            second_home.admin_port = common::free_port();
            second_home.label = "second".into();
            let second = Keeper::new(
                ctx.clone(),
                second_home,
                world.config(),
                Some(world.chain.key_hex(AGENTS[1])),
            );
            let pid = first.pid().map(|p| p.to_string()).unwrap_or_default();
            expect_refusal(
                &second,
                "second keeper on one database",
                &["another keeper is running", &format!("pid {pid}")],
            )
            .await?;
            first.ensure_running()?;
            // A crash frees it: the kernel drops the lock with the process, so a restart works.
            first.kill9()?;
            first.start_healthy().await?;
            Ok(())
        },
    )
    .await;
}

/// Every key can be set as `GENIM_<SECTION>__<KEY>`; a bad value or an unknown key is refused
/// naming the variable, never silently ignored.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn config_keys_from_the_environment_are_applied_or_refused_in_words() {
    run_e2e(
        "config_keys_from_the_environment_are_applied_or_refused_in_words",
        SCENARIO_LIMIT,
        |ctx| async move {
            let world = World::new(&ctx, 1, &[0], 3600).await?;
            let mut bad = world.keeper(0, 0, world.config());
            bad.set_env("GENIM_JOBS__CONCURRENCY", "abc");
            let line = expect_refusal(
                &bad,
                "GENIM_JOBS__CONCURRENCY=abc",
                &["GENIM_JOBS__CONCURRENCY", "expected"],
            )
            .await?;
            ensure!(!line.contains("abc"), "the value is echoed: {line}");

            // The operator's own attempt: one underscore, silently ignored before.
            let mut one_underscore = world.keeper(0, 0, world.config());
            one_underscore.set_env("GENIM_JOBS_CONCURRENCY", "8");
            expect_refusal(
                &one_underscore,
                "GENIM_JOBS_CONCURRENCY",
                &["GENIM_JOBS_CONCURRENCY", "GENIM_JOBS__CONCURRENCY"],
            )
            .await?;

            let mut unknown = world.keeper(0, 0, world.config());
            unknown.set_env("GENIM_JOBS__CONCURENCY", "8");
            expect_refusal(&unknown, "misspelt key", &["concurency"]).await?;

            // Applied: the admin listener moves to the port the environment names.
            let mut moved = world.keeper(0, 0, world.config());
            let port = common::free_port();
            moved.set_env("GENIM_ADMIN__LISTEN", &format!("127.0.0.1:{port}"));
            moved.start()?;
            common::wait_until(
                "the admin listener on the port from GENIM_ADMIN__LISTEN",
                Duration::from_secs(30),
                Duration::from_millis(100),
                || async {
                    moved.ensure_running()?;
                    Ok(
                        match common::http_get(&format!("http://127.0.0.1:{port}/live")).await {
                            Ok((200, _, _)) => common::Check::Done(()),
                            other => common::Check::NotYet(format!("{other:?}")),
                        },
                    )
                },
            )
            .await?;
            Ok(())
        },
    )
    .await;
}

/// A keystore beside `GENIM_AGENT_KEY` is ambiguous; a wrong password says so in words.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn agent_key_mistakes_are_named() {
    run_e2e(
        "agent_key_mistakes_are_named",
        SCENARIO_LIMIT,
        |ctx| async move {
            let world = World::new(&ctx, 1, &[0], 3600).await?;
            let dir = ctx.subdir("keystore");
            let key = world.chain.key_hex(AGENTS[0]);
            import_keystore(&dir, "agent", &key, "right horse battery")?;
            let keystore = dir.join("agent");
            let wrong = dir.join("wrong-password");
            std::fs::write(&wrong, "wrong horse battery\n")?;

            let mut both = world.keeper(0, 0, world.config());
            both.set_env("GENIM_AGENT__KEYSTORE", &keystore.display().to_string());
            both.set_env("GENIM_AGENT__PASSWORD_FILE", &wrong.display().to_string());
            expect_refusal(
                &both,
                "keystore and GENIM_AGENT_KEY",
                &["agent.keystore", "GENIM_AGENT_KEY"],
            )
            .await?;

            let mut wrong_password =
                Keeper::new(ctx.clone(), world.homes[0].clone(), world.config(), None);
            wrong_password.set_env("GENIM_AGENT__KEYSTORE", &keystore.display().to_string());
            wrong_password.set_env("GENIM_AGENT__PASSWORD_FILE", &wrong.display().to_string());
            expect_refusal(
                &wrong_password,
                "wrong keystore password",
                &["wrong keystore password"],
            )
            .await?;

            let right = dir.join("right-password");
            std::fs::write(&right, "right horse battery\n")?;
            let mut keystore_only =
                Keeper::new(ctx.clone(), world.homes[0].clone(), world.config(), None);
            keystore_only.set_env("GENIM_AGENT__KEYSTORE", &keystore.display().to_string());
            keystore_only.set_env("GENIM_AGENT__PASSWORD_FILE", &right.display().to_string());
            keystore_only.start_healthy().await?;
            Ok(())
        },
    )
    .await;
}

/// A missing image API key and missing S3 keys are named, not reported as the 401 or the 403
/// (from an address the operator never configured) they turn into.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn missing_credentials_are_named() {
    run_e2e(
        "missing_credentials_are_named",
        SCENARIO_LIMIT,
        |ctx| async move {
            let world = World::new(&ctx, 1, &[0], 3600).await?;
            let api = ImageApi::start(ApiMode::Unauthorized401).await?;
            let mut no_api_key = world.keeper(0, 0, world.config().openai(api.base_url.clone()));
            no_api_key.set_env("GENIM_IMAGE_API_KEY", "");
            expect_refusal(
                &no_api_key,
                "no image API key",
                &["GENIM_IMAGE_API_KEY is not set"],
            )
            .await?;

            let mut s3 = world.config();
            s3.storage = StorageSetup::S3 {
                endpoint: format!("http://127.0.0.1:{}", common::free_port()),
                bucket: "genim".into(),
                region: "us-east-1".into(),
                public_base_url: "http://127.0.0.1:9/genim".into(),
            };
            let no_s3_keys = world.keeper(0, 0, s3);
            expect_refusal(
                &no_s3_keys,
                "no S3 credentials",
                &["no S3 credentials", "AWS_ACCESS_KEY_ID"],
            )
            .await?;
            Ok(())
        },
    )
    .await;
}

/// What an operator runs: `cast wallet import NAME --private-key .. --unsafe-password ..`.
fn import_keystore(dir: &Path, name: &str, key: &str, password: &str) -> eyre::Result<()> {
    std::fs::create_dir_all(dir)?;
    let output = Command::new(foundry_bin("cast"))
        .args(["wallet", "import", name, "--keystore-dir"])
        .arg(dir)
        .args(["--private-key", key, "--unsafe-password", password])
        .env("FOUNDRY_DISABLE_NIGHTLY_WARNING", "1")
        .output()
        .wrap_err("run cast wallet import")?;
    ensure!(
        output.status.success() && dir.join(name).exists(),
        "cast wallet import failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    Ok(())
}

/// Rotating the agent key without paying twice, in the documented order: authorize the new agent,
/// restart the old keeper draining in its favour (`GENIM_JOBS__DRAIN_TO`), start the new keeper,
/// revoke the old agent once it has nothing left. Tokens paid before the new agent (which only the
/// old one may deliver) are finished by the old keeper; later ones go to the new keeper; every
/// image is generated once and no fulfil pays gas for a token already delivered.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rotating_the_agent_generates_and_pays_nothing_twice() {
    run_e2e(
        "rotating_the_agent_generates_and_pays_nothing_twice",
        SCENARIO_LIMIT,
        |ctx| async move {
            // Both keepers publish to one IPFS node, so both satisfy the contract's base URI.
            let node = IpfsNode::start(ctx.dir(), &[]).await?;
            ctx.register_log("IPFS node", &node.log);
            let world = World::with_base_uri(&ctx, 2, &[0], 3600, Some("ipfs://")).await?;
            let api = ImageApi::start(ApiMode::Succeed).await?;
            let config = || {
                let mut config = world.config().openai(api.base_url.clone());
                config.storage = StorageSetup::Ipfs {
                    api_url: node.api_url().to_owned(),
                    gateway_url: None,
                    pinning_service_url: None,
                };
                config
            };
            let minter = world.minter(0);
            let mut old = world.keeper(0, 0, config());
            old.start_healthy().await?;
            let first = minter.mint("before the rotation", 0).await?.token_id;
            wait_delivered(world.nft(), &[&old], &[first], DELIVERY_TIMEOUT).await?;

            // Paid while the old keeper is down for its restart: only the old agent may deliver them.
            old.stop(Duration::from_secs(15)).await?;
            let mut waiting = Vec::new();
            for i in 0..2 {
                waiting.push(minter.mint(&format!("waiting {i}"), 0).await?.token_id);
            }
            world.set_agent(1, true).await?;
            let successor = world.chain.address(AGENTS[1]);
            old.set_env("GENIM_JOBS__DRAIN_TO", &successor.to_string());
            old.start_healthy().await?;
            let new = world.keeper(1, 1, config());
            new.start_healthy().await?;
            let mut later = Vec::new();
            for i in 0..3 {
                later.push(
                    minter
                        .mint(&format!("after the rotation {i}"), 0)
                        .await?
                        .token_id,
                );
            }

            let all: Vec<u64> = [vec![first], waiting.clone(), later.clone()].concat();
            wait_delivered(world.nft(), &[&old, &new], &all, DELIVERY_TIMEOUT).await?;
            assert_delivered_once(world.nft(), &all).await?;
            let old_agent = world.chain.address(AGENTS[0]);
            for delivery in world.nft().deliveries(None).await? {
                let expected = if later.contains(&delivery.token_id) {
                    successor
                } else {
                    old_agent
                };
                ensure!(
                    delivery.agent == expected,
                    "token {} delivered by {}, expected {expected}",
                    delivery.token_id,
                    delivery.agent
                );
            }
            ensure!(
                api.calls_by_prompt().values().all(|&n| n == 1) && api.total_calls() == 6,
                "an image was generated twice: {:?}",
                api.calls_by_prompt()
            );
            // The draining keeper recorded the later tokens and left them, without an image.
            for &id in &later {
                let job = old
                    .wait_token_state(id, &["skipped"], DELIVERY_TIMEOUT)
                    .await?;
                ensure!(
                    job["reason"]
                        .as_str()
                        .unwrap_or_default()
                        .contains("successor"),
                    "token {id}: {job}"
                );
            }
            assert_no_reverts(&world.chain, old_agent).await?;
            assert_no_reverts(&world.chain, successor).await?;
            // Nothing left with the old keeper: the owner revokes it and it can be stopped.
            world.set_agent(0, false).await?;
            old.stop(Duration::from_secs(15)).await?;
            new.ensure_running()?;
            Ok(())
        },
    )
    .await;
}

/// Another process signs with the agent's key (a second keeper on its own database, a wallet):
/// its transactions take the keeper's nonces, so fulfils collide and images are paid twice. The
/// keeper must say so where an operator looks (`/health`, a metric an alert watches) and keep
/// delivering at the right nonce.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_transaction_from_the_agent_key_that_the_keeper_did_not_send_is_reported() {
    run_e2e(
        "a_transaction_from_the_agent_key_that_the_keeper_did_not_send_is_reported",
        SCENARIO_LIMIT,
        |ctx| async move {
            let world = World::new(&ctx, 1, &[0], 3600).await?;
            let keeper = world.keeper(0, 0, world.config());
            keeper.start_healthy().await?;
            let minter = world.minter(0);
            let first = minter.mint("a kettle on a stove", 0).await?.token_id;
            wait_delivered(world.nft(), &[&keeper], &[first], DELIVERY_TIMEOUT).await?;
            keeper.expect_healthy().await?;

            // A wallet holding the agent's key sends a transfer.
            let agent = world.chain.address(AGENTS[0]);
            let transfer = TransactionRequest::default()
                .with_to(world.chain.address(common::chain::DEPLOYER))
                .with_value(U256::from(1u64));
            let receipt = world
                .chain
                .wallet_provider(AGENTS[0])
                .send_transaction(transfer)
                .await?
                .get_receipt()
                .await?;
            ensure!(receipt.status(), "the transfer reverted");

            let second = minter.mint("a kettle on a stove, later", 0).await?.token_id;
            wait_delivered(world.nft(), &[&keeper], &[second], DELIVERY_TIMEOUT).await?;
            let (status, body) = keeper.health().await?;
            let reasons = body["reasons"].to_string();
            ensure!(
                status == 503 && reasons.contains("not sent by this keeper"),
                "/health answered {status} {body}"
            );
            ensure!(reasons.contains("genim sweep"), "{reasons}");
            let metrics = keeper.metrics().await?;
            ensure!(
                common::keeper::metric(&metrics, "genim_foreign_transactions_total") == Some(1.0),
                "genim_foreign_transactions_total: {:?}",
                common::keeper::metric(&metrics, "genim_foreign_transactions_total")
            );
            let reverted = assert_no_reverts(&world.chain, agent).await?;
            ensure!(
                reverted == 3,
                "two fulfils and the transfer, none reverted: {reverted}"
            );
            Ok(())
        },
    )
    .await;
}

/// `genim sweep` moves the agent's earnings out through the running keeper, at its own nonce:
/// the recipient gets everything above the keep amount (less the transfer's gas), the agent keeps
/// at least that, nothing is reported as a foreign transaction, and the next token is delivered
/// at the following nonce. A sweep that would leave less than the keep amount, and a sweep with no
/// keeper running, are refused in words.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn earnings_are_swept_at_the_keepers_own_nonce() {
    run_e2e(
        "earnings_are_swept_at_the_keepers_own_nonce",
        SCENARIO_LIMIT,
        |ctx| async move {
            let world = World::new(&ctx, 1, &[0], 3600).await?;
            let chain = &world.chain;
            let agent = chain.address(AGENTS[0]);
            let keeper = world.keeper(0, 0, world.config());
            keeper.start_healthy().await?;
            let minter = world.minter(0);
            let first = minter.mint("a lamp in a window", 0).await?.token_id;
            wait_delivered(world.nft(), &[&keeper], &[first], DELIVERY_TIMEOUT).await?;

            let treasury = alloy::primitives::Address::repeat_byte(0x7e);
            let before = chain.balance(agent).await?;
            let keep_eth = 9_999.5;
            let keep = U256::from(9_999_500_000_000_000_000_000u128);
            ensure!(before > keep, "Anvil funds the agent with 10,000 ETH: {before}");
            let treasury_str = treasury.to_string();
            let sweep = ["sweep", "--to", treasury_str.as_str(), "--keep", "9999.5"];
            let out = keeper.cli(&sweep, &[], Duration::from_secs(60)).await?;
            ensure!(out.status.success(), "genim sweep failed: {}", out.stderr);
            let received = chain.balance(treasury).await?;
            let after = chain.balance(agent).await?;
            ensure!(after >= keep, "the agent kept {after} wei, less than {keep_eth} ETH");
            ensure!(
                received > U256::ZERO && before - after - received < U256::from(10u64).pow(U256::from(15u64)),
                "sent {received} wei; the agent went from {before} to {after} (gas must be all the rest)"
            );
            ensure!(
                out.stdout.contains(&format!("sent {received} wei")),
                "genim sweep says what it sent: {}",
                out.stdout
            );

            let second = minter.mint("a lamp in a window, at night", 0).await?.token_id;
            wait_delivered(world.nft(), &[&keeper], &[second], DELIVERY_TIMEOUT).await?;
            keeper.expect_healthy().await?;
            let sent = assert_no_reverts(chain, agent).await?;
            ensure!(sent == 3, "two fulfils and the sweep: {sent}");

            // Nothing above the keep amount: refused, nothing sent.
            let greedy = ["sweep", "--to", treasury_str.as_str(), "--keep", "10000"];
            let out = keeper.cli(&greedy, &[], Duration::from_secs(60)).await?;
            ensure!(!out.status.success(), "a sweep below the keep amount succeeded");
            ensure!(
                out.stderr.contains("refused") && out.stderr.contains("leaves nothing to send"),
                "{}",
                out.stderr
            );
            ensure!(chain.balance(treasury).await? == received, "a refused sweep sent something");

            // No keeper: nothing sends from the agent.
            keeper.stop(Duration::from_secs(20)).await?;
            let out = keeper.cli(&sweep, &[], Duration::from_secs(60)).await?;
            ensure!(
                !out.status.success() && out.stderr.contains("no keeper is running"),
                "{}",
                out.stderr
            );
            Ok(())
        },
    )
    .await;
}

/// The keeper is killed with a sweep signed and broadcast but not mined, and the node loses the
/// transaction meanwhile: after the restart the keeper sends the recorded transfer again (same
/// nonce, same bytes), holds new fulfils until it is mined, and the recipient is paid once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sweep_interrupted_by_a_crash_is_sent_once() {
    run_e2e(
        "a_sweep_interrupted_by_a_crash_is_sent_once",
        SCENARIO_LIMIT,
        |ctx| async move {
            let world = World::new(&ctx, 1, &[0], 3600).await?;
            let chain = &world.chain;
            let agent = chain.address(AGENTS[0]);
            let keeper = world.keeper(0, 0, world.config());
            keeper.start_healthy().await?;
            let treasury = alloy::primitives::Address::repeat_byte(0x7f);
            let treasury_str = treasury.to_string();

            chain.pause_mining().await?;
            let sweep = [
                "sweep",
                "--to",
                treasury_str.as_str(),
                "--keep",
                "9999",
                "--wait-secs",
                "3",
            ];
            let out = keeper.cli(&sweep, &[], Duration::from_secs(60)).await?;
            ensure!(
                !out.status.success() && out.stderr.contains("still unmined"),
                "with mining paused the sweep waits, sent: {}",
                out.stderr
            );
            let pool = chain.pool_from(agent).await?;
            ensure!(pool.len() == 1, "one transfer in the pool: {pool:?}");
            keeper.kill9()?;
            chain.drop_transaction(pool[0].1).await?;
            // A token minted meanwhile must not take the sweep's nonce ahead of it.
            let minter = world.minter(0);
            let pending_mint = minter.send_mint("a bell in the fog", 0).await?;
            chain.resume_mining().await?;
            let token = pending_mint.wait().await?.token_id;
            keeper.start_healthy().await?;
            wait_delivered(world.nft(), &[&keeper], &[token], DELIVERY_TIMEOUT).await?;
            let received = chain.balance(treasury).await?;
            ensure!(
                received > U256::ZERO,
                "the recorded sweep was not sent again"
            );
            let receipts = chain.receipts_from(agent).await?;
            let transfers = receipts.iter().filter(|r| r.to == Some(treasury)).count();
            ensure!(transfers == 1, "{transfers} transfers to the treasury");
            ensure!(
                receipts.iter().all(|r| r.status()) && receipts.len() == 2,
                "the sweep and one fulfil, none reverted: {} receipts",
                receipts.len()
            );
            keeper.expect_healthy().await?;
            Ok(())
        },
    )
    .await;
}
