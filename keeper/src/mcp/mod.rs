//! The MCP server for AI agents, at `/mcp` on the public listener (streamable HTTP, `rmcp`).
//!
//! Tools: `list_tiers`, `generate_image {prompt, tier}` (records a request and answers with every
//! way to pay: the exact ETH transaction, its EIP-681 link and the web page's link), and
//! `get_image {request}` (request id, token id or mint transaction hash). Nothing is generated
//! before a payment is on chain: the request only names the token once a mint of the same prompt
//! and tier is shown to the keeper and checked against its `ImageRequested` log. The request
//! lives in the job database, so a reconnecting client or a restarted keeper gives the same
//! answer.
//!
//! A third way to pay, where the keeper relays USDC: the x402 MCP transport (`usdc`): the
//! requirement to sign, the signed authorization relayed without gas, the receipt.
//!
//! One file per concern: `tools` (the MCP surface), `requests` (what a `request` argument
//! names), `payment` (transaction, EIP-681, page link, mint check), `elicit` (the page offered
//! as a URL elicitation), `preview` (the small image an answer carries), `usdc` (x402:
//! requirement, signed payment through the relay, receipt), `wait` (progress while the image
//! is made).

mod elicit;
mod payment;
mod preview;
mod requests;
pub mod stdio;
mod tools;
mod usdc;
mod wait;

use std::sync::Arc;
use std::time::Duration;

use alloy::providers::DynProvider;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use genimnft_bindings::gen_im_nft::GenImNFT::GenImNFTInstance;
use rmcp::transport::streamable_http_server::session::local::LocalSessionManager;
use rmcp::transport::streamable_http_server::{StreamableHttpServerConfig, StreamableHttpService};
use serde::Deserialize;
use serde_json::json;
use tokio_util::sync::CancellationToken;

use crate::config::{Config, McpConfig, OfferedTier};
use crate::jobs::JobStore;
use crate::serve::rate::RateLimiter;
use crate::serve::relay::RelayApi;
use crate::storage::Storage;

pub use payment::BindError;

/// What the tools need; one per keeper, shared by every MCP session.
pub struct McpState {
    pub(crate) store: Arc<JobStore>,
    /// Where the images are kept, for the previews answers carry.
    pub(crate) storage: Arc<Storage>,
    pub(crate) nft: GenImNFTInstance<DynProvider>,
    pub(crate) chain_id: u64,
    /// The tiers offered, as on the web page.
    pub(crate) tiers: Vec<OfferedTier>,
    /// The page's address; empty: the keeper's own, at the host the client reached.
    pub(crate) page_url: String,
    pub(crate) ipfs_gateway: String,
    /// Longest wait for an image inside one tool call.
    pub(crate) wait: Duration,
    /// `Host` values `/mcp` answers; empty: any.
    allowed_hosts: Vec<String>,
    /// Each call may read the chain or write a request: one client's flood must not take the
    /// node's or the database's time from the others.
    rate: Arc<RateLimiter>,
    /// The USDC relay, when this keeper relays: then USDC tiers are payable without gas.
    pub(crate) relay: Option<Arc<RelayApi>>,
}

impl McpState {
    pub fn new(
        config: &Config,
        nft: GenImNFTInstance<DynProvider>,
        chain_id: u64,
        store: Arc<JobStore>,
        storage: Arc<Storage>,
        relay: Option<Arc<RelayApi>>,
    ) -> Self {
        let tiers = config.offered_tiers();
        Self {
            store,
            storage,
            nft,
            chain_id,
            tiers,
            page_url: config.mcp.page_url.trim_end_matches('/').to_owned(),
            ipfs_gateway: config.web.ipfs_gateway.clone(),
            wait: Duration::from_secs(config.mcp.wait_secs),
            allowed_hosts: allowed_hosts(&config.mcp),
            rate: Arc::new(RateLimiter::new(
                config.mcp.requests_per_second,
                config.mcp.burst,
            )),
            relay,
        }
    }

    /// Where USDC payments go, when this keeper relays them.
    fn usdc_terms(&self) -> Option<usdc::UsdcTerms> {
        self.relay.as_ref().map(|relay| usdc::UsdcTerms {
            usdc: relay.usdc,
            chain_id: self.chain_id,
            nft: *self.nft.address(),
        })
    }
}

/// The configured hosts and the page's own; empty (any host) when `*` is among them.
fn allowed_hosts(config: &McpConfig) -> Vec<String> {
    if config.allowed_hosts.iter().any(|host| host == "*") {
        return Vec::new();
    }
    let page_host = url::Url::parse(&config.page_url)
        .ok()
        .and_then(|url| url.host_str().map(str::to_owned));
    let mut hosts = config.allowed_hosts.clone();
    hosts.extend(page_host);
    hosts
}

/// `/mcp` (the MCP endpoint) and `POST /api/requests/{id}/paid` (the page reports its mint).
pub fn router(state: Arc<McpState>, shutdown: CancellationToken) -> Router {
    let tools_state = Arc::clone(&state);
    let rate = Arc::clone(&state.rate);
    let service = StreamableHttpService::new(
        move || Ok(tools::GenImTools::new(Arc::clone(&tools_state))),
        Arc::new(LocalSessionManager::default()),
        StreamableHttpServerConfig::default()
            .with_allowed_hosts(state.allowed_hosts.clone())
            .with_cancellation_token(shutdown),
    );
    Router::new()
        .nest_service("/mcp", service)
        .route("/api/requests/{id}/paid", post(paid))
        .layer(axum::middleware::from_fn_with_state(
            rate,
            crate::serve::rate::limit,
        ))
        .with_state(state)
}

#[derive(Deserialize)]
struct Paid {
    tx_hash: String,
}

/// The page, after its mint, names the transaction; the keeper checks its `ImageRequested` log
/// against the request (same prompt, same tier) before binding the token.
async fn paid(
    State(state): State<Arc<McpState>>,
    Path(id): Path<String>,
    axum::Json(body): axum::Json<Paid>,
) -> Response {
    match payment::bind_by_tx(&state, &id, &body.tx_hash).await {
        Ok(token_id) => (
            StatusCode::OK,
            axum::Json(json!({"request": id, "token_id": token_id})),
        )
            .into_response(),
        Err(error) => {
            let status = match error {
                BindError::UnknownRequest => StatusCode::NOT_FOUND,
                BindError::Chain(_) | BindError::Store(_) => StatusCode::SERVICE_UNAVAILABLE,
                _ => StatusCode::UNPROCESSABLE_ENTITY,
            };
            (status, axum::Json(json!({"error": error.to_string()}))).into_response()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_and_the_pages_host_are_allowed_unless_any_host_is() {
        let mut config = McpConfig::default();
        assert_eq!(allowed_hosts(&config), ["localhost", "127.0.0.1", "::1"]);
        config.page_url = "https://images.example.org/buy".into();
        config.allowed_hosts.push("keeper.example.org:8443".into());
        assert_eq!(
            allowed_hosts(&config),
            [
                "localhost",
                "127.0.0.1",
                "::1",
                "keeper.example.org:8443",
                "images.example.org"
            ]
        );
        config.allowed_hosts = vec!["*".into()];
        assert!(allowed_hosts(&config).is_empty());
    }
}
