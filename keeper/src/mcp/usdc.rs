//! The third way to pay over MCP: USDC by signature, no gas, relayed by the keeper, in the shape of
//! the x402 MCP transport (x402 v2). A payable result carries the requirement (`PaymentRequired`:
//! scheme `exact`, network `eip155:<chain id>`, the tier's USDC price, the token, the contract as
//! `payTo`, and in `extra` the EIP-712 typed data to sign with this contract's nonce rule); asked
//! for USDC, or for a tier sold only in USDC, `generate_image` answers with that requirement as a
//! payment-required result (`isError`, `structuredContent`, `content[0]` its JSON). The agent
//! retries with the signed authorization in `_meta["x402/payment"]` (a `PaymentPayload`) or, for
//! clients that do not speak x402, in the argument `usdc_authorization`. Either goes through the
//! relay's own checks and queue (`serve::relay::submit`), the relay is recorded on the request,
//! and the receipt (`SettleResponse`) goes in `_meta["x402/payment-response"]` once the mint is
//! mined, in this answer or a later `get_image`.

use std::net::SocketAddr;
use std::time::Duration;

use alloy::primitives::{Address, B256, U256};
use axum::extract::ConnectInfo;
use rmcp::model::{CallToolResult, ContentBlock, MetaObject};
use rmcp::service::RequestContext;
use rmcp::{ErrorData, RoleServer};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::McpState;
use super::requests::new_request_id;
use super::tools::{ImageAnswer, answer, failure};
use crate::chain::usdc_authorization::{
    self, FreshAuthorization, VALID_FOR_SECS, authorization_nonce,
};
use crate::jobs::{McpRequest, Relay, RelayRequest, RelayState, StoreError};
use crate::serve::relay::{self, Refusal};
use crate::time::unix_now;

/// Where x402's MCP transport carries the client's payment and the server's receipt.
pub const PAYMENT_META: &str = "x402/payment";
pub const PAYMENT_RESPONSE_META: &str = "x402/payment-response";
const X402_VERSION: u32 = 2;
const POLL: Duration = Duration::from_millis(250);

/// x402 `PaymentRequired`: what to pay, and how.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PaymentRequired {
    pub x402_version: u32,
    pub error: String,
    pub resource: ResourceInfo,
    pub accepts: Vec<PaymentRequirements>,
}

/// x402 `ResourceInfo`.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ResourceInfo {
    /// `mcp://tool/generate_image`.
    pub url: String,
    pub description: String,
    pub mime_type: String,
}

/// x402 `PaymentRequirements` (v2), scheme `exact` on an EVM network.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PaymentRequirements {
    pub scheme: String,
    /// CAIP-2: `eip155:<chain id>`.
    pub network: String,
    /// USDC units (6 decimals), decimal string: the tier's USDC price now.
    pub amount: String,
    /// The USDC token.
    pub asset: String,
    /// The GenImNFT contract: it receives the authorization and holds the payment in escrow.
    pub pay_to: String,
    pub max_timeout_seconds: u64,
    pub extra: Extra,
}

/// What to sign, exactly: the token's EIP-712 domain and a `ReceiveWithAuthorization` whose nonce
/// binds prompt, tier, terms, window and salt (so only this contract can submit it, only for
/// this image). Echo it back in the `PaymentPayload`'s `accepted`.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Extra {
    /// The token's EIP-712 name and version (as x402's `exact` scheme names them).
    pub name: String,
    pub version: String,
    /// The request id this payment is for (`req_…`).
    pub request: String,
    pub prompt: String,
    pub tier: u8,
    /// The contract's terms version the price and agents are read at.
    pub terms: u32,
    /// 32 random bytes, 0x-hex, part of the nonce.
    pub salt: String,
    /// How the nonce is computed, in words of Solidity.
    pub nonce_rule: String,
    /// The EIP-712 typed data to sign (`eth_signTypedData_v4`), with `message.from` set to the
    /// signer (who pays and receives the token).
    pub typed_data: Value,
}

/// The plain-argument form of the signed payment, for clients that do not speak x402: the
/// fields of the requirement's `typedData.message` the signer chose or signed, and its salt and
/// terms.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UsdcAuthorization {
    /// The signer: pays, and receives the token.
    pub from: String,
    /// USDC units signed, decimal string (the requirement's `amount`).
    pub value: String,
    /// Unix seconds, decimal strings, as signed.
    pub valid_after: String,
    pub valid_before: String,
    /// The requirement's `extra.salt`.
    pub salt: String,
    /// The requirement's `extra.terms`.
    pub terms: u32,
    /// The EIP-712 signature, 0x-hex (65 bytes r‖s‖v, or a smart wallet's bytes).
    pub signature: String,
    /// The requirement's `extra.request`, to pay that request.
    #[serde(default)]
    pub request: Option<String>,
}

/// x402 `PaymentPayload` (v2) for the `exact` EVM scheme, as far as the relay needs it.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct PaymentPayload {
    x402_version: u32,
    accepted: Accepted,
    payload: ExactPayload,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Accepted {
    scheme: String,
    network: String,
    asset: String,
    pay_to: String,
    extra: AcceptedExtra,
}

#[derive(Debug, Deserialize)]
struct AcceptedExtra {
    salt: String,
    terms: u32,
    #[serde(default)]
    request: Option<String>,
}

#[derive(Debug, Deserialize)]
struct ExactPayload {
    signature: String,
    authorization: Authorization,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Authorization {
    from: String,
    to: String,
    value: String,
    valid_after: String,
    valid_before: String,
    nonce: String,
}

/// What the relay needs: the relay's own request, and the request id the agent named.
#[derive(Debug)]
struct Signed {
    relay: RelayRequest,
    request: Option<String>,
}

/// Where the USDC is and who relays: what a requirement names.
#[derive(Debug, Clone, Copy)]
pub(super) struct UsdcTerms {
    pub(super) usdc: Address,
    pub(super) chain_id: u64,
    pub(super) nft: Address,
}

impl UsdcTerms {
    fn network(&self) -> String {
        format!("eip155:{}", self.chain_id)
    }
}

/// The requirement for request `request` (prompt, tier) at `terms` and `price` (USDC units).
pub(super) fn requirement(
    on: UsdcTerms,
    request: &str,
    prompt: &str,
    tier: u8,
    terms: u32,
    price: U256,
    now: u64,
) -> PaymentRequired {
    let FreshAuthorization {
        salt,
        valid_before,
        nonce,
    } = FreshAuthorization::new(on.chain_id, on.nft, tier, prompt, terms, now);
    let nft = on.nft.to_checksum(None);
    let typed_data = json!({
        "domain": usdc_authorization::domain(on.chain_id, on.usdc),
        "primaryType": "ReceiveWithAuthorization",
        "types": {
            "EIP712Domain": usdc_authorization::domain_type(),
            "ReceiveWithAuthorization": usdc_authorization::receive_with_authorization_type(),
        },
        "message": {
            "from": null,
            "to": nft,
            "value": price.to_string(),
            "validAfter": "0",
            "validBefore": valid_before.to_string(),
            "nonce": nonce.to_string(),
        },
    });
    PaymentRequired {
        x402_version: X402_VERSION,
        error: format!(
            "Payment required: {price} USDC units for an image of tier {tier}, held in escrow \
             until it is delivered"
        ),
        resource: ResourceInfo {
            url: "mcp://tool/generate_image".into(),
            description: format!("An image for {prompt:?} in tier {tier} (request {request})"),
            mime_type: "application/json".into(),
        },
        accepts: vec![PaymentRequirements {
            scheme: "exact".into(),
            network: on.network(),
            amount: price.to_string(),
            asset: on.usdc.to_checksum(None),
            pay_to: nft,
            max_timeout_seconds: VALID_FOR_SECS,
            extra: Extra {
                name: usdc_authorization::DOMAIN_NAME.into(),
                version: usdc_authorization::DOMAIN_VERSION.into(),
                request: request.to_owned(),
                prompt: prompt.to_owned(),
                tier,
                terms,
                salt: salt.to_string(),
                nonce_rule: usdc_authorization::NONCE_RULE.into(),
                typed_data,
            },
        }],
    }
}

/// The USDC requirement for a payable result, where the keeper relays and the tier sells in USDC.
pub(super) fn offer(
    state: &McpState,
    request: &str,
    prompt: &str,
    tier: u8,
    terms: u32,
    usdc_price: U256,
) -> Option<PaymentRequired> {
    let on = state.usdc_terms()?;
    (!usdc_price.is_zero())
        .then(|| requirement(on, request, prompt, tier, terms, usdc_price, unix_now()))
}

/// Whether this call pays (or asks to pay) in USDC.
pub(super) fn carries_payment(ctx: &RequestContext<RoleServer>) -> bool {
    ctx.meta.get(PAYMENT_META).is_some()
}

/// `generate_image` in USDC: pays with the signed authorization the call carries, or answers
/// with the requirement (payment required).
#[allow(clippy::too_many_arguments)] // the call's own arguments and what was read for it
pub(super) async fn generate(
    state: &McpState,
    ctx: &RequestContext<RoleServer>,
    page_base: &str,
    prompt: String,
    tier: u8,
    eth_price: U256,
    usdc_price: U256,
    plain: Option<UsdcAuthorization>,
) -> Result<CallToolResult, ErrorData> {
    let Some(on) = state.usdc_terms() else {
        return Ok(failure(
            "this keeper does not relay USDC payments; pay in ETH (generate_image without \
             pay_with or usdc_authorization)",
        ));
    };
    if usdc_price.is_zero() {
        return Ok(failure(format!(
            "tier {tier} is not offered in USDC; pay in ETH (generate_image without pay_with)"
        )));
    }
    let Ok(terms) = state.nft.terms().call().await else {
        return Ok(super::tools::chain_error());
    };
    let signed = match ctx.meta.get(PAYMENT_META) {
        Some(payload) => Some(from_x402(on, &prompt, tier, payload)),
        None => plain.map(|plain| Ok(from_plain(&prompt, tier, plain))),
    };
    match signed {
        Some(Ok(signed)) => pay(state, ctx, signed).await,
        Some(Err(words)) => Ok(refusal_result(on, "invalid_payload", &words, json!({}))),
        None => {
            let id = new_request_id();
            state
                .store
                .record_mcp_request(&id, &prompt, tier)
                .map_err(internal)?;
            let mut ways =
                super::payment::payment(state, page_base, &id, &prompt, tier, eth_price, terms);
            let required = requirement(on, &id, &prompt, tier, terms, usdc_price, unix_now());
            ways.usdc = Some(required.clone());
            payment_required(
                &required,
                ImageAnswer {
                    request: Some(id),
                    prompt: Some(prompt),
                    tier: Some(tier),
                    payment: Some(ways),
                    ..ImageAnswer::default()
                },
            )
        }
    }
}

/// The payment-required result of the x402 MCP transport: `isError`, the requirement as
/// `structuredContent` and as JSON in `content[0]`, then words. The same object is also a whole
/// `ImageAnswer` (state `payment_required`, the request, every way to pay), so that it meets
/// `generate_image`'s output schema too: a client may check every structured result against it.
fn payment_required(
    required: &PaymentRequired,
    mut answer: ImageAnswer,
) -> Result<CallToolResult, ErrorData> {
    let first = required.accepts.first();
    answer.state = "payment_required".into();
    answer.message = format!(
        "Payment required: {} USDC units on {} for request {}. Sign the EIP-712 typed data in \
         accepts[0].extra.typedData (message.from = your address; no ETH needed, the keeper \
         relays it) and call generate_image again with the same prompt and tier and the signed \
         payment in _meta[\"x402/payment\"] (x402 PaymentPayload), or as the argument \
         usdc_authorization {{from, value, validAfter, validBefore, salt, terms, signature, \
         request}}.",
        first.map_or("?", |a| a.amount.as_str()),
        first.map_or("?", |a| a.network.as_str()),
        answer.request.as_deref().unwrap_or("?"),
    );
    let value = merged(&answer, required)?;
    let mut result = CallToolResult::structured_error(value);
    result.content.push(ContentBlock::text(answer.message));
    Ok(result)
}

/// One JSON object with the fields of both (their names do not overlap).
fn merged(answer: &ImageAnswer, more: &impl Serialize) -> Result<Value, ErrorData> {
    let encode = |e: serde_json::Error| ErrorData::internal_error(e.to_string(), None);
    let mut value = serde_json::to_value(answer).map_err(encode)?;
    if let (Some(object), Value::Object(more)) = (
        value.as_object_mut(),
        serde_json::to_value(more).map_err(encode)?,
    ) {
        object.extend(more);
    }
    Ok(value)
}

/// Checks a `PaymentPayload` against this call and this contract, and makes the relay's request
/// of it; the words of what is wrong otherwise.
fn from_x402(on: UsdcTerms, prompt: &str, tier: u8, payload: &Value) -> Result<Signed, String> {
    let payload: PaymentPayload = serde_json::from_value(payload.clone()).map_err(|e| {
        format!("_meta[\"x402/payment\"] is not an x402 PaymentPayload for the exact scheme: {e}")
    })?;
    if payload.x402_version != X402_VERSION {
        return Err(format!(
            "x402Version {} is not supported; this server speaks x402 version {X402_VERSION}",
            payload.x402_version
        ));
    }
    let accepted = &payload.accepted;
    let authorization = &payload.payload.authorization;
    let same = |a: &str, b: Address| a.parse::<Address>().is_ok_and(|a| a == b);
    if accepted.scheme != "exact" || accepted.network != on.network() {
        return Err(format!(
            "the payment is for scheme {:?} on {:?}; this server takes scheme \"exact\" on {:?}",
            accepted.scheme,
            accepted.network,
            on.network()
        ));
    }
    if !same(&accepted.asset, on.usdc) {
        return Err(format!(
            "the payment is in asset {}, not this server's USDC {}",
            accepted.asset, on.usdc
        ));
    }
    if !same(&accepted.pay_to, on.nft) || !same(&authorization.to, on.nft) {
        return Err(format!(
            "the payment is to {}, not to the GenImNFT contract {}",
            authorization.to, on.nft
        ));
    }
    let number = |name: &str, text: &str| {
        text.parse::<U256>()
            .map_err(|_| format!("{name} {text:?} is not a decimal number"))
    };
    let valid_after = number("validAfter", &authorization.valid_after)?;
    let valid_before = number("validBefore", &authorization.valid_before)?;
    let salt: B256 = accepted
        .extra
        .salt
        .parse()
        .map_err(|_| "accepted.extra.salt is not 32 bytes of 0x-hex".to_owned())?;
    let nonce = authorization_nonce(
        on.chain_id,
        on.nft,
        tier,
        prompt,
        accepted.extra.terms,
        valid_after,
        valid_before,
        salt,
    );
    if authorization.nonce.parse::<B256>().ok() != Some(nonce) {
        return Err(format!(
            "the signed authorization is not for this call: its nonce does not bind prompt \
             {prompt:?}, tier {tier}, terms {} and its window and salt. Sign the requirement \
             generate_image gave for this prompt and tier, unchanged.",
            accepted.extra.terms
        ));
    }
    Ok(Signed {
        relay: RelayRequest {
            prompt: prompt.to_owned(),
            tier,
            terms: accepted.extra.terms,
            from: authorization.from.clone(),
            value: authorization.value.clone(),
            valid_after: authorization.valid_after.clone(),
            valid_before: authorization.valid_before.clone(),
            salt: accepted.extra.salt.clone(),
            signature: payload.payload.signature,
        },
        request: accepted.extra.request.clone(),
    })
}

fn from_plain(prompt: &str, tier: u8, plain: UsdcAuthorization) -> Signed {
    Signed {
        relay: RelayRequest {
            prompt: prompt.to_owned(),
            tier,
            terms: plain.terms,
            from: plain.from,
            value: plain.value,
            valid_after: plain.valid_after,
            valid_before: plain.valid_before,
            salt: plain.salt,
            signature: plain.signature,
        },
        request: plain.request,
    }
}

/// Relays the signed payment (the relay's own checks and queue), records the relay on the
/// request, and follows it for a while: the request, the relay, and the receipt once mined.
async fn pay(
    state: &McpState,
    ctx: &RequestContext<RoleServer>,
    signed: Signed,
) -> Result<CallToolResult, ErrorData> {
    let (Some(api), Some(on)) = (state.relay.as_ref(), state.usdc_terms()) else {
        return Ok(failure("this keeper does not relay USDC payments"));
    };
    let client = ctx
        .extensions
        .get::<axum::http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<ConnectInfo<SocketAddr>>())
        .map(|ConnectInfo(address)| *address);
    let (prompt, tier) = (signed.relay.prompt.clone(), signed.relay.tier);
    let relay = match relay::submit(api, client, signed.relay).await {
        Ok((relay, _)) => relay,
        Err(refusal) => return Ok(refused(on, &refusal)),
    };
    let request = match state
        .store
        .mcp_request_for_relay(&relay.id)
        .map_err(internal)?
    {
        // The same authorization again: the request it already pays.
        Some(request) => request,
        None => attach(state, &relay, &prompt, tier, signed.request.as_deref())?,
    };
    match follow(state, request, &ctx.ct).await? {
        Followed::Token(request, _) => {
            let mut result = describe_paid(&request, &relay.id);
            add_receipt(state, Some(&request), &mut result)?;
            Ok(result)
        }
        Followed::Answer(result) => Ok(result),
    }
}

/// The request the relay pays: the one the agent named if it is for this prompt and tier and
/// not paid otherwise, else a new one.
fn attach(
    state: &McpState,
    relay: &Relay,
    prompt: &str,
    tier: u8,
    named: Option<&str>,
) -> Result<McpRequest, ErrorData> {
    let store = &state.store;
    let named = match named {
        Some(id) => store.mcp_request(id).map_err(internal)?.filter(|r| {
            r.prompt == prompt && r.tier == tier && r.relay_id.is_none() && r.token_id.is_none()
        }),
        None => None,
    };
    let id = match named {
        Some(request) => request.id,
        None => {
            let id = new_request_id();
            store
                .record_mcp_request(&id, prompt, tier)
                .map_err(internal)?;
            id
        }
    };
    if !store.attach_mcp_relay(&id, &relay.id).map_err(internal)? {
        // Another call with the same authorization attached it first: that request.
        if let Some(request) = store.mcp_request_for_relay(&relay.id).map_err(internal)? {
            return Ok(request);
        }
    }
    store
        .mcp_request(&id)
        .map_err(internal)?
        .ok_or_else(|| ErrorData::internal_error("request vanished", None))
}

/// Where a relayed request got to within one call.
pub(super) enum Followed {
    /// Minted and bound: the token.
    Token(McpRequest, u64),
    /// Not minted (yet, or ever): the answer to give.
    Answer(CallToolResult),
}

/// Follows the relay paying `request` until it is minted (then binds the token), fails, or the
/// call's wait is over.
pub(super) async fn follow(
    state: &McpState,
    request: McpRequest,
    cancelled: &tokio_util::sync::CancellationToken,
) -> Result<Followed, ErrorData> {
    let Some(relay_id) = request.relay_id.clone() else {
        return Err(ErrorData::internal_error("not a relayed request", None));
    };
    let deadline = tokio::time::Instant::now() + state.wait;
    let relay = loop {
        let relay = state
            .store
            .relay(&relay_id)
            .map_err(internal)?
            .ok_or_else(|| ErrorData::internal_error("relay not recorded", None))?;
        let open = matches!(relay.state, RelayState::Accepted | RelayState::Sent);
        if !open || tokio::time::Instant::now() >= deadline {
            break relay;
        }
        tokio::select! {
            () = tokio::time::sleep(POLL) => {}
            () = cancelled.cancelled() => break relay,
        }
    };
    match (relay.state, relay.token_id, relay.tx_hash.as_deref()) {
        (RelayState::Minted, Some(token_id), Some(tx_hash)) => {
            if !state
                .store
                .bind_mcp_request(&request.id, tx_hash, token_id)
                .map_err(internal)?
            {
                return Ok(Followed::Answer(failure(format!(
                    "token {token_id} is already bound to another request"
                ))));
            }
            let request = state
                .store
                .mcp_request(&request.id)
                .map_err(internal)?
                .unwrap_or(request);
            Ok(Followed::Token(request, token_id))
        }
        (RelayState::Failed, _, _) => {
            let (code, message) = relay
                .error
                .clone()
                .unwrap_or_else(|| ("failed".into(), "the relay failed".into()));
            Ok(Followed::Answer(failure(format!(
                "The USDC payment for request {} was not minted: {message} ({code}). Nothing \
                 was paid. Call generate_image again for a fresh requirement.",
                request.id
            ))))
        }
        _ => {
            let message = format!(
                "Request {}: the keeper is sending your signed USDC payment (relay {}, {}). No \
                 ETH needed. Call get_image with {} to follow it to the image.",
                request.id,
                relay.id,
                relay.tx_hash.as_deref().map_or_else(
                    || "not sent yet".to_owned(),
                    |tx| format!("transaction {tx}")
                ),
                request.id,
            );
            Ok(Followed::Answer(answer(&ImageAnswer {
                request: Some(request.id.clone()),
                relay: Some(relay.id.clone()),
                state: "relaying".into(),
                message,
                prompt: Some(request.prompt),
                tier: Some(request.tier),
                mint_tx_hash: relay.tx_hash,
                ..ImageAnswer::default()
            })?))
        }
    }
}

/// The request a relay paid with `token_id`, bound to the token (for `get_image` by token id or
/// mint hash before any call followed the relay).
pub(super) async fn relayed_to(
    state: &McpState,
    token_id: u64,
) -> Result<Option<McpRequest>, ErrorData> {
    let Some(request) = state
        .store
        .mcp_request_relayed_to(token_id)
        .map_err(internal)?
    else {
        return Ok(None);
    };
    if request.token_id.is_some() {
        return Ok(Some(request));
    }
    let never = tokio_util::sync::CancellationToken::new();
    match follow(state, request, &never).await? {
        Followed::Token(request, _) => Ok(Some(request)),
        Followed::Answer(_) => Ok(None),
    }
}

fn describe_paid(request: &McpRequest, relay_id: &str) -> CallToolResult {
    let token_id = request.token_id.unwrap_or_default();
    let message = format!(
        "Paid in USDC: request {} is token {token_id} (relay {relay_id}, transaction {}). The \
         image is being made; call get_image with {} to collect it.",
        request.id,
        request.tx_hash.as_deref().unwrap_or("?"),
        request.id
    );
    answer(&ImageAnswer {
        request: Some(request.id.clone()),
        relay: Some(relay_id.to_owned()),
        state: "paid".into(),
        message,
        prompt: Some(request.prompt.clone()),
        tier: Some(request.tier),
        token_id: request.token_id,
        mint_tx_hash: request.tx_hash.clone(),
        ..ImageAnswer::default()
    })
    .unwrap_or_else(|_| failure("could not encode the answer"))
}

/// Adds the x402 receipt (`SettleResponse`) to a result about a request paid by a relay that
/// minted.
pub(super) fn add_receipt(
    state: &McpState,
    request: Option<&McpRequest>,
    result: &mut CallToolResult,
) -> Result<(), ErrorData> {
    let (Some(on), Some(relay_id)) = (
        state.usdc_terms(),
        request.and_then(|r| r.relay_id.as_deref()),
    ) else {
        return Ok(());
    };
    let Some(relay) = state.store.relay(relay_id).map_err(internal)? else {
        return Ok(());
    };
    let (RelayState::Minted, Some(tx_hash)) = (relay.state, relay.tx_hash) else {
        return Ok(());
    };
    let payer = relay
        .request
        .from
        .parse::<Address>()
        .map_or(relay.request.from.clone(), |a| a.to_checksum(None));
    let mut meta = result.meta.take().unwrap_or_default();
    meta.0.insert(
        PAYMENT_RESPONSE_META.into(),
        json!({
            "success": true,
            "transaction": tx_hash,
            "network": on.network(),
            "payer": payer,
            "amount": relay.request.value,
        }),
    );
    result.meta = Some(meta);
    Ok(())
}

/// A relay refusal as a tool result in words, with its code and fields, and the failed x402
/// receipt.
fn refused(on: UsdcTerms, refusal: &Refusal) -> CallToolResult {
    refusal_result(on, refusal.code, &refusal.message, refusal.extra.clone())
}

fn refusal_result(on: UsdcTerms, code: &str, message: &str, extra: Value) -> CallToolResult {
    let words = format!("The USDC payment was refused ({code}): {message}. Nothing was paid.");
    let mut body = json!({"error": code});
    if let (Some(body), Some(extra)) = (body.as_object_mut(), extra.as_object()) {
        body.extend(extra.clone());
    }
    // Also a whole `ImageAnswer` (see `payment_required`).
    let answer = ImageAnswer {
        state: "refused".into(),
        message: words.clone(),
        ..ImageAnswer::default()
    };
    let mut result = match merged(&answer, &body) {
        Ok(value) => CallToolResult::structured_error(value),
        Err(_) => failure(words.clone()),
    };
    result.content.insert(0, ContentBlock::text(words));
    let mut meta = MetaObject::default();
    meta.0.insert(
        PAYMENT_RESPONSE_META.into(),
        json!({
            "success": false,
            "errorReason": code,
            "errorMessage": message,
            "transaction": "",
            "network": on.network(),
        }),
    );
    result.meta = Some(meta);
    result
}

fn internal(error: StoreError) -> ErrorData {
    ErrorData::internal_error(error.to_string(), None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn on() -> UsdcTerms {
        UsdcTerms {
            usdc: Address::repeat_byte(0x11),
            chain_id: 31337,
            nft: Address::repeat_byte(0x22),
        }
    }

    /// The payload a client makes from a requirement: the typed data's message, signed.
    fn payload(required: &PaymentRequired, from: Address) -> Value {
        let accepted = serde_json::to_value(&required.accepts[0]).unwrap();
        let message = &accepted["extra"]["typedData"]["message"];
        json!({
            "x402Version": 2,
            "accepted": accepted,
            "payload": {
                "signature": format!("0x{}", "ab".repeat(65)),
                "authorization": {
                    "from": from.to_string(),
                    "to": message["to"],
                    "value": message["value"],
                    "validAfter": message["validAfter"],
                    "validBefore": message["validBefore"],
                    "nonce": message["nonce"],
                },
            },
        })
    }

    #[test]
    fn a_payload_made_from_the_requirement_becomes_the_relays_request() {
        let required = requirement(on(), "req_1", "a fox", 2, 7, U256::from(100_000), 1000);
        let accepts = &required.accepts[0];
        assert_eq!(
            (accepts.scheme.as_str(), accepts.network.as_str()),
            ("exact", "eip155:31337")
        );
        assert_eq!(accepts.pay_to, on().nft.to_checksum(None));
        let from = Address::repeat_byte(0x33);
        let signed = from_x402(on(), "a fox", 2, &payload(&required, from)).unwrap();
        assert_eq!(signed.request.as_deref(), Some("req_1"));
        let relay = signed.relay;
        assert_eq!(
            (relay.prompt.as_str(), relay.tier, relay.terms),
            ("a fox", 2, 7)
        );
        assert_eq!(relay.value, "100000");
        assert_eq!(relay.valid_before, (1000 + VALID_FOR_SECS).to_string());
        assert_eq!(relay.salt, accepts.extra.salt);
        assert_eq!(relay.from.parse::<Address>().unwrap(), from);
    }

    #[test]
    fn a_payload_for_another_prompt_tier_or_contract_is_refused_in_words() {
        let required = requirement(on(), "req_1", "a fox", 2, 7, U256::from(100_000), 1000);
        let from = Address::repeat_byte(0x33);
        let payload = payload(&required, from);
        let other_prompt = from_x402(on(), "a hen", 2, &payload).unwrap_err();
        assert!(other_prompt.contains("not for this call"), "{other_prompt}");
        assert!(from_x402(on(), "a fox", 3, &payload).is_err());
        let elsewhere = UsdcTerms {
            nft: Address::repeat_byte(0x44),
            ..on()
        };
        let wrong_contract = from_x402(elsewhere, "a fox", 2, &payload).unwrap_err();
        assert!(
            wrong_contract.contains("not to the GenImNFT"),
            "{wrong_contract}"
        );
        let mut v1 = payload.clone();
        v1["x402Version"] = json!(1);
        assert!(
            from_x402(on(), "a fox", 2, &v1)
                .unwrap_err()
                .contains("version")
        );
        assert!(from_x402(on(), "a fox", 2, &json!({"x": 1})).is_err());
    }
}
