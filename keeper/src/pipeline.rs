//! Strategy and image executor: decides which recorded requests this keeper works on, re-checks each
//! on chain before paying for an image, generates it (bounded concurrency, retries, giving up in time
//! for a refund), stores the image and the metadata, and hands ready jobs to the submitter.
//!
//! Every step is recorded in the job store before the next one starts, so after a crash the job
//! resumes from its last recorded step: an interrupted generation starts over, a stored image is
//! never paid for again.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use alloy::providers::DynProvider;
use genimnft_bindings::gen_im_nft::GenImNFT::GenImNFTInstance;
use tokio::sync::{Notify, OwnedSemaphorePermit, Semaphore};
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;

use crate::config::{ConfigError, ImagesConfig, JobsConfig, MetadataConfig};
use crate::images::{GiveUp, ImageBackend, ImageRequest, RetryPolicy, generate_with_retry};
use crate::metadata::{MetadataError, MetadataInput, render_metadata};
use crate::metrics::Metrics;
use crate::onchain::{self, OnChainError, Verdict};
use crate::storage::{Storage, StorageError};
use crate::store::{Job, JobState, JobStore, StoreError, StoredImage};

/// The most jobs of one state looked at per round.
const SCAN_LIMIT: u32 = 1000;
/// Storage writes are retried in place so that a stored-nowhere image is not paid for again.
const STORAGE_ATTEMPTS: u32 = 3;
/// How long shutdown waits for in-flight generations before parking them.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(20);

#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    OnChain(#[from] OnChainError),
    #[error("token {token_id}: storing {what}: {source}")]
    Storage {
        token_id: u64,
        what: &'static str,
        source: StorageError,
    },
    #[error("token {token_id}: {source}")]
    Metadata {
        token_id: u64,
        source: MetadataError,
    },
    #[error("token {token_id}: {source}")]
    Config { token_id: u64, source: ConfigError },
}

pub struct Pipeline {
    pub store: Arc<JobStore>,
    pub nft: GenImNFTInstance<DynProvider>,
    pub backend: Arc<dyn ImageBackend>,
    pub storage: Arc<Storage>,
    pub images: ImagesConfig,
    pub jobs: JobsConfig,
    pub metadata: MetadataConfig,
    pub metrics: Metrics,
    pub poll_interval: Duration,
    /// Woken by the scanner when new requests were recorded.
    pub new_jobs: Arc<Notify>,
    /// Woken here when a job is ready to submit.
    pub ready: Arc<Notify>,
    /// When this keeper first saw a token of another shard (for takeover).
    first_seen: Mutex<HashMap<u64, Instant>>,
}

impl Pipeline {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        store: Arc<JobStore>,
        nft: GenImNFTInstance<DynProvider>,
        backend: Arc<dyn ImageBackend>,
        storage: Arc<Storage>,
        images: ImagesConfig,
        jobs: JobsConfig,
        metadata: MetadataConfig,
        metrics: Metrics,
        poll_interval: Duration,
        new_jobs: Arc<Notify>,
        ready: Arc<Notify>,
    ) -> Self {
        Self {
            store,
            nft,
            backend,
            storage,
            images,
            jobs,
            metadata,
            metrics,
            poll_interval,
            new_jobs,
            ready,
            first_seen: Mutex::new(HashMap::new()),
        }
    }

    /// Runs until `shutdown`, then gives in-flight jobs a grace period; whatever is still running
    /// after it is parked (its recorded state lets the next start resume it).
    pub async fn run(self: Arc<Self>, shutdown: CancellationToken) {
        let permits = Arc::new(Semaphore::new(self.jobs.concurrency));
        let in_flight = Arc::new(Mutex::new(HashSet::new()));
        let mut tasks = JoinSet::new();
        loop {
            while tasks.try_join_next().is_some() {}
            if let Err(error) = self.dispatch(&permits, &in_flight, &mut tasks) {
                tracing::error!(%error, "reading jobs failed");
            }
            tokio::select! {
                () = shutdown.cancelled() => break,
                () = self.new_jobs.notified() => {}
                () = tokio::time::sleep(self.poll_interval) => {}
                Some(_) = tasks.join_next(), if !tasks.is_empty() => {}
            }
        }
        if !tasks.is_empty() {
            tracing::info!(
                in_flight = tasks.len(),
                "waiting for in-flight images before stopping"
            );
            if tokio::time::timeout(SHUTDOWN_GRACE, async {
                while tasks.join_next().await.is_some() {}
            })
            .await
            .is_err()
            {
                tracing::warn!("parking unfinished images; they resume on the next start");
                tasks.abort_all();
            }
        }
    }

    /// Starts work on as many eligible jobs as there are free permits; stored images first.
    fn dispatch(
        self: &Arc<Self>,
        permits: &Arc<Semaphore>,
        in_flight: &Arc<Mutex<HashSet<u64>>>,
        tasks: &mut JoinSet<()>,
    ) -> Result<(), StoreError> {
        self.metrics
            .queue_depth
            .set(i64::try_from(self.store.count_open()?).unwrap_or(i64::MAX));
        let candidates = self.candidates(permits.available_permits(), in_flight)?;
        for job in candidates {
            let Ok(permit) = permits.clone().try_acquire_owned() else {
                break;
            };
            lock(in_flight).insert(job.token_id);
            let this = Arc::clone(self);
            let in_flight = Arc::clone(in_flight);
            tasks.spawn(async move {
                let token_id = job.token_id;
                if let Err(error) = this.process(job, permit).await {
                    tracing::warn!(token_id, %error, "job step failed; it will be retried");
                }
                lock(&in_flight).remove(&token_id);
            });
        }
        Ok(())
    }

    /// Jobs to start now, stored images first, earliest deadline first. Reads only as many rows as
    /// the free permits can use (this runs after every finished job), widening the read when other
    /// shards' jobs or in-flight ones crowd the first rows.
    fn candidates(
        &self,
        free: usize,
        in_flight: &Mutex<HashSet<u64>>,
    ) -> Result<Vec<Job>, StoreError> {
        let busy = lock(in_flight).len();
        let narrow = u32::try_from((busy + free) * 2)
            .unwrap_or(SCAN_LIMIT)
            .min(SCAN_LIMIT);
        for limit in [narrow, SCAN_LIMIT] {
            let mut rows = self.store.jobs_in_state(JobState::ImageStored, limit)?;
            let stored = rows.len();
            rows.extend(self.store.jobs_in_state(JobState::Seen, limit)?);
            let exhausted = stored < limit as usize && rows.len() - stored < limit as usize;
            let eligible: Vec<Job> = rows
                .into_iter()
                .filter(|job| !lock(in_flight).contains(&job.token_id) && self.is_ours_now(job))
                .collect();
            if eligible.len() >= free || exhausted || limit == SCAN_LIMIT {
                return Ok(eligible);
            }
        }
        Ok(Vec::new())
    }

    /// Two keepers split tokens by id (`token_id % shard_count`); a token of another shard becomes
    /// ours too once it has waited `takeover_after_secs` here (its keeper may be down). Before any
    /// money is spent, `process` re-checks on chain, so a takeover of a delivered token costs one
    /// read, not an image.
    fn is_ours_now(&self, job: &Job) -> bool {
        if job.token_id % self.jobs.shard_count == self.jobs.shard_index {
            return true;
        }
        let mut first_seen = lock(&self.first_seen);
        let seen = *first_seen.entry(job.token_id).or_insert_with(Instant::now);
        seen.elapsed() >= Duration::from_secs(self.jobs.takeover_after_secs)
    }

    async fn process(&self, job: Job, _permit: OwnedSemaphorePermit) -> Result<(), PipelineError> {
        let token_id = job.token_id;
        let job = match job.state {
            JobState::Seen => match self.generate_and_store_image(job).await? {
                Some(job) => job,
                None => return Ok(()),
            },
            _ => job,
        };
        self.store_metadata(&job).await?;
        lock(&self.first_seen).remove(&token_id);
        self.ready.notify_one();
        Ok(())
    }

    /// Re-checks the token on chain, then generates and stores its image. Returns the updated job,
    /// or `None` when the job ended (skipped or given up).
    async fn generate_and_store_image(&self, job: Job) -> Result<Option<Job>, PipelineError> {
        let token_id = job.token_id;
        match onchain::verdict_for(&self.nft, &job).await? {
            Verdict::StillPending => {}
            Verdict::Gone { cause, reason } => {
                self.store.skip(token_id, cause, &reason)?;
                tracing::info!(token_id, %cause, reason, "request no longer pending; skipped");
                return Ok(None);
            }
        }
        let time_left = job.deadline.saturating_sub(unix_now());
        if time_left < self.jobs.min_time_left_secs {
            let reason = format!(
                "only {time_left} s left before the deadline (minimum {} s)",
                self.jobs.min_time_left_secs
            );
            self.give_up(token_id, &reason)?;
            return Ok(None);
        }

        let spec = self
            .images
            .spec_for_tier(job.tier)
            .map_err(|source| PipelineError::Config { token_id, source })?;
        let request = ImageRequest {
            prompt: job.prompt.clone(),
            spec,
        };
        // Stop retrying early enough to store, submit and mine before the deadline.
        let budget = time_left.saturating_sub(self.images.submit_margin_secs);
        let give_up_at = tokio::time::Instant::now() + Duration::from_secs(budget);
        self.store.start_generating(token_id)?;
        let started = Instant::now();
        let generated = generate_with_retry(
            self.backend.as_ref(),
            &request,
            &self.retry_policy(),
            give_up_at,
        )
        .await;
        self.metrics
            .image_latency
            .observe(started.elapsed().as_secs_f64());
        let image = match generated {
            Ok((image, attempts)) => {
                self.metrics.image_api_calls.inc_by(u64::from(attempts));
                image
            }
            Err(GiveUp {
                attempts, reason, ..
            }) => {
                self.metrics.image_api_calls.inc_by(u64::from(attempts));
                self.give_up(
                    token_id,
                    &format!("image generation failed after {attempts} attempt(s): {reason}"),
                )?;
                return Ok(None);
            }
        };

        let stored = match self
            .put_image_with_retries(&image.bytes, &image.content_type)
            .await
        {
            Ok(stored) => stored,
            Err(source) => {
                self.store
                    .generation_failed(token_id, &format!("storing image: {source}"))?;
                return Err(PipelineError::Storage {
                    token_id,
                    what: "image",
                    source,
                });
            }
        };
        self.store.image_stored(
            token_id,
            &StoredImage {
                sha256: format!("0x{}", hex::encode(stored.sha256)),
                uri: stored.uri,
                content_type: image.content_type,
                model: image.model,
                size: request.spec.size(),
                created_at: unix_now(),
            },
        )?;
        Ok(self.store.get(token_id)?)
    }

    /// Renders the token's metadata from the stored image and stores it under its sha256.
    async fn store_metadata(&self, job: &Job) -> Result<(), PipelineError> {
        let token_id = job.token_id;
        let (Some(image_uri), Some(model), Some(size), Some(created_at)) = (
            job.image_uri.clone(),
            job.model.clone(),
            job.size.clone(),
            job.created_at,
        ) else {
            return Err(PipelineError::Store(StoreError::InvalidTransition {
                token_id,
                from: job.state,
                to: JobState::MetadataStored,
            }));
        };
        let json = render_metadata(&MetadataInput {
            token_id,
            prompt: job.prompt.clone(),
            image_uri,
            external_url: self.metadata.external_url_for(token_id),
            model,
            tier: job.tier,
            size,
            created_at,
        })
        .map_err(|source| PipelineError::Metadata { token_id, source })?;
        let stored =
            self.storage
                .put_metadata(&json)
                .await
                .map_err(|source| PipelineError::Storage {
                    token_id,
                    what: "metadata",
                    source,
                })?;
        self.store.metadata_stored(
            token_id,
            &format!("0x{}", hex::encode(stored.sha256)),
            &stored.uri,
        )?;
        tracing::info!(token_id, metadata = %stored.uri, "image and metadata stored");
        Ok(())
    }

    async fn put_image_with_retries(
        &self,
        bytes: &[u8],
        content_type: &str,
    ) -> Result<crate::storage::StoredObject, StorageError> {
        let mut attempt = 1;
        loop {
            match self.storage.put_image(bytes, content_type).await {
                Ok(stored) => return Ok(stored),
                Err(error) if attempt < STORAGE_ATTEMPTS => {
                    tracing::warn!(%error, attempt, "storing image failed; retrying");
                    tokio::time::sleep(Duration::from_millis(500) * attempt).await;
                    attempt += 1;
                }
                Err(error) => return Err(error),
            }
        }
    }

    fn give_up(&self, token_id: u64, reason: &str) -> Result<(), StoreError> {
        self.store.give_up(token_id, reason)?;
        self.metrics.tokens_failed.inc();
        tracing::warn!(
            token_id,
            reason,
            "gave up; the holder can refund after the deadline"
        );
        Ok(())
    }

    fn retry_policy(&self) -> RetryPolicy {
        RetryPolicy {
            max_attempts: self.images.max_attempts,
            base_delay: Duration::from_millis(self.images.base_delay_ms),
            max_delay: Duration::from_millis(self.images.max_delay_ms),
        }
    }
}

/// Seconds since the Unix epoch by the local clock (deadlines are chain timestamps, which track it).
pub fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// A poisoned lock only means another task panicked mid-update of a plain set or map; the data is
/// still usable.
fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}
