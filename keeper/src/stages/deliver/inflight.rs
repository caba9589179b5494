//! Transactions in flight: giving up on expired ones, re-broadcasting what the node may have lost,
//! and replacing the lowest stuck one with higher fees.

use std::time::{Duration, Instant};

use alloy::primitives::B256;
use alloy::providers::Provider;

use crate::chain::rpc::failed;
use crate::jobs::{Job, JobState, Settlement, Submission, SubmissionOutcome};
use crate::pauses::Stage;
use crate::time::unix_now;

use super::fees::{fees_within_cap, replacement_fees};
use super::settle::all_settled_as;
use super::tx::gas_floor;
use super::{InFlight, Session, SubmitError, Submitter};

impl Submitter {
    /// For each submission still in flight: give up its tokens once all have expired, re-broadcast
    /// a version the node may not know, and replace the lowest stuck one with higher fees. One
    /// whose nonce is already used is left to `settle_mined`: something was mined there, perhaps
    /// ours.
    pub(super) async fn tend_in_flight(&self, session: &mut Session) -> Result<(), SubmitError> {
        let now = unix_now();
        let nonces: Vec<u64> = session.in_flight.keys().copied().collect();
        for nonce in nonces {
            let Some(flight) = session.in_flight.get(&nonce) else {
                continue;
            };
            if flight.nonce_used_without_receipt.is_none()
                && self.all_expired(&flight.submission, now)?
            {
                let given_up = all_settled_as(
                    &flight.submission.token_ids,
                    &Settlement::GivenUp {
                        reason: "deadline passed while the delivery was waiting to be mined".into(),
                    },
                );
                self.store.settle_submission(
                    flight.submission.id,
                    SubmissionOutcome::Abandoned,
                    None,
                    &given_up,
                )?;
                self.count_settlements(&given_up);
                tracing::warn!(
                    nonce,
                    "every token of a pending fulfil expired; no longer replacing it"
                );
                session.in_flight.remove(&nonce);
            }
        }
        for flight in session.in_flight.values_mut() {
            if flight.check_broadcast && flight.nonce_used_without_receipt.is_none() {
                self.ensure_broadcast(flight).await?;
            }
        }
        // Later nonces cannot be mined before the lowest one: only that one is worth replacing.
        let Some((&nonce, flight)) = session.in_flight.iter_mut().next() else {
            return Ok(());
        };
        let resend_after = Duration::from_secs(self.config.resend_after_secs);
        if flight.nonce_used_without_receipt.is_none() && flight.last_sent.elapsed() >= resend_after
        {
            self.replace(nonce, flight).await?;
        }
        Ok(())
    }

    pub(super) fn all_expired(
        &self,
        submission: &Submission,
        now: u64,
    ) -> Result<bool, SubmitError> {
        for &token_id in &submission.token_ids {
            if let Some(job) = self.store.get(token_id)?
                && job.state == JobState::Submitted
                && job.submission_id == Some(submission.id)
                && job.deadline >= now
            {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// After a restart or a failed broadcast the node may not have our latest version: send its
    /// recorded bytes again (the same transaction, so nothing new is spent).
    pub(super) async fn ensure_broadcast(&self, flight: &mut InFlight) -> Result<(), SubmitError> {
        let Some(latest) = flight.submission.latest() else {
            return Ok(());
        };
        let hash: B256 = latest.hash.parse().map_err(|_| SubmitError::BadHash {
            token_id: flight
                .submission
                .token_ids
                .first()
                .copied()
                .unwrap_or_default(),
            value: Some(latest.hash.clone()),
        })?;
        let known = self
            .provider
            .get_transaction_by_hash(hash)
            .await
            .map_err(failed("eth_getTransactionByHash"))?
            .is_some();
        if !known {
            match &latest.raw {
                Some(raw) => {
                    self.broadcast(raw).await?;
                    tracing::info!(%hash, nonce = flight.submission.nonce, "re-broadcast a recorded fulfil");
                }
                // Recorded before raw bytes were kept: replace it right away instead.
                None => {
                    flight.last_sent =
                        Instant::now() - Duration::from_secs(self.config.resend_after_secs)
                }
            }
        }
        flight.check_broadcast = false;
        Ok(())
    }

    /// Signs a new version at the same nonce with higher fees, records it, then broadcasts it.
    pub(super) async fn replace(
        &self,
        nonce: u64,
        flight: &mut InFlight,
    ) -> Result<(), SubmitError> {
        let Some(latest) = flight.submission.latest().cloned() else {
            return Ok(());
        };
        let cap = self.fee_cap();
        let fresh = match fees_within_cap(self.fee_quote().await?, cap) {
            Ok(fees) => fees,
            Err(wait) => {
                // The old version cannot be mined either; wait for fees to come down.
                self.health.pause(Stage::Fees, &wait.to_string());
                flight.last_sent = Instant::now();
                return Ok(());
            }
        };
        let old = (latest.max_fee_per_gas, latest.max_priority_fee_per_gas);
        let Some((max_fee, priority)) = replacement_fees(old, fresh, cap) else {
            tracing::warn!(
                nonce,
                "a stuck fulfil cannot be replaced within the fee cap; waiting"
            );
            flight.last_sent = Instant::now();
            return Ok(());
        };
        let jobs = self.jobs_of(&flight.submission)?;
        if jobs.is_empty() {
            flight.last_sent = Instant::now();
            return Ok(());
        }
        let gas_limit = latest.gas_limit.max(gas_floor(jobs.len()));
        let (version, raw) = self
            .signed_fulfil(&jobs, nonce, gas_limit, (max_fee, priority))
            .await?;
        self.store
            .record_replacement(flight.submission.id, &version)?;
        flight.submission.versions.push(version.clone());
        flight.last_sent = Instant::now();
        tracing::warn!(nonce, hash = %version.hash, max_fee, "no receipt in time; replaced with higher fees");
        self.broadcast(&raw).await
    }

    /// The jobs a submission still carries (some may have been reset by a reorg since).
    pub(super) fn jobs_of(&self, submission: &Submission) -> Result<Vec<Job>, SubmitError> {
        let mut jobs = Vec::with_capacity(submission.token_ids.len());
        for &token_id in &submission.token_ids {
            if let Some(job) = self.store.get(token_id)?
                && job.state == JobState::Submitted
                && job.submission_id == Some(submission.id)
            {
                jobs.push(job);
            }
        }
        Ok(jobs)
    }
}
