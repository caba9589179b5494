//! The JSON-RPC client: retries on rate limits, counts every call for the metrics, and keeps the
//! endpoint URL (which carries provider API keys) out of its errors.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use alloy::providers::{DynProvider, Provider, ProviderBuilder};
use alloy::rpc::client::ClientBuilder;
use alloy::rpc::json_rpc::{RequestPacket, ResponsePacket};
use alloy::transports::http::Http;
use alloy::transports::layers::RetryBackoffLayer;
use alloy::transports::{RpcError, TransportError, TransportErrorKind};
use prometheus_client::metrics::counter::Counter;
use tower::{Layer, Service};
use url::Url;

use crate::redact;

/// A failed JSON-RPC call, named by its method.
///
/// Its message quotes the transport error with every URL redacted, and it deliberately reports no
/// `source()`: error-chain printers (`{:#}`) would print the raw transport error after it. The
/// error stays available in `source` for classification.
#[derive(Debug)]
pub struct RpcFailure {
    pub operation: &'static str,
    pub source: TransportError,
}

impl std::fmt::Display for RpcFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "RPC {}: {}",
            self.operation,
            redact::redact_urls(&error_chain(&self.source))
        )
    }
}

impl std::error::Error for RpcFailure {}

/// For `map_err`: names the failed call.
pub fn failed(operation: &'static str) -> impl FnOnce(TransportError) -> RpcFailure {
    move |source| RpcFailure { operation, source }
}

/// Rate-limit retries (HTTP 429 and the like) handled inside the transport. Connection failures are
/// not retried here: the keeper's loops survive them and try again on their next round.
const RATE_LIMIT_RETRIES: u32 = 5;
const RATE_LIMIT_BACKOFF_MS: u64 = 250;
const COMPUTE_UNITS_PER_SECOND: u64 = 10_000;

/// A scan or submit round makes a handful of calls, each bounded by the RPC timeout; the round
/// as a whole is bounded by this many timeouts, so nothing inside it can hang it for good.
pub const CALLS_PER_ROUND_BOUND: u32 = 6;

/// A read-only provider (the keeper signs its transactions itself, see `submit`). Every call
/// fails after `timeout` (connect, send and answer together): a node or proxy that holds a call
/// open must not stall the keeper.
pub fn provider(url: Url, rpc_requests: Counter, timeout: Duration) -> DynProvider {
    // Building a client fails only when the TLS backend cannot start; the default client would
    // fail the same way, so fall back to it rather than refuse to start.
    let http = reqwest::Client::builder()
        .timeout(timeout)
        .connect_timeout(timeout)
        .build()
        .unwrap_or_default();
    let is_local = url.host_str().is_some_and(|host| {
        host == "localhost"
            || host
                .parse::<std::net::IpAddr>()
                .is_ok_and(|ip| ip.is_loopback())
    });
    let client = ClientBuilder::default()
        .layer(RedactingLayer)
        .layer(CountingLayer {
            counter: rpc_requests,
        })
        .layer(RetryBackoffLayer::new(
            RATE_LIMIT_RETRIES,
            RATE_LIMIT_BACKOFF_MS,
            COMPUTE_UNITS_PER_SECOND,
        ))
        .transport(Http::with_client(http, url), is_local);
    ProviderBuilder::new()
        .disable_recommended_fillers()
        .connect_client(client)
        .erased()
}

/// Counts JSON-RPC calls; a batch counts as its length.
#[derive(Clone)]
struct CountingLayer {
    counter: Counter,
}

impl<S> Layer<S> for CountingLayer {
    type Service = CountingService<S>;

    fn layer(&self, inner: S) -> Self::Service {
        CountingService {
            inner,
            counter: self.counter.clone(),
        }
    }
}

#[derive(Clone)]
struct CountingService<S> {
    inner: S,
    counter: Counter,
}

impl<S> Service<RequestPacket> for CountingService<S>
where
    S: Service<RequestPacket, Response = ResponsePacket, Error = TransportError>,
{
    type Response = ResponsePacket;
    type Error = TransportError;
    type Future = S::Future;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: RequestPacket) -> Self::Future {
        let calls = request.as_batch().map_or(1, <[_]>::len);
        self.counter.inc_by(calls as u64);
        self.inner.call(request)
    }
}

/// An error and its sources on one line (a cause already quoted by its parent is not repeated):
/// the transport's top-level message is often generic.
fn error_chain(err: &(dyn std::error::Error + 'static)) -> String {
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        let message = cause.to_string();
        if !text.contains(&message) {
            text.push_str(": ");
            text.push_str(&message);
        }
        source = cause.source();
    }
    text
}

/// Replaces transport errors that quote the request URL (reqwest's "error sending request for url
/// (...)") with their redacted text, so that no caller can print the RPC key by accident. Only the
/// opaque `Custom` kinds are rewritten; HTTP statuses and JSON-RPC error payloads keep their
/// structure. Outermost layer: the retry layer below still sees the original errors.
#[derive(Clone, Copy)]
struct RedactingLayer;

impl<S> Layer<S> for RedactingLayer {
    type Service = RedactingService<S>;

    fn layer(&self, inner: S) -> Self::Service {
        RedactingService { inner }
    }
}

#[derive(Clone)]
struct RedactingService<S> {
    inner: S,
}

/// The redacted text of a transport error, as an error of its own.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
struct Redacted(String);

fn redact_transport_error(error: TransportError) -> TransportError {
    match error {
        RpcError::Transport(TransportErrorKind::Custom(inner)) => {
            RpcError::Transport(TransportErrorKind::Custom(Box::new(Redacted(
                redact::redact_urls(&error_chain(inner.as_ref())),
            ))))
        }
        RpcError::Transport(TransportErrorKind::NonRetryable(inner)) => {
            RpcError::Transport(TransportErrorKind::NonRetryable(Box::new(Redacted(
                redact::redact_urls(&error_chain(inner.as_ref())),
            ))))
        }
        other => other,
    }
}

impl<S> Service<RequestPacket> for RedactingService<S>
where
    S: Service<RequestPacket, Response = ResponsePacket, Error = TransportError>,
    S::Future: Send + 'static,
{
    type Response = ResponsePacket;
    type Error = TransportError;
    type Future = Pin<Box<dyn Future<Output = Result<ResponsePacket, TransportError>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx).map_err(redact_transport_error)
    }

    fn call(&mut self, request: RequestPacket) -> Self::Future {
        let future = self.inner.call(request);
        Box::pin(async move { future.await.map_err(redact_transport_error) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "Zr8kQ2mX7vT1pL9sW4yB6nD3hJ5gF0aC";

    #[tokio::test]
    async fn transport_errors_never_quote_the_rpc_key() {
        // A port nobody listens on: the connection is refused and reqwest quotes the URL.
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .expect("pick a port");
        let url = Url::parse(&format!(
            "http://user:{KEY}@127.0.0.1:{port}/v2/{KEY}?apikey={KEY}"
        ))
        .expect("valid URL");
        let provider = provider(url, Counter::default(), Duration::from_secs(5));

        let error = provider
            .get_block_number()
            .await
            .expect_err("nobody listens");
        let failure = failed("eth_blockNumber")(error);

        for shown in [
            failure.source.to_string(),
            failure.to_string(),
            format!("{failure:?}"),
        ] {
            assert!(!shown.contains(KEY), "{shown}");
        }
        let message = failure.to_string();
        assert!(
            message.starts_with("RPC eth_blockNumber: ")
                && message.contains(&format!("127.0.0.1:{port}/v2/***?apikey=***")),
            "{message}"
        );
        assert!(std::error::Error::source(&failure).is_none());
    }

    /// A node that accepts the connection and never answers: the call fails after the timeout
    /// instead of waiting forever.
    #[tokio::test]
    async fn a_call_held_open_fails_after_the_timeout() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let url =
            Url::parse(&format!("http://{}", listener.local_addr().expect("addr"))).expect("url");
        let held = tokio::spawn(async move {
            let mut open = Vec::new();
            while let Ok((socket, _)) = listener.accept().await {
                open.push(socket);
            }
        });
        let provider = provider(url, Counter::default(), Duration::from_millis(300));
        let started = std::time::Instant::now();
        let answer = tokio::time::timeout(Duration::from_secs(10), provider.get_block_number())
            .await
            .expect("the transport's timeout ends the call");
        assert!(answer.is_err(), "{answer:?}");
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "{:?}",
            started.elapsed()
        );
        held.abort();
    }
}
