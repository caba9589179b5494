//! OpenAI-compatible image generation (`POST {base_url}/images/generations`), as offered by
//! OpenAI, IONOS AI Model Hub, DeepInfra, Together and LocalAI. `GET {base_url}/models` proves the
//! key without paying for an image.

use crate::redact::Secret;
use std::borrow::Cow;
use std::fmt;
use std::time::Duration;

use async_trait::async_trait;
use base64::Engine as _;
use reqwest::Url;
use reqwest::header::{AUTHORIZATION, HeaderValue};
use serde::{Deserialize, Serialize};

use super::http;
use super::{
    BackendConfigError, GeneratedImage, HostPolicy, ImageBackend, ImageError, ImageMemory,
    ImageRequest, MemoryPermit, TaskSlot,
};
use crate::redact;

const OP_GENERATE: &str = "generate";
const OP_DOWNLOAD: &str = "download";
const OP_PROBE: &str = "probe";

/// How to reach an OpenAI-compatible endpoint.
#[derive(Debug, Clone)]
pub struct OpenAiConfig {
    /// API root including the version, e.g. `https://api.openai.com/v1`.
    pub base_url: String,
    /// Optional because LocalAI and similar self-hosted servers need none.
    pub api_key: Option<Secret>,
    /// Bounds each HTTP request, including reading the response.
    pub request_timeout: Duration,
    /// Shared bound on answers held in memory.
    pub memory: ImageMemory,
    /// Hosts besides `base_url`'s whose image URLs may be fetched over http or at private
    /// addresses (local and test setups).
    pub allow_insecure_hosts: Vec<String>,
}

impl OpenAiConfig {
    pub fn new(base_url: impl Into<String>, api_key: Option<Secret>) -> Self {
        Self {
            base_url: base_url.into(),
            api_key,
            request_timeout: Duration::from_secs(180),
            memory: ImageMemory::default(),
            allow_insecure_hosts: Vec::new(),
        }
    }
}

pub struct OpenAiBackend {
    client: reqwest::Client,
    endpoint: Url,
    models: Url,
    api_key: Option<Secret>,
    authorization: Option<HeaderValue>,
    request_timeout: Duration,
    memory: ImageMemory,
    policy: HostPolicy,
}

impl fmt::Debug for OpenAiBackend {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OpenAiBackend")
            .field("endpoint", &redact::redact_url(&self.endpoint))
            .field("api_key", &self.api_key)
            .field("request_timeout", &self.request_timeout)
            .finish_non_exhaustive()
    }
}

#[derive(Serialize)]
struct GenerationRequest<'a> {
    model: &'a str,
    prompt: &'a str,
    n: u8,
    size: String,
    response_format: &'static str,
}

/// Borrows the base64 text from the body instead of copying megabytes into a `String` (owned
/// only when the JSON escapes a character in it).
#[derive(Deserialize)]
struct GenerationResponse<'a> {
    #[serde(default, borrow)]
    data: Vec<GeneratedItem<'a>>,
}

#[derive(Deserialize)]
struct GeneratedItem<'a> {
    #[serde(borrow)]
    b64_json: Option<Cow<'a, str>>,
    url: Option<String>,
}

impl OpenAiBackend {
    pub fn new(config: OpenAiConfig) -> Result<Self, BackendConfigError> {
        let base = http::parse_base_url(&config.base_url)?;
        let authorization = config
            .api_key
            .as_ref()
            .map(|key| http::secret_header(key, "Bearer "))
            .transpose()?;
        let policy = HostPolicy::new(&base, &config.allow_insecure_hosts);
        Ok(Self {
            client: http::build_client(config.request_timeout, &policy)?,
            endpoint: http::join_path(&base, "images/generations")?,
            models: http::join_path(&base, "models")?,
            api_key: config.api_key,
            authorization,
            request_timeout: config.request_timeout,
            memory: config.memory,
            policy,
        })
    }

    /// Sends the generation request and reads the answer once there is room for it in memory.
    async fn request_generation(
        &self,
        req: &ImageRequest,
    ) -> Result<(Vec<u8>, MemoryPermit), ImageError> {
        let body = GenerationRequest {
            model: &req.spec.model,
            prompt: &req.prompt,
            n: 1,
            size: req.spec.size(),
            response_format: "b64_json",
        };
        let mut request = self.client.post(self.endpoint.clone()).json(&body);
        if let Some(authorization) = &self.authorization {
            request = request.header(AUTHORIZATION, authorization.clone());
        }
        let response = http::send(
            OP_GENERATE,
            request,
            self.request_timeout,
            self.api_key.as_ref(),
        )
        .await?;
        http::read_answer(
            OP_GENERATE,
            response,
            http::MAX_JSON_BYTES,
            self.request_timeout,
            &self.memory,
        )
        .await
    }

    /// Prefers inline base64; some providers ignore `response_format` and return a URL instead.
    /// The answer's memory permit stays with the decoded image, or is given back before a
    /// download (which waits for its own).
    async fn image_from_item(
        &self,
        item: GeneratedItem<'_>,
        permit: MemoryPermit,
        model: &str,
    ) -> Result<GeneratedImage, ImageError> {
        match (item.b64_json, item.url) {
            (Some(b64), _) if !b64.is_empty() => {
                let bytes = decode_base64(&b64)?;
                Ok(GeneratedImage::from_bytes(OP_GENERATE, bytes, model)?.holding(permit))
            }
            (_, Some(url)) if !url.is_empty() => {
                drop(permit);
                http::download_image(
                    &self.client,
                    &self.policy,
                    OP_DOWNLOAD,
                    &url,
                    model,
                    self.request_timeout,
                    &self.memory,
                )
                .await
            }
            _ => Err(ImageError::EmptyImage { op: OP_GENERATE }),
        }
    }
}

fn decode_base64(b64: &str) -> Result<Vec<u8>, ImageError> {
    base64::engine::general_purpose::STANDARD
        .decode(b64.trim())
        .map_err(|e| ImageError::InvalidResponse {
            op: OP_GENERATE,
            message: format!("b64_json is not valid base64: {e}"),
        })
}

#[async_trait]
impl ImageBackend for OpenAiBackend {
    /// Synchronous API: there is no task to resume.
    async fn generate(
        &self,
        req: &ImageRequest,
        _task: &TaskSlot,
    ) -> Result<GeneratedImage, ImageError> {
        let (body, permit) = self.request_generation(req).await?;
        let response: GenerationResponse<'_> = http::parse_json(OP_GENERATE, &body)?;
        let item = response
            .data
            .into_iter()
            .next()
            .ok_or(ImageError::EmptyImage { op: OP_GENERATE })?;
        self.image_from_item(item, permit, &req.spec.model).await
    }

    /// `GET /models`: free, and authenticated wherever generation is. A server without that
    /// endpoint (404/405) proves nothing either way and passes.
    async fn probe(&self) -> Result<(), ImageError> {
        let timeout = self.request_timeout.min(http::PROBE_TIMEOUT);
        let mut request = self.client.get(self.models.clone()).timeout(timeout);
        if let Some(authorization) = &self.authorization {
            request = request.header(AUTHORIZATION, authorization.clone());
        }
        match http::send(OP_PROBE, request, timeout, self.api_key.as_ref()).await {
            Ok(_)
            | Err(ImageError::Rejected {
                status: 404 | 405, ..
            }) => Ok(()),
            Err(error) => Err(error),
        }
    }

    fn name(&self) -> &str {
        "openai"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_output_hides_the_key() {
        let config = OpenAiConfig::new(
            "https://api.example.com/v1",
            Some(Secret::new("sk-secret-value")),
        );
        assert!(!format!("{config:?}").contains("sk-secret-value"));
        let backend = OpenAiBackend::new(config).unwrap();
        let debug = format!("{backend:?}");
        assert!(!debug.contains("sk-secret-value"), "{debug}");
        assert!(debug.contains("https://api.example.com/v1/images/generations"));
        let with_key_in_url = OpenAiBackend::new(OpenAiConfig::new(
            "https://user:sk-secret-value@api.example.com/v1",
            None,
        ))
        .unwrap();
        assert!(!format!("{with_key_in_url:?}").contains("sk-secret-value"));
    }
}
