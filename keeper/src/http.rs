//! The keeper's HTTP server: health, Prometheus metrics, job state per token, and the stored images
//! and metadata when the local storage backend is used.

use std::sync::Arc;

use axum::Router;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde_json::json;
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;

use crate::health::Health;
use crate::metrics::Metrics;
use crate::redact;
use crate::storage::{Storage, content_type_for_key};
use crate::store::{Job, JobStore};

#[derive(Clone)]
pub struct AppState {
    pub store: Arc<JobStore>,
    pub storage: Arc<Storage>,
    pub metrics: Metrics,
    pub health: Arc<Health>,
    pub serve_files: bool,
    /// The buyer's web app, its config and gallery listing (`web.rs`).
    pub web: Option<Arc<crate::web::WebState>>,
}

pub fn router(state: AppState) -> Router {
    let web = state.web.clone();
    let mut router = Router::new()
        .route("/health", get(health))
        .route("/metrics", get(metrics))
        .route("/tokens/{id}", get(token));
    if state.serve_files {
        router = router
            .route("/images/{file}", get(image_file))
            .route("/metadata/{file}", get(metadata_file));
    }
    let router = router.with_state(state);
    let router = match web {
        Some(web) => router.merge(crate::web::router(web)),
        None => router,
    };
    router.layer(crate::web::cors())
}

/// Serves until `shutdown`.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    shutdown: CancellationToken,
) -> std::io::Result<()> {
    axum::serve(listener, router(state))
        .with_graceful_shutdown(async move { shutdown.cancelled().await })
        .await
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
    match state.store.get(id) {
        Ok(Some(job)) => scrubbed_json(StatusCode::OK, &job_json(&job)),
        Ok(None) => (
            StatusCode::NOT_FOUND,
            axum::Json(json!({"error": "unknown token"})),
        )
            .into_response(),
        Err(error) => (
            StatusCode::INTERNAL_SERVER_ERROR,
            axum::Json(json!({"error": error.to_string()})),
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
    stored_file(&state, format!("images/{file}")).await
}

async fn metadata_file(State(state): State<AppState>, Path(file): Path<String>) -> Response {
    stored_file(&state, format!("metadata/{file}")).await
}

async fn stored_file(state: &AppState, key: String) -> Response {
    match state.storage.get(&key).await {
        Ok(Some(bytes)) => (
            [
                (header::CONTENT_TYPE, content_type_for_key(&key)),
                // Content-addressed: the bytes under a name never change.
                (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
            ],
            bytes,
        )
            .into_response(),
        Ok(None) => StatusCode::NOT_FOUND.into_response(),
        Err(error) => (StatusCode::BAD_REQUEST, error.to_string()).into_response(),
    }
}
