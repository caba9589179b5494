//! Publication to IPFS through the Kubo RPC API (`POST /api/v0/add`), which a local Kubo node
//! and the hosted Kubo-compatible services (Filebase, Infura, Storj, ...) accept; optionally one
//! more pin through the IPFS Pinning Service API.
//!
//! Nothing the node answers is trusted: every file's CID is computed locally (`unixfs`) and
//! must equal the node's, so a node that ignores `cid-version=1`, `raw-leaves` or the chunker
//! is caught before a token links to content that would not resolve. For metadata (one chunk
//! at most) that CID is also the contract's `tokenURI` rule.

use crate::redact::Secret;
use std::fmt;
use std::path::PathBuf;
use std::time::Duration;

use reqwest::multipart::{Form, Part};
use serde::Deserialize;
use url::Url;

use super::client::http_error;
use super::{IPFS_PREFIX, StorageError, local};
use crate::cid::{Cid, unixfs};

/// The most bytes of an RPC answer read (an `add` answer is one short JSON line per file).
const MAX_ANSWER: usize = 1024 * 1024;
/// `add` parameters: the importer settings `unixfs::file_cid` mirrors, pinned on the node.
const ADD_QUERY: &[(&str, &str)] = &[
    ("cid-version", "1"),
    ("raw-leaves", "true"),
    ("chunker", "size-262144"),
    ("hash", "sha2-256"),
    ("cid-base", "base32"),
    ("pin", "true"),
    ("progress", "false"),
];

/// How to reach the Kubo RPC API and what to do besides adding.
#[derive(Debug, Clone)]
pub struct IpfsConfig {
    /// e.g. `http://127.0.0.1:5001` or `https://rpc.filebase.io` (`/api/v0` is appended).
    pub api_url: String,
    pub auth: Option<IpfsAuth>,
    /// A gateway that serves `/ipfs/<cid>`, used to check at start-up that published files
    /// resolve (e.g. `http://127.0.0.1:8080`, `https://ipfs.filebase.io`); optional.
    pub gateway_url: Option<String>,
    pub pinning: Option<PinningService>,
    /// Local copies of published files go to `local_dir/ipfs/<cid>`.
    pub local_dir: PathBuf,
    pub request_timeout: Duration,
    /// How long a pinning service may take to report a pin `pinned`.
    pub pin_timeout: Duration,
}

impl IpfsConfig {
    /// No auth, no gateway check, no extra pin, 60 s timeout, 120 s for a remote pin.
    pub fn new(api_url: &str, local_dir: impl Into<PathBuf>) -> Self {
        Self {
            api_url: api_url.to_owned(),
            auth: None,
            gateway_url: None,
            pinning: None,
            local_dir: local_dir.into(),
            request_timeout: Duration::from_secs(60),
            pin_timeout: Duration::from_secs(120),
        }
    }
}

/// Credentials for the RPC API; `Debug` shows neither token nor password.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IpfsAuth {
    /// `Authorization: Bearer <token>` (e.g. Filebase).
    Bearer(Secret),
    /// `Authorization: Basic ...` (e.g. Infura's project id and secret).
    Basic { user: String, password: Secret },
}

impl IpfsAuth {
    /// Parses `user:password`.
    pub fn basic(pair: &str) -> Result<Self, StorageError> {
        match pair.split_once(':') {
            Some((user, password)) if !user.is_empty() => Ok(Self::Basic {
                user: user.to_owned(),
                password: password.into(),
            }),
            _ => Err(StorageError::Config {
                field: "GENIM_IPFS_API_BASIC_AUTH",
                reason: "expected user:password".into(),
            }),
        }
    }

    fn apply(&self, request: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
        match self {
            Self::Bearer(token) => request.bearer_auth(token.expose()),
            Self::Basic { user, password } => request.basic_auth(user, Some(password.expose())),
        }
    }
}

/// An IPFS Pinning Service API endpoint (e.g. `https://api.pinata.cloud/psa`) and its token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PinningService {
    pub endpoint: String,
    pub token: Secret,
}

pub(super) struct IpfsStore {
    http: reqwest::Client,
    /// Ends with `/api/v0/`.
    api: Url,
    auth: Option<IpfsAuth>,
    /// Without trailing slash, without `/ipfs`.
    gateway: Option<String>,
    pinning: Option<(Url, Secret)>,
    pin_timeout: Duration,
    /// The node's own addresses (`id`), sent as a pin's `origins`; read once.
    origins: tokio::sync::OnceCell<Vec<String>>,
    local_dir: PathBuf,
}

impl fmt::Debug for IpfsStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Storage")
            .field("ipfs_api", &self.api.as_str())
            .field("auth", &self.auth)
            .field("gateway", &self.gateway)
            .field(
                "pinning",
                &self.pinning.as_ref().map(|(url, _)| url.as_str()),
            )
            .field("local_dir", &self.local_dir)
            .finish()
    }
}

/// One line of an `add` answer (Kubo streams one per file, then errors as `Message`).
#[derive(Deserialize)]
struct AddLine {
    #[serde(rename = "Hash")]
    hash: Option<String>,
    #[serde(rename = "Message")]
    message: Option<String>,
}

/// The Pinning Service API's `PinStatus`: `queued`, `pinning`, `pinned` or `failed`, the id to
/// poll it by, and the service's peers to connect to (`delegates`).
#[derive(Deserialize)]
struct PinStatus {
    requestid: String,
    status: String,
    #[serde(default)]
    delegates: Vec<String>,
}

/// Kubo's `id` answer: the node's addresses.
#[derive(Deserialize)]
struct NodeId {
    #[serde(rename = "Addresses", default)]
    addresses: Option<Vec<String>>,
}

/// First wait between pin status reads; doubled up to [`PIN_POLL_MAX`].
const PIN_POLL_FIRST: Duration = Duration::from_millis(250);
const PIN_POLL_MAX: Duration = Duration::from_secs(5);

impl IpfsStore {
    pub fn new(config: IpfsConfig) -> Result<Self, StorageError> {
        let base = http_url(
            "storage.ipfs_api_url",
            &config.api_url,
            "GENIM_IPFS_API_BASIC_AUTH",
        )?;
        let base = base.trim_end_matches("/api/v0");
        let api = Url::parse(&format!("{base}/api/v0/")).map_err(|e| StorageError::Config {
            field: "storage.ipfs_api_url",
            reason: e.to_string(),
        })?;
        let gateway = match &config.gateway_url {
            Some(url) => Some(
                http_url("storage.ipfs_gateway_url", url, "nothing")?
                    .trim_end_matches("/ipfs")
                    .to_owned(),
            ),
            None => None,
        };
        let pinning = match &config.pinning {
            Some(service) => {
                let base = http_url(
                    "storage.ipfs_pinning_service_url",
                    &service.endpoint,
                    "GENIM_IPFS_PINNING_TOKEN",
                )?;
                let pins =
                    Url::parse(&format!("{base}/pins")).map_err(|e| StorageError::Config {
                        field: "storage.ipfs_pinning_service_url",
                        reason: e.to_string(),
                    })?;
                Some((pins, service.token.clone()))
            }
            None => None,
        };
        let http = reqwest::Client::builder()
            .timeout(config.request_timeout.max(Duration::from_secs(1)))
            .connect_timeout(Duration::from_secs(5))
            .build()
            .map_err(|e| StorageError::Task(format!("HTTP client: {e}")))?;
        Ok(Self {
            http,
            api,
            auth: config.auth,
            gateway,
            pinning,
            pin_timeout: config.pin_timeout,
            origins: tokio::sync::OnceCell::new(),
            local_dir: config.local_dir,
        })
    }

    /// The configured gateway (without `/ipfs`), if any.
    pub fn gateway(&self) -> Option<&str> {
        self.gateway.as_deref()
    }

    pub fn local_copy_path(&self, cid: &Cid) -> PathBuf {
        self.local_dir.join(IPFS_PREFIX).join(cid.to_string())
    }

    /// Keeps a local copy, adds the file to the node (pinned), checks the node's CID against
    /// our own, and asks the pinning service (if any) for one more pin. Returns the CID.
    pub async fn publish(&self, bytes: &[u8], name: &str) -> Result<Cid, StorageError> {
        let cid = unixfs::file_cid(bytes);
        local::write_once(&self.local_copy_path(&cid), bytes).await?;
        let answered = self.add(bytes, name).await?;
        if answered != cid {
            return Err(StorageError::CidMismatch {
                what: name.to_owned(),
                expected: cid,
                got: answered,
            });
        }
        if let Some((pins, token)) = &self.pinning {
            self.pin_remote(pins, token.expose(), &cid, name).await?;
        }
        Ok(cid)
    }

    /// Adds `files` (relative path, bytes) as one directory (pinned), checks the node's
    /// directory CID against our own, and asks the pinning service (if any) to pin it, under
    /// `name`. Returns the directory's CID. Used for the web page, which needs its relative
    /// paths (`assets/...`) to resolve under `/ipfs/<cid>/`.
    pub async fn publish_directory(
        &self,
        files: &[(&str, &[u8])],
        name: &str,
    ) -> Result<Cid, StorageError> {
        let tree = unixfs::Tree::new(files).map_err(|e| StorageError::Ipfs {
            op: "add",
            reason: e.to_string(),
        })?;
        let cid = tree.cid(unixfs::Import::KUBO_V1_RAW_LEAVES);
        let answered = self.add_directory(&tree).await?;
        if answered != cid {
            return Err(StorageError::CidMismatch {
                what: format!("the directory {name}"),
                expected: cid,
                got: answered,
            });
        }
        if let Some((pins, token)) = &self.pinning {
            self.pin_remote(pins, token.expose(), &cid, name).await?;
        }
        Ok(cid)
    }

    /// Adds a fixed small file, checks its CID and reads it back with `cat`.
    pub async fn probe(&self, bytes: &[u8]) -> Result<(), StorageError> {
        let cid = unixfs::file_cid(bytes);
        let answered = self.add(bytes, "genim-keeper-probe.txt").await?;
        if answered != cid {
            return Err(StorageError::CidMismatch {
                what: "the probe file".into(),
                expected: cid,
                got: answered,
            });
        }
        let read = self.cat(&cid).await?;
        if read != bytes {
            return Err(StorageError::ProbeMismatch {
                what: format!("IPFS probe file {cid} (cat)"),
            });
        }
        Ok(())
    }

    /// Reads the probe file through the gateway, if one is configured.
    pub async fn check_gateway(&self, bytes: &[u8]) -> Result<(), StorageError> {
        let Some(gateway) = &self.gateway else {
            return Ok(());
        };
        let url = format!("{gateway}/ipfs/{}", unixfs::file_cid(bytes));
        super::client::public_get_prefix(&self.http, &url, bytes).await
    }

    async fn add(&self, bytes: &[u8], name: &str) -> Result<Cid, StorageError> {
        let mut url = self.endpoint("add")?;
        url.query_pairs_mut().extend_pairs(ADD_QUERY);
        let part = Part::bytes(bytes.to_vec())
            .file_name(name.to_owned())
            .mime_str("application/octet-stream")
            .map_err(|e| failed("add", &url, e))?;
        let answer = self
            .rpc("add", url, Some(Form::new().part("file", part)))
            .await?;
        last_hash(&answer)
    }

    /// `add` with `wrap-with-directory`: the multipart body Kubo's own client sends, every
    /// directory as an `application/x-directory` part before its entries, every name the
    /// URL-encoded path from the root. Kubo answers a line per entry and the wrapping
    /// directory last.
    async fn add_directory(&self, tree: &unixfs::Tree<'_>) -> Result<Cid, StorageError> {
        let mut url = self.endpoint("add")?;
        url.query_pairs_mut()
            .extend_pairs(ADD_QUERY)
            .append_pair("wrap-with-directory", "true");
        // The names are encoded here; reqwest would encode the `%` again.
        let mut form = Form::new().percent_encode_noop();
        for (path, bytes) in tree.walk() {
            let (body, mime) = match bytes {
                Some(bytes) => (bytes.to_vec(), "application/octet-stream"),
                None => (Vec::new(), "application/x-directory"),
            };
            let part = Part::bytes(body)
                .file_name(encode_path(&path))
                .mime_str(mime)
                .map_err(|e| failed("add", &url, e))?;
            form = form.part("file", part);
        }
        let answer = self.rpc("add", url, Some(form)).await?;
        last_hash(&answer)
    }

    async fn cat(&self, cid: &Cid) -> Result<Vec<u8>, StorageError> {
        let mut url = self.endpoint("cat")?;
        url.query_pairs_mut().append_pair("arg", &cid.to_string());
        self.rpc("cat", url, None).await
    }

    fn endpoint(&self, command: &str) -> Result<Url, StorageError> {
        self.api.join(command).map_err(|e| StorageError::Ipfs {
            op: "url",
            reason: e.to_string(),
        })
    }

    /// POSTs to an RPC command (the Kubo RPC API takes only POST) and returns the answer body.
    async fn rpc(
        &self,
        op: &'static str,
        url: Url,
        form: Option<Form>,
    ) -> Result<Vec<u8>, StorageError> {
        let mut request = self.http.post(url.clone());
        if let Some(auth) = &self.auth {
            request = auth.apply(request);
        }
        if let Some(form) = form {
            request = request.multipart(form);
        }
        let response = request.send().await.map_err(|e| failed(op, &url, e))?;
        let status = response.status();
        let body = read_limited(response)
            .await
            .map_err(|e| failed(op, &url, e))?;
        if !status.is_success() {
            // Kubo answers errors as {"Message": ..., "Code": ..., "Type": "error"}.
            let text = String::from_utf8_lossy(&body);
            let message = serde_json::from_str::<AddLine>(&text)
                .ok()
                .and_then(|l| l.message)
                .unwrap_or_else(|| text.into_owned());
            return Err(StorageError::Ipfs {
                op,
                reason: format!(
                    "{} answered HTTP {status}: {}",
                    endpoint_name(&url),
                    clip(&message)
                ),
            });
        }
        Ok(body)
    }

    /// Asks the pinning service for a pin, naming this node's addresses (`origins`) so that it
    /// fetches from here, connects this node to the service's `delegates`, and waits until the
    /// service reports the pin `pinned` (an error if it fails, or is not done in `pin_timeout`).
    async fn pin_remote(
        &self,
        pins: &Url,
        token: &str,
        cid: &Cid,
        name: &str,
    ) -> Result<(), StorageError> {
        let origins = self.origins().await;
        let body = serde_json::json!({"cid": cid.to_string(), "name": name, "origins": origins});
        let request = self.http.post(pins.clone()).bearer_auth(token).json(&body);
        let mut pin = self.pin_status(request, pins).await?;
        self.connect_to_delegates(&pin.delegates).await;
        let status_url =
            pins.join(&format!("pins/{}", pin.requestid))
                .map_err(|e| StorageError::Ipfs {
                    op: "pin",
                    reason: format!("request id {:?}: {e}", clip(&pin.requestid)),
                })?;
        let started = tokio::time::Instant::now();
        let mut wait = PIN_POLL_FIRST;
        loop {
            match pin.status.as_str() {
                "pinned" => return Ok(()),
                "failed" => {
                    return Err(StorageError::Ipfs {
                        op: "pin",
                        reason: format!("the pinning service reports the pin of {cid} as failed"),
                    });
                }
                _ if started.elapsed() >= self.pin_timeout => {
                    return Err(StorageError::Ipfs {
                        op: "pin",
                        reason: format!(
                            "the pinning service has not pinned {cid} after {} s (status {:?})",
                            self.pin_timeout.as_secs(),
                            clip(&pin.status)
                        ),
                    });
                }
                _ => {}
            }
            tokio::time::sleep(wait).await;
            wait = (wait * 2).min(PIN_POLL_MAX);
            let request = self.http.get(status_url.clone()).bearer_auth(token);
            pin = self.pin_status(request, pins).await?;
        }
    }

    async fn pin_status(
        &self,
        request: reqwest::RequestBuilder,
        pins: &Url,
    ) -> Result<PinStatus, StorageError> {
        let response = request.send().await.map_err(|e| failed("pin", pins, e))?;
        let status = response.status();
        let answer = read_limited(response)
            .await
            .map_err(|e| failed("pin", pins, e))?;
        let text = String::from_utf8_lossy(&answer);
        if !status.is_success() {
            return Err(StorageError::Ipfs {
                op: "pin",
                reason: format!(
                    "{} answered HTTP {status}: {}",
                    endpoint_name(pins),
                    clip(&text)
                ),
            });
        }
        serde_json::from_str::<PinStatus>(&text).map_err(|e| StorageError::Ipfs {
            op: "pin",
            reason: format!("unexpected answer {:?}: {e}", clip(&text)),
        })
    }

    /// The node's addresses for a pin's `origins`, read once. Loopback addresses are left out
    /// unless there is nothing else (a local test node); a node that does not answer `id` gives
    /// none, which the service accepts.
    async fn origins(&self) -> Vec<String> {
        self.origins
            .get_or_init(|| async {
                let Ok(url) = self.endpoint("id") else {
                    return Vec::new();
                };
                let addresses = match self.rpc("id", url, None).await {
                    Ok(body) => serde_json::from_slice::<NodeId>(&body)
                        .ok()
                        .and_then(|id| id.addresses)
                        .unwrap_or_default(),
                    Err(error) => {
                        tracing::warn!(%error, "the IPFS node did not say its addresses; pins name no origins");
                        Vec::new()
                    }
                };
                let public: Vec<String> = addresses
                    .iter()
                    .filter(|a| !a.starts_with("/ip4/127.") && !a.starts_with("/ip6/::1/"))
                    .cloned()
                    .collect();
                if public.is_empty() { addresses } else { public }
            })
            .await
            .clone()
    }

    /// Best effort: the service fetches faster from a peer it is connected to.
    async fn connect_to_delegates(&self, delegates: &[String]) {
        for delegate in delegates {
            let Ok(mut url) = self.endpoint("swarm/connect") else {
                return;
            };
            url.query_pairs_mut().append_pair("arg", delegate);
            if let Err(error) = self.rpc("swarm/connect", url, None).await {
                tracing::debug!(%error, delegate, "could not connect to a pinning delegate");
            }
        }
    }
}

/// The CID of the last entry of an `add` answer (the file, or the wrapping directory), or the
/// node's error message.
fn last_hash(answer: &[u8]) -> Result<Cid, StorageError> {
    let mut hash = None;
    for line in String::from_utf8_lossy(answer).lines() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let parsed: AddLine = serde_json::from_str(line).map_err(|e| StorageError::Ipfs {
            op: "add",
            reason: format!("unexpected answer line {:?}: {e}", clip(line)),
        })?;
        if let Some(message) = parsed.message {
            return Err(StorageError::Ipfs {
                op: "add",
                reason: clip(&message),
            });
        }
        hash = parsed.hash.or(hash);
    }
    let hash = hash.ok_or_else(|| StorageError::Ipfs {
        op: "add",
        reason: "the answer names no CID".into(),
    })?;
    Cid::parse(&hash).map_err(|e| StorageError::Ipfs {
        op: "add",
        reason: e.to_string(),
    })
}

/// A path for a multipart file name as Kubo's client writes it (Go's `url.QueryEscape`, but
/// with `%20` for spaces, which both Go and JS decode): only unreserved bytes stay as they are.
fn encode_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for byte in path.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// An http(s) URL without credentials, query or fragment, trailing slashes trimmed.
fn http_url(field: &'static str, url: &str, credentials_env: &str) -> Result<String, StorageError> {
    let invalid = |reason: String| StorageError::Config { field, reason };
    let trimmed = url.trim().trim_end_matches('/');
    let parsed = Url::parse(trimmed).map_err(|e| invalid(format!("{trimmed:?}: {e}")))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(invalid("must be an http(s) URL".into()));
    }
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(invalid(format!(
            "must not contain credentials (use {credentials_env})"
        )));
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err(invalid("must not have a query or fragment".into()));
    }
    Ok(trimmed.to_owned())
}

async fn read_limited(mut response: reqwest::Response) -> Result<Vec<u8>, reqwest::Error> {
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await? {
        body.extend_from_slice(&chunk);
        if body.len() > MAX_ANSWER {
            body.truncate(MAX_ANSWER);
            break;
        }
    }
    Ok(body)
}

/// The URL without its query, for messages.
fn endpoint_name(url: &Url) -> String {
    let mut url = url.clone();
    url.set_query(None);
    url.to_string()
}

fn failed(op: &'static str, url: &Url, error: reqwest::Error) -> StorageError {
    StorageError::Ipfs {
        op,
        reason: format!("{}: {}", endpoint_name(url), http_error(error)),
    }
}

fn clip(text: &str) -> String {
    text.chars()
        .take(300)
        .collect::<String>()
        .replace(['\n', '\r'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_url_is_normalized_and_credentials_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        for url in [
            "http://127.0.0.1:5001",
            "http://127.0.0.1:5001/",
            "http://127.0.0.1:5001/api/v0",
            "http://127.0.0.1:5001/api/v0/",
        ] {
            let store = IpfsStore::new(IpfsConfig::new(url, dir.path())).unwrap();
            assert_eq!(store.api.as_str(), "http://127.0.0.1:5001/api/v0/", "{url}");
        }
        let err = IpfsStore::new(IpfsConfig::new(
            "https://id:hunter2@ipfs.example",
            dir.path(),
        ))
        .unwrap_err()
        .to_string();
        assert!(!err.contains("hunter2"), "{err}");
        assert!(err.contains("GENIM_IPFS_API_BASIC_AUTH"), "{err}");
        assert!(IpfsStore::new(IpfsConfig::new("ftp://x", dir.path())).is_err());
    }

    #[test]
    fn multipart_paths_keep_only_unreserved_bytes() {
        assert_eq!(encode_path("assets/app-1.js"), "assets%2Fapp-1.js");
        assert_eq!(encode_path("a b+ä%~_.txt"), "a%20b%2B%C3%A4%25~_.txt");
    }

    #[test]
    fn auth_debug_hides_secrets() {
        let basic = IpfsAuth::basic("project:s3cret").unwrap();
        let bearer = IpfsAuth::Bearer("tok3n".into());
        let shown = format!("{basic:?} {bearer:?}");
        assert!(
            !shown.contains("s3cret") && !shown.contains("tok3n"),
            "{shown}"
        );
        assert!(IpfsAuth::basic("no-colon").is_err());
    }
}
