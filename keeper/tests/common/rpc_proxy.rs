//! An in-process JSON-RPC proxy between the keeper and Anvil: counts what the keeper asks and
//! can simulate an outage.

use std::collections::{BTreeMap, BTreeSet};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU8, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
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
}

const UP: u8 = 0;
const DOWN_503: u8 = 1;
const DOWN_DROP: u8 = 2;

struct ProxyState {
    upstream: reqwest::Url,
    client: reqwest::Client,
    mode: AtomicU8,
    http_requests: AtomicU64,
    rpc_calls: AtomicU64,
    refused: AtomicU64,
    methods: Mutex<BTreeMap<String, u64>>,
    uris: Mutex<BTreeSet<String>>,
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
            http_requests: AtomicU64::new(0),
            rpc_calls: AtomicU64::new(0),
            refused: AtomicU64::new(0),
            methods: Mutex::new(BTreeMap::new()),
            uris: Mutex::new(BTreeSet::new()),
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
        };
        self.state.mode.store(m, Ordering::SeqCst);
    }

    pub fn set_up(&self) {
        self.state.mode.store(UP, Ordering::SeqCst);
    }

    pub fn is_down(&self) -> bool {
        self.state.mode.load(Ordering::SeqCst) != UP
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
        for call in calls {
            let method = call["method"].as_str().unwrap_or("<none>").to_owned();
            *methods.entry(method).or_default() += 1;
        }
    }
}

async fn forward(State(state): State<Arc<ProxyState>>, uri: Uri, body: Bytes) -> Response {
    state.http_requests.fetch_add(1, Ordering::SeqCst);
    if let (Ok(mut uris), Some(path)) = (state.uris.lock(), uri.path_and_query()) {
        uris.insert(path.to_string());
    }
    count_calls(&state, &body);
    if state.mode.load(Ordering::SeqCst) != UP {
        state.refused.fetch_add(1, Ordering::SeqCst);
        let mut response = (StatusCode::SERVICE_UNAVAILABLE, "proxy is down").into_response();
        response
            .headers_mut()
            .insert(header::CONNECTION, HeaderValue::from_static("close"));
        return response;
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
