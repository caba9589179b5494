//! Strategy and image executor: decides which recorded requests this keeper works on, re-checks each
//! on chain before paying for an image, generates it (bounded concurrency, retries for as long as
//! the token's deadline allows), spools the paid bytes, uploads the image and the metadata, and
//! hands ready jobs to the submitter.
//!
//! Every step is recorded in the job store before the next one starts, so after a crash the job
//! resumes from its last recorded step: an interrupted generation starts over, a spooled or stored
//! image is never paid for again. Failures are sorted by whom they concern: a token-specific
//! refusal gives that token up; a transient one reschedules the token (persisted backoff); a
//! keeper-wide one (the provider refuses our account, storage is down) pauses the stage for every
//! token until its probe succeeds (see [`crate::pauses`]).

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use alloy::providers::DynProvider;
use genimnft_bindings::gen_im_nft::GenImNFT::GenImNFTInstance;
use tokio::sync::{Notify, OwnedSemaphorePermit, Semaphore};
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;

use crate::chain::contract::{self, AgentMark, OnChainError, Successor, Verdict};
use crate::config::{ConfigError, ImagesConfig, JobsConfig, MetadataConfig};
use crate::images::{
    FailureScope, GeneratedImage, GiveUp, ImageBackend, ImageMemory, ImageRequest, ProviderTask,
    RetryPolicy, TaskSlot, generate_with_retry_resuming, retry_delay,
};
use crate::jobs::spool::{Spool, SpoolError};
use crate::jobs::{Job, JobState, JobStore, SkipCause, SpooledImage, StoreError, StoredImage};
use crate::metadata::{MetadataError, MetadataInput, render_metadata, sha256};
use crate::metrics::{GiveUpReason, Metrics};
use crate::pauses::{Health, Loop, Stage};
use crate::storage::{Storage, StorageError, StoredObject};
use crate::time::unix_now;

/// The most jobs of one state looked at per round.
const SCAN_LIMIT: u32 = 1000;
/// Uploads are retried in place a few times before storage counts as down.
const STORAGE_ATTEMPTS: u32 = 3;
/// Transient image failures in a row, across tokens, after which the provider counts as down.
const OUTAGE_AFTER_FAILURES: u32 = 3;
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
    Spool { token_id: u64, source: SpoolError },
    #[error("token {token_id}: {source}")]
    Metadata {
        token_id: u64,
        source: MetadataError,
    },
    #[error("token {token_id}: {source}")]
    Config { token_id: u64, source: ConfigError },
}

/// Everything the pipeline works with.
pub struct Pipeline {
    pub store: Arc<JobStore>,
    pub nft: GenImNFTInstance<DynProvider>,
    pub backend: Arc<dyn ImageBackend>,
    pub storage: Arc<Storage>,
    pub spool: Spool,
    pub images: ImagesConfig,
    pub jobs: JobsConfig,
    pub metadata: MetadataConfig,
    pub metrics: Metrics,
    pub health: Arc<Health>,
    pub agent_mark: Arc<AgentMark>,
    /// Draining (`jobs.drain_to`): tokens the successor may deliver are left to it.
    pub successor: Option<Arc<Successor>>,
    pub poll_interval: Duration,
    pub probe_interval: Duration,
    /// Woken by the scanner when new requests were recorded.
    pub new_jobs: Arc<Notify>,
    /// Woken here when a job is ready to submit.
    pub ready: Arc<Notify>,
    /// When this keeper first saw a token of another shard (for takeover).
    pub first_seen: Mutex<HashMap<u64, Instant>>,
    /// The image provider's health as seen by generations (see [`ProviderOutage`]).
    pub outage: ProviderOutage,
    /// Bounds spooled images read back into memory for their upload (`jobs.images_in_memory`).
    pub upload_memory: ImageMemory,
}

/// A circuit breaker for the image provider: transient failures in a row across tokens mean the
/// provider is down, so generation pauses for every token (instead of each token burning its own
/// retries against it); after each probe interval one round of tries is let through (half open),
/// and the first success closes it again.
#[derive(Debug, Default)]
pub struct ProviderOutage {
    failures_in_a_row: AtomicU32,
    /// The `images` stage is paused because of an outage (not because the key was refused).
    open: AtomicBool,
    /// Resumed for a trial after a probe interval: the next failure pauses again at once.
    half_open: AtomicBool,
}

impl Pipeline {
    /// Runs until `shutdown`, then gives in-flight jobs a grace period; whatever is still running
    /// after it is parked (its recorded state lets the next start resume it).
    pub async fn run(self: Arc<Self>, shutdown: CancellationToken) {
        let permits = Arc::new(Semaphore::new(self.jobs.concurrency));
        let in_flight = Arc::new(Mutex::new(HashSet::new()));
        let mut tasks = JoinSet::new();
        let mut next_probe = tokio::time::Instant::now() + self.probe_interval;
        loop {
            self.health.loop_turned(Loop::Pipeline);
            while tasks.try_join_next().is_some() {}
            if tokio::time::Instant::now() >= next_probe {
                self.probe_paused_stages().await;
                next_probe = tokio::time::Instant::now() + self.probe_interval;
            }
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

    /// A paused stage resumes when its probe succeeds: a cheap authenticated call for the image
    /// provider, a write and read-back for storage.
    async fn probe_paused_stages(&self) {
        if self.outage.open.load(Ordering::SeqCst) {
            // No cheap probe tells a generation outage is over: let one round of tries through,
            // while /health keeps reporting the outage until one succeeds.
            self.outage.half_open.store(true, Ordering::SeqCst);
        } else if self.health.paused(Stage::Images).is_some() {
            match self.backend.probe().await {
                Ok(()) => self.health.resume(Stage::Images),
                Err(error) => self.health.pause(Stage::Images, &error.to_string()),
            }
        }
        if self.health.paused(Stage::Storage).is_some() {
            match self.storage.probe().await {
                Ok(()) => self.health.resume(Stage::Storage),
                Err(error) => self.health.pause(Stage::Storage, &error.to_string()),
            }
        }
    }

    /// Starts work on as many eligible jobs as there are free permits: uploads first, then
    /// metadata, then new generations.
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

    /// Jobs to start now, furthest along first, earliest deadline first. Reads only as many rows
    /// as the free permits can use (this runs after every finished job), widening the read when
    /// other shards' jobs or in-flight ones crowd the first rows. A paused stage contributes none.
    fn candidates(
        &self,
        free: usize,
        in_flight: &Mutex<HashSet<u64>>,
    ) -> Result<Vec<Job>, StoreError> {
        if free == 0 {
            return Ok(Vec::new());
        }
        let storage_up = self.health.paused(Stage::Storage).is_none();
        // No new image is paid for while it could not be delivered.
        let images_up = (self.health.paused(Stage::Images).is_none()
            || self.outage.half_open.load(Ordering::SeqCst))
            && !self.health.deliveries_blocked();
        let busy = lock(in_flight).len();
        let narrow = u32::try_from((busy + free) * 2)
            .unwrap_or(SCAN_LIMIT)
            .min(SCAN_LIMIT);
        for limit in [narrow, SCAN_LIMIT] {
            let mut batches = Vec::new();
            if storage_up {
                batches.push(self.store.jobs_in_state(JobState::ImageSpooled, limit)?);
                batches.push(self.store.jobs_in_state(JobState::ImageStored, limit)?);
                if images_up {
                    batches.push(self.store.due_for_generation(unix_now(), limit)?);
                }
            }
            let exhausted = batches.iter().all(|batch| batch.len() < limit as usize);
            let rows = batches.into_iter().flatten();
            let eligible: Vec<Job> = rows
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
    /// money is spent, `generate` re-checks on chain, so a takeover of a delivered token costs one
    /// read, not an image.
    fn is_ours_now(&self, job: &Job) -> bool {
        if job.token_id % self.jobs.shard_count == self.jobs.shard_index {
            return true;
        }
        let mut first_seen = lock(&self.first_seen);
        let seen = *first_seen.entry(job.token_id).or_insert_with(Instant::now);
        seen.elapsed() >= Duration::from_secs(self.jobs.takeover_after_secs)
    }

    /// Takes a job as far as it can go now: generation, upload, metadata.
    async fn process(&self, job: Job, _permit: OwnedSemaphorePermit) -> Result<(), PipelineError> {
        let token_id = job.token_id;
        // The row was read before the in-flight filter; a task that finished in between may have
        // moved the job on, so work from its committed state.
        let Some(mut job) = self.store.get(token_id)? else {
            return Ok(());
        };
        if job.state == JobState::Seen && job.next_attempt_at > unix_now() {
            return Ok(());
        }
        if job.state == JobState::Seen {
            match self.generate(job).await? {
                Some(next) => job = next,
                None => return Ok(()),
            }
        }
        if job.state == JobState::ImageSpooled {
            match self.upload_spooled_image(job).await? {
                Some(next) => job = next,
                None => return Ok(()),
            }
        }
        if job.state == JobState::ImageStored && self.store_metadata(&job).await? {
            lock(&self.first_seen).remove(&token_id);
            self.ready.notify_one();
        }
        Ok(())
    }

    /// Re-checks the token on chain, generates its image and spools it. Returns the spooled job,
    /// or `None` when there is nothing more to do now (ended, rescheduled or paused).
    async fn generate(&self, job: Job) -> Result<Option<Job>, PipelineError> {
        let token_id = job.token_id;
        // Not started here yet, so nothing is lost by leaving it: the successor delivers it.
        if let Some(successor) = &self.successor
            && successor.takes(token_id)
        {
            let reason = format!(
                "left to the successor agent {} (this keeper is draining: jobs.drain_to)",
                successor.agent
            );
            self.store
                .skip(token_id, SkipCause::FulfilledByOther, &reason)?;
            tracing::info!(token_id, "left to the successor agent (draining)");
            return Ok(None);
        }
        match contract::verdict_for(&self.nft, &job, self.agent_mark.first_token_id()).await? {
            Verdict::StillPending => {}
            Verdict::Gone { cause, reason } => {
                self.store.skip(token_id, cause, &reason)?;
                tracing::info!(token_id, %cause, reason, "request no longer pending; skipped");
                return Ok(None);
            }
        }
        let now = unix_now();
        let time_left = job.deadline.saturating_sub(now);
        if now >= self.last_start(&job) {
            let reason = match &job.last_error {
                Some(error) => format!(
                    "no image in time for the deadline ({time_left} s left); last error: {error}"
                ),
                None => format!("only {time_left} s left before the deadline"),
            };
            self.give_up(token_id, GiveUpReason::Deadline, &reason)?;
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
        let attempt = self.store.start_generating(token_id)?;
        let started = Instant::now();
        let task = self.provider_task_slot(&job);
        let generated = generate_with_retry_resuming(
            self.backend.as_ref(),
            &request,
            &self.retry_policy(),
            give_up_at,
            &task,
        )
        .await;
        self.metrics
            .image_latency
            .observe(started.elapsed().as_secs_f64());
        match generated {
            Ok((image, calls)) => {
                self.metrics.image_api_calls.inc_by(u64::from(calls));
                self.provider_works();
                self.spool_image(&job, image, request.spec.size()).await
            }
            Err(give_up) => {
                self.metrics
                    .image_api_calls
                    .inc_by(u64::from(give_up.attempts));
                self.generation_failed(&job, attempt, give_up)?;
                Ok(None)
            }
        }
    }

    /// The provider's task for this token, resumed from the store and recorded whenever it
    /// changes, so a retry after a timeout, a reschedule or a restart polls the task already paid
    /// for instead of submitting a new one.
    fn provider_task_slot(&self, job: &Job) -> TaskSlot {
        let token_id = job.token_id;
        let resume = job.provider_task.as_deref().and_then(ProviderTask::decode);
        let store = Arc::clone(&self.store);
        TaskSlot::new(resume).observed(move |task| {
            let text = task.map(ProviderTask::encode).unwrap_or_default();
            if let Err(error) = store.record_provider_task(token_id, &text) {
                tracing::warn!(token_id, %error, "cannot record the provider task");
            }
        })
    }

    /// Decides what a failed generation means for the token and for the keeper.
    fn generation_failed(
        &self,
        job: &Job,
        attempt: u32,
        failure: GiveUp,
    ) -> Result<(), StoreError> {
        let token_id = job.token_id;
        // Kept in the job store and shown at /tokens: the keeper's own words, never what the
        // (untrusted) provider answered; that goes to the log only.
        let reason = format!(
            "image generation failed after {} call(s): {}",
            failure.attempts, failure.public_reason
        );
        tracing::info!(token_id, detail = %crate::redact::scrub(&failure.reason), "image generation failed");
        match failure.scope {
            FailureScope::TokenPermanent => {
                self.give_up(token_id, GiveUpReason::ImageRefused, &reason)
            }
            FailureScope::ProviderAccount => {
                self.health.pause(Stage::Images, &failure.reason);
                let retry_at = unix_now() + self.probe_interval.as_secs();
                self.store.generation_failed(token_id, &reason, retry_at)
            }
            FailureScope::Transient => {
                self.count_transient_failure(&failure.reason);
                let wait = retry_delay(&self.retry_policy(), attempt, failure.retry_after);
                // Saturating: a provider's Retry-After must not wrap the clock around.
                let retry_at = unix_now().saturating_add(wait.as_secs().max(1));
                // Keep the token while a later try can still make the deadline.
                if retry_at >= self.last_start(job) {
                    return self.give_up(token_id, GiveUpReason::Deadline, &reason);
                }
                tracing::warn!(
                    token_id,
                    retry_in_secs = retry_at.saturating_sub(unix_now()),
                    reason,
                    "image generation failed; rescheduled"
                );
                self.store.generation_failed(token_id, &reason, retry_at)
            }
        }
    }

    /// Opens the breaker after [`OUTAGE_AFTER_FAILURES`] transient failures in a row (or at the
    /// first one of a half-open trial).
    fn count_transient_failure(&self, reason: &str) {
        let in_a_row = self.outage.failures_in_a_row.fetch_add(1, Ordering::SeqCst) + 1;
        let trial_failed = self.outage.half_open.swap(false, Ordering::SeqCst);
        if in_a_row >= OUTAGE_AFTER_FAILURES || trial_failed {
            self.outage.open.store(true, Ordering::SeqCst);
            self.health.pause(
                Stage::Images,
                &format!(
                    "image API failing for every token ({in_a_row} failures in a row): {reason}"
                ),
            );
        }
    }

    /// A generation succeeded: the provider works, whatever paused it before.
    fn provider_works(&self) {
        self.outage.failures_in_a_row.store(0, Ordering::SeqCst);
        self.outage.half_open.store(false, Ordering::SeqCst);
        self.outage.open.store(false, Ordering::SeqCst);
        self.health.resume(Stage::Images);
    }

    /// Writes the paid bytes to the spool and records them: from here on the image is never paid
    /// for again. The spool is local disk; if it cannot be written the image is lost (one paid
    /// call) and storage pauses.
    async fn spool_image(
        &self,
        job: &Job,
        image: GeneratedImage,
        size: String,
    ) -> Result<Option<Job>, PipelineError> {
        let token_id = job.token_id;
        let sha256_hex = format!("0x{}", hex::encode(sha256(&image.bytes)));
        let extension = extension_for(&image.content_type);
        let path = match self
            .spool
            .put(token_id, &sha256_hex, extension, image.bytes)
            .await
        {
            Ok(path) => path,
            Err(source) => {
                self.health.pause(Stage::Storage, &source.to_string());
                let retry_at = unix_now() + self.probe_interval.as_secs();
                self.store
                    .generation_failed(token_id, &source.to_string(), retry_at)?;
                return Err(PipelineError::Spool { token_id, source });
            }
        };
        self.store.image_spooled(
            token_id,
            &SpooledImage {
                sha256: sha256_hex,
                spool_path: path.display().to_string(),
                content_type: image.content_type,
                model: image.model,
                size,
                created_at: unix_now(),
            },
        )?;
        Ok(self.store.get(token_id)?)
    }

    /// Uploads a spooled image; while storage is down the job stays spooled and storage pauses.
    async fn upload_spooled_image(&self, job: Job) -> Result<Option<Job>, PipelineError> {
        let token_id = job.token_id;
        let (Some(path), Some(sha256_hex), Some(content_type), Some(model), Some(size)) = (
            job.spool_path.as_deref(),
            job.image_sha256.as_deref(),
            job.image_content_type.clone(),
            job.model.clone(),
            job.size.clone(),
        ) else {
            return Err(invalid_state(&job, JobState::ImageStored));
        };
        let _memory = self.upload_memory.reserve().await;
        let bytes = match Spool::get(Path::new(path), sha256_hex).await {
            Ok(bytes) => bytes,
            Err(source) => {
                // Someone removed or damaged the file: the paid image is gone for good.
                self.give_up(
                    token_id,
                    GiveUpReason::SpoolLost,
                    &format!("spooled image lost: {source}"),
                )?;
                return Err(PipelineError::Spool { token_id, source });
            }
        };
        let stored = self
            .with_storage_retries(token_id, "image", || {
                self.storage.put_image(&bytes, &content_type)
            })
            .await?;
        self.store.image_stored(
            token_id,
            &StoredImage {
                sha256: sha256_hex.to_owned(),
                uri: stored.uri,
                content_type,
                model,
                size,
                created_at: job.created_at.unwrap_or_else(unix_now),
            },
        )?;
        if let Err(error) = Spool::remove(Path::new(path)).await {
            tracing::warn!(token_id, %error, "could not remove the uploaded image from the spool");
        }
        Ok(self.store.get(token_id)?)
    }

    /// Renders the token's metadata from the stored image and stores it under its sha256.
    /// Returns whether the job is now ready to submit.
    async fn store_metadata(&self, job: &Job) -> Result<bool, PipelineError> {
        let token_id = job.token_id;
        let (Some(image_uri), Some(model), Some(size), Some(created_at)) = (
            job.image_uri.clone(),
            job.model.clone(),
            job.size.clone(),
            job.created_at,
        ) else {
            return Err(invalid_state(job, JobState::MetadataStored));
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
        let stored = self
            .with_storage_retries(token_id, "metadata", || self.storage.put_metadata(&json))
            .await?;
        self.store.metadata_stored(
            token_id,
            &format!("0x{}", hex::encode(stored.sha256)),
            &stored.uri,
        )?;
        tracing::info!(token_id, metadata = %stored.uri, "image and metadata stored");
        Ok(true)
    }

    /// A few quick retries for a blip; after that storage counts as down and pauses for every
    /// token until its probe succeeds. The job keeps its state, so nothing is paid for again.
    async fn with_storage_retries<'a, F, Fut>(
        &'a self,
        token_id: u64,
        what: &'static str,
        put: F,
    ) -> Result<StoredObject, PipelineError>
    where
        F: Fn() -> Fut,
        Fut: std::future::Future<Output = Result<StoredObject, StorageError>> + 'a,
    {
        let mut attempt = 1;
        loop {
            match put().await {
                Ok(stored) => {
                    self.health.resume(Stage::Storage);
                    return Ok(stored);
                }
                Err(error) if attempt < STORAGE_ATTEMPTS => {
                    tracing::warn!(token_id, %error, attempt, what, "storing failed; retrying");
                    tokio::time::sleep(Duration::from_millis(250) * attempt).await;
                    attempt += 1;
                }
                Err(source) => {
                    self.health.pause(Stage::Storage, &source.to_string());
                    return Err(PipelineError::Storage {
                        token_id,
                        what,
                        source,
                    });
                }
            }
        }
    }

    /// The last moment a generation may start: `min_time_left_secs` before the deadline, or
    /// `submit_margin_secs` if that is longer (the image must be stored, sent and mined in time).
    fn last_start(&self, job: &Job) -> u64 {
        let margin = self
            .jobs
            .min_time_left_secs
            .max(self.images.submit_margin_secs);
        job.deadline.saturating_sub(margin)
    }

    fn give_up(
        &self,
        token_id: u64,
        category: GiveUpReason,
        reason: &str,
    ) -> Result<(), StoreError> {
        self.store.give_up(token_id, reason)?;
        self.metrics.given_up(category);
        tracing::warn!(
            token_id,
            %category,
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

fn invalid_state(job: &Job, to: JobState) -> PipelineError {
    PipelineError::Store(StoreError::InvalidTransition {
        token_id: job.token_id,
        from: job.state,
        to,
    })
}

fn extension_for(content_type: &str) -> &'static str {
    match content_type {
        "image/jpeg" => "jpg",
        "image/webp" => "webp",
        _ => "png",
    }
}

/// A poisoned lock only means another task panicked mid-update of a plain set or map; the data is
/// still usable.
fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}
