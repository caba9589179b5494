//! Collector: finds paid image requests on chain. Backfills `ImageRequested` logs from the start
//! block in bounded ranges (halving the range when the node refuses), then follows new blocks,
//! acting only on logs `confirmations` deep. Each scanned range and its jobs are committed to the
//! job store together with the checkpoint, so a restart resumes exactly where the scan stopped.
//! A reorg below the checkpoint is detected by its block hash and rewinds the scan.

use std::sync::Arc;
use std::time::Duration;

use alloy::eips::BlockNumberOrTag;
use alloy::primitives::{Address, B256};
use alloy::providers::{DynProvider, Provider};
use alloy::rpc::types::{Filter, Log};
use alloy::sol_types::{SolEvent, SolType, sol_data};
use genimnft_bindings::gen_im_nft::GenImNFT::{AgentSet, ImageRequested, MetadataBaseURISet};
use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;

use crate::backoff::backoff;
use crate::chain::contract::{AgentMark, Successor};
use crate::chain::rpc::{RpcFailure, failed};
use crate::jobs::{Currency, JobStore, NewJob, StoreError};
use crate::metrics::{GiveUpReason, Metrics};
use crate::pauses::{Health, Loop, Stage};

/// How far back to rescan when the checkpoint block was reorged away.
const REORG_REWIND_BLOCKS: u64 = 64;
/// Failed scans in a row after which the node counts as down (the `rpc` stage pauses).
const RPC_DOWN_AFTER_FAILURES: u32 = 3;

#[derive(Debug, thiserror::Error)]
pub enum ChainError {
    #[error(transparent)]
    Rpc(#[from] RpcFailure),
    #[error("block {0} not found")]
    MissingBlock(u64),
    #[error("undecodable ImageRequested log in tx {tx:?}: {reason}")]
    BadLog { tx: Option<B256>, reason: String },
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("scan round did not finish within {0:?}")]
    RoundTimedOut(Duration),
}

pub struct Scanner {
    pub provider: DynProvider,
    pub contract: Address,
    pub store: Arc<JobStore>,
    pub metrics: Metrics,
    pub health: Arc<Health>,
    /// This keeper's agent, and its mark, which `AgentSet` logs move.
    pub agent: Address,
    pub agent_mark: Arc<AgentMark>,
    /// Draining (`jobs.drain_to`): the successor, whose mark `AgentSet` logs move too.
    pub successor: Option<Arc<Successor>>,
    /// Where this keeper publishes metadata: the base URI the contract must keep.
    pub expected_base_uri: String,
    pub start_block: u64,
    pub confirmations: u64,
    pub max_log_range: u64,
    pub poll_interval: Duration,
    /// Bound on one scan round, so that a call that never ends cannot stop the scanner.
    pub round_timeout: Duration,
    /// Woken when new jobs were recorded.
    pub new_jobs: Arc<Notify>,
}

enum Progress {
    CaughtUp,
    MoreToScan,
}

impl Scanner {
    /// Scans until `shutdown`; RPC failures are logged and retried with backoff, never fatal.
    pub async fn run(self, shutdown: CancellationToken) {
        let mut range = self.max_log_range;
        let mut failures = 0u32;
        loop {
            self.health.loop_turned(Loop::Scanner);
            // Dropping a round at an await is safe: each scanned range is committed with its
            // checkpoint in one transaction, so the next round resumes where this one stopped.
            let result = tokio::time::timeout(self.round_timeout, self.scan_once(&mut range))
                .await
                .unwrap_or(Err(ChainError::RoundTimedOut(self.round_timeout)));
            if result.is_ok() {
                failures = 0;
                self.health.scanner_round_done();
                self.health.resume(Stage::Rpc);
            }
            let pause = match result {
                Ok(Progress::MoreToScan) => Duration::ZERO,
                Ok(Progress::CaughtUp) => self.poll_interval,
                Err(error) => {
                    failures += 1;
                    tracing::warn!(%error, failures, "chain scan failed; retrying");
                    if failures >= RPC_DOWN_AFTER_FAILURES
                        && matches!(error, ChainError::Rpc(_) | ChainError::RoundTimedOut(_))
                    {
                        self.health.pause(Stage::Rpc, &error.to_string());
                    }
                    backoff(self.poll_interval, failures)
                }
            };
            tokio::select! {
                () = shutdown.cancelled() => return,
                () = tokio::time::sleep(pause) => {}
            }
        }
    }

    async fn scan_once(&self, range: &mut u64) -> Result<Progress, ChainError> {
        let head = self
            .provider
            .get_block_number()
            .await
            .map_err(failed("eth_blockNumber"))?;
        self.metrics
            .chain_head
            .set(i64::try_from(head).unwrap_or(i64::MAX));
        let safe_head = head.saturating_sub(self.confirmations);
        let from = self.next_block_to_scan().await?;
        if from > safe_head {
            return Ok(Progress::CaughtUp);
        }
        let to = safe_head.min(from.saturating_add(*range - 1));
        let logs = match self.fetch_logs(from, to).await {
            Ok(logs) => logs,
            Err(error) if *range > 1 => {
                // Nodes cap eth_getLogs by range or result count; try a smaller range next.
                *range = (*range / 2).max(1);
                tracing::info!(%error, range = *range, "eth_getLogs refused; shrinking range");
                return Ok(Progress::MoreToScan);
            }
            Err(error) => return Err(error),
        };
        let to_hash = self.block_hash(to).await?;
        let logs: Vec<&Log> = logs.iter().filter(|log| !log.removed).collect();
        self.follow_agent_changes(&logs);
        self.follow_base_uri_changes(&logs);
        let jobs = logs
            .into_iter()
            .filter(|log| log.topic0() == Some(&ImageRequested::SIGNATURE_HASH))
            .map(new_job_from_log)
            .collect::<Result<Vec<_>, _>>()?;
        let outcome = self.store.record_scan(to, &to_hash.to_string(), &jobs)?;
        for conflict in &outcome.conflicts {
            tracing::warn!(token_id = conflict.token_id, state = %conflict.state,
                "request changed in a reorg after its fulfil was sent; the submitter settles it");
        }
        for &token_id in &outcome.unreadable_prompts {
            self.metrics.given_up(GiveUpReason::PromptNotUtf8);
            tracing::warn!(
                token_id,
                "prompt is not UTF-8; given up before any image was paid for (refundable after the deadline)"
            );
        }
        for token_id in &outcome.reset {
            tracing::warn!(
                token_id,
                "request replaced in a reorg; work for the old one dropped"
            );
        }
        if !outcome.inserted.is_empty() || !outcome.reset.is_empty() {
            self.metrics
                .tokens_seen
                .inc_by(outcome.inserted.len() as u64);
            tracing::info!(
                from,
                to,
                new = outcome.inserted.len(),
                "found image requests"
            );
            self.new_jobs.notify_one();
        }
        self.metrics
            .last_block
            .set(i64::try_from(to).unwrap_or(i64::MAX));
        *range = (*range * 2).min(self.max_log_range);
        Ok(if to < safe_head {
            Progress::MoreToScan
        } else {
            Progress::CaughtUp
        })
    }

    /// Keeps our agent's mark current: a revocation pauses deliveries (and new images) instead of
    /// sending transactions the contract refuses; a new authorization resumes them.
    fn follow_agent_changes(&self, logs: &[&Log]) {
        for log in logs {
            let Ok(event) = log.log_decode::<AgentSet>() else {
                continue;
            };
            let event = event.inner.data;
            let block = log.block_number.unwrap_or_default();
            if let Some(successor) = &self.successor
                && event.agent == successor.agent
            {
                let first = u64::try_from(event.firstTokenId).unwrap_or(u64::MAX);
                if successor.mark.apply(first, block) {
                    log_succession(successor);
                }
                continue;
            }
            if event.agent != self.agent {
                continue;
            }
            let first = u64::try_from(event.firstTokenId).unwrap_or(u64::MAX);
            if !self.agent_mark.apply(first, block) {
                continue;
            }
            if event.authorized {
                tracing::warn!(first_token_id = first, "agent authorized on the contract");
                self.health.resume(Stage::Deliveries);
            } else {
                self.health.pause(
                    Stage::Deliveries,
                    "this agent was deauthorized on the contract (the owner must call setAgent)",
                );
            }
        }
    }

    /// A base URI that no longer points where we publish would make every delivered token
    /// unresolvable: deliveries (and new images) pause until the contract points back here.
    fn follow_base_uri_changes(&self, logs: &[&Log]) {
        for log in logs {
            let Ok(event) = log.log_decode::<MetadataBaseURISet>() else {
                continue;
            };
            // History older than the start-up checks is already accounted for.
            if log.block_number.unwrap_or_default() <= self.agent_mark.read_at_block() {
                continue;
            }
            let uri = event.inner.data.baseURI;
            if uri == self.expected_base_uri {
                self.health.resume(Stage::BaseUri);
            } else {
                self.health.pause(
                    Stage::BaseUri,
                    &format!(
                        "the contract's metadata base URI is now {uri:?} but this keeper publishes \
                         at {:?}: the owner must call setMetadataBaseURI({:?}), or [storage] must \
                         publish there",
                        self.expected_base_uri, self.expected_base_uri
                    ),
                );
            }
        }
    }

    /// The block after the checkpoint, after checking the checkpoint is still canonical.
    async fn next_block_to_scan(&self) -> Result<u64, ChainError> {
        let Some((block, hash)) = self.store.checkpoint()? else {
            return Ok(self.start_block);
        };
        let canonical = self.block_hash(block).await?;
        if canonical.to_string().eq_ignore_ascii_case(&hash) {
            return Ok(block + 1);
        }
        let rewind_to = block
            .saturating_sub(REORG_REWIND_BLOCKS)
            .max(self.start_block);
        let rewind_hash = self.block_hash(rewind_to).await?;
        let reopened = self
            .store
            .rewind_checkpoint(rewind_to, &rewind_hash.to_string())?;
        tracing::warn!(
            block,
            rewind_to,
            reopened = reopened.len(),
            "checkpoint block was reorged away; rescanning"
        );
        Ok(rewind_to + 1)
    }

    async fn fetch_logs(&self, from: u64, to: u64) -> Result<Vec<Log>, ChainError> {
        let filter = Filter::new()
            .address(self.contract)
            .event_signature(vec![
                ImageRequested::SIGNATURE_HASH,
                AgentSet::SIGNATURE_HASH,
                MetadataBaseURISet::SIGNATURE_HASH,
            ])
            .from_block(from)
            .to_block(to);
        Ok(self
            .provider
            .get_logs(&filter)
            .await
            .map_err(failed("eth_getLogs"))?)
    }

    async fn block_hash(&self, number: u64) -> Result<B256, ChainError> {
        let block = self
            .provider
            .get_block_by_number(BlockNumberOrTag::Number(number))
            .await
            .map_err(failed("eth_getBlockByNumber"))?
            .ok_or(ChainError::MissingBlock(number))?;
        Ok(block.header.hash)
    }
}

/// What a draining keeper does now, said once per change of the successor's authorization.
pub fn log_succession(successor: &Successor) {
    match successor.mark.first_token_id() {
        0 => tracing::warn!(
            successor = %successor.agent,
            "draining, but the successor agent is not authorized: this keeper keeps taking every \
             token until the owner authorizes it (nothing is left unserved)"
        ),
        first => tracing::warn!(
            successor = %successor.agent,
            first_token_id = first,
            "draining: tokens from {first} on are left to the successor unless started here; \
             this keeper finishes the rest, then the owner revokes it"
        ),
    }
}

fn new_job_from_log(log: &Log) -> Result<NewJob, ChainError> {
    let bad = |reason: String| ChainError::BadLog {
        tx: log.transaction_hash,
        reason,
    };
    let event = log
        .log_decode::<ImageRequested>()
        .map_err(|e| bad(e.to_string()))?
        .inner
        .data;
    let token_id = u64::try_from(event.tokenId).map_err(|_| bad("token id above u64".into()))?;
    Ok(NewJob {
        token_id,
        requester: event.requester.to_string(),
        tier: event.tier,
        paid: event.paid.to_string(),
        currency: Currency::from_onchain(event.currency)
            .ok_or_else(|| bad(format!("unknown currency {}", event.currency)))?,
        deadline: event.deadline,
        unreadable_prompt: std::str::from_utf8(&prompt_bytes(log).map_err(bad)?).is_err(),
        prompt: event.prompt,
        block_number: log.block_number.ok_or_else(|| bad("pending log".into()))?,
        block_hash: log
            .block_hash
            .ok_or_else(|| bad("pending log".into()))?
            .to_string(),
        tx_hash: log
            .transaction_hash
            .ok_or_else(|| bad("pending log".into()))?
            .to_string(),
        log_index: log.log_index.ok_or_else(|| bad("pending log".into()))?,
    })
}

/// The prompt's bytes exactly as the log carries them. alloy decodes a `string` lossily (invalid
/// UTF-8 becomes U+FFFD), which would hide a prompt that is not text; `string` and `bytes` share
/// one ABI encoding, so the data decodes as `bytes` too.
fn prompt_bytes(log: &Log) -> Result<alloy::primitives::Bytes, String> {
    // `ImageRequested`'s non-indexed fields (currency, paid, deadline, prompt), the prompt as bytes.
    type Data = (
        sol_data::Uint<8>,
        sol_data::Uint<256>,
        sol_data::Uint<64>,
        sol_data::Bytes,
    );
    <Data as SolType>::abi_decode_params(&log.data().data)
        .map(|(_currency, _paid, _deadline, prompt)| prompt)
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use alloy::primitives::{Address, LogData, U256};
    use alloy::rpc::types::Log;

    use super::*;

    /// An `ImageRequested` log whose prompt is `prompt`, bytes as they are.
    fn log_with_prompt(prompt: &[u8]) -> Log {
        let prompt = alloy::primitives::Bytes::copy_from_slice(prompt);
        let data = <(
            sol_data::Uint<8>,
            sol_data::Uint<256>,
            sol_data::Uint<64>,
            sol_data::Bytes,
        ) as SolType>::abi_encode_params(&(
            0u8,
            U256::from(10u64),
            1_700_000_000u64,
            prompt,
        ));
        let topics = vec![
            ImageRequested::SIGNATURE_HASH,
            B256::from(U256::from(7u64)),
            Address::repeat_byte(0xa1).into_word(),
            B256::from(U256::from(1u64)),
        ];
        Log {
            inner: alloy::primitives::Log {
                address: Address::repeat_byte(0xc0),
                data: LogData::new_unchecked(topics, data.into()),
            },
            block_hash: Some(B256::repeat_byte(0xb1)),
            block_number: Some(5),
            transaction_hash: Some(B256::repeat_byte(0x71)),
            log_index: Some(0),
            ..Log::default()
        }
    }

    #[test]
    fn a_prompt_that_is_not_utf8_is_flagged_not_mended() {
        let job = new_job_from_log(&log_with_prompt(b"caf\xe9 au lait")).expect("decodes");
        assert!(job.unreadable_prompt);
        assert_eq!(job.token_id, 7);
    }

    #[test]
    fn a_text_prompt_is_kept_as_is_even_with_a_replacement_character() {
        let text = "caf\u{e9} \u{FFFD} au lait";
        let job = new_job_from_log(&log_with_prompt(text.as_bytes())).expect("decodes");
        assert!(!job.unreadable_prompt);
        assert_eq!(job.prompt, text);
    }
}
