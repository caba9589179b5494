//! An in-process OpenAI-compatible image API (`POST /v1/images/generations`) with a
//! programmable script of failures, a gate that holds requests, and per-prompt call counts. It
//! also answers the free key checks the keeper probes with: `GET /v1/models` (OpenAI) and
//! `GET /v1/credits` (BFL).

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Json;
use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use base64::Engine as _;
use eyre::Context as _;
use serde_json::{Value, json};
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;

/// How the API answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApiMode {
    /// Every call succeeds.
    Succeed,
    /// The first `n` calls for each prompt fail with 500, later ones succeed.
    FailFirst(u32),
    /// Every call fails with 500.
    AlwaysFail500,
    /// Every call is refused with 400 (a content-policy refusal).
    Refuse400,
    /// Every call, probes included, is refused with 401, and the error message echoes the key
    /// it was given (as some providers do).
    Unauthorized401,
}

/// How long a held request waits for [`ImageApi::release`] before failing with 504.
const GATE_LIMIT: Duration = Duration::from_secs(120);

struct ApiState {
    mode: Mutex<ApiMode>,
    calls: Mutex<BTreeMap<String, u32>>,
    total: AtomicU64,
    held: AtomicU64,
    gate: watch::Sender<bool>,
    requests: Mutex<Vec<Value>>,
    authorizations: Mutex<Vec<Option<String>>>,
    probes: AtomicU64,
}

/// The server; stops on drop.
pub struct ImageApi {
    /// The API root including `/v1`, what `images.base_url` takes.
    pub base_url: String,
    state: Arc<ApiState>,
    task: JoinHandle<()>,
}

impl ImageApi {
    pub async fn start(mode: ApiMode) -> eyre::Result<Self> {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .wrap_err("bind the image API")?;
        let addr = listener.local_addr()?;
        let (gate, _) = watch::channel(true);
        let state = Arc::new(ApiState {
            mode: Mutex::new(mode),
            calls: Mutex::new(BTreeMap::new()),
            total: AtomicU64::new(0),
            held: AtomicU64::new(0),
            gate,
            requests: Mutex::new(Vec::new()),
            authorizations: Mutex::new(Vec::new()),
            probes: AtomicU64::new(0),
        });
        let app = Router::new()
            .route("/v1/images/generations", post(generate))
            .route("/v1/models", get(models))
            .route("/v1/credits", get(credits))
            .with_state(state.clone());
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Ok(Self {
            base_url: format!("http://{addr}/v1"),
            state,
            task,
        })
    }

    pub fn set_mode(&self, mode: ApiMode) {
        *self.state.mode.lock().expect("image API mode lock") = mode;
    }

    /// Holds every request (new and waiting) until [`Self::release`].
    pub fn hold(&self) {
        self.state.gate.send_replace(false);
    }

    pub fn release(&self) {
        self.state.gate.send_replace(true);
    }

    /// Requests currently waiting at the gate.
    pub fn held(&self) -> u64 {
        self.state.held.load(Ordering::SeqCst)
    }

    /// Calls received for `prompt` (counted on arrival, whatever the answer).
    pub fn calls(&self, prompt: &str) -> u32 {
        self.state
            .calls
            .lock()
            .expect("image API calls lock")
            .get(prompt)
            .copied()
            .unwrap_or(0)
    }

    pub fn calls_by_prompt(&self) -> BTreeMap<String, u32> {
        self.state
            .calls
            .lock()
            .expect("image API calls lock")
            .clone()
    }

    /// Generation calls (probes are not counted here, see [`Self::probes`]).
    pub fn total_calls(&self) -> u64 {
        self.state.total.load(Ordering::SeqCst)
    }

    /// Key checks received (`GET /v1/models` and `GET /v1/credits`).
    pub fn probes(&self) -> u64 {
        self.state.probes.load(Ordering::SeqCst)
    }

    /// Every request body received, in order.
    pub fn requests(&self) -> Vec<Value> {
        self.state
            .requests
            .lock()
            .expect("image API requests lock")
            .clone()
    }

    /// The `Authorization` header of every request, in order.
    pub fn authorizations(&self) -> Vec<Option<String>> {
        self.state
            .authorizations
            .lock()
            .expect("image API authorizations lock")
            .clone()
    }
}

impl Drop for ImageApi {
    fn drop(&mut self) {
        self.state.gate.send_replace(true);
        self.task.abort();
    }
}

/// A small, valid PNG whose pixels (and so bytes) depend on `prompt`.
pub fn png_for(prompt: &str) -> Vec<u8> {
    use sha2::Digest as _;
    const SIDE: u32 = 16;
    let seed = sha2::Sha256::digest(prompt.as_bytes());
    let mut pixels = Vec::with_capacity((SIDE * SIDE * 3) as usize);
    for i in 0..SIDE * SIDE * 3 {
        let byte = seed[(i % 32) as usize];
        pixels.push(byte.wrapping_add((i / 32) as u8));
    }
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, SIDE, SIDE);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().expect("PNG header to a Vec");
    writer.write_image_data(&pixels).expect("PNG data to a Vec");
    writer.finish().expect("finish a PNG in a Vec");
    out
}

/// The credential a request presented: `Authorization: Bearer KEY` or BFL's `x-key: KEY`.
fn presented_key(headers: &HeaderMap) -> String {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.trim_start_matches("Bearer ").to_owned())
        .or_else(|| {
            headers
                .get("x-key")
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        })
        .unwrap_or_default()
}

fn unauthorized(headers: &HeaderMap) -> Response {
    (
        StatusCode::UNAUTHORIZED,
        Json(json!({"error": {
            "message": format!("Incorrect API key provided: {}", presented_key(headers)),
            "type": "invalid_request_error",
            "code": "invalid_api_key"
        }})),
    )
        .into_response()
}

/// `GET /v1/models` (OpenAI-compatible key check).
async fn models(State(state): State<Arc<ApiState>>, headers: HeaderMap) -> Response {
    state.probes.fetch_add(1, Ordering::SeqCst);
    if *state.mode.lock().expect("image API mode lock") == ApiMode::Unauthorized401 {
        return unauthorized(&headers);
    }
    Json(json!({"object": "list", "data": [{"id": "e2e/test-model", "object": "model"}]}))
        .into_response()
}

/// `GET /v1/credits` (BFL key and balance check).
async fn credits(State(state): State<Arc<ApiState>>, headers: HeaderMap) -> Response {
    state.probes.fetch_add(1, Ordering::SeqCst);
    if *state.mode.lock().expect("image API mode lock") == ApiMode::Unauthorized401 {
        return unauthorized(&headers);
    }
    Json(json!({"credits": 100.0})).into_response()
}

async fn generate(
    State(state): State<Arc<ApiState>>,
    headers: HeaderMap,
    body: String,
) -> Response {
    let request: Value = match serde_json::from_str(&body) {
        Ok(v) => v,
        Err(e) => {
            return (
                StatusCode::BAD_REQUEST,
                Json(json!({"error": {"message": format!("invalid JSON: {e}"), "type": "invalid_request_error"}})),
            )
                .into_response();
        }
    };
    let Some(prompt) = request["prompt"].as_str().map(str::to_owned) else {
        return (
            StatusCode::BAD_REQUEST,
            Json(json!({"error": {"message": "prompt is required", "type": "invalid_request_error"}})),
        )
            .into_response();
    };
    let call_no = {
        let mut calls = state.calls.lock().expect("image API calls lock");
        let n = calls.entry(prompt.clone()).or_default();
        *n += 1;
        *n
    };
    state.total.fetch_add(1, Ordering::SeqCst);
    state
        .requests
        .lock()
        .expect("image API requests lock")
        .push(request);
    state
        .authorizations
        .lock()
        .expect("image API authorizations lock")
        .push(
            headers
                .get(header::AUTHORIZATION)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned),
        );

    let mut gate = state.gate.subscribe();
    if !*gate.borrow() {
        state.held.fetch_add(1, Ordering::SeqCst);
        let opened = tokio::time::timeout(GATE_LIMIT, gate.wait_for(|open| *open)).await;
        state.held.fetch_sub(1, Ordering::SeqCst);
        if !matches!(opened, Ok(Ok(_))) {
            return (StatusCode::GATEWAY_TIMEOUT, "held too long").into_response();
        }
    }

    let mode = *state.mode.lock().expect("image API mode lock");
    let fail = match mode {
        ApiMode::Succeed => false,
        ApiMode::FailFirst(n) => call_no <= n,
        ApiMode::AlwaysFail500 => true,
        ApiMode::Unauthorized401 => return unauthorized(&headers),
        ApiMode::Refuse400 => {
            return (
                StatusCode::BAD_REQUEST,
                Json(json!({"error": {
                    "message": "Your request was rejected as a result of our safety system.",
                    "type": "invalid_request_error",
                    "code": "content_policy_violation"
                }})),
            )
                .into_response();
        }
    };
    if fail {
        return (
            StatusCode::INTERNAL_SERVER_ERROR,
            Json(json!({"error": {"message": "the model server crashed (scripted)", "type": "server_error"}})),
        )
            .into_response();
    }
    let b64 = base64::engine::general_purpose::STANDARD.encode(png_for(&prompt));
    Json(json!({
        "created": 1_700_000_000u64,
        "data": [{"b64_json": b64}]
    }))
    .into_response()
}
