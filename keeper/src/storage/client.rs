//! HTTP plumbing the storage backends share: error text without URLs, and the public read that
//! proves an uploaded object is reachable by anyone.

use super::StorageError;

/// The most bytes a public read of the probe takes in.
const PUBLIC_READ_LIMIT: usize = 64 * 1024;

/// A transport error with its causes ("error sending request" alone does not say that the
/// connection was refused), without the URL (the caller names it, without its query).
pub(super) fn http_error(error: reqwest::Error) -> String {
    let error = error.without_url();
    let mut text = error.to_string();
    let mut source = std::error::Error::source(&error);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

/// GETs `url` with `client` (no credentials) and expects 200 and a body starting with `prefix`.
pub(super) async fn public_get_prefix(
    client: &reqwest::Client,
    url: &str,
    prefix: &[u8],
) -> Result<(), StorageError> {
    let failed = |reason: String| StorageError::PublicRead {
        url: url.to_owned(),
        reason,
    };
    let mut response = client
        .get(url)
        .send()
        .await
        .map_err(|e| failed(http_error(e)))?;
    let status = response.status();
    let mut body = Vec::new();
    while body.len() < PUBLIC_READ_LIMIT {
        match response.chunk().await {
            Ok(Some(chunk)) => body.extend_from_slice(&chunk),
            Ok(None) => break,
            Err(e) => return Err(failed(http_error(e))),
        }
    }
    if !status.is_success() {
        let text: String = String::from_utf8_lossy(&body).chars().take(200).collect();
        return Err(failed(format!(
            "HTTP {status}: {}",
            text.replace('\n', " ")
        )));
    }
    if !body.starts_with(prefix) {
        return Err(failed(
            "answered 200 with other content than the probe object".into(),
        ));
    }
    Ok(())
}
