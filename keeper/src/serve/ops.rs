//! The keeper's two HTTP listeners. The public one (`http.listen`, CORS open to any origin) serves
//! the buyer's page, job state per token, a bare `/live`, and the stored files it keeps on disk:
//! images and metadata with the local storage backend, the local copies of what it published with
//! the ipfs backend (under `/ipfs/<cid>`). The admin one (`admin.listen`, no CORS) serves what is
//! for operators only: Prometheus `/metrics`, the detailed `/health`, `/live` and `/ready` with
//! their reasons.

use std::sync::{Arc, LazyLock};
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use futures_util::{Stream, StreamExt as _};
use serde_json::json;
use tokio::io::{AsyncReadExt as _, AsyncSeekExt as _};
use tokio::net::TcpListener;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tokio::time::Instant;
use tokio_util::io::ReaderStream;
use tokio_util::sync::CancellationToken;

use crate::jobs::{Job, JobStore};
use crate::metrics::Metrics;
use crate::monitor::QueueWatch;
use crate::pauses::Health;
use crate::redact;
use crate::serve::headers;
use crate::storage::{
    IMMUTABLE_CACHE_CONTROL, Storage, StorageKind, content_type_for_key, sniff_content_type,
};

/// Files sent at once; more wait up to [`FILE_QUEUE_TIMEOUT`], then get 503. Bounds open file
/// descriptors and buffers however many clients connect.
const MAX_FILES_IN_FLIGHT: usize = 64;
const FILE_QUEUE_TIMEOUT: Duration = Duration::from_secs(5);
/// The whole transfer of one file must finish within this, so slow clients cannot hold a
/// permit forever.
const FILE_TRANSFER_TIMEOUT: Duration = Duration::from_secs(60);
const FILE_CHUNK: usize = 64 * 1024;

static FILE_PERMITS: LazyLock<Arc<Semaphore>> =
    LazyLock::new(|| Arc::new(Semaphore::new(MAX_FILES_IN_FLIGHT)));

#[derive(Clone)]
pub struct AppState {
    pub store: Arc<JobStore>,
    pub storage: Arc<Storage>,
    pub metrics: Metrics,
    pub health: Arc<Health>,
    pub serve_files: bool,
    /// The buyer's web app, its config and gallery listing (`web.rs`).
    pub web: Option<Arc<crate::serve::web::WebState>>,
    pub queue_watch: Arc<QueueWatch>,
    /// The MCP server for AI agents (`/mcp`), when `[mcp] enabled`.
    pub mcp: Option<Router>,
}

/// The operators' routes; no CORS, so no web page can read them from a browser.
pub fn admin_router(state: AppState) -> Router {
    let router = Router::new()
        .route("/health", get(health))
        .route("/ready", get(ready))
        .route("/live", get(live))
        .route("/metrics", get(metrics))
        .with_state(state);
    headers::apply(router, headers::API_POLICY)
}

/// The public routes: the page and its API, token state, stored files and a bare `/live`.
pub fn public_router(state: AppState) -> Router {
    let web = state.web.clone();
    let mcp = state.mcp.clone();
    let mut router = Router::new()
        .route("/live", get(public_live))
        .route("/tokens/{id}", get(token));
    if state.serve_files {
        router = match state.storage.kind() {
            StorageKind::Local => router
                .route("/images/{file}", get(image_file))
                .route("/metadata/{file}", get(metadata_file)),
            StorageKind::Ipfs => router.route("/ipfs/{cid}", get(ipfs_file)),
            StorageKind::ObjectStore => router,
        };
    }
    let router = router.with_state(state);
    let router = match mcp {
        Some(mcp) => router.merge(mcp),
        None => router,
    };
    let (router, policy) = match web {
        Some(web) => {
            let policy = web.content_security_policy();
            (router.merge(crate::serve::web::router(web)), policy)
        }
        None => (router, headers::API_POLICY.to_owned()),
    };
    headers::apply(router.layer(crate::serve::web::cors()), &policy)
}

/// Serves `router` within `limits` until `shutdown`.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    limits: crate::serve::limits::ServeLimits,
    shutdown: CancellationToken,
) -> std::io::Result<()> {
    crate::serve::limits::serve(listener, router, limits, shutdown).await
}

/// For a liveness probe: 200 while the keeper's loops turn, 503 naming the wedged loop otherwise.
/// Outages (RPC, images, storage, wallet) leave it at 200: a restart would not cure them.
async fn live(State(state): State<AppState>) -> Response {
    let report = state.health.liveness();
    let body = json!({
        "status": if report.live { "ok" } else { "wedged" },
        "reasons": report.wedged,
    });
    (live_status(report.live), axum::Json(body)).into_response()
}

/// The public `/live`: the same status code, no reasons.
async fn public_live(State(state): State<AppState>) -> Response {
    let live = state.health.liveness().live;
    let body = json!({"status": if live { "ok" } else { "wedged" }});
    (live_status(live), axum::Json(body)).into_response()
}

fn live_status(live: bool) -> StatusCode {
    if live {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    }
}

/// For a readiness probe or a load balancer: 503 with the reasons while the keeper cannot deliver
/// (a stage paused, the scanner stalled, the submitter failing, the balance below the floor).
async fn ready(State(state): State<AppState>) -> Response {
    let report = state.health.report();
    let status = if report.healthy {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    let body = json!({
        "status": if report.healthy { "ready" } else { "not_ready" },
        "reasons": report.reasons,
    });
    scrubbed_json(status, &body)
}

/// 200 while the keeper works; 503 with the reasons when a stage is paused, the scanner stalls,
/// the submitter keeps failing or the wallet runs low, so a load balancer or an operator's
/// monitoring notices.
async fn health(State(state): State<AppState>) -> Response {
    let report = state.health.report();
    let last_block = match state.store.checkpoint() {
        Ok(checkpoint) => checkpoint.map(|(block, _)| block),
        Err(error) => {
            return (
                StatusCode::SERVICE_UNAVAILABLE,
                axum::Json(json!({"status": "unhealthy", "reasons": [error.to_string()]})),
            )
                .into_response();
        }
    };
    let status = if report.healthy {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    let body = json!({
        "status": if report.healthy { "ok" } else { "unhealthy" },
        "last_block": last_block,
        "reasons": report.reasons,
        "paused_stages": report.paused_stages,
    });
    scrubbed_json(status, &body)
}

/// Health reasons and job errors quote provider, storage and RPC errors, which may echo a
/// credential (S3 echoes the access key id); like the logs, these answers are scrubbed.
fn scrubbed_json(status: StatusCode, body: &serde_json::Value) -> Response {
    let text = redact::scrub(&body.to_string()).into_owned();
    (status, [(header::CONTENT_TYPE, "application/json")], text).into_response()
}

async fn metrics(State(state): State<AppState>) -> Response {
    // A database error leaves the queue gauges at their last values; the rest is still useful.
    if let Err(error) =
        state
            .queue_watch
            .refresh(&state.store, &state.metrics, crate::time::unix_now())
    {
        tracing::warn!(%error, "cannot read the queue figures for /metrics");
    }
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        state.metrics.render(),
    )
        .into_response()
}

async fn token(State(state): State<AppState>, Path(id): Path<u64>) -> Response {
    // SQLite is blocking: off the async threads, on the read-only connection.
    let store = Arc::clone(&state.store);
    let read = tokio::task::spawn_blocking(move || store.read_public(id))
        .await
        .map_err(|joined| joined.to_string())
        .and_then(|read| read.map_err(|error| error.to_string()));
    match read {
        Ok(Some(job)) => scrubbed_json(StatusCode::OK, &job_json(&job)),
        Ok(None) => (
            StatusCode::NOT_FOUND,
            axum::Json(json!({"error": "unknown token"})),
        )
            .into_response(),
        Err(error) => (
            StatusCode::INTERNAL_SERVER_ERROR,
            axum::Json(json!({"error": error})),
        )
            .into_response(),
    }
}

fn job_json(job: &Job) -> serde_json::Value {
    json!({
        "token_id": job.token_id,
        "state": job.state.as_str(),
        "tier": job.tier,
        "deadline": job.deadline,
        "attempts": job.attempts,
        "last_error": job.last_error,
        "next_attempt_at": job.next_attempt_at,
        "image_uri": job.image_uri,
        "metadata_uri": job.metadata_uri,
        "metadata_sha256": job.metadata_sha256,
        "submit_tx_hash": job.submit_tx_hash,
        "delivered_tx_hash": job.delivered_tx_hash,
        "reason": job.reason,
    })
}

async fn image_file(State(state): State<AppState>, Path(file): Path<String>) -> Response {
    stored_file(&state, &format!("images/{file}")).await
}

async fn metadata_file(State(state): State<AppState>, Path(file): Path<String>) -> Response {
    stored_file(&state, &format!("metadata/{file}")).await
}

async fn ipfs_file(State(state): State<AppState>, Path(cid): Path<String>) -> Response {
    stored_file(&state, &format!("ipfs/{cid}")).await
}

/// Streams a stored file from disk in chunks, never reading it whole: at most
/// [`MAX_FILES_IN_FLIGHT`] at once, each within [`FILE_TRANSFER_TIMEOUT`].
async fn stored_file(state: &AppState, key: &str) -> Response {
    let path = match state.storage.local_file(key) {
        Ok(Some(path)) => path,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(error) => return (StatusCode::BAD_REQUEST, error.to_string()).into_response(),
    };
    // A permit per transfer, held by the body stream until it ends; a tower concurrency limit
    // would be released as soon as the headers are sent.
    let permit = match tokio::time::timeout(
        FILE_QUEUE_TIMEOUT,
        Arc::clone(&FILE_PERMITS).acquire_owned(),
    )
    .await
    {
        Ok(Ok(permit)) => permit,
        _ => {
            return (
                StatusCode::SERVICE_UNAVAILABLE,
                [(header::RETRY_AFTER, "1")],
                "too many files in flight",
            )
                .into_response();
        }
    };
    let mut file = match tokio::fs::File::open(&path).await {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return StatusCode::NOT_FOUND.into_response();
        }
        Err(e) => {
            tracing::warn!(path = %path.display(), error = %e, "cannot open a stored file");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let content_type = match content_type_for(key, &mut file).await {
        Ok(content_type) => content_type,
        Err(e) => {
            tracing::warn!(path = %path.display(), error = %e, "cannot read a stored file");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let length = match file.metadata().await {
        Ok(metadata) if metadata.is_file() => metadata.len(),
        _ => return StatusCode::NOT_FOUND.into_response(),
    };
    let deadline = Instant::now() + FILE_TRANSFER_TIMEOUT;
    let body = Body::from_stream(bounded(
        ReaderStream::with_capacity(file, FILE_CHUNK),
        permit,
        deadline,
    ));
    (
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (header::CONTENT_LENGTH, length.to_string()),
            // Content-addressed: the bytes under a name never change.
            (header::CACHE_CONTROL, IMMUTABLE_CACHE_CONTROL.to_owned()),
        ],
        body,
    )
        .into_response()
}

/// By extension for `images/` and `metadata/`; IPFS links carry none, so by the first bytes.
async fn content_type_for(key: &str, file: &mut tokio::fs::File) -> std::io::Result<&'static str> {
    if !key.starts_with("ipfs/") {
        return Ok(content_type_for_key(key));
    }
    let mut head = [0u8; 16];
    let mut filled = 0;
    while filled < head.len() {
        let read = file.read(&mut head[filled..]).await?;
        if read == 0 {
            break;
        }
        filled += read;
    }
    file.rewind().await?;
    Ok(sniff_content_type(&head[..filled]))
}

/// Ends the stream with an error at `deadline` (the connection is then closed) and releases
/// `permit` when the stream is dropped, finished or not.
fn bounded<S>(
    stream: S,
    permit: OwnedSemaphorePermit,
    deadline: Instant,
) -> impl Stream<Item = std::io::Result<bytes::Bytes>>
where
    S: Stream<Item = std::io::Result<bytes::Bytes>> + Unpin,
{
    futures_util::stream::unfold(Some((stream, permit)), move |state| async move {
        let (mut stream, permit) = state?;
        match tokio::time::timeout_at(deadline, stream.next()).await {
            Ok(Some(item)) => Some((item, Some((stream, permit)))),
            Ok(None) => None,
            Err(_) => Some((
                Err(std::io::Error::new(
                    std::io::ErrorKind::TimedOut,
                    "file transfer took too long",
                )),
                None,
            )),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cid::unixfs;
    use crate::storage::IpfsConfig;

    /// Serves `storage` on a free port; returns its base URL.
    async fn serve_storage(storage: Storage, dir: &std::path::Path) -> String {
        serve_with(storage, dir, false).await
    }

    /// The buyer's page (built in `dir/dist`) for a keeper whose chain is a local Anvil.
    fn web_state(dir: &std::path::Path, store: Arc<JobStore>) -> Arc<crate::serve::web::WebState> {
        use alloy::providers::{Provider as _, ProviderBuilder};
        let mut config = crate::config::Config::default();
        config.chain.rpc_url = "http://127.0.0.1:8545".into();
        config.web.dir = dir.join("dist");
        std::fs::create_dir_all(&config.web.dir).unwrap();
        std::fs::write(config.web.dir.join("index.html"), "<!doctype html><p>page").unwrap();
        let provider = ProviderBuilder::new()
            .connect_http("http://127.0.0.1:1".parse().unwrap())
            .erased();
        let prices = Arc::new(crate::chain::price_feed::PriceFeed::new(
            provider.clone(),
            None,
            None,
            3600,
            std::time::Duration::from_secs(30),
        ));
        let nft = genimnft_bindings::gen_im_nft::GenImNFT::new(
            alloy::primitives::Address::ZERO,
            provider,
        );
        Arc::new(crate::serve::web::WebState::new(
            &config, nft, 31337, store, prices, None,
        ))
    }

    async fn serve_with(storage: Storage, dir: &std::path::Path, with_page: bool) -> String {
        let metrics = Metrics::new();
        let health = Health::new(
            crate::pauses::HealthThresholds {
                scanner_stall_after: std::time::Duration::from_secs(60),
                submit_failure_rounds: 5,
                min_agent_balance: alloy::primitives::U256::ZERO,
                loop_wedged_after: std::time::Duration::from_secs(60),
            },
            metrics.clone(),
        );
        let store = Arc::new(JobStore::open(dir.join("jobs.db")).unwrap());
        let state = AppState {
            web: with_page.then(|| web_state(dir, Arc::clone(&store))),
            store,
            storage: Arc::new(storage),
            metrics,
            health: Arc::new(health),
            serve_files: true,
            queue_watch: Arc::default(),
            mcp: None,
        };
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(serve(
            listener,
            public_router(state),
            test_limits(),
            CancellationToken::new(),
        ));
        url
    }

    /// Short timeouts so the tests can watch them act; small caps.
    fn test_limits() -> crate::serve::limits::ServeLimits {
        crate::serve::limits::ServeLimits {
            header_read_timeout: Duration::from_secs(2),
            idle_timeout: Duration::from_secs(2),
            max_connections: 256,
            max_connections_per_client: 16,
        }
    }

    #[tokio::test]
    async fn local_files_stream_with_length_type_and_cache_headers() {
        let dir = tempfile::tempdir().unwrap();
        let storage = Storage::local(dir.path().join("files"), "http://127.0.0.1:1").unwrap();
        let png: Vec<u8> = b"\x89PNG\r\n\x1a\n"
            .iter()
            .copied()
            .chain((0..1_000_000u32).map(|i| (i % 251) as u8))
            .collect();
        let image = storage.put_image(&png, "image/png").await.unwrap();
        let base = serve_storage(storage, dir.path()).await;

        let response = reqwest::get(format!("{base}/{}", image.key)).await.unwrap();
        assert_eq!(response.status(), 200);
        let headers = response.headers().clone();
        assert_eq!(headers[header::CONTENT_TYPE], "image/png");
        assert_eq!(headers[header::CONTENT_LENGTH], png.len().to_string());
        assert_eq!(headers[header::CACHE_CONTROL], IMMUTABLE_CACHE_CONTROL);
        assert_eq!(response.bytes().await.unwrap().as_ref(), png.as_slice());

        let missing = reqwest::get(format!("{base}/images/{}.png", "0".repeat(64)));
        assert_eq!(missing.await.unwrap().status(), 404);
        // Hidden temp files and other keys never leave the store.
        let hidden = reqwest::get(format!("{base}/images/.x.png.tmp"))
            .await
            .unwrap();
        assert_eq!(hidden.status(), 400);
        let ipfs = reqwest::get(format!("{base}/ipfs/{}", unixfs::file_cid(b"x")));
        assert_eq!(ipfs.await.unwrap().status(), 404);
    }

    #[tokio::test]
    async fn every_answer_forbids_sniffing_framing_and_referrers_and_the_page_has_a_policy() {
        let dir = tempfile::tempdir().unwrap();
        let storage = Storage::local(dir.path().join("files"), "http://127.0.0.1:8080").unwrap();
        let image = storage
            .put_image(b"\x89PNG\r\n\x1a\n", "image/png")
            .await
            .unwrap();
        let base = serve_with(storage, dir.path(), true).await;

        for path in [
            "/",
            "/health",
            "/tokens?limit=1",
            "/api/config",
            &format!("/{}", image.key),
        ] {
            let response = reqwest::get(format!("{base}{path}")).await.unwrap();
            let headers = response.headers();
            assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff", "{path}");
            assert_eq!(headers[header::REFERRER_POLICY], "no-referrer", "{path}");
            let policy = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
            assert!(
                policy.contains("frame-ancestors 'none'"),
                "{path}: {policy}"
            );
        }
        let page = reqwest::get(format!("{base}/")).await.unwrap();
        assert_eq!(page.status(), 200);
        let policy = page.headers()[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .to_owned();
        for directive in [
            "default-src 'self'",
            "script-src 'self';",
            // The page reads the local chain and the keeper's stored files.
            "connect-src 'self' https: http://127.0.0.1:* http://localhost:* http://127.0.0.1:8545 \
             http://127.0.0.1:8080;",
        ] {
            assert!(policy.contains(directive), "{directive} in {policy}");
        }
    }

    /// A client socket bound to its own loopback address (Linux routes all of 127/8 to lo), so
    /// that tests can play many clients; a small receive buffer, so a client that does not read
    /// stalls the transfer soon.
    async fn client_from(ip: [u8; 4], server: &str) -> tokio::net::TcpStream {
        let socket = tokio::net::TcpSocket::new_v4().unwrap();
        socket.set_recv_buffer_size(4096).unwrap();
        socket.bind(std::net::SocketAddr::from((ip, 0))).unwrap();
        socket
            .connect(server.trim_start_matches("http://").parse().unwrap())
            .await
            .unwrap()
    }

    /// Whether the server closes `stream` within `within` (EOF or reset on read).
    async fn closed_within(stream: &mut tokio::net::TcpStream, within: Duration) -> bool {
        let mut buf = [0u8; 4096];
        let deadline = Instant::now() + within;
        loop {
            match tokio::time::timeout_at(deadline, stream.read(&mut buf)).await {
                Err(_) => return false,
                Ok(Ok(0) | Err(_)) => return true,
                Ok(Ok(_)) => {}
            }
        }
    }

    /// Issue 14 item 2: 64 clients that ask for a large image and never read it held every file
    /// permit, and `/metadata` answered 503. Now a transfer on which no byte moves is dropped at
    /// the idle timeout, and a normal client gets its metadata.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn clients_that_never_read_a_large_file_do_not_block_metadata() {
        use tokio::io::AsyncWriteExt as _;
        let dir = tempfile::tempdir().unwrap();
        let storage = Storage::local(dir.path().join("files"), "http://127.0.0.1:1").unwrap();
        let large: Vec<u8> = b"\x89PNG\r\n\x1a\n"
            .iter()
            .copied()
            .chain((0..16_000_000u32).map(|i| (i % 251) as u8))
            .collect();
        let image = storage.put_image(&large, "image/png").await.unwrap();
        let metadata = storage
            .put_metadata(br#"{"name":"GenImNFT #1"}"#)
            .await
            .unwrap();
        let base = serve_storage(storage, dir.path()).await;

        let mut slow = Vec::new();
        for i in 0..64u8 {
            let mut stream = client_from([127, 0, 1, i + 1], &base).await;
            let request = format!("GET /{} HTTP/1.1\r\nHost: keeper\r\n\r\n", image.key);
            stream.write_all(request.as_bytes()).await.unwrap();
            slow.push(stream);
        }
        // Every slow client is answered (holds a transfer) before the normal client asks.
        for stream in &mut slow {
            let mut status = [0u8; 12];
            tokio::time::timeout(Duration::from_secs(10), stream.read_exact(&mut status))
                .await
                .expect("the transfer starts")
                .unwrap();
            assert_eq!(&status, b"HTTP/1.1 200");
        }
        let started = std::time::Instant::now();
        let client = reqwest::Client::new();
        let response = client
            .get(format!("{base}/{}", metadata.key))
            .timeout(Duration::from_secs(20))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200, "after {:?}", started.elapsed());
        drop(slow);
    }

    /// Issue 14 item 2: 300 idle connections exhausted the keeper's descriptors. Now one client
    /// keeps at most its share open (the rest are closed at once), others are still served, idle
    /// connections close at the idle timeout and a slow header at the header timeout.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn idle_connections_are_capped_per_client_and_closed_when_idle() {
        use tokio::io::AsyncWriteExt as _;
        let dir = tempfile::tempdir().unwrap();
        let storage = Storage::local(dir.path().join("files"), "http://127.0.0.1:1").unwrap();
        let base = serve_storage(storage, dir.path()).await;
        let limits = test_limits();

        let mut idle = Vec::new();
        let mut opened = Vec::new();
        for _ in 0..300 {
            idle.push(client_from([127, 0, 2, 1], &base).await);
            opened.push(Instant::now());
        }
        // Well before the header timeout (2 s after each was opened; opening 300 takes a while
        // on a loaded machine), all but the client's share are closed.
        let checks = idle.iter_mut().zip(&opened).map(|(stream, opened)| {
            let window =
                (*opened + Duration::from_millis(1500)).saturating_duration_since(Instant::now());
            closed_within(stream, window)
        });
        let closed = futures_util::future::join_all(checks).await;
        let open = closed.iter().filter(|closed| !**closed).count();
        assert_eq!(
            open, limits.max_connections_per_client,
            "connections left open"
        );

        // Another client is served at once (an unknown token: a deterministic answer).
        let other = reqwest::Client::new()
            .get(format!("{base}/tokens/1"))
            .timeout(Duration::from_secs(5))
            .send()
            .await
            .unwrap();
        assert_eq!(other.status(), 404);

        let checks = idle
            .iter_mut()
            .map(|stream| closed_within(stream, Duration::from_secs(6)));
        let closed = futures_util::future::join_all(checks).await;
        assert!(
            closed.iter().all(|closed| *closed),
            "idle connections stay open"
        );

        // A header sent a byte at a time, never idle, still ends at the header timeout.
        let mut slow_header = client_from([127, 0, 2, 2], &base).await;
        let started = std::time::Instant::now();
        let mut closed = false;
        for byte in b"GET /health HTTP/1.1\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" {
            if slow_header.write_all(&[*byte]).await.is_err() {
                closed = true;
                break;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        assert!(closed || closed_within(&mut slow_header, Duration::from_secs(1)).await);
        assert!(
            started.elapsed() < Duration::from_secs(6),
            "{:?}",
            started.elapsed()
        );
    }

    #[tokio::test]
    async fn ipfs_copies_are_served_by_cid_with_a_sniffed_type() {
        let dir = tempfile::tempdir().unwrap();
        let storage = Storage::ipfs(IpfsConfig::new(
            "http://127.0.0.1:1",
            dir.path().join("files"),
        ))
        .unwrap();
        let json = br#"{"name":"GenImNFT #1"}"#;
        let cid = unixfs::file_cid(json);
        let path = storage.local_file(&format!("ipfs/{cid}")).unwrap().unwrap();
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, json).unwrap();
        let base = serve_storage(storage, dir.path()).await;

        let response = reqwest::get(format!("{base}/ipfs/{cid}")).await.unwrap();
        assert_eq!(response.status(), 200);
        assert_eq!(response.headers()[header::CONTENT_TYPE], "application/json");
        assert_eq!(response.bytes().await.unwrap().as_ref(), json);
        let bad = reqwest::get(format!("{base}/ipfs/not-a-cid"))
            .await
            .unwrap();
        assert_eq!(bad.status(), 400);
        let local_route = reqwest::get(format!("{base}/metadata/x.json"))
            .await
            .unwrap();
        assert_eq!(local_route.status(), 404);
    }

    #[tokio::test]
    async fn a_transfer_past_its_deadline_ends_and_frees_its_permit() {
        let permits = Arc::new(Semaphore::new(1));
        let permit = Arc::clone(&permits).acquire_owned().await.unwrap();
        // A client that never finishes reading: the source never yields.
        let stalled = futures_util::stream::pending::<std::io::Result<bytes::Bytes>>();
        let deadline = Instant::now() + Duration::from_millis(50);
        let mut stream = Box::pin(bounded(stalled, permit, deadline));
        assert_eq!(permits.available_permits(), 0);
        let item = tokio::time::timeout(Duration::from_secs(5), stream.next())
            .await
            .expect("the deadline ends the stream");
        assert_eq!(
            item.unwrap().unwrap_err().kind(),
            std::io::ErrorKind::TimedOut
        );
        assert!(stream.next().await.is_none());
        assert_eq!(permits.available_permits(), 1);
    }

    #[tokio::test]
    async fn operators_routes_are_on_the_admin_listener_only() {
        let dir = tempfile::tempdir().unwrap();
        let metrics = Metrics::new();
        let health = Arc::new(Health::new(
            crate::pauses::HealthThresholds {
                scanner_stall_after: Duration::from_secs(60),
                submit_failure_rounds: 5,
                min_agent_balance: alloy::primitives::U256::from(1000),
                loop_wedged_after: Duration::from_secs(60),
            },
            metrics.clone(),
        ));
        let state = AppState {
            store: Arc::new(JobStore::open(dir.path().join("jobs.db")).unwrap()),
            storage: Arc::new(
                Storage::local(dir.path().join("files"), "http://127.0.0.1:1").unwrap(),
            ),
            metrics,
            health: Arc::clone(&health),
            serve_files: true,
            web: None,
            queue_watch: Arc::default(),
            mcp: None,
        };
        let mut bases = Vec::new();
        for router in [public_router(state.clone()), admin_router(state)] {
            let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
            bases.push(format!("http://{}", listener.local_addr().unwrap()));
            tokio::spawn(serve(
                listener,
                router,
                test_limits(),
                CancellationToken::new(),
            ));
        }
        let [public, admin] = [&bases[0], &bases[1]];
        health.pause(crate::pauses::Stage::Rpc, "connection refused");
        health.set_agent_balance(alloy::primitives::U256::from(5));
        let get = |url: String| async move {
            let response = reqwest::get(url).await.unwrap();
            let status = response.status().as_u16();
            (status, response.text().await.unwrap())
        };

        for path in ["/metrics", "/health", "/ready"] {
            assert_eq!(get(format!("{public}{path}")).await.0, 404, "public {path}");
        }
        assert_eq!(
            get(format!("{public}/live")).await,
            (200, r#"{"status":"ok"}"#.to_owned()),
            "bare, and an RPC outage is no reason to restart"
        );
        let (status, body) = get(format!("{admin}/live")).await;
        assert_eq!(
            (status, body.as_str()),
            (200, r#"{"reasons":[],"status":"ok"}"#)
        );
        let (status, body) = get(format!("{admin}/ready")).await;
        assert_eq!(status, 503);
        assert!(body.contains("not_ready"), "{body}");
        assert!(body.contains("rpc paused"), "{body}");
        assert!(body.contains("below the floor"), "{body}");
        let (status, body) = get(format!("{admin}/health")).await;
        assert_eq!(status, 503);
        assert!(body.contains("paused_stages"), "{body}");
        let (status, body) = get(format!("{admin}/metrics")).await;
        assert_eq!(status, 200);
        assert!(
            body.contains("genim_agent_balance_floor_wei 1000"),
            "{body}"
        );
        assert!(body.contains("genim_queue_depth 0"), "{body}");
        health.resume(crate::pauses::Stage::Rpc);
        health.set_agent_balance(alloy::primitives::U256::from(1000));
        assert_eq!(get(format!("{admin}/ready")).await.0, 200);
    }
}
