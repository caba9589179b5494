//! The keeper relays USDC mints: a buyer with dollars and no ETH signs an EIP-3009 authorization,
//! posts it to `POST /api/mint-with-authorization`, and gets a token and its image; the keeper
//! checks each post as the contract would before it spends gas, sends each once (also across a
//! crash that loses the transaction), and pauses relays, not deliveries, when its relayer is empty.

use crate::common;
use crate::usdc::{Request, prices_section, wait_for_rate};

use std::time::Duration;

use alloy::primitives::{Address, B256, Bytes, U256};
use alloy::signers::local::PrivateKeySigner;
use alloy::sol;
use eyre::{ContextCompat as _, ensure};
use genimnft_bindings::gen_im_nft::GenImNFT;
use serde_json::{Value, json};

use common::chain::{AGENTS, DEPLOYER, MINTERS};
use common::{Check, Keeper, UsdcTerms, World, run_e2e, wait_delivered, wait_until};

sol! {
    #[sol(rpc)]
    contract TestUsdcToken {
        function mint(address to, uint256 amount) external;
        function balanceOf(address account) external view returns (uint256);
    }
}

const LIMIT: Duration = Duration::from_secs(240);
const WAIT: Duration = Duration::from_secs(60);
/// The relayer's account: one of Anvil's, used by nothing else here.
const RELAYER: usize = MINTERS[3];
const PRICE: u64 = 100_000;

struct Setup {
    world: World,
    keeper: Keeper,
    buyer: PrivateKeySigner,
    usdc: Address,
}

/// A USDC world, a buyer holding $1 and no ETH at all, and a relaying keeper.
async fn setup(ctx: &std::sync::Arc<common::TestCtx>, relay_section: &str) -> eyre::Result<Setup> {
    setup_with(ctx, relay_section, |_| {}).await
}

/// [`setup`] with the keeper's configuration adjusted by `adjust`.
async fn setup_with(
    ctx: &std::sync::Arc<common::TestCtx>,
    relay_section: &str,
    adjust: impl FnOnce(&mut common::KeeperConfig),
) -> eyre::Result<Setup> {
    let terms = UsdcTerms {
        price: PRICE,
        usd_per_eth: 3000,
    };
    let world = World::with_usdc(ctx, 1, &[0], 3600, terms).await?;
    let setup = world.usdc.wrap_err("usdc")?;
    let buyer = world.chain.signer(MINTERS[0]);
    TestUsdcToken::new(setup.token, world.chain.wallet_provider(DEPLOYER))
        .mint(buyer.address(), U256::from(1_000_000u64))
        .send()
        .await?
        .get_receipt()
        .await?;
    world.chain.set_balance(buyer.address(), U256::ZERO).await?;
    let mut config = world.config();
    config.extra_sections = format!("{}\n{relay_section}", prices_section(setup.feed, None));
    adjust(&mut config);
    let mut keeper = world.keeper(0, 0, config);
    keeper.set_env("GENIM_RELAY_KEY", &world.chain.key_hex(RELAYER));
    keeper.start_healthy().await?;
    Ok(Setup {
        world,
        keeper,
        buyer,
        usdc: setup.token,
    })
}

impl Setup {
    /// What the buyer signs and posts for `prompt` (salt `salt`), at the chain's current terms
    /// and price unless `value` is given.
    async fn signed(&self, prompt: &str, salt: u8, valid_for: i64) -> eyre::Result<Value> {
        let nft = GenImNFT::new(
            self.world.deployment.address,
            self.world.chain.provider.clone(),
        );
        let now = self.world.chain.latest_timestamp().await?;
        let request = Request {
            chain_id: self.world.chain.chain_id,
            usdc: self.usdc,
            nft: self.world.deployment.address,
            prompt,
            tier: 0,
            terms: nft.terms().call().await?,
            value: nft.tiers(0).call().await?.usdcPrice,
            valid_after: U256::ZERO,
            valid_before: U256::from(now.saturating_add_signed(valid_for)),
            salt: B256::with_last_byte(salt),
        };
        let signature = request.sign(&self.buyer)?;
        Ok(json!({
            "prompt": prompt,
            "tier": 0,
            "terms": request.terms,
            "from": self.buyer.address().to_checksum(None),
            "value": request.value.to_string(),
            "validAfter": "0",
            "validBefore": request.valid_before.to_string(),
            "salt": request.salt.to_string(),
            "signature": Bytes::from(signature.as_bytes().to_vec()).to_string(),
        }))
    }

    async fn post(&self, body: &Value) -> eyre::Result<(u16, Value)> {
        let response = reqwest::Client::new()
            .post(format!(
                "{}/api/mint-with-authorization",
                self.keeper.base_url()
            ))
            .json(body)
            .send()
            .await?;
        let status = response.status().as_u16();
        Ok((status, response.json().await.unwrap_or(Value::Null)))
    }

    /// Waits until relay `id` is minted by the version `hash` (`which`, for the message), then checks
    /// its token is delivered and the escrow paid once.
    async fn settled_by(&self, id: &str, hash: B256, which: &str) -> eyre::Result<()> {
        let token = self.minted(id).await?;
        let relay = self.keeper.get_json(&format!("/api/relays/{id}")).await?;
        let recorded: B256 = relay["tx_hash"]
            .as_str()
            .wrap_err_with(|| format!("minted relay without tx_hash: {relay}"))?
            .parse()?;
        ensure!(
            recorded == hash,
            "relay minted by {recorded}, expected {which} {hash}"
        );
        self.delivered_and_paid_once(token).await
    }

    /// Waits until the running keeper replaces the relay version `first` in the mempool at the
    /// same nonce (the relayer's first, 0); the replacement's hash. A second transaction at another
    /// nonce fails at once: the relay would be sent twice.
    async fn replacement_of(&self, first: B256) -> eyre::Result<B256> {
        let chain = &self.world.chain;
        let relayer = chain.address(RELAYER);
        wait_until(
            "the keeper to replace its unmined relay",
            WAIT,
            Duration::from_millis(200),
            || async {
                self.keeper.ensure_running()?;
                let pool = chain.pool_from(relayer).await?;
                if pool.iter().any(|&(nonce, _)| nonce != 0) {
                    eyre::bail!("the relayer sent a second transaction with a new nonce: {pool:?}");
                }
                Ok(match pool.iter().find(|&&(_, hash)| hash != first) {
                    Some(&(_, hash)) => Check::Done(hash),
                    None => Check::NotYet(format!("relayer's mempool entries {pool:?}")),
                })
            },
        )
        .await
    }

    /// Waits until relay `id` is minted; its token id.
    async fn minted(&self, id: &str) -> eyre::Result<u64> {
        wait_until(
            format!("relay {id} minted"),
            WAIT,
            Duration::from_millis(200),
            || async {
                let relay = self.keeper.get_json(&format!("/api/relays/{id}")).await?;
                Ok(match relay["state"].as_str() {
                    Some("minted") => Check::Done(
                        relay["token_id"]
                            .as_str()
                            .and_then(|id| id.parse().ok())
                            .wrap_err("minted without a token id")?,
                    ),
                    Some("failed") => eyre::bail!("relay {id} failed: {relay}"),
                    _ => Check::NotYet(relay.to_string()),
                })
            },
        )
        .await
    }

    /// With mining paused, posts a relay for `prompt` and waits until it is in the mempool: its
    /// relay id and the relayer's mempool entries.
    async fn relay_unmined(&self, prompt: &str) -> eyre::Result<(String, Vec<(u64, B256)>)> {
        let chain = &self.world.chain;
        chain.pause_mining().await?;
        let body = self.signed(prompt, 1, 3600).await?;
        let (status, relay) = self.post(&body).await?;
        ensure!(status == 202, "{status} {relay}");
        let id = relay["id"].as_str().wrap_err("relay id")?.to_owned();
        let relayer = chain.address(RELAYER);
        let pool = wait_until(
            "the relay in the mempool",
            WAIT,
            Duration::from_millis(100),
            || async {
                let pool = chain.pool_from(relayer).await?;
                Ok(if pool.is_empty() {
                    Check::NotYet("empty".into())
                } else {
                    Check::Done(pool)
                })
            },
        )
        .await?;
        Ok((id, pool))
    }

    /// Token `token`, minted by one relay, is delivered; it is the only token, the buyer paid
    /// once, and the relayer sent one transaction, mined without a revert.
    async fn delivered_and_paid_once(&self, token: u64) -> eyre::Result<()> {
        let chain = &self.world.chain;
        let relayer = chain.address(RELAYER);
        wait_delivered(self.world.nft(), &[&self.keeper], &[token], WAIT).await?;
        ensure!(self.world.nft().total_minted().await? == 1, "one token");
        ensure!(
            self.usdc_of(self.buyer.address()).await? == U256::from(900_000u64),
            "paid once"
        );
        ensure!(
            chain.mined_nonce(relayer).await? == 1,
            "the relayer's nonce used once"
        );
        let sent = common::assert_no_reverts(chain, relayer).await?;
        ensure!(sent == 1, "the relayer sent {sent} transactions");
        Ok(())
    }

    async fn usdc_of(&self, account: Address) -> eyre::Result<U256> {
        Ok(
            TestUsdcToken::new(self.usdc, self.world.chain.provider.clone())
                .balanceOf(account)
                .call()
                .await?,
        )
    }
}

/// A buyer with no ETH pays in dollars: the keeper publishes what to sign, relays the signed
/// payment once (the same post twice is one relay), the token is minted to the buyer and its
/// image delivered; the agent is paid in USDC. Every refusal happens before gas is spent, in the
/// page's codes: price changed since signing, terms changed, expired, a signature for another
/// prompt, an authorization already used on chain; and a flood of posts is rate limited.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_buyer_without_eth_pays_in_dollars_through_the_relay() {
    run_e2e("relay_pays_in_dollars", LIMIT, |ctx| async move {
        let s = setup(&ctx, "[relay]\nrequests_per_second = 1\nburst = 40\n").await?;
        let config = s.keeper.get_json("/api/config").await?;
        ensure!(
            config["usdc"]["relay"] == true
                && config["usdc"]["address"] == s.usdc.to_checksum(None)
                && config["usdc"]["domain"]["chainId"] == s.world.chain.chain_id
                && config["tiers"][0]["usdc_price"].as_str() == Some(PRICE.to_string().as_str()),
            "/api/config: {config}"
        );

        let body = s.signed("a lantern paid in dollars", 1, 3600).await?;
        let (status, first) = s.post(&body).await?;
        ensure!(status == 202, "{status} {first}");
        let id = first["id"].as_str().wrap_err("relay id")?.to_owned();
        ensure!(id.starts_with("r_"), "{id}");
        let (status, again) = s.post(&body).await?;
        ensure!(
            status == 200 && again["id"] == id.as_str(),
            "posted twice: {status} {again}"
        );
        let token = s.minted(&id).await?;
        wait_delivered(s.world.nft(), &[&s.keeper], &[token], WAIT).await?;
        let owner = s.world.nft().request(token).await?.requester;
        ensure!(owner == s.buyer.address(), "minted to {owner}");
        ensure!(s.usdc_of(s.buyer.address()).await? == U256::from(900_000u64));
        ensure!(
            s.world.chain.balance(s.buyer.address()).await? == U256::ZERO,
            "the buyer paid gas"
        );
        let agent = s.world.chain.address(AGENTS[0]);
        ensure!(s.usdc_of(agent).await? == U256::from(PRICE));
        ensure!(
            s.world.nft().total_minted().await? == 1,
            "one post, one token"
        );

        // Refusals, before any gas: a signature made for another prompt, or another tier, in
        // words rather than the token's "invalid signature".
        let mut altered = s.signed("what the buyer signed", 2, 3600).await?;
        altered["prompt"] = json!("what the relayer would like");
        let (status, refused) = s.post(&altered).await?;
        ensure!(
            status == 400
                && refused["error"] == "bad_signature"
                && refused["message"]
                    .as_str()
                    .is_some_and(|m| m.contains("another prompt")),
            "{status} {refused}"
        );
        let mut altered = s.signed("what the buyer signed", 5, 3600).await?;
        altered["salt"] = json!(B256::repeat_byte(9).to_string());
        let (status, refused) = s.post(&altered).await?;
        ensure!(
            status == 400 && refused["error"] == "bad_signature",
            "{status} {refused}"
        );
        // Expired.
        let expired = s.signed("too late", 3, -10).await?;
        let (status, refused) = s.post(&expired).await?;
        ensure!(
            status == 400 && refused["error"] == "expired",
            "{status} {refused}"
        );
        // Used on chain already: someone else relayed it directly.
        let used = s.signed("relayed by someone else first", 4, 3600).await?;
        relay_directly(&s, &used).await?;
        let (status, refused) = s.post(&used).await?;
        ensure!(
            status == 409 && refused["error"] == "authorization_used",
            "{status} {refused}"
        );
        // The price (and with it the terms) changes after signing.
        let stale = s.signed("signed at ten cents", 5, 3600).await?;
        let owner = s.world.as_owner();
        let tier = owner.tiers(0).call().await?;
        owner
            .setTier(0, tier.price, U256::from(120_000u64), tier.window)
            .send()
            .await?
            .get_receipt()
            .await?;
        let (status, refused) = s.post(&stale).await?;
        ensure!(
            status == 409
                && refused["error"] == "price_changed"
                && refused["signed"] == "100000"
                && refused["current"] == "120000",
            "{status} {refused}"
        );
        let mut stale_terms = s.signed("signed before the terms moved", 6, 3600).await?;
        stale_terms["terms"] = json!(stale_terms["terms"].as_u64().unwrap_or(1) - 1);
        let (status, refused) = s.post(&stale_terms).await?;
        ensure!(
            status == 409 && refused["error"] == "terms_changed",
            "{status} {refused}"
        );
        ensure!(
            s.world.nft().total_minted().await? == 2,
            "only the direct relay minted"
        );

        // A flood from one address is cut off.
        let mut limited = false;
        for _ in 0..45 {
            let (status, _) = s.post(&expired).await?;
            limited |= status == 429;
        }
        ensure!(
            limited,
            "45 posts in a burst of 40 were never refused with 429"
        );
        let metrics = s.keeper.metrics().await?;
        ensure!(
            common::keeper::metric(&metrics, "genim_relays_accepted_total") == Some(1.0),
            "{metrics}"
        );
        Ok(())
    })
    .await;
}

/// `genim mint --usdc` from the command line: a buyer with dollars and no ETH signs, this keeper
/// relays and delivers, the buyer paid the price once and no gas, and the output names the token
/// and its tokenURI, never the key. A tier not sold in USDC is refused in one line before anything
/// is signed or sent; an unreachable relay is named without the credentials in its URL.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn genim_mint_usdc_pays_in_dollars_from_the_command_line() {
    run_e2e("relay_cli_mint", LIMIT, |ctx| async move {
        let s = setup(&ctx, "").await?;
        let key = s.world.chain.key_hex(MINTERS[0]);
        let env = [("GENIM_MINTER_KEY", key.as_str())];
        let refused = s
            .keeper
            .cli(
                &["mint", "--usdc", "--tier", "1", "--prompt", "a heron"],
                &env,
                Duration::from_secs(60),
            )
            .await?;
        ensure!(
            !refused.status.success() && refused.stderr.contains("tier 1 is not sold in USDC"),
            "a tier without a USDC price: {}\n{}",
            refused.status,
            refused.stderr
        );
        ensure!(s.world.nft().total_minted().await? == 0, "nothing minted");
        // A relay that cannot be reached: one line naming it, without the credentials in its URL.
        let unreachable = s
            .keeper
            .cli(
                &[
                    "mint",
                    "--usdc",
                    "--relay",
                    "http://buyer:s3cret-pass@127.0.0.1:9/genim",
                    "--prompt",
                    "a heron",
                ],
                &env,
                Duration::from_secs(60),
            )
            .await?;
        ensure!(
            !unreachable.status.success()
                && unreachable.stderr.contains("posting the payment to")
                && !unreachable.stderr.contains("s3cret-pass")
                && !unreachable.stdout.contains("s3cret-pass"),
            "an unreachable relay: {}\nstdout:\n{}\nstderr:\n{}",
            unreachable.status,
            unreachable.stdout,
            unreachable.stderr
        );

        let out = s
            .keeper
            .cli(
                &[
                    "mint",
                    "--usdc",
                    "--prompt",
                    "a heron in the reeds",
                    "--wait-secs",
                    "60",
                ],
                &env,
                Duration::from_secs(90),
            )
            .await?;
        ensure!(
            out.status.success(),
            "genim mint --usdc exited with {}; stdout:\n{}\nstderr:\n{}",
            out.status,
            out.stdout,
            out.stderr
        );
        s.delivered_and_paid_once(1).await?;
        let request = s.world.nft().request(1).await?;
        ensure!(
            request.requester == s.buyer.address(),
            "minted to {}",
            request.requester
        );
        ensure!(
            s.world.chain.balance(s.buyer.address()).await? == U256::ZERO,
            "the buyer paid gas"
        );
        let token_uri = s.world.nft().token_uri(1).await?;
        ensure!(
            out.stdout.contains("minted token 1 ") && out.stdout.contains(&token_uri),
            "the output names neither token 1 nor its tokenURI {token_uri}:\n{}",
            out.stdout
        );
        let secret = key.trim_start_matches("0x");
        ensure!(
            !out.stdout.contains(secret) && !out.stderr.contains(secret),
            "the key was printed"
        );
        Ok(())
    })
    .await;
}

/// The keeper is killed after sending a relay that is not mined yet, and the node loses it: the
/// restarted keeper sends the recorded transaction again; the buyer pays once, for one token.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_relay_interrupted_by_a_crash_is_sent_once() {
    run_e2e("relay_crash", LIMIT, |ctx| async move {
        let s = setup(&ctx, "").await?;
        let chain = &s.world.chain;
        let (id, pool) = s.relay_unmined("a kite in a storm").await?;
        s.keeper.kill9()?;
        chain.drop_transaction(pool[0].1).await?;
        chain.resume_mining().await?;
        s.keeper.start_healthy().await?;
        let token = s.minted(&id).await?;
        s.delivered_and_paid_once(token).await?;
        Ok(())
    })
    .await;
}

/// A relay that is not mined within `submit.resend_after_secs` is replaced at the same nonce with
/// higher fees, as a stuck fulfil is, and settled by whichever version is mined: one token, paid
/// once, the relay minted with the replacement's hash, the relayer's nonce used once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stuck_relay_is_replaced_with_higher_fees_not_sent_twice() {
    run_e2e("relay_stuck_replaced", LIMIT, |ctx| async move {
        let s = setup_with(&ctx, "", |config| config.resend_after_secs = 2).await?;
        let chain = &s.world.chain;
        let (id, pool) = s.relay_unmined("a balloon over a still sea").await?;
        let first = pool[0].1;
        let replacement = s.replacement_of(first).await?;
        chain.mine(1).await?;
        chain.resume_mining().await?;
        s.settled_by(&id, replacement, "the replacement").await
    })
    .await;
}

/// The replacement wait survives a restart: a relay sent two hours before the keeper comes back
/// (its recorded send time moved back while the keeper is down, as if it had been down that long)
/// is replaced at once, not after another `submit.resend_after_secs` (an hour here) counted from
/// the restart; and still once, at the same nonce.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_relay_stuck_across_a_restart_is_replaced_without_waiting_again() {
    run_e2e("relay_stuck_restart", LIMIT, |ctx| async move {
        let s = setup_with(&ctx, "", |config| config.resend_after_secs = 3600).await?;
        let chain = &s.world.chain;
        let (id, pool) = s.relay_unmined("a lantern left on a pier").await?;
        let first = pool[0].1;
        s.keeper.kill9()?;
        let db = rusqlite::Connection::open(&s.keeper.home.database)?;
        let moved = db.execute(
            "UPDATE relays SET updated_at = updated_at - 7200 WHERE id = ?1 AND state = 'sent'",
            [&id],
        )?;
        ensure!(moved == 1, "relay {id} is not recorded as sent");
        drop(db);
        s.keeper.start_healthy().await?;
        let replacement = s.replacement_of(first).await?;
        chain.mine(1).await?;
        chain.resume_mining().await?;
        s.settled_by(&id, replacement, "the replacement").await
    })
    .await;
}

/// The other version wins: a stuck relay is replaced, the keeper is killed, and the node mines
/// the original instead (the replacement dropped, the original sent again). The restarted keeper
/// settles the relay by the original's receipt: minted once, with that hash, paid once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_replaced_relay_settles_by_the_original_mined_across_a_restart() {
    run_e2e("relay_original_mined", LIMIT, |ctx| async move {
        let s = setup_with(&ctx, "", |config| config.resend_after_secs = 2).await?;
        let chain = &s.world.chain;
        let relayer = chain.address(RELAYER);
        let (id, pool) = s.relay_unmined("two versions of one boat").await?;
        let original = pool[0].1;
        let original_raw = chain.raw_transaction(original).await?;
        let replacement = s.replacement_of(original).await?;
        s.keeper.kill9()?;
        chain.drop_transaction(replacement).await?;
        ensure!(chain.send_raw(&original_raw).await? == original);
        chain.mine(1).await?;
        chain.resume_mining().await?;
        ensure!(
            chain.pool_from(relayer).await?.is_empty(),
            "the original was mined"
        );
        s.keeper.start_healthy().await?;
        s.settled_by(&id, original, "the original").await
    })
    .await;
}

/// A stuck relay whose replacement would cost more than `relay.max_gas_cost_share` of its price
/// (ETH at a billion dollars, set while the relay waits unmined) is not replaced: it waits at its
/// fees, the `relays` stage says why and new payments are refused in words. When the rate comes
/// back the replacement goes out, and exactly one version is mined.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stuck_relay_is_not_replaced_above_its_gas_budget() {
    run_e2e("relay_stuck_over_budget", LIMIT, |ctx| async move {
        let s = setup_with(&ctx, "", |config| config.resend_after_secs = 2).await?;
        let chain = &s.world.chain;
        let relayer = chain.address(RELAYER);
        let feed = s.world.usdc.as_ref().wrap_err("usdc")?.feed;
        let (id, pool) = s.relay_unmined("a lighthouse in the fog").await?;
        let first = pool[0].1;
        // Without a transaction (none is mined now): the aggregator's answer, slot 0, 8 decimals.
        let set_rate = |dollars: u64| {
            chain.set_storage(
                feed,
                U256::ZERO,
                B256::from(U256::from(dollars) * U256::from(100_000_000u64)),
            )
        };
        set_rate(1_000_000_000).await?;
        wait_for_rate(&s.keeper, 1e9).await?;
        let reason = wait_until(
            "the stuck relay held, not replaced",
            WAIT,
            Duration::from_millis(200),
            || async {
                s.keeper.ensure_running()?;
                let pool = chain.pool_from(relayer).await?;
                ensure!(
                    pool == [(0, first)],
                    "the relayer's mempool changed while over budget: {pool:?}"
                );
                let (_, health) = s.keeper.health().await?;
                let reasons = health["reasons"].to_string();
                Ok(if reasons.contains("is not replaced") {
                    Check::Done(reasons)
                } else {
                    Check::NotYet(reasons)
                })
            },
        )
        .await?;
        ensure!(reason.contains(&id), "{reason}");
        let (status, refused) = s
            .post(&s.signed("refused while a relay is held", 7, 3600).await?)
            .await?;
        ensure!(
            status == 503 && refused["error"] == "relays_paused",
            "{status} {refused}"
        );
        ensure!(
            chain.pool_from(relayer).await? == [(0, first)],
            "replaced above the budget"
        );

        set_rate(3000).await?;
        let replacement = wait_until(
            "the replacement once within budget",
            WAIT,
            Duration::from_millis(200),
            || async {
                let pool = chain.pool_from(relayer).await?;
                Ok(match pool.iter().find(|&&(_, hash)| hash != first) {
                    Some(&(0, hash)) => Check::Done(hash),
                    Some(other) => eyre::bail!("a second transaction at a new nonce: {other:?}"),
                    None => Check::NotYet(format!("{pool:?}")),
                })
            },
        )
        .await?;
        chain.mine(1).await?;
        chain.resume_mining().await?;
        s.settled_by(&id, replacement, "the replacement").await
    })
    .await;
}

/// The relayer runs dry: relays pause (a new post is refused in words, `/health` says why) while
/// ETH deliveries go on; once funded, the waiting relay is minted.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_empty_relayer_pauses_relays_not_deliveries() {
    run_e2e("relay_empty_relayer", LIMIT, |ctx| async move {
        let s = setup(&ctx, "").await?;
        let chain = &s.world.chain;
        let relayer = chain.address(RELAYER);
        chain.set_balance(relayer, U256::ZERO).await?;
        let body = s.signed("waits for the relayer", 1, 3600).await?;
        let (status, relay) = s.post(&body).await?;
        ensure!(status == 202, "{status} {relay}");
        let id = relay["id"].as_str().wrap_err("relay id")?.to_owned();
        wait_until(
            "relays paused",
            WAIT,
            Duration::from_millis(200),
            || async {
                let (_, health) = s.keeper.health().await?;
                let reasons = health["reasons"].to_string();
                Ok(
                    if reasons.contains("relays paused") && reasons.contains("fund it") {
                        Check::Done(())
                    } else {
                        Check::NotYet(health.to_string())
                    },
                )
            },
        )
        .await?;
        let (status, refused) = s
            .post(&s.signed("refused while paused", 2, 3600).await?)
            .await?;
        ensure!(
            status == 503 && refused["error"] == "relays_paused",
            "{status} {refused}"
        );
        let eth = s
            .world
            .minter(1)
            .mint("an ETH buyer is still served", 0)
            .await?;
        wait_delivered(s.world.nft(), &[&s.keeper], &[eth.token_id], WAIT).await?;
        chain
            .set_balance(relayer, U256::from(10u64).pow(U256::from(18u64)))
            .await?;
        let token = s.minted(&id).await?;
        wait_delivered(s.world.nft(), &[&s.keeper], &[token], WAIT).await?;
        Ok(())
    })
    .await;
}

/// Sends the buyer's signed payment straight to the contract from another account.
async fn relay_directly(s: &Setup, body: &Value) -> eyre::Result<()> {
    let text = |key: &str| body[key].as_str().unwrap_or_default().to_owned();
    let nft = GenImNFT::new(
        s.world.deployment.address,
        s.world.chain.wallet_provider(MINTERS[1]),
    );
    let receipt = nft
        .mintWithAuthorizationSig(
            text("prompt"),
            0,
            u32::try_from(body["terms"].as_u64().unwrap_or_default())?,
            text("from").parse()?,
            text("value").parse()?,
            text("validAfter").parse()?,
            text("validBefore").parse()?,
            text("salt").parse()?,
            text("signature").parse()?,
        )
        .send()
        .await?
        .get_receipt()
        .await?;
    ensure!(receipt.status(), "the direct relay reverted");
    Ok(())
}
