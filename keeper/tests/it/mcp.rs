//! AI agents buy images over MCP (`/mcp`), with rmcp's own streamable HTTP client against the real
//! keeper on Anvil: the agent sends the transaction `generate_image` returns as is, the keeper is
//! restarted between the payment and `get_image`, a client that leaves mid-call changes nothing,
//! and each error is a tool result in words.

use crate::common;

use std::time::Duration;

use alloy::network::TransactionBuilder as _;
use alloy::primitives::{Address, Bytes, U256};
use alloy::providers::Provider as _;
use alloy::rpc::types::TransactionRequest;
use eyre::{ContextCompat as _, ensure};
use rmcp::model::{CallToolRequestParams, CallToolResult};
use rmcp::service::RunningService;
use rmcp::transport::StreamableHttpClientTransport;
use rmcp::{RoleClient, ServiceExt as _};
use serde_json::{Value, json};

use common::chain::MINTERS;
use common::{Check, Keeper, World, run_e2e, wait_until};

const LIMIT: Duration = Duration::from_secs(240);
const WAIT: Duration = Duration::from_secs(90);

pub(crate) type Client = RunningService<RoleClient, ()>;

pub(crate) async fn connect(keeper: &Keeper) -> eyre::Result<Client> {
    let transport = StreamableHttpClientTransport::from_uri(format!("{}/mcp", keeper.base_url()));
    Ok(().serve(transport).await?)
}

pub(crate) async fn call(
    client: &Client,
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
                .any(|c| matches!(c, rmcp::model::ContentBlock::ResourceLink(_))),
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
