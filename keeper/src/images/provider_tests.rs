//! The provider is untrusted: real in-process HTTP servers play a provider that hands back
//! hostile URLs, redirects, non-image answers and absurd `Retry-After`s.

use crate::redact::Secret;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get, post};
use serde_json::json;

use super::http::MAX_RETRY_AFTER;
use super::procedural::render_png;
use super::{
    BflBackend, BflConfig, FailureScope, ImageBackend, ImageError, ImageRequest, ImageSpec,
    OpenAiBackend, OpenAiConfig, TaskSlot, UntrustedUrl,
};

const KEY: &str = "sk-untrusted-provider-test-key";
/// Every attempt must end well within this; a refused target is never even connected to.
const BOUND: Duration = Duration::from_secs(10);

/// One request as a server saw it.
#[derive(Debug, Clone)]
struct Seen {
    host: String,
    path: String,
    key: Option<String>,
    authorization: Option<String>,
}

#[derive(Clone, Default)]
struct Log(Arc<Mutex<Vec<Seen>>>);

impl Log {
    fn record(&self, headers: &HeaderMap, uri: &Uri) {
        let text = |name: &str| {
            headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        self.0.lock().expect("log").push(Seen {
            host: text("host").unwrap_or_default(),
            path: uri.path().to_owned(),
            key: text("x-key"),
            authorization: text("authorization"),
        });
    }

    fn all(&self) -> Vec<Seen> {
        self.0.lock().expect("log").clone()
    }
}

/// Serves `router` on 127.0.0.1 and returns its port; the server lives as long as the test.
async fn serve(router: Router) -> u16 {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let port = listener.local_addr().expect("addr").port();
    tokio::spawn(async move { axum::serve(listener, router).await });
    port
}

fn png() -> Vec<u8> {
    render_png("untrusted", 8, 8).expect("png")
}

/// An image server that records who fetched what.
async fn image_server(log: Log) -> u16 {
    let router = Router::new()
        .route(
            "/{*path}",
            any(
                |State(log): State<Log>, headers: HeaderMap, uri: Uri| async move {
                    log.record(&headers, &uri);
                    ([(header::CONTENT_TYPE, "image/png")], png()).into_response()
                },
            ),
        )
        .with_state(log);
    serve(router).await
}

/// An OpenAI-compatible provider whose one generation answer is `answer`, plus whatever
/// `extra` routes the test needs (downloads, redirects) on the same server.
async fn openai_provider(answer: Response, extra: Router<Log>, log: Log) -> u16 {
    let answer = Arc::new(Mutex::new(Some(answer)));
    let router = extra
        .route(
            "/v1/images/generations",
            post(
                move |State(log): State<Log>, headers: HeaderMap, uri: Uri| {
                    let answer = Arc::clone(&answer);
                    async move {
                        log.record(&headers, &uri);
                        answer
                            .lock()
                            .expect("answer")
                            .take()
                            .unwrap_or_else(|| StatusCode::GONE.into_response())
                    }
                },
            ),
        )
        .with_state(log);
    serve(router).await
}

fn url_answer(url: &str) -> Response {
    axum::Json(json!({"data": [{"url": url}]})).into_response()
}

fn openai(port: u16, insecure: &[&str]) -> OpenAiBackend {
    let mut config = OpenAiConfig::new(
        format!("http://127.0.0.1:{port}/v1"),
        Some(Secret::new(KEY)),
    );
    config.request_timeout = BOUND;
    config.allow_insecure_hosts = insecure.iter().map(|h| (*h).to_owned()).collect();
    OpenAiBackend::new(config).expect("backend")
}

fn request() -> ImageRequest {
    ImageRequest {
        prompt: "a lighthouse".into(),
        spec: ImageSpec::from_size("m", "8x8").expect("size"),
    }
}

async fn generate(backend: &dyn ImageBackend) -> Result<super::GeneratedImage, ImageError> {
    tokio::time::timeout(BOUND, backend.generate(&request(), &TaskSlot::default()))
        .await
        .expect("an attempt ends within its bound")
}

fn refusal(result: Result<super::GeneratedImage, ImageError>) -> UntrustedUrl {
    match result {
        Err(ImageError::Untrusted { reason, .. }) => reason,
        Err(other) => panic!("expected a refused URL, got {other}"),
        Ok(_) => panic!("expected a refused URL, got an image"),
    }
}

#[tokio::test]
async fn an_http_image_url_at_a_loopback_name_is_never_fetched() {
    let target = Log::default();
    let target_port = image_server(target.clone()).await;
    let provider = openai_provider(
        url_answer(&format!(
            "http://localhost:{target_port}/internal/admin.png"
        )),
        Router::new(),
        Log::default(),
    )
    .await;
    let error = generate(&openai(provider, &[])).await.expect_err("refused");
    assert_eq!(error.scope(), FailureScope::TokenPermanent);
    assert_eq!(refusal(Err(error)), UntrustedUrl::NotHttps);
    assert!(target.all().is_empty(), "fetched: {:?}", target.all());
}

#[tokio::test]
async fn an_https_name_that_resolves_to_loopback_is_refused_by_its_address() {
    let provider = openai_provider(
        url_answer("https://localhost:9/a.png"),
        Router::new(),
        Log::default(),
    )
    .await;
    let reason = refusal(generate(&openai(provider, &[])).await);
    assert!(
        matches!(reason, UntrustedUrl::PrivateAddress { ref host } if host == "localhost"),
        "{reason}"
    );
}

#[tokio::test]
async fn the_cloud_metadata_address_is_refused_without_connecting() {
    let provider = openai_provider(
        url_answer("https://169.254.169.254/latest/meta-data/iam/security-credentials/"),
        Router::new(),
        Log::default(),
    )
    .await;
    let reason = refusal(generate(&openai(provider, &[])).await);
    assert!(
        matches!(reason, UntrustedUrl::PrivateAddress { .. }),
        "{reason}"
    );
}

#[tokio::test]
async fn a_redirect_to_another_host_is_not_followed() {
    let log = Log::default();
    let extra = Router::new()
        .route(
            "/files/moved.png",
            get(
                |State(log): State<Log>, headers: HeaderMap, uri: Uri| async move {
                    log.record(&headers, &uri);
                    let port = headers
                        .get("host")
                        .and_then(|h| h.to_str().ok())
                        .and_then(|h| h.rsplit(':').next())
                        .unwrap_or_default()
                        .to_owned();
                    let location = format!("http://localhost:{port}/files/secret.png");
                    (StatusCode::FOUND, [(header::LOCATION, location)]).into_response()
                },
            ),
        )
        .route(
            "/files/secret.png",
            get(
                |State(log): State<Log>, headers: HeaderMap, uri: Uri| async move {
                    log.record(&headers, &uri);
                    ([(header::CONTENT_TYPE, "image/png")], png()).into_response()
                },
            ),
        );
    // The files are served by a first server (its port is known only once it runs); a second
    // one answers the generation with a URL there. Both record into `log`.
    let files = openai_provider(
        url_answer("http://127.0.0.1:1/unused"),
        extra.clone(),
        log.clone(),
    )
    .await;
    let answer = url_answer(&format!("http://127.0.0.1:{files}/files/moved.png"));
    let port = openai_provider(answer, extra, log.clone()).await;
    let reason = refusal(generate(&openai(port, &[])).await);
    assert!(
        matches!(reason, UntrustedUrl::RedirectToOtherHost { ref to, .. } if to == "localhost"),
        "{reason}"
    );
    let paths: Vec<String> = log.all().into_iter().map(|s| s.path).collect();
    assert!(paths.iter().any(|p| p == "/files/moved.png"), "{paths:?}");
    assert!(
        !paths.iter().any(|p| p == "/files/secret.png"),
        "followed: {paths:?}"
    );
}

#[tokio::test]
async fn hosts_the_operator_allows_may_be_fetched_over_http() {
    let target = Log::default();
    let target_port = image_server(target.clone()).await;
    let provider = openai_provider(
        url_answer(&format!("http://localhost:{target_port}/cdn/a.png")),
        Router::new(),
        Log::default(),
    )
    .await;
    let image = generate(&openai(provider, &["localhost"]))
        .await
        .expect("an allowed host is fetched");
    assert_eq!(image.content_type, "image/png");
    let seen = target.all();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].authorization, None, "downloads carry no key");
}

#[tokio::test]
async fn a_non_image_answer_is_reported_without_its_bytes() {
    let body = "<script>location='https://evil.example/'</script>";
    let extra = Router::new().route(
        "/files/page.png",
        get(move || async move { ([(header::CONTENT_TYPE, "image/png")], body) }),
    );
    let files = openai_provider(
        url_answer("http://127.0.0.1:1/unused"),
        extra.clone(),
        Log::default(),
    )
    .await;
    let port = openai_provider(
        url_answer(&format!("http://127.0.0.1:{files}/files/page.png")),
        extra,
        Log::default(),
    )
    .await;
    let error = generate(&openai(port, &[]))
        .await
        .expect_err("not an image");
    assert!(matches!(error, ImageError::NotAnImage { .. }), "{error}");
    let first_bytes = hex::encode(&body.as_bytes()[..8]);
    for shown in [error.to_string(), error.public_reason()] {
        assert!(!shown.contains(&first_bytes), "{shown}");
        assert!(!shown.contains("evil"), "{shown}");
    }
}

#[tokio::test]
async fn a_provider_error_message_stays_out_of_the_public_reason() {
    let answer = (
        StatusCode::BAD_REQUEST,
        axum::Json(json!({"error": {"message": "Claim your refund at https://evil.example/"}})),
    )
        .into_response();
    let port = openai_provider(answer, Router::new(), Log::default()).await;
    let error = generate(&openai(port, &[])).await.expect_err("rejected");
    assert!(
        error.to_string().contains("evil.example"),
        "the log keeps it"
    );
    assert_eq!(error.public_reason(), "generate: HTTP 400 (rejected)");
}

#[tokio::test]
async fn a_huge_retry_after_saturates_at_the_cap() {
    for value in [
        "18446744073709551615",
        "340282366920938463463374607431768211456",
    ] {
        let answer = (
            StatusCode::TOO_MANY_REQUESTS,
            [(header::RETRY_AFTER, value)],
            "slow down",
        )
            .into_response();
        let port = openai_provider(answer, Router::new(), Log::default()).await;
        let error = generate(&openai(port, &[])).await.expect_err("throttled");
        assert!(error.is_retryable(), "{error}");
        assert_eq!(error.retry_after(), Some(MAX_RETRY_AFTER), "{value}");
    }
}

/// A BFL provider whose submission names a polling URL on `polling_host` (same server).
async fn bfl_provider(log: Log, polling_host: &'static str) -> u16 {
    let router = Router::new()
        .route(
            "/v1/flux-dev",
            post(
                move |State(log): State<Log>, headers: HeaderMap, uri: Uri| async move {
                    log.record(&headers, &uri);
                    let port = headers
                        .get("host")
                        .and_then(|h| h.to_str().ok())
                        .and_then(|h| h.rsplit(':').next())
                        .unwrap_or_default()
                        .to_owned();
                    axum::Json(json!({
                        "id": "task-1",
                        "polling_url": format!("http://{polling_host}:{port}/v1/get_result?id=task-1"),
                    }))
                },
            ),
        )
        .route(
            "/v1/get_result",
            get(|State(log): State<Log>, headers: HeaderMap, uri: Uri| async move {
                log.record(&headers, &uri);
                let host = headers
                    .get("host")
                    .and_then(|h| h.to_str().ok())
                    .unwrap_or_default()
                    .to_owned();
                axum::Json(json!({
                    "status": "Ready",
                    "result": {"sample": format!("http://{host}/files/sample.png")},
                }))
            }),
        )
        .route(
            "/files/sample.png",
            get(|State(log): State<Log>, headers: HeaderMap, uri: Uri| async move {
                log.record(&headers, &uri);
                ([(header::CONTENT_TYPE, "image/png")], png()).into_response()
            }),
        )
        .with_state(log);
    serve(router).await
}

fn bfl(port: u16) -> BflBackend {
    let mut config = BflConfig::new(format!("http://127.0.0.1:{port}"), Secret::new(KEY));
    config.poll_interval = Duration::from_millis(20);
    config.request_timeout = BOUND;
    config.generation_timeout = BOUND;
    BflBackend::new(config).expect("backend")
}

#[tokio::test]
async fn the_bfl_key_never_goes_to_a_polling_url_on_another_host() {
    let log = Log::default();
    let port = bfl_provider(log.clone(), "localhost").await;
    let mut request = request();
    request.spec.model = "flux-dev".into();
    let image = tokio::time::timeout(BOUND, bfl(port).generate(&request, &TaskSlot::default()))
        .await
        .expect("bounded")
        .expect("polled on the configured host");
    assert_eq!(image.content_type, "image/png");
    let seen = log.all();
    for request in &seen {
        if !request.host.starts_with("127.0.0.1") {
            assert_eq!(request.key, None, "key sent to {}: {seen:?}", request.host);
        }
    }
    assert!(
        seen.iter().any(|s| s.path == "/v1/get_result"
            && s.host.starts_with("127.0.0.1")
            && s.key.as_deref() == Some(KEY)),
        "polled on the configured host with the key: {seen:?}"
    );
    assert!(
        !seen.iter().any(|s| s.host.starts_with("localhost")),
        "another host was contacted: {seen:?}"
    );
}

#[tokio::test]
async fn a_bfl_polling_url_on_the_configured_host_is_used() {
    let log = Log::default();
    let port = bfl_provider(log.clone(), "127.0.0.1").await;
    let mut request = request();
    request.spec.model = "flux-dev".into();
    tokio::time::timeout(BOUND, bfl(port).generate(&request, &TaskSlot::default()))
        .await
        .expect("bounded")
        .expect("image");
    assert!(log.all().iter().any(|s| s.path == "/v1/get_result"));
}
