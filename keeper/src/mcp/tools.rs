//! The MCP surface: three tools with input and output schemas. Errors an agent can act on are
//! tool results in words (`isError`), never protocol errors.

use std::sync::Arc;

use alloy::primitives::U256;
use alloy::primitives::utils::format_ether;
use base64::Engine as _;
use base64::prelude::BASE64_STANDARD;
use rmcp::handler::server::router::tool::ToolRouter;
use rmcp::handler::server::tool::schema_for_output;
use rmcp::handler::server::wrapper::Parameters;
use rmcp::model::{
    CallToolResult, ContentBlock, JsonObject, Resource, ServerCapabilities, ServerConfig,
};
use rmcp::service::RequestContext;
use rmcp::{ErrorData, RoleServer, ServerHandler, tool, tool_handler, tool_router};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::payment::{self, BindError, Payment};
use super::preview::{self, Preview};
use super::requests::{self, Named};
use super::usdc::{self, UsdcAuthorization};
use super::{McpState, elicit, wait};
use crate::jobs::{Job, McpRequest};
use crate::metadata::sha256;

#[derive(Debug, Deserialize, JsonSchema)]
pub struct GenerateArgs {
    /// What the image shows: 1 to 1000 bytes of UTF-8 text.
    pub prompt: String,
    /// The tier number from list_tiers.
    pub tier: u8,
    /// "usdc" to pay in USDC without gas (answers with the x402 requirement to sign); default:
    /// every way that applies.
    #[serde(default)]
    pub pay_with: Option<Currency>,
    /// The signed USDC authorization, for clients that do not send it in
    /// `_meta["x402/payment"]`.
    #[serde(default)]
    pub usdc_authorization: Option<UsdcAuthorization>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Currency {
    Eth,
    Usdc,
}

#[derive(Debug, Deserialize, JsonSchema)]
pub struct GetArgs {
    /// A request id from generate_image (req_…), a token id, or the hash of the mint
    /// transaction (0x…). Safe to ask again.
    pub request: String,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Tier {
    pub tier: u8,
    /// What buyers call the tier ("premium"; "tier N" when the operator named none).
    pub name: String,
    /// Price in wei, decimal string; "0" with `on_offer` false: not sold now.
    pub price_wei: String,
    /// The same price in ETH.
    pub price_eth: String,
    /// Price in USDC units (10^-6 dollars), when the tier sells for USDC.
    pub usdc_price: Option<String>,
    /// Seconds the keeper has to deliver; after that the buyer may take the payment back.
    pub window_secs: u32,
    pub model: String,
    pub size: String,
    pub on_offer: bool,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Tiers {
    pub chain_id: u64,
    pub contract: String,
    pub minting_paused: bool,
    pub tiers: Vec<Tier>,
}

/// Where a request stands, and what to do next. Stable shape; wei as decimal strings.
#[derive(Debug, Default, Serialize, JsonSchema)]
pub struct ImageAnswer {
    /// The request id (req_…), when the request came from generate_image.
    pub request: Option<String>,
    /// awaiting_payment, payment_required (USDC: the x402 requirement, with `isError`),
    /// refused (a USDC payment refused, nothing paid), relaying (a signed USDC payment being
    /// sent), paid, queued, generating, stored, delivering, delivered, given_up or not_delivered.
    pub state: String,
    /// What to do next, in words.
    pub message: String,
    pub prompt: Option<String>,
    pub tier: Option<u8>,
    pub token_id: Option<u64>,
    /// The USDC relay paying for it (r_…), when paid with a signed authorization.
    pub relay: Option<String>,
    /// Every way to pay, while the request waits for its payment.
    pub payment: Option<Payment>,
    /// Where the client can show a person a link, the payment page was offered to them:
    /// opened, declined or no_answer (absent: not offered).
    pub page_offered: Option<String>,
    pub mint_tx_hash: Option<String>,
    pub delivery_tx_hash: Option<String>,
    /// The full image over https, and its ipfs:// URI where there is one.
    pub image_url: Option<String>,
    pub image_ipfs: Option<String>,
    pub metadata_url: Option<String>,
    pub metadata_ipfs: Option<String>,
    /// sha256 of the metadata file, 0x-hex.
    pub metadata_sha256: Option<String>,
    /// Whether the token's metadata hash on chain equals `metadata_sha256`.
    pub metadata_hash_on_chain: Option<bool>,
    /// Unix seconds after which the payment can be refunded (when the image is given up).
    pub refund_after: Option<u64>,
}

#[derive(Clone)]
pub struct GenImTools {
    state: Arc<McpState>,
    tool_router: ToolRouter<Self>,
}

pub(super) fn failure(message: impl Into<String>) -> CallToolResult {
    CallToolResult::error(vec![ContentBlock::text(message.into())])
}

pub(super) fn answer(answer: &ImageAnswer) -> Result<CallToolResult, ErrorData> {
    let value =
        serde_json::to_value(answer).map_err(|e| ErrorData::internal_error(e.to_string(), None))?;
    let mut result = CallToolResult::structured(value);
    result
        .content
        .insert(0, ContentBlock::text(answer.message.clone()));
    for (url, name, mime) in [
        (&answer.image_url, "image", None),
        (&answer.image_ipfs, "image (ipfs)", None),
        (&answer.metadata_url, "metadata", Some("application/json")),
        (
            &answer.metadata_ipfs,
            "metadata (ipfs)",
            Some("application/json"),
        ),
    ] {
        if let Some(url) = url {
            let mut link = Resource::new(url.clone(), name);
            if let Some(mime) = mime {
                link = link.with_mime_type(mime);
            }
            result.content.push(ContentBlock::resource_link(link));
        }
    }
    Ok(result)
}

/// The page's base URL: configured, else this keeper at the host the client reached.
fn page_base(state: &McpState, ctx: &RequestContext<RoleServer>) -> String {
    if !state.page_url.is_empty() {
        return state.page_url.clone();
    }
    let host = ctx
        .extensions
        .get::<axum::http::request::Parts>()
        .and_then(|parts| parts.headers.get(axum::http::header::HOST))
        .and_then(|host| host.to_str().ok())
        .unwrap_or("localhost");
    let local =
        host.starts_with("127.") || host.starts_with("localhost") || host.starts_with("[::1]");
    format!("{}://{host}", if local { "http" } else { "https" })
}

pub(super) fn chain_error() -> CallToolResult {
    failure("cannot read the chain right now; try again in a minute")
}

/// The schema without schemars' integer formats (`uint8`, `uint64`, ...): JSON Schema has no
/// such formats, and validators in clients (the TypeScript SDK's among them) warn about each
/// one. The bounds that matter are `minimum`/`maximum`, which stay.
fn without_integer_formats(schema: &JsonObject) -> JsonObject {
    fn strip(value: &mut Value) {
        match value {
            Value::Object(object) => {
                if object
                    .get("format")
                    .and_then(Value::as_str)
                    .is_some_and(|f| f.starts_with("int") || f.starts_with("uint"))
                {
                    object.remove("format");
                }
                object.values_mut().for_each(strip);
            }
            Value::Array(items) => items.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut value = Value::Object(schema.clone());
    strip(&mut value);
    match value {
        Value::Object(object) => object,
        _ => schema.clone(),
    }
}

/// `tier 0: 0.00003 ETH or $0.10 (flux-schnell 1024x1024)`, for each tier on offer.
fn price_list(tiers: &Tiers) -> String {
    let offered: Vec<String> = tiers
        .tiers
        .iter()
        .filter(|t| t.on_offer)
        .map(|t| format!("{}: {} ({} {})", label(t), prices(t), t.model, t.size))
        .collect();
    if offered.is_empty() {
        "no tier is on offer".into()
    } else {
        offered.join("; ")
    }
}

/// `tier 1 "premium"`, or `tier 0` when the tier has no name of its own.
fn label(tier: &Tier) -> String {
    if tier.name == format!("tier {}", tier.tier) {
        tier.name.clone()
    } else {
        format!("tier {} \"{}\"", tier.tier, tier.name)
    }
}

/// `0.00003 ETH or $0.10`: the tier's price in each currency it sells for.
fn prices(tier: &Tier) -> String {
    let mut prices = Vec::new();
    if tier.price_wei != "0" {
        prices.push(format!("{} ETH", tier.price_eth));
    }
    if let Some(usdc) = tier
        .usdc_price
        .as_deref()
        .and_then(|u| u.parse::<u64>().ok())
    {
        prices.push(format!("${}", usdc_dollars(usdc)));
    }
    if prices.is_empty() {
        "not on offer".into()
    } else {
        prices.join(" or ")
    }
}

/// Wei as ETH without trailing zeros: 30000000000000 → "0.00003".
fn eth(wei: U256) -> String {
    let text = format_ether(wei);
    match text.split_once('.') {
        Some((whole, fraction)) if !fraction.trim_end_matches('0').is_empty() => {
            format!("{whole}.{}", fraction.trim_end_matches('0'))
        }
        Some((whole, _)) => whole.to_owned(),
        None => text,
    }
}

/// USDC units (10^-6 dollars) as dollars: 100000 → "0.10", 1234567 → "1.234567".
fn usdc_dollars(units: u64) -> String {
    let cents_and_rest = format!("{:06}", units % 1_000_000);
    let fraction = cents_and_rest.trim_end_matches('0');
    let fraction = if fraction.len() < 2 {
        &cents_and_rest[..2]
    } else {
        fraction
    };
    format!("{}.{fraction}", units / 1_000_000)
}

#[tool_router]
impl GenImTools {
    pub fn new(state: Arc<McpState>) -> Self {
        Self {
            state,
            tool_router: Self::tool_router(),
        }
    }

    #[tool(
        description = "Lists the image tiers on sale: price in wei and ETH (and USDC where \
        offered), model, size, and the delivery window after which an undelivered image is \
        refundable. Prices are read from the contract at each call.",
        output_schema = schema_for_output::<Tiers>()
    )]
    async fn list_tiers(&self) -> Result<CallToolResult, ErrorData> {
        let Ok(tiers) = self.read_tiers().await else {
            return Ok(chain_error());
        };
        let text = tiers
            .tiers
            .iter()
            .map(|t| {
                format!(
                    "{}: {}, {} {}, delivered within {} s or refundable",
                    label(t),
                    prices(t),
                    t.model,
                    t.size,
                    t.window_secs,
                )
            })
            .collect::<Vec<_>>()
            .join("\n");
        let value = serde_json::to_value(&tiers)
            .map_err(|e| ErrorData::internal_error(e.to_string(), None))?;
        let mut result = CallToolResult::structured(value);
        result.content.insert(0, ContentBlock::text(text));
        Ok(result)
    }

    #[tool(
        description = "Orders an image for a prompt in a tier (prices: list_tiers; you pay the \
        tier's exact price in ETH on chain, held in escrow until the image is delivered, \
        refundable if it is not delivered in the tier's window). Nothing is generated before \
        the payment is on chain. Answers at once with a request id and every way to pay: the \
        exact transaction to send (chain id, to, value in wei, data), its EIP-681 link, and a \
        web page link for a person to pay. Then call get_image with the transaction hash. \
        Where the tier sells in USDC and this keeper relays, also an x402 requirement \
        (payment.usdc; pay_with \"usdc\" asks for it alone): sign its typed data, no ETH \
        needed, and call again with the same prompt and tier and the signed payment in \
        _meta[\"x402/payment\"] or usdc_authorization; get_image then follows it.",
        output_schema = schema_for_output::<ImageAnswer>()
    )]
    async fn generate_image(
        &self,
        Parameters(args): Parameters<GenerateArgs>,
        ctx: RequestContext<RoleServer>,
    ) -> Result<CallToolResult, ErrorData> {
        let prompt = args.prompt;
        if prompt.trim().is_empty() {
            return Ok(failure("the prompt is empty; describe the image you want"));
        }
        let Ok(max) = self.state.nft.MAX_PROMPT_BYTES().call().await else {
            return Ok(chain_error());
        };
        if U256::from(prompt.len()) > max {
            return Ok(failure(format!(
                "the prompt is {} bytes; at most {max} bytes of UTF-8 are allowed, shorten it",
                prompt.len()
            )));
        }
        let Ok(tiers) = self.read_tiers().await else {
            return Ok(chain_error());
        };
        if tiers.minting_paused {
            return Ok(failure(
                "minting is paused on the contract; nothing can be paid now, try again later",
            ));
        }
        let offered: Vec<String> = tiers
            .tiers
            .iter()
            .filter(|t| t.on_offer)
            .map(|t| t.tier.to_string())
            .collect();
        let Some(tier) = tiers.tiers.iter().find(|t| t.tier == args.tier) else {
            return Ok(failure(format!(
                "tier {} is unknown; tiers on offer: {}",
                args.tier,
                offered.join(", ")
            )));
        };
        let usdc_price: U256 = tier
            .usdc_price
            .as_deref()
            .and_then(|p| p.parse().ok())
            .unwrap_or_default();
        let price: U256 = tier.price_wei.parse().unwrap_or_default();
        // USDC when asked, when it carries a signed payment, or when the tier sells only in USDC.
        if args.pay_with == Some(Currency::Usdc)
            || args.usdc_authorization.is_some()
            || usdc::carries_payment(&ctx)
            || (price.is_zero() && !usdc_price.is_zero())
        {
            return usdc::generate(
                &self.state,
                &ctx,
                &page_base(&self.state, &ctx),
                prompt,
                args.tier,
                price,
                usdc_price,
                args.usdc_authorization,
            )
            .await;
        }
        if !tier.on_offer || tier.price_wei == "0" {
            return Ok(failure(format!(
                "tier {} is not on offer for ETH now; tiers on offer: {}",
                args.tier,
                offered.join(", ")
            )));
        }
        let Ok(terms) = self.state.nft.terms().call().await else {
            return Ok(chain_error());
        };
        let id = requests::new_request_id();
        self.state
            .store
            .record_mcp_request(&id, &prompt, args.tier)
            .map_err(|e| ErrorData::internal_error(e.to_string(), None))?;
        let mut payment = payment::payment(
            &self.state,
            &page_base(&self.state, &ctx),
            &id,
            &prompt,
            args.tier,
            price,
            terms,
        );
        payment.usdc = usdc::offer(&self.state, &id, &prompt, args.tier, terms, usdc_price);
        let mut message = format!(
            "Request {id}: pay {} ETH for tier {} on chain {}. With a wallet, send the \
             transaction in `payment.transaction` as is (or open the EIP-681 link) and call \
             get_image with its hash; or let a person pay at {} and call get_image with {id}.",
            tier.price_eth, args.tier, self.state.chain_id, payment.page_url
        );
        if let Some(usdc) = &payment.usdc {
            message = format!(
                "{message} Or pay {} USDC units without ETH: sign `payment.usdc` (x402) and call \
                 generate_image again with the signed payment.",
                usdc.accepts.first().map_or("?", |a| a.amount.as_str())
            );
        }
        let price = format!("{} ETH", tier.price_eth);
        let offer = elicit::offer_page(&ctx, &payment.page_url, &id, &price, self.state.wait).await;
        if let Some(offer) = offer {
            message = format!("{message} {}", offer.words());
        }
        answer(&ImageAnswer {
            request: Some(id),
            state: "awaiting_payment".into(),
            message,
            page_offered: offer.map(|offer| offer.as_str().to_owned()),
            prompt: Some(prompt),
            tier: Some(args.tier),
            payment: Some(payment),
            ..ImageAnswer::default()
        })
    }

    #[tool(
        description = "The image of a request: by request id (req_…), token id, or the mint \
        transaction's hash. Answers at once while it waits for payment; once paid, waits a \
        while for the image with progress (paid, queued, generating, stored, delivering, \
        delivered) and answers with the state if it is not done yet (call again). Delivered: a \
        preview, links to the full image and metadata, token id and both transaction hashes.",
        output_schema = schema_for_output::<ImageAnswer>()
    )]
    async fn get_image(
        &self,
        Parameters(args): Parameters<GetArgs>,
        ctx: RequestContext<RoleServer>,
    ) -> Result<CallToolResult, ErrorData> {
        let internal = |e: crate::jobs::StoreError| ErrorData::internal_error(e.to_string(), None);
        let Some(named) = requests::parse(&args.request) else {
            return Ok(failure(format!(
                "{:?} is neither a request id (req_…), a token id nor a transaction hash",
                args.request
            )));
        };
        let (request, token_id): (Option<McpRequest>, u64) = match named {
            Named::Request(id) => {
                let Some(request) = self.state.store.mcp_request(&id).map_err(internal)? else {
                    return Ok(failure(format!(
                        "no request {id} is known here; request ids come from generate_image"
                    )));
                };
                match request.token_id {
                    Some(token_id) => (Some(request), token_id),
                    None if request.relay_id.is_some() => {
                        match usdc::follow(&self.state, request, &ctx.ct).await? {
                            usdc::Followed::Token(request, token_id) => (Some(request), token_id),
                            usdc::Followed::Answer(result) => return Ok(result),
                        }
                    }
                    None => return self.awaiting_payment(request, &ctx).await,
                }
            }
            Named::Token(token_id) => {
                let bound = self
                    .state
                    .store
                    .mcp_request_for_token(token_id)
                    .map_err(internal)?;
                let request = match bound {
                    Some(request) => Some(request),
                    None => usdc::relayed_to(&self.state, token_id).await?,
                };
                (request, token_id)
            }
            Named::Tx(hash) => match self.by_tx(&hash).await {
                Ok((None, token_id)) => (usdc::relayed_to(&self.state, token_id).await?, token_id),
                Ok(found) => found,
                Err(error) => return Ok(failure(error.to_string())),
            },
        };
        let job = wait::until_final(
            &self.state,
            token_id,
            ctx.meta.get_progress_token().map(|t| (t, ctx.peer.clone())),
            &ctx.ct,
        )
        .await
        .map_err(internal)?;
        if job.is_none() && request.is_none() {
            // Not in the job database: a token the keeper has not seen (yet), or none at all.
            let exists = self.state.nft.request(U256::from(token_id)).call().await;
            if !matches!(&exists, Ok(r) if !r.requester.is_zero()) {
                return Ok(failure(format!(
                    "token {token_id} is not known: no such image request on this contract"
                )));
            }
        }
        let paid_by_relay = request.clone().filter(|r| r.relay_id.is_some());
        let described = self.describe(request, token_id, job.as_ref()).await;
        let mut result = answer(&described)?;
        if described.state == "delivered"
            && let Some(job) = &job
            && let Some(preview) = self.preview_of(job).await
        {
            // After the words, before the links: what a model sees first is the image.
            result.content.insert(
                1,
                ContentBlock::image(BASE64_STANDARD.encode(&preview.bytes), preview.mime),
            );
        }
        usdc::add_receipt(&self.state, paid_by_relay.as_ref(), &mut result)?;
        Ok(result)
    }
}

impl GenImTools {
    async fn read_tiers(&self) -> Result<Tiers, alloy::contract::Error> {
        let nft = &self.state.nft;
        let paused = nft.paused().call().await?;
        let mut tiers = Vec::new();
        for offered in &self.state.tiers {
            let on_chain = nft.tiers(offered.tier).call().await?;
            tiers.push(Tier {
                tier: offered.tier,
                name: offered.name.clone(),
                price_wei: on_chain.price.to_string(),
                price_eth: eth(on_chain.price),
                usdc_price: (!on_chain.usdcPrice.is_zero()).then(|| on_chain.usdcPrice.to_string()),
                window_secs: on_chain.window,
                model: offered.model.clone(),
                size: offered.size.clone(),
                on_offer: !on_chain.price.is_zero() || !on_chain.usdcPrice.is_zero(),
            });
        }
        Ok(Tiers {
            chain_id: self.state.chain_id,
            contract: nft.address().to_checksum(None),
            minting_paused: paused,
            tiers,
        })
    }

    /// A request not paid yet: its state at once, and the ways to pay again (prices read now).
    async fn awaiting_payment(
        &self,
        request: McpRequest,
        ctx: &RequestContext<RoleServer>,
    ) -> Result<CallToolResult, ErrorData> {
        let nft = &self.state.nft;
        let (Ok(tier), Ok(terms)) = (
            nft.tiers(request.tier).call().await,
            nft.terms().call().await,
        ) else {
            return Ok(chain_error());
        };
        let mut payment = payment::payment(
            &self.state,
            &page_base(&self.state, ctx),
            &request.id,
            &request.prompt,
            request.tier,
            tier.price,
            terms,
        );
        payment.usdc = usdc::offer(
            &self.state,
            &request.id,
            &request.prompt,
            request.tier,
            terms,
            tier.usdcPrice,
        );
        let mut ways = Vec::new();
        if !tier.price.is_zero() {
            ways.push(format!(
                "send `payment.transaction` ({} ETH) and call get_image with its hash",
                eth(tier.price)
            ));
        }
        if payment.usdc.is_some() {
            ways.push(format!(
                "sign `payment.usdc` ({} USDC units, no ETH needed) and call generate_image \
                 again with it",
                tier.usdcPrice
            ));
        }
        ways.push(format!("pay at {}", payment.page_url));
        answer(&ImageAnswer {
            message: format!(
                "Request {} is waiting for its payment: {}.",
                request.id,
                ways.join("; or ")
            ),
            request: Some(request.id),
            state: "awaiting_payment".into(),
            prompt: Some(request.prompt),
            tier: Some(request.tier),
            payment: Some(payment),
            ..ImageAnswer::default()
        })
    }

    /// The token a mint transaction created, bound to the request of the same prompt and tier
    /// if there is an unbound one (the agent paid its own request and shows only the hash).
    async fn by_tx(&self, hash: &str) -> Result<(Option<McpRequest>, u64), BindError> {
        let (_, minted) = payment::minted_by(&self.state, hash).await?;
        let token_id: u64 = minted
            .tokenId
            .try_into()
            .map_err(|_| BindError::NoMint(hash.to_owned()))?;
        if let Some(bound) = self.state.store.mcp_request_for_token(token_id)? {
            return Ok((Some(bound), token_id));
        }
        let waiting = self
            .state
            .store
            .unbound_mcp_request(&minted.prompt, minted.tier)?;
        let request = match waiting {
            Some(request) => {
                payment::bind_by_tx(&self.state, &request.id, hash).await?;
                self.state.store.mcp_request(&request.id)?
            }
            None => None,
        };
        Ok((request, token_id))
    }

    async fn describe(
        &self,
        request: Option<McpRequest>,
        token_id: u64,
        job: Option<&Job>,
    ) -> ImageAnswer {
        let step = wait::step(job);
        let mut out = ImageAnswer {
            request: request.as_ref().map(|r| r.id.clone()),
            relay: request.as_ref().and_then(|r| r.relay_id.clone()),
            state: step.to_owned(),
            prompt: job
                .map(|j| j.prompt.clone())
                .or(request.as_ref().map(|r| r.prompt.clone())),
            tier: job.map(|j| j.tier).or(request.as_ref().map(|r| r.tier)),
            token_id: Some(token_id),
            mint_tx_hash: job
                .map(|j| j.tx_hash.clone())
                .or(request.as_ref().and_then(|r| r.tx_hash.clone())),
            ..ImageAnswer::default()
        };
        let Some(job) = job else {
            out.message = format!(
                "Token {token_id} is paid; the keeper has not picked it up yet. Call get_image \
                 again in a minute."
            );
            return out;
        };
        match step {
            "delivered" => {
                out.delivery_tx_hash = job.delivered_tx_hash.clone();
                (out.image_url, out.image_ipfs) = self.links(job.image_uri.as_deref());
                (out.metadata_url, out.metadata_ipfs) = self.links(job.metadata_uri.as_deref());
                out.metadata_sha256 = job.metadata_sha256.clone();
                out.metadata_hash_on_chain = self.hash_on_chain_matches(job).await;
                out.message = format!(
                    "Token {token_id} is delivered: image {}, metadata {}.",
                    out.image_url.as_deref().unwrap_or("(no link)"),
                    out.metadata_url.as_deref().unwrap_or("(no link)")
                );
            }
            "given_up" | "not_delivered" => {
                out.refund_after = Some(job.deadline);
                out.message = format!(
                    "The image for token {token_id} was given up ({}); the payment is refundable \
                     to the token's holder after unix time {} (refund(tokenId) on the contract; \
                     the keeper may refund it by itself).",
                    job.reason.as_deref().unwrap_or("no reason recorded"),
                    job.deadline
                );
            }
            _ => {
                out.message = format!(
                    "Token {token_id} is {step}; call get_image again to collect the image."
                );
            }
        }
        out
    }

    /// The delivered image, small enough for a model's context, read from the keeper's own
    /// storage and checked against the hash recorded when it was made. `None` (logged) when it
    /// cannot be: the answer still links the full image.
    async fn preview_of(&self, job: &Job) -> Option<Preview> {
        let token_id = job.token_id;
        let key = self.state.storage.key_of_uri(job.image_uri.as_deref()?)?;
        let bytes = match self.state.storage.get(&key).await {
            Ok(Some(bytes)) => bytes,
            Ok(None) => {
                tracing::warn!(token_id, key, "no preview: the image is not in storage");
                return None;
            }
            Err(error) => {
                tracing::warn!(token_id, %error, "no preview: storage cannot be read");
                return None;
            }
        };
        let recorded = job.image_sha256.as_deref()?.trim_start_matches("0x");
        if !hex::encode(sha256(&bytes)).eq_ignore_ascii_case(recorded) {
            tracing::warn!(
                token_id,
                key,
                "no preview: the stored image is not the one delivered"
            );
            return None;
        }
        match tokio::task::spawn_blocking(move || preview::make(&bytes)).await {
            Ok(Ok(preview)) => Some(preview),
            Ok(Err(error)) => {
                tracing::warn!(token_id, %error, "no preview");
                None
            }
            Err(error) => {
                tracing::warn!(token_id, %error, "no preview: the task failed");
                None
            }
        }
    }

    /// An https link a client can fetch and the ipfs:// URI where there is one.
    fn links(&self, uri: Option<&str>) -> (Option<String>, Option<String>) {
        match uri {
            Some(uri) if uri.starts_with("ipfs://") => (
                Some(format!(
                    "{}{}",
                    self.state.ipfs_gateway,
                    uri.trim_start_matches("ipfs://")
                )),
                Some(uri.to_owned()),
            ),
            Some(uri) => (Some(uri.to_owned()), None),
            None => (None, None),
        }
    }

    async fn hash_on_chain_matches(&self, job: &Job) -> Option<bool> {
        let stored = job.metadata_sha256.as_deref()?;
        let on_chain = self
            .state
            .nft
            .request(U256::from(job.token_id))
            .call()
            .await
            .ok()?
            .metadataHash;
        Some(
            on_chain
                .to_string()
                .eq_ignore_ascii_case(&format!("0x{}", stored.trim_start_matches("0x"))),
        )
    }
}

#[tool_handler(router = self.tool_router)]
impl ServerHandler for GenImTools {
    /// The tools, with today's prices in the ordering tool's description: a model choosing a
    /// tool sees what it costs before it calls anything. Prices are read from the contract at
    /// each listing; when the chain cannot be read the descriptions point to list_tiers alone.
    async fn list_tools(
        &self,
        _request: Option<rmcp::model::PaginatedRequestParams>,
        context: RequestContext<RoleServer>,
    ) -> Result<rmcp::model::ListToolsResult, ErrorData> {
        let mut tools = self.tool_router.list_all();
        for tool in &mut tools {
            tool.input_schema = Arc::new(without_integer_formats(&tool.input_schema));
            if let Some(schema) = &tool.output_schema {
                tool.output_schema = Some(Arc::new(without_integer_formats(schema)));
            }
        }
        if let Ok(tiers) = self.read_tiers().await {
            let prices = price_list(&tiers);
            for tool in tools.iter_mut().filter(|t| t.name == "generate_image") {
                let described = tool.description.as_deref().unwrap_or_default();
                tool.description = Some(format!("{described} Prices now: {prices}.").into());
            }
        }
        let cache_hints = context
            .protocol_version()
            .is_some_and(|version| version >= rmcp::model::ProtocolVersion::V_2026_07_28);
        Ok(rmcp::model::ListToolsResult {
            result_type: Some(rmcp::model::ResultType::COMPLETE),
            tools,
            meta: None,
            next_cursor: None,
            // Prices change: a client may not keep this list.
            ttl_ms: cache_hints.then_some(0),
            cache_scope: cache_hints.then_some(rmcp::model::CacheScope::Private),
        })
    }

    fn get_info(&self) -> ServerConfig {
        ServerConfig::new(ServerCapabilities::builder().enable_tools().build())
            .with_server_info(rmcp::model::Implementation::new(
                "genim-keeper",
                env!("CARGO_PKG_VERSION"),
            ))
            .with_instructions(
                "Paid image generation: list_tiers for prices, generate_image to order (answers \
                 with the exact payment), get_image to collect. Payment is held in escrow on \
                 chain until delivery and refundable if the image is not delivered in time.",
            )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tier(tier: u8, wei: &str, usdc: Option<&str>) -> Tier {
        Tier {
            tier,
            name: if tier == 2 {
                "ultra".into()
            } else {
                format!("tier {tier}")
            },
            price_wei: wei.into(),
            price_eth: eth(wei.parse::<U256>().unwrap()),
            usdc_price: usdc.map(str::to_owned),
            window_secs: 3600,
            model: "flux".into(),
            size: "1024x1024".into(),
            on_offer: wei != "0" || usdc.is_some(),
        }
    }

    #[test]
    fn ether_is_written_without_trailing_zeros() {
        assert_eq!(eth(U256::from(30_000_000_000_000_u64)), "0.00003");
        assert_eq!(eth(U256::from(2_000_000_000_000_000_000_u64)), "2");
        assert_eq!(eth(U256::ZERO), "0");
    }

    #[test]
    fn integer_formats_leave_the_schemas_and_bounds_stay() {
        let schema = schema_for_output::<ImageAnswer>();
        let text = serde_json::to_string(&*schema).unwrap();
        assert!(text.contains("\"uint64\""), "{text}");
        let stripped = serde_json::to_string(&without_integer_formats(&schema)).unwrap();
        assert!(!stripped.contains("uint"), "{stripped}");
        assert!(stripped.contains("\"minimum\":0"), "{stripped}");
    }

    #[test]
    fn dollars_are_written_with_cents() {
        assert_eq!(usdc_dollars(100_000), "0.10");
        assert_eq!(usdc_dollars(2_000_000), "2.00");
        assert_eq!(usdc_dollars(1_234_567), "1.234567");
        assert_eq!(usdc_dollars(5), "0.000005");
    }

    #[test]
    fn the_price_list_names_each_tier_on_offer_in_each_currency() {
        let tiers = Tiers {
            chain_id: 10,
            contract: String::new(),
            minting_paused: false,
            tiers: vec![
                tier(0, "30000000000000", Some("100000")),
                tier(1, "0", None),
                tier(2, "0", Some("250000")),
            ],
        };
        assert_eq!(
            price_list(&tiers),
            "tier 0: 0.00003 ETH or $0.10 (flux 1024x1024); \
             tier 2 \"ultra\": $0.25 (flux 1024x1024)"
        );
    }
}
