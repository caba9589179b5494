//! `genim verify`: do delivered tokens still resolve? For every token the job database records as
//! delivered, reads `tokenURI` and the metadata hash from the chain, fetches the metadata through
//! the gateway (or its https URL), checks its sha256 against the chain, then fetches the image and
//! checks it against the recorded image hash. With `repair`, a file that no longer resolves is
//! published again from the keeper's own copy (ipfs backend: added and pinned). Meant for cron; the
//! outcome can be written for node_exporter's textfile collector.

use std::path::Path;
use std::time::Duration;

use alloy::primitives::{B256, U256};
use alloy::providers::DynProvider;
use genimnft_bindings::gen_im_nft::GenImNFT::GenImNFTInstance;

use crate::jobs::{Job, JobState, JobStore, StoreError};
use crate::metadata::sha256;
use crate::redact;
use crate::storage::Storage;

/// Delivered jobs read per page.
const PAGE: u32 = 100;
/// The largest file fetched (an image); metadata is far smaller.
const MAX_FILE_BYTES: usize = 64 * 1024 * 1024;

/// How one token fared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Ok,
    /// Did not resolve, and resolves now that it was published again.
    Repaired,
    Broken(String),
}

/// The tally of a run.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Report {
    pub ok: u64,
    pub repaired: u64,
    /// Token id and what is wrong with it.
    pub broken: Vec<(u64, String)>,
}

impl Report {
    /// The figures as Prometheus text, for node_exporter's textfile collector.
    pub fn metrics_text(&self, finished_at: u64) -> String {
        format!(
            "# HELP genim_verify_tokens Delivered tokens by outcome of the last genim verify.\n\
             # TYPE genim_verify_tokens gauge\n\
             genim_verify_tokens{{result=\"ok\"}} {}\n\
             genim_verify_tokens{{result=\"repaired\"}} {}\n\
             genim_verify_tokens{{result=\"broken\"}} {}\n\
             # HELP genim_verify_last_run_timestamp_seconds When genim verify last finished.\n\
             # TYPE genim_verify_last_run_timestamp_seconds gauge\n\
             genim_verify_last_run_timestamp_seconds {finished_at}\n",
            self.ok,
            self.repaired,
            self.broken.len()
        )
    }
}

#[derive(Debug, thiserror::Error)]
pub enum VerifyError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("writing {path}: {source}")]
    MetricsFile {
        path: String,
        source: std::io::Error,
    },
}

/// Checks every delivered token (and repairs what it can when `repair`).
pub struct Verifier<'a> {
    pub store: &'a JobStore,
    pub storage: &'a Storage,
    pub nft: &'a GenImNFTInstance<DynProvider>,
    /// Overrides `storage.ipfs_gateway_url` for `ipfs://` links.
    pub gateway: Option<&'a str>,
    pub repair: bool,
    pub http: reqwest::Client,
}

impl Verifier<'_> {
    pub async fn run(&self) -> Result<Report, VerifyError> {
        let mut report = Report::default();
        let mut before = None;
        loop {
            let page = self
                .store
                .recent_jobs(None, Some(JobState::Delivered), before, PAGE)?;
            for job in &page {
                match self.check(job).await {
                    Outcome::Ok => report.ok += 1,
                    Outcome::Repaired => report.repaired += 1,
                    Outcome::Broken(why) => report.broken.push((job.token_id, why)),
                }
            }
            match page.last() {
                Some(last) if page.len() == PAGE as usize => before = Some(last.token_id),
                _ => return Ok(report),
            }
        }
    }

    async fn check(&self, job: &Job) -> Outcome {
        let id = U256::from(job.token_id);
        let token_uri = match self.nft.tokenURI(id).call().await {
            Ok(uri) => uri,
            Err(e) => return broken(format!("tokenURI: {}", redact::redact_urls(&e.to_string()))),
        };
        let chain_hash = match self.nft.request(id).call().await {
            Ok(request) => request.metadataHash,
            Err(e) => return broken(format!("request: {}", redact::redact_urls(&e.to_string()))),
        };
        let (metadata, metadata_repaired) = match self.resolve(&token_uri, Some(chain_hash)).await {
            Ok(found) => found,
            Err(why) => return broken(format!("metadata {token_uri}: {why}")),
        };
        let image = match serde_json::from_slice::<serde_json::Value>(&metadata)
            .ok()
            .and_then(|m| m["image"].as_str().map(str::to_owned))
        {
            Some(image) => image,
            None => return broken(format!("metadata {token_uri} names no image")),
        };
        let image_hash = job
            .image_sha256
            .as_deref()
            .and_then(|hex| hex.parse::<B256>().ok());
        match self.resolve(&image, image_hash).await {
            Ok((_, image_repaired)) if metadata_repaired || image_repaired => Outcome::Repaired,
            Ok(_) => Outcome::Ok,
            Err(why) => broken(format!("image {image}: {why}")),
        }
    }

    /// The file behind `uri`, checked against `hash`; published again from the local copy when it
    /// does not resolve and `repair` is on (`true` in the answer then).
    async fn resolve(&self, uri: &str, hash: Option<B256>) -> Result<(Vec<u8>, bool), String> {
        let url = self.storage.fetch_url(uri, self.gateway).ok_or_else(|| {
            "no gateway to resolve ipfs:// links: set storage.ipfs_gateway_url or --gateway"
                .to_owned()
        })?;
        let first = self.fetch(&url, hash).await;
        match first {
            Ok(bytes) => Ok((bytes, false)),
            Err(why) if self.repair => match self.storage.republish(uri).await {
                Ok(true) => self
                    .fetch(&url, hash)
                    .await
                    .map(|bytes| (bytes, true))
                    .map_err(|again| format!("{why}; still after publishing it again: {again}")),
                Ok(false) => Err(format!("{why}; no local copy to publish again")),
                Err(e) => Err(format!("{why}; publishing it again failed: {e}")),
            },
            Err(why) => Err(why),
        }
    }

    async fn fetch(&self, url: &str, hash: Option<B256>) -> Result<Vec<u8>, String> {
        let response = self
            .http
            .get(url)
            .send()
            .await
            .map_err(|e| redact::redact_urls(&e.to_string()))?;
        let status = response.status();
        if !status.is_success() {
            return Err(format!("HTTP {status}"));
        }
        if response
            .content_length()
            .is_some_and(|n| n > MAX_FILE_BYTES as u64)
        {
            return Err(format!("larger than {MAX_FILE_BYTES} bytes"));
        }
        let bytes = response
            .bytes()
            .await
            .map_err(|e| redact::redact_urls(&e.to_string()))?;
        if let Some(expected) = hash {
            let got = B256::from(sha256(&bytes));
            if got != expected {
                return Err(format!("sha256 {got} is not the recorded {expected}"));
            }
        }
        Ok(bytes.to_vec())
    }
}

fn broken(why: String) -> Outcome {
    Outcome::Broken(why)
}

/// Writes `text` to `path` atomically (a temporary file renamed over it), as the textfile
/// collector expects.
pub fn write_metrics_file(path: &Path, text: &str) -> Result<(), VerifyError> {
    let error = |source| VerifyError::MetricsFile {
        path: path.display().to_string(),
        source,
    };
    let tmp = path.with_extension("prom.tmp");
    std::fs::write(&tmp, text).map_err(error)?;
    std::fs::rename(&tmp, path).map_err(error)
}

/// A client for public reads, every request bounded.
pub fn http_client() -> reqwest::Result<reqwest::Client> {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .connect_timeout(Duration::from_secs(10))
        .build()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metrics_text_counts_every_outcome() {
        let report = Report {
            ok: 3,
            repaired: 1,
            broken: vec![(7, "gone".into())],
        };
        let text = report.metrics_text(1_700_000_000);
        assert!(text.contains("genim_verify_tokens{result=\"ok\"} 3\n"));
        assert!(text.contains("genim_verify_tokens{result=\"repaired\"} 1\n"));
        assert!(text.contains("genim_verify_tokens{result=\"broken\"} 1\n"));
        assert!(text.contains("genim_verify_last_run_timestamp_seconds 1700000000\n"));
    }
}
