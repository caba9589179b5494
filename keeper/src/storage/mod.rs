//! Content-addressed storage for images and metadata: on local disk (served by the keeper), in
//! an S3-compatible bucket (Scaleway Object Storage, AWS S3, SeaweedFS, MinIO), or published to
//! IPFS through the Kubo RPC API (a local Kubo node, Filebase, Infura, Storj, ...).
//!
//! Objects are named by their content (sha256 on disk and in buckets, the CID on IPFS), so a key
//! never changes meaning: writes are idempotent and a published link stays valid forever.
//! [`Storage::metadata_base_uri`] is the base URI the contract must hold for its `tokenURI` to
//! point at what the keeper stores (checked at start-up by `preflight`).

mod client;
pub mod ipfs;
mod local;
pub mod s3;

use crate::redact::Secret;
use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use object_store::ObjectStore;

pub use crate::cid::{Cid, CidError};
pub use crate::redact::{error_line, redact_credentials};
pub use ipfs::{IpfsAuth, IpfsConfig, PinningService};
pub use s3::S3Config;

use crate::config::StorageConfig;
use crate::metadata::{IPFS_BASE_URI, MAX_METADATA_BYTES, sha256};

const IMAGES_PREFIX: &str = "images";
const METADATA_PREFIX: &str = "metadata";
/// Local copies of what the ipfs backend published, by CID.
const IPFS_PREFIX: &str = "ipfs";
/// The object [`Storage::probe`] overwrites on local disk and in buckets.
/// Under `metadata/`: a bucket must serve that prefix publicly, so the public read check uses it.
pub const PROBE_KEY: &str = "metadata/genim-keeper-probe.txt";
/// How every probe object starts; the rest makes each probe's bytes unique.
const PROBE_PREFIX: &[u8] = b"genim keeper storage probe\n";
const MAX_KEY_LEN: usize = 512;
/// Content-addressed objects never change, so caches may keep them for good.
pub const IMMUTABLE_CACHE_CONTROL: &str = "public, max-age=31536000, immutable";

/// Environment variables holding secrets for the storage backends (never in the config file).
pub const AWS_ACCESS_KEY_ID_ENV: &str = "AWS_ACCESS_KEY_ID";
pub const AWS_SECRET_ACCESS_KEY_ENV: &str = "AWS_SECRET_ACCESS_KEY";
pub const IPFS_API_TOKEN_ENV: &str = "GENIM_IPFS_API_TOKEN";
pub const IPFS_API_BASIC_AUTH_ENV: &str = "GENIM_IPFS_API_BASIC_AUTH";
pub const IPFS_PINNING_TOKEN_ENV: &str = "GENIM_IPFS_PINNING_TOKEN";

/// Every message that may carry a URL passes through [`redact_credentials`].
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("invalid storage key {key:?}: {reason}")]
    InvalidKey { key: String, reason: &'static str },
    #[error("unsupported image content type {0:?}: expected image/png, image/jpeg or image/webp")]
    UnsupportedContentType(String),
    #[error("invalid public base URL {}: {reason}", redact_credentials(url))]
    InvalidPublicBaseUrl { url: String, reason: String },
    #[error(
        "invalid S3 configuration for bucket {bucket:?}: {}",
        redact_credentials(reason)
    )]
    S3Config { bucket: String, reason: String },
    #[error("invalid {field}: {}", redact_credentials(reason))]
    Config { field: &'static str, reason: String },
    #[error("{op} {path}: {source}", path = path.display())]
    Io {
        op: &'static str,
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("object store {op} {key}: {}", error_line(&source.to_string()))]
    ObjectStore {
        op: &'static str,
        key: String,
        source: object_store::Error,
    },
    #[error("IPFS {op}: {}", error_line(reason))]
    Ipfs { op: &'static str, reason: String },
    #[error(
        "the IPFS node answered CID {got} for {what}, but its bytes have CID {expected} \
         (cid-version=1, raw-leaves, 256 KiB chunks); refusing to link to it"
    )]
    CidMismatch {
        what: String,
        expected: Cid,
        got: Cid,
    },
    #[error(
        "metadata of {size} bytes is more than one {limit}-byte IPFS block: its CID would not be \
         the one the contract derives"
    )]
    MetadataTooLarge { size: usize, limit: usize },
    #[error("{what}: did not read back what was written")]
    ProbeMismatch { what: String },
    #[error(
        "public read of {}: {}",
        redact_credentials(url),
        redact_credentials(reason)
    )]
    PublicRead { url: String, reason: String },
    #[error("storage task failed: {0}")]
    Task(String),
}

/// A stored object: its sha256, its key inside the store (for ipfs, `ipfs/<cid>`, the local
/// copy) and the link written into metadata (`https://...` or `ipfs://<cid>`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredObject {
    pub sha256: [u8; 32],
    pub key: String,
    pub uri: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageKind {
    Local,
    ObjectStore,
    Ipfs,
}

enum Backend {
    Local(local::LocalStore),
    ObjectStore(s3::Bucket),
    Ipfs(Box<ipfs::IpfsStore>),
}

/// Content-addressed store with public links; see the module documentation.
pub struct Storage {
    backend: Backend,
}

impl fmt::Debug for Storage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.backend {
            Backend::Local(store) => fmt::Debug::fmt(store, f),
            Backend::ObjectStore(bucket) => fmt::Debug::fmt(bucket, f),
            Backend::Ipfs(store) => fmt::Debug::fmt(store, f),
        }
    }
}

impl Storage {
    /// Files under `dir`, published at `public_base_url` (where the keeper serves `dir`).
    pub fn local(dir: impl Into<PathBuf>, public_base_url: &str) -> Result<Self, StorageError> {
        Ok(Self {
            backend: Backend::Local(local::LocalStore {
                dir: dir.into(),
                public_base_url: normalize_base_url(public_base_url)?,
            }),
        })
    }

    /// Any `object_store` implementation, published at `public_base_url`.
    pub fn object_store(
        store: Arc<dyn ObjectStore>,
        public_base_url: &str,
    ) -> Result<Self, StorageError> {
        Ok(Self {
            backend: Backend::ObjectStore(s3::Bucket::new(
                store,
                normalize_base_url(public_base_url)?,
            )?),
        })
    }

    /// An S3-compatible bucket. Only configures the client; nothing is sent until first use.
    pub fn s3(config: &S3Config) -> Result<Self, StorageError> {
        Self::object_store(Arc::new(s3::build(config)?), &config.public_base_url)
    }

    /// Publishes to IPFS through the Kubo RPC API; keeps a copy of every file under
    /// `config.local_dir` (to serve it and to re-pin it if a service ever loses it).
    pub fn ipfs(config: IpfsConfig) -> Result<Self, StorageError> {
        Ok(Self {
            backend: Backend::Ipfs(Box::new(ipfs::IpfsStore::new(config)?)),
        })
    }

    /// The backend `config` describes, with its secrets from the environment.
    pub fn from_config(config: &StorageConfig) -> Result<Self, StorageError> {
        let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        let timeout = Duration::from_secs(config.request_timeout_secs);
        match config.backend.as_str() {
            "local" => Self::local(&config.dir, &config.public_base_url),
            "s3" => Self::s3(&S3Config {
                endpoint: (!config.endpoint.is_empty()).then(|| config.endpoint.clone()),
                region: config.region.clone(),
                bucket: config.bucket.clone(),
                access_key_id: env(AWS_ACCESS_KEY_ID_ENV).unwrap_or_default(),
                secret_access_key: env(AWS_SECRET_ACCESS_KEY_ENV).unwrap_or_default().into(),
                allow_http: config.allow_http,
                public_base_url: config.public_base_url.clone(),
                request_timeout: timeout,
            }),
            "ipfs" => {
                let auth = match (env(IPFS_API_TOKEN_ENV), env(IPFS_API_BASIC_AUTH_ENV)) {
                    (Some(_), Some(_)) => {
                        return Err(StorageError::Config {
                            field: "IPFS API credentials",
                            reason: format!(
                                "set {IPFS_API_TOKEN_ENV} or {IPFS_API_BASIC_AUTH_ENV}, not both"
                            ),
                        });
                    }
                    (Some(token), None) => Some(IpfsAuth::Bearer(token.into())),
                    (None, Some(pair)) => Some(IpfsAuth::basic(&pair)?),
                    (None, None) => None,
                };
                let pinning = if config.ipfs_pinning_service_url.is_empty() {
                    None
                } else {
                    Some(PinningService {
                        endpoint: config.ipfs_pinning_service_url.clone(),
                        token: env(IPFS_PINNING_TOKEN_ENV).map(Secret::new).ok_or(
                            StorageError::Config {
                                field: "storage.ipfs_pinning_service_url",
                                reason: format!(
                                    "the pinning service needs a token in {IPFS_PINNING_TOKEN_ENV}"
                                ),
                            },
                        )?,
                    })
                };
                Self::ipfs(IpfsConfig {
                    api_url: config.ipfs_api_url.clone(),
                    auth,
                    gateway_url: (!config.ipfs_gateway_url.is_empty())
                        .then(|| config.ipfs_gateway_url.clone()),
                    pinning,
                    local_dir: config.dir.clone(),
                    request_timeout: timeout,
                    pin_timeout: Duration::from_secs(config.ipfs_pin_timeout_secs.max(1)),
                })
            }
            other => Err(StorageError::Config {
                field: "storage.backend",
                reason: format!("unknown backend {other:?} (expected local, s3 or ipfs)"),
            }),
        }
    }

    pub fn kind(&self) -> StorageKind {
        match &self.backend {
            Backend::Local(_) => StorageKind::Local,
            Backend::ObjectStore(_) => StorageKind::ObjectStore,
            Backend::Ipfs(_) => StorageKind::Ipfs,
        }
    }

    /// Where files are publicly readable over HTTP (local and bucket backends), without a
    /// trailing slash.
    pub fn public_base_url(&self) -> Option<&str> {
        match &self.backend {
            Backend::Local(store) => Some(&store.public_base_url),
            Backend::ObjectStore(bucket) => Some(bucket.public_base_url()),
            Backend::Ipfs(_) => None,
        }
    }

    /// The base URI the contract must hold so that its `tokenURI` is where we store metadata:
    /// `ipfs://` (the contract then answers `ipfs://<cid>`), else `<public_base_url>/metadata/`.
    pub fn metadata_base_uri(&self) -> String {
        match self.public_base_url() {
            Some(base) => format!("{base}/{METADATA_PREFIX}/"),
            None => IPFS_BASE_URI.to_owned(),
        }
    }

    /// The public URL of a key (local and bucket backends).
    pub fn public_url(&self, key: &str) -> Option<String> {
        self.public_base_url().map(|base| format!("{base}/{key}"))
    }

    /// The key under which this backend keeps the object a link of ours names: `ipfs://<cid>`
    /// → `ipfs/<cid>`, `<public_base_url>/<key>` → `<key>`. `None` for links of elsewhere.
    pub fn key_of_uri(&self, uri: &str) -> Option<String> {
        if let Some(cid) = uri.strip_prefix(IPFS_BASE_URI) {
            return (self.kind() == StorageKind::Ipfs).then(|| format!("{IPFS_PREFIX}/{cid}"));
        }
        let key = uri
            .strip_prefix(self.public_base_url()?)?
            .strip_prefix('/')?;
        validate_key(key).is_ok().then(|| key.to_owned())
    }

    /// Stores an image: at `images/<sha256>.<ext>`, or on IPFS (link `ipfs://<cid>`).
    pub async fn put_image(
        &self,
        bytes: &[u8],
        content_type: &str,
    ) -> Result<StoredObject, StorageError> {
        let (content_type, extension) = image_type(content_type)?;
        self.put(IMAGES_PREFIX, extension, content_type, bytes)
            .await
    }

    /// Stores metadata JSON: at `metadata/<sha256>.json`, or on IPFS. Either way its link
    /// equals the contract's `tokenURI` when the contract's base URI is
    /// [`Self::metadata_base_uri`] (on IPFS the node's CID is checked against the contract's
    /// rule).
    pub async fn put_metadata(&self, json: &[u8]) -> Result<StoredObject, StorageError> {
        if self.kind() == StorageKind::Ipfs && json.len() > MAX_METADATA_BYTES {
            return Err(StorageError::MetadataTooLarge {
                size: json.len(),
                limit: MAX_METADATA_BYTES,
            });
        }
        self.put(METADATA_PREFIX, "json", "application/json", json)
            .await
    }

    async fn put(
        &self,
        prefix: &str,
        extension: &str,
        content_type: &'static str,
        bytes: &[u8],
    ) -> Result<StoredObject, StorageError> {
        let digest = sha256(bytes);
        let name = format!("{}.{extension}", hex::encode(digest));
        match &self.backend {
            Backend::Local(store) => {
                let key = format!("{prefix}/{name}");
                store.write(&key, bytes).await?;
                Ok(StoredObject {
                    sha256: digest,
                    uri: format!("{}/{key}", store.public_base_url),
                    key,
                })
            }
            Backend::ObjectStore(bucket) => {
                let key = format!("{prefix}/{name}");
                bucket.write_once(&key, bytes, content_type).await?;
                Ok(StoredObject {
                    sha256: digest,
                    uri: format!("{}/{key}", bucket.public_base_url()),
                    key,
                })
            }
            Backend::Ipfs(store) => {
                let cid = store.publish(bytes, &name).await?;
                Ok(StoredObject {
                    sha256: digest,
                    key: format!("{IPFS_PREFIX}/{cid}"),
                    uri: format!("{IPFS_BASE_URI}{cid}"),
                })
            }
        }
    }

    /// Where a public link can be fetched over HTTP: `ipfs://<cid>` through `gateway` (else the
    /// configured `storage.ipfs_gateway_url`), an http(s) link as it is.
    pub fn fetch_url(&self, uri: &str, gateway: Option<&str>) -> Option<String> {
        if let Some(cid) = uri.strip_prefix(IPFS_BASE_URI) {
            let configured = match &self.backend {
                Backend::Ipfs(store) => store.gateway(),
                _ => None,
            };
            let base = gateway.or(configured)?.trim_end_matches('/');
            let base = base.trim_end_matches("/ipfs");
            return Some(format!("{base}/ipfs/{cid}"));
        }
        (uri.starts_with("https://") || uri.starts_with("http://")).then(|| uri.to_owned())
    }

    /// Adds `files` (relative path, bytes) to IPFS as one directory, checked against the locally
    /// computed CID and pinned (on the node, and by the pinning service if configured); returns
    /// the directory's CID and the configured gateway. Only the ipfs backend publishes
    /// directories.
    pub async fn publish_directory(
        &self,
        files: &[(&str, &[u8])],
        name: &str,
    ) -> Result<(Cid, Option<String>), StorageError> {
        let Backend::Ipfs(store) = &self.backend else {
            return Err(StorageError::Config {
                field: "storage.backend",
                reason: "publishing a directory needs the ipfs backend".into(),
            });
        };
        let cid = store.publish_directory(files, name).await?;
        Ok((cid, store.gateway().map(str::to_owned)))
    }

    /// Publishes again this keeper's own copy of an `ipfs://<cid>` link (added to the node and
    /// pinned, as when it was first published). `false` when the backend is not ipfs or no local
    /// copy of that CID exists.
    pub async fn republish(&self, uri: &str) -> Result<bool, StorageError> {
        let (Backend::Ipfs(store), Some(cid)) = (&self.backend, uri.strip_prefix(IPFS_BASE_URI))
        else {
            return Ok(false);
        };
        let Some(bytes) = self.get(&format!("{IPFS_PREFIX}/{cid}")).await? else {
            return Ok(false);
        };
        store.publish(&bytes, cid).await?;
        Ok(true)
    }

    /// The bytes under `key`, or `None` if there is no such object (for ipfs: the local copy,
    /// key `ipfs/<cid>`).
    pub async fn get(&self, key: &str) -> Result<Option<Bytes>, StorageError> {
        validate_key(key)?;
        match &self.backend {
            Backend::Local(store) => local::read(&store.dir.join(key)).await,
            Backend::ObjectStore(bucket) => bucket.read(key).await,
            Backend::Ipfs(_) => match self.local_file(key)? {
                Some(path) => local::read(&path).await,
                None => Ok(None),
            },
        }
        .map(|found| found.map(Bytes::from))
    }

    /// Where the file of `key` lives on this machine, for serving it: stored files of the
    /// local backend (`images/...`, `metadata/...`) and local copies of the ipfs backend
    /// (`ipfs/<cid>`). `None` for keys this backend does not keep on disk.
    pub fn local_file(&self, key: &str) -> Result<Option<PathBuf>, StorageError> {
        validate_key(key)?;
        let (prefix, name) = key.split_once('/').unwrap_or(("", key));
        Ok(match &self.backend {
            Backend::Local(store) if matches!(prefix, IMAGES_PREFIX | METADATA_PREFIX) => {
                Some(store.dir.join(key))
            }
            Backend::Ipfs(store) if prefix == IPFS_PREFIX => {
                // Only canonical CIDs name files, so one file has one name.
                let cid = Cid::parse(name).map_err(|_| StorageError::InvalidKey {
                    key: key.to_owned(),
                    reason: "not a CID",
                })?;
                Some(store.local_copy_path(&cid))
            }
            _ => None,
        })
    }

    /// Writes an object and reads it back (for ipfs: adds a fixed probe file, checks its CID
    /// and reads it back from the node). Proves the backend is reachable, the credentials
    /// work and writes are allowed; cheap enough to repeat while waiting for storage to return
    /// after an outage.
    pub async fn probe(&self) -> Result<(), StorageError> {
        match &self.backend {
            Backend::Local(store) => store.probe(&probe_bytes()).await,
            Backend::ObjectStore(bucket) => bucket.probe(&probe_bytes()).await,
            Backend::Ipfs(store) => store.probe(PROBE_PREFIX).await,
        }
    }

    /// Reads the probe object back through its public link, as a marketplace would: through
    /// `public_base_url` for a bucket, through `storage.ipfs_gateway_url` (when set) for ipfs.
    /// Nothing to check for the local backend, whose files the keeper itself serves.
    pub async fn check_public_read(&self) -> Result<(), StorageError> {
        match &self.backend {
            Backend::Local(_) => Ok(()),
            Backend::ObjectStore(bucket) => {
                let url = format!("{}/{PROBE_KEY}", bucket.public_base_url());
                bucket.check_public_read(&url, PROBE_PREFIX).await
            }
            Backend::Ipfs(store) => store.check_gateway(PROBE_PREFIX).await,
        }
    }
}

/// What a probe writes: a fixed prefix (recognizable in a bucket listing, and what a cached
/// public copy still starts with) and a unique tail, so a read-back of an older probe fails.
fn probe_bytes() -> Vec<u8> {
    let mut bytes = PROBE_PREFIX.to_vec();
    bytes.extend_from_slice(format!("{:032x}\n", rand::random::<u128>()).as_bytes());
    bytes
}

/// The content type to serve a stored key with, judged by its extension.
pub fn content_type_for_key(key: &str) -> &'static str {
    match key.rsplit_once('.').map(|(_, ext)| ext) {
        Some("png") => "image/png",
        Some("jpg") => "image/jpeg",
        Some("webp") => "image/webp",
        Some("json") => "application/json",
        Some("txt") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// The content type of a file by its first bytes: what the keeper publishes is PNG, JPEG,
/// WebP or JSON, and an IPFS link carries no extension.
pub fn sniff_content_type(head: &[u8]) -> &'static str {
    if head.starts_with(b"\x89PNG\r\n\x1a\n") {
        "image/png"
    } else if head.starts_with(b"\xff\xd8\xff") {
        "image/jpeg"
    } else if head.len() >= 12 && head.starts_with(b"RIFF") && &head[8..12] == b"WEBP" {
        "image/webp"
    } else if head.starts_with(b"{") {
        "application/json"
    } else {
        "application/octet-stream"
    }
}

/// Trims trailing slashes; requires http(s) without credentials, query or fragment (the URL
/// ends up in public metadata).
fn normalize_base_url(url: &str) -> Result<String, StorageError> {
    let trimmed = url.trim().trim_end_matches('/');
    let invalid = |reason: String| StorageError::InvalidPublicBaseUrl {
        url: url.to_owned(),
        reason,
    };
    let parsed = url::Url::parse(trimmed).map_err(|e| invalid(e.to_string()))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(invalid("scheme must be http or https".into()));
    }
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(invalid(
            "must not contain credentials (it is written into public metadata)".into(),
        ));
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err(invalid("must not have a query or fragment".into()));
    }
    Ok(trimmed.to_owned())
}

fn image_type(content_type: &str) -> Result<(&'static str, &'static str), StorageError> {
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    match essence.as_str() {
        "image/png" => Ok(("image/png", "png")),
        "image/jpeg" | "image/jpg" => Ok(("image/jpeg", "jpg")),
        "image/webp" => Ok(("image/webp", "webp")),
        _ => Err(StorageError::UnsupportedContentType(
            content_type.to_owned(),
        )),
    }
}

/// Accepts relative keys made of `[A-Za-z0-9._-]` segments. No segment may be empty or start
/// with a dot, which rules out `..` escapes and our own in-flight temp files.
fn validate_key(key: &str) -> Result<(), StorageError> {
    let invalid = |reason| StorageError::InvalidKey {
        key: key.chars().take(100).collect(),
        reason,
    };
    if key.is_empty() || key.len() > MAX_KEY_LEN {
        return Err(invalid("must be 1 to 512 bytes long"));
    }
    if key.starts_with('/') {
        return Err(invalid("must be relative"));
    }
    for segment in key.split('/') {
        if segment.is_empty() {
            return Err(invalid("has an empty path segment"));
        }
        if segment.starts_with('.') {
            return Err(invalid("has a path segment starting with '.'"));
        }
        let allowed = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-');
        if !segment.chars().all(allowed) {
            return Err(invalid(
                "may only contain A-Z, a-z, 0-9, '.', '_', '-' and '/'",
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cid::unixfs;

    #[test]
    fn accepts_store_keys() {
        for key in ["images/ab12.png", "metadata/ff.json", "a", "x/y-z_1.webp"] {
            assert!(validate_key(key).is_ok(), "{key}");
        }
    }

    #[test]
    fn rejects_escaping_and_odd_keys() {
        for key in [
            "",
            "..",
            "../etc/passwd",
            "images/../../x",
            "/etc/passwd",
            "images//x.png",
            "images/.x.png.tmp",
            "images\\..\\x",
            "C:/x",
            "images/x.png/",
            "images/ä.png",
        ] {
            assert!(
                matches!(validate_key(key), Err(StorageError::InvalidKey { .. })),
                "{key:?} must be rejected"
            );
        }
    }

    #[test]
    fn maps_content_types() {
        assert_eq!(image_type("image/png").unwrap(), ("image/png", "png"));
        assert_eq!(
            image_type("IMAGE/JPEG; q=1").unwrap(),
            ("image/jpeg", "jpg")
        );
        assert!(image_type("text/html").is_err());
        assert_eq!(content_type_for_key("metadata/ab.json"), "application/json");
        assert_eq!(content_type_for_key("images/ab.jpg"), "image/jpeg");
        assert_eq!(sniff_content_type(b"\x89PNG\r\n\x1a\nxx"), "image/png");
        assert_eq!(sniff_content_type(b"RIFF\0\0\0\0WEBPVP8"), "image/webp");
        assert_eq!(sniff_content_type(br#"{"name":1}"#), "application/json");
        assert_eq!(sniff_content_type(b""), "application/octet-stream");
    }

    #[test]
    fn validates_public_base_url() {
        assert_eq!(
            normalize_base_url("https://cdn.example/x//").unwrap(),
            "https://cdn.example/x"
        );
        assert!(normalize_base_url("cdn.example").is_err());
        assert!(normalize_base_url("https://cdn.example/?a=1").is_err());
        let err = normalize_base_url("https://user:hunter2@cdn.example").unwrap_err();
        assert!(!err.to_string().contains("hunter2"), "{err}");
    }

    #[test]
    fn links_of_ours_map_back_to_their_keys() {
        let dir = tempfile::tempdir().unwrap();
        let local = Storage::local(dir.path(), "https://cdn.example/files").unwrap();
        assert_eq!(
            local.key_of_uri("https://cdn.example/files/images/ab.png"),
            Some("images/ab.png".into())
        );
        for foreign in [
            "https://cdn.example/filesx/images/ab.png",
            "https://elsewhere.example/files/images/ab.png",
            "https://cdn.example/files/../secret",
            "ipfs://bafkqaaa",
        ] {
            assert_eq!(local.key_of_uri(foreign), None, "{foreign}");
        }
        let ipfs = Storage::ipfs(IpfsConfig::new("http://127.0.0.1:5001", dir.path())).unwrap();
        let cid = unixfs::file_cid(b"x");
        assert_eq!(
            ipfs.key_of_uri(&format!("ipfs://{cid}")),
            Some(format!("ipfs/{cid}"))
        );
    }

    #[test]
    fn ipfs_local_files_are_named_by_canonical_cid() {
        let dir = tempfile::tempdir().unwrap();
        let storage = Storage::ipfs(IpfsConfig::new("http://127.0.0.1:5001", dir.path())).unwrap();
        let cid = unixfs::file_cid(b"x");
        let path = storage.local_file(&format!("ipfs/{cid}")).unwrap().unwrap();
        assert!(path.ends_with(format!("ipfs/{cid}")), "{}", path.display());
        assert!(storage.local_file("ipfs/notacid").is_err());
        assert_eq!(storage.local_file("images/x.png").unwrap(), None);
        assert_eq!(storage.metadata_base_uri(), "ipfs://");
        assert_eq!(storage.public_base_url(), None);
    }

    #[tokio::test]
    async fn ipfs_refuses_metadata_beyond_one_block_before_sending_it() {
        let dir = tempfile::tempdir().unwrap();
        // Nothing listens there: the check comes first.
        let storage = Storage::ipfs(IpfsConfig::new("http://127.0.0.1:1", dir.path())).unwrap();
        let json = vec![b' '; MAX_METADATA_BYTES + 1];
        assert!(matches!(
            storage.put_metadata(&json).await,
            Err(StorageError::MetadataTooLarge { .. })
        ));
    }
}
