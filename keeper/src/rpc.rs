//! The JSON-RPC client: retries on rate limits, and counts every call for the metrics.

use std::task::{Context, Poll};

use alloy::providers::{DynProvider, Provider, ProviderBuilder};
use alloy::rpc::client::ClientBuilder;
use alloy::rpc::json_rpc::{RequestPacket, ResponsePacket};
use alloy::transports::TransportError;
use alloy::transports::layers::RetryBackoffLayer;
use prometheus_client::metrics::counter::Counter;
use tower::{Layer, Service};
use url::Url;

/// A failed JSON-RPC call, named by its method.
#[derive(Debug, thiserror::Error)]
#[error("RPC {operation}: {source}")]
pub struct RpcFailure {
    pub operation: &'static str,
    pub source: TransportError,
}

/// For `map_err`: names the failed call.
pub fn failed(operation: &'static str) -> impl FnOnce(TransportError) -> RpcFailure {
    move |source| RpcFailure { operation, source }
}

/// Rate-limit retries (HTTP 429 and the like) handled inside the transport. Connection failures are
/// not retried here: the keeper's loops survive them and try again on their next round.
const RATE_LIMIT_RETRIES: u32 = 5;
const RATE_LIMIT_BACKOFF_MS: u64 = 250;
const COMPUTE_UNITS_PER_SECOND: u64 = 10_000;

/// A read-only provider (the keeper signs its transactions itself, see `submit`).
pub fn provider(url: Url, rpc_requests: Counter) -> DynProvider {
    let client = ClientBuilder::default()
        .layer(CountingLayer {
            counter: rpc_requests,
        })
        .layer(RetryBackoffLayer::new(
            RATE_LIMIT_RETRIES,
            RATE_LIMIT_BACKOFF_MS,
            COMPUTE_UNITS_PER_SECOND,
        ))
        .http(url);
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
