//! An S3-compatible bucket (or any `object_store`) whose objects are publicly readable at
//! `public_base_url`.

use crate::redact::Secret;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use object_store::aws::{AmazonS3, AmazonS3Builder};
use object_store::path::Path as ObjectPath;
use object_store::{
    Attribute, Attributes, BackoffConfig, ClientOptions, GetOptions, ObjectStore, PutOptions,
    PutPayload, RetryConfig,
};

use super::client::public_get_prefix;
use super::{IMMUTABLE_CACHE_CONTROL, PROBE_KEY, StorageError};

/// Settings for an S3-compatible bucket. `Debug` hides the secret key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct S3Config {
    /// e.g. `https://s3.fr-par.scw.cloud`; `None` means AWS itself.
    pub endpoint: Option<String>,
    pub region: String,
    pub bucket: String,
    pub access_key_id: String,
    pub secret_access_key: Secret,
    /// Needed for plain-HTTP endpoints such as a local SeaweedFS or MinIO.
    pub allow_http: bool,
    /// Where the bucket's objects are publicly readable, e.g.
    /// `https://my-bucket.s3.fr-par.scw.cloud`.
    pub public_base_url: String,
    /// Per request; retries stop after three times this.
    pub request_timeout: Duration,
}

pub(super) fn build(config: &S3Config) -> Result<AmazonS3, StorageError> {
    let invalid = |reason: String| StorageError::S3Config {
        bucket: config.bucket.clone(),
        reason,
    };
    if config.bucket.trim().is_empty() || config.region.trim().is_empty() {
        return Err(invalid("bucket and region must not be empty".into()));
    }
    if let Some(endpoint) = &config.endpoint {
        let parsed = url::Url::parse(endpoint).map_err(|e| invalid(format!("endpoint: {e}")))?;
        if !parsed.username().is_empty() || parsed.password().is_some() {
            return Err(invalid(
                "the endpoint must not contain credentials: use AWS_ACCESS_KEY_ID and \
                 AWS_SECRET_ACCESS_KEY"
                    .into(),
            ));
        }
    }
    // Without keys object_store falls back to the AWS instance metadata service, which only AWS
    // itself has: against any other endpoint that ends in a 403 that names no cause.
    if config.endpoint.is_some()
        && config.access_key_id.is_empty()
        && config.secret_access_key.expose().is_empty()
    {
        return Err(invalid(
            "no S3 credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (instance \
             credentials exist only on AWS itself, without storage.endpoint)"
                .into(),
        ));
    }
    // Fail within seconds when the endpoint is unreachable (the default retries for 3 minutes);
    // the pipeline retries a failed upload on its own.
    let timeout = config.request_timeout.max(Duration::from_secs(1));
    let retry = RetryConfig {
        backoff: BackoffConfig {
            init_backoff: Duration::from_millis(100),
            max_backoff: Duration::from_secs(2),
            base: 2.0,
        },
        max_retries: 3,
        retry_timeout: timeout * 3,
    };
    let client = ClientOptions::new()
        .with_timeout(timeout)
        .with_connect_timeout(Duration::from_secs(5).min(timeout))
        .with_allow_http(config.allow_http);
    // `new()` rather than `from_env()`: the configuration must be exactly what we were given.
    let mut builder = AmazonS3Builder::new()
        .with_region(&config.region)
        .with_bucket_name(&config.bucket)
        .with_allow_http(config.allow_http)
        .with_client_options(client)
        .with_retry(retry);
    // Empty credentials are left out so the builder can report a half-given pair (or fall back
    // to instance credentials when both are absent).
    if !config.access_key_id.is_empty() {
        builder = builder.with_access_key_id(&config.access_key_id);
    }
    if !config.secret_access_key.expose().is_empty() {
        builder = builder.with_secret_access_key(config.secret_access_key.expose());
    }
    if let Some(endpoint) = &config.endpoint {
        builder = builder.with_endpoint(endpoint);
    }
    builder.build().map_err(|e| invalid(e.to_string()))
}

pub(super) struct Bucket {
    store: Arc<dyn ObjectStore>,
    /// Without trailing slash.
    public_base_url: String,
    /// For public reads, with no credentials at all.
    http: reqwest::Client,
}

impl fmt::Debug for Bucket {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Storage")
            // Display, not Debug: it names the store without dumping its client configuration.
            .field("object_store", &self.store.to_string())
            .field("public_base_url", &self.public_base_url)
            .finish()
    }
}

impl Bucket {
    pub fn new(store: Arc<dyn ObjectStore>, public_base_url: String) -> Result<Self, StorageError> {
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(15))
            .build()
            .map_err(|e| StorageError::Task(format!("HTTP client: {e}")))?;
        Ok(Self {
            store,
            public_base_url,
            http,
        })
    }

    pub fn public_base_url(&self) -> &str {
        &self.public_base_url
    }

    pub async fn read(&self, key: &str) -> Result<Option<Vec<u8>>, StorageError> {
        let object_error = |op, source| StorageError::ObjectStore {
            op,
            key: key.to_owned(),
            source,
        };
        let location = object_path(key)?;
        match self.store.get_opts(&location, GetOptions::default()).await {
            Ok(result) => result
                .bytes()
                .await
                .map(|b| Some(b.to_vec()))
                .map_err(|e| object_error("read", e)),
            Err(object_store::Error::NotFound { .. }) => Ok(None),
            Err(e) => Err(object_error("get", e)),
        }
    }

    /// A `HEAD` first: re-uploading an object that already exists costs more than asking.
    pub async fn write_once(
        &self,
        key: &str,
        bytes: &[u8],
        content_type: &'static str,
    ) -> Result<(), StorageError> {
        let location = object_path(key)?;
        let head = GetOptions {
            head: true,
            ..GetOptions::default()
        };
        match self.store.get_opts(&location, head).await {
            Ok(_) => return Ok(()),
            Err(object_store::Error::NotFound { .. }) => {}
            Err(source) => {
                return Err(StorageError::ObjectStore {
                    op: "head",
                    key: key.to_owned(),
                    source,
                });
            }
        }
        self.put(key, bytes, content_type, IMMUTABLE_CACHE_CONTROL)
            .await
    }

    async fn put(
        &self,
        key: &str,
        bytes: &[u8],
        content_type: &'static str,
        cache_control: &'static str,
    ) -> Result<(), StorageError> {
        let attributes = Attributes::from_iter([
            (Attribute::ContentType, content_type),
            (Attribute::CacheControl, cache_control),
        ]);
        let options = PutOptions {
            attributes,
            ..PutOptions::default()
        };
        self.store
            .put_opts(
                &object_path(key)?,
                PutPayload::from(bytes.to_vec()),
                options,
            )
            .await
            .map(|_| ())
            .map_err(|source| StorageError::ObjectStore {
                op: "put",
                key: key.to_owned(),
                source,
            })
    }

    /// Overwrites the probe object (never cached) and reads it back through the API.
    pub async fn probe(&self, bytes: &[u8]) -> Result<(), StorageError> {
        self.put(PROBE_KEY, bytes, "text/plain; charset=utf-8", "no-store")
            .await?;
        match self.read(PROBE_KEY).await? {
            Some(read) if read == bytes => Ok(()),
            _ => Err(StorageError::ProbeMismatch {
                what: format!("bucket probe object {PROBE_KEY}"),
            }),
        }
    }

    /// GETs `url` without credentials and expects 200 and bytes starting with `prefix`.
    pub async fn check_public_read(&self, url: &str, prefix: &[u8]) -> Result<(), StorageError> {
        public_get_prefix(&self.http, url, prefix).await
    }
}

fn object_path(key: &str) -> Result<ObjectPath, StorageError> {
    ObjectPath::parse(key).map_err(|_| StorageError::InvalidKey {
        key: key.to_owned(),
        reason: "not a valid object store path",
    })
}
