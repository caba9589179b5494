//! USDC mint authorizations signed with alloy's signer (as a Rust client or the keeper would sign
//! them): the typed data of `ReceiveWithAuthorization` in USDC's EIP-712 domain, with the nonce
//! `GenImNFT.mintWithAuthorization` recomputes. Byte for byte what viem signs
//! (`test/fixtures/usdc-viem.json`, which `test/TestUSDC.t.sol` checks against the contracts), and
//! accepted on a real Anvil by the test USDC through both of GenImNFT's relay functions.

use crate::common;

use std::time::Duration;

use alloy::primitives::{Address, B256, Bytes, U256, keccak256};
use alloy::signers::local::PrivateKeySigner;
use alloy::signers::{Signature, SignerSync as _};
use alloy::sol;
use alloy::sol_types::{SolStruct as _, SolValue as _, eip712_domain};
use eyre::{Context as _, ContextCompat as _, ensure};
use genimnft_bindings::gen_im_nft::GenImNFT;

use common::chain::{AGENTS, DEPLOYER, MINTERS};
use common::keeper::metric;
use common::{
    Check, DeployParams, Keeper, TestChain, TestCtx, UsdcTerms, World, deploy, deploy_test_usdc,
    repo_root, run_e2e, wait_delivered, wait_until,
};

sol! {
    /// EIP-3009's message, as USDC's FiatTokenV2 types it.
    struct ReceiveWithAuthorization {
        address from;
        address to;
        uint256 value;
        uint256 validAfter;
        uint256 validBefore;
        bytes32 nonce;
    }

    /// The test USDC's calls the test needs.
    #[sol(rpc)]
    contract TestUSDC {
        function mint(address to, uint256 amount) external;
        function balanceOf(address account) external view returns (uint256);
        function authorizationState(address authorizer, bytes32 nonce) external view returns (bool);
    }
}

/// Anvil's account 1, the key the viem fixture was signed with (a well-known test key).
const FIXTURE_KEY: &str = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";

/// A USDC mint request, as a client builds it.
pub(crate) struct Request<'a> {
    pub chain_id: u64,
    pub usdc: Address,
    pub nft: Address,
    pub prompt: &'a str,
    pub tier: u8,
    pub terms: u32,
    pub value: U256,
    pub valid_after: U256,
    pub valid_before: U256,
    pub salt: B256,
}

impl Request<'_> {
    /// The preimage documented on `IGenImNFT.mintWithAuthorization` (every field one 32-byte word, so
    /// the uint8 tier and uint32 terms encode as uint256 do).
    pub(crate) fn nonce(&self) -> B256 {
        keccak256(
            (
                U256::from(self.chain_id),
                self.nft,
                U256::from(self.tier),
                keccak256(self.prompt.as_bytes()),
                U256::from(self.terms),
                self.valid_after,
                self.valid_before,
                self.salt,
            )
                .abi_encode(),
        )
    }

    /// `from`'s signature of the typed data a wallet shows for this request.
    pub(crate) fn sign(&self, signer: &PrivateKeySigner) -> eyre::Result<Signature> {
        let domain = eip712_domain! {
            name: "USD Coin",
            version: "2",
            chain_id: self.chain_id,
            verifying_contract: self.usdc,
        };
        let message = ReceiveWithAuthorization {
            from: signer.address(),
            to: self.nft,
            value: self.value,
            validAfter: self.valid_after,
            validBefore: self.valid_before,
            nonce: self.nonce(),
        };
        Ok(signer.sign_hash_sync(&message.eip712_signing_hash(&domain))?)
    }
}

fn json_str<'a>(value: &'a serde_json::Value, path: &[&str]) -> eyre::Result<&'a str> {
    path.iter()
        .try_fold(value, |v, key| v.get(key))
        .and_then(serde_json::Value::as_str)
        .wrap_err_with(|| format!("fixture has no string at {path:?}"))
}

fn json_u64(value: &serde_json::Value, key: &str) -> eyre::Result<u64> {
    value
        .get(key)
        .and_then(serde_json::Value::as_u64)
        .wrap_err_with(|| format!("fixture has no number at {key}"))
}

#[test]
fn alloy_signs_byte_for_byte_what_viem_signs() -> eyre::Result<()> {
    let path = repo_root().join("test/fixtures/usdc-viem.json");
    let text =
        std::fs::read_to_string(&path).wrap_err_with(|| format!("read {}", path.display()))?;
    let fixture: serde_json::Value = serde_json::from_str(&text)?;
    let signer: PrivateKeySigner = FIXTURE_KEY.parse()?;
    ensure!(signer.address() == json_str(&fixture, &["from"])?.parse::<Address>()?);
    for which in ["first", "second", "cancelled"] {
        let request = Request {
            chain_id: json_u64(&fixture, "chainId")?,
            usdc: json_str(&fixture, &["usdc"])?.parse()?,
            nft: json_str(&fixture, &["nft"])?.parse()?,
            prompt: json_str(&fixture, &["prompt"])?,
            tier: u8::try_from(json_u64(&fixture, "tier")?)?,
            terms: u32::try_from(json_u64(&fixture, "terms")?)?,
            value: U256::from(json_u64(&fixture, "value")?),
            valid_after: U256::from(json_u64(&fixture, "validAfter")?),
            valid_before: U256::from(json_u64(&fixture, "validBefore")?),
            salt: json_str(&fixture, &[which, "salt"])?.parse()?,
        };
        let nonce: B256 = json_str(&fixture, &[which, "nonce"])?.parse()?;
        assert_eq!(
            request.nonce(),
            nonce,
            "{which}: the nonce differs from viem's"
        );
        let signature: Bytes = json_str(&fixture, &[which, "signature"])?.parse()?;
        assert_eq!(
            Bytes::from(request.sign(&signer)?.as_bytes().to_vec()),
            signature,
            "{which}: alloy's signature differs from viem's"
        );
    }
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn alloy_signed_authorizations_mint_on_anvil() -> eyre::Result<()> {
    let ctx = TestCtx::new("usdc_alloy_signed_mint");
    let chain = TestChain::start(&ctx).await?;
    let usdc = deploy_test_usdc(&ctx, &chain).await?;
    let mut params =
        DeployParams::one_tier(vec![chain.address(AGENTS[0])], 3600, "ipfs://".to_owned());
    params.usdc = Some(usdc);
    params.tier_usdc_prices = vec![100_000];
    let deployment = deploy(&ctx, &chain, &params).await?;

    let buyer = chain.signer(MINTERS[0]);
    let token = TestUSDC::new(usdc, chain.wallet_provider(DEPLOYER));
    token
        .mint(buyer.address(), U256::from(1_000_000u64))
        .send()
        .await?
        .get_receipt()
        .await?;
    // Anyone relays: here another minter, who pays the gas and gets nothing.
    let relayer = GenImNFT::new(deployment.address, chain.wallet_provider(MINTERS[1]));
    let tiers = relayer.tiers(0).call().await?;
    let now = chain.latest_timestamp().await?;
    let mut request = Request {
        chain_id: chain.chain_id,
        usdc,
        nft: deployment.address,
        prompt: "a lighthouse in the fog, signed with alloy",
        tier: 0,
        terms: relayer.terms().call().await?,
        value: tiers.usdcPrice,
        valid_after: U256::ZERO,
        valid_before: U256::from(now + 3600),
        salt: B256::with_last_byte(1),
    };

    // The (v, r, s) form.
    let signature = request.sign(&buyer)?;
    let receipt = relayer
        .mintWithAuthorization(
            request.prompt.to_owned(),
            request.tier,
            request.terms,
            buyer.address(),
            request.value,
            request.valid_after,
            request.valid_before,
            request.salt,
            27 + u8::from(signature.v()),
            B256::from(signature.r()),
            B256::from(signature.s()),
        )
        .send()
        .await?
        .get_receipt()
        .await?;
    ensure!(
        receipt.status(),
        "mintWithAuthorization reverted: {receipt:?}"
    );
    ensure!(relayer.ownerOf(U256::from(1)).call().await? == buyer.address());
    ensure!(
        token
            .authorizationState(buyer.address(), request.nonce())
            .call()
            .await?
    );

    // The bytes form, for a second image of the same request (another salt).
    request.salt = B256::with_last_byte(2);
    let signature = request.sign(&buyer)?;
    let receipt = relayer
        .mintWithAuthorizationSig(
            request.prompt.to_owned(),
            request.tier,
            request.terms,
            buyer.address(),
            request.value,
            request.valid_after,
            request.valid_before,
            request.salt,
            Bytes::from(signature.as_bytes().to_vec()),
        )
        .send()
        .await?
        .get_receipt()
        .await?;
    ensure!(
        receipt.status(),
        "mintWithAuthorizationSig reverted: {receipt:?}"
    );
    ensure!(relayer.ownerOf(U256::from(2)).call().await? == buyer.address());

    let price = tiers.usdcPrice;
    ensure!(
        token.balanceOf(buyer.address()).call().await?
            == U256::from(1_000_000u64) - price * U256::from(2)
    );
    ensure!(token.balanceOf(deployment.address).call().await? == price * U256::from(2));
    ensure!(relayer.pendingUsdcEscrow().call().await? == price * U256::from(2));
    // The same authorization again is refused.
    ensure!(
        relayer
            .mintWithAuthorizationSig(
                request.prompt.to_owned(),
                request.tier,
                request.terms,
                buyer.address(),
                request.value,
                request.valid_after,
                request.valid_before,
                request.salt,
                Bytes::from(signature.as_bytes().to_vec()),
            )
            .call()
            .await
            .is_err(),
        "a replayed authorization was accepted"
    );
    Ok(())
}

sol! {
    /// The test ETH/USD feed's setter (`test/utils/TestAggregator.sol`).
    #[sol(rpc)]
    contract TestAggregator {
        function setAnswer(int256 answer, uint256 updatedAt) external;
    }
}

/// The buyer signs for the world's one tier at its USDC price; a bystander relays it. Returns the
/// token id.
async fn mint_with_usdc(
    world: &World,
    buyer: &PrivateKeySigner,
    prompt: &str,
    salt: u8,
) -> eyre::Result<u64> {
    let setup = world.usdc.wrap_err("the world has no USDC")?;
    let relayer = GenImNFT::new(
        world.deployment.address,
        world.chain.wallet_provider(MINTERS[1]),
    );
    let request = Request {
        chain_id: world.chain.chain_id,
        usdc: setup.token,
        nft: world.deployment.address,
        prompt,
        tier: 0,
        terms: relayer.terms().call().await?,
        value: relayer.tiers(0).call().await?.usdcPrice,
        valid_after: U256::ZERO,
        valid_before: U256::from(world.chain.latest_timestamp().await? + 3600),
        salt: B256::with_last_byte(salt),
    };
    let signature = request.sign(buyer)?;
    let receipt = relayer
        .mintWithAuthorizationSig(
            prompt.to_owned(),
            request.tier,
            request.terms,
            buyer.address(),
            request.value,
            request.valid_after,
            request.valid_before,
            request.salt,
            Bytes::from(signature.as_bytes().to_vec()),
        )
        .send()
        .await?
        .get_receipt()
        .await?;
    ensure!(receipt.status(), "mintWithAuthorizationSig reverted");
    world.nft().total_minted().await
}

/// The feed's owner (the deployer) sets its answer in whole dollars, updated at `updated_at`.
async fn set_feed(world: &World, usd_per_eth: u64, updated_at: u64) -> eyre::Result<()> {
    let setup = world.usdc.wrap_err("the world has no USDC")?;
    let feed = TestAggregator::new(setup.feed, world.chain.wallet_provider(DEPLOYER));
    let answer = alloy::primitives::I256::try_from(u128::from(usd_per_eth) * 100_000_000)?;
    let receipt = feed
        .setAnswer(answer, U256::from(updated_at))
        .send()
        .await?
        .get_receipt()
        .await?;
    ensure!(receipt.status(), "setAnswer reverted");
    Ok(())
}

/// Waits until the fees stage waits for a worthwhile delivery; the reasons `/health` gives.
async fn wait_for_fees_pause(keeper: &Keeper) -> eyre::Result<String> {
    wait_until(
        "the fees stage waits for a worthwhile delivery",
        DELIVERY,
        Duration::from_millis(200),
        || async {
            let (_, body) = keeper.health().await?;
            let reasons = body["reasons"].to_string();
            Ok(if reasons.contains("delivering would cost") {
                Check::Done(reasons)
            } else {
                Check::NotYet(format!("/health {body}"))
            })
        },
    )
    .await
}

/// Fails if token `id`'s job leaves `seen` within `window` (its image would be paid for).
async fn stays_seen(keeper: &Keeper, id: u64, window: Duration) -> eyre::Result<()> {
    let until = std::time::Instant::now() + window;
    while std::time::Instant::now() < until {
        let job = keeper.token(id).await?.wrap_err("job")?;
        ensure!(
            job["state"] == "seen",
            "an image was started while fees wait: {job}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Ok(())
}

/// Waits until the keeper uses `dollars` per ETH (its `/api/config` shows the rate it values with).
pub(crate) async fn wait_for_rate(keeper: &Keeper, dollars: f64) -> eyre::Result<()> {
    wait_until(
        format!("the keeper reads {dollars} dollars per ETH"),
        DELIVERY,
        Duration::from_millis(200),
        || async {
            let config = keeper.get_json("/api/config").await?;
            Ok(if config["usd_per_eth"].as_f64() == Some(dollars) {
                Check::Done(())
            } else {
                Check::NotYet(format!("usd_per_eth {}", config["usd_per_eth"]))
            })
        },
    )
    .await
}

pub(crate) fn prices_section(feed: Address, fallback: Option<f64>) -> String {
    let mut section = format!("[prices]\neth_usd_feed = \"{feed}\"\nrefresh_secs = 1\n");
    if let Some(dollars) = fallback {
        section.push_str(&format!("usd_per_eth = {dollars:?}\n"));
    }
    section
}

/// A USDC token's escrow is compared with gas at the feed's ETH/USD rate: ten cents is plenty at
/// $3,000 per ETH and is delivered (read as wei, it would be 100,000 wei and never worth the gas);
/// at a billion dollars per ETH it is worth less than the gas and waits, until the rate comes
/// back. A feed gone stale with no fallback stops the keeper at start-up, in words; with a
/// fallback rate it runs on.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn usdc_escrow_is_valued_at_the_feed_rate() {
    run_e2e(
        "usdc_escrow_is_valued_at_the_feed_rate",
        Duration::from_secs(300),
        |ctx| async move {
            let terms = UsdcTerms {
                price: 100_000,
                usd_per_eth: 3000,
            };
            let world = World::with_usdc(&ctx, 1, &[0], 3600, terms).await?;
            let setup = world.usdc.wrap_err("usdc")?;
            let buyer = world.chain.signer(MINTERS[0]);
            TestUSDC::new(setup.token, world.chain.wallet_provider(DEPLOYER))
                .mint(buyer.address(), U256::from(1_000_000u64))
                .send()
                .await?
                .get_receipt()
                .await?;
            let mut config = world.config();
            config.extra_sections = prices_section(setup.feed, None);
            let keeper = world.keeper(0, 0, config.clone());
            keeper.start_healthy().await?;

            let first =
                mint_with_usdc(&world, &buyer, "a harbour at dawn, paid in dollars", 1).await?;
            wait_delivered(world.nft(), &[&keeper], &[first], DELIVERY).await?;
            let gallery = keeper.get_json("/tokens").await?;
            let listed = &gallery["tokens"][0];
            ensure!(
                listed["token_id"] == first
                    && listed["currency"] == "usdc"
                    && listed["paid"] == "100000",
                "the gallery shows the escrow in its currency: {gallery}"
            );
            let agent = world.chain.address(AGENTS[0]);
            let usdc = TestUSDC::new(setup.token, world.chain.provider.clone());
            ensure!(usdc.balanceOf(agent).call().await? == U256::from(100_000u64));

            // ETH at a billion dollars: ten cents is 100 million wei, less than the gas.
            let now = world.chain.latest_timestamp().await?;
            set_feed(&world, 1_000_000_000, now).await?;
            wait_for_rate(&keeper, 1e9).await?;
            let second = mint_with_usdc(&world, &buyer, "the same harbour at dusk", 2).await?;
            let reason = wait_for_fees_pause(&keeper).await?;
            ensure!(reason.contains("max_gas_cost_share"), "{reason}");
            ensure!(
                world.nft().status(second).await? == common::chain::STATUS_PENDING,
                "delivered although unprofitable"
            );
            // No image is paid for while deliveries wait for their fees.
            let third = mint_with_usdc(&world, &buyer, "the harbour at noon", 3).await?;
            keeper.wait_token_state(third, &["seen"], DELIVERY).await?;
            stays_seen(&keeper, third, Duration::from_secs(3)).await?;
            set_feed(&world, 3000, world.chain.latest_timestamp().await?).await?;
            wait_for_rate(&keeper, 3000.0).await?;
            wait_delivered(world.nft(), &[&keeper], &[second, third], DELIVERY).await?;

            // The chain says delivered as soon as the fulfil is mined; the keeper counts it
            // when it has read the receipt.
            let metrics = wait_until(
                "the keeper counts the USDC earned",
                DELIVERY,
                Duration::from_millis(200),
                || async {
                    let metrics = keeper.metrics().await?;
                    let dollars =
                        metric(&metrics, "genim_escrow_earned_usdc_total").unwrap_or(-1.0);
                    Ok(if (dollars - 0.3).abs() < 1e-9 {
                        Check::Done(metrics)
                    } else {
                        Check::NotYet(format!("USDC earned: {dollars}"))
                    })
                },
            )
            .await?;
            let value = metric(&metrics, "genim_escrow_earned_value_wei_total").unwrap_or(-1.0);
            ensure!(
                value >= 3.0 * 33_333_333_333_333.0,
                "value earned in wei: {value}"
            );
            ensure!(
                metric(&metrics, "genim_escrow_earned_wei_total").unwrap_or(-1.0) == 0.0,
                "no ETH was earned"
            );
            keeper.stop(Duration::from_secs(20)).await?;

            // The feed stops updating; no fallback: the keeper refuses to start, in words.
            let two_days_ago = world.chain.latest_timestamp().await? - 2 * 86_400;
            set_feed(&world, 3000, two_days_ago).await?;
            let stale = world.keeper(0, 0, config.clone());
            stale.start()?;
            let status = stale.wait_exit(Duration::from_secs(20)).await?;
            let line = stale
                .stderr()
                .lines()
                .find(|l| l.starts_with("error: "))
                .map(str::to_owned)
                .unwrap_or_default();
            ensure!(status.code() == Some(2), "exit {status}: {line}");
            ensure!(
                line.contains("cannot value dollars against gas")
                    && line.contains("last updated")
                    && line.contains("prices.max_feed_age_secs"),
                "{line}"
            );

            // With a fallback rate it starts. Images that cost 9 cents each at the provider make
            // a 10-cent token not worth delivering at half its escrow: the guard counts them.
            let mut with_fallback = config;
            with_fallback.extra_sections = prices_section(setup.feed, Some(3000.0));
            let mut costly_images = with_fallback.clone();
            costly_images.image_cost_usd = Some(0.09);
            let keeper = world.keeper(0, 0, costly_images);
            keeper.start_healthy().await?;
            let fourth = mint_with_usdc(&world, &buyer, "the harbour under snow", 4).await?;
            let reason = wait_for_fees_pause(&keeper).await?;
            ensure!(reason.contains("image_cost_usd"), "{reason}");
            keeper.stop(Duration::from_secs(20)).await?;
            let keeper = world.keeper(0, 0, with_fallback);
            keeper.start_healthy().await?;
            wait_delivered(world.nft(), &[&keeper], &[fourth], DELIVERY).await?;
            ensure!(usdc.balanceOf(agent).call().await? == U256::from(400_000u64));

            // The dollars earned go out through the keeper, at its own nonce; the keep amount
            // is in dollars.
            let treasury = Address::repeat_byte(0x7d).to_string();
            let sweep = [
                "sweep",
                "--usdc",
                "--to",
                treasury.as_str(),
                "--keep",
                "0.1",
            ];
            let out = keeper.cli(&sweep, &[], DELIVERY).await?;
            ensure!(
                out.status.success(),
                "genim sweep --usdc failed: {}",
                out.stderr
            );
            ensure!(
                usdc.balanceOf(Address::repeat_byte(0x7d)).call().await? == U256::from(300_000u64)
                    && usdc.balanceOf(agent).call().await? == U256::from(100_000u64),
                "the treasury gets everything above 10 cents"
            );
            ensure!(
                out.stdout.contains("sent 300000 USDC units"),
                "{}",
                out.stdout
            );
            Ok(())
        },
    )
    .await;
}

const DELIVERY: Duration = Duration::from_secs(60);

/// Refunds nobody has to ask for: the image API refuses both prompts (a content refusal), so the
/// keeper gives up an ETH token and a USDC token; once their deadline has passed it sends
/// `refund` itself. Each holder gets exactly what it paid, in its currency, without sending
/// anything, and the gallery says which transaction refunded it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn given_up_tokens_are_refunded_without_asking_in_both_currencies() {
    run_e2e(
        "given_up_tokens_are_refunded_without_asking",
        Duration::from_secs(240),
        |ctx| async move {
            let terms = UsdcTerms {
                price: 100_000,
                usd_per_eth: 3000,
            };
            let window = 15;
            let world = World::with_usdc(&ctx, 1, &[0], window, terms).await?;
            let setup = world.usdc.wrap_err("usdc")?;
            let api = common::ImageApi::start(common::ApiMode::Refuse400).await?;
            let mut config = world.config().openai(api.base_url.clone());
            config.extra_sections = prices_section(setup.feed, None);
            let keeper = world.keeper(0, 0, config);
            keeper.start_healthy().await?;

            let usdc = TestUSDC::new(setup.token, world.chain.wallet_provider(DEPLOYER));
            let buyer = world.chain.signer(MINTERS[2]);
            usdc.mint(buyer.address(), U256::from(1_000_000u64))
                .send()
                .await?
                .get_receipt()
                .await?;
            let eth_holder = world.chain.address(MINTERS[0]);
            let eth_token = world.minter(0).mint("a refused prompt, in ETH", 0).await?;
            let usdc_token =
                mint_with_usdc(&world, &buyer, "a refused prompt, in dollars", 9).await?;
            for id in [eth_token.token_id, usdc_token] {
                keeper.wait_token_state(id, &["given_up"], DELIVERY).await?;
            }
            let eth_before = world.chain.balance(eth_holder).await?;
            ensure!(usdc.balanceOf(buyer.address()).call().await? == U256::from(900_000u64));

            // Past both deadlines (the USDC token was minted last), a block is mined.
            let deadline = world.nft().request(usdc_token).await?.deadline;
            wait_until(
                "the deadlines pass",
                DELIVERY,
                Duration::from_millis(250),
                || async {
                    Ok(if common::world::unix_now() > deadline {
                        Check::Done(())
                    } else {
                        Check::NotYet(format!("deadline {deadline}"))
                    })
                },
            )
            .await?;
            world.chain.mine(1).await?;

            let refunded = common::chain::STATUS_REFUNDED;
            wait_until(
                "the keeper refunds both",
                DELIVERY,
                Duration::from_millis(250),
                || async {
                    let eth = world.nft().status(eth_token.token_id).await?;
                    let dollars = world.nft().status(usdc_token).await?;
                    Ok(if eth == refunded && dollars == refunded {
                        Check::Done(())
                    } else {
                        Check::NotYet(format!("statuses {eth} and {dollars}"))
                    })
                },
            )
            .await?;
            ensure!(
                world.chain.balance(eth_holder).await? == eth_before + eth_token.paid,
                "the ETH holder gets exactly its price back and pays no gas"
            );
            ensure!(
                usdc.balanceOf(buyer.address()).call().await? == U256::from(1_000_000u64),
                "the USDC buyer gets its dollars back"
            );
            for id in [eth_token.token_id, usdc_token] {
                let job = keeper.wait_token_state(id, &["skipped"], DELIVERY).await?;
                ensure!(
                    job["reason"]
                        .as_str()
                        .is_some_and(|r| r.contains("refunded to its holder by this keeper in 0x")),
                    "{job}"
                );
            }
            wait_until(
                "the keeper counts both refunds",
                DELIVERY,
                Duration::from_millis(200),
                || async {
                    let metrics = keeper.metrics().await?;
                    let refunded = metric(&metrics, "genim_tokens_refunded_by_keeper_total");
                    Ok(if refunded == Some(2.0) {
                        Check::Done(())
                    } else {
                        Check::NotYet(format!(
                            "genim_tokens_refunded_by_keeper_total {refunded:?}"
                        ))
                    })
                },
            )
            .await?;
            let agent = world.chain.address(AGENTS[0]);
            let sent = common::assert_no_reverts(&world.chain, agent).await?;
            ensure!(
                sent == 2,
                "the agent sent the two refunds and nothing else: {sent}"
            );
            Ok(())
        },
    )
    .await;
}
