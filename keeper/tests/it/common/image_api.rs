//! An in-process OpenAI-compatible image API (`POST /v1/images/generations`) with a
//! programmable script of failures, a gate that holds requests, and per-prompt call counts. It
//! also answers the free key checks the keeper probes with: `GET /v1/models` (OpenAI) and
//! `GET /v1/credits` (BFL).
//! programmable script of failures, timed outages, slow answers, a gate that holds requests, and
//! per-prompt counts of calls and of successful answers.
//!
//! Also compiled into `genim-bench` (through `#[path]`) as its mock image API, so it only uses
//! crates the keeper package depends on.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Json;
use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
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
    /// Every call fails with `status` (e.g. 503, 429, 401, 402, 403), with a `Retry-After`
    /// header when given. The body is what a provider sends for that status.
    Fail {
        status: u16,
        retry_after_secs: Option<u64>,
    },
}

/// How long a held request waits for [`ImageApi::release`] before failing with 504.
const GATE_LIMIT: Duration = Duration::from_secs(120);

/// One successful (billed) answer: when its request arrived and when the image was sent back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Billed {
    pub arrived: Instant,
    pub answered: Instant,
}

/// A timed outage: calls arriving before `until` fail with `status`, whatever the mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Outage {
    until: Instant,
    status: u16,
    retry_after_secs: Option<u64>,
}

struct ApiState {
    mode: Mutex<ApiMode>,
    outage: Mutex<Option<Outage>>,
    latency: Mutex<Duration>,
    /// Each answer takes up to this much longer than `latency` (spread deterministically).
    latency_jitter: Mutex<Duration>,
    refuse_marker: Mutex<Option<String>>,
    image_side: Mutex<u32>,
    calls: Mutex<BTreeMap<String, u32>>,
    successes: Mutex<BTreeMap<String, Vec<Billed>>>,
    total: AtomicU64,
    total_successes: AtomicU64,
    held: AtomicU64,
    gate: watch::Sender<bool>,
    requests: Mutex<Vec<Value>>,
    authorizations: Mutex<Vec<Option<String>>>,
    probes: AtomicU64,
    /// Whether to keep every request body and header (off in long benchmarks).
    record_requests: bool,
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
        Self::start_with(mode, true).await
    }

    /// Like [`Self::start`]; `record_requests: false` keeps no request bodies or headers (for
    /// benchmarks with many thousands of calls).
    pub async fn start_with(mode: ApiMode, record_requests: bool) -> eyre::Result<Self> {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .wrap_err("bind the image API")?;
        let addr = listener.local_addr()?;
        let (gate, _) = watch::channel(true);
        let state = Arc::new(ApiState {
            mode: Mutex::new(mode),
            outage: Mutex::new(None),
            latency: Mutex::new(Duration::ZERO),
            latency_jitter: Mutex::new(Duration::ZERO),
            refuse_marker: Mutex::new(None),
            image_side: Mutex::new(PNG_SIDE),
            calls: Mutex::new(BTreeMap::new()),
            successes: Mutex::new(BTreeMap::new()),
            total: AtomicU64::new(0),
            total_successes: AtomicU64::new(0),
            held: AtomicU64::new(0),
            gate,
            requests: Mutex::new(Vec::new()),
            authorizations: Mutex::new(Vec::new()),
            probes: AtomicU64::new(0),
            record_requests,
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

    /// For the next `duration`, every call fails with `status` (and `Retry-After` if given),
    /// whatever the mode; afterwards the mode applies again.
    pub fn fail_for(&self, duration: Duration, status: u16, retry_after_secs: Option<u64>) {
        *self.state.outage.lock().expect("image API outage lock") = Some(Outage {
            until: Instant::now() + duration,
            status,
            retry_after_secs,
        });
    }

    /// Ends an outage started by [`Self::fail_for`] now.
    pub fn end_outage(&self) {
        *self.state.outage.lock().expect("image API outage lock") = None;
    }

    /// Whether a [`Self::fail_for`] outage is in force.
    pub fn in_outage(&self) -> bool {
        current_outage(&self.state).is_some()
    }

    /// Every answer (success or failure) takes at least `latency` (a slow provider).
    pub fn set_latency(&self, latency: Duration) {
        *self.state.latency.lock().expect("image API latency lock") = latency;
    }

    /// Each answer takes `latency` plus a spread in `0..=jitter`, derived from the prompt and the
    /// call number (a real model's time varies; a constant one makes answers arrive in bursts).
    #[cfg_attr(
        test,
        allow(
            dead_code,
            reason = "only genim-bench, which includes this file, uses it"
        )
    )]
    pub fn set_latency_jitter(&self, jitter: Duration) {
        *self
            .state
            .latency_jitter
            .lock()
            .expect("image API jitter lock") = jitter;
    }

    /// Prompts containing `marker` are refused with a 400 content-policy answer, whatever the
    /// mode (a token-specific refusal).
    pub fn refuse_prompts_containing(&self, marker: &str) {
        *self.state.refuse_marker.lock().expect("refuse marker lock") = Some(marker.to_owned());
    }

    /// Successful answers carry a `side`×`side` PNG of noise (about `3 * side²` bytes) instead
    /// of the default 16×16 one, for realistic image sizes (benchmarks, MCP previews).
    pub fn set_image_side(&self, side: u32) {
        *self.state.image_side.lock().expect("image side lock") = side.max(1);
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

    /// A handle on [`Self::total_calls`] for tasks that outlive a borrow of the API.
    pub fn calls_counter(&self) -> CallsCounter {
        CallsCounter(Arc::clone(&self.state))
    }

    /// Key checks received (`GET /v1/models` and `GET /v1/credits`).
    pub fn probes(&self) -> u64 {
        self.state.probes.load(Ordering::SeqCst)
    }

    /// Successful answers (an image was sent back: what a provider bills) for `prompt`.
    pub fn successes(&self, prompt: &str) -> u32 {
        u32::try_from(self.success_times(prompt).len()).unwrap_or(u32::MAX)
    }

    /// Each successful answer for `prompt` (arrival and answer time), oldest first.
    pub fn success_times(&self, prompt: &str) -> Vec<Billed> {
        self.state
            .successes
            .lock()
            .expect("image API successes lock")
            .get(prompt)
            .cloned()
            .unwrap_or_default()
    }

    pub fn total_successes(&self) -> u64 {
        self.state.total_successes.load(Ordering::SeqCst)
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

/// Side of the default test PNG.
const PNG_SIDE: u32 = 16;

/// A small, valid PNG whose pixels (and so bytes) depend on `prompt`.
/// See [`ImageApi::calls_counter`].
#[derive(Clone)]
pub struct CallsCounter(Arc<ApiState>);

impl CallsCounter {
    pub fn total(&self) -> u64 {
        self.0.total.load(Ordering::SeqCst)
    }
}

pub fn png_for(prompt: &str) -> Vec<u8> {
    use sha2::Digest as _;
    let seed = sha2::Sha256::digest(prompt.as_bytes());
    let mut pixels = Vec::with_capacity((PNG_SIDE * PNG_SIDE * 3) as usize);
    for i in 0..PNG_SIDE * PNG_SIDE * 3 {
        let byte = seed[(i % 32) as usize];
        pixels.push(byte.wrapping_add((i / 32) as u8));
    }
    encode_png(PNG_SIDE, &pixels, png::Compression::Balanced)
}

/// A `side`×`side` PNG of noise seeded by `prompt`: incompressible, so about `3 * side²` bytes.
pub fn noise_png_for(prompt: &str, side: u32) -> Vec<u8> {
    use sha2::Digest as _;
    let seed = sha2::Sha256::digest(prompt.as_bytes());
    let mut state = u64::from_le_bytes(seed[..8].try_into().expect("8 bytes")) | 1;
    let len = (side as usize) * (side as usize) * 3;
    let mut pixels = Vec::with_capacity(len + 8);
    while pixels.len() < len {
        // xorshift64*: fast, good enough for noise.
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        pixels.extend_from_slice(&state.wrapping_mul(0x2545_F491_4F6C_DD1D).to_le_bytes());
    }
    pixels.truncate(len);
    encode_png(side, &pixels, png::Compression::Fastest)
}

fn encode_png(side: u32, rgb: &[u8], compression: png::Compression) -> Vec<u8> {
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, side, side);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(compression);
    let mut writer = encoder.write_header().expect("PNG header to a Vec");
    writer.write_image_data(rgb).expect("PNG data to a Vec");
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

fn current_outage(state: &ApiState) -> Option<Outage> {
    let mut outage = state.outage.lock().expect("image API outage lock");
    match *outage {
        Some(o) if Instant::now() < o.until => Some(o),
        Some(_) => {
            *outage = None;
            None
        }
        None => None,
    }
}

/// What a provider answers with `status`: the OpenAI error shape with a fitting message.
fn failure(status: u16, retry_after_secs: Option<u64>) -> Response {
    let (kind, code, message) = match status {
        400 => (
            "invalid_request_error",
            "content_policy_violation",
            "Your request was rejected as a result of our safety system.",
        ),
        401 => (
            "invalid_request_error",
            "invalid_api_key",
            "Incorrect API key provided (scripted).",
        ),
        402 => (
            "billing_error",
            "insufficient_quota",
            "You exceeded your current quota, please check your plan and billing details (scripted).",
        ),
        403 => (
            "permission_error",
            "account_suspended",
            "Your account is not allowed to use this model (scripted).",
        ),
        429 => (
            "rate_limit_error",
            "rate_limit_exceeded",
            "Rate limit reached for images per minute (scripted).",
        ),
        503 => (
            "server_error",
            "overloaded",
            "The server is overloaded or not ready yet (scripted).",
        ),
        _ => (
            "server_error",
            "internal_error",
            "the model server crashed (scripted)",
        ),
    };
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let mut response = (
        status,
        Json(json!({"error": {"message": message, "type": kind, "code": code}})),
    )
        .into_response();
    if let Some(secs) = retry_after_secs {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(secs));
    }
    response
}

async fn generate(
    State(state): State<Arc<ApiState>>,
    headers: HeaderMap,
    body: String,
) -> Response {
    let arrived = Instant::now();
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
    if state.record_requests {
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
    }

    let mut gate = state.gate.subscribe();
    if !*gate.borrow() {
        state.held.fetch_add(1, Ordering::SeqCst);
        let opened = tokio::time::timeout(GATE_LIMIT, gate.wait_for(|open| *open)).await;
        state.held.fetch_sub(1, Ordering::SeqCst);
        if !matches!(opened, Ok(Ok(_))) {
            return (StatusCode::GATEWAY_TIMEOUT, "held too long").into_response();
        }
    }
    let mut latency = *state.latency.lock().expect("image API latency lock");
    let jitter = *state.latency_jitter.lock().expect("image API jitter lock");
    if !jitter.is_zero() {
        use sha2::Digest as _;
        let digest = sha2::Sha256::digest(format!("{prompt}#{call_no}").as_bytes());
        let spread = u64::from_le_bytes(digest[..8].try_into().expect("8 bytes"));
        let jitter_ns = u64::try_from(jitter.as_nanos()).unwrap_or(u64::MAX);
        latency += Duration::from_nanos(spread % jitter_ns.saturating_add(1));
    }
    if !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }

    // An outage is judged when the answer is sent, so a slow answer spanning its start fails.
    if let Some(outage) = current_outage(&state) {
        return failure(outage.status, outage.retry_after_secs);
    }
    let refused = state
        .refuse_marker
        .lock()
        .expect("refuse marker lock")
        .as_deref()
        .is_some_and(|marker| prompt.contains(marker));
    if refused {
        return failure(400, None);
    }
    let mode = *state.mode.lock().expect("image API mode lock");
    let fail = match mode {
        ApiMode::Unauthorized401 => return unauthorized(&headers),
        ApiMode::Succeed => None,
        ApiMode::FailFirst(n) => (call_no <= n).then_some((500, None)),
        ApiMode::AlwaysFail500 => Some((500, None)),
        ApiMode::Refuse400 => Some((400, None)),
        ApiMode::Fail {
            status,
            retry_after_secs,
        } => Some((status, retry_after_secs)),
    };
    if let Some((status, retry_after_secs)) = fail {
        return failure(status, retry_after_secs);
    }
    let side = *state.image_side.lock().expect("image side lock");
    let png = if side == PNG_SIDE {
        png_for(&prompt)
    } else {
        noise_png_for(&prompt, side)
    };
    let b64 = base64::engine::general_purpose::STANDARD.encode(png);
    // Counted just before the answer leaves: a keeper killed while waiting cancels this handler,
    // so a call it never received is not counted as billed.
    state
        .successes
        .lock()
        .expect("image API successes lock")
        .entry(prompt)
        .or_default()
        .push(Billed {
            arrived,
            answered: Instant::now(),
        });
    state.total_successes.fetch_add(1, Ordering::SeqCst);
    Json(json!({
        "created": 1_700_000_000u64,
        "data": [{"b64_json": b64}]
    }))
    .into_response()
}
