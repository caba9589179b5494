//! `genim mcp --keeper <url>`: the keeper's MCP server for clients that only start local
//! processes (stdio). A bridge, not a second server: each tool call is forwarded to
//! `<url>/mcp` over streamable HTTP with its arguments and `_meta` (so the x402 payment goes
//! through), its answer returned as it is, progress relayed back under the client's own token,
//! and a call the client cancels cancelled upstream. Prices, requests and state all stay in the
//! keeper.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use rmcp::model::{
    CallToolRequest, CallToolRequestParams, CallToolResponse, ClientRequest, ListToolsResult,
    PaginatedRequestParams, ProgressNotificationParam, ProgressToken, ServerCapabilities,
    ServerConfig, ServerResult,
};
use rmcp::service::{
    NotificationContext, PeerRequestOptions, RequestContext, RunningService, ServiceError,
};
use rmcp::transport::StreamableHttpClientTransport;
use rmcp::{ClientHandler, ErrorData, Peer, RoleClient, RoleServer, ServerHandler, ServiceExt};

/// Why the bridge could not start or stopped.
#[derive(Debug, thiserror::Error)]
pub enum StdioError {
    #[error("{0:?} is not an http(s) URL of a keeper")]
    BadUrl(String),
    #[error("cannot reach the keeper's MCP server at {url}: {reason}")]
    Upstream { url: String, reason: String },
    #[error("the stdio session ended with an error: {0}")]
    Session(String),
}

/// Where progress for an upstream call goes: the local client's token and session.
type Routes = Arc<Mutex<HashMap<ProgressToken, (ProgressToken, Peer<RoleServer>)>>>;

/// The upstream side: a client of the keeper that relays progress to the local client.
#[derive(Clone, Default)]
struct Upstream {
    routes: Routes,
}

impl ClientHandler for Upstream {
    async fn on_progress(
        &self,
        params: ProgressNotificationParam,
        _context: NotificationContext<RoleClient>,
    ) {
        let route = lock(&self.routes).get(&params.progress_token).cloned();
        if let Some((token, peer)) = route {
            // A client that stopped listening is not an error: the call goes on without it.
            let mut relayed = ProgressNotificationParam::new(token, params.progress);
            relayed.total = params.total;
            relayed.message = params.message;
            let _ = peer.notify_progress(relayed).await;
        }
    }
}

/// The local side: the server a stdio client talks to.
struct Bridge {
    upstream: RunningService<RoleClient, Upstream>,
    routes: Routes,
}

impl ServerHandler for Bridge {
    /// Tools only (all this bridge forwards), with the keeper's name and instructions.
    fn get_info(&self) -> ServerConfig {
        let mut config = ServerConfig::new(ServerCapabilities::builder().enable_tools().build());
        if let Some(keeper) = self.upstream.peer_info() {
            if let Some(server) = &keeper.server_info {
                config = config.with_server_info(server.clone());
            }
            if let Some(instructions) = &keeper.instructions {
                config = config.with_instructions(instructions.clone());
            }
        }
        config
    }

    async fn list_tools(
        &self,
        request: Option<PaginatedRequestParams>,
        _context: RequestContext<RoleServer>,
    ) -> Result<ListToolsResult, ErrorData> {
        self.upstream
            .list_tools(request)
            .await
            .map_err(|e| upstream_error(&e))
    }

    async fn call_tool(
        &self,
        request: CallToolRequestParams,
        context: RequestContext<RoleServer>,
    ) -> Result<CallToolResponse, ErrorData> {
        let handle = self
            .upstream
            .send_request_with_option(
                ClientRequest::CallToolRequest(CallToolRequest::new(request)),
                PeerRequestOptions::no_options(),
            )
            .await
            .map_err(|e| upstream_error(&e))?;
        let upstream_token = handle.progress_token.clone();
        if let Some(token) = context.meta.get_progress_token() {
            lock(&self.routes).insert(upstream_token.clone(), (token, context.peer.clone()));
        }
        let answer = tokio::select! {
            answer = handle.await_response() => answer,
            () = context.ct.cancelled() => Err(ServiceError::Cancelled { reason: None }),
        };
        lock(&self.routes).remove(&upstream_token);
        match answer.map_err(|e| upstream_error(&e))? {
            ServerResult::CallToolResult(result) => Ok(CallToolResponse::Complete(result)),
            ServerResult::InputRequiredResult(result) => {
                Ok(CallToolResponse::InputRequired(result))
            }
            ServerResult::CreateTaskResult(result) => Ok(CallToolResponse::Task(result)),
            _ => Err(ErrorData::internal_error(
                "the keeper answered a tool call with something else",
                None,
            )),
        }
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

fn upstream_error(error: &ServiceError) -> ErrorData {
    match error {
        ServiceError::McpError(error) => error.clone(),
        other => ErrorData::internal_error(format!("the keeper did not answer: {other}"), None),
    }
}

/// Serves the keeper at `keeper` (its base URL, or its `/mcp` URL) on stdin/stdout until the
/// client closes them.
pub async fn run(keeper: &str) -> Result<(), StdioError> {
    let url = mcp_url(keeper)?;
    let upstream_handler = Upstream::default();
    let routes = Arc::clone(&upstream_handler.routes);
    let upstream = upstream_handler
        .serve(StreamableHttpClientTransport::from_uri(url.clone()))
        .await
        .map_err(|e| StdioError::Upstream {
            url: url.clone(),
            reason: e.to_string(),
        })?;
    tracing::info!(keeper = %url, "serving the keeper's MCP tools on stdio");
    let session = Bridge { upstream, routes }
        .serve(rmcp::transport::stdio())
        .await
        .map_err(|e| StdioError::Session(e.to_string()))?;
    session
        .waiting()
        .await
        .map_err(|e| StdioError::Session(e.to_string()))?;
    Ok(())
}

/// `https://keeper.example` → `https://keeper.example/mcp`; a URL ending in `/mcp` as it is.
fn mcp_url(keeper: &str) -> Result<String, StdioError> {
    let url = url::Url::parse(keeper.trim()).map_err(|_| StdioError::BadUrl(keeper.to_owned()))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(StdioError::BadUrl(keeper.to_owned()));
    }
    let base = url.as_str().trim_end_matches('/');
    Ok(if base.ends_with("/mcp") {
        base.to_owned()
    } else {
        format!("{base}/mcp")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mcp_endpoint_is_found_from_the_keepers_url() {
        assert_eq!(
            mcp_url("https://keeper.example").unwrap(),
            "https://keeper.example/mcp"
        );
        assert_eq!(
            mcp_url("http://127.0.0.1:8080/").unwrap(),
            "http://127.0.0.1:8080/mcp"
        );
        assert_eq!(
            mcp_url("https://keeper.example/mcp").unwrap(),
            "https://keeper.example/mcp"
        );
        for bad in ["keeper.example", "ftp://keeper.example", "", "http://"] {
            assert!(matches!(mcp_url(bad), Err(StdioError::BadUrl(_))), "{bad}");
        }
    }
}
