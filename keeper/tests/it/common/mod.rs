//! Black-box end-to-end harness: a real Anvil chain, the contract deployed by the project's own
//! `forge script`, an in-process JSON-RPC proxy and OpenAI-compatible image API, and the real
//! `genim` binary as a subprocess.
//!
//! Every wait is bounded ([`wait_until`]); every process and server is stopped on drop; when a
//! test fails, [`TestCtx`] prints the tail of every log it knows about (keepers, Anvil, forge).

pub mod alerting;
pub mod chain;
pub mod faults;
pub mod image_api;
pub mod ipfs_node;
pub mod keeper;
pub mod rpc_proxy;
pub mod weed;
pub mod world;

use std::fmt::Display;
use std::future::Future;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub use chain::{
    DeployParams, Deployment, Minter, Nft, TestChain, deploy, deploy_test_aggregator,
    deploy_test_usdc,
};
pub use faults::{StorageOutage, replacement_race, with_keeper_complaint};
pub use image_api::{ApiMode, ImageApi};
pub use ipfs_node::IpfsNode;
pub use keeper::{Keeper, KeeperConfig, KeeperHome, StorageSetup, tail};
pub use rpc_proxy::{DownMode, RpcProxy};
pub use weed::shared_weed;
pub use world::{
    AgentLedger, UsdcTerms, World, assert_delivered_once, assert_each_delivered_once,
    assert_no_reverts, wait_delivered,
};

/// Whether the keeper under test has issue 7's fault-handling interfaces: `/health` answering
/// 503 `{"status":"unhealthy","reasons":[...]}` while a stage is paused, the metrics
/// `genim_stage_paused{stage}`, `genim_agent_balance_wei`, `genim_gas_spent_wei_total`,
/// `genim_escrow_earned_wei_total`, `genim_tokens_given_up_total{reason}`, and the
/// `image_spooled` job state. The checks of those (in `faults.rs` and `chaos.rs`) run only when
/// this is true: flip it once they land.
pub const ISSUE7_INTERFACES: bool = true;

/// The repository root (the workspace root, one level above this crate).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the keeper crate lives one level below the repository root")
        .to_path_buf()
}

/// The real Foundry binary `tool` (forge, anvil, cast) installed by npm, not the npm launcher.
pub fn foundry_bin(tool: &str) -> PathBuf {
    let path = repo_root()
        .join("node_modules/@foundry-rs")
        .join(format!("{tool}-linux-amd64"))
        .join("bin")
        .join(tool);
    assert!(
        path.is_file(),
        "{} is missing: install the toolchain first (./tools/test or npm ci)",
        path.display()
    );
    path
}

/// The `genim` binary under test: `GENIM_E2E_BIN` if set (e.g. a release build, as
/// `tools/chaos` uses), else the one cargo built for this test.
pub fn genim_bin() -> PathBuf {
    std::env::var_os("GENIM_E2E_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_genim")))
}

/// What one poll of [`wait_until`] saw.
pub enum Check<T> {
    /// The condition holds; stop waiting.
    Done(T),
    /// Not yet; the text says what was observed (reported if the wait times out).
    NotYet(String),
}

/// Polls `check` every `poll` until it returns [`Check::Done`], failing with a message naming
/// `what` and the last observation after `timeout`. An `Err` from `check` aborts the wait at
/// once (use it for conditions that can never recover, e.g. the keeper process exited).
pub async fn wait_until<T, F, Fut>(
    what: impl Display,
    timeout: Duration,
    poll: Duration,
    mut check: F,
) -> eyre::Result<T>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = eyre::Result<Check<T>>>,
{
    let start = Instant::now();
    let mut last = String::from("(not polled yet)");
    loop {
        let remaining = timeout.saturating_sub(start.elapsed());
        match tokio::time::timeout(remaining.max(Duration::from_millis(1)), check()).await {
            Ok(Ok(Check::Done(value))) => return Ok(value),
            Ok(Ok(Check::NotYet(seen))) => last = seen,
            Ok(Err(e)) => {
                return Err(e.wrap_err(format!(
                    "while waiting for {what} (after {:.1?})",
                    start.elapsed()
                )));
            }
            Err(_) => last = format!("a poll was still running at the timeout; before: {last}"),
        }
        if start.elapsed() >= timeout {
            eyre::bail!("timed out after {timeout:?} waiting for {what}; last seen: {last}");
        }
        tokio::time::sleep(poll.min(timeout.saturating_sub(start.elapsed()))).await;
    }
}

/// A test's scratch directory and the logs to show if it fails.
pub struct TestCtx {
    pub name: String,
    root: Option<tempfile::TempDir>,
    root_path: PathBuf,
    logs: Mutex<Vec<(String, PathBuf, usize)>>,
}

impl TestCtx {
    pub fn new(name: &str) -> Arc<Self> {
        let root = tempfile::Builder::new()
            .prefix(&format!("genim-e2e-{name}-"))
            .tempdir()
            .expect("create the test's temporary directory");
        let root_path = root.path().to_path_buf();
        Arc::new(Self {
            name: name.to_owned(),
            root: Some(root),
            root_path,
            logs: Mutex::new(Vec::new()),
        })
    }

    /// The test's scratch directory (removed when the test passes).
    pub fn dir(&self) -> &Path {
        &self.root_path
    }

    /// Creates (if needed) and returns a subdirectory of the scratch directory.
    pub fn subdir(&self, name: &str) -> PathBuf {
        let dir = self.root_path.join(name);
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("create {}: {e}", dir.display()));
        dir
    }

    /// Shows the last 200 lines of `path` under `label` if the test fails.
    pub fn register_log(&self, label: impl Into<String>, path: impl Into<PathBuf>) {
        self.register_log_tail(label, path, 200);
    }

    /// Shows the last `lines` lines of `path` under `label` if the test fails.
    pub fn register_log_tail(
        &self,
        label: impl Into<String>,
        path: impl Into<PathBuf>,
        lines: usize,
    ) {
        self.logs
            .lock()
            .expect("log registry lock")
            .push((label.into(), path.into(), lines));
    }

    /// Prints the last lines of every registered log to stderr (captured by the test runner and
    /// shown for failing tests).
    pub fn dump_logs(&self) {
        let logs = match self.logs.lock() {
            Ok(logs) => logs.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        };
        eprintln!(
            "===== {}: logs (scratch directory {}) =====",
            self.name,
            self.root_path.display()
        );
        for (label, path, tail_lines) in logs {
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| format!("<{e}>"));
            let lines: Vec<&str> = text.lines().collect();
            let skip = lines.len().saturating_sub(tail_lines);
            eprintln!(
                "----- {label} ({}, last {} of {} lines) -----",
                path.display(),
                lines.len() - skip,
                lines.len()
            );
            for line in &lines[skip..] {
                eprintln!("{line}");
            }
        }
        eprintln!("===== end of {} logs =====", self.name);
    }

    fn keep_dir(&mut self) {
        if let Some(root) = self.root.take() {
            let _ = root.keep();
        }
    }
}

impl Drop for TestCtx {
    fn drop(&mut self) {
        if std::thread::panicking() {
            self.dump_logs();
            self.keep_dir();
        } else if std::env::var_os("GENIM_E2E_KEEP").is_some() {
            eprintln!("keeping {}", self.root_path.display());
            self.keep_dir();
        }
    }
}

/// Runs one end-to-end scenario with an overall time limit; on error or timeout prints every
/// registered log and panics with the error chain.
pub async fn run_e2e<F, Fut>(name: &str, limit: Duration, scenario: F)
where
    F: FnOnce(Arc<TestCtx>) -> Fut,
    Fut: Future<Output = eyre::Result<()>>,
{
    let ctx = TestCtx::new(name);
    let outcome = tokio::time::timeout(limit, scenario(ctx.clone())).await;
    let error = match outcome {
        Ok(Ok(())) => return,
        // The error chain with its location; a captured backtrace (RUST_BACKTRACE) only adds noise.
        Ok(Err(e)) => {
            let report = format!("{e:?}");
            match report.split_once("\n\nStack backtrace:") {
                Some((head, _)) => head.to_owned(),
                None => report,
            }
        }
        Err(_) => format!("the scenario did not finish within its limit of {limit:?}"),
    };
    // The scenario's processes are gone by now (dropped with its future); their logs remain.
    // Panicking while `ctx` is alive makes its Drop print the logs and keep the directory.
    panic!("{name} failed: {error}");
}

/// sha256 as lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest as _;
    hex::encode(sha2::Sha256::digest(bytes))
}

/// Lower-case hex without a `0x` prefix, for comparing hashes printed in different styles.
pub fn norm_hex(s: &str) -> String {
    s.trim()
        .trim_start_matches("0x")
        .trim_start_matches("0X")
        .to_ascii_lowercase()
}

/// A string as a TOML basic string (JSON string escapes are valid TOML).
pub fn toml_str(s: &str) -> String {
    serde_json::to_string(s).expect("a string always serializes")
}

/// Picks a free TCP port on 127.0.0.1 by binding port 0 and releasing it.
pub fn free_port() -> u16 {
    let listener =
        std::net::TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0 to pick a port");
    listener
        .local_addr()
        .expect("local address of a bound listener")
        .port()
}

/// GET an absolute URL without credentials, bounded by a timeout: status, content type, body.
pub async fn http_get(url: &str) -> eyre::Result<(u16, Option<String>, Vec<u8>)> {
    use eyre::WrapErr as _;
    let response = reqwest::Client::builder()
        .timeout(Duration::from_secs(15))
        .build()?
        .get(url)
        .send()
        .await
        .wrap_err_with(|| format!("GET {url}"))?;
    let status = response.status().as_u16();
    let content_type = response
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    Ok((status, content_type, response.bytes().await?.to_vec()))
}
