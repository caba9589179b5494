//! The buyer's web app, served by the keeper: the built page (`keeper/web`, built by Vite) at `/`,
//! its public configuration at `GET /api/config`, the gallery listing at `GET /tokens`, and a CORS
//! layer so that the same page hosted anywhere else (a CDN, an IPFS gateway) can read this keeper.
//!
//! Everything here is public. In particular `chain.rpc_url` may carry a provider API key, so it is
//! published only when it is a plain loopback `http://` URL (a local chain); otherwise the page
//! gets `web.public_rpc_url`, or no RPC URL at all and reads through the wallet.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use alloy::primitives::{Address, U256};
use alloy::providers::DynProvider;
use axum::Router;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use genimnft_bindings::gen_im_nft::GenImNFT::GenImNFTInstance;
use serde::Deserialize;
use serde_json::{Value, json};
use tokio::sync::Mutex;
use tower_http::cors::{Any, CorsLayer};
use tower_http::services::ServeDir;
use url::{Host, Url};

use crate::chain::price_feed::PriceFeed;
use crate::config::{Config, OfferedTier};
use crate::jobs::{Job, JobState, JobStore};
use crate::serve::rate::RateLimiter;
use crate::serve::relay::RelayApi;

/// How long chain facts (tier prices, prompt limit) are reused before `/api/config` reads them
/// again: the endpoint is public, so it must not turn every page view into RPC calls.
const CHAIN_FACTS_TTL: Duration = Duration::from_secs(15);
/// Upper bound on reading the chain for `/api/config`.
const CHAIN_READ_TIMEOUT: Duration = Duration::from_secs(5);
/// Default and largest page size of `GET /tokens`.
pub const DEFAULT_LIST_LIMIT: u32 = 20;
pub const MAX_LIST_LIMIT: u32 = 100;

/// What `/api/config` and `/tokens` need; built once when the keeper starts serving.
pub struct WebState {
    store: Arc<JobStore>,
    nft: GenImNFTInstance<DynProvider>,
    settings: PublicSettings,
    chain_facts: Mutex<Option<(Instant, ChainFacts)>>,
    rate: Arc<RateLimiter>,
    /// The ETH/USD rate the page shows dollar values with (the one the delivery guard uses).
    prices: Arc<PriceFeed>,
    /// The USDC relay, when this keeper relays.
    relay: Option<Arc<RelayApi>>,
}

/// The public configuration that comes from the keeper's own configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
struct PublicSettings {
    chain_id: u64,
    chain_name: String,
    rpc_url: Option<String>,
    contract: Address,
    deployment_block: u64,
    log_range: u64,
    tiers: Vec<OfferedTier>,
    explorer_tx_url: Option<String>,
    marketplace_token_url: Option<String>,
    ipfs_gateway: String,
    /// Where stored files are read (local and s3 backends): the page fetches metadata there.
    files_url: String,
    dir: PathBuf,
}

/// What `/api/config` reads from the chain. `None`: the read failed and nothing older is known.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct ChainFacts {
    max_prompt_bytes: Option<U256>,
    /// `(price in wei, USDC price, window in seconds)` per offered tier, in the order of
    /// `settings.tiers`.
    tiers: Vec<Option<(U256, U256, u32)>>,
}

impl WebState {
    pub fn new(
        config: &Config,
        nft: GenImNFTInstance<DynProvider>,
        chain_id: u64,
        store: Arc<JobStore>,
        prices: Arc<PriceFeed>,
        relay: Option<Arc<RelayApi>>,
    ) -> Self {
        let settings = PublicSettings::from_config(config, *nft.address(), chain_id);
        if settings.dir.join("index.html").is_file() {
            tracing::info!(dir = %settings.dir.display(), "serving the web app at /");
        } else {
            tracing::warn!(
                dir = %settings.dir.display(),
                "web app not built (no index.html): / explains how to build it"
            );
        }
        Self {
            store,
            nft,
            settings,
            chain_facts: Mutex::new(None),
            rate: Arc::new(RateLimiter::new(
                config.http.gallery_requests_per_second,
                config.http.gallery_burst,
            )),
            prices,
            relay,
        }
    }

    /// The policy the page is served with: it may reach its RPC, IPFS gateway and stored files.
    pub fn content_security_policy(&self) -> String {
        let settings = &self.settings;
        let rpc = settings.rpc_url.as_deref().unwrap_or_default();
        crate::serve::headers::page_policy(&[rpc, &settings.ipfs_gateway, &settings.files_url])
    }

    /// The chain facts, read at most once per [`CHAIN_FACTS_TTL`]; on a failed read the last good
    /// facts are kept. The lock is held while reading so concurrent requests share one read.
    async fn chain_facts(&self) -> ChainFacts {
        let mut cached = self.chain_facts.lock().await;
        if let Some((at, facts)) = cached.as_ref()
            && at.elapsed() < CHAIN_FACTS_TTL
        {
            return facts.clone();
        }
        match tokio::time::timeout(CHAIN_READ_TIMEOUT, self.read_chain_facts()).await {
            Ok(Some(facts)) => {
                *cached = Some((Instant::now(), facts.clone()));
                facts
            }
            failed => {
                // The error text is not logged: a transport error can quote the RPC URL, which
                // may carry an API key.
                tracing::warn!(
                    timed_out = failed.is_err(),
                    "cannot read tiers from the chain for /api/config; serving the last known"
                );
                match cached.as_ref() {
                    Some((_, facts)) => facts.clone(),
                    None => ChainFacts {
                        max_prompt_bytes: None,
                        tiers: vec![None; self.settings.tiers.len()],
                    },
                }
            }
        }
    }

    async fn read_chain_facts(&self) -> Option<ChainFacts> {
        let max_prompt_bytes = self.nft.MAX_PROMPT_BYTES().call().await.ok()?;
        let mut tiers = Vec::with_capacity(self.settings.tiers.len());
        for spec in &self.settings.tiers {
            let tier = self.nft.tiers(spec.tier).call().await.ok()?;
            tiers.push(Some((tier.price, tier.usdcPrice, tier.window)));
        }
        Some(ChainFacts {
            max_prompt_bytes: Some(max_prompt_bytes),
            tiers,
        })
    }
}

impl PublicSettings {
    fn from_config(config: &Config, contract: Address, chain_id: u64) -> Self {
        let web = &config.web;
        let tiers = config.offered_tiers();
        let non_empty = |s: &str| (!s.is_empty()).then(|| s.to_owned());
        Self {
            chain_id,
            chain_name: non_empty(&web.chain_name).unwrap_or_else(|| default_chain_name(chain_id)),
            rpc_url: public_rpc_url(&web.public_rpc_url, &config.chain.rpc_url),
            contract,
            deployment_block: config.chain.start_block,
            log_range: config.chain.max_log_range,
            tiers,
            explorer_tx_url: non_empty(&web.explorer_tx_url),
            marketplace_token_url: non_empty(&web.marketplace_token_url),
            ipfs_gateway: web.ipfs_gateway.clone(),
            files_url: config.storage.public_base_url.clone(),
            dir: web.dir.clone(),
        }
    }
}

fn default_chain_name(chain_id: u64) -> String {
    match chain_id {
        1 => "Ethereum".into(),
        10 => "OP Mainnet".into(),
        8453 => "Base".into(),
        11155420 => "OP Sepolia".into(),
        31337 => "Anvil (local)".into(),
        other => format!("Chain {other}"),
    }
}

/// The RPC URL browsers may use: `configured` if set; else the keeper's own RPC URL only when it is
/// a plain loopback `http://` URL with no credentials, path or query (nothing that could be a key).
fn public_rpc_url(configured: &str, chain_rpc_url: &str) -> Option<String> {
    if !configured.is_empty() {
        return Some(configured.to_owned());
    }
    let url = Url::parse(chain_rpc_url).ok()?;
    let loopback = match url.host()? {
        Host::Ipv4(ip) => ip.is_loopback(),
        Host::Ipv6(ip) => ip.is_loopback(),
        Host::Domain(domain) => domain == "localhost",
    };
    let plain = url.username().is_empty()
        && url.password().is_none()
        && url.query().is_none()
        && url.fragment().is_none()
        && matches!(url.path(), "" | "/");
    (url.scheme() == "http" && loopback && plain).then(|| url.to_string())
}

fn public_config(settings: &PublicSettings, facts: &ChainFacts) -> Value {
    let tiers: Vec<Value> = settings
        .tiers
        .iter()
        .enumerate()
        .map(|(i, spec)| {
            let chain = facts.tiers.get(i).copied().flatten();
            json!({
                "tier": spec.tier,
                "name": spec.name,
                "price_wei": chain.map(|(price, _, _)| price.to_string()),
                "usdc_price": chain
                    .and_then(|(_, usdc, _)| (!usdc.is_zero()).then(|| usdc.to_string())),
                "window_secs": chain.map(|(_, _, window)| window),
                "enabled": chain.map(|(price, usdc, _)| !price.is_zero() || !usdc.is_zero()),
                "model": spec.model,
                "size": spec.size,
            })
        })
        .collect();
    json!({
        "chain_id": settings.chain_id,
        "chain_name": settings.chain_name,
        "rpc_url": settings.rpc_url,
        "contract": settings.contract.to_checksum(None),
        "deployment_block": settings.deployment_block,
        "log_range": settings.log_range,
        "max_prompt_bytes": facts.max_prompt_bytes.map(|n| n.to::<u64>()),
        "tiers": tiers,
        "explorer_tx_url": settings.explorer_tx_url,
        "marketplace_token_url": settings.marketplace_token_url,
        "ipfs_gateway": settings.ipfs_gateway,
        "keeper_version": env!("CARGO_PKG_VERSION"),
    })
}

/// `/api/config`, `/tokens` and the page. Merged into the keeper's router by `http::router`.
pub fn router(state: Arc<WebState>) -> Router {
    let page = ServeDir::new(&state.settings.dir);
    let rate = Arc::clone(&state.rate);
    // Only the routes that read the database or the chain are limited; the page is static.
    let limited = Router::new()
        .route("/api/config", get(config))
        .route("/tokens", get(list_tokens))
        .route_layer(axum::middleware::from_fn_with_state(
            rate,
            crate::serve::rate::limit,
        ));
    let relay = state.relay.clone();
    let router = Router::new()
        .route("/", get(index))
        .merge(limited)
        .fallback_service(page)
        .with_state(state);
    match relay {
        Some(relay) => router.merge(crate::serve::relay::router(relay)),
        None => router,
    }
}

/// CORS for any origin (the page may be hosted anywhere): every GET route, and the one POST a page
/// makes (a signed USDC payment, JSON). No credentials are involved.
pub fn cors() -> CorsLayer {
    CorsLayer::new()
        .allow_origin(Any)
        .allow_methods([Method::GET, Method::HEAD, Method::POST])
        .allow_headers([header::CONTENT_TYPE])
}

async fn index(State(state): State<Arc<WebState>>) -> Response {
    let path = state.settings.dir.join("index.html");
    match tokio::fs::read(&path).await {
        Ok(html) => (
            [
                (header::CONTENT_TYPE, "text/html; charset=utf-8"),
                (header::CACHE_CONTROL, "no-cache"),
            ],
            html,
        )
            .into_response(),
        Err(_) => (
            StatusCode::NOT_FOUND,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            format!(
                "This is a GenImNFT keeper. Its web app is not built: run `npm ci && npm run build` \
                 in keeper/web, or set [web] dir to the built page (looked for {}).\n\
                 The API is here: /api/config, /tokens, /tokens/{{id}}, /health, /metrics.\n",
                path.display()
            ),
        )
            .into_response(),
    }
}

async fn config(State(state): State<Arc<WebState>>) -> Response {
    let facts = state.chain_facts().await;
    let usd_per_eth = state
        .prices
        .rate()
        .await
        .ok()
        .map(|rate| rate.usd_per_eth.as_dollars());
    let mut config = public_config(&state.settings, &facts);
    config["usd_per_eth"] = json!(usd_per_eth);
    config["usdc"] = state
        .relay
        .as_ref()
        .map_or(Value::Null, |relay| relay.public_config());
    let mut response = axum::Json(config).into_response();
    // Never cached: the page reads it at load as the keeper's liveness check, and a cached copy
    // would hide a keeper that stopped answering (the chain facts are cached above, server-side).
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// Query of `GET /tokens`.
#[derive(Debug, Deserialize)]
struct ListQuery {
    requester: Option<String>,
    state: Option<String>,
    before: Option<u64>,
    limit: Option<u32>,
}

fn bad_request(message: String) -> Response {
    (
        StatusCode::BAD_REQUEST,
        axum::Json(json!({"error": message})),
    )
        .into_response()
}

async fn list_tokens(
    State(state): State<Arc<WebState>>,
    query: Result<Query<ListQuery>, QueryRejection>,
) -> Response {
    let Ok(Query(query)) = query else {
        return bad_request(
            "query: requester=0x..., state=<job state>, before=<token id>, limit=1..100".into(),
        );
    };
    let requester = match query.requester.as_deref() {
        None => None,
        Some(text) => match text.parse::<Address>() {
            Ok(address) => Some(format!("{address:#x}")),
            Err(_) => return bad_request(format!("requester {text:?} is not an address")),
        },
    };
    let job_state = match query.state.as_deref() {
        None => None,
        Some(text) => match text.parse::<JobState>() {
            Ok(job_state) => Some(job_state),
            Err(error) => return bad_request(error.to_string()),
        },
    };
    let limit = query
        .limit
        .unwrap_or(DEFAULT_LIST_LIMIT)
        .clamp(1, MAX_LIST_LIMIT);
    let store = Arc::clone(&state.store);
    let before = query.before;
    let listed = tokio::task::spawn_blocking(move || {
        store.recent_jobs(requester.as_deref(), job_state, before, limit)
    })
    .await;
    match listed {
        Ok(Ok(jobs)) => {
            let next_before = (jobs.len() == limit as usize)
                .then(|| jobs.last().map(|job| job.token_id))
                .flatten();
            let tokens: Vec<Value> = jobs.iter().map(listed_job).collect();
            axum::Json(json!({"tokens": tokens, "next_before": next_before})).into_response()
        }
        Ok(Err(error)) => (
            StatusCode::INTERNAL_SERVER_ERROR,
            axum::Json(json!({"error": error.to_string()})),
        )
            .into_response(),
        Err(error) => (
            StatusCode::INTERNAL_SERVER_ERROR,
            axum::Json(json!({"error": error.to_string()})),
        )
            .into_response(),
    }
}

/// A job as the gallery lists it: what the chain also says (prompt, requester, tier, deadline),
/// plus the keeper's progress and stored files.
fn listed_job(job: &Job) -> Value {
    json!({
        "token_id": job.token_id,
        "requester": job.requester,
        "tier": job.tier,
        "paid": job.paid,
        "currency": job.currency.as_str(),
        "deadline": job.deadline,
        "prompt": job.prompt,
        "mint_tx_hash": job.tx_hash,
        "block_number": job.block_number,
        "state": job.state.as_str(),
        "image_uri": job.image_uri,
        "metadata_uri": job.metadata_uri,
        "metadata_sha256": job.metadata_sha256,
        "model": job.model,
        "size": job.size,
        "delivered_tx_hash": job.delivered_tx_hash,
        "reason": job.reason,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::providers::{Provider, ProviderBuilder};
    use axum::body::Body;
    use axum::http::Request;
    use genimnft_bindings::gen_im_nft::GenImNFT;
    use tower::ServiceExt as _;

    use crate::config::TierImageConfig;
    use crate::jobs::{Currency, NewJob};

    const CONTRACT: &str = "0x5FbDB2315678afecb367f032d93F642f64180aa3";

    fn config() -> Config {
        let mut config = Config::default();
        config.chain.contract = CONTRACT.into();
        config
    }

    /// A state whose chain is unreachable (nothing listens on port 1): chain facts are unknown.
    fn state(config: &Config, dir: &std::path::Path) -> Arc<WebState> {
        let provider = ProviderBuilder::new()
            .connect_http("http://127.0.0.1:1".parse().expect("url"))
            .erased();
        let prices = Arc::new(PriceFeed::new(
            provider.clone(),
            None,
            None,
            3600,
            std::time::Duration::from_secs(30),
        ));
        let nft = GenImNFT::new(CONTRACT.parse().expect("address"), provider);
        let store = Arc::new(JobStore::open(dir.join("jobs.db")).expect("store"));
        Arc::new(WebState::new(config, nft, 31337, store, prices, None))
    }

    fn job(token_id: u64, requester: u64) -> NewJob {
        NewJob {
            token_id,
            requester: format!("0x{requester:040x}"),
            tier: 0,
            paid: "30000000000000".into(),
            currency: Currency::Eth,
            deadline: 1_700_000_000 + token_id,
            prompt: format!("prompt {token_id}"),
            unreadable_prompt: false,
            block_number: token_id,
            block_hash: format!("0x{token_id:064x}"),
            tx_hash: format!("0x{:064x}", token_id + 1000),
            log_index: 0,
        }
    }

    async fn get(router: Router, uri: &str) -> (StatusCode, axum::http::HeaderMap, String) {
        let request = Request::builder()
            .uri(uri)
            .header(header::ORIGIN, "https://page.example")
            .body(Body::empty())
            .expect("request");
        let response = router.oneshot(request).await.expect("response");
        let status = response.status();
        let headers = response.headers().clone();
        let body = axum::body::to_bytes(response.into_body(), 1 << 20)
            .await
            .expect("body");
        (status, headers, String::from_utf8_lossy(&body).into_owned())
    }

    fn app(state: Arc<WebState>) -> Router {
        router(state).layer(cors())
    }

    #[test]
    fn the_rpc_url_is_public_only_when_it_is_a_plain_local_one() {
        assert_eq!(
            public_rpc_url("", "http://127.0.0.1:8545").as_deref(),
            Some("http://127.0.0.1:8545/")
        );
        assert_eq!(
            public_rpc_url("", "http://localhost:8545/").as_deref(),
            Some("http://localhost:8545/")
        );
        for secret in [
            "https://opt-mainnet.g.alchemy.com/v2/SECRETKEY",
            "https://mainnet.optimism.io",
            "http://127.0.0.1:8545/SECRETKEY",
            "http://127.0.0.1:8545/?key=SECRETKEY",
            "http://user:SECRETKEY@127.0.0.1:8545",
            "https://127.0.0.1:8545",
            "http://10.0.0.5:8545",
        ] {
            assert_eq!(public_rpc_url("", secret), None, "{secret}");
        }
        assert_eq!(
            public_rpc_url("https://mainnet.optimism.io", "https://x/v2/SECRETKEY").as_deref(),
            Some("https://mainnet.optimism.io")
        );
    }

    #[test]
    fn public_config_carries_tiers_with_chain_prices_and_keeper_models() {
        let mut config = config();
        config.images.tiers.insert(
            "1".into(),
            TierImageConfig {
                name: " premium ".into(),
                model: "flux".into(),
                size: "1024x768".into(),
            },
        );
        config.web.marketplace_token_url =
            "https://opensea.io/assets/optimism/{contract}/{id}".into();
        let settings = PublicSettings::from_config(&config, CONTRACT.parse().expect("a"), 10);
        let facts = ChainFacts {
            max_prompt_bytes: Some(U256::from(1000)),
            tiers: vec![
                Some((U256::from(30_000_000_000_000u64), U256::ZERO, 3600)),
                Some((U256::ZERO, U256::ZERO, 60)),
            ],
        };
        let value = public_config(&settings, &facts);
        assert_eq!(value["chain_id"], 10);
        assert_eq!(value["chain_name"], "OP Mainnet");
        assert_eq!(value["contract"], CONTRACT);
        assert_eq!(value["max_prompt_bytes"], 1000);
        assert_eq!(value["tiers"][0]["price_wei"], "30000000000000");
        assert_eq!(value["tiers"][0]["window_secs"], 3600);
        assert_eq!(value["tiers"][0]["enabled"], true);
        assert_eq!(
            value["tiers"][0]["usdc_price"],
            Value::Null,
            "not offered in USDC"
        );
        assert_eq!(value["tiers"][0]["model"], "procedural-v1");
        assert_eq!(value["tiers"][1]["enabled"], false);
        assert_eq!(value["tiers"][1]["size"], "1024x768");
        assert_eq!(value["tiers"][1]["name"], "premium");
        assert_eq!(value["tiers"][0]["name"], "tier 0");
        assert_eq!(
            value["marketplace_token_url"],
            "https://opensea.io/assets/optimism/{contract}/{id}"
        );
        assert_eq!(value["explorer_tx_url"], Value::Null);
    }

    #[tokio::test]
    async fn api_config_never_contains_the_rpc_secret_and_answers_cors() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut config = config();
        config.chain.rpc_url = "https://opt-mainnet.example/v2/SECRETKEY?token=SECRETKEY".into();
        let (status, headers, body) = get(app(state(&config, dir.path())), "/api/config").await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert!(!body.contains("SECRETKEY"), "{body}");
        assert!(!body.contains("opt-mainnet"), "{body}");
        let value: Value = serde_json::from_str(&body).expect("json");
        assert_eq!(value["rpc_url"], Value::Null);
        assert_eq!(value["chain_id"], 31337);
        // The chain is unreachable in this test: prices are unknown, not made up.
        assert_eq!(value["tiers"][0]["price_wei"], Value::Null);
        assert_eq!(value["tiers"][0]["model"], "procedural-v1");
        assert_eq!(
            headers
                .get(header::ACCESS_CONTROL_ALLOW_ORIGIN)
                .map(|v| v.as_bytes()),
            Some(&b"*"[..])
        );
    }

    #[tokio::test]
    async fn api_config_is_never_cached() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (status, headers, body) = get(app(state(&config(), dir.path())), "/api/config").await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(
            headers.get(header::CACHE_CONTROL).map(|v| v.as_bytes()),
            Some(&b"no-store"[..])
        );
    }

    #[tokio::test]
    async fn a_preflight_allows_reads_and_the_relay_post_from_any_origin_but_nothing_else() {
        let dir = tempfile::tempdir().expect("tempdir");
        let request = Request::builder()
            .method(Method::OPTIONS)
            .uri("/tokens")
            .header(header::ORIGIN, "https://page.example")
            .header(header::ACCESS_CONTROL_REQUEST_METHOD, "GET")
            .body(Body::empty())
            .expect("request");
        let response = app(state(&config(), dir.path()))
            .oneshot(request)
            .await
            .expect("response");
        let headers = response.headers();
        assert_eq!(
            headers
                .get(header::ACCESS_CONTROL_ALLOW_ORIGIN)
                .map(|v| v.as_bytes()),
            Some(&b"*"[..])
        );
        let methods = headers
            .get(header::ACCESS_CONTROL_ALLOW_METHODS)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        assert!(methods.contains("GET"), "{methods}");
        // POST is for the relay (a signed payment, JSON): no method that changes anything else.
        assert!(methods.contains("POST"), "{methods}");
        for other in ["PUT", "DELETE", "PATCH"] {
            assert!(!methods.contains(other), "{methods}");
        }
        let allowed_headers = headers
            .get(header::ACCESS_CONTROL_ALLOW_HEADERS)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        assert_eq!(allowed_headers, "content-type");
        assert!(
            headers
                .get(header::ACCESS_CONTROL_ALLOW_CREDENTIALS)
                .is_none(),
            "no credentials"
        );
    }

    #[tokio::test]
    async fn listing_is_newest_first_filtered_and_bounded() {
        let dir = tempfile::tempdir().expect("tempdir");
        let state = state(&config(), dir.path());
        let jobs: Vec<NewJob> = (1..=5)
            .map(|id| job(id, if id % 2 == 1 { 0xa } else { 0xb }))
            .collect();
        state
            .store
            .record_scan(10, &format!("0x{:064x}", 10), &jobs)
            .expect("record");
        state.store.give_up(3, "no time left").expect("give up");

        let list = |uri: &'static str| {
            let router = app(Arc::clone(&state));
            async move {
                let (status, headers, body) = get(router, uri).await;
                assert!(headers.contains_key(header::ACCESS_CONTROL_ALLOW_ORIGIN));
                (status, serde_json::from_str::<Value>(&body).expect("json"))
            }
        };
        let ids = |value: &Value| -> Vec<u64> {
            value["tokens"]
                .as_array()
                .expect("tokens")
                .iter()
                .map(|t| t["token_id"].as_u64().expect("id"))
                .collect()
        };

        let (status, all) = list("/tokens").await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(ids(&all), vec![5, 4, 3, 2, 1]);
        assert_eq!(all["next_before"], Value::Null);

        let (_, mine) = list("/tokens?requester=0x000000000000000000000000000000000000000A").await;
        assert_eq!(ids(&mine), vec![5, 3, 1]);
        assert_eq!(mine["tokens"][0]["prompt"], "prompt 5");

        let (_, page) = list("/tokens?limit=2").await;
        assert_eq!(ids(&page), vec![5, 4]);
        assert_eq!(page["next_before"], 4);
        let (_, next) = list("/tokens?limit=2&before=4").await;
        assert_eq!(ids(&next), vec![3, 2]);

        let (_, given_up) = list("/tokens?state=given_up").await;
        assert_eq!(ids(&given_up), vec![3]);
        assert_eq!(given_up["tokens"][0]["reason"], "no time left");

        let (_, huge) = list("/tokens?limit=100000").await;
        assert_eq!(ids(&huge).len(), 5);

        let (status, _) = list("/tokens?requester=alice").await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        let (status, _) = list("/tokens?state=lost").await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
    }

    /// Issue 14 item 3: one client's flood of gallery queries is cut at its rate; another
    /// client is still answered.
    #[tokio::test]
    async fn gallery_queries_are_rate_limited_per_client() {
        let dir = tempfile::tempdir().expect("tempdir");
        let config = config();
        let router = app(state(&config, dir.path()));
        let ask = |router: Router, client: [u8; 4]| async move {
            let mut request = Request::builder()
                .uri("/tokens?limit=1")
                .body(Body::empty())
                .expect("request");
            let peer = std::net::SocketAddr::from((client, 40000));
            request
                .extensions_mut()
                .insert(axum::extract::ConnectInfo(peer));
            router.oneshot(request).await.expect("response").status()
        };
        let burst = config.http.gallery_burst;
        for _ in 0..burst {
            assert_eq!(ask(router.clone(), [10, 0, 0, 1]).await, StatusCode::OK);
        }
        assert_eq!(
            ask(router.clone(), [10, 0, 0, 1]).await,
            StatusCode::TOO_MANY_REQUESTS
        );
        assert_eq!(ask(router, [10, 0, 0, 2]).await, StatusCode::OK);
    }

    #[tokio::test]
    async fn the_page_is_served_when_built_and_explained_when_not() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut config = config();
        config.web.dir = dir.path().join("dist");
        let (status, _, body) = get(app(state(&config, dir.path())), "/").await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        assert!(body.contains("web app is not built"), "{body}");

        std::fs::create_dir_all(dir.path().join("dist/assets")).expect("mkdir");
        std::fs::write(dir.path().join("dist/index.html"), "<!doctype html><p>page").expect("w");
        std::fs::write(dir.path().join("dist/assets/app.js"), "console.log(1)").expect("w");
        let (status, headers, body) = get(app(state(&config, dir.path())), "/").await;
        assert_eq!(status, StatusCode::OK);
        assert!(body.contains("<p>page"), "{body}");
        assert_eq!(
            headers.get(header::CONTENT_TYPE).map(|v| v.as_bytes()),
            Some(&b"text/html; charset=utf-8"[..])
        );
        let (status, _, body) = get(app(state(&config, dir.path())), "/assets/app.js").await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(body, "console.log(1)");
        let (status, _, _) = get(app(state(&config, dir.path())), "/../jobs.db").await;
        assert_ne!(status, StatusCode::OK);
    }
}
