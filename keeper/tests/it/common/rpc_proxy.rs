//! An in-process JSON-RPC proxy between the keeper and Anvil: counts what the keeper asks, keeps
//! every raw transaction it sends (so a test can re-broadcast an earlier version), and can
//! simulate an outage: a dead node, an overloaded one (503, 500) or one answering JSON-RPC errors.

use std::collections::{BTreeMap, BTreeSet};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicU8, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use alloy::primitives::{B256, Bytes, keccak256};
use axum::Router;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use eyre::Context as _;
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

/// How the proxy behaves while down.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DownMode {
    /// Requests get `503 Service Unavailable` (and the connection is closed).
    Status503,
    /// New connections are accepted and closed at once; requests on connections that were
    /// already open get 503 with `Connection: close`.
    DropConnections,
    /// Requests get `500 Internal Server Error` with a non-JSON body.
    Status500,
    /// The node is reachable but answers every call with a JSON-RPC error object
    /// (`-32603 internal error`), HTTP 200, batches answered per call.
    RpcError,
}

impl DownMode {
    pub const ALL: [DownMode; 4] = [
        DownMode::Status503,
        DownMode::DropConnections,
        DownMode::Status500,
        DownMode::RpcError,
    ];
}

const UP: u8 = 0;
const DOWN_503: u8 = 1;
const DOWN_DROP: u8 = 2;
const DOWN_500: u8 = 3;
const DOWN_RPC_ERROR: u8 = 4;

struct ProxyState {
    upstream: reqwest::Url,
    client: reqwest::Client,
    mode: AtomicU8,
    /// While set, `eth_getTransactionReceipt` answers `null` (a receipt node lagging behind).
    receipts_lag: AtomicBool,
    http_requests: AtomicU64,
    rpc_calls: AtomicU64,
    refused: AtomicU64,
    methods: Mutex<BTreeMap<String, u64>>,
    uris: Mutex<BTreeSet<String>>,
    /// Every `eth_sendRawTransaction` payload, by transaction hash, in the order first seen.
    raw_txs: Mutex<Vec<(B256, Bytes)>>,
    /// The next call of this method is held open (never answered while the test runs).
    hold_next: Mutex<Option<String>>,
    /// Calls held open so far.
    held: AtomicU64,
}

/// The proxy; stops serving on drop.
pub struct RpcProxy {
    pub url: String,
    state: Arc<ProxyState>,
    task: JoinHandle<()>,
}

impl RpcProxy {
    /// Listens on 127.0.0.1 (a free port) and forwards every POST body to `upstream`, whatever
    /// the path, query and credentials (so a keeper can be given a provider-style URL such as
    /// `http://user:pw@host/v2/KEY?apikey=KEY`).
    pub async fn start(upstream: reqwest::Url) -> eyre::Result<Self> {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .wrap_err("bind the RPC proxy")?;
        let addr = listener.local_addr()?;
        let state = Arc::new(ProxyState {
            upstream,
            client: reqwest::Client::builder()
                .timeout(Duration::from_secs(30))
                .build()
                .wrap_err("build the proxy's HTTP client")?,
            mode: AtomicU8::new(UP),
            receipts_lag: AtomicBool::new(false),
            http_requests: AtomicU64::new(0),
            rpc_calls: AtomicU64::new(0),
            refused: AtomicU64::new(0),
            methods: Mutex::new(BTreeMap::new()),
            uris: Mutex::new(BTreeSet::new()),
            raw_txs: Mutex::new(Vec::new()),
            hold_next: Mutex::new(None),
            held: AtomicU64::new(0),
        });
        let app = Router::new()
            .route("/", post(forward))
            .route("/{*path}", post(forward))
            .with_state(state.clone());
        let gated = GatedListener {
            inner: listener,
            state: state.clone(),
        };
        let task = tokio::spawn(async move {
            let _ = axum::serve(gated, app).await;
        });
        Ok(Self {
            url: format!("http://{addr}"),
            state,
            task,
        })
    }

    pub fn set_down(&self, mode: DownMode) {
        let m = match mode {
            DownMode::Status503 => DOWN_503,
            DownMode::DropConnections => DOWN_DROP,
            DownMode::Status500 => DOWN_500,
            DownMode::RpcError => DOWN_RPC_ERROR,
        };
        self.state.mode.store(m, Ordering::SeqCst);
    }

    pub fn set_up(&self) {
        self.state.mode.store(UP, Ordering::SeqCst);
    }

    /// Like a load-balanced provider whose receipt node lags behind the one answering the account
    /// nonce: while on, every `eth_getTransactionReceipt` answers `null`, everything else is
    /// forwarded.
    pub fn set_receipts_lagging(&self, lagging: bool) {
        self.state.receipts_lag.store(lagging, Ordering::SeqCst);
    }

    /// Like a node or load balancer that accepts a call and never answers it: the next call of
    /// `method` is held open (for [`HOLD_FOR`], longer than any test), all others pass.
    pub fn hold_next(&self, method: &str) {
        if let Ok(mut hold) = self.state.hold_next.lock() {
            *hold = Some(method.to_owned());
        }
    }

    /// Calls held open by [`RpcProxy::hold_next`] so far.
    pub fn held(&self) -> u64 {
        self.state.held.load(Ordering::SeqCst)
    }

    /// HTTP requests received (including refused ones).
    pub fn http_requests(&self) -> u64 {
        self.state.http_requests.load(Ordering::SeqCst)
    }

    /// JSON-RPC calls received (a batch counts as its length), including refused ones.
    pub fn rpc_calls(&self) -> u64 {
        self.state.rpc_calls.load(Ordering::SeqCst)
    }

    /// Requests and connections refused while down.
    pub fn refused(&self) -> u64 {
        self.state.refused.load(Ordering::SeqCst)
    }

    /// Calls per JSON-RPC method.
    pub fn methods(&self) -> BTreeMap<String, u64> {
        self.state
            .methods
            .lock()
            .map(|m| m.clone())
            .unwrap_or_default()
    }

    pub fn method_count(&self, method: &str) -> u64 {
        self.methods().get(method).copied().unwrap_or(0)
    }

    /// Every distinct request path with its query, e.g. `/v2/KEY?apikey=KEY`.
    pub fn uris(&self) -> BTreeSet<String> {
        self.state
            .uris
            .lock()
            .map(|u| u.clone())
            .unwrap_or_default()
    }

    /// The signed bytes of the transaction `hash`, if the keeper sent it through this proxy
    /// (whether or not the node accepted it).
    pub fn raw_transaction(&self, hash: B256) -> Option<Bytes> {
        self.raw_transactions()
            .into_iter()
            .find_map(|(h, raw)| (h == hash).then_some(raw))
    }

    /// Every raw transaction sent through this proxy, by hash, in the order first seen.
    pub fn raw_transactions(&self) -> Vec<(B256, Bytes)> {
        self.state
            .raw_txs
            .lock()
            .map(|txs| txs.clone())
            .unwrap_or_default()
    }
}

impl Drop for RpcProxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

fn count_calls(state: &ProxyState, body: &[u8]) {
    let Ok(json) = serde_json::from_slice::<serde_json::Value>(body) else {
        return;
    };
    let calls: Vec<&serde_json::Value> = match &json {
        serde_json::Value::Array(items) => items.iter().collect(),
        single => vec![single],
    };
    state
        .rpc_calls
        .fetch_add(calls.len() as u64, Ordering::SeqCst);
    if let Ok(mut methods) = state.methods.lock() {
        for call in &calls {
            let method = call["method"].as_str().unwrap_or("<none>").to_owned();
            *methods.entry(method).or_default() += 1;
        }
    }
    for call in calls {
        if call["method"] != "eth_sendRawTransaction" {
            continue;
        }
        let Some(raw) = call["params"][0]
            .as_str()
            .and_then(|h| hex::decode(h.trim_start_matches("0x")).ok())
        else {
            continue;
        };
        // A typed (EIP-2718) transaction's hash is the keccak of exactly these bytes.
        let hash = keccak256(&raw);
        if let Ok(mut txs) = state.raw_txs.lock()
            && !txs.iter().any(|(h, _)| *h == hash)
        {
            txs.push((hash, Bytes::from(raw)));
        }
    }
}

/// `{"result": null}` for a single `eth_getTransactionReceipt` call; `None` for anything else
/// (the keeper sends receipt queries one by one).
fn missing_receipt(body: &[u8]) -> Option<Response> {
    let call = serde_json::from_slice::<serde_json::Value>(body).ok()?;
    if call["method"] != "eth_getTransactionReceipt" {
        return None;
    }
    let answer = serde_json::json!({"jsonrpc": "2.0", "id": call["id"], "result": null});
    Some(
        (
            StatusCode::OK,
            [(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            )],
            answer.to_string(),
        )
            .into_response(),
    )
}

/// A JSON-RPC error answer for every call in `body` (a single call or a batch).
fn rpc_errors(body: &[u8]) -> Response {
    let error = |id: &serde_json::Value| {
        serde_json::json!({
            "jsonrpc": "2.0",
            "id": id,
            "error": {"code": -32603, "message": "internal error (scripted node failure)"}
        })
    };
    let answer = match serde_json::from_slice::<serde_json::Value>(body) {
        Ok(serde_json::Value::Array(items)) => {
            serde_json::Value::Array(items.iter().map(|c| error(&c["id"])).collect())
        }
        Ok(single) => error(&single["id"]),
        Err(_) => error(&serde_json::Value::Null),
    };
    (
        StatusCode::OK,
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )],
        answer.to_string(),
    )
        .into_response()
}

async fn forward(
    State(state): State<Arc<ProxyState>>,
    uri: Uri,
    body: axum::body::Bytes,
) -> Response {
    state.http_requests.fetch_add(1, Ordering::SeqCst);
    if let (Ok(mut uris), Some(path)) = (state.uris.lock(), uri.path_and_query()) {
        uris.insert(path.to_string());
    }
    count_calls(&state, &body);
    if take_hold(&state, &body) {
        state.held.fetch_add(1, Ordering::SeqCst);
        tokio::time::sleep(HOLD_FOR).await;
        return (StatusCode::GATEWAY_TIMEOUT, "held").into_response();
    }
    if state.receipts_lag.load(Ordering::SeqCst)
        && let Some(answer) = missing_receipt(&body)
    {
        return answer;
    }
    match state.mode.load(Ordering::SeqCst) {
        UP => {}
        DOWN_500 => {
            state.refused.fetch_add(1, Ordering::SeqCst);
            return (StatusCode::INTERNAL_SERVER_ERROR, "upstream node crashed").into_response();
        }
        DOWN_RPC_ERROR => {
            state.refused.fetch_add(1, Ordering::SeqCst);
            return rpc_errors(&body);
        }
        _ => {
            state.refused.fetch_add(1, Ordering::SeqCst);
            let mut response = (StatusCode::SERVICE_UNAVAILABLE, "proxy is down").into_response();
            response
                .headers_mut()
                .insert(header::CONNECTION, HeaderValue::from_static("close"));
            return response;
        }
    }
    let upstream = state
        .client
        .post(state.upstream.clone())
        .header(header::CONTENT_TYPE, "application/json")
        .body(body)
        .send()
        .await;
    let upstream = match upstream {
        Ok(r) => r,
        Err(e) => return (StatusCode::BAD_GATEWAY, format!("upstream: {e}")).into_response(),
    };
    let status =
        StatusCode::from_u16(upstream.status().as_u16()).unwrap_or(StatusCode::BAD_GATEWAY);
    match upstream.bytes().await {
        Ok(bytes) => (
            status,
            [(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            )],
            bytes,
        )
            .into_response(),
        Err(e) => (StatusCode::BAD_GATEWAY, format!("upstream body: {e}")).into_response(),
    }
}

/// How long a held call stays open: longer than any scenario.
pub const HOLD_FOR: Duration = Duration::from_secs(600);

/// Whether `body` is a single call of the method to hold; if so, the hold is used up.
fn take_hold(state: &ProxyState, body: &[u8]) -> bool {
    let Ok(call) = serde_json::from_slice::<serde_json::Value>(body) else {
        return false;
    };
    let Ok(mut hold) = state.hold_next.lock() else {
        return false;
    };
    if hold
        .as_deref()
        .is_some_and(|method| call["method"] == method)
    {
        *hold = None;
        return true;
    }
    false
}

/// Accepts connections, dropping them at once while the proxy is down in
/// [`DownMode::DropConnections`].
struct GatedListener {
    inner: TcpListener,
    state: Arc<ProxyState>,
}

impl axum::serve::Listener for GatedListener {
    type Io = TcpStream;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        loop {
            match self.inner.accept().await {
                Ok((stream, addr)) => {
                    if self.state.mode.load(Ordering::SeqCst) == DOWN_DROP {
                        self.state.refused.fetch_add(1, Ordering::SeqCst);
                        // Reset rather than a graceful close: like a dead server.
                        let _ = stream.set_zero_linger();
                        drop(stream);
                        continue;
                    }
                    return (stream, addr);
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(10)).await,
            }
        }
    }

    fn local_addr(&self) -> std::io::Result<Self::Addr> {
        self.inner.local_addr()
    }
}
