//! AI agents buy images over MCP (`/mcp`), with rmcp's own streamable HTTP client against the real
//! keeper on Anvil: the agent sends the transaction `generate_image` returns as is, the keeper is
//! restarted between the payment and `get_image`, a client that leaves mid-call changes nothing,
//! each error is a tool result in words, progress reaches the client step by step, and a
//! delivered image comes back as a preview small enough for a model's context.

use crate::common;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use alloy::network::TransactionBuilder as _;
use alloy::primitives::{Address, Bytes, U256};
use alloy::providers::Provider as _;
use alloy::rpc::types::TransactionRequest;
use base64::Engine as _;
use eyre::{ContextCompat as _, ensure};
use rmcp::model::{
    CallToolRequestParams, CallToolResult, ClientCapabilities, ClientConfig, ContentBlock,
    ElicitRequestParams, ElicitResult, ElicitationAction, ElicitationCapability, Implementation,
    ProgressNotificationParam, UrlElicitationCapability,
};
use rmcp::service::RunningService;
use rmcp::service::{NotificationContext, RequestContext};
use rmcp::transport::StreamableHttpClientTransport;
use rmcp::{ClientHandler, RoleClient, ServiceExt as _};
use serde_json::{Value, json};

use common::chain::MINTERS;
use common::image_api::{ApiMode, ImageApi};
use common::{Check, Keeper, World, run_e2e, wait_until};

const LIMIT: Duration = Duration::from_secs(240);
const WAIT: Duration = Duration::from_secs(90);

pub(crate) type Client<H = ()> = RunningService<RoleClient, H>;

pub(crate) async fn connect(keeper: &Keeper) -> eyre::Result<Client> {
    let transport = StreamableHttpClientTransport::from_uri(format!("{}/mcp", keeper.base_url()));
    Ok(().serve(transport).await?)
}

pub(crate) async fn call<H: ClientHandler>(
    client: &Client<H>,
    tool: &'static str,
    args: Value,
) -> eyre::Result<CallToolResult> {
    let args = args.as_object().wrap_err("arguments")?.clone();
    Ok(client
        .call_tool(CallToolRequestParams::new(tool).with_arguments(args))
        .await?)
}

pub(crate) fn text(result: &CallToolResult) -> String {
    result
        .content
        .iter()
        .filter_map(|c| c.as_text().map(|t| t.text.clone()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// An error the agent can read: `isError` and the words expected.
async fn expect_error(
    client: &Client,
    tool: &'static str,
    args: Value,
    words: &str,
) -> eyre::Result<()> {
    let result = call(client, tool, args.clone()).await?;
    ensure!(
        result.is_error == Some(true),
        "{tool} {args}: not an error: {}",
        text(&result)
    );
    ensure!(
        text(&result).contains(words),
        "{tool} {args}: {:?} lacks {words:?}",
        text(&result)
    );
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_agent_pays_in_eth_and_collects_its_image_after_a_disconnect_and_a_keeper_restart() {
    run_e2e("mcp_eth", LIMIT, |ctx| async move {
        let world = World::new(&ctx, 1, &[0], 3600).await?;
        let mut config = world.config();
        config.extra_sections = "[mcp]\nwait_secs = 3\n".into();
        let keeper = world.keeper(0, 0, config);
        keeper.start_healthy().await?;
        let client = connect(&keeper).await?;

        let tools = client.list_all_tools().await?;
        for name in ["list_tiers", "generate_image", "get_image"] {
            let tool = tools.iter().find(|t| t.name == name).wrap_err(name)?;
            ensure!(tool.output_schema.is_some(), "{name} has no output schema");
        }
        let tiers = call(&client, "list_tiers", json!({})).await?;
        let tiers = tiers.structured_content.wrap_err("tiers")?;
        let price = tiers["tiers"][0]["price_wei"]
            .as_str()
            .wrap_err("price")?
            .to_owned();
        ensure!(tiers["tiers"][0]["on_offer"] == json!(true), "{tiers}");

        expect_error(
            &client,
            "generate_image",
            json!({"prompt": " ", "tier": 0}),
            "empty",
        )
        .await?;
        let long = "a".repeat(1001);
        expect_error(
            &client,
            "generate_image",
            json!({"prompt": long, "tier": 0}),
            "at most 1000",
        )
        .await?;
        expect_error(
            &client,
            "generate_image",
            json!({"prompt": "a fox", "tier": 9}),
            "tier 9 is unknown",
        )
        .await?;
        expect_error(
            &client,
            "get_image",
            json!({"request": "req_00"}),
            "no request req_00",
        )
        .await?;
        expect_error(&client, "get_image", json!({"request": "a fox"}), "neither").await?;
        let unmined = format!("0x{}", "11".repeat(32));
        expect_error(
            &client,
            "get_image",
            json!({"request": unmined}),
            "payment not found",
        )
        .await?;

        let prompt = "a lighthouse at dusk, oil on canvas";
        let ordered = call(
            &client,
            "generate_image",
            json!({"prompt": prompt, "tier": 0}),
        )
        .await?;
        ensure!(ordered.is_error != Some(true), "{}", text(&ordered));
        let ordered = ordered.structured_content.wrap_err("structured")?;
        let request = ordered["request"].as_str().wrap_err("request")?.to_owned();
        ensure!(
            request.starts_with("req_") && request.parse::<u64>().is_err(),
            "{request}"
        );
        ensure!(ordered["state"] == "awaiting_payment", "{ordered}");
        let tx = &ordered["payment"]["transaction"];
        ensure!(tx["value"] == json!(price), "{tx}");
        ensure!(tx["chain_id"] == json!(world.chain.chain_id), "{tx}");
        let eip681 = ordered["payment"]["eip681"].as_str().wrap_err("eip681")?;
        ensure!(
            eip681.starts_with("ethereum:0x")
                && eip681.contains(&format!("@{}/mint?", world.chain.chain_id)),
            "{eip681}"
        );
        let page = ordered["payment"]["page_url"].as_str().wrap_err("page")?;
        ensure!(
            page.contains(&format!("request={request}")) && page.contains("tier=0"),
            "{page}"
        );

        // Asked again before paying: the state at once, not an error.
        let waiting = call(&client, "get_image", json!({"request": request})).await?;
        ensure!(waiting.is_error != Some(true), "{}", text(&waiting));
        ensure!(
            waiting.structured_content.wrap_err("s")?["state"] == "awaiting_payment",
            "waiting"
        );

        // The agent sends the transaction exactly as given.
        let wallet = world.chain.wallet_provider(MINTERS[0]);
        let send = TransactionRequest::default()
            .with_to(tx["to"].as_str().wrap_err("to")?.parse::<Address>()?)
            .with_value(tx["value"].as_str().wrap_err("value")?.parse::<U256>()?)
            .with_input(tx["data"].as_str().wrap_err("data")?.parse::<Bytes>()?)
            .with_chain_id(tx["chain_id"].as_u64().wrap_err("chain id")?);
        let receipt = wallet.send_transaction(send).await?.get_receipt().await?;
        ensure!(receipt.status(), "the mint reverted");
        let hash = receipt.transaction_hash.to_string();

        // A client that gives up mid-call (its get_image still waiting) and goes away.
        let cut = tokio::time::timeout(
            Duration::from_millis(300),
            call(&client, "get_image", json!({"request": hash})),
        )
        .await;
        drop(client);
        keeper.ensure_running()?;
        let client = connect(&keeper).await?;
        let after = call(&client, "get_image", json!({"request": request})).await?;
        ensure!(
            after.is_error != Some(true),
            "after a cut call ({}): {}",
            cut.is_err(),
            text(&after)
        );

        // The keeper restarts between the payment and get_image; the client reconnects.
        drop(client);
        keeper.stop(Duration::from_secs(30)).await?;
        keeper.start_healthy().await?;
        let client = connect(&keeper).await?;

        let delivered = wait_until(
            "the image delivered over MCP",
            WAIT,
            Duration::from_millis(200),
            || async {
                let result = call(&client, "get_image", json!({"request": hash})).await?;
                ensure!(result.is_error != Some(true), "{}", text(&result));
                let answer = result.structured_content.clone().wrap_err("structured")?;
                Ok(if answer["state"] == "delivered" {
                    Check::Done((answer, result))
                } else {
                    Check::NotYet(answer["state"].to_string())
                })
            },
        )
        .await?;
        let (answer, result) = delivered;
        ensure!(
            answer["request"] == json!(request),
            "bound to the request: {answer}"
        );
        ensure!(answer["mint_tx_hash"] == json!(hash), "{answer}");
        ensure!(answer["delivery_tx_hash"].is_string(), "{answer}");
        ensure!(answer["metadata_hash_on_chain"] == json!(true), "{answer}");
        ensure!(answer["prompt"] == json!(prompt), "{answer}");
        let token = answer["token_id"].as_u64().wrap_err("token")?;
        ensure!(
            result
                .content
                .iter()
                .any(|c| matches!(c, ContentBlock::ResourceLink(_))),
            "resource links"
        );
        // The same answer by request id and by token id.
        for name in [request.clone(), token.to_string()] {
            let again = call(&client, "get_image", json!({"request": name})).await?;
            let again = again.structured_content.wrap_err("again")?;
            ensure!(
                again["token_id"] == json!(token) && again["state"] == "delivered",
                "{again}"
            );
        }
        Ok(())
    })
    .await;
}

/// A client that keeps every progress notification it receives.
#[derive(Clone, Default)]
struct ProgressLog(Arc<Mutex<Vec<ProgressNotificationParam>>>);

impl ClientHandler for ProgressLog {
    async fn on_progress(
        &self,
        params: ProgressNotificationParam,
        _context: NotificationContext<RoleClient>,
    ) {
        self.0.lock().expect("progress log").push(params);
    }
}

impl ProgressLog {
    /// What the server said, in order: (progress, step).
    fn messages(&self) -> Vec<(f64, String)> {
        self.0
            .lock()
            .expect("progress log")
            .iter()
            .map(|p| (p.progress, p.message.clone().unwrap_or_default()))
            .collect()
    }

    /// Forgets what earlier calls were told.
    fn clear(&self) {
        self.0.lock().expect("progress log").clear();
    }
}

/// A client with a person behind it who can be shown a link (URL-mode elicitation): accepts
/// to open each and keeps the URLs.
#[derive(Clone, Default)]
struct Person(Arc<Mutex<Vec<String>>>);

impl ClientHandler for Person {
    fn get_info(&self) -> ClientConfig {
        let mut capabilities = ClientCapabilities::default();
        capabilities.elicitation =
            Some(ElicitationCapability::new().with_url(UrlElicitationCapability::new()));
        ClientConfig::new(capabilities, Implementation::new("a-person's-client", "1"))
    }

    async fn create_elicitation(
        &self,
        request: ElicitRequestParams,
        _context: RequestContext<RoleClient>,
    ) -> Result<ElicitResult, rmcp::ErrorData> {
        if let ElicitRequestParams::UrlElicitationParams { url, .. } = request {
            self.0.lock().expect("urls").push(url);
            Ok(ElicitResult::new(ElicitationAction::Accept))
        } else {
            Ok(ElicitResult::new(ElicitationAction::Decline))
        }
    }
}

/// Sends the transaction a payable answer carries, exactly as given; the mint's hash.
async fn pay_as_told(world: &World, answer: &Value) -> eyre::Result<String> {
    let tx = &answer["payment"]["transaction"];
    let wallet = world.chain.wallet_provider(MINTERS[1]);
    let send = TransactionRequest::default()
        .with_to(tx["to"].as_str().wrap_err("to")?.parse::<Address>()?)
        .with_value(tx["value"].as_str().wrap_err("value")?.parse::<U256>()?)
        .with_input(tx["data"].as_str().wrap_err("data")?.parse::<Bytes>()?)
        .with_chain_id(tx["chain_id"].as_u64().wrap_err("chain id")?);
    let receipt = wallet.send_transaction(send).await?.get_receipt().await?;
    ensure!(receipt.status(), "the mint reverted");
    Ok(receipt.transaction_hash.to_string())
}

async fn order(client: &Client<ProgressLog>, prompt: &str) -> eyre::Result<Value> {
    let ordered = call(
        client,
        "generate_image",
        json!({"prompt": prompt, "tier": 0}),
    )
    .await?;
    ensure!(ordered.is_error != Some(true), "{}", text(&ordered));
    ordered.structured_content.wrap_err("structured")
}

/// The rest of the story an agent can meet: a tier not on offer, an image given up (with the
/// date its payment becomes refundable), minting paused, a flood refused; and the good path
/// watched step by step: progress notifications in order while the image is made, then a
/// preview under 100 kB of a 1024×1024 image of a few megabytes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_agent_sees_progress_a_small_preview_and_every_refusal_in_words() {
    run_e2e("mcp_progress", LIMIT, |ctx| async move {
        let world = World::new(&ctx, 1, &[0], 3600).await?;
        let api = ImageApi::start(ApiMode::Succeed).await?;
        api.set_image_side(1024);
        api.refuse_prompts_containing("[refused]");
        let mut config = world.config().openai(api.base_url.clone());
        // Tier 1 has a name and a model here but no price on chain: not on offer.
        config.extra_sections = "[mcp]\nwait_secs = 60\n\n[images.tiers.1]\nname = \"premium\"\n\
                                 model = \"flux-pro\"\nsize = \"1024x1024\"\n"
            .into();
        let keeper = world.keeper(0, 0, config);
        keeper.start_healthy().await?;
        let log = ProgressLog::default();
        let transport =
            StreamableHttpClientTransport::from_uri(format!("{}/mcp", keeper.base_url()));
        let client = log.clone().serve(transport).await?;

        // The price is in the ordering tool's description.
        let tools = client.list_all_tools().await?;
        let generate = tools
            .iter()
            .find(|t| t.name == "generate_image")
            .wrap_err("generate_image")?;
        let described = generate.description.as_deref().unwrap_or_default();
        ensure!(
            described.contains("Prices now: tier 0: 0.00003 ETH"),
            "{described}"
        );
        let tiers = call(&client, "list_tiers", json!({})).await?;
        ensure!(
            text(&tiers).contains("tier 1 \"premium\": not on offer")
                && tiers.structured_content.as_ref().is_some_and(|t| {
                    t["tiers"][0]["name"] == "tier 0" && t["tiers"][1]["name"] == "premium"
                }),
            "{}",
            text(&tiers)
        );
        // A client that can show its person a link is offered the page as well; one that
        // cannot (the agent's above) gets the same ways to pay, no offer.
        let person = Person::default();
        let transport =
            StreamableHttpClientTransport::from_uri(format!("{}/mcp", keeper.base_url()));
        let with_person = person.clone().serve(transport).await?;
        let offered = call(
            &with_person,
            "generate_image",
            json!({"prompt": "a fox", "tier": 0}),
        )
        .await?;
        let offered = offered.structured_content.wrap_err("structured")?;
        let page = offered["payment"]["page_url"]
            .as_str()
            .wrap_err("page_url")?;
        ensure!(
            offered["page_offered"] == "opened"
                && *person.0.lock().expect("urls") == [page.to_owned()],
            "{offered} / shown {:?}",
            person.0.lock().expect("urls")
        );
        with_person.cancel().await?;
        let plain = order(&client, "a fox").await?;
        ensure!(
            plain["page_offered"].is_null() && plain["payment"]["page_url"].is_string(),
            "{plain}"
        );

        let refused = call(
            &client,
            "generate_image",
            json!({"prompt": "a fox", "tier": 1}),
        )
        .await?;
        ensure!(
            refused.is_error == Some(true)
                && text(&refused).contains("tier 1 is not on offer")
                && text(&refused).contains("tiers on offer: 0"),
            "{}",
            text(&refused)
        );

        // Refused by the image provider: given up, refundable after the token's deadline.
        let given_up = order(&client, "a [refused] portrait").await?;
        let hash = pay_as_told(&world, &given_up).await?;
        let answer = wait_until(
            "the refused image given up",
            WAIT,
            Duration::from_millis(300),
            || async {
                let result = call(&client, "get_image", json!({"request": hash})).await?;
                let answer = result.structured_content.clone().wrap_err("structured")?;
                Ok(if answer["state"] == "given_up" {
                    Check::Done(answer)
                } else {
                    Check::NotYet(answer["state"].to_string())
                })
            },
        )
        .await?;
        let token = answer["token_id"].as_u64().wrap_err("token")?;
        let on_chain = world.nft().request(token).await?;
        ensure!(
            answer["refund_after"] == json!(on_chain.deadline),
            "refund date {} vs the token's deadline {}",
            answer["refund_after"],
            on_chain.deadline
        );
        let message = answer["message"].as_str().unwrap_or_default();
        ensure!(
            message.contains("given up") && message.contains("refundable"),
            "{message}"
        );

        // The good path, watched: the provider holds the image until the steps so far are seen.
        api.hold();
        let ordered = order(&client, "a quiet harbour at dawn").await?;
        let hash = pay_as_told(&world, &ordered).await?;
        let params = CallToolRequestParams::new("get_image").with_arguments(
            json!({"request": hash})
                .as_object()
                .wrap_err("args")?
                .clone(),
        );
        // rmcp's client puts a progress token on every request (its own, one per call); this
        // is the only call in flight from here on.
        log.clear();
        let watching = {
            let client = client.peer().clone();
            tokio::spawn(async move { client.call_tool(params).await })
        };
        wait_until(
            "the image being generated, as progress says",
            WAIT,
            Duration::from_millis(100),
            || async {
                let seen = log.messages();
                Ok(
                    if api.held() >= 1 && seen.iter().any(|(_, m)| m == "generating") {
                        Check::Done(())
                    } else {
                        Check::NotYet(format!("held {}, progress {seen:?}", api.held()))
                    },
                )
            },
        )
        .await?;
        api.release();
        let result = tokio::time::timeout(WAIT, watching).await???;
        let answer = result.structured_content.clone().wrap_err("structured")?;
        ensure!(answer["state"] == "delivered", "{answer}");
        // The web page's steps, in their order; a step shorter than the poll may be skipped
        // (on Anvil a delivery is mined within milliseconds), none may go backwards.
        let seen = log.messages();
        let steps: Vec<&str> = seen.iter().map(|(_, m)| m.as_str()).collect();
        let order = [
            "paid",
            "queued",
            "generating",
            "stored",
            "delivering",
            "delivered",
        ];
        let ranks: Vec<usize> = steps
            .iter()
            .map(|s| {
                order
                    .iter()
                    .position(|o| o == s)
                    .wrap_err_with(|| format!("unknown step {s}"))
            })
            .collect::<eyre::Result<_>>()?;
        ensure!(
            ranks.windows(2).all(|w| w[0] < w[1])
                && steps.contains(&"generating")
                && steps.last() == Some(&"delivered"),
            "progress steps {steps:?}"
        );
        ensure!(
            seen.windows(2).all(|w| w[0].0 < w[1].0),
            "progress must increase: {seen:?}"
        );

        // The preview: a JPEG well under 100 kB of a multi-megabyte PNG, the same picture.
        let (data, mime) = result
            .content
            .iter()
            .find_map(|c| match c {
                ContentBlock::Image(image) => Some((image.data.clone(), image.mime_type.clone())),
                _ => None,
            })
            .wrap_err("no image content in the delivered answer")?;
        let preview = base64::engine::general_purpose::STANDARD.decode(data)?;
        ensure!(mime == "image/jpeg", "{mime}");
        ensure!(
            preview.len() <= 100 * 1024,
            "preview of {} bytes",
            preview.len()
        );
        let full = reqwest::get(answer["image_url"].as_str().wrap_err("image_url")?)
            .await?
            .error_for_status()?
            .bytes()
            .await?;
        ensure!(
            full.len() > 1_000_000,
            "the full image has {} bytes",
            full.len()
        );
        let decoded = image::load_from_memory(&preview)?;
        ensure!(
            decoded.width() == decoded.height() && decoded.width() >= 256,
            "{}x{}",
            decoded.width(),
            decoded.height()
        );

        // Minting paused by the owner: nothing can be paid, in words.
        world.as_owner().pause().send().await?.get_receipt().await?;
        let paused = call(
            &client,
            "generate_image",
            json!({"prompt": "a fox", "tier": 0}),
        )
        .await?;
        ensure!(
            paused.is_error == Some(true) && text(&paused).contains("minting is paused"),
            "{}",
            text(&paused)
        );
        // A flood of reports is refused before it reaches the chain.
        let http = reqwest::Client::new();
        let mut limited = 0;
        for _ in 0..60 {
            let status = http
                .post(format!(
                    "{}/api/requests/req_{}/paid",
                    keeper.base_url(),
                    "0".repeat(32)
                ))
                .json(&json!({"tx_hash": hash}))
                .send()
                .await?
                .status();
            if status == reqwest::StatusCode::TOO_MANY_REQUESTS {
                limited += 1;
            }
        }
        ensure!(limited > 0, "60 reports in a burst met no 429");

        Ok(())
    })
    .await;
}

/// A client that only starts local processes (stdio) gets the same tools through
/// `genim mcp --keeper <url>`: the price in the description, the exact transaction, the image
/// with progress relayed under its own token, refusals in words; a wrong URL is refused in one
/// line.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stdio_client_gets_the_same_tools_through_genim_mcp() {
    run_e2e("mcp_stdio", LIMIT, |ctx| async move {
        let world = World::new(&ctx, 1, &[0], 3600).await?;
        let mut config = world.config();
        config.extra_sections = "[mcp]\nwait_secs = 60\n".into();
        let keeper = world.keeper(0, 0, config);
        keeper.start_healthy().await?;

        let refused = std::process::Command::new(common::genim_bin())
            .args(["mcp", "--keeper", "keeper.example"])
            .output()?;
        let stderr = String::from_utf8_lossy(&refused.stderr);
        ensure!(
            refused.status.code() == Some(1)
                && stderr.trim().lines().count() == 1
                && stderr.contains("is not an http(s) URL"),
            "{:?}: {stderr}",
            refused.status
        );

        let mut bridge = tokio::process::Command::new(common::genim_bin());
        bridge.args(["mcp", "--keeper", &keeper.base_url()]);
        let (transport, _) = rmcp::transport::TokioChildProcess::builder(bridge)
            .stderr(std::process::Stdio::null())
            .spawn()?;
        let log = ProgressLog::default();
        let client = log.clone().serve(transport).await?;
        let tools = client.list_all_tools().await?;
        let generate = tools
            .iter()
            .find(|t| t.name == "generate_image")
            .wrap_err("generate_image")?;
        ensure!(
            tools.len() == 3
                && generate.output_schema.is_some()
                && generate
                    .description
                    .as_deref()
                    .is_some_and(|d| d.contains("Prices now: tier 0: 0.00003 ETH")),
            "{tools:?}"
        );
        let unknown = call(
            &client,
            "generate_image",
            json!({"prompt": "a fox", "tier": 9}),
        )
        .await?;
        ensure!(
            unknown.is_error == Some(true) && text(&unknown).contains("tier 9 is unknown"),
            "{}",
            text(&unknown)
        );

        let ordered = order(&client, "a kingfisher over a stream").await?;
        let hash = pay_as_told(&world, &ordered).await?;
        log.clear();
        let delivered = call(&client, "get_image", json!({"request": hash})).await?;
        let answer = delivered
            .structured_content
            .clone()
            .wrap_err("structured")?;
        ensure!(
            answer["state"] == "delivered" && answer["mint_tx_hash"] == json!(hash),
            "{answer}"
        );
        let steps: Vec<String> = log.messages().into_iter().map(|(_, m)| m).collect();
        ensure!(
            steps.last().map(String::as_str) == Some("delivered"),
            "progress through the bridge: {steps:?}"
        );
        ensure!(
            delivered
                .content
                .iter()
                .any(|c| matches!(c, ContentBlock::Image(_))),
            "the preview comes through the bridge"
        );
        client.cancel().await?;
        Ok(())
    })
    .await;
}
