//! The USDC relay's HTTP face: `POST /api/mint-with-authorization` takes what a buyer signed and,
//! before any gas is spent, checks it as the contract will (prompt, tier offered in USDC, price
//! and terms unchanged, a window that leaves time to land, the authorization unused, an `eth_call`
//! of the exact mint), within per-client and global bounds; it answers at once with a relay id,
//! and the relay stage (`stages::relay`) sends it. `GET /api/relays/{id}` says where it is. The
//! same authorization posted again is the same relay. Error codes are those of the page's
//! `errors.ts`; messages are plain words.

use std::net::SocketAddr;
use std::sync::Arc;

use alloy::primitives::{Address, B256, U256, keccak256};
use alloy::providers::{DynProvider, Provider as _};
use alloy::sol;
use axum::Extension;
use axum::Router;
use axum::extract::rejection::JsonRejection;
use axum::extract::{ConnectInfo, Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use genimnft_bindings::gen_im_nft::GenImNFT::{self, GenImNFTInstance};
use serde_json::{Value, json};
use tokio::sync::Notify;

use crate::chain::usdc_authorization::{self, ReceiveWithAuthorization, authorization_nonce};
use crate::config::RelayConfig;
use crate::jobs::{JobStore, Relay, RelayRequest};
use crate::metrics::Metrics;
use crate::pauses::{Health, Stage};
use crate::serve::rate::RateLimiter;
use crate::stages::relay::{mint_call, reason_label};
use crate::time::unix_now;

sol! {
    /// USDC's EIP-3009 state read the relay checks.
    #[sol(rpc)]
    interface Eip3009 {
        function authorizationState(address authorizer, bytes32 nonce) external view returns (bool);
    }
}

/// Everything the relay's routes need.
pub struct RelayApi {
    pub store: Arc<JobStore>,
    pub nft: GenImNFTInstance<DynProvider>,
    pub usdc: Address,
    pub relayer: Address,
    pub chain_id: u64,
    pub max_prompt_bytes: u64,
    pub config: RelayConfig,
    pub health: Arc<Health>,
    pub metrics: Metrics,
    pub rate: RateLimiter,
    /// Wakes the relay stage when a relay is accepted.
    pub wake: Arc<Notify>,
}

impl RelayApi {
    /// The `usdc` block of `/api/config`: the token, its EIP-712 domain, the typed data a buyer
    /// signs and how the nonce is made.
    pub fn public_config(&self) -> Value {
        json!({
            "address": self.usdc.to_checksum(None),
            "relay": true,
            "relayer": self.relayer.to_checksum(None),
            "domain": usdc_authorization::domain(self.chain_id, self.usdc),
            "primaryType": "ReceiveWithAuthorization",
            "types": {
                "ReceiveWithAuthorization": usdc_authorization::receive_with_authorization_type(),
            },
            "nonce": usdc_authorization::NONCE_RULE,
            "min_window_secs": self.config.min_window_secs,
        })
    }
}

pub fn router(api: Arc<RelayApi>) -> Router {
    Router::new()
        .route("/api/mint-with-authorization", post(accept))
        .route("/api/relays/{id}", get(status))
        .with_state(api)
}

/// A refusal: status, code, words, and any extra fields. Nothing was paid.
#[derive(Debug)]
pub struct Refusal {
    pub status: StatusCode,
    /// A code of the relay API (`price_changed`, `expired`, ...).
    pub code: &'static str,
    /// Plain words for the buyer.
    pub message: String,
    /// Fields the code carries (`signed`, `current`, `reason`).
    pub extra: Value,
}

impl Refusal {
    fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            status,
            code,
            message: message.into(),
            extra: json!({}),
        }
    }

    fn with(mut self, extra: Value) -> Self {
        self.extra = extra;
        self
    }
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        let mut body = json!({"error": self.code, "message": self.message});
        if let (Some(body), Some(extra)) = (body.as_object_mut(), self.extra.as_object()) {
            body.extend(extra.clone());
        }
        let mut response = (self.status, axum::Json(body)).into_response();
        if self.status == StatusCode::TOO_MANY_REQUESTS
            || self.status == StatusCode::SERVICE_UNAVAILABLE
        {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
        }
        response
    }
}

async fn accept(
    State(api): State<Arc<RelayApi>>,
    client: Option<Extension<ConnectInfo<SocketAddr>>>,
    body: Result<axum::Json<RelayRequest>, JsonRejection>,
) -> Response {
    let client = client.map(|Extension(ConnectInfo(address))| address);
    let outcome = match body {
        Ok(axum::Json(request)) => submit(&api, client, request).await,
        Err(rejection) => Err(refused(&api, bad_request(rejection.body_text()))),
    };
    match outcome {
        Ok((relay, new)) => {
            let status = if new {
                StatusCode::ACCEPTED
            } else {
                StatusCode::OK
            };
            (status, axum::Json(relay_json(&relay))).into_response()
        }
        Err(refusal) => refusal.into_response(),
    }
}

/// Takes a signed USDC mint: the checks, the record and the wake-up of the relay stage, for every
/// way a buyer reaches the relay (this route, MCP's `generate_image`). The relay, and whether it
/// is new (the same authorization again is the same relay); or why not, counted by reason.
pub async fn submit(
    api: &RelayApi,
    client: Option<SocketAddr>,
    request: RelayRequest,
) -> Result<(Relay, bool), Refusal> {
    match check_and_record(api, client, &request).await {
        Ok((relay, new)) => {
            if new {
                api.metrics.relays_accepted.inc();
                api.wake.notify_one();
            }
            Ok((relay, new))
        }
        Err(refusal) => Err(refused(api, refusal)),
    }
}

fn refused(api: &RelayApi, refusal: Refusal) -> Refusal {
    api.metrics
        .relays_refused
        .get_or_create(&reason_label(refusal.code))
        .inc();
    refusal
}

fn bad_request(message: String) -> Refusal {
    Refusal::new(StatusCode::BAD_REQUEST, "bad_request", message)
}

async fn check_and_record(
    api: &RelayApi,
    client: Option<SocketAddr>,
    request: &RelayRequest,
) -> Result<(Relay, bool), Refusal> {
    let call = mint_call(request).map_err(bad_request)?;
    if let Some(client) = client
        && !api.rate.allow(client.ip())
    {
        return Err(Refusal::new(
            StatusCode::TOO_MANY_REQUESTS,
            "rate_limited",
            "too many requests from this address; try again in a few seconds",
        ));
    }
    if request.prompt.trim().is_empty() {
        return Err(Refusal::new(
            StatusCode::BAD_REQUEST,
            "prompt_empty",
            "the prompt is empty",
        ));
    }
    let length = request.prompt.len() as u64;
    if length > api.max_prompt_bytes {
        return Err(Refusal::new(
            StatusCode::BAD_REQUEST,
            "prompt_too_long",
            format!(
                "the prompt is {length} bytes; at most {} are allowed",
                api.max_prompt_bytes
            ),
        ));
    }
    let nonce = authorization_nonce(
        api.chain_id,
        *api.nft.address(),
        request.tier,
        &request.prompt,
        request.terms,
        call.validAfter,
        call.validBefore,
        call.salt,
    );
    let key = format!("{:#x}:{nonce:#x}", call.from);
    // The same authorization again: the same relay, whatever happened to it since.
    if let Some(relay) = existing(api, &key)? {
        return Ok((relay, false));
    }
    if let Some(reason) = api.health.paused(Stage::Relays) {
        return Err(Refusal::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "relays_paused",
            "paying with USDC is paused right now; nothing was paid",
        )
        .with(json!({"reason": reason})));
    }
    let waiting = api.store.waiting_relays().map_err(internal)?;
    if waiting >= api.config.max_waiting {
        return Err(Refusal::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "busy",
            "too many payments are waiting to be sent; try again in a minute",
        ));
    }
    check_against_chain(api, request, &call, nonce).await?;
    let id = relay_id(&key);
    api.store.accept_relay(&id, &key, request).map_err(internal)
}

/// What the contract would check, read now: tier, price, terms, window, authorization, signature,
/// and the exact call simulated from the relayer.
async fn check_against_chain(
    api: &RelayApi,
    request: &RelayRequest,
    call: &GenImNFT::mintWithAuthorizationSigCall,
    nonce: B256,
) -> Result<(), Refusal> {
    let tier = api
        .nft
        .tiers(request.tier)
        .call()
        .await
        .map_err(|_| chain_unreadable())?;
    if tier.usdcPrice.is_zero() {
        return Err(Refusal::new(
            StatusCode::BAD_REQUEST,
            "tier_not_in_usdc",
            format!("tier {} is not offered in USDC", request.tier),
        ));
    }
    if call.value != tier.usdcPrice {
        return Err(Refusal::new(
            StatusCode::CONFLICT,
            "price_changed",
            "the price changed since you signed; nothing was paid",
        )
        .with(json!({"signed": call.value.to_string(), "current": tier.usdcPrice.to_string()})));
    }
    let terms = api
        .nft
        .terms()
        .call()
        .await
        .map_err(|_| chain_unreadable())?;
    if call.expectedTerms != terms {
        return Err(Refusal::new(
            StatusCode::CONFLICT,
            "terms_changed",
            "the terms (tiers or agents) changed since you signed; nothing was paid",
        )
        .with(json!({"signed": call.expectedTerms, "current": terms})));
    }
    let now = U256::from(unix_now());
    if call.validBefore <= now {
        return Err(Refusal::new(
            StatusCode::BAD_REQUEST,
            "expired",
            "the signed payment has expired",
        ));
    }
    if call.validBefore < now + U256::from(api.config.min_window_secs) {
        return Err(Refusal::new(
            StatusCode::BAD_REQUEST,
            "window_too_short",
            format!(
                "the signed payment expires too soon to be sent safely (it must stay valid {} s)",
                api.config.min_window_secs
            ),
        ));
    }
    if call.validAfter > now {
        return Err(Refusal::new(
            StatusCode::BAD_REQUEST,
            "not_yet_valid",
            "the signed payment is not valid yet",
        ));
    }
    let used = Eip3009::new(api.usdc, api.nft.provider())
        .authorizationState(call.from, nonce)
        .call()
        .await
        .map_err(|_| chain_unreadable())?;
    if used {
        return Err(Refusal::new(
            StatusCode::CONFLICT,
            "authorization_used",
            "this signed payment was already used or cancelled",
        ));
    }
    check_signature(api, call, nonce).await?;
    let simulated = api
        .nft
        .mintWithAuthorizationSig(
            call.prompt.clone(),
            call.tier,
            call.expectedTerms,
            call.from,
            call.value,
            call.validAfter,
            call.validBefore,
            call.salt,
            call.signature.clone(),
        )
        .from(api.relayer)
        .call()
        .await;
    if let Err(error) = simulated {
        return Err(Refusal::new(
            StatusCode::BAD_REQUEST,
            "simulation_failed",
            "the contract would refuse this payment (a wrong signature, or not enough USDC); \
             nothing was paid",
        )
        .with(json!({"reason": revert_reason(&error)})));
    }
    Ok(())
}

/// A signature that is not the buyer's over what the contract will ask the token to check (the
/// prompt, tier, terms, window or price it was made for differ from the request's) is refused in
/// words, before the simulation would only say "invalid signature". Smart-contract wallets
/// (ERC-1271: code at the signer) are left to the simulation.
async fn check_signature(
    api: &RelayApi,
    call: &GenImNFT::mintWithAuthorizationSigCall,
    nonce: B256,
) -> Result<(), Refusal> {
    let authorization = ReceiveWithAuthorization {
        from: call.from,
        to: *api.nft.address(),
        value: call.value,
        validAfter: call.validAfter,
        validBefore: call.validBefore,
        nonce,
    };
    if authorization.signed_by_from(api.chain_id, api.usdc, &call.signature) != Some(false) {
        return Ok(());
    }
    let code = api
        .nft
        .provider()
        .get_code_at(call.from)
        .await
        .map_err(|_| chain_unreadable())?;
    if !code.is_empty() {
        return Ok(());
    }
    Err(Refusal::new(
        StatusCode::BAD_REQUEST,
        "bad_signature",
        "the signature does not match this payment: it was made for another prompt, tier, \
         price or time window, or by another account; nothing was paid",
    ))
}

async fn status(State(api): State<Arc<RelayApi>>, Path(id): Path<String>) -> Response {
    match api.store.relay(&id) {
        Ok(Some(relay)) => axum::Json(relay_json(&relay)).into_response(),
        Ok(None) => {
            Refusal::new(StatusCode::NOT_FOUND, "not_found", "no such payment").into_response()
        }
        Err(error) => internal(error).into_response(),
    }
}

fn existing(api: &RelayApi, key: &str) -> Result<Option<Relay>, Refusal> {
    api.store.relay(&relay_id(key)).map_err(internal)
}

fn relay_json(relay: &Relay) -> Value {
    json!({
        "id": relay.id,
        "state": relay.state.as_str(),
        "tx_hash": relay.tx_hash,
        "token_id": relay.token_id.map(|id| id.to_string()),
        "error": relay.error.as_ref().map(|(code, message)| json!({"code": code, "message": message})),
    })
}

/// `r_` and 16 hex digits of the authorization's hash: stable, and not a token id.
fn relay_id(key: &str) -> String {
    format!("r_{}", &hex::encode(keccak256(key.as_bytes()))[..16])
}

/// The contract's custom error or the token's revert string, for the refusal's `reason`.
fn revert_reason(error: &alloy::contract::Error) -> String {
    if let Some(decoded) = error.as_decoded_interface_error::<GenImNFT::GenImNFTErrors>() {
        return format!("{decoded:?}");
    }
    error
        .as_revert_data()
        .and_then(|data| alloy::sol_types::decode_revert_reason(&data))
        .unwrap_or_else(|| "reverted".to_owned())
}

fn chain_unreadable() -> Refusal {
    Refusal::new(
        StatusCode::SERVICE_UNAVAILABLE,
        "chain_unavailable",
        "the chain could not be read just now; nothing was paid, try again",
    )
}

fn internal(error: crate::jobs::StoreError) -> Refusal {
    tracing::error!(%error, "relay store");
    Refusal::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        "internal",
        "the image service could not record the payment; nothing was paid",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relay_ids_are_stable_and_never_look_like_token_ids() {
        let id = relay_id("0xab:0xcd");
        assert_eq!(id, relay_id("0xab:0xcd"));
        assert_ne!(id, relay_id("0xab:0xce"));
        assert!(id.starts_with("r_") && id.len() == 18);
        assert!(id.parse::<u64>().is_err());
    }
}
