//! Black Forest Labs style asynchronous generation: submit a task, poll it until it is ready,
//! then download the result.
//!
//! The provider charges when it accepts a task, so the task is recorded in the caller's
//! [`TaskSlot`] right away and every later attempt (after a poll timeout, a failed download, a
//! restart) polls that same task again. Only a task the provider reports failed, or no longer
//! knows, is replaced by a new submission. `GET /v1/credits` proves the key for free.

use crate::redact::Secret;
use std::fmt;
use std::time::Duration;

use async_trait::async_trait;
use reqwest::Url;
use reqwest::header::{HeaderName, HeaderValue};
use serde::{Deserialize, Serialize};

use super::http;
use super::{
    BackendConfigError, GeneratedImage, HostPolicy, ImageBackend, ImageError, ImageMemory,
    ImageRequest, ProviderTask, TaskSlot,
};
use crate::redact;

const OP_SUBMIT: &str = "submit";
const OP_POLL: &str = "poll";
const OP_DOWNLOAD: &str = "download";
const OP_GENERATION: &str = "generation";
const OP_PROBE: &str = "probe";
const KEY_HEADER: HeaderName = HeaderName::from_static("x-key");

/// Statuses of a task that is still on its way.
const PENDING_STATUSES: [&str; 3] = ["Pending", "Processing", "Queued"];
/// Right after submission a task may not be visible yet; a task resumed later that is not found
/// has expired (or belongs to another provider).
const NOT_FOUND_STATUS: &str = "Task not found";
/// The task itself failed; a new one may well succeed.
const FAILED_STATUSES: [&str; 2] = ["Error", "Failed"];

/// How to reach a BFL-style API.
#[derive(Debug, Clone)]
pub struct BflConfig {
    /// API root without version, e.g. `https://api.bfl.ai`.
    pub base_url: String,
    pub api_key: Secret,
    pub poll_interval: Duration,
    /// Bounds the whole generation: submit, polling and download.
    pub generation_timeout: Duration,
    /// Bounds each single HTTP request.
    pub request_timeout: Duration,
    /// Shared bound on downloaded images held in memory.
    pub memory: ImageMemory,
    /// Hosts besides `base_url`'s whose image URLs may be fetched over http or at private
    /// addresses (local and test setups). The key still goes to `base_url`'s host only.
    pub allow_insecure_hosts: Vec<String>,
}

impl BflConfig {
    pub fn new(base_url: impl Into<String>, api_key: Secret) -> Self {
        Self {
            base_url: base_url.into(),
            api_key,
            poll_interval: Duration::from_millis(1500),
            generation_timeout: Duration::from_secs(300),
            request_timeout: Duration::from_secs(60),
            memory: ImageMemory::default(),
            allow_insecure_hosts: Vec::new(),
        }
    }
}

pub struct BflBackend {
    client: reqwest::Client,
    base: Url,
    api_key: Secret,
    key_header: HeaderValue,
    poll_interval: Duration,
    generation_timeout: Duration,
    request_timeout: Duration,
    memory: ImageMemory,
    policy: HostPolicy,
}

impl fmt::Debug for BflBackend {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BflBackend")
            .field("base", &redact::redact_url(&self.base))
            .field("api_key", &self.api_key)
            .field("poll_interval", &self.poll_interval)
            .field("generation_timeout", &self.generation_timeout)
            .finish_non_exhaustive()
    }
}

#[derive(Serialize)]
struct SubmitRequest<'a> {
    prompt: &'a str,
    width: u32,
    height: u32,
}

#[derive(Deserialize)]
struct SubmitResponse {
    id: String,
    polling_url: Option<String>,
}

#[derive(Deserialize)]
struct PollResponse {
    status: String,
    // Kept loose: its shape differs between ready, pending and failed tasks.
    result: Option<serde_json::Value>,
    details: Option<serde_json::Value>,
}

#[derive(Deserialize)]
struct CreditsResponse {
    credits: f64,
}

enum PollOutcome {
    Ready { sample_url: String },
    Pending,
    NotFound,
}

impl BflBackend {
    pub fn new(config: BflConfig) -> Result<Self, BackendConfigError> {
        let base = http::parse_base_url(&config.base_url)?;
        let policy = HostPolicy::new(&base, &config.allow_insecure_hosts);
        Ok(Self {
            client: http::build_client(config.request_timeout, &policy)?,
            base,
            key_header: http::secret_header(&config.api_key, "")?,
            api_key: config.api_key,
            poll_interval: config.poll_interval,
            generation_timeout: config.generation_timeout,
            request_timeout: config.request_timeout,
            memory: config.memory,
            policy,
        })
    }

    async fn generate_within_timeout(
        &self,
        req: &ImageRequest,
        slot: &TaskSlot,
    ) -> Result<GeneratedImage, ImageError> {
        let (task, resumed) = match slot.get() {
            Some(task) => {
                tracing::debug!(task = %task.id, "resuming the provider task");
                (task, true)
            }
            None => {
                let submitted = self.submit(req).await?;
                let task = ProviderTask {
                    id: submitted.id,
                    polling_url: submitted.polling_url.filter(|u| !u.is_empty()),
                };
                slot.set(Some(task.clone()));
                (task, false)
            }
        };
        let sample_url = match self.wait_until_ready(&task, resumed).await {
            Ok(sample_url) => sample_url,
            Err(error) => {
                // A task that cannot be collected any more must not be resumed again.
                if matches!(
                    error,
                    ImageError::TaskFailed { .. }
                        | ImageError::InvalidResponse { op: OP_SUBMIT, .. }
                ) {
                    slot.set(None);
                }
                return Err(error);
            }
        };
        // A failed download keeps the task: the next attempt polls it for a fresh URL.
        http::download_image(
            &self.client,
            &self.policy,
            OP_DOWNLOAD,
            &sample_url,
            &req.spec.model,
            self.request_timeout,
            &self.memory,
        )
        .await
    }

    async fn submit(&self, req: &ImageRequest) -> Result<SubmitResponse, ImageError> {
        let url = http::join_path(&self.base, &model_path(&req.spec.model)).map_err(|e| {
            ImageError::InvalidRequest {
                op: OP_SUBMIT,
                message: e.to_string(),
            }
        })?;
        let body = SubmitRequest {
            prompt: &req.prompt,
            width: req.spec.width,
            height: req.spec.height,
        };
        let request = self
            .client
            .post(url)
            .header(KEY_HEADER, self.key_header.clone())
            .json(&body);
        let response = http::send(
            OP_SUBMIT,
            request,
            self.request_timeout,
            Some(&self.api_key),
        )
        .await?;
        http::read_json(OP_SUBMIT, response, self.request_timeout).await
    }

    /// The task's own polling URL when it is on the configured host (same scheme, host and
    /// port), else the documented `get_result` endpoint there: polling sends the key, and the key
    /// goes to the configured host only, whatever host the provider names.
    fn polling_url(&self, task: &ProviderTask) -> Result<Url, ImageError> {
        let invalid = |message: String| ImageError::InvalidResponse {
            op: OP_SUBMIT,
            message,
        };
        if let Some(url) = task.polling_url.as_deref().filter(|u| !u.is_empty()) {
            let url = self
                .base
                .join(url)
                .map_err(|e| invalid(format!("invalid polling_url: {e}")))?;
            if url.origin() == self.base.origin() {
                return Ok(url);
            }
            tracing::warn!(
                task = %task.id,
                polling_host = url.host_str().unwrap_or_default(),
                "the provider's polling_url is on another host, which never gets the API key; \
                 polling get_result on the configured host instead (configure the regional \
                 base_url to poll there)"
            );
        }
        let mut url =
            http::join_path(&self.base, "v1/get_result").map_err(|e| invalid(e.to_string()))?;
        url.query_pairs_mut().append_pair("id", &task.id);
        Ok(url)
    }

    /// Polls until the task is ready. Temporary polling failures are tolerated, because giving
    /// up here would make the caller submit (and pay for) the same image again. A task resumed
    /// from an earlier attempt is polled at once: it has probably finished meanwhile.
    async fn wait_until_ready(
        &self,
        task: &ProviderTask,
        resumed: bool,
    ) -> Result<String, ImageError> {
        let polling_url = self.polling_url(task)?;
        let gone = |status: &str| ImageError::TaskFailed {
            task: task.id.clone(),
            status: status.to_owned(),
            detail: "expired or unknown to the provider".into(),
        };
        let mut first = true;
        loop {
            if !(first && resumed) {
                tokio::time::sleep(self.poll_interval).await;
            }
            first = false;
            match self.poll_once(&polling_url, &task.id).await {
                Ok(PollOutcome::Ready { sample_url }) => return Ok(sample_url),
                Ok(PollOutcome::Pending) => {}
                Ok(PollOutcome::NotFound) if resumed => return Err(gone(NOT_FOUND_STATUS)),
                Ok(PollOutcome::NotFound) => {}
                Err(ImageError::Rejected { status: 404, .. }) => return Err(gone("HTTP 404")),
                // Retryable, but by a new task: polling this one on would never end.
                Err(err @ ImageError::TaskFailed { .. }) => return Err(err),
                Err(err) if err.is_retryable() => {
                    tracing::debug!(error = %err, "temporary polling failure; polling on");
                    if let Some(wait) = err.retry_after() {
                        tokio::time::sleep(wait).await;
                    }
                }
                Err(err) => return Err(err),
            }
        }
    }

    async fn poll_once(&self, polling_url: &Url, task_id: &str) -> Result<PollOutcome, ImageError> {
        let request = self
            .client
            .get(polling_url.clone())
            .header(KEY_HEADER, self.key_header.clone());
        let response =
            http::send(OP_POLL, request, self.request_timeout, Some(&self.api_key)).await?;
        let poll: PollResponse = http::read_json(OP_POLL, response, self.request_timeout).await?;
        classify_poll(poll, task_id)
    }
}

/// `flux-pro-1.1` → `v1/flux-pro-1.1`; a model that already names its path is used as is.
fn model_path(model: &str) -> String {
    let model = model.trim_matches('/');
    if model.contains('/') {
        model.to_owned()
    } else {
        format!("v1/{model}")
    }
}

/// Unknown statuses count as refusals: polling on could only end in a timeout, and a new task
/// might end the same way, paid again.
fn classify_poll(poll: PollResponse, task_id: &str) -> Result<PollOutcome, ImageError> {
    if poll.status == "Ready" {
        let sample_url = poll
            .result
            .as_ref()
            .and_then(|r| r.get("sample"))
            .and_then(|s| s.as_str())
            .filter(|s| !s.is_empty())
            .ok_or(ImageError::EmptyImage { op: OP_POLL })?;
        return Ok(PollOutcome::Ready {
            sample_url: sample_url.to_owned(),
        });
    }
    if PENDING_STATUSES.contains(&poll.status.as_str()) {
        return Ok(PollOutcome::Pending);
    }
    if poll.status == NOT_FOUND_STATUS {
        return Ok(PollOutcome::NotFound);
    }
    if FAILED_STATUSES.contains(&poll.status.as_str()) {
        return Err(ImageError::TaskFailed {
            task: task_id.to_owned(),
            detail: failure_detail(&poll),
            status: poll.status,
        });
    }
    Err(ImageError::Refused {
        detail: failure_detail(&poll),
        status: poll.status,
    })
}

fn failure_detail(poll: &PollResponse) -> String {
    let detail = poll
        .details
        .as_ref()
        .or(poll.result.as_ref())
        .filter(|v| !v.is_null())
        .map(|v| match v {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        })
        .unwrap_or_default();
    detail.chars().take(300).collect()
}

#[async_trait]
impl ImageBackend for BflBackend {
    async fn generate(
        &self,
        req: &ImageRequest,
        task: &TaskSlot,
    ) -> Result<GeneratedImage, ImageError> {
        tokio::time::timeout(
            self.generation_timeout,
            self.generate_within_timeout(req, task),
        )
        .await
        .map_err(|_| ImageError::Timeout {
            op: OP_GENERATION,
            after: self.generation_timeout,
        })?
    }

    /// `GET /v1/credits`: free, authenticated by the same key. An empty balance counts as a
    /// payment refusal (402), since every submission would be refused; an API without that
    /// endpoint (404/405) proves nothing either way and passes.
    async fn probe(&self) -> Result<(), ImageError> {
        let url =
            http::join_path(&self.base, "v1/credits").map_err(|e| ImageError::InvalidRequest {
                op: OP_PROBE,
                message: e.to_string(),
            })?;
        let timeout = self.request_timeout.min(http::PROBE_TIMEOUT);
        let request = self
            .client
            .get(url)
            .timeout(timeout)
            .header(KEY_HEADER, self.key_header.clone());
        let response = match http::send(OP_PROBE, request, timeout, Some(&self.api_key)).await {
            Ok(response) => response,
            Err(ImageError::Rejected {
                status: 404 | 405, ..
            }) => return Ok(()),
            Err(error) => return Err(error),
        };
        let balance: CreditsResponse = http::read_json(OP_PROBE, response, timeout).await?;
        if balance.credits <= 0.0 {
            return Err(ImageError::Rejected {
                op: OP_PROBE,
                status: 402,
                message: format!("no credits left (balance {})", balance.credits),
            });
        }
        Ok(())
    }

    fn name(&self) -> &str {
        "bfl"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn poll(json: &str) -> PollResponse {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn model_names_map_to_paths() {
        assert_eq!(model_path("flux-pro-1.1"), "v1/flux-pro-1.1");
        assert_eq!(model_path("/v1/flux-dev"), "v1/flux-dev");
    }

    #[test]
    fn classifies_poll_statuses() {
        let classify = |json| classify_poll(poll(json), "task-9");
        assert!(matches!(
            classify(r#"{"status":"Pending","result":null}"#),
            Ok(PollOutcome::Pending)
        ));
        assert!(matches!(
            classify(r#"{"status":"Task not found"}"#),
            Ok(PollOutcome::NotFound)
        ));
        assert!(matches!(
            classify(r#"{"status":"Ready","result":{"sample":"https://x/y.png"}}"#),
            Ok(PollOutcome::Ready { sample_url }) if sample_url == "https://x/y.png"
        ));
        assert!(matches!(
            classify(r#"{"status":"Ready","result":{}}"#),
            Err(ImageError::EmptyImage { .. })
        ));
        let moderated =
            classify(r#"{"status":"Request Moderated","details":{"Moderation Reasons":["x"]}}"#);
        let Err(err) = moderated else {
            panic!("moderation must fail")
        };
        assert_eq!(err.scope(), crate::images::FailureScope::TokenPermanent);
        assert!(err.to_string().contains("Request Moderated"), "{err}");
        assert!(matches!(
            classify(r#"{"status":"Something New"}"#),
            Err(ImageError::Refused { .. })
        ));
        let Err(failed) = classify(r#"{"status":"Error","details":"GPU fell over"}"#) else {
            panic!("a failed task must fail")
        };
        assert!(failed.is_retryable(), "{failed}");
        assert_eq!(
            failed.to_string(),
            "provider task task-9 Error: GPU fell over"
        );
    }

    #[test]
    fn debug_output_hides_the_key() {
        let backend = BflBackend::new(BflConfig::new(
            "https://api.bfl.ai",
            Secret::new("bfl-secret"),
        ))
        .unwrap();
        assert!(!format!("{backend:?}").contains("bfl-secret"));
    }
}
