//! Content-addressed storage for images and metadata, on local disk or in an S3-compatible
//! bucket (Scaleway Object Storage, AWS S3, MinIO).
//!
//! Objects are named by the sha256 of their bytes, so a key never changes meaning: writes are
//! idempotent and a published URL stays valid forever.

use std::fmt;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use bytes::Bytes;
use object_store::aws::AmazonS3Builder;
use object_store::path::Path as ObjectPath;
use object_store::{Attribute, Attributes, GetOptions, ObjectStore, PutOptions, PutPayload};
use url::Url;

use crate::metadata::sha256;

const IMAGES_PREFIX: &str = "images";
const METADATA_PREFIX: &str = "metadata";
const MAX_KEY_LEN: usize = 512;
/// Content-addressed objects never change, so caches may keep them for good.
const IMMUTABLE_CACHE_CONTROL: &str = "public, max-age=31536000, immutable";

/// What [`Storage::probe`] writes (content-addressed, so every probe writes the same object).
const PROBE_OBJECT: &[u8] = br#"{"genim":"storage probe"}"#;

#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("storage probe {key} did not read back what was written")]
    ProbeMismatch { key: String },
    #[error("invalid storage key {key:?}: {reason}")]
    InvalidKey { key: String, reason: &'static str },
    #[error("unsupported image content type {0:?}: expected image/png, image/jpeg or image/webp")]
    UnsupportedContentType(String),
    #[error("invalid public base URL {url:?}: {reason}")]
    InvalidPublicBaseUrl { url: String, reason: String },
    #[error("invalid S3 configuration for bucket {bucket:?}: {reason}")]
    S3Config { bucket: String, reason: String },
    #[error("{op} {path}: {source}", path = path.display())]
    Io {
        op: &'static str,
        path: PathBuf,
        source: io::Error,
    },
    #[error("object store {op} {key}: {source}")]
    ObjectStore {
        op: &'static str,
        key: String,
        source: object_store::Error,
    },
    #[error("storage task failed: {0}")]
    Task(String),
}

/// A stored object: its content hash, its key inside the store and its public URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredObject {
    pub sha256: [u8; 32],
    pub key: String,
    pub uri: String,
}

/// Settings for an S3-compatible bucket. `Debug` hides the secret key.
#[derive(Clone, PartialEq, Eq)]
pub struct S3Config {
    /// e.g. `https://s3.fr-par.scw.cloud`; `None` means AWS itself.
    pub endpoint: Option<String>,
    pub region: String,
    pub bucket: String,
    pub access_key_id: String,
    pub secret_access_key: String,
    /// Needed for plain-HTTP endpoints such as a local MinIO.
    pub allow_http: bool,
    /// Where the bucket's objects are publicly readable, e.g.
    /// `https://my-bucket.s3.fr-par.scw.cloud`.
    pub public_base_url: String,
}

impl fmt::Debug for S3Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("S3Config")
            .field("endpoint", &self.endpoint)
            .field("region", &self.region)
            .field("bucket", &self.bucket)
            .field("access_key_id", &self.access_key_id)
            .field("secret_access_key", &"***")
            .field("allow_http", &self.allow_http)
            .field("public_base_url", &self.public_base_url)
            .finish()
    }
}

enum Backend {
    /// Files under `dir`, served by the keeper's own HTTP server.
    Local {
        dir: PathBuf,
    },
    ObjectStore {
        store: Arc<dyn ObjectStore>,
    },
}

/// Content-addressed store with public URLs; see the module documentation.
pub struct Storage {
    backend: Backend,
    /// Without trailing slash.
    public_base_url: String,
}

impl fmt::Debug for Storage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut debug = f.debug_struct("Storage");
        match &self.backend {
            Backend::Local { dir } => debug.field("local_dir", dir),
            // Display, not Debug: it names the store without dumping its client configuration.
            Backend::ObjectStore { store } => debug.field("object_store", &store.to_string()),
        };
        debug
            .field("public_base_url", &self.public_base_url)
            .finish()
    }
}

impl Storage {
    /// Files under `dir`, published at `public_base_url` (where the keeper serves `dir`).
    pub fn local(dir: impl Into<PathBuf>, public_base_url: &str) -> Result<Self, StorageError> {
        Ok(Self {
            backend: Backend::Local { dir: dir.into() },
            public_base_url: normalize_base_url(public_base_url)?,
        })
    }

    /// Any `object_store` implementation, published at `public_base_url`.
    pub fn object_store(
        store: Arc<dyn ObjectStore>,
        public_base_url: &str,
    ) -> Result<Self, StorageError> {
        Ok(Self {
            backend: Backend::ObjectStore { store },
            public_base_url: normalize_base_url(public_base_url)?,
        })
    }

    /// An S3-compatible bucket. Only configures the client; nothing is sent until first use.
    pub fn s3(config: &S3Config) -> Result<Self, StorageError> {
        Self::object_store(Arc::new(build_s3(config)?), &config.public_base_url)
    }

    /// The base URI to configure in the contract so its `tokenURI` points at our metadata.
    pub fn metadata_base_uri(&self) -> String {
        format!("{}/{METADATA_PREFIX}/", self.public_base_url)
    }

    /// The public URL of a key.
    pub fn public_url(&self, key: &str) -> String {
        format!("{}/{key}", self.public_base_url)
    }

    /// Stores an image at `images/<sha256>.<ext>`.
    pub async fn put_image(
        &self,
        bytes: &[u8],
        content_type: &str,
    ) -> Result<StoredObject, StorageError> {
        let (content_type, extension) = image_type(content_type)?;
        self.put_content_addressed(IMAGES_PREFIX, extension, content_type, bytes)
            .await
    }

    /// Stores metadata JSON at `metadata/<sha256>.json`; its URL equals the contract's
    /// `tokenURI` when the contract's base URI is [`Self::metadata_base_uri`].
    pub async fn put_metadata(&self, json: &[u8]) -> Result<StoredObject, StorageError> {
        self.put_content_addressed(METADATA_PREFIX, "json", "application/json", json)
            .await
    }

    /// Writes a small fixed object and reads it back: proves storage is reachable and writable.
    pub async fn probe(&self) -> Result<(), StorageError> {
        let stored = self.put_metadata(PROBE_OBJECT).await?;
        match self.get(&stored.key).await? {
            Some(bytes) if bytes.as_ref() == PROBE_OBJECT => Ok(()),
            _ => Err(StorageError::ProbeMismatch { key: stored.key }),
        }
    }

    /// The bytes under `key`, or `None` if there is no such object.
    pub async fn get(&self, key: &str) -> Result<Option<Bytes>, StorageError> {
        validate_key(key)?;
        match &self.backend {
            Backend::Local { dir } => read_local(&dir.join(key)).await,
            Backend::ObjectStore { store } => read_object(store.as_ref(), key).await,
        }
    }

    async fn put_content_addressed(
        &self,
        prefix: &str,
        extension: &str,
        content_type: &'static str,
        bytes: &[u8],
    ) -> Result<StoredObject, StorageError> {
        let digest = sha256(bytes);
        let key = format!("{prefix}/{}.{extension}", hex::encode(digest));
        match &self.backend {
            Backend::Local { dir } => write_local(&dir.join(&key), bytes).await?,
            Backend::ObjectStore { store } => {
                write_object(store.as_ref(), &key, bytes, content_type).await?
            }
        }
        Ok(StoredObject {
            sha256: digest,
            uri: self.public_url(&key),
            key,
        })
    }
}

/// The content type to serve a stored key with, judged by its extension.
pub fn content_type_for_key(key: &str) -> &'static str {
    match key.rsplit_once('.').map(|(_, ext)| ext) {
        Some("png") => "image/png",
        Some("jpg") => "image/jpeg",
        Some("webp") => "image/webp",
        Some("json") => "application/json",
        _ => "application/octet-stream",
    }
}

fn build_s3(config: &S3Config) -> Result<object_store::aws::AmazonS3, StorageError> {
    let invalid = |reason: String| StorageError::S3Config {
        bucket: config.bucket.clone(),
        reason,
    };
    if config.bucket.trim().is_empty() || config.region.trim().is_empty() {
        return Err(invalid("bucket and region must not be empty".into()));
    }
    // `new()` rather than `from_env()`: the configuration must be exactly what we were given.
    let mut builder = AmazonS3Builder::new()
        .with_region(&config.region)
        .with_bucket_name(&config.bucket)
        .with_allow_http(config.allow_http);
    // Empty credentials are left out so the builder can report a half-given pair (or fall back
    // to instance credentials when both are absent).
    if !config.access_key_id.is_empty() {
        builder = builder.with_access_key_id(&config.access_key_id);
    }
    if !config.secret_access_key.is_empty() {
        builder = builder.with_secret_access_key(&config.secret_access_key);
    }
    if let Some(endpoint) = &config.endpoint {
        builder = builder.with_endpoint(endpoint);
    }
    builder.build().map_err(|e| invalid(e.to_string()))
}

fn normalize_base_url(url: &str) -> Result<String, StorageError> {
    let trimmed = url.trim().trim_end_matches('/');
    let invalid = |reason: String| StorageError::InvalidPublicBaseUrl {
        url: url.to_owned(),
        reason,
    };
    let parsed = Url::parse(trimmed).map_err(|e| invalid(e.to_string()))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(invalid("scheme must be http or https".into()));
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

fn io_error(op: &'static str, path: &Path) -> impl FnOnce(io::Error) -> StorageError {
    let path = path.to_owned();
    move |source| StorageError::Io { op, path, source }
}

async fn read_local(path: &Path) -> Result<Option<Bytes>, StorageError> {
    match tokio::fs::read(path).await {
        Ok(bytes) => Ok(Some(Bytes::from(bytes))),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(io_error("read", path)(e)),
    }
}

/// Writes unless an object of the same size is already there; with content-addressed names,
/// same name and size means same content (renames are atomic, so no half-written file exists).
async fn write_local(path: &Path, bytes: &[u8]) -> Result<(), StorageError> {
    match tokio::fs::metadata(path).await {
        Ok(existing) if existing.len() == bytes.len() as u64 => return Ok(()),
        Ok(_) => {}
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(io_error("inspect", path)(e)),
    }
    let path = path.to_owned();
    let bytes = bytes.to_vec();
    tokio::task::spawn_blocking(move || write_atomically(&path, &bytes))
        .await
        .map_err(|e| StorageError::Task(e.to_string()))?
}

/// Temp file in the same directory, fsync, rename, fsync the directory: after a crash the
/// final name holds either nothing or the complete file.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), StorageError> {
    let dir = path.parent().ok_or_else(|| StorageError::InvalidKey {
        key: path.display().to_string(),
        reason: "has no parent directory",
    })?;
    std::fs::create_dir_all(dir).map_err(io_error("create directory", dir))?;
    let temp = temp_path_for(path);
    let written = write_synced(&temp, bytes)
        .and_then(|()| std::fs::rename(&temp, path).map_err(io_error("rename", &temp)))
        .and_then(|()| sync_dir(dir));
    if written.is_err() {
        // Best effort: a leftover temp file is hidden (dot name) and harmless.
        let _ = std::fs::remove_file(&temp);
    }
    written
}

fn temp_path_for(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.{:016x}.tmp", rand::random::<u64>()))
}

fn write_synced(path: &Path, bytes: &[u8]) -> Result<(), StorageError> {
    let mut file = std::fs::File::options()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(io_error("create", path))?;
    file.write_all(bytes).map_err(io_error("write", path))?;
    file.sync_all().map_err(io_error("sync", path))
}

/// Makes the rename itself durable.
fn sync_dir(dir: &Path) -> Result<(), StorageError> {
    std::fs::File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(io_error("sync directory", dir))
}

async fn read_object(store: &dyn ObjectStore, key: &str) -> Result<Option<Bytes>, StorageError> {
    let object_error = |op, source| StorageError::ObjectStore {
        op,
        key: key.to_owned(),
        source,
    };
    let location = object_path(key)?;
    match store.get_opts(&location, GetOptions::default()).await {
        Ok(result) => result
            .bytes()
            .await
            .map(Some)
            .map_err(|e| object_error("read", e)),
        Err(object_store::Error::NotFound { .. }) => Ok(None),
        Err(e) => Err(object_error("get", e)),
    }
}

/// A `HEAD` first: re-uploading an object that already exists costs more than asking.
async fn write_object(
    store: &dyn ObjectStore,
    key: &str,
    bytes: &[u8],
    content_type: &'static str,
) -> Result<(), StorageError> {
    let object_error = |op, source| StorageError::ObjectStore {
        op,
        key: key.to_owned(),
        source,
    };
    let location = object_path(key)?;
    let head = GetOptions {
        head: true,
        ..GetOptions::default()
    };
    match store.get_opts(&location, head).await {
        Ok(_) => return Ok(()),
        Err(object_store::Error::NotFound { .. }) => {}
        Err(e) => return Err(object_error("head", e)),
    }
    let attributes = Attributes::from_iter([
        (Attribute::ContentType, content_type),
        (Attribute::CacheControl, IMMUTABLE_CACHE_CONTROL),
    ]);
    let options = PutOptions {
        attributes,
        ..PutOptions::default()
    };
    store
        .put_opts(&location, PutPayload::from(bytes.to_vec()), options)
        .await
        .map(|_| ())
        .map_err(|e| object_error("put", e))
}

fn object_path(key: &str) -> Result<ObjectPath, StorageError> {
    ObjectPath::parse(key).map_err(|_| StorageError::InvalidKey {
        key: key.to_owned(),
        reason: "not a valid object store path",
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
    }

    #[test]
    fn validates_public_base_url() {
        assert_eq!(
            normalize_base_url("https://cdn.example/x//").unwrap(),
            "https://cdn.example/x"
        );
        assert!(normalize_base_url("cdn.example").is_err());
        assert!(normalize_base_url("https://cdn.example/?a=1").is_err());
    }
}
