//! An AI agent with no ETH and a dollar of USDC buys images over MCP, paying by signature (the x402
//! MCP transport): `generate_image` answers with the requirement (payment required), the agent
//! signs exactly what it names, retries with the signed payment in `_meta["x402/payment"]` (or as
//! the plain argument `usdc_authorization`), the keeper relays it with its own gas, and the receipt
//! and the image follow. A payment signed for another prompt (x402 or plain), or expired, is
//! refused in words and mints nothing. Real keeper with a relayer key, real Anvil, the test USDC, rmcp's client.

use crate::common;
use crate::mcp::{Client, call, connect, text};
use crate::usdc::{ReceiveWithAuthorization, prices_section};

use std::time::Duration;

use alloy::primitives::{B256, Bytes, U256};
use alloy::signers::SignerSync as _;
use alloy::signers::local::PrivateKeySigner;
use alloy::sol;
use alloy::sol_types::{Eip712Domain, SolStruct as _};
use eyre::{ContextCompat as _, ensure};
use genimnft_bindings::gen_im_nft::GenImNFT;
use rmcp::model::{CallToolRequestParams, CallToolResult, RequestMetaObject};
use serde_json::{Value, json};

use common::chain::{DEPLOYER, MINTERS};
use common::{Check, UsdcTerms, World, run_e2e, wait_until};

sol! {
    #[sol(rpc)]
    contract McpTestUsdc {
        function mint(address to, uint256 amount) external;
        function balanceOf(address account) external view returns (uint256);
    }
}

const LIMIT: Duration = Duration::from_secs(300);
const WAIT: Duration = Duration::from_secs(90);
/// The relayer's account: one of Anvil's, used by nothing else here.
const RELAYER: usize = MINTERS[3];
const PRICE: u64 = 100_000;
const DOLLAR: u64 = 1_000_000;

fn field<'a>(value: &'a Value, path: &[&str]) -> eyre::Result<&'a str> {
    path.iter()
        .try_fold(value, |v, key| v.get(key))
        .and_then(Value::as_str)
        .wrap_err_with(|| format!("no string at {path:?} in {value}"))
}

/// Signs the requirement's typed data as a wallet would: its domain, its message, `from` = the
/// signer. Nothing here comes from the test's own knowledge of the contract.
fn sign_requirement(required: &Value, signer: &PrivateKeySigner) -> eyre::Result<(Value, Bytes)> {
    let accepted = required["accepts"][0].clone();
    let typed = &accepted["extra"]["typedData"];
    ensure!(
        typed["primaryType"] == "ReceiveWithAuthorization",
        "{typed}"
    );
    let fields: Vec<&str> = typed["types"]["ReceiveWithAuthorization"]
        .as_array()
        .wrap_err("types")?
        .iter()
        .filter_map(|f| f["name"].as_str())
        .collect();
    ensure!(
        fields == ["from", "to", "value", "validAfter", "validBefore", "nonce"],
        "{fields:?}"
    );
    let domain = &typed["domain"];
    let domain = Eip712Domain::new(
        Some(field(domain, &["name"])?.to_owned().into()),
        Some(field(domain, &["version"])?.to_owned().into()),
        Some(U256::from(domain["chainId"].as_u64().wrap_err("chainId")?)),
        Some(field(domain, &["verifyingContract"])?.parse()?),
        None,
    );
    let message = &typed["message"];
    let authorization = ReceiveWithAuthorization {
        from: signer.address(),
        to: field(message, &["to"])?.parse()?,
        value: field(message, &["value"])?.parse()?,
        validAfter: field(message, &["validAfter"])?.parse()?,
        validBefore: field(message, &["validBefore"])?.parse()?,
        nonce: field(message, &["nonce"])?.parse::<B256>()?,
    };
    let signature = signer.sign_hash_sync(&authorization.eip712_signing_hash(&domain))?;
    let signature = Bytes::from(signature.as_bytes().to_vec());
    let payload = json!({
        "x402Version": required["x402Version"],
        "resource": required["resource"],
        "accepted": accepted,
        "payload": {
            "signature": signature.to_string(),
            "authorization": {
                "from": signer.address().to_checksum(None),
                "to": message["to"],
                "value": message["value"],
                "validAfter": message["validAfter"],
                "validBefore": message["validBefore"],
                "nonce": message["nonce"],
            },
        },
    });
    Ok((payload, signature))
}

/// Has every field generate_image's output schema requires: a client may check it on every
/// structured result, errors too.
async fn meets_output_schema(client: &Client, value: &Value) -> eyre::Result<()> {
    let tools = client.list_all_tools().await?;
    let tool = tools
        .iter()
        .find(|t| t.name == "generate_image")
        .wrap_err("generate_image")?;
    let schema = tool.output_schema.as_ref().wrap_err("output schema")?;
    for key in schema["required"].as_array().wrap_err("required")? {
        let key = key.as_str().wrap_err("key")?;
        ensure!(value.get(key).is_some(), "{key} missing: {value}");
    }
    Ok(())
}

/// `generate_image` asked for USDC: the payment-required result of the x402 MCP transport.
async fn requirement(client: &Client, prompt: &str, chain_id: u64) -> eyre::Result<Value> {
    let result = call(
        client,
        "generate_image",
        json!({"prompt": prompt, "tier": 0, "pay_with": "usdc"}),
    )
    .await?;
    ensure!(
        result.is_error == Some(true),
        "payment required is isError: {}",
        text(&result)
    );
    let required = result.structured_content.clone().wrap_err("structured")?;
    let first = result
        .content
        .first()
        .and_then(|c| c.as_text())
        .wrap_err("content[0]")?;
    ensure!(
        serde_json::from_str::<Value>(&first.text)? == required,
        "content[0] is the requirement's JSON"
    );
    ensure!(required["x402Version"] == 2, "{required}");
    meets_output_schema(client, &required).await?;
    let accepts = &required["accepts"][0];
    ensure!(
        accepts["scheme"] == "exact"
            && accepts["network"] == format!("eip155:{chain_id}")
            && accepts["amount"].as_str() == Some(PRICE.to_string().as_str())
            && accepts["extra"]["prompt"] == prompt,
        "{accepts}"
    );
    Ok(required)
}

async fn call_paid(
    client: &Client,
    args: Value,
    payment: Option<Value>,
) -> eyre::Result<CallToolResult> {
    let mut params = CallToolRequestParams::new("generate_image")
        .with_arguments(args.as_object().wrap_err("arguments")?.clone());
    if let Some(payment) = payment {
        let mut meta = serde_json::Map::new();
        meta.insert("x402/payment".into(), payment);
        params.meta = Some(RequestMetaObject::from(meta));
    }
    Ok(client.call_tool(params).await?)
}

fn receipt_of(result: &CallToolResult) -> Option<Value> {
    result
        .meta
        .as_ref()
        .and_then(|meta| meta.0.get("x402/payment-response").cloned())
}

/// `get_image` until `done` holds for its answer; the last result.
async fn get_until(
    client: &Client,
    request: &str,
    what: &str,
    done: impl Fn(&Value) -> bool,
) -> eyre::Result<CallToolResult> {
    wait_until(what, WAIT, Duration::from_millis(300), || async {
        let result = call(client, "get_image", json!({"request": request})).await?;
        ensure!(result.is_error != Some(true), "{}", text(&result));
        let answer = result.structured_content.clone().wrap_err("structured")?;
        Ok(if done(&answer) {
            Check::Done(result)
        } else {
            Check::NotYet(answer["state"].to_string())
        })
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_agent_without_eth_pays_in_usdc_over_mcp_and_collects_its_image() {
    run_e2e("mcp_usdc", LIMIT, |ctx| async move {
        let terms = UsdcTerms {
            price: PRICE,
            usd_per_eth: 3000,
        };
        let world = World::with_usdc(&ctx, 1, &[0], 3600, terms).await?;
        let setup = world.usdc.wrap_err("usdc")?;
        let chain_id = world.chain.chain_id;
        let buyer = world.chain.signer(MINTERS[0]);
        let usdc = McpTestUsdc::new(setup.token, world.chain.provider.clone());
        McpTestUsdc::new(setup.token, world.chain.wallet_provider(DEPLOYER))
            .mint(buyer.address(), U256::from(DOLLAR))
            .send()
            .await?
            .get_receipt()
            .await?;
        world.chain.set_balance(buyer.address(), U256::ZERO).await?;
        let mut config = world.config();
        config.extra_sections = format!(
            "{}\n[mcp]\nwait_secs = 0\n",
            prices_section(setup.feed, None)
        );
        let mut keeper = world.keeper(0, 0, config);
        keeper.set_env("GENIM_RELAY_KEY", &world.chain.key_hex(RELAYER));
        keeper.start_healthy().await?;
        let client = connect(&keeper).await?;

        // Without asking: every way that applies, the USDC requirement among them.
        let ordered = call(
            &client,
            "generate_image",
            json!({"prompt": "a kite", "tier": 0}),
        )
        .await?;
        ensure!(ordered.is_error != Some(true), "{}", text(&ordered));
        let ordered = ordered.structured_content.wrap_err("structured")?;
        let payment = &ordered["payment"];
        ensure!(
            payment["transaction"]["chain_id"] == chain_id
                && payment["eip681"].is_string()
                && payment["page_url"].is_string()
                && payment["usdc"]["accepts"][0]["payTo"] == payment["transaction"]["to"]
                && payment["usdc"]["accepts"][0]["asset"] == setup.token.to_checksum(None),
            "{payment}"
        );
        // Asked again before paying: the state at once, the requirement still there.
        let request = field(&ordered, &["request"])?;
        let waiting = call(&client, "get_image", json!({"request": request})).await?;
        let waiting = waiting.structured_content.wrap_err("waiting")?;
        ensure!(
            waiting["state"] == "awaiting_payment" && waiting["payment"]["usdc"].is_object(),
            "{waiting}"
        );

        // x402: payment required, signed as it says, retried with _meta["x402/payment"].
        let prompt = "a paper boat on a pond, paid in dollars";
        let required = requirement(&client, prompt, chain_id).await?;
        let request = field(&required["accepts"][0]["extra"], &["request"])?.to_owned();
        let (payment, _) = sign_requirement(&required, &buyer)?;
        let paid = call_paid(
            &client,
            json!({"prompt": prompt, "tier": 0}),
            Some(payment.clone()),
        )
        .await?;
        ensure!(paid.is_error != Some(true), "{}", text(&paid));
        let answer = paid.structured_content.clone().wrap_err("paid")?;
        ensure!(answer["request"] == request.as_str(), "{answer}");
        let relay = field(&answer, &["relay"])?.to_owned();
        ensure!(relay.starts_with("r_"), "{relay}");
        ensure!(
            answer["state"] == "paid" || answer["state"] == "relaying",
            "{answer}"
        );
        // The same signed payment again: the same request and relay, one token.
        let again = call_paid(&client, json!({"prompt": prompt, "tier": 0}), Some(payment)).await?;
        let again = again.structured_content.wrap_err("again")?;
        ensure!(
            again["request"] == request.as_str() && again["relay"] == relay.as_str(),
            "{again}"
        );

        let delivered = get_until(&client, &request, "the USDC image delivered", |a| {
            a["state"] == "delivered"
        })
        .await?;
        let answer = delivered.structured_content.clone().wrap_err("delivered")?;
        let receipt = receipt_of(&delivered).wrap_err("x402/payment-response")?;
        ensure!(
            receipt["success"] == true
                && receipt["transaction"] == answer["mint_tx_hash"]
                && receipt["network"] == format!("eip155:{chain_id}")
                && receipt["payer"] == buyer.address().to_checksum(None),
            "receipt {receipt} for {answer}"
        );
        ensure!(
            answer["prompt"] == prompt && answer["image_url"].is_string(),
            "{answer}"
        );
        let token = answer["token_id"].as_u64().wrap_err("token")?;
        let owner = world.nft().request(token).await?.requester;
        ensure!(owner == buyer.address(), "minted to {owner}");
        ensure!(
            usdc.balanceOf(buyer.address()).call().await? == U256::from(DOLLAR - PRICE),
            "the buyer paid the price"
        );
        ensure!(
            world.chain.balance(buyer.address()).await? == U256::ZERO,
            "the buyer paid gas"
        );

        // A client without x402: the same signature as a plain argument.
        let prompt = "a windmill in the rain, paid in dollars";
        let required = requirement(&client, prompt, chain_id).await?;
        let (payment, signature) = sign_requirement(&required, &buyer)?;
        let authorization = &payment["payload"]["authorization"];
        let extra = &required["accepts"][0]["extra"];
        let plain = json!({
            "from": authorization["from"],
            "value": authorization["value"],
            "validAfter": authorization["validAfter"],
            "validBefore": authorization["validBefore"],
            "salt": extra["salt"],
            "terms": extra["terms"],
            "signature": signature.to_string(),
            "request": extra["request"],
        });
        let paid = call_paid(
            &client,
            json!({"prompt": prompt, "tier": 0, "usdc_authorization": plain}),
            None,
        )
        .await?;
        ensure!(paid.is_error != Some(true), "{}", text(&paid));
        let request = field(extra, &["request"])?;
        ensure!(
            paid.structured_content.wrap_err("plain")?["request"] == request,
            "bound to the requirement's request"
        );
        let minted = get_until(&client, request, "the plain payment minted", |a| {
            a["token_id"].is_u64()
        })
        .await?;
        ensure!(
            receipt_of(&minted).is_some_and(|r| r["success"] == true),
            "receipt"
        );
        ensure!(world.nft().total_minted().await? == 2, "two payments");

        // Refusals, in words, minting nothing: signed for another prompt...
        let required = requirement(&client, "what the agent signed", chain_id).await?;
        let (payment, _) = sign_requirement(&required, &buyer)?;
        let refused = call_paid(
            &client,
            json!({"prompt": "what someone else wants", "tier": 0}),
            Some(payment),
        )
        .await?;
        ensure!(
            refused.is_error == Some(true) && text(&refused).contains("not for this call"),
            "{}",
            text(&refused)
        );
        // ...the same as a plain argument (no nonce to compare: the relay finds the signature
        // is not the buyer's over this prompt)...
        let mut other_prompt = plain.clone();
        other_prompt["request"] = Value::Null;
        let refused = call_paid(
            &client,
            json!({"prompt": "what someone else wants", "tier": 0, "usdc_authorization": other_prompt}),
            None,
        )
        .await?;
        ensure!(
            refused.is_error == Some(true)
                && refused
                    .structured_content
                    .as_ref()
                    .is_some_and(|s| s["error"] == "bad_signature")
                && text(&refused).contains("another prompt"),
            "{}",
            text(&refused)
        );
        // ...and expired.
        let mut expired = plain.clone();
        expired["validBefore"] = json!("1");
        expired["request"] = Value::Null;
        let refused = call_paid(
            &client,
            json!({"prompt": "a late payment", "tier": 0, "usdc_authorization": expired}),
            None,
        )
        .await?;
        ensure!(
            refused.is_error == Some(true) && text(&refused).contains("expired"),
            "{}",
            text(&refused)
        );
        ensure!(
            receipt_of(&refused).is_some_and(|r| r["success"] == false),
            "a failed receipt"
        );
        ensure!(
            refused
                .structured_content
                .as_ref()
                .is_some_and(|s| s["error"] == "expired"
                    && s["state"] == "refused"
                    && s["message"].is_string()),
            "{:?}",
            refused.structured_content
        );
        meets_output_schema(&client, refused.structured_content.as_ref().wrap_err("s")?).await?;
        ensure!(
            world.nft().total_minted().await? == 2,
            "refusals mint nothing"
        );
        ensure!(
            usdc.balanceOf(buyer.address()).call().await? == U256::from(DOLLAR - 2 * PRICE),
            "refusals cost nothing"
        );
        ensure!(
            world.chain.balance(buyer.address()).await? == U256::ZERO,
            "still no ETH"
        );

        // A tier sold only in USDC: payment required without asking, and get_image on the
        // waiting request offers the USDC requirement and no ETH transaction.
        GenImNFT::new(
            world.deployment.address,
            world.chain.wallet_provider(DEPLOYER),
        )
        .setTier(0, U256::ZERO, U256::from(PRICE), 3600)
        .send()
        .await?
        .get_receipt()
        .await?;
        let prompt = "a lamp sold only in dollars";
        let only = call(
            &client,
            "generate_image",
            json!({"prompt": prompt, "tier": 0}),
        )
        .await?;
        ensure!(only.is_error == Some(true), "{}", text(&only));
        let required = only.structured_content.wrap_err("usdc only")?;
        ensure!(
            required["payment"]["transaction"].is_null()
                && required["payment"]["page_url"].is_string()
                && required["state"] == "payment_required",
            "no ETH way for a USDC-only tier: {required}"
        );
        let request = field(&required["accepts"][0]["extra"], &["request"])?.to_owned();
        ensure!(required["request"] == request.as_str(), "{required}");
        let waiting = call(&client, "get_image", json!({"request": request})).await?;
        ensure!(waiting.is_error != Some(true), "{}", text(&waiting));
        let waiting = waiting.structured_content.wrap_err("waiting")?;
        ensure!(
            waiting["state"] == "awaiting_payment"
                && waiting["payment"]["transaction"].is_null()
                && waiting["payment"]["usdc"]["accepts"][0]["amount"].as_str()
                    == Some(PRICE.to_string().as_str()),
            "{waiting}"
        );
        // Signed at the new terms and paid.
        let (payment, _) = sign_requirement(&required, &buyer)?;
        let paid = call_paid(&client, json!({"prompt": prompt, "tier": 0}), Some(payment)).await?;
        ensure!(paid.is_error != Some(true), "{}", text(&paid));
        // The relay mints with no MCP call following it (wait_secs = 0: the answer came at
        // once); get_image by token id still finds the request and its receipt.
        let relay = field(
            paid.structured_content.as_ref().wrap_err("paid")?,
            &["relay"],
        )?;
        let relayed = wait_until(
            "the USDC-only relay minted",
            WAIT,
            Duration::from_millis(200),
            || async {
                let relay = keeper.get_json(&format!("/api/relays/{relay}")).await?;
                Ok(match relay["token_id"].as_str() {
                    Some(token) => Check::Done(token.to_owned()),
                    None => Check::NotYet(relay.to_string()),
                })
            },
        )
        .await?;
        let by_token = call(&client, "get_image", json!({"request": relayed})).await?;
        ensure!(by_token.is_error != Some(true), "{}", text(&by_token));
        let answer = by_token.structured_content.clone().wrap_err("by token")?;
        ensure!(
            answer["request"] == request.as_str() && answer["relay"] == relay,
            "{answer}"
        );
        ensure!(
            receipt_of(&by_token).is_some_and(|r| r["transaction"] == answer["mint_tx_hash"]),
            "receipt by token id"
        );
        ensure!(
            usdc.balanceOf(buyer.address()).call().await? == U256::from(DOLLAR - 3 * PRICE),
            "three prices paid"
        );
        Ok(())
    })
    .await;
}
