//! HTTP plumbing shared by the network backends: building clients, classifying failures into
//! retryable and permanent [`ImageError`]s, bounded body reads and image downloads.

use crate::redact::Secret;
use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderValue, RETRY_AFTER};
use reqwest::{RequestBuilder, Response, StatusCode, Url};
use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::untrusted::{self, HostPolicy};
use super::{BackendConfigError, GeneratedImage, ImageError, ImageMemory, MemoryPermit};
use crate::redact;

/// Upper bound for a downloaded image; a misbehaving server must not exhaust our memory.
pub(crate) const MAX_IMAGE_BYTES: usize = 32 * 1024 * 1024;
/// Upper bound for a JSON response; base64 inflates an image by a third.
pub(crate) const MAX_JSON_BYTES: usize = 48 * 1024 * 1024;
/// Error bodies are only mined for a message.
const MAX_ERROR_BODY_BYTES: usize = 64 * 1024;
const MAX_MESSAGE_CHARS: usize = 300;
const CONNECT_TIMEOUT: Duration = Duration::from_secs(15);
/// Bounds a probe: it runs at start-up and while the images stage is paused, and must answer
/// quickly either way.
pub(crate) const PROBE_TIMEOUT: Duration = Duration::from_secs(15);
/// The longest `Retry-After` honoured: a provider asking for more (or for a number too large to
/// add to a clock) waits this long, then the token's deadline decides.
pub(crate) const MAX_RETRY_AFTER: Duration = Duration::from_secs(3600);

/// A client whose every request (including reading the body) is bounded by `timeout`, which
/// follows redirects only within a host and connects to hosts `policy` does not trust only at
/// public addresses.
pub(crate) fn build_client(
    timeout: Duration,
    policy: &HostPolicy,
) -> Result<reqwest::Client, BackendConfigError> {
    reqwest::Client::builder()
        .timeout(timeout)
        .connect_timeout(CONNECT_TIMEOUT.min(timeout))
        .redirect(policy.redirect_policy())
        .dns_resolver(policy.resolver())
        .build()
        .map_err(|e| BackendConfigError::HttpClient(error_chain(&e)))
}

/// Parses a base URL and drops trailing slashes so paths can be appended uniformly.
pub(crate) fn parse_base_url(url: &str) -> Result<Url, BackendConfigError> {
    let trimmed = url.trim().trim_end_matches('/');
    let parsed = Url::parse(trimmed).map_err(|e| BackendConfigError::InvalidBaseUrl {
        url: redact::redact_url_str(url),
        reason: e.to_string(),
    })?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(BackendConfigError::InvalidBaseUrl {
            url: redact::redact_url_str(url),
            reason: "scheme must be http or https".into(),
        });
    }
    Ok(parsed)
}

/// `base` with `path` appended (`base` may itself have a path, e.g. `.../v1`).
pub(crate) fn join_path(base: &Url, path: &str) -> Result<Url, BackendConfigError> {
    let joined = format!(
        "{}/{}",
        base.as_str().trim_end_matches('/'),
        path.trim_start_matches('/')
    );
    Url::parse(&joined).map_err(|e| BackendConfigError::InvalidBaseUrl {
        url: redact::redact_url_str(&joined),
        reason: e.to_string(),
    })
}

/// A header value for an API key, flagged sensitive so HTTP-level debug output hides it.
pub(crate) fn secret_header(key: &Secret, prefix: &str) -> Result<HeaderValue, BackendConfigError> {
    let mut value = HeaderValue::from_str(&format!("{prefix}{}", key.expose()))
        .map_err(|_| BackendConfigError::InvalidApiKey)?;
    value.set_sensitive(true);
    Ok(value)
}

/// Sends a request and turns transport failures and non-2xx statuses into [`ImageError`]s.
pub(crate) async fn send(
    op: &'static str,
    request: RequestBuilder,
    timeout: Duration,
    key: Option<&Secret>,
) -> Result<Response, ImageError> {
    let response = request
        .send()
        .await
        .map_err(|e| transport_error(op, e, timeout))?;
    let status = response.status();
    if status.is_success() {
        return Ok(response);
    }
    let retry_after = parse_retry_after(response.headers());
    // The body only feeds the message; if it cannot be read the status still tells the story.
    let body = read_body(op, response, MAX_ERROR_BODY_BYTES, timeout)
        .await
        .unwrap_or_default();
    // Providers sometimes echo the key or the URL (with its signature) they were called with.
    let message = redact::redact_urls(&redact(provider_message(&body, status), key));
    Err(status_error(op, status, retry_after, message))
}

/// Classifies a failed HTTP exchange by status code.
pub(crate) fn status_error(
    op: &'static str,
    status: StatusCode,
    retry_after: Option<Duration>,
    message: String,
) -> ImageError {
    let transient = status.is_server_error()
        || status == StatusCode::TOO_MANY_REQUESTS
        || status == StatusCode::REQUEST_TIMEOUT;
    if transient {
        ImageError::Transient {
            op,
            status: status.as_u16(),
            retry_after,
            message,
        }
    } else {
        ImageError::Rejected {
            op,
            status: status.as_u16(),
            message,
        }
    }
}

/// Maps a reqwest failure. The URL is dropped from the message because signed download URLs
/// carry credentials in their query string.
pub(crate) fn transport_error(
    op: &'static str,
    err: reqwest::Error,
    timeout: Duration,
) -> ImageError {
    let err = err.without_url();
    if let Some(reason) = untrusted::refusal_in(&err) {
        return ImageError::Untrusted { op, reason };
    }
    if err.is_timeout() {
        ImageError::Timeout { op, after: timeout }
    } else if err.is_builder() {
        ImageError::InvalidRequest {
            op,
            message: error_chain(&err),
        }
    } else if err.is_decode() {
        ImageError::InvalidResponse {
            op,
            message: error_chain(&err),
        }
    } else {
        // Connect, request and body errors: the connection broke somewhere along the way.
        ImageError::Connection {
            op,
            message: error_chain(&err),
        }
    }
}

/// `Retry-After` in delta-seconds form, at most [`MAX_RETRY_AFTER`] (a larger number, even one
/// beyond `u64`, saturates to it); the HTTP-date form is rare for APIs and ignored.
pub(crate) fn parse_retry_after(headers: &HeaderMap) -> Option<Duration> {
    let text = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let seconds = text.parse::<u64>().unwrap_or(u64::MAX);
    Some(Duration::from_secs(seconds).min(MAX_RETRY_AFTER))
}

/// Reads at most `limit` bytes of body; more is treated as an invalid response.
pub(crate) async fn read_body(
    op: &'static str,
    mut response: Response,
    limit: usize,
    timeout: Duration,
) -> Result<Vec<u8>, ImageError> {
    let too_large = || ImageError::InvalidResponse {
        op,
        message: format!("body larger than {limit} bytes"),
    };
    if response
        .content_length()
        .is_some_and(|len| len > limit as u64)
    {
        return Err(too_large());
    }
    // Sized once from the announced length: growing by doubling would copy a large body
    // several times and keep up to twice its size.
    let announced = response.content_length().unwrap_or(0);
    let mut body = Vec::with_capacity(usize::try_from(announced).unwrap_or(limit).min(limit));
    while let Some(chunk) = response
        .chunk()
        .await
        .map_err(|e| transport_error(op, e, timeout))?
    {
        if body.len() + chunk.len() > limit {
            return Err(too_large());
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// Reads and deserializes a JSON body.
pub(crate) async fn read_json<T: DeserializeOwned>(
    op: &'static str,
    response: Response,
    timeout: Duration,
) -> Result<T, ImageError> {
    let body = read_body(op, response, MAX_JSON_BYTES, timeout).await?;
    parse_json(op, &body)
}

/// Deserializes a JSON body, possibly borrowing from it.
pub(crate) fn parse_json<'a, T: Deserialize<'a>>(
    op: &'static str,
    body: &'a [u8],
) -> Result<T, ImageError> {
    serde_json::from_slice(body).map_err(|e| ImageError::InvalidResponse {
        op,
        message: format!("unexpected JSON: {e}"),
    })
}

/// Reads an answer that carries an image (inline or as the image itself) once `memory` has room
/// for it; the permit comes back with the body and must live as long as the image's bytes.
pub(crate) async fn read_answer(
    op: &'static str,
    response: Response,
    limit: usize,
    timeout: Duration,
    memory: &ImageMemory,
) -> Result<(Vec<u8>, MemoryPermit), ImageError> {
    let permit = memory.reserve().await;
    let body = read_body(op, response, limit, timeout).await?;
    Ok((body, permit))
}

/// Downloads an image from a URL the provider handed us, if `policy` lets it be fetched. No
/// credentials are sent: such URLs usually point at a CDN or a signed blob, not at the API
/// itself. A 4xx there says nothing about our account or the prompt (a signed URL expired, a CDN
/// hiccup), so it counts as temporary.
pub(crate) async fn download_image(
    client: &reqwest::Client,
    policy: &HostPolicy,
    op: &'static str,
    url: &str,
    model: &str,
    timeout: Duration,
    memory: &ImageMemory,
) -> Result<GeneratedImage, ImageError> {
    let url = Url::parse(url).map_err(|e| ImageError::InvalidResponse {
        op,
        message: format!("invalid image URL: {e}"),
    })?;
    policy
        .check(&url)
        .map_err(|reason| ImageError::Untrusted { op, reason })?;
    let response = match send(op, client.get(url), timeout, None).await {
        Ok(response) => response,
        Err(ImageError::Rejected {
            op,
            status,
            message,
        }) => {
            return Err(ImageError::Transient {
                op,
                status,
                retry_after: None,
                message,
            });
        }
        Err(other) => return Err(other),
    };
    let (bytes, permit) = read_answer(op, response, MAX_IMAGE_BYTES, timeout, memory).await?;
    Ok(GeneratedImage::from_bytes(op, bytes, model)?.holding(permit))
}

/// The provider's own explanation from an error body, as one line of at most 300 characters.
/// Understands `{"error":{"message":..}}`, `{"error":".."}`, `{"message":..}` and `{"detail":..}`;
/// otherwise uses the raw body, and the status reason if the body is empty.
pub(crate) fn provider_message(body: &[u8], status: StatusCode) -> String {
    let message = serde_json::from_slice::<serde_json::Value>(body)
        .ok()
        .and_then(|json| json_error_message(&json))
        .unwrap_or_else(|| String::from_utf8_lossy(body).into_owned());
    let message = one_line(&message);
    if message.is_empty() {
        status.canonical_reason().unwrap_or("no message").to_owned()
    } else {
        truncate_chars(&message, MAX_MESSAGE_CHARS)
    }
}

fn json_error_message(json: &serde_json::Value) -> Option<String> {
    let candidates = [
        json.pointer("/error/message"),
        json.get("error"),
        json.get("message"),
        json.get("detail"),
    ];
    candidates.into_iter().flatten().find_map(|v| match v {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Null | serde_json::Value::Object(_) => None,
        other => Some(other.to_string()),
    })
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn truncate_chars(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

/// Providers sometimes echo the credential they rejected; never pass it on.
fn redact(message: String, key: Option<&Secret>) -> String {
    match key {
        Some(key) if !key.expose().is_empty() && message.contains(key.expose()) => {
            message.replace(key.expose(), "***")
        }
        _ => message,
    }
}

/// An error and its sources as one line, since reqwest's top-level message is often generic.
pub(crate) fn error_chain(err: &dyn std::error::Error) -> String {
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extracts_provider_messages() {
        let status = StatusCode::BAD_REQUEST;
        let openai = br#"{"error":{"message":"Your request was rejected\n by the safety system","type":"x"}}"#;
        assert_eq!(
            provider_message(openai, status),
            "Your request was rejected by the safety system"
        );
        assert_eq!(provider_message(br#"{"error":"nope"}"#, status), "nope");
        assert_eq!(
            provider_message(br#"{"detail":[{"msg":"bad"}]}"#, status),
            r#"[{"msg":"bad"}]"#
        );
        assert_eq!(provider_message(b"plain text", status), "plain text");
        assert_eq!(provider_message(b"", status), "Bad Request");
        let long = "é".repeat(1000);
        let truncated = provider_message(long.as_bytes(), status);
        assert_eq!(truncated.chars().count(), MAX_MESSAGE_CHARS + 1);
    }

    #[test]
    fn redacts_echoed_keys() {
        let key = Secret::new("sk-123");
        assert_eq!(redact("bad key sk-123".into(), Some(&key)), "bad key ***");
    }

    #[test]
    fn invalid_base_urls_are_reported_without_their_secrets() {
        let err = parse_base_url("ftp://user:pw@host/v1?key=sk-abc").unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid base URL \"ftp://host/v1?key=***\": scheme must be http or https"
        );
    }

    #[test]
    fn classifies_statuses() {
        let err = |code| status_error("op", StatusCode::from_u16(code).unwrap(), None, "m".into());
        for code in [408, 429, 500, 502, 503] {
            assert!(err(code).is_retryable(), "{code} should be retryable");
        }
        for code in [400, 401, 402, 403, 404, 422] {
            assert!(!err(code).is_retryable(), "{code} should be permanent");
        }
    }

    #[test]
    fn parses_retry_after_seconds_only() {
        let mut headers = HeaderMap::new();
        headers.insert(RETRY_AFTER, HeaderValue::from_static("7"));
        assert_eq!(parse_retry_after(&headers), Some(Duration::from_secs(7)));
        headers.insert(
            RETRY_AFTER,
            HeaderValue::from_static("Wed, 21 Oct 2015 07:28:00 GMT"),
        );
        assert_eq!(parse_retry_after(&headers), None);
        for huge in ["18446744073709551615", "99999999999999999999999", "86400"] {
            headers.insert(RETRY_AFTER, HeaderValue::from_static(huge));
            assert_eq!(parse_retry_after(&headers), Some(MAX_RETRY_AFTER), "{huge}");
        }
        headers.insert(RETRY_AFTER, HeaderValue::from_static("-5"));
        assert_eq!(parse_retry_after(&headers), None);
    }

    #[test]
    fn joins_paths_onto_base_urls() {
        let base = parse_base_url("https://api.example.com/v1/").unwrap();
        assert_eq!(
            join_path(&base, "/images/generations").unwrap().as_str(),
            "https://api.example.com/v1/images/generations"
        );
        assert!(parse_base_url("ftp://x").is_err());
        assert!(parse_base_url("not a url").is_err());
    }
}
