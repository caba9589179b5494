//! End-to-end storage scenarios: the real `genim` binary on a real Anvil chain, deployed with
//! `script/Deploy.s.sol`, publishing to IPFS (the IPFS test node, or a real Kubo named by
//! `GENIM_TEST_IPFS_API`) or to a real S3 server (SeaweedFS); every delivered `tokenURI` is
//! resolved the way a marketplace would. Plus every storage misconfiguration refusing to start
//! with status 2 and a one-line fix.

use crate::common;

use std::time::Duration;

use eyre::{Context as _, ContextCompat as _, bail, ensure};
use genim_keeper::cid::{Cid, unixfs};
use genim_keeper::metadata::{ipfs_cid_v1_raw, sha256};
use genimnft_bindings::gen_im_nft::GenImNFT;
use serde_json::Value;

use common::chain::{AGENTS, DEPLOYER, MINTERS, STATUS_DELIVERED, STATUS_REFUNDED};
use common::weed::{WEED_ACCESS_KEY, WEED_REGION, WEED_SECRET_KEY};
use common::{
    Check, DeployParams, Deployment, IpfsNode, Keeper, KeeperConfig, KeeperHome, Minter, Nft,
    RpcProxy, StorageSetup, TestChain, TestCtx, deploy, free_port, http_get, run_e2e, sha256_hex,
    shared_weed, wait_until,
};

const POLL: Duration = Duration::from_millis(150);
const DELIVERY_TIMEOUT: Duration = Duration::from_secs(60);
const SCENARIO_LIMIT: Duration = Duration::from_secs(240);
const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

/// A chain, the RPC proxy, one keeper home, and the contract deployed with `base_uri`.
struct World {
    ctx: std::sync::Arc<TestCtx>,
    chain: TestChain,
    proxy: RpcProxy,
    home: KeeperHome,
    deployment: Deployment,
}

impl World {
    async fn new(
        ctx: &std::sync::Arc<TestCtx>,
        base_uri: impl FnOnce(&KeeperHome) -> String,
    ) -> eyre::Result<Self> {
        let chain = TestChain::start(ctx).await?;
        let proxy = RpcProxy::start(chain.endpoint_url()).await?;
        let home = KeeperHome::new(ctx, "k0");
        let params = DeployParams::one_tier(vec![chain.address(AGENTS[0])], 3600, base_uri(&home));
        let deployment = deploy(ctx, &chain, &params).await?;
        Ok(Self {
            ctx: ctx.clone(),
            chain,
            proxy,
            home,
            deployment,
        })
    }

    fn nft(&self) -> &Nft {
        &self.deployment.nft
    }

    fn keeper(&self, storage: StorageSetup) -> Keeper {
        let mut config = KeeperConfig::new(self.proxy.url.clone(), self.deployment.address);
        config.storage = storage;
        Keeper::new(
            self.ctx.clone(),
            self.home.clone(),
            config,
            Some(self.chain.key_hex(AGENTS[0])),
        )
    }

    /// Mints one token per prompt and returns their ids.
    async fn mint(&self, prompts: &[&str]) -> eyre::Result<Vec<u64>> {
        let minter = Minter::new(&self.chain, MINTERS[0], self.deployment.address);
        let mut ids = Vec::new();
        for prompt in prompts {
            ids.push(minter.mint(prompt, 0).await?.token_id);
        }
        Ok(ids)
    }

    /// The owner points the contract's base URI elsewhere.
    async fn set_base_uri(&self, uri: &str) -> eyre::Result<()> {
        let owner = GenImNFT::new(
            self.deployment.address,
            self.chain.wallet_provider(DEPLOYER),
        );
        let receipt = owner
            .setMetadataBaseURI(uri.to_owned())
            .send()
            .await?
            .with_timeout(Some(Duration::from_secs(30)))
            .get_receipt()
            .await?;
        ensure!(receipt.status(), "setMetadataBaseURI({uri}) reverted");
        Ok(())
    }
}

async fn wait_delivered(nft: &Nft, keeper: &Keeper, ids: &[u64]) -> eyre::Result<()> {
    wait_until(
        format!("delivery of tokens {ids:?}"),
        DELIVERY_TIMEOUT,
        POLL,
        || async {
            keeper.ensure_running()?;
            let mut waiting = Vec::new();
            for &id in ids {
                match nft.status(id).await? {
                    STATUS_DELIVERED => {}
                    STATUS_REFUNDED => bail!("token {id} was refunded"),
                    _ => waiting.push(id),
                }
            }
            Ok(if waiting.is_empty() {
                Check::Done(())
            } else {
                Check::NotYet(format!("undelivered: {waiting:?}"))
            })
        },
    )
    .await
}

/// The token's on-chain metadata hash and `tokenURI`.
async fn delivered(nft: &Nft, id: u64) -> eyre::Result<([u8; 32], String)> {
    let request = nft.request(id).await?;
    ensure!(
        request.status == STATUS_DELIVERED,
        "token {id} not delivered"
    );
    Ok((request.metadataHash.0, nft.token_uri(id).await?))
}

/// Checks metadata bytes fetched through a token's `tokenURI`: their sha256 is the on-chain
/// hash and the description is the prompt. Returns the `image` link.
fn check_metadata(id: u64, body: &[u8], hash: &[u8; 32], prompt: &str) -> eyre::Result<String> {
    ensure!(
        sha256(body) == *hash,
        "token {id}: sha256 of the resolved metadata is {}, the contract stores {}",
        sha256_hex(body),
        hex::encode(hash)
    );
    let metadata: Value = serde_json::from_slice(body).wrap_err("metadata is not JSON")?;
    ensure!(
        metadata["description"] == prompt,
        "token {id}: description {} is not the prompt {prompt:?}",
        metadata["description"]
    );
    Ok(metadata["image"]
        .as_str()
        .wrap_err_with(|| format!("token {id}: no image in {metadata}"))?
        .to_owned())
}

/// Deployed with `ipfs://`, the keeper publishes to IPFS; every `tokenURI` resolves through the
/// IPFS node's gateway to metadata whose sha256 is the on-chain hash, and whose `ipfs://` image
/// resolves to the delivered PNG (one image at least spans several blocks).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ipfs_backend_delivers_tokens_that_resolve_through_ipfs() {
    run_e2e("ipfs_backend_delivers", SCENARIO_LIMIT, |ctx| async move {
        let node = IpfsNode::start(ctx.dir(), &[]).await?;
        ctx.register_log("IPFS node", &node.log);
        let world = World::new(&ctx, |_| "ipfs://".into()).await?;
        let mut keeper = world.keeper(StorageSetup::Ipfs {
            api_url: node.api_url().to_owned(),
            gateway_url: Some(node.gateway_url().to_owned()),
            pinning_service_url: None,
        });
        // Large enough that some procedural PNGs are several 256 KiB blocks.
        keeper.config.size = "1024x1024".into();
        keeper.start_healthy().await?;

        let prompts = [
            "a harbour at night",
            "ünïcode \"quoted\" ✓",
            "red fox in snow",
        ];
        let ids = world.mint(&prompts).await?;
        wait_delivered(world.nft(), &keeper, &ids).await?;

        let mut multi_block = 0;
        for (id, prompt) in ids.iter().zip(prompts) {
            let (hash, token_uri) = delivered(world.nft(), *id).await?;
            ensure!(
                token_uri == format!("ipfs://{}", ipfs_cid_v1_raw(&hash)),
                "tokenURI({id}) is {token_uri}"
            );
            let (status, _, body) = node.resolve(&token_uri).await?;
            ensure!(status == 200, "resolving {token_uri} answered {status}");
            let image = check_metadata(*id, &body, &hash, prompt)?;

            let (status, content_type, png) = node.resolve(&image).await?;
            ensure!(status == 200, "resolving image {image} answered {status}");
            ensure!(png.starts_with(PNG_SIGNATURE), "image {image} is not a PNG");
            ensure!(
                content_type.as_deref() == Some("image/png"),
                "{content_type:?}"
            );
            png::Decoder::new(std::io::Cursor::new(png.clone()))
                .read_info()
                .wrap_err("the image does not decode")?;
            // The node served these bytes for this CID; they hash to it by Kubo's rules.
            let cid = Cid::parse(image.trim_start_matches("ipfs://"))?;
            ensure!(
                unixfs::file_cid(&png) == cid,
                "image {image} does not hash to its CID"
            );
            if png.len() > unixfs::CHUNK_SIZE {
                multi_block += 1;
            }
            // The keeper serves its local copies under /ipfs/<cid> too.
            let (status, served) = keeper.get(&format!("/ipfs/{cid}")).await?;
            ensure!(
                status == 200 && served == png,
                "keeper /ipfs/{cid}: {status}"
            );
            let job = keeper
                .wait_token_state(*id, &["delivered"], Duration::from_secs(10))
                .await?;
            ensure!(job["image_uri"] == image.as_str(), "job {job}");
            ensure!(job["metadata_uri"] == token_uri.as_str(), "job {job}");
        }
        ensure!(
            multi_block > 0,
            "no image was larger than one block; raise the image size so the DAG path is tested"
        );
        let status = keeper.stop(Duration::from_secs(15)).await?;
        ensure!(status.success(), "keeper exited with {status}");
        Ok(())
    })
    .await;
}

/// `genim verify` finds delivered tokens that no longer resolve and repairs them from the
/// keeper's copies: all resolve (exit 0, the textfile metrics say ok); the IPFS node loses every
/// block; without --repair both tokens are reported broken (exit 1); with --repair each file is
/// added and pinned again and resolves through the gateway (exit 0, repaired); then all are ok.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn verify_reports_and_repairs_tokens_that_no_longer_resolve() {
    run_e2e("ipfs_verify", SCENARIO_LIMIT, |ctx| async move {
        let node = IpfsNode::start_test_node(ctx.dir(), &[], reqwest::Client::new()).await?;
        ctx.register_log("IPFS node", &node.log);
        let world = World::new(&ctx, |_| "ipfs://".into()).await?;
        let keeper = world.keeper(StorageSetup::Ipfs {
            api_url: node.api_url().to_owned(),
            gateway_url: Some(node.gateway_url().to_owned()),
            pinning_service_url: None,
        });
        keeper.start_healthy().await?;
        let ids = world.mint(&["a reef at noon", "a reef at dusk"]).await?;
        wait_delivered(world.nft(), &keeper, &ids).await?;
        let metrics_file = ctx.dir().join("genim-verify.prom");
        let metrics_arg = metrics_file.display().to_string();
        let verify = |repair: bool| {
            let mut args = vec!["verify", "--metrics-file", metrics_arg.as_str()];
            if repair {
                args.push("--repair");
            }
            let keeper = &keeper;
            async move { keeper.cli(&args, &[], Duration::from_secs(60)).await }
        };
        let metric = |result: &str| -> eyre::Result<String> {
            let text = std::fs::read_to_string(&metrics_file)?;
            let prefix = format!("genim_verify_tokens{{result=\"{result}\"}} ");
            text.lines()
                .find_map(|line| line.strip_prefix(&prefix))
                .map(str::to_owned)
                .wrap_err_with(|| format!("no {result} line in\n{text}"))
        };

        let out = verify(false).await?;
        ensure!(
            out.status.success(),
            "verify failed: {}{}",
            out.stdout,
            out.stderr
        );
        ensure!(
            out.stdout.contains("2 ok, 0 repaired, 0 broken"),
            "{}",
            out.stdout
        );
        ensure!(metric("ok")? == "2" && metric("broken")? == "0");

        node.forget_everything().await?;
        let out = verify(false).await?;
        ensure!(
            !out.status.success(),
            "verify passed with nothing resolvable: {}",
            out.stdout
        );
        ensure!(
            out.stdout.contains("0 ok, 0 repaired, 2 broken"),
            "{}",
            out.stdout
        );
        for id in &ids {
            ensure!(
                out.stdout
                    .contains(&format!("token {id}: metadata ipfs://")),
                "{}",
                out.stdout
            );
        }
        ensure!(out.stderr.contains("--repair"), "{}", out.stderr);
        ensure!(metric("broken")? == "2");

        let out = verify(true).await?;
        ensure!(
            out.status.success(),
            "repair failed: {}{}",
            out.stdout,
            out.stderr
        );
        ensure!(
            out.stdout.contains("0 ok, 2 repaired, 0 broken"),
            "{}",
            out.stdout
        );
        ensure!(metric("repaired")? == "2");
        for id in &ids {
            let (hash, token_uri) = delivered(world.nft(), *id).await?;
            let (status, _, body) = node.resolve(&token_uri).await?;
            ensure!(
                status == 200 && sha256(&body) == hash,
                "{token_uri} after repair: {status}"
            );
        }
        let out = verify(false).await?;
        ensure!(
            out.stdout.contains("2 ok, 0 repaired, 0 broken"),
            "{}",
            out.stdout
        );
        Ok(())
    })
    .await;
}

/// On a real S3 server (SeaweedFS) with a public-read bucket: every `tokenURI` and image URL,
/// exactly as written on chain and in the metadata, is readable without credentials.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn s3_backend_on_seaweedfs_delivers_tokens_that_resolve_publicly() {
    run_e2e("s3_backend_delivers", SCENARIO_LIMIT, |ctx| async move {
        let weed = shared_weed().await;
        let bucket = weed.public_bucket().await?;
        let public = weed.public_base_url(&bucket);
        let world = World::new(&ctx, |_| format!("{public}/metadata/")).await?;
        let mut keeper = world.keeper(StorageSetup::S3 {
            endpoint: weed.endpoint.clone(),
            bucket: bucket.clone(),
            region: WEED_REGION.into(),
            public_base_url: public.clone(),
        });
        keeper.set_env("AWS_ACCESS_KEY_ID", WEED_ACCESS_KEY);
        keeper.set_env("AWS_SECRET_ACCESS_KEY", WEED_SECRET_KEY);
        keeper.start_healthy().await?;

        let prompts = ["a lighthouse", "a quiet street"];
        let ids = world.mint(&prompts).await?;
        wait_delivered(world.nft(), &keeper, &ids).await?;
        for (id, prompt) in ids.iter().zip(prompts) {
            let (hash, token_uri) = delivered(world.nft(), *id).await?;
            ensure!(
                token_uri == format!("{public}/metadata/{}.json", hex::encode(hash)),
                "tokenURI({id}) is {token_uri}"
            );
            let (status, content_type, body) = http_get(&token_uri).await?;
            ensure!(status == 200, "GET {token_uri} answered {status}");
            ensure!(
                content_type.as_deref() == Some("application/json"),
                "{content_type:?}"
            );
            let image = check_metadata(*id, &body, &hash, prompt)?;
            let name = image
                .strip_prefix(&format!("{public}/images/"))
                .wrap_err_with(|| format!("image {image} is not in the bucket"))?;
            let (status, content_type, png) = http_get(&image).await?;
            ensure!(status == 200, "GET {image} answered {status}");
            ensure!(
                content_type.as_deref() == Some("image/png"),
                "{content_type:?}"
            );
            ensure!(
                format!("{}.png", sha256_hex(&png)) == name,
                "image {image} does not hash to its name"
            );
        }
        ensure!(
            !keeper.all_output().contains(WEED_SECRET_KEY),
            "the S3 secret key appears in the keeper's output"
        );
        keeper.stop(Duration::from_secs(15)).await?;
        Ok(())
    })
    .await;
}

/// Starts `keeper`, expects exit status 2 with one `error:` line containing every fragment,
/// and none of `secrets` anywhere in its output.
async fn expect_exit_2(
    keeper: &Keeper,
    what: &str,
    fragments: &[&str],
    secrets: &[&str],
) -> eyre::Result<()> {
    keeper.start()?;
    let status = keeper
        .wait_exit(Duration::from_secs(30))
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
        "{what}: expected one `error:` line:\n{stderr}"
    );
    // Shown with --nocapture: what an operator reads.
    eprintln!("{what}:\n    {}", errors[0]);
    for fragment in fragments {
        ensure!(
            errors[0].contains(fragment),
            "{what}: the error line lacks {fragment:?}:\n{}",
            errors[0]
        );
    }
    for secret in secrets {
        ensure!(
            !keeper.all_output().contains(secret),
            "{what}: the output shows the secret {secret:?}:\n{stderr}"
        );
    }
    Ok(())
}

/// Each storage misconfiguration stops the keeper at start-up with status 2 and one line that
/// names the fix, before it could deliver a token that would not resolve.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn storage_misconfigurations_exit_2_with_the_fix() {
    run_e2e(
        "storage_misconfigurations",
        SCENARIO_LIMIT,
        |ctx| async move {
            let world = World::new(&ctx, |_| "ipfs://".into()).await?;
            let node = IpfsNode::start_test_node(
                ctx.dir(),
                &[("IPFS_TEST_API_TOKEN", "the-right-token")],
                reqwest::Client::new(),
            )
            .await?;
            ctx.register_log("IPFS node", &node.log);
            let ipfs = |api_url: &str, gateway_url: Option<String>| StorageSetup::Ipfs {
                api_url: api_url.to_owned(),
                gateway_url,
                pinning_service_url: None,
            };
            let dead = format!("http://127.0.0.1:{}", free_port());

            // The contract says ipfs://, the keeper stores locally.
            let local = world.keeper(StorageSetup::Local);
            let expected_cast = format!(
                "cast send {} \"setMetadataBaseURI(string)\" \"{}\"",
                world.deployment.address,
                world.home.metadata_base_uri()
            );
            expect_exit_2(
                &local,
                "local storage, ipfs:// contract",
                &[&expected_cast, "or set storage.backend = \"ipfs\""],
                &[],
            )
            .await?;

            let mut unreachable = world.keeper(ipfs(&dead, None));
            unreachable.set_env("GENIM_IPFS_API_TOKEN", "the-right-token");
            expect_exit_2(
                &unreachable,
                "unreachable IPFS API",
                &["storage probe failed", &dead, "check storage.ipfs_api_url"],
                &["the-right-token"],
            )
            .await?;

            let mut wrong_token = world.keeper(ipfs(node.api_url(), None));
            wrong_token.set_env("GENIM_IPFS_API_TOKEN", "a-wrong-token-123");
            expect_exit_2(
                &wrong_token,
                "wrong IPFS API token",
                &["storage probe failed", "401", "GENIM_IPFS_API_TOKEN"],
                &["a-wrong-token-123"],
            )
            .await?;

            let with_credentials = world.keeper(ipfs(
                &format!("http://user:hunter2@127.0.0.1:{}", free_port()),
                None,
            ));
            expect_exit_2(
                &with_credentials,
                "credentials in storage.ipfs_api_url",
                &["storage.ipfs_api_url", "GENIM_IPFS_API_BASIC_AUTH"],
                &["hunter2"],
            )
            .await?;

            let mut bad_gateway = world.keeper(ipfs(node.api_url(), Some(dead.clone())));
            bad_gateway.set_env("GENIM_IPFS_API_TOKEN", "the-right-token");
            expect_exit_2(
                &bad_gateway,
                "unreachable gateway",
                &["public read", "storage.ipfs_gateway_url"],
                &["the-right-token"],
            )
            .await?;

            node.set_add_mode("cidv0").await?;
            let mut cidv0 = world.keeper(ipfs(node.api_url(), None));
            cidv0.set_env("GENIM_IPFS_API_TOKEN", "the-right-token");
            expect_exit_2(
                &cidv0,
                "a node that ignores cid-version=1",
                &["storage probe failed", "refusing to link to it"],
                &[],
            )
            .await?;

            // S3 on SeaweedFS: the contract now points at the bucket.
            let weed = shared_weed().await;
            let bucket = weed.public_bucket().await?;
            let public = weed.public_base_url(&bucket);
            world.set_base_uri(&format!("{public}/metadata/")).await?;
            let s3 = |endpoint: &str, bucket: &str| StorageSetup::S3 {
                endpoint: endpoint.to_owned(),
                bucket: bucket.to_owned(),
                region: WEED_REGION.into(),
                public_base_url: public.clone(),
            };
            let mut wrong_secret = world.keeper(s3(&weed.endpoint, &bucket));
            wrong_secret.set_env("AWS_ACCESS_KEY_ID", WEED_ACCESS_KEY);
            wrong_secret.set_env("AWS_SECRET_ACCESS_KEY", "wrong-secret-access-key-42");
            expect_exit_2(
                &wrong_secret,
                "wrong S3 secret key",
                &["storage probe failed", "AWS_SECRET_ACCESS_KEY"],
                &["wrong-secret-access-key-42"],
            )
            .await?;

            let mut no_server = world.keeper(s3(&dead, &bucket));
            no_server.set_env("AWS_ACCESS_KEY_ID", WEED_ACCESS_KEY);
            no_server.set_env("AWS_SECRET_ACCESS_KEY", WEED_SECRET_KEY);
            expect_exit_2(
                &no_server,
                "unreachable S3 endpoint",
                &["storage probe failed", "check storage.endpoint"],
                &[WEED_SECRET_KEY],
            )
            .await?;

            let private_bucket = weed.private_bucket().await?;
            let private_public = weed.public_base_url(&private_bucket);
            world
                .set_base_uri(&format!("{private_public}/metadata/"))
                .await?;
            let mut private = world.keeper(StorageSetup::S3 {
                endpoint: weed.endpoint.clone(),
                bucket: private_bucket.clone(),
                region: WEED_REGION.into(),
                public_base_url: private_public.clone(),
            });
            private.set_env("AWS_ACCESS_KEY_ID", WEED_ACCESS_KEY);
            private.set_env("AWS_SECRET_ACCESS_KEY", WEED_SECRET_KEY);
            expect_exit_2(
                &private,
                "a bucket without public reads",
                &["public read", "403", "publicly readable"],
                &[WEED_SECRET_KEY],
            )
            .await?;

            // A loopback public_base_url on a chain that is not declared local: Anvil, which
            // calls itself Anvil, with a chain id that is no development chain id (a rehearsal
            // of a real network must meet that network's checks).
            world.set_base_uri(&world.home.metadata_base_uri()).await?;
            let mut loopback = world.keeper(StorageSetup::Local);
            loopback.config.local_chain = false;
            expect_exit_2(
                &loopback,
                "loopback public_base_url on a production chain",
                &[
                    "loopback or private",
                    "storage.public_base_url",
                    "storage.backend = \"ipfs\"",
                ],
                &[],
            )
            .await?;
            // The same keeper on the chain declared local (`chain.local = true`) starts.
            let fine = world.keeper(StorageSetup::Local);
            fine.start_healthy().await?;
            fine.stop(Duration::from_secs(15)).await?;
            Ok(())
        },
    )
    .await;
}
