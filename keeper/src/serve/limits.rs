//! Limits of the public listener, so that no client can stall the keeper or starve it of file
//! descriptors: a header-read timeout, an idle timeout (no byte moved either way, which also drops
//! readers that stopped reading a file), a cap on connections in total and per client address,
//! and a total cap that leaves a reserve of descriptors to the pipeline (spool, database, storage
//! and RPC). Connections over a cap are closed at once. A reverse proxy in front is still
//! recommended (README): it absorbs floods before they reach the keeper.

use std::collections::HashMap;
use std::future::Future;
use std::io;
use std::net::{IpAddr, SocketAddr};
use std::pin::{Pin, pin};
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll};
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use hyper_util::service::TowerToHyperService;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tokio::time::{Instant, Sleep};
use tokio_util::sync::CancellationToken;
use tower::ServiceExt as _;

/// How long an accept waits after the process ran out of descriptors (EMFILE) before trying again.
const ACCEPT_ERROR_PAUSE: Duration = Duration::from_millis(100);

/// The listener's limits (`[http]` in the configuration).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServeLimits {
    pub header_read_timeout: Duration,
    /// A connection on which no byte moved either way for this long is closed: idle keep-alive
    /// connections, and clients that stopped reading what they asked for.
    pub idle_timeout: Duration,
    pub max_connections: usize,
    pub max_connections_per_client: usize,
}

/// Most connections the listener may hold: the configured cap, lowered so that `reserve`
/// descriptors always stay for the pipeline below the process's open-file limit. Each
/// connection costs one descriptor, and a file transfer one more.
pub fn connection_budget(configured: usize, open_file_limit: Option<u64>, reserve: u64) -> usize {
    match open_file_limit {
        None => configured,
        Some(limit) => {
            let spare = limit.saturating_sub(reserve) / 2;
            configured
                .min(usize::try_from(spare).unwrap_or(usize::MAX))
                .max(1)
        }
    }
}

/// Raises the soft open-file limit to the hard one (a daemon's default soft limit of 1024 is
/// soon reached under load) and returns the soft limit in force; `None` where unknown.
pub fn raise_open_file_limit() -> Option<u64> {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        let mut limit = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        // SAFETY: getrlimit/setrlimit only read and write the struct passed by pointer.
        if unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) } != 0 {
            return None;
        }
        if limit.rlim_cur < limit.rlim_max {
            let raised = libc::rlimit {
                rlim_cur: limit.rlim_max,
                rlim_max: limit.rlim_max,
            };
            // SAFETY: as above.
            if unsafe { libc::setrlimit(libc::RLIMIT_NOFILE, &raised) } == 0 {
                return Some(raised.rlim_cur);
            }
        }
        Some(limit.rlim_cur)
    }
    #[cfg(not(all(target_os = "linux", target_env = "gnu")))]
    {
        None
    }
}

/// Serves `router` on `listener` within `limits` until `shutdown`; open connections then finish
/// their current request.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    limits: ServeLimits,
    shutdown: CancellationToken,
) -> io::Result<()> {
    let total = Arc::new(Semaphore::new(limits.max_connections));
    let clients = Arc::new(ClientSlots::new(limits.max_connections_per_client));
    loop {
        let accepted = tokio::select! {
            () = shutdown.cancelled() => break,
            accepted = listener.accept() => accepted,
        };
        let (stream, peer) = match accepted {
            Ok(accepted) => accepted,
            Err(error) => {
                // Out of descriptors or a connection reset before accept: not fatal.
                tracing::debug!(%error, "accept failed");
                tokio::time::sleep(ACCEPT_ERROR_PAUSE).await;
                continue;
            }
        };
        let Ok(total_slot) = Arc::clone(&total).try_acquire_owned() else {
            tracing::debug!(%peer, "connection refused: listener full");
            continue;
        };
        let Some(client_slot) = ClientSlots::take(&clients, peer.ip()) else {
            tracing::debug!(%peer, "connection refused: too many from this client");
            continue;
        };
        let io = Limited::new(stream, limits.idle_timeout, (total_slot, client_slot));
        tokio::spawn(serve_connection(
            io,
            peer,
            router.clone(),
            limits.header_read_timeout,
            shutdown.clone(),
        ));
    }
    // Each open connection holds a slot until it closes: taking them all waits for every one.
    let all = u32::try_from(limits.max_connections).unwrap_or(u32::MAX);
    drop(total.acquire_many(all).await);
    Ok(())
}

async fn serve_connection(
    io: Limited,
    peer: SocketAddr,
    router: Router,
    header_read_timeout: Duration,
    shutdown: CancellationToken,
) {
    let service = TowerToHyperService::new(tower::service_fn(
        move |request: hyper::Request<Incoming>| {
            let mut request = request.map(Body::new);
            // What `into_make_service_with_connect_info` would add: handlers can see the client.
            request.extensions_mut().insert(ConnectInfo(peer));
            router.clone().oneshot(request)
        },
    ));
    let mut builder = auto::Builder::new(TokioExecutor::new());
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(header_read_timeout);
    builder.http2().timer(TokioTimer::new());
    let mut connection = pin!(builder.serve_connection(TokioIo::new(io), service));
    tokio::select! {
        result = connection.as_mut() => {
            if let Err(error) = result {
                tracing::trace!(%peer, %error, "connection ended");
            }
            return;
        }
        () = shutdown.cancelled() => connection.as_mut().graceful_shutdown(),
    }
    if let Err(error) = connection.await {
        tracing::trace!(%peer, %error, "connection ended during shutdown");
    }
}

/// Connections per client address; a slot is given back when its connection closes.
struct ClientSlots {
    max: usize,
    open: Mutex<HashMap<IpAddr, usize>>,
}

struct ClientSlot {
    slots: Arc<ClientSlots>,
    client: IpAddr,
}

impl ClientSlots {
    fn new(max: usize) -> Self {
        Self {
            max,
            open: Mutex::new(HashMap::new()),
        }
    }

    fn take(slots: &Arc<Self>, client: IpAddr) -> Option<ClientSlot> {
        let mut open = slots.open.lock().unwrap_or_else(PoisonError::into_inner);
        let count = open.entry(client).or_insert(0);
        if *count >= slots.max {
            return None;
        }
        *count += 1;
        Some(ClientSlot {
            slots: Arc::clone(slots),
            client,
        })
    }
}

impl Drop for ClientSlot {
    fn drop(&mut self) {
        let mut open = self
            .slots
            .open
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if let Some(count) = open.get_mut(&self.client) {
            *count = count.saturating_sub(1);
            if *count == 0 {
                open.remove(&self.client);
            }
        }
    }
}

/// A connection's socket with its idle deadline and its slots (released when it is dropped).
struct Limited {
    stream: TcpStream,
    idle_timeout: Duration,
    deadline: Pin<Box<Sleep>>,
    _slots: (OwnedSemaphorePermit, ClientSlot),
}

impl Limited {
    fn new(
        stream: TcpStream,
        idle_timeout: Duration,
        slots: (OwnedSemaphorePermit, ClientSlot),
    ) -> Self {
        Self {
            stream,
            idle_timeout,
            deadline: Box::pin(tokio::time::sleep(idle_timeout)),
            _slots: slots,
        }
    }

    fn moved_bytes(&mut self) {
        let next = Instant::now() + self.idle_timeout;
        self.deadline.as_mut().reset(next);
    }

    /// Called when the socket is not ready: an error once the connection was idle too long
    /// (the deadline's timer wakes this task then), else pending.
    fn poll_idle<T>(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<T>> {
        match self.deadline.as_mut().poll(cx) {
            Poll::Ready(()) => Poll::Ready(Err(io::Error::new(
                io::ErrorKind::TimedOut,
                "connection idle for too long",
            ))),
            Poll::Pending => Poll::Pending,
        }
    }
}

impl AsyncRead for Limited {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let before = buf.filled().len();
        match Pin::new(&mut this.stream).poll_read(cx, buf) {
            Poll::Ready(result) => {
                if buf.filled().len() > before {
                    this.moved_bytes();
                }
                Poll::Ready(result)
            }
            Poll::Pending => this.poll_idle(cx),
        }
    }
}

impl AsyncWrite for Limited {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        match Pin::new(&mut this.stream).poll_write(cx, buf) {
            Poll::Ready(result) => {
                if matches!(result, Ok(written) if written > 0) {
                    this.moved_bytes();
                }
                Poll::Ready(result)
            }
            Poll::Pending => this.poll_idle(cx),
        }
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        match Pin::new(&mut this.stream).poll_write_vectored(cx, bufs) {
            Poll::Ready(result) => {
                if matches!(result, Ok(written) if written > 0) {
                    this.moved_bytes();
                }
                Poll::Ready(result)
            }
            Poll::Pending => this.poll_idle(cx),
        }
    }

    fn is_write_vectored(&self) -> bool {
        self.stream.is_write_vectored()
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        match Pin::new(&mut this.stream).poll_flush(cx) {
            Poll::Pending => this.poll_idle(cx),
            ready => ready,
        }
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().stream).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_connection_budget_keeps_the_descriptor_reserve() {
        assert_eq!(connection_budget(512, None, 256), 512);
        // 1024 descriptors, 256 kept: 384 connections with a file each at most.
        assert_eq!(connection_budget(512, Some(1024), 256), 384);
        assert_eq!(connection_budget(100, Some(1024), 256), 100);
        assert_eq!(connection_budget(512, Some(100), 256), 1);
    }
}
