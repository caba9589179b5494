//! Image backends against real HTTP servers started in-process.

use genim_keeper::redact::Secret;
use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{HeaderMap, Method, Uri};
use axum::response::Response;
use base64::Engine as _;
use genim_keeper::images::procedural::render_png;
use genim_keeper::images::{
    BflBackend, BflConfig, FailureScope, GiveUp, ImageBackend, ImageError, ImageMemory,
    ImageRequest, ImageSpec, OpenAiBackend, OpenAiConfig, ProceduralBackend, ProviderTask,
    RetryPolicy, TaskSlot, generate_with_retry, generate_with_retry_resuming,
};
use tokio::time::{Instant, timeout};

/// Every test operation is bounded, so a bug shows up as a failure, not a hung suite.
const TEST_BOUND: Duration = Duration::from_secs(15);

// ---------------------------------------------------------------------------------------------
// A scripted HTTP server: each path answers with its queue of replies, repeating the last one.
// `{base}` in a reply body is replaced by the server's own base URL.

#[derive(Clone)]
struct Reply {
    status: u16,
    headers: Vec<(&'static str, String)>,
    body: Vec<u8>,
    delay: Duration,
}

impl Reply {
    fn json(status: u16, body: serde_json::Value) -> Self {
        Self {
            status,
            headers: vec![("content-type", "application/json".into())],
            body: body.to_string().into_bytes(),
            delay: Duration::ZERO,
        }
    }

    fn bytes(content_type: &str, body: Vec<u8>) -> Self {
        Self {
            status: 200,
            headers: vec![("content-type", content_type.into())],
            body,
            delay: Duration::ZERO,
        }
    }

    fn with_header(mut self, name: &'static str, value: &str) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    fn delayed(mut self, delay: Duration) -> Self {
        self.delay = delay;
        self
    }
}

#[derive(Debug, Clone)]
struct Seen {
    method: Method,
    path: String,
    query: Option<String>,
    headers: HeaderMap,
    body: Bytes,
}

impl Seen {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap()
    }
}

struct ServerState {
    base: String,
    routes: Mutex<HashMap<String, VecDeque<Reply>>>,
    seen: Mutex<Vec<Seen>>,
}

struct TestServer {
    state: Arc<ServerState>,
}

impl TestServer {
    async fn start(routes: Vec<(&str, Vec<Reply>)>) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let routes = routes
            .into_iter()
            .map(|(path, replies)| (path.to_owned(), replies.into()))
            .collect();
        let state = Arc::new(ServerState {
            base,
            routes: Mutex::new(routes),
            seen: Mutex::new(Vec::new()),
        });
        let app = axum::Router::new()
            .fallback(handle)
            .with_state(state.clone());
        tokio::spawn(async move { axum::serve(listener, app).await });
        Self { state }
    }

    fn base(&self) -> &str {
        &self.state.base
    }

    fn requests(&self, path: &str) -> Vec<Seen> {
        let seen = self.state.seen.lock().unwrap();
        seen.iter().filter(|s| s.path == path).cloned().collect()
    }

    fn count(&self, path: &str) -> usize {
        self.requests(path).len()
    }
}

async fn handle(
    State(state): State<Arc<ServerState>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let path = uri.path().to_owned();
    state.seen.lock().unwrap().push(Seen {
        method,
        path: path.clone(),
        query: uri.query().map(str::to_owned),
        headers,
        body,
    });
    let reply = next_reply(&state, &path);
    tokio::time::sleep(reply.delay).await;
    let mut response = Response::builder().status(reply.status);
    for (name, value) in &reply.headers {
        response = response.header(*name, value);
    }
    let body = replace_base(reply.body, &state.base);
    response.body(Body::from(body)).unwrap()
}

fn next_reply(state: &ServerState, path: &str) -> Reply {
    let mut routes = state.routes.lock().unwrap();
    match routes.get_mut(path) {
        Some(queue) if queue.len() > 1 => queue.pop_front().unwrap(),
        Some(queue) => queue.front().cloned().unwrap(),
        None => Reply::json(
            404,
            serde_json::json!({"error": {"message": "no such route"}}),
        ),
    }
}

fn replace_base(body: Vec<u8>, base: &str) -> Vec<u8> {
    match String::from_utf8(body) {
        Ok(text) => text.replace("{base}", base).into_bytes(),
        Err(binary) => binary.into_bytes(),
    }
}

// ---------------------------------------------------------------------------------------------
// Helpers

const SECRET: &str = "sk-test-secret-123";
const GENERATIONS: &str = "/v1/images/generations";

fn sample_png() -> Vec<u8> {
    render_png("a lighthouse in a storm", 64, 48).unwrap()
}

fn request(model: &str, width: u32, height: u32) -> ImageRequest {
    ImageRequest {
        prompt: "a lighthouse in a storm".into(),
        spec: ImageSpec {
            model: model.into(),
            width,
            height,
        },
    }
}

fn openai(server: &TestServer, key: Option<&str>) -> OpenAiBackend {
    let mut config = OpenAiConfig::new(format!("{}/v1", server.base()), key.map(Secret::new));
    config.request_timeout = Duration::from_secs(5);
    OpenAiBackend::new(config).unwrap()
}

fn b64_reply(png: &[u8]) -> Reply {
    let b64 = base64::engine::general_purpose::STANDARD.encode(png);
    Reply::json(
        200,
        serde_json::json!({"created": 1, "data": [{"b64_json": b64}]}),
    )
}

fn fast_policy(max_attempts: u32) -> RetryPolicy {
    RetryPolicy {
        max_attempts,
        base_delay: Duration::from_millis(2),
        max_delay: Duration::from_millis(10),
    }
}

async fn generate(backend: &dyn ImageBackend, req: &ImageRequest) -> Result<Vec<u8>, ImageError> {
    timeout(TEST_BOUND, backend.generate(req, &TaskSlot::default()))
        .await
        .expect("generation hung")
        .map(|image| image.bytes)
}

async fn retry(
    backend: &dyn ImageBackend,
    policy: &RetryPolicy,
    give_up_at: Instant,
) -> Result<(genim_keeper::images::GeneratedImage, u32), GiveUp> {
    let req = request("flux-pro-1.1", 256, 256);
    timeout(
        TEST_BOUND,
        generate_with_retry(backend, &req, policy, give_up_at),
    )
    .await
    .expect("retry loop hung")
}

fn decode_png(bytes: &[u8]) -> (u32, u32, Vec<u8>) {
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let mut reader = decoder.read_info().unwrap();
    let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut pixels).unwrap();
    pixels.truncate(info.buffer_size());
    (info.width, info.height, pixels)
}

// ---------------------------------------------------------------------------------------------
// OpenAI-compatible backend

#[tokio::test]
async fn openai_sends_the_expected_request_and_decodes_the_image() {
    let png = sample_png();
    let server = TestServer::start(vec![(GENERATIONS, vec![b64_reply(&png)])]).await;
    let backend = openai(&server, Some(SECRET));

    let image = timeout(
        TEST_BOUND,
        backend.generate(
            &request("black-forest-labs/FLUX.1-schnell", 256, 128),
            &TaskSlot::default(),
        ),
    )
    .await
    .unwrap()
    .unwrap();

    assert_eq!(image.bytes, png);
    assert_eq!(image.content_type, "image/png");
    assert_eq!(image.model, "black-forest-labs/FLUX.1-schnell");
    let seen = server.requests(GENERATIONS);
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].method, Method::POST);
    assert_eq!(
        seen[0].header("authorization"),
        Some("Bearer sk-test-secret-123")
    );
    assert_eq!(
        seen[0].json(),
        serde_json::json!({
            "model": "black-forest-labs/FLUX.1-schnell",
            "prompt": "a lighthouse in a storm",
            "n": 1,
            "size": "256x128",
            "response_format": "b64_json",
        })
    );
}

#[tokio::test]
async fn openai_without_key_sends_no_authorization() {
    let server = TestServer::start(vec![(GENERATIONS, vec![b64_reply(&sample_png())])]).await;
    generate(&openai(&server, None), &request("sd", 64, 64))
        .await
        .unwrap();
    assert_eq!(
        server.requests(GENERATIONS)[0].header("authorization"),
        None
    );
}

#[tokio::test]
async fn openai_decodes_base64_with_escaped_slashes() {
    // JSON may escape `/` (some servers do), so the base64 text cannot always be borrowed as is.
    let png = sample_png();
    let b64 = base64::engine::general_purpose::STANDARD.encode(&png);
    assert!(b64.contains('/'), "the sample must exercise the escape");
    let body = format!(
        r#"{{"created":1,"data":[{{"b64_json":"{}"}}]}}"#,
        b64.replace('/', "\\/")
    );
    let reply = Reply::bytes("application/json", body.into_bytes());
    let server = TestServer::start(vec![(GENERATIONS, vec![reply])]).await;
    let bytes = generate(&openai(&server, None), &request("sd", 64, 64))
        .await
        .unwrap();
    assert_eq!(bytes, png);
}

#[tokio::test]
async fn answers_wait_for_room_in_memory_until_earlier_images_are_dropped() {
    let png = sample_png();
    let server = TestServer::start(vec![(GENERATIONS, vec![b64_reply(&png)])]).await;
    let memory = ImageMemory::new(1);
    let mut config = OpenAiConfig::new(format!("{}/v1", server.base()), None);
    config.request_timeout = TEST_BOUND;
    config.memory = memory.clone();
    let backend = Arc::new(OpenAiBackend::new(config).unwrap());
    let req = request("sd", 64, 64);

    let first = timeout(TEST_BOUND, backend.generate(&req, &TaskSlot::default()))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(memory.available(), 0, "the held image keeps its share");

    let second = tokio::spawn({
        let (backend, req) = (Arc::clone(&backend), req.clone());
        async move { backend.generate(&req, &TaskSlot::default()).await }
    });
    let deadline = Instant::now() + TEST_BOUND;
    while server.count(GENERATIONS) < 2 {
        assert!(
            Instant::now() < deadline,
            "the second request never arrived"
        );
        tokio::task::yield_now().await;
    }
    // Answered by the server, but not read while the first image is in memory.
    let mut second = second;
    assert!(
        timeout(Duration::from_millis(500), &mut second)
            .await
            .is_err(),
        "the second answer was read while the first image held the only share"
    );

    drop(first);
    let second = timeout(TEST_BOUND, second).await.unwrap().unwrap().unwrap();
    assert_eq!(second.bytes, png);
    drop(second);
    assert_eq!(memory.available(), 1);
}

#[tokio::test]
async fn openai_downloads_url_responses_without_sending_the_key() {
    let png = sample_png();
    let server = TestServer::start(vec![
        (
            GENERATIONS,
            vec![Reply::json(
                200,
                serde_json::json!({"data": [{"url": "{base}/files/out.png"}]}),
            )],
        ),
        (
            "/files/out.png",
            vec![Reply::bytes("image/png", png.clone())],
        ),
    ])
    .await;

    let bytes = generate(&openai(&server, Some(SECRET)), &request("m", 64, 64))
        .await
        .unwrap();

    assert_eq!(bytes, png);
    let download = server.requests("/files/out.png");
    assert_eq!(download.len(), 1);
    assert_eq!(download[0].header("authorization"), None);
}

#[tokio::test]
async fn openai_retries_server_errors_until_success() {
    let failure = Reply::json(500, serde_json::json!({"error": {"message": "overloaded"}}));
    let server = TestServer::start(vec![(
        GENERATIONS,
        vec![failure.clone(), failure, b64_reply(&sample_png())],
    )])
    .await;
    let backend = openai(&server, Some(SECRET));

    let (image, attempts) = retry(&backend, &fast_policy(5), Instant::now() + TEST_BOUND)
        .await
        .unwrap();

    assert_eq!(attempts, 3);
    assert_eq!(server.count(GENERATIONS), 3);
    assert_eq!(image.bytes, sample_png());
}

#[tokio::test]
async fn openai_honours_retry_after() {
    let throttled = Reply::json(429, serde_json::json!({"error": {"message": "rate limit"}}))
        .with_header("retry-after", "1");
    let server = TestServer::start(vec![(
        GENERATIONS,
        vec![throttled, b64_reply(&sample_png())],
    )])
    .await;
    let backend = openai(&server, Some(SECRET));

    let started = Instant::now();
    let (_, attempts) = retry(&backend, &fast_policy(3), Instant::now() + TEST_BOUND)
        .await
        .unwrap();

    assert_eq!(attempts, 2);
    // The policy alone would wait at most 2 ms.
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "waited only {:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn openai_gives_up_at_once_when_retry_after_passes_the_deadline() {
    let throttled = Reply::json(429, serde_json::json!({"error": {"message": "quota"}}))
        .with_header("retry-after", "60");
    let server = TestServer::start(vec![(GENERATIONS, vec![throttled])]).await;
    let backend = openai(&server, Some(SECRET));

    let started = Instant::now();
    let give_up = retry(
        &backend,
        &fast_policy(5),
        Instant::now() + Duration::from_secs(5),
    )
    .await
    .unwrap_err();

    assert!(
        started.elapsed() < Duration::from_secs(2),
        "slept towards the deadline"
    );
    assert_eq!(give_up.attempts, 1);
    assert_eq!(give_up.scope, FailureScope::Transient);
    assert!(
        give_up.reason.contains("deadline reached"),
        "{}",
        give_up.reason
    );
    assert!(give_up.reason.contains("429"), "{}", give_up.reason);
}

#[tokio::test]
async fn openai_content_refusal_is_not_retried() {
    let refusal = Reply::json(
        400,
        serde_json::json!({"error": {
            "message": "Your request was rejected as a result of our safety system.",
            "type": "invalid_request_error",
            "code": "content_policy_violation",
        }}),
    );
    let server = TestServer::start(vec![(GENERATIONS, vec![refusal])]).await;
    let backend = openai(&server, Some(SECRET));

    let give_up = retry(&backend, &fast_policy(5), Instant::now() + TEST_BOUND)
        .await
        .unwrap_err();

    assert_eq!(server.count(GENERATIONS), 1);
    assert_eq!(give_up.attempts, 1);
    assert_eq!(give_up.scope, FailureScope::TokenPermanent);
    assert!(give_up.reason.contains("HTTP 400"), "{}", give_up.reason);
    assert!(
        give_up.reason.contains("safety system"),
        "{}",
        give_up.reason
    );
}

#[tokio::test]
async fn always_failing_server_gives_up_by_the_deadline() {
    let server = TestServer::start(vec![(
        GENERATIONS,
        vec![Reply::json(503, serde_json::json!({}))],
    )])
    .await;
    let backend = openai(&server, Some(SECRET));
    let policy = RetryPolicy {
        max_attempts: 10_000,
        base_delay: Duration::from_millis(5),
        max_delay: Duration::from_millis(20),
    };

    let give_up_at = Instant::now() + Duration::from_millis(400);
    let give_up = retry(&backend, &policy, give_up_at).await.unwrap_err();

    let overshoot = Instant::now().saturating_duration_since(give_up_at);
    assert!(
        overshoot < Duration::from_millis(150),
        "overshot by {overshoot:?}"
    );
    assert!(give_up.attempts > 1);
    // The last attempt may have been abandoned before the server saw it.
    let served = server.count(GENERATIONS) as u32;
    assert!(served == give_up.attempts || served + 1 == give_up.attempts);
    assert_eq!(give_up.scope, FailureScope::Transient);
    assert!(
        give_up.reason.contains("deadline reached"),
        "{}",
        give_up.reason
    );
    assert!(give_up.reason.contains("503"), "{}", give_up.reason);
}

#[tokio::test]
async fn exhausted_attempts_report_the_last_error() {
    let server = TestServer::start(vec![(
        GENERATIONS,
        vec![Reply::json(
            502,
            serde_json::json!({"error": {"message": "bad gateway"}}),
        )],
    )])
    .await;
    let backend = openai(&server, None);

    let give_up = retry(&backend, &fast_policy(3), Instant::now() + TEST_BOUND)
        .await
        .unwrap_err();

    assert_eq!(give_up.attempts, 3);
    assert_eq!(server.count(GENERATIONS), 3);
    assert_eq!(give_up.scope, FailureScope::Transient);
    assert_eq!(
        give_up.reason,
        "generate: HTTP 502 (temporary): bad gateway"
    );
}

#[tokio::test]
async fn an_attempt_running_at_the_deadline_is_abandoned() {
    let slow = b64_reply(&sample_png()).delayed(Duration::from_secs(30));
    let server = TestServer::start(vec![(GENERATIONS, vec![slow])]).await;
    let mut config = OpenAiConfig::new(format!("{}/v1", server.base()), None);
    config.request_timeout = Duration::from_secs(60);
    let backend = OpenAiBackend::new(config).unwrap();

    let give_up_at = Instant::now() + Duration::from_millis(300);
    let give_up = retry(&backend, &fast_policy(5), give_up_at)
        .await
        .unwrap_err();

    assert!(Instant::now() < give_up_at + Duration::from_millis(200));
    assert_eq!(give_up.reason, "deadline reached");
    assert_eq!(give_up.attempts, 1);
}

#[tokio::test]
async fn request_timeout_is_retryable() {
    let slow = b64_reply(&sample_png()).delayed(Duration::from_secs(30));
    let server = TestServer::start(vec![(GENERATIONS, vec![slow])]).await;
    let mut config = OpenAiConfig::new(format!("{}/v1", server.base()), None);
    config.request_timeout = Duration::from_millis(200);
    let backend = OpenAiBackend::new(config).unwrap();

    let err = generate(&backend, &request("m", 64, 64)).await.unwrap_err();

    assert!(matches!(err, ImageError::Timeout { .. }), "{err:?}");
    assert!(err.is_retryable());
}

#[tokio::test]
async fn connection_refused_is_retryable() {
    // Bind and drop a listener to get a local port that nobody listens on.
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let backend = OpenAiBackend::new(OpenAiConfig::new(
        format!("http://127.0.0.1:{port}/v1"),
        None,
    ))
    .unwrap();

    let err = generate(&backend, &request("m", 64, 64)).await.unwrap_err();

    assert!(matches!(err, ImageError::Connection { .. }), "{err:?}");
    assert!(err.is_retryable());
}

#[tokio::test]
async fn errors_never_echo_the_api_key() {
    let unauthorized = Reply::json(
        401,
        serde_json::json!({"error": {"message": format!("Incorrect API key provided: {SECRET}")}}),
    );
    let server = TestServer::start(vec![(GENERATIONS, vec![unauthorized])]).await;

    let err = generate(&openai(&server, Some(SECRET)), &request("m", 64, 64))
        .await
        .unwrap_err();

    assert!(!err.is_retryable());
    let shown = format!("{err} {err:?}");
    assert!(!shown.contains(SECRET), "{shown}");
    assert!(shown.contains("Incorrect API key provided: ***"), "{shown}");
}

#[tokio::test]
async fn malformed_successes_are_permanent_errors() {
    let not_an_image = base64::engine::general_purpose::STANDARD.encode(b"<html>hello</html>");
    let server = TestServer::start(vec![(
        GENERATIONS,
        vec![
            Reply::json(200, serde_json::json!({"data": []})),
            Reply::json(
                200,
                serde_json::json!({"data": [{"b64_json": not_an_image}]}),
            ),
            Reply::json(
                200,
                serde_json::json!({"data": [{"b64_json": "%%%not base64"}]}),
            ),
            Reply::bytes("text/plain", b"not json".to_vec()),
        ],
    )])
    .await;
    let backend = openai(&server, None);
    let req = request("m", 64, 64);

    let empty = generate(&backend, &req).await.unwrap_err();
    assert!(matches!(empty, ImageError::EmptyImage { .. }), "{empty:?}");
    // Typed, and without the answer's bytes (they would reach the public /tokens reason).
    let html = generate(&backend, &req).await.unwrap_err();
    assert!(matches!(html, ImageError::NotAnImage { .. }), "{html:?}");
    assert!(!html.is_retryable());
    assert!(
        !html.to_string().contains(&hex::encode(b"<html>")),
        "{html}"
    );
    for _ in 0..2 {
        let err = generate(&backend, &req).await.unwrap_err();
        assert!(matches!(err, ImageError::InvalidResponse { .. }), "{err:?}");
        assert!(!err.is_retryable());
    }
}

// ---------------------------------------------------------------------------------------------
// Black Forest Labs backend

const SUBMIT: &str = "/v1/flux-pro-1.1";
const POLL: &str = "/poll/task-1";
const SAMPLE: &str = "/delivery/sample.png";

fn bfl(server: &TestServer, generation_timeout: Duration) -> BflBackend {
    let mut config = BflConfig::new(server.base(), Secret::new(SECRET));
    config.poll_interval = Duration::from_millis(5);
    config.generation_timeout = generation_timeout;
    config.request_timeout = Duration::from_secs(5);
    BflBackend::new(config).unwrap()
}

fn submitted() -> Reply {
    Reply::json(
        200,
        serde_json::json!({"id": "task-1", "polling_url": format!("{{base}}{POLL}")}),
    )
}

fn status(status: &str) -> Reply {
    Reply::json(
        200,
        serde_json::json!({"id": "task-1", "status": status, "result": null}),
    )
}

fn ready() -> Reply {
    Reply::json(
        200,
        serde_json::json!({
            "id": "task-1",
            "status": "Ready",
            "result": {"sample": format!("{{base}}{SAMPLE}?se=2030&sig=abc"), "prompt": "x"},
        }),
    )
}

#[tokio::test]
async fn bfl_submits_polls_and_downloads() {
    let png = sample_png();
    let server = TestServer::start(vec![
        (SUBMIT, vec![submitted()]),
        (POLL, vec![status("Pending"), status("Processing"), ready()]),
        (SAMPLE, vec![Reply::bytes("image/png", png.clone())]),
    ])
    .await;

    let image = timeout(
        TEST_BOUND,
        bfl(&server, TEST_BOUND)
            .generate(&request("flux-pro-1.1", 1024, 768), &TaskSlot::default()),
    )
    .await
    .unwrap()
    .unwrap();

    assert_eq!(image.bytes, png);
    assert_eq!(image.content_type, "image/png");
    assert_eq!(image.model, "flux-pro-1.1");
    let submit = server.requests(SUBMIT);
    assert_eq!(submit.len(), 1);
    assert_eq!(submit[0].header("x-key"), Some(SECRET));
    assert_eq!(
        submit[0].json(),
        serde_json::json!({"prompt": "a lighthouse in a storm", "width": 1024, "height": 768})
    );
    let polls = server.requests(POLL);
    assert_eq!(polls.len(), 3);
    assert!(
        polls
            .iter()
            .all(|p| p.method == Method::GET && p.header("x-key") == Some(SECRET))
    );
    let download = server.requests(SAMPLE);
    assert_eq!(download.len(), 1);
    assert_eq!(download[0].header("x-key"), None);
    assert_eq!(download[0].query.as_deref(), Some("se=2030&sig=abc"));
}

#[tokio::test]
async fn bfl_falls_back_to_get_result_without_polling_url() {
    let server = TestServer::start(vec![
        (
            SUBMIT,
            vec![Reply::json(200, serde_json::json!({"id": "abc-123"}))],
        ),
        ("/v1/get_result", vec![status("Pending"), ready()]),
        (SAMPLE, vec![Reply::bytes("image/png", sample_png())]),
    ])
    .await;

    generate(
        &bfl(&server, TEST_BOUND),
        &request("flux-pro-1.1", 512, 512),
    )
    .await
    .unwrap();

    let polls = server.requests("/v1/get_result");
    assert_eq!(polls.len(), 2);
    assert_eq!(polls[0].query.as_deref(), Some("id=abc-123"));
}

#[tokio::test]
async fn bfl_moderation_is_permanent() {
    let moderated = Reply::json(
        200,
        serde_json::json!({"id": "task-1", "status": "Content Moderated", "details": {"Moderation Reasons": ["Derivative Works Filter"]}}),
    );
    let server = TestServer::start(vec![
        (SUBMIT, vec![submitted()]),
        (POLL, vec![status("Pending"), moderated]),
    ])
    .await;
    let backend = bfl(&server, TEST_BOUND);

    let err = generate(&backend, &request("flux-pro-1.1", 512, 512))
        .await
        .unwrap_err();
    assert!(matches!(err, ImageError::Refused { .. }), "{err:?}");
    assert!(!err.is_retryable());
    assert!(err.to_string().contains("Content Moderated"), "{err}");

    let give_up = retry(&backend, &fast_policy(5), Instant::now() + TEST_BOUND)
        .await
        .unwrap_err();
    assert_eq!(give_up.scope, FailureScope::TokenPermanent);
    assert_eq!(give_up.attempts, 1);
    assert_eq!(
        server.count(SUBMIT),
        2,
        "one submit per generate call, no retry"
    );
    assert!(
        give_up.reason.contains("Derivative Works Filter"),
        "{}",
        give_up.reason
    );
}

#[tokio::test]
async fn bfl_tolerates_temporary_polling_failures() {
    let server = TestServer::start(vec![
        (SUBMIT, vec![submitted()]),
        (
            POLL,
            vec![
                Reply::json(503, serde_json::json!({"detail": "busy"})),
                ready(),
            ],
        ),
        (SAMPLE, vec![Reply::bytes("image/png", sample_png())]),
    ])
    .await;

    generate(
        &bfl(&server, TEST_BOUND),
        &request("flux-pro-1.1", 512, 512),
    )
    .await
    .unwrap();

    assert_eq!(
        server.count(SUBMIT),
        1,
        "a polling hiccup must not resubmit"
    );
    assert_eq!(server.count(POLL), 2);
}

#[tokio::test]
async fn bfl_times_out_when_never_ready() {
    let server = TestServer::start(vec![
        (SUBMIT, vec![submitted()]),
        (POLL, vec![status("Pending")]),
    ])
    .await;

    let started = Instant::now();
    let err = generate(
        &bfl(&server, Duration::from_millis(200)),
        &request("flux-pro-1.1", 512, 512),
    )
    .await
    .unwrap_err();

    assert!(matches!(err, ImageError::Timeout { .. }), "{err:?}");
    assert!(err.is_retryable());
    assert!(started.elapsed() < Duration::from_secs(2));
    assert!(server.count(POLL) > 1);
}

#[tokio::test]
async fn bfl_rejected_submission_carries_the_provider_detail() {
    let server = TestServer::start(vec![(
        SUBMIT,
        vec![Reply::json(
            402,
            serde_json::json!({"detail": "Insufficient credits"}),
        )],
    )])
    .await;

    let err = generate(
        &bfl(&server, TEST_BOUND),
        &request("flux-pro-1.1", 512, 512),
    )
    .await
    .unwrap_err();

    assert!(!err.is_retryable());
    assert_eq!(
        err.to_string(),
        "submit: HTTP 402 (rejected): Insufficient credits"
    );
}

#[tokio::test]
async fn bfl_account_refusals_are_not_the_tokens_fault() {
    let server = TestServer::start(vec![(
        SUBMIT,
        vec![Reply::json(
            402,
            serde_json::json!({"detail": "Insufficient credits"}),
        )],
    )])
    .await;

    let give_up = retry(
        &bfl(&server, TEST_BOUND),
        &fast_policy(5),
        Instant::now() + TEST_BOUND,
    )
    .await
    .unwrap_err();

    assert_eq!(server.count(SUBMIT), 1, "an account refusal is not retried");
    assert_eq!(give_up.scope, FailureScope::ProviderAccount);
}

// ---------------------------------------------------------------------------------------------
// BFL: one paid task per image, resumed across attempts and restarts

/// A slot that records every change its backend makes.
fn observed_slot(resume: Option<ProviderTask>) -> (TaskSlot, Arc<Mutex<Vec<Option<String>>>>) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let slot = TaskSlot::new(resume).observed({
        let seen = Arc::clone(&seen);
        move |task| seen.lock().unwrap().push(task.map(|t| t.id.clone()))
    });
    (slot, seen)
}

async fn retry_resuming(
    backend: &dyn ImageBackend,
    slot: &TaskSlot,
) -> Result<(genim_keeper::images::GeneratedImage, u32), GiveUp> {
    let req = request("flux-pro-1.1", 256, 256);
    timeout(
        TEST_BOUND,
        generate_with_retry_resuming(
            backend,
            &req,
            &fast_policy(5),
            Instant::now() + TEST_BOUND,
            slot,
        ),
    )
    .await
    .expect("retry loop hung")
}

#[tokio::test]
async fn bfl_poll_timeout_resumes_the_same_task() {
    let server = TestServer::start(vec![
        (SUBMIT, vec![submitted()]),
        // The first poll answers after the attempt's time is up; the next one finds it ready.
        (
            POLL,
            vec![status("Pending").delayed(Duration::from_secs(2)), ready()],
        ),
        (SAMPLE, vec![Reply::bytes("image/png", sample_png())]),
    ])
    .await;
    let backend = bfl(&server, Duration::from_millis(300));
    let (slot, seen) = observed_slot(None);

    let (image, attempts) = retry_resuming(&backend, &slot).await.unwrap();

    assert_eq!(image.bytes, sample_png());
    assert_eq!(attempts, 2, "the first attempt must have timed out");
    assert_eq!(server.count(SUBMIT), 1, "a poll timeout must not pay again");
    assert_eq!(server.count(POLL), 2);
    assert_eq!(*seen.lock().unwrap(), vec![Some("task-1".to_owned())]);
    assert_eq!(slot.get().map(|t| t.id), Some("task-1".to_owned()));
}

#[tokio::test]
async fn bfl_download_failure_after_ready_resumes_the_same_task() {
    let server = TestServer::start(vec![
        (SUBMIT, vec![submitted()]),
        (POLL, vec![ready()]),
        (
            SAMPLE,
            vec![
                // An expired signature: about the URL, not our account.
                Reply::json(403, serde_json::json!({"error": "AuthenticationFailed"})),
                Reply::bytes("image/png", sample_png()),
            ],
        ),
    ])
    .await;
    let backend = bfl(&server, TEST_BOUND);
    let (slot, seen) = observed_slot(None);

    let (image, attempts) = retry_resuming(&backend, &slot).await.unwrap();

    assert_eq!(image.bytes, sample_png());
    assert_eq!(attempts, 2);
    assert_eq!(
        server.count(SUBMIT),
        1,
        "a failed download must not pay again"
    );
    assert_eq!(
        server.count(POLL),
        2,
        "the resumed task is polled for a fresh URL"
    );
    assert_eq!(server.count(SAMPLE), 2);
    assert_eq!(*seen.lock().unwrap(), vec![Some("task-1".to_owned())]);
}

#[tokio::test]
async fn bfl_resumes_a_persisted_task_without_submitting() {
    let server = TestServer::start(vec![
        (SUBMIT, vec![submitted()]),
        (POLL, vec![ready()]),
        (SAMPLE, vec![Reply::bytes("image/png", sample_png())]),
    ])
    .await;
    let persisted = ProviderTask::decode(
        &ProviderTask {
            id: "task-1".into(),
            polling_url: Some(format!("{}{POLL}", server.base())),
        }
        .encode(),
    );
    let (slot, seen) = observed_slot(persisted);

    let (image, attempts) = retry_resuming(&bfl(&server, TEST_BOUND), &slot)
        .await
        .unwrap();

    assert_eq!(image.bytes, sample_png());
    assert_eq!(attempts, 1);
    assert_eq!(server.count(SUBMIT), 0);
    assert_eq!(server.count(POLL), 1);
    assert!(seen.lock().unwrap().is_empty(), "nothing new to persist");
}

#[tokio::test]
async fn bfl_submits_again_only_when_the_task_failed_or_expired() {
    let server = TestServer::start(vec![
        (
            SUBMIT,
            vec![
                submitted(),
                Reply::json(
                    200,
                    serde_json::json!({"id": "task-2", "polling_url": "{base}/poll/task-2"}),
                ),
            ],
        ),
        ("/poll/expired", vec![status("Task not found")]),
        (
            POLL,
            vec![Reply::json(
                200,
                serde_json::json!({"id": "task-1", "status": "Error", "details": "GPU fell over"}),
            )],
        ),
        ("/poll/task-2", vec![ready()]),
        (SAMPLE, vec![Reply::bytes("image/png", sample_png())]),
    ])
    .await;
    let expired = ProviderTask {
        id: "expired".into(),
        polling_url: Some(format!("{}/poll/expired", server.base())),
    };
    let (slot, seen) = observed_slot(Some(expired));

    let (image, attempts) = retry_resuming(&bfl(&server, TEST_BOUND), &slot)
        .await
        .unwrap();

    assert_eq!(image.bytes, sample_png());
    // Expired → new task-1, which failed → new task-2, which delivered.
    assert_eq!(attempts, 3);
    assert_eq!(server.count(SUBMIT), 2);
    assert_eq!(
        *seen.lock().unwrap(),
        vec![
            None,
            Some("task-1".to_owned()),
            None,
            Some("task-2".to_owned())
        ]
    );
}

#[tokio::test]
async fn bfl_tolerates_a_task_not_yet_visible_after_submission() {
    let server = TestServer::start(vec![
        (SUBMIT, vec![submitted()]),
        (
            POLL,
            vec![status("Task not found"), status("Pending"), ready()],
        ),
        (SAMPLE, vec![Reply::bytes("image/png", sample_png())]),
    ])
    .await;

    generate(
        &bfl(&server, TEST_BOUND),
        &request("flux-pro-1.1", 512, 512),
    )
    .await
    .unwrap();

    assert_eq!(server.count(SUBMIT), 1);
    assert_eq!(server.count(POLL), 3);
}

// ---------------------------------------------------------------------------------------------
// Probes: proving the key without paying for an image

async fn probe(backend: &dyn ImageBackend) -> Result<(), ImageError> {
    timeout(TEST_BOUND, backend.probe())
        .await
        .expect("probe hung")
}

#[tokio::test]
async fn openai_probe_lists_models_with_the_key() {
    let server = TestServer::start(vec![(
        "/v1/models",
        vec![Reply::json(
            200,
            serde_json::json!({"object": "list", "data": [{"id": "m"}]}),
        )],
    )])
    .await;

    probe(&openai(&server, Some(SECRET))).await.unwrap();

    let seen = server.requests("/v1/models");
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].method, Method::GET);
    assert_eq!(
        seen[0].header("authorization"),
        Some("Bearer sk-test-secret-123")
    );
    assert_eq!(server.count(GENERATIONS), 0, "a probe pays for nothing");
}

#[tokio::test]
async fn openai_probe_tells_a_refused_key_from_an_unreachable_api() {
    let unauthorized = Reply::json(
        401,
        serde_json::json!({"error": {"message": format!("Incorrect API key provided: {SECRET}")}}),
    );
    let server = TestServer::start(vec![(
        "/v1/models",
        vec![
            unauthorized,
            Reply::json(403, serde_json::json!({"error": "forbidden"})),
            Reply::json(503, serde_json::json!({"error": "down"})),
        ],
    )])
    .await;
    let backend = openai(&server, Some(SECRET));

    let refused = probe(&backend).await.unwrap_err();
    assert_eq!(refused.scope(), FailureScope::ProviderAccount, "{refused}");
    assert!(!format!("{refused} {refused:?}").contains(SECRET));
    let forbidden = probe(&backend).await.unwrap_err();
    assert_eq!(
        forbidden.scope(),
        FailureScope::ProviderAccount,
        "{forbidden}"
    );
    let down = probe(&backend).await.unwrap_err();
    assert_eq!(down.scope(), FailureScope::Transient, "{down}");

    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let nobody = OpenAiBackend::new(OpenAiConfig::new(
        format!("http://127.0.0.1:{port}/v1"),
        Some(Secret::new(SECRET)),
    ))
    .unwrap();
    let unreachable = probe(&nobody).await.unwrap_err();
    assert_eq!(
        unreachable.scope(),
        FailureScope::Transient,
        "{unreachable}"
    );
}

#[tokio::test]
async fn openai_probe_passes_when_the_api_has_no_model_list() {
    // The scripted server answers 404 for every path it does not know.
    let server = TestServer::start(vec![]).await;
    probe(&openai(&server, Some(SECRET))).await.unwrap();
    assert_eq!(server.count("/v1/models"), 1);
}

#[tokio::test]
async fn bfl_probe_reads_the_credit_balance() {
    let server = TestServer::start(vec![(
        "/v1/credits",
        vec![
            Reply::json(200, serde_json::json!({"credits": 12.5})),
            Reply::json(200, serde_json::json!({"credits": 0})),
            Reply::json(403, serde_json::json!({"detail": "Not authenticated"})),
        ],
    )])
    .await;
    let backend = bfl(&server, TEST_BOUND);

    probe(&backend).await.unwrap();
    let empty = probe(&backend).await.unwrap_err();
    assert_eq!(empty.scope(), FailureScope::ProviderAccount, "{empty}");
    assert!(empty.to_string().contains("no credits left"), "{empty}");
    let refused = probe(&backend).await.unwrap_err();
    assert_eq!(refused.scope(), FailureScope::ProviderAccount, "{refused}");

    let seen = server.requests("/v1/credits");
    assert_eq!(seen.len(), 3);
    assert!(seen.iter().all(|s| s.header("x-key") == Some(SECRET)));
    assert_eq!(server.count(SUBMIT), 0, "a probe pays for nothing");
}

#[tokio::test]
async fn procedural_probe_needs_nothing() {
    probe(&ProceduralBackend::new()).await.unwrap();
}

// ---------------------------------------------------------------------------------------------
// Failure scopes as the retry loop reports them

#[tokio::test]
async fn retry_reports_whom_a_failure_concerns() {
    let quota = Reply::json(
        429,
        serde_json::json!({"error": {
            "message": "You exceeded your current quota, please check your plan and billing details.",
            "type": "insufficient_quota",
            "code": "insufficient_quota",
        }}),
    );
    let refusal = Reply::json(
        400,
        serde_json::json!({"error": {"message": "Your request was rejected as a result of our safety system."}}),
    );
    let cases = [
        (quota, FailureScope::ProviderAccount, 1),
        (
            Reply::json(401, serde_json::json!({"error": {"message": "bad key"}})),
            FailureScope::ProviderAccount,
            1,
        ),
        (refusal, FailureScope::TokenPermanent, 1),
        (
            Reply::json(503, serde_json::json!({"error": {"message": "busy"}})),
            FailureScope::Transient,
            3,
        ),
    ];
    for (reply, scope, calls) in cases {
        let server = TestServer::start(vec![(GENERATIONS, vec![reply])]).await;
        let give_up = retry(
            &openai(&server, Some(SECRET)),
            &fast_policy(3),
            Instant::now() + TEST_BOUND,
        )
        .await
        .unwrap_err();
        assert_eq!(give_up.scope, scope, "{}", give_up.reason);
        assert_eq!(server.count(GENERATIONS), calls, "{}", give_up.reason);
    }
}

// ---------------------------------------------------------------------------------------------
// Procedural backend

#[tokio::test]
async fn procedural_is_deterministic_and_a_valid_png() {
    let backend = ProceduralBackend::new();
    let req = request("ignored", 320, 200);

    let first = timeout(TEST_BOUND, backend.generate(&req, &TaskSlot::default()))
        .await
        .unwrap()
        .unwrap();
    let second = timeout(TEST_BOUND, backend.generate(&req, &TaskSlot::default()))
        .await
        .unwrap()
        .unwrap();

    assert_eq!(first.bytes, second.bytes);
    assert_eq!(first.content_type, "image/png");
    assert_eq!(first.model, "procedural-v1");
    let (width, height, pixels) = decode_png(&first.bytes);
    assert_eq!((width, height), (320, 200));
    let distinct: std::collections::HashSet<_> = pixels.chunks_exact(3).collect();
    assert!(
        distinct.len() > 1000,
        "only {} colours: not much of a picture",
        distinct.len()
    );
}

#[tokio::test]
async fn procedural_images_differ_between_prompts() {
    let backend = ProceduralBackend::new();
    let mut other = request("m", 256, 256);
    other.prompt = "a lighthouse in a storm!".into();

    let a = generate(&backend, &request("m", 256, 256)).await.unwrap();
    let b = generate(&backend, &other).await.unwrap();

    let (_, _, pixels_a) = decode_png(&a);
    let (_, _, pixels_b) = decode_png(&b);
    let differing = pixels_a
        .iter()
        .zip(&pixels_b)
        .filter(|(x, y)| x != y)
        .count();
    assert!(
        differing > pixels_a.len() / 4,
        "only {differing} bytes differ"
    );
}

#[tokio::test]
async fn procedural_defaults_and_caps_the_size() {
    let backend = ProceduralBackend::new();
    let default = generate(&backend, &request("m", 0, 0)).await.unwrap();
    assert_eq!(decode_png(&default).0, 512);
    let capped = generate(&backend, &request("m", 4096, 16)).await.unwrap();
    let (width, height, _) = decode_png(&capped);
    assert_eq!((width, height), (2048, 16));
}

#[test]
fn procedural_512_renders_quickly() {
    // Warm-up, then the best of three to be robust against a busy machine.
    render_png("warm up", 512, 512).unwrap();
    let best = (0..3)
        .map(|i| {
            let started = std::time::Instant::now();
            render_png(&format!("speed {i}"), 512, 512).unwrap();
            started.elapsed()
        })
        .min()
        .unwrap();
    println!("512x512 procedural render: {best:?}");
    assert!(best < Duration::from_millis(250), "took {best:?}");
}
