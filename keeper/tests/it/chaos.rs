//! Seeded chaos run (issue 7): one keeper (the real `genim` binary) on Anvil with 1 s blocks, an
//! in-process image API and an RPC proxy that can fail. Tokens are minted over time while faults
//! are injected in a seeded order with seeded timing: SIGKILLs during every stage (then a
//! restart, as a supervisor would), the RPC down or failing for ~30 s, the image API down longer
//! than the old retry budget, 429 with `Retry-After` and slow answers, storage unreachable, the
//! replacement race, and the agent running out of ETH. Afterwards it checks, on chain and over
//! HTTP: every token delivered exactly once or given up for a token-specific reason (a content
//! refusal); the agent's balance accounted to the wei; no image paid for twice (except across a
//! kill); no stall (tokens minted after the last fault are delivered).
//!
//! Settings (environment): `GENIM_CHAOS_SEED` (decimal or 0x-hex, default [`DEFAULT_SEED`]),
//! `GENIM_CHAOS_TOKENS` (default [`DEFAULT_TOKENS`]), `GENIM_CHAOS_LONG=1` (a 5-minute image
//! outage, both styles of RPC failure, more kills), `GENIM_CHAOS_FAULTS` (comma-separated kinds to
//! inject, default all: kill, rpc, image_outage, throttle, storage, race, out_of_eth).
//! `tools/chaos` runs a larger one against a release build and prints the summary.

use crate::common;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use alloy::primitives::U256;
use eyre::{bail, ensure};
use serde_json::Value;

use common::chain::{AGENTS, STATUS_DELIVERED, STATUS_PENDING};
use common::image_api::Billed;
use common::keeper::{TERMINAL_STATES, metric};
use common::{
    AgentLedger, ApiMode, Check, DownMode, ISSUE7_INTERFACES, ImageApi, Keeper, StorageOutage,
    TestCtx, World, assert_no_reverts, replacement_race, run_e2e, wait_until,
};

const DEFAULT_SEED: u64 = 0x0007_c4a0_5eed;
const DEFAULT_TOKENS: usize = 12;
const BLOCK_TIME: u64 = 1;
/// Every token has an hour: nothing may be given up for lack of time.
const WINDOW: u32 = 3600;
/// Prompts carrying this are refused by the provider (400, content policy): the only reason a
/// token may be given up.
const REFUSE_MARKER: &str = "[provider refuses this]";
/// Tokens minted after the last fault.
const FINAL_TOKENS: usize = 2;
/// After a fault ends, every open token must reach a final state within this long (the image
/// retry backoff alone may wait 30 s).
const SETTLE_BOUND: Duration = Duration::from_secs(120);
/// Tokens minted after the last fault must be delivered within this long.
const STALL_BOUND: Duration = Duration::from_secs(60);
/// A second billed image for a token is excused when the keeper was killed between the arrival
/// of the earlier billed request and this long after its answer (the answer never reached the
/// spool).
const KILL_EXCUSE_AFTER_ANSWER: Duration = Duration::from_secs(5);

// ---------------------------------------------------------------------------------------------
// Settings, PRNG and the seeded plan
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone)]
struct Settings {
    seed: u64,
    tokens: usize,
    long: bool,
    kinds: BTreeSet<Kind>,
}

impl Settings {
    fn from_env() -> Self {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        let seed = var("GENIM_CHAOS_SEED")
            .map(|s| {
                let s = s.trim();
                let parsed = match s.strip_prefix("0x") {
                    Some(hex) => u64::from_str_radix(hex, 16),
                    None => s.parse(),
                };
                parsed.unwrap_or_else(|e| panic!("GENIM_CHAOS_SEED={s:?}: {e}"))
            })
            .unwrap_or(DEFAULT_SEED);
        let tokens = var("GENIM_CHAOS_TOKENS")
            .map(|s| {
                s.trim()
                    .parse()
                    .unwrap_or_else(|e| panic!("GENIM_CHAOS_TOKENS={s:?}: {e}"))
            })
            .unwrap_or(DEFAULT_TOKENS);
        let long = var("GENIM_CHAOS_LONG").is_some_and(|v| v != "0");
        let kinds = match var("GENIM_CHAOS_FAULTS") {
            Some(list) => list
                .split(',')
                .map(|k| {
                    Kind::ALL
                        .into_iter()
                        .find(|kind| kind.name() == k.trim())
                        .unwrap_or_else(|| panic!("GENIM_CHAOS_FAULTS: unknown kind {k:?}"))
                })
                .collect(),
            None => Kind::ALL.into_iter().collect(),
        };
        Self {
            seed,
            tokens,
            long,
            kinds,
        }
    }

    /// The whole run's time limit: generous, the run itself checks tighter bounds.
    fn limit(&self) -> Duration {
        let base = if self.long { 1800 } else { 600 };
        Duration::from_secs(base + 3 * self.tokens as u64)
    }
}

/// splitmix64: small, fast, and the same sequence for a seed on every machine.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Self(seed)
    }

    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (0 when `n` is 0).
    fn below(&mut self, n: u64) -> u64 {
        if n == 0 { 0 } else { self.next_u64() % n }
    }

    /// Uniform in `lo..=hi`.
    fn between(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.below(hi.saturating_sub(lo) + 1)
    }

    fn secs(&mut self, lo: u64, hi: u64) -> Duration {
        Duration::from_secs(self.between(lo, hi))
    }

    fn millis(&mut self, lo: u64, hi: u64) -> Duration {
        Duration::from_millis(self.between(lo, hi))
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize]
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i as u64 + 1) as usize;
            items.swap(i, j);
        }
    }
}

/// The kinds of fault, as named in `GENIM_CHAOS_FAULTS` and the summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Kind {
    Kill,
    Rpc,
    ImageOutage,
    Throttle,
    Storage,
    Race,
    OutOfEth,
}

impl Kind {
    const ALL: [Kind; 7] = [
        Kind::Kill,
        Kind::Rpc,
        Kind::ImageOutage,
        Kind::Throttle,
        Kind::Storage,
        Kind::Race,
        Kind::OutOfEth,
    ];

    fn name(self) -> &'static str {
        match self {
            Kind::Kill => "kill",
            Kind::Rpc => "rpc",
            Kind::ImageOutage => "image_outage",
            Kind::Throttle => "throttle",
            Kind::Storage => "storage",
            Kind::Race => "race",
            Kind::OutOfEth => "out_of_eth",
        }
    }
}

/// The stage a targeted SIGKILL waits for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    /// An image API call in flight.
    Generating,
    /// Image and metadata stored, waiting for its batch.
    MetadataStored,
    /// A fulfil sent and not yet mined.
    Submitted,
    /// A random moment shortly after a mint.
    Anytime,
}

impl Stage {
    fn job_state(self) -> Option<&'static str> {
        match self {
            Stage::Generating => Some("generating"),
            Stage::MetadataStored => Some("metadata_stored"),
            Stage::Submitted => Some("submitted"),
            Stage::Anytime => None,
        }
    }
}

#[derive(Debug, Clone)]
enum Fault {
    /// A SIGKILL of the keeper once a freshly minted token reaches `Stage`, then a restart.
    Kill(Stage),
    RpcDown {
        mode: DownMode,
        duration: Duration,
    },
    ImageOutage {
        status: u16,
        duration: Duration,
    },
    /// 429 with `Retry-After` for `duration`, then answers that take `slow` for `slow_for`.
    Throttle {
        retry_after_secs: u64,
        duration: Duration,
        slow: Duration,
        slow_for: Duration,
    },
    StorageDown {
        duration: Duration,
    },
    ReplacementRace,
    /// The agent's balance set to almost nothing for `duration`, then funded again.
    OutOfEth {
        duration: Duration,
    },
}

impl Fault {
    fn kind(&self) -> Kind {
        match self {
            Fault::Kill(_) => Kind::Kill,
            Fault::RpcDown { .. } => Kind::Rpc,
            Fault::ImageOutage { .. } => Kind::ImageOutage,
            Fault::Throttle { .. } => Kind::Throttle,
            Fault::StorageDown { .. } => Kind::Storage,
            Fault::ReplacementRace => Kind::Race,
            Fault::OutOfEth { .. } => Kind::OutOfEth,
        }
    }

    /// How long the fault lasts (0 for the instantaneous ones).
    fn duration(&self) -> Duration {
        match self {
            Fault::Kill(_) | Fault::ReplacementRace => Duration::ZERO,
            Fault::RpcDown { duration, .. }
            | Fault::ImageOutage { duration, .. }
            | Fault::StorageDown { duration }
            | Fault::OutOfEth { duration } => *duration,
            Fault::Throttle {
                duration, slow_for, ..
            } => *duration + *slow_for,
        }
    }

    /// The summary's label, e.g. `rpc_down(RpcError)`.
    fn label(&self) -> String {
        match self {
            Fault::Kill(stage) => format!("kill@{stage:?}"),
            Fault::RpcDown { mode, .. } => format!("rpc_down({mode:?})"),
            Fault::ImageOutage { status, .. } => format!("image_outage({status})"),
            Fault::Throttle { .. } => "throttle_429+slow".into(),
            Fault::StorageDown { .. } => "storage_down".into(),
            Fault::ReplacementRace => "replacement_race".into(),
            Fault::OutOfEth { .. } => "out_of_eth".into(),
        }
    }
}

impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Fault::Kill(stage) => write!(f, "SIGKILL at stage {stage:?}, restart"),
            Fault::RpcDown { mode, duration } => write!(f, "RPC {mode:?} for {duration:?}"),
            Fault::ImageOutage { status, duration } => {
                write!(f, "image API answers {status} for {duration:?}")
            }
            Fault::Throttle {
                retry_after_secs,
                duration,
                slow,
                slow_for,
            } => write!(
                f,
                "image API 429 Retry-After {retry_after_secs} s for {duration:?}, then {slow:?} answers for {slow_for:?}"
            ),
            Fault::StorageDown { duration } => write!(f, "storage unreachable for {duration:?}"),
            Fault::ReplacementRace => write!(
                f,
                "fulfil replaced, keeper killed, original mined while it is down, restart"
            ),
            Fault::OutOfEth { duration } => {
                write!(f, "agent out of ETH for {duration:?}, then funded")
            }
        }
    }
}

/// Something done at an offset from an episode's start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Event {
    /// Mint a token (refused by the provider if `true`).
    Mint { refused: bool },
    /// SIGKILL the keeper, then restart it after `downtime`.
    Kill { downtime: Duration },
}

#[derive(Debug, Clone)]
struct Episode {
    fault: Fault,
    /// Sorted by offset.
    events: Vec<(Duration, Event)>,
}

impl Episode {
    fn mints(&self) -> usize {
        self.events
            .iter()
            .filter(|(_, e)| matches!(e, Event::Mint { .. }))
            .count()
    }
}

#[derive(Debug, Clone)]
struct Plan {
    episodes: Vec<Episode>,
    /// Tokens minted before any fault and after the last one.
    warmup: usize,
    final_tokens: usize,
}

/// The seeded schedule: which faults, in which order, how long, and when tokens are minted and
/// the keeper killed during them.
fn plan(settings: &Settings) -> Plan {
    let mut rng = Rng::new(settings.seed);
    let on = |kind: Kind| settings.kinds.contains(&kind);
    let long = settings.long;
    let mut faults = Vec::new();
    if on(Kind::ImageOutage) {
        let duration = if long {
            Duration::from_secs(300)
        } else {
            rng.secs(72, 80)
        };
        faults.push(Fault::ImageOutage {
            status: rng.pick(&[503, 500, 502]),
            duration,
        });
    }
    if on(Kind::Rpc) {
        let mut modes = DownMode::ALL.to_vec();
        rng.shuffle(&mut modes);
        for &mode in modes.iter().take(if long { 2 } else { 1 }) {
            faults.push(Fault::RpcDown {
                mode,
                duration: rng.secs(28, 33),
            });
        }
    }
    if on(Kind::Throttle) {
        faults.push(Fault::Throttle {
            retry_after_secs: rng.between(2, 6),
            duration: rng.secs(15, 22),
            slow: rng.millis(2000, 6000),
            slow_for: rng.secs(8, 12),
        });
    }
    if on(Kind::Storage) {
        faults.push(Fault::StorageDown {
            duration: rng.secs(15, 22),
        });
    }
    if on(Kind::Race) {
        faults.push(Fault::ReplacementRace);
    }
    if on(Kind::OutOfEth) {
        faults.push(Fault::OutOfEth {
            duration: rng.secs(8, 14),
        });
    }
    if on(Kind::Kill) {
        let targeted = if long {
            vec![
                Stage::Generating,
                Stage::MetadataStored,
                Stage::Submitted,
                Stage::Anytime,
            ]
        } else {
            vec![rng.pick(&[Stage::Generating, Stage::MetadataStored, Stage::Submitted])]
        };
        faults.extend(targeted.into_iter().map(Fault::Kill));
    }
    rng.shuffle(&mut faults);

    let mut episodes: Vec<Episode> = faults
        .into_iter()
        .map(|fault| Episode {
            fault,
            events: Vec::new(),
        })
        .collect();
    // Tokens: one per episode at least (exactly one for the race), the rest spread at random.
    let warmup = 1;
    let middle = settings.tokens.saturating_sub(warmup + FINAL_TOKENS);
    let mut counts = vec![0usize; episodes.len()];
    let mut left = middle;
    for count in counts.iter_mut() {
        if left > 0 {
            *count = 1;
            left -= 1;
        }
    }
    let growable: Vec<usize> = (0..episodes.len())
        .filter(|&i| !matches!(episodes[i].fault, Fault::ReplacementRace))
        .collect();
    while left > 0 && !growable.is_empty() {
        counts[rng.pick(&growable)] += 1;
        left -= 1;
    }
    // Refused prompts: about one token in twelve, never the race's or a targeted kill's.
    let refusals = (settings.tokens / 12).max(1);
    let mut slots: Vec<(usize, usize)> = Vec::new();
    for (i, episode) in episodes.iter().enumerate() {
        let first = match episode.fault {
            Fault::ReplacementRace => counts[i],
            Fault::Kill(_) => 1,
            _ => 0,
        };
        slots.extend((first..counts[i]).map(|n| (i, n)));
    }
    rng.shuffle(&mut slots);
    let refused: BTreeSet<(usize, usize)> = slots.into_iter().take(refusals).collect();

    for (i, episode) in episodes.iter_mut().enumerate() {
        let span = episode.fault.duration().mul_f64(0.7);
        for n in 0..counts[i] {
            let offset = match episode.fault {
                Fault::Kill(_) | Fault::ReplacementRace => Duration::ZERO,
                _ => rng.millis(0, span.as_millis() as u64),
            };
            episode.events.push((
                offset,
                Event::Mint {
                    refused: refused.contains(&(i, n)),
                },
            ));
        }
    }
    // Kills during other faults, at random moments: the keeper dies in whatever stage it is.
    if on(Kind::Kill) {
        let hosts: Vec<usize> = (0..episodes.len())
            .filter(|&i| episodes[i].fault.duration() > Duration::ZERO)
            .collect();
        let extra = if long {
            (settings.tokens / 8).max(4)
        } else {
            2
        };
        for _ in 0..extra {
            if hosts.is_empty() {
                break;
            }
            let host = rng.pick(&hosts);
            let span = episodes[host].fault.duration().mul_f64(0.9);
            let offset = rng.millis(500, span.as_millis().max(501) as u64);
            let downtime = rng.millis(200, 3000);
            episodes[host]
                .events
                .push((offset, Event::Kill { downtime }));
        }
    }
    for episode in &mut episodes {
        episode.events.sort_by_key(|(offset, _)| *offset);
    }
    Plan {
        episodes,
        warmup,
        final_tokens: FINAL_TOKENS,
    }
}

// ---------------------------------------------------------------------------------------------
// The driver
// ---------------------------------------------------------------------------------------------

struct Token {
    id: u64,
    prompt: String,
    refused: bool,
    /// Label of the episode it was minted in.
    minted_in: String,
    minted_at: Instant,
}

struct Driver<'w> {
    settings: Settings,
    world: &'w World,
    keeper: Arc<Keeper>,
    /// A restart in progress (see [`Driver::restart_after`]), returning refused starts.
    restarting: Option<tokio::task::JoinHandle<eyre::Result<u32>>>,
    api: ImageApi,
    ledger: AgentLedger,
    rng: Rng,
    started: Instant,
    tokens: Vec<Token>,
    kills: Vec<Instant>,
    /// Generation calls the image API had received when the keeper last came up.
    calls_at_last_start: Arc<AtomicU64>,
    /// Faults injected, by label.
    faults: BTreeMap<String, u32>,
    /// Restarts refused at start-up (e.g. while the RPC is down), retried like a supervisor.
    refused_starts: u32,
    stalls: Vec<String>,
    /// Faults that had no effect, and other findings made during the run.
    problems: Vec<String>,
}

const SUBJECTS: [&str; 12] = [
    "a lighthouse in a thunderstorm",
    "a fox reading a newspaper",
    "a teapot orbiting a gas giant",
    "a cathedral made of ice",
    "a tram crossing a desert",
    "a koi pond seen from above",
    "an owl in a library at night",
    "a harbour at dawn, ink and watercolour",
    "a robot tending tomatoes",
    "a paper boat in a gutter river",
    "a mountain village under snow",
    "a jazz trio of cats",
];

impl Driver<'_> {
    fn note(&self, message: impl fmt::Display) {
        eprintln!("[{:>7.1?}] {message}", self.started.elapsed());
    }

    fn count(&mut self, label: String) {
        *self.faults.entry(label).or_default() += 1;
    }

    async fn mint(&mut self, refused: bool, episode: &str) -> eyre::Result<u64> {
        let n = self.tokens.len();
        let subject = SUBJECTS[self.rng.below(SUBJECTS.len() as u64) as usize];
        let prompt = format!(
            "chaos {:#x} #{n}: {subject}{}",
            self.settings.seed,
            if refused {
                format!(" {REFUSE_MARKER}")
            } else {
                String::new()
            }
        );
        let minted = self.world.minter(n % 6).mint(&prompt, 0).await?;
        self.note(format_args!(
            "minted token {}{}",
            minted.token_id,
            if refused {
                " (provider refuses it)"
            } else {
                ""
            }
        ));
        self.tokens.push(Token {
            id: minted.token_id,
            prompt,
            refused,
            minted_in: episode.to_owned(),
            minted_at: Instant::now(),
        });
        Ok(minted.token_id)
    }

    /// SIGKILL (after any restart still in progress), remembered for the paid-twice check.
    async fn kill(&mut self) -> eyre::Result<()> {
        self.restarted().await?;
        self.kills.push(Instant::now());
        self.keeper.kill9()?;
        Ok(())
    }

    /// Restarts the keeper in the background after `downtime`, the way a supervisor does: events
    /// go on meanwhile (a keeper refuses to start while its RPC is down, so the restart may wait
    /// for the end of an outage).
    fn restart_after(&mut self, downtime: Duration) {
        let keeper = Arc::clone(&self.keeper);
        let (calls, calls_at_start) = (
            self.api.calls_counter(),
            Arc::clone(&self.calls_at_last_start),
        );
        self.restarting = Some(tokio::spawn(async move {
            tokio::time::sleep(downtime).await;
            let refused = supervised_start(&keeper).await?;
            calls_at_start.store(calls.total(), Ordering::SeqCst);
            Ok(refused)
        }));
    }

    /// Waits for a background restart to finish.
    async fn restarted(&mut self) -> eyre::Result<()> {
        if let Some(task) = self.restarting.take() {
            let refused = task
                .await
                .map_err(|e| eyre::eyre!("the restart task failed: {e}"))??;
            self.refused_starts += refused;
        }
        Ok(())
    }

    async fn kill_and_restart(&mut self, downtime: Duration) -> eyre::Result<()> {
        self.kill().await?;
        self.note(format_args!("SIGKILL; restart in {downtime:?}"));
        self.restart_after(downtime);
        Ok(())
    }

    /// Tokens minted during a fault, before `healed`, must not have been delivered before it:
    /// otherwise the fault had no effect and proves nothing.
    async fn expect_held_up(
        &mut self,
        since: Instant,
        healed: Instant,
        fault: &str,
    ) -> eyre::Result<()> {
        let healed_unix = SystemTime::now()
            .duration_since(UNIX_EPOCH)?
            .saturating_sub(healed.elapsed())
            .as_secs();
        let nft = self.world.nft();
        for token in &self.tokens {
            if token.refused || token.minted_at < since || token.minted_at >= healed {
                continue;
            }
            for delivery in nft.deliveries(Some(token.id)).await? {
                let at = self.world.chain.block_timestamp(delivery.block).await?;
                if at + 1 < healed_unix {
                    self.problems.push(format!(
                        "token {} was delivered {} s before {fault} ended: the fault had no effect",
                        token.id,
                        healed_unix - at
                    ));
                }
            }
        }
        Ok(())
    }

    /// Runs `events` at their offsets from `start`.
    async fn run_events(
        &mut self,
        start: Instant,
        events: &[(Duration, Event)],
        label: &str,
    ) -> eyre::Result<()> {
        for &(offset, event) in events {
            tokio::time::sleep_until((start + offset).into()).await;
            match event {
                Event::Mint { refused } => {
                    self.mint(refused, label).await?;
                }
                Event::Kill { downtime } => {
                    self.count("kill@random".into());
                    self.kill_and_restart(downtime).await?;
                }
            }
        }
        Ok(())
    }

    async fn run_episode(&mut self, index: usize, episode: &Episode) -> eyre::Result<()> {
        let label = episode.fault.label();
        self.note(format_args!(
            "episode {index}: {} ({} mint(s), {} kill(s) during it)",
            episode.fault,
            episode.mints(),
            episode.events.len() - episode.mints()
        ));
        self.count(label.clone());
        let start = Instant::now();
        match &episode.fault {
            Fault::Kill(stage) => self.targeted_kill(*stage, episode, &label).await?,
            Fault::RpcDown { mode, duration } => {
                let world = self.world;
                let keeper_url = self.keeper.admin_url();
                world.proxy.set_down(*mode);
                // The outage ends on time even while a restart waits for it (a keeper does not
                // start without its RPC, so the supervisor keeps trying).
                let heal = async move {
                    tokio::time::sleep_until((start + *duration).into()).await;
                    let health = health_of(&keeper_url).await;
                    world.proxy.set_up();
                    health
                };
                let (result, health) =
                    tokio::join!(self.run_events(start, &episode.events, &label), heal);
                result?;
                expect_paused(health, "rpc")?;
            }
            Fault::ImageOutage { status, duration } => {
                self.api.fail_for(*duration, *status, None);
                let result = self.run_events(start, &episode.events, &label).await;
                tokio::time::sleep_until((start + *duration).into()).await;
                let health = health_of(&self.keeper.admin_url()).await;
                // The breaker opens after 3 failed calls in a row. A keeper restarted during the
                // outage knows of it only from its own calls since; its tokens' persisted retry
                // times may not bring 3 of them before the outage ends.
                let observed =
                    self.api.total_calls() >= self.calls_at_last_start.load(Ordering::SeqCst) + 3;
                self.api.end_outage();
                result?;
                if observed {
                    expect_paused(health, "images")?;
                } else {
                    self.note(format_args!(
                        "images outage: fewer than 3 calls since the last restart; /health not checked"
                    ));
                }
            }
            Fault::Throttle {
                retry_after_secs,
                duration,
                slow,
                slow_for,
            } => {
                self.api.fail_for(*duration, 429, Some(*retry_after_secs));
                let (throttled, slowed): (Vec<_>, Vec<_>) = episode
                    .events
                    .iter()
                    .partition(|(offset, _)| *offset < *duration);
                let result = self.run_events(start, &throttled, &label).await;
                tokio::time::sleep_until((start + *duration).into()).await;
                self.api.end_outage();
                result?;
                self.api.set_latency(*slow);
                let result = self.run_events(start, &slowed, &label).await;
                tokio::time::sleep_until((start + *duration + *slow_for).into()).await;
                self.api.set_latency(Duration::ZERO);
                result?;
            }
            Fault::StorageDown { duration } => {
                let mut outage = StorageOutage::begin(&self.keeper.home.storage)?;
                let keeper_url = self.keeper.admin_url();
                let heal = async move {
                    tokio::time::sleep_until((start + *duration).into()).await;
                    let health = health_of(&keeper_url).await;
                    outage.restore().map(|()| health)
                };
                let (result, health) =
                    tokio::join!(self.run_events(start, &episode.events, &label), heal);
                result?;
                expect_paused(health?, "storage")?;
            }
            Fault::ReplacementRace => self.race(&label).await?,
            Fault::OutOfEth { duration } => {
                let chain = &self.world.chain;
                let funded = chain.balance(self.ledger.agent).await?;
                self.ledger.set_balance(chain, U256::from(1000u64)).await?;
                let result = self.run_events(start, &episode.events, &label).await;
                tokio::time::sleep_until((start + *duration).into()).await;
                let health = health_of(&self.keeper.admin_url()).await;
                self.ledger.set_balance(chain, funded).await?;
                result?;
                expect_paused(health, "wallet")?;
            }
        }
        self.note(format_args!("episode {index} over: the fault has ended"));
        let held_up = match &episode.fault {
            Fault::Kill(_) | Fault::ReplacementRace => None,
            Fault::Throttle { duration, .. } => Some(*duration),
            other => Some(other.duration()),
        };
        self.settle(&label).await?;
        if let Some(duration) = held_up {
            self.expect_held_up(start, start + duration, &label).await?;
        }
        Ok(())
    }

    /// Mints a token, waits until the keeper has it at `stage`, kills the keeper there, and
    /// restarts it; the episode's other tokens are minted after the restart.
    async fn targeted_kill(
        &mut self,
        stage: Stage,
        episode: &Episode,
        label: &str,
    ) -> eyre::Result<()> {
        if stage == Stage::Generating {
            // Slow answers make the generating stage last long enough to be caught.
            self.api.set_latency(Duration::from_secs(3));
        }
        let first = episode.events.first().map(|&(_, e)| e);
        let refused = matches!(first, Some(Event::Mint { refused: true }));
        let id = self.mint(refused, label).await?;
        let reached = match stage.job_state() {
            Some(state) => self.wait_stage(id, state).await?,
            None => {
                let pause = self.rng.millis(0, 3000);
                tokio::time::sleep(pause).await;
                format!("{pause:?} after the mint")
            }
        };
        let downtime = self.rng.millis(200, 3000);
        self.note(format_args!("token {id} reached {reached}"));
        self.kill_and_restart(downtime).await?;
        self.restarted().await?;
        self.api.set_latency(Duration::ZERO);
        let rest: Vec<_> = episode.events.iter().skip(1).copied().collect();
        self.run_events(Instant::now(), &rest, label).await
    }

    /// Polls token `id` until its job is in `state` (or past it, then says so).
    async fn wait_stage(&self, id: u64, state: &str) -> eyre::Result<String> {
        const ORDER: [&str; 6] = [
            "seen",
            "generating",
            "image_stored",
            "metadata_stored",
            "submitted",
            "delivered",
        ];
        let rank = |s: &str| ORDER.iter().position(|x| *x == s);
        let target = rank(state);
        wait_until(
            format!("token {id} at stage {state}"),
            Duration::from_secs(30),
            Duration::from_millis(40),
            || async {
                self.keeper.ensure_running()?;
                let job = self.keeper.token(id).await?.unwrap_or(Value::Null);
                let now = job["state"].as_str().unwrap_or("unknown").to_owned();
                Ok(if now == state {
                    Check::Done(now)
                } else if TERMINAL_STATES.contains(&now.as_str())
                    || matches!((rank(&now), target), (Some(a), Some(b)) if a > b)
                {
                    Check::Done(format!("{now} (missed {state})"))
                } else {
                    Check::NotYet(format!("job {job}"))
                })
            },
        )
        .await
    }

    async fn race(&mut self, label: &str) -> eyre::Result<()> {
        let chain = &self.world.chain;
        chain.pause_mining().await?;
        let result = async {
            let n = self.tokens.len();
            let prompt = format!(
                "chaos {:#x} #{n}: a race between two fulfils",
                self.settings.seed
            );
            let pending = self.world.minter(n % 6).send_mint(&prompt, 0).await?;
            chain.mine(1).await?;
            let minted = pending.wait().await?;
            self.note(format_args!(
                "minted token {} for the race",
                minted.token_id
            ));
            self.tokens.push(Token {
                id: minted.token_id,
                prompt,
                refused: false,
                minted_in: label.to_owned(),
                minted_at: Instant::now(),
            });
            self.restarted().await?;
            let race = replacement_race(self.world, &self.keeper, minted.token_id).await?;
            self.kills.push(Instant::now());
            self.note(format_args!(
                "original {} mined after {} replacement(s) were dropped",
                race.original,
                race.replacements.len()
            ));
            Ok::<_, eyre::Report>(())
        }
        .await;
        chain.resume_mining().await?;
        result?;
        self.restart_after(Duration::ZERO);
        self.restarted().await
    }

    /// Waits until every token minted so far is in a final state; records a stall otherwise.
    async fn settle(&mut self, after: &str) -> eyre::Result<()> {
        self.restarted().await?;
        let ids: Vec<u64> = self.tokens.iter().map(|t| t.id).collect();
        let keeper = &self.keeper;
        let outcome = wait_until(
            format!("every token in a final state after {after}"),
            SETTLE_BOUND,
            Duration::from_millis(250),
            || async {
                keeper.ensure_running()?;
                let mut open = BTreeMap::new();
                for &id in &ids {
                    let job = keeper.token(id).await?.unwrap_or(Value::Null);
                    let state = job["state"].as_str().unwrap_or("unknown");
                    if !TERMINAL_STATES.contains(&state) {
                        open.insert(id, state.to_owned());
                    }
                }
                Ok(if open.is_empty() {
                    Check::Done(())
                } else {
                    Check::NotYet(format!("open jobs {open:?}"))
                })
            },
        )
        .await;
        match outcome {
            Ok(()) => {
                self.note(format_args!("settled: every token in a final state"));
                Ok(())
            }
            Err(error) => {
                self.keeper.ensure_running()?;
                let complaint = self
                    .keeper
                    .last_line_containing("failed")
                    .unwrap_or_default();
                self.stalls
                    .push(format!("after {after}: {error:#}; keeper: {complaint}"));
                bail!("stalled after {after}")
            }
        }
    }
}

/// Starts the keeper and waits until it serves HTTP; a start refused at validation (it exits,
/// e.g. while its RPC is down) is retried every second, up to a bound. Returns the refusals.
async fn supervised_start(keeper: &Keeper) -> eyre::Result<u32> {
    let deadline = Instant::now() + Duration::from_secs(180);
    let mut refused = 0;
    loop {
        keeper.start()?;
        match keeper.wait_serving(Duration::from_secs(120)).await {
            Ok(()) => return Ok(refused),
            Err(error) => {
                if keeper.exit_status()?.is_none() || Instant::now() > deadline {
                    return Err(error.wrap_err("restarting the keeper"));
                }
                refused += 1;
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
        }
    }
}

/// `/health` of the keeper's admin listener at `base_url` right now: status and body (status 0 if unreachable).
async fn health_of(base_url: &str) -> (u16, String) {
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(5))
        .build();
    let response = match client {
        Ok(client) => client.get(format!("{base_url}/health")).send().await,
        Err(e) => return (0, e.to_string()),
    };
    match response {
        Ok(r) => (r.status().as_u16(), r.text().await.unwrap_or_default()),
        Err(e) => (0, e.to_string()),
    }
}

/// With the issue-7 interfaces: `/health`, read while a fault lasted, said `stage` was paused.
/// (Status 0: the keeper was not serving, e.g. restarting after a kill; nothing to check.)
fn expect_paused((status, body): (u16, String), stage: &str) -> eyre::Result<()> {
    let paused = status == 503 && body.to_ascii_lowercase().contains(stage);
    if ISSUE7_INTERFACES && status != 0 && !paused {
        bail!(
            "/health answered {status} {body} at the end of a {stage} fault; expected 503 naming {stage:?}"
        );
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Checks and summary
// ---------------------------------------------------------------------------------------------

#[derive(Default)]
struct Summary {
    delivered: usize,
    given_up: BTreeMap<String, usize>,
    lost: Vec<String>,
    paid_twice: Vec<String>,
    excused_repeats: usize,
    skipped_logs: usize,
    problems: Vec<String>,
}

/// Billed answers after the first that no kill explains: a kill between the arrival of the
/// previous billed request and a few seconds after its answer means the keeper may never have
/// kept that image.
fn unexcused_repeats(billed: &[Billed], kills: &[Instant]) -> (usize, usize) {
    let mut unexcused = 0;
    let mut excused = 0;
    for pair in billed.windows(2) {
        let previous = pair[0];
        let lost_to_a_kill = kills.iter().any(|&kill| {
            kill + Duration::from_millis(500) >= previous.arrived
                && kill <= previous.answered + KILL_EXCUSE_AFTER_ANSWER
        });
        if lost_to_a_kill {
            excused += 1;
        } else {
            unexcused += 1;
        }
    }
    (unexcused, excused)
}

async fn check(driver: &Driver<'_>) -> eyre::Result<Summary> {
    let world = driver.world;
    let nft = world.nft();
    let mut summary = Summary::default();
    let deliveries = nft.deliveries(None).await?;
    let mut delivered: BTreeMap<u64, usize> = BTreeMap::new();
    for d in &deliveries {
        *delivered.entry(d.token_id).or_default() += 1;
    }
    summary.skipped_logs = nft.skipped(None).await?.len();
    for token in &driver.tokens {
        let id = token.id;
        let job = driver.keeper.token(id).await?.unwrap_or(Value::Null);
        let state = job["state"].as_str().unwrap_or("unknown");
        let on_chain = nft.status(id).await?;
        let times = delivered.get(&id).copied().unwrap_or(0);
        if times > 1 {
            summary
                .problems
                .push(format!("token {id} delivered {times} times"));
        }
        if token.refused {
            if times != 0 || state != "given_up" {
                summary.problems.push(format!(
                    "token {id} (refused by the provider) is {state} with {times} deliveries; expected given_up"
                ));
            }
            *summary.given_up.entry("refused".into()).or_default() += 1;
        } else if times == 1 && on_chain == STATUS_DELIVERED {
            summary.delivered += 1;
            if state != "delivered" {
                summary.problems.push(format!(
                    "token {id} is delivered on chain but its job is {state}: {job}"
                ));
            }
        } else {
            let reason = job["reason"].as_str().unwrap_or("").to_owned();
            if state == "given_up" {
                *summary.given_up.entry(given_up_kind(&reason)).or_default() += 1;
            }
            summary.lost.push(format!(
                "token {id} (minted during {}): on chain {}, job {state}{}",
                token.minted_in,
                if on_chain == STATUS_PENDING {
                    "pending".to_owned()
                } else {
                    format!("status {on_chain}")
                },
                if reason.is_empty() {
                    String::new()
                } else {
                    format!(", reason: {reason}")
                }
            ));
        }
        let billed = driver.api.success_times(&token.prompt);
        let (unexcused, excused) = unexcused_repeats(&billed, &driver.kills);
        summary.excused_repeats += excused;
        if unexcused > 0 {
            summary.paid_twice.push(format!(
                "token {id} (minted during {}): image paid for {} times, {unexcused} not explained by a kill",
                token.minted_in,
                billed.len()
            ));
        }
    }
    let agent = world.chain.address(AGENTS[0]);
    if let Err(e) = assert_no_reverts(&world.chain, agent).await {
        summary.problems.push(format!("{e:#}"));
    }
    match driver.ledger.check(&world.chain, nft).await {
        Ok(report) => driver.note(format_args!(
            "agent balance exact: start {} − gas {} ({} transactions) + escrow {} ({} deliveries) = {}",
            report.start, report.gas, report.transactions, report.escrow, report.delivered_tokens, report.end
        )),
        Err(e) => summary.problems.push(format!("{e:#}")),
    }
    if let Err(e) = driver.keeper.expect_healthy().await {
        summary.problems.push(format!("at the end: {e:#}"));
    }
    if ISSUE7_INTERFACES {
        let metrics = driver.keeper.metrics().await?;
        let given_up = metric(&metrics, "genim_tokens_given_up_total").unwrap_or(0.0);
        let refused = driver.tokens.iter().filter(|t| t.refused).count();
        if given_up > refused as f64 {
            summary.problems.push(format!(
                "genim_tokens_given_up_total is {given_up} since the last start, but only {refused} token(s) were refused"
            ));
        }
    }
    Ok(summary)
}

/// A short name for why a token was given up, for the summary.
fn given_up_kind(reason: &str) -> String {
    let reason = reason.to_ascii_lowercase();
    for (needle, kind) in [
        ("http 5", "image API 5xx"),
        ("http 429", "image API 429"),
        ("http 401", "image API 401"),
        ("http 402", "image API 402"),
        ("http 403", "image API 403"),
        ("timed out", "image API timeout"),
        ("storing", "storage"),
        ("deadline", "deadline"),
        ("left before the deadline", "too late"),
    ] {
        if reason.contains(needle) {
            return kind.to_owned();
        }
    }
    reason.chars().take(40).collect()
}

fn summary_line(driver: &Driver<'_>, summary: &Summary) -> String {
    let faults: Vec<String> = driver
        .faults
        .iter()
        .map(|(k, n)| format!("{k}×{n}"))
        .collect();
    let given_up: Vec<String> = summary
        .given_up
        .iter()
        .map(|(k, n)| format!("{k}: {n}"))
        .collect();
    format!(
        "chaos summary: seed {:#x}, {} tokens, {:.0} s; faults: {}; delivered {}, given up {} [{}], \
         lost {}, paid twice {} (+{} explained by a kill), stalls {}, problems {}; \
         {} kill(s), {} refused restart(s), {} FulfilmentSkipped log(s)",
        driver.settings.seed,
        driver.tokens.len(),
        driver.started.elapsed().as_secs_f64(),
        faults.join(", "),
        summary.delivered,
        summary.given_up.values().sum::<usize>(),
        given_up.join("; "),
        summary.lost.len(),
        summary.paid_twice.len(),
        summary.excused_repeats,
        driver.stalls.len(),
        summary.problems.len() + driver.problems.len(),
        driver.kills.len(),
        driver.refused_starts,
        summary.skipped_logs,
    )
}

async fn chaos_run(ctx: Arc<TestCtx>, settings: Settings) -> eyre::Result<()> {
    let plan = plan(&settings);
    eprintln!(
        "chaos: seed {:#x}, {} tokens{}; reproduce with GENIM_CHAOS_SEED={:#x} GENIM_CHAOS_TOKENS={}{}",
        settings.seed,
        settings.tokens,
        if settings.long { ", long" } else { "" },
        settings.seed,
        settings.tokens,
        if settings.long {
            " GENIM_CHAOS_LONG=1"
        } else {
            ""
        }
    );
    for (i, episode) in plan.episodes.iter().enumerate() {
        eprintln!(
            "  episode {i}: {} — events {:?}",
            episode.fault, episode.events
        );
    }

    let world = World::new_with(&ctx, 1, &[0], WINDOW, Some(BLOCK_TIME)).await?;
    let agent = world.chain.address(AGENTS[0]);
    let ledger = AgentLedger::open(&world.chain, agent).await?;
    let api = ImageApi::start(ApiMode::Succeed).await?;
    api.refuse_prompts_containing(REFUSE_MARKER);
    let mut config = world.config().openai(api.base_url.clone());
    // The retry settings an operator who never tuned them has: the outages exceed their budget.
    config.default_retry = true;
    config.batch_max_wait_ms = 1500;
    config.resend_after_secs = 4;
    let keeper = world.keeper(0, 0, config);
    keeper.start_healthy().await?;

    let mut driver = Driver {
        rng: Rng::new(settings.seed ^ 0x005e_ed0f_7e57),
        settings,
        world: &world,
        keeper: Arc::new(keeper),
        restarting: None,
        api,
        ledger,
        started: Instant::now(),
        tokens: Vec::new(),
        kills: Vec::new(),
        calls_at_last_start: Arc::new(AtomicU64::new(0)),
        faults: BTreeMap::new(),
        refused_starts: 0,
        stalls: Vec::new(),
        problems: Vec::new(),
    };

    for _ in 0..plan.warmup {
        driver.mint(false, "warm-up").await?;
    }
    driver.settle("warm-up").await?;
    let mut stalled = false;
    for (i, episode) in plan.episodes.iter().enumerate() {
        if let Err(error) = driver.run_episode(i, episode).await {
            if driver.stalls.is_empty() {
                return Err(error.wrap_err(format!("episode {i} ({})", episode.fault)));
            }
            stalled = true;
            driver.note(format_args!("stopping the run: {error:#}"));
            break;
        }
    }
    if !stalled {
        // No stall: tokens minted after the last fault are delivered, in a bound.
        let before = driver.tokens.len();
        for _ in 0..plan.final_tokens {
            driver.mint(false, "after the last fault").await?;
        }
        let fresh: Vec<u64> = driver.tokens[before..].iter().map(|t| t.id).collect();
        if let Err(error) =
            common::wait_delivered(world.nft(), &[&driver.keeper], &fresh, STALL_BOUND).await
        {
            driver
                .stalls
                .push(format!("tokens minted after the last fault: {error:#}"));
        } else {
            driver.settle("the final mints").await.ok();
        }
    }

    driver.restarted().await?;
    let summary = check(&driver).await?;
    let line = summary_line(&driver, &summary);
    println!("{line}");
    eprintln!("{line}");
    let mut failures: Vec<String> = Vec::new();
    failures.extend(driver.stalls.iter().map(|s| format!("stall: {s}")));
    failures.extend(summary.lost.iter().map(|s| format!("lost: {s}")));
    failures.extend(
        summary
            .paid_twice
            .iter()
            .map(|s| format!("paid twice: {s}")),
    );
    failures.extend(summary.problems.iter().cloned());
    failures.extend(driver.problems.iter().cloned());
    ensure!(
        failures.is_empty(),
        "{line}\n{}\nreproduce: GENIM_CHAOS_SEED={:#x} GENIM_CHAOS_TOKENS={}{} cargo test -p genim-keeper --test chaos",
        failures.join("\n"),
        driver.settings.seed,
        driver.settings.tokens,
        if driver.settings.long {
            " GENIM_CHAOS_LONG=1"
        } else {
            ""
        }
    );
    driver.keeper.ensure_running()?;
    Ok(())
}

/// The seeded chaos run (small by default; see the module documentation for the settings).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn chaos_seeded_run() {
    let settings = Settings::from_env();
    let limit = settings.limit();
    run_e2e("chaos_seeded_run", limit, |ctx| chaos_run(ctx, settings)).await;
}

// ---------------------------------------------------------------------------------------------
// The planner itself
// ---------------------------------------------------------------------------------------------

fn settings(seed: u64, tokens: usize, long: bool) -> Settings {
    Settings {
        seed,
        tokens,
        long,
        kinds: Kind::ALL.into_iter().collect(),
    }
}

#[test]
fn the_plan_is_determined_by_the_seed_and_covers_every_fault() {
    let a = plan(&settings(7, 12, false));
    let b = plan(&settings(7, 12, false));
    let c = plan(&settings(8, 12, false));
    let describe = |p: &Plan| format!("{:?}", p.episodes);
    assert_eq!(describe(&a), describe(&b), "same seed, same plan");
    assert_ne!(describe(&a), describe(&c), "another seed, another plan");
    for p in [&a, &c] {
        let kinds: BTreeSet<Kind> = p.episodes.iter().map(|e| e.fault.kind()).collect();
        assert_eq!(kinds.len(), Kind::ALL.len(), "{kinds:?}");
        let mints: usize = p.episodes.iter().map(Episode::mints).sum();
        assert_eq!(mints + p.warmup + p.final_tokens, 12);
        let refused = p
            .episodes
            .iter()
            .flat_map(|e| &e.events)
            .filter(|(_, e)| matches!(e, Event::Mint { refused: true }))
            .count();
        assert_eq!(refused, 1);
        let race = p
            .episodes
            .iter()
            .find(|e| matches!(e.fault, Fault::ReplacementRace))
            .expect("a race");
        assert_eq!(race.mints(), 1, "the race has exactly its own token");
        let random_kills = p
            .episodes
            .iter()
            .flat_map(|e| &e.events)
            .filter(|(_, e)| matches!(e, Event::Kill { .. }))
            .count();
        assert_eq!(random_kills, 2);
        let image = p
            .episodes
            .iter()
            .find_map(|e| match e.fault {
                Fault::ImageOutage { duration, .. } => Some(duration),
                _ => None,
            })
            .expect("an image outage");
        assert!(
            image >= Duration::from_secs(70),
            "the image outage must outlast the old retry budget (about a minute): {image:?}"
        );
        for e in &p.episodes {
            assert!(
                e.events.iter().all(|(o, _)| *o <= e.fault.duration()),
                "{e:?}"
            );
        }
    }
    let long = plan(&settings(7, 100, true));
    assert!(long.episodes.iter().any(
        |e| matches!(e.fault, Fault::ImageOutage { duration, .. } if duration >= Duration::from_secs(300))
    ));
    let rpc = long
        .episodes
        .iter()
        .filter(|e| e.fault.kind() == Kind::Rpc)
        .count();
    assert_eq!(rpc, 2, "the long run has both styles of RPC failure");
    let mints: usize = long.episodes.iter().map(Episode::mints).sum();
    assert_eq!(mints + long.warmup + long.final_tokens, 100);
}

#[test]
fn repeated_billing_is_excused_only_around_a_kill() {
    let t0 = Instant::now();
    let at = |ms: u64| t0 + Duration::from_millis(ms);
    let billed = |arrived: u64, answered: u64| Billed {
        arrived: at(arrived),
        answered: at(answered),
    };
    let twice = [billed(0, 1000), billed(20_000, 21_000)];
    assert_eq!(unexcused_repeats(&twice, &[]), (1, 0));
    assert_eq!(
        unexcused_repeats(&twice, &[at(500)]),
        (0, 1),
        "killed mid-call"
    );
    assert_eq!(
        unexcused_repeats(&twice, &[at(3000)]),
        (0, 1),
        "killed before spooling"
    );
    assert_eq!(
        unexcused_repeats(&twice, &[at(15_000)]),
        (1, 0),
        "a later kill"
    );
    assert_eq!(unexcused_repeats(&twice[..1], &[]), (0, 0));
}
