//! Waiting for a paid image inside one tool call: the job's state read every half second, each
//! new step sent as a progress notification (the web page's steps), until it is final or the
//! configured wait is over (then the caller answers with the state and `get_image` goes on).

use std::time::Duration;

use rmcp::model::{ProgressNotificationParam, ProgressToken};
use rmcp::{Peer, RoleServer};

use super::McpState;
use crate::jobs::{Job, JobState, StoreError};

const POLL: Duration = Duration::from_millis(500);

/// The step a buyer sees, as on the web page.
pub(super) fn step(job: Option<&Job>) -> &'static str {
    match job.map(|job| job.state) {
        None => "paid",
        Some(JobState::Seen) => "queued",
        Some(JobState::Generating) => "generating",
        Some(JobState::ImageSpooled | JobState::ImageStored | JobState::MetadataStored) => "stored",
        Some(JobState::Submitted) => "delivering",
        Some(JobState::Delivered) => "delivered",
        Some(JobState::GivenUp) => "given_up",
        Some(JobState::Skipped) => "not_delivered",
    }
}

const STEPS: [&str; 6] = [
    "paid",
    "queued",
    "generating",
    "stored",
    "delivering",
    "delivered",
];

fn is_final(job: Option<&Job>) -> bool {
    job.is_some_and(|job| {
        matches!(
            job.state,
            JobState::Delivered | JobState::GivenUp | JobState::Skipped
        )
    })
}

/// The job of `token_id` once final, or as it is when `state.wait` is over or the client went away.
pub(super) async fn until_final(
    state: &McpState,
    token_id: u64,
    progress: Option<(ProgressToken, Peer<RoleServer>)>,
    cancelled: &tokio_util::sync::CancellationToken,
) -> Result<Option<Job>, StoreError> {
    let deadline = tokio::time::Instant::now() + state.wait;
    let mut told = None;
    loop {
        let job = state.store.get(token_id)?;
        let now = step(job.as_ref());
        if told != Some(now)
            && let Some((token, peer)) = &progress
        {
            let position = STEPS
                .iter()
                .position(|s| *s == now)
                .unwrap_or(STEPS.len() - 1);
            // A client that stopped listening is not an error: the job goes on without it.
            let _ = peer
                .notify_progress(
                    ProgressNotificationParam::new(token.clone(), (position + 1) as f64)
                        .with_total(STEPS.len() as f64)
                        .with_message(now),
                )
                .await;
            told = Some(now);
        }
        if is_final(job.as_ref()) || tokio::time::Instant::now() >= deadline {
            return Ok(job);
        }
        tokio::select! {
            () = tokio::time::sleep(POLL) => {}
            () = cancelled.cancelled() => return Ok(job),
        }
    }
}
