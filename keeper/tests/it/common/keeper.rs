//! The `genim` binary as a subprocess: config file, environment secrets, logs, signals, and its
//! HTTP endpoints.

use std::path::PathBuf;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use alloy::primitives::Address;
use eyre::{Context as _, bail, eyre};
use serde_json::Value;

use super::{Check, TestCtx, free_port, genim_bin, toml_str, wait_until};

/// The image API key the keeper gets through `GENIM_IMAGE_API_KEY` (must never be logged).
pub const IMAGE_API_KEY: &str = "sk-e2e-test-key-0123456789abcdef";

/// Job states that never change again.
pub const TERMINAL_STATES: [&str; 3] = ["delivered", "given_up", "skipped"];

/// The image backend a keeper uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImagesBackend {
    Procedural,
    /// An OpenAI-compatible API at `base_url` (including `/v1`).
    OpenAi {
        base_url: String,
    },
}

/// Where a keeper stores images and metadata.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageSetup {
    /// Files in the keeper home's `storage/`, served by its own HTTP server.
    Local,
    /// An S3-compatible bucket (credentials go in the environment, see [`Keeper::set_env`]).
    S3 {
        endpoint: String,
        bucket: String,
        region: String,
        public_base_url: String,
    },
    /// IPFS through the Kubo RPC API at `api_url`.
    Ipfs {
        api_url: String,
        gateway_url: Option<String>,
        pinning_service_url: Option<String>,
    },
}

/// Everything a test may tune in the keeper's TOML file. Defaults are fast: short polls,
/// short batch waits, small images, short retry delays.
#[derive(Debug, Clone)]
pub struct KeeperConfig {
    pub rpc_url: String,
    pub contract: Address,
    pub start_block: u64,
    pub confirmations: u64,
    pub poll_interval_ms: u64,
    pub max_log_range: u64,
    pub concurrency: usize,
    pub min_time_left_secs: u64,
    pub shard_index: u64,
    pub shard_count: u64,
    pub takeover_after_secs: u64,
    pub batch_size: usize,
    pub batch_max_wait_ms: u64,
    pub resend_after_secs: u64,
    pub backend: ImagesBackend,
    pub request_timeout_secs: u64,
    pub max_attempts: u32,
    pub base_delay_ms: u64,
    pub max_delay_ms: u64,
    pub submit_margin_secs: u64,
    pub model: String,
    pub size: String,
    /// Where stored files are served; `None` means this keeper's own HTTP server.
    pub public_base_url: Option<String>,
    pub storage: StorageSetup,
    /// Leave `images.max_attempts`, `base_delay_ms` and `max_delay_ms` out of the file, so the
    /// keeper's own defaults apply (what an operator who never tuned them runs).
    pub default_retry: bool,
    // Keys newer than some keeper builds: written only when set, so a test that does not set
    // them runs against any build (the config rejects unknown keys).
    /// `jobs.spool_dir`: where generated image bytes wait until storage has them.
    pub spool_dir: Option<PathBuf>,
    /// `submit.max_fee_per_gas_gwei`.
    pub max_fee_per_gas_gwei: Option<u64>,
    /// `submit.max_gas_cost_share`.
    pub max_gas_cost_share: Option<f64>,
    /// `submit.image_cost_usd`.
    pub image_cost_usd: Option<f64>,
    /// The `[health]` section.
    pub health: Option<HealthSettings>,
    /// `chain.local`: test chains have unique chain ids, so they are local only by declaration.
    pub local_chain: bool,
    /// Further sections written verbatim at the end of the file (e.g. `[prices]`).
    pub extra_sections: String,
}

/// The keeper's `[health]` section; each key is written only when set.
#[derive(Debug, Clone, Default)]
pub struct HealthSettings {
    pub scanner_stall_polls: Option<u64>,
    pub submit_failure_rounds: Option<u64>,
    pub min_agent_balance_eth: Option<f64>,
    pub balance_poll_secs: Option<u64>,
}

impl KeeperConfig {
    /// A procedural-backend keeper on `rpc_url` (normally the [`super::RpcProxy`]).
    pub fn new(rpc_url: impl Into<String>, contract: Address) -> Self {
        Self {
            rpc_url: rpc_url.into(),
            contract,
            start_block: 0,
            confirmations: 0,
            poll_interval_ms: 150,
            max_log_range: 2000,
            concurrency: 4,
            min_time_left_secs: 5,
            shard_index: 0,
            shard_count: 1,
            takeover_after_secs: 600,
            batch_size: 16,
            batch_max_wait_ms: 300,
            resend_after_secs: 60,
            backend: ImagesBackend::Procedural,
            request_timeout_secs: 20,
            max_attempts: 6,
            base_delay_ms: 100,
            max_delay_ms: 1000,
            submit_margin_secs: 10,
            model: "procedural-v1".into(),
            size: "256x256".into(),
            public_base_url: None,
            storage: StorageSetup::Local,
            default_retry: false,
            spool_dir: None,
            max_fee_per_gas_gwei: None,
            max_gas_cost_share: None,
            image_cost_usd: None,
            health: None,
            local_chain: true,
            extra_sections: String::new(),
        }
    }

    /// Uses the OpenAI-compatible API at `base_url` (e.g. [`super::ImageApi::base_url`]).
    pub fn openai(mut self, base_url: impl Into<String>) -> Self {
        self.backend = ImagesBackend::OpenAi {
            base_url: base_url.into(),
        };
        self.model = "e2e/test-model".into();
        self
    }

    fn storage_toml(&self, home: &KeeperHome, public: &str) -> String {
        let dir = toml_str(&home.storage.display().to_string());
        match &self.storage {
            StorageSetup::Local => format!(
                "backend = \"local\"\ndir = {dir}\npublic_base_url = {}\n",
                toml_str(public)
            ),
            StorageSetup::S3 {
                endpoint,
                bucket,
                region,
                public_base_url,
            } => format!(
                "backend = \"s3\"\nendpoint = {}\nbucket = {}\nregion = {}\n\
                 public_base_url = {}\nallow_http = true\nrequest_timeout_secs = 5\n",
                toml_str(endpoint),
                toml_str(bucket),
                toml_str(region),
                toml_str(public_base_url),
            ),
            StorageSetup::Ipfs {
                api_url,
                gateway_url,
                pinning_service_url,
            } => {
                let mut text = format!(
                    "backend = \"ipfs\"\ndir = {dir}\nipfs_api_url = {}\nrequest_timeout_secs = 5\n",
                    toml_str(api_url)
                );
                if let Some(url) = gateway_url {
                    text.push_str(&format!("ipfs_gateway_url = {}\n", toml_str(url)));
                }
                if let Some(url) = pinning_service_url {
                    text.push_str(&format!("ipfs_pinning_service_url = {}\n", toml_str(url)));
                }
                text
            }
        }
    }

    fn to_toml(&self, home: &KeeperHome) -> String {
        let (backend, base_url) = match &self.backend {
            ImagesBackend::Procedural => ("procedural", String::new()),
            ImagesBackend::OpenAi { base_url } => ("openai", base_url.clone()),
        };
        let public = self
            .public_base_url
            .clone()
            .unwrap_or_else(|| home.public_base_url());
        let mut images = format!(
            "backend = {}\napi_key_env = \"GENIM_IMAGE_API_KEY\"\nrequest_timeout_secs = {}\n\
             submit_margin_secs = {}\n",
            toml_str(backend),
            self.request_timeout_secs,
            self.submit_margin_secs,
        );
        if !self.default_retry {
            images.push_str(&format!(
                "max_attempts = {}\nbase_delay_ms = {}\nmax_delay_ms = {}\n",
                self.max_attempts, self.base_delay_ms, self.max_delay_ms,
            ));
        }
        if !base_url.is_empty() {
            images.push_str(&format!("base_url = {}\n", toml_str(&base_url)));
        }
        let mut jobs_extra = String::new();
        if let Some(dir) = &self.spool_dir {
            jobs_extra.push_str(&format!(
                "spool_dir = {}\n",
                toml_str(&dir.display().to_string())
            ));
        }
        let mut submit_extra = String::new();
        if let Some(gwei) = self.max_fee_per_gas_gwei {
            submit_extra.push_str(&format!("max_fee_per_gas_gwei = {gwei}\n"));
        }
        if let Some(share) = self.max_gas_cost_share {
            submit_extra.push_str(&format!("max_gas_cost_share = {share:?}\n"));
        }
        if let Some(dollars) = self.image_cost_usd {
            submit_extra.push_str(&format!("image_cost_usd = {dollars:?}\n"));
        }
        let mut health = String::new();
        if let Some(h) = &self.health {
            health.push_str("\n[health]\n");
            if let Some(n) = h.scanner_stall_polls {
                health.push_str(&format!("scanner_stall_polls = {n}\n"));
            }
            if let Some(n) = h.submit_failure_rounds {
                health.push_str(&format!("submit_failure_rounds = {n}\n"));
            }
            if let Some(eth) = h.min_agent_balance_eth {
                health.push_str(&format!("min_agent_balance_eth = {eth:?}\n"));
            }
            if let Some(secs) = h.balance_poll_secs {
                health.push_str(&format!("balance_poll_secs = {secs}\n"));
            }
        }
        format!(
            "# written by the e2e harness\n\
             [chain]\nrpc_url = {rpc}\ncontract = \"{contract}\"\nstart_block = {start}\n\
             confirmations = {conf}\npoll_interval_ms = {poll}\nmax_log_range = {range}\n\
             local = {local}\n\n\
             [jobs]\ndatabase = {db}\nconcurrency = {conc}\nmin_time_left_secs = {left}\n\
             shard_index = {si}\nshard_count = {sc}\ntakeover_after_secs = {take}\n{jobs_extra}\n\
             [submit]\nbatch_size = {bs}\nbatch_max_wait_ms = {bw}\nresend_after_secs = {resend}\n\
             {submit_extra}\n\
             [images]\n{images}\n\
             [images.default]\nmodel = {model}\nsize = {size}\n\n\
             [storage]\n{storage}\n\
             [http]\nlisten = \"127.0.0.1:{port}\"\n\n\
             [admin]\nlisten = \"127.0.0.1:{admin_port}\"\n{health}\n{extra}",
            rpc = toml_str(&self.rpc_url),
            contract = self.contract,
            start = self.start_block,
            conf = self.confirmations,
            poll = self.poll_interval_ms,
            range = self.max_log_range,
            local = self.local_chain,
            db = toml_str(&home.database.display().to_string()),
            conc = self.concurrency,
            left = self.min_time_left_secs,
            si = self.shard_index,
            sc = self.shard_count,
            take = self.takeover_after_secs,
            bs = self.batch_size,
            bw = self.batch_max_wait_ms,
            resend = self.resend_after_secs,
            model = toml_str(&self.model),
            size = toml_str(&self.size),
            storage = self.storage_toml(home, &public),
            port = home.port,
            admin_port = home.admin_port,
            extra = self.extra_sections,
        )
    }
}

/// Served by the admin listener only (`admin.listen`).
pub const ADMIN_PATHS: [&str; 4] = ["/metrics", "/health", "/ready", "/live"];

/// A keeper's persistent state across restarts: its directory, database, storage and HTTP port.
#[derive(Debug, Clone)]
pub struct KeeperHome {
    pub label: String,
    pub dir: PathBuf,
    pub database: PathBuf,
    pub storage: PathBuf,
    pub port: u16,
    /// The admin listener's port: `/metrics`, `/health`, `/live`, `/ready`.
    pub admin_port: u16,
}

impl KeeperHome {
    /// Picks the HTTP port now, so the contract's metadata base URI can be set before deploying.
    pub fn new(ctx: &TestCtx, label: &str) -> Self {
        let dir = ctx.subdir(&format!("keeper-{label}"));
        Self {
            label: label.to_owned(),
            database: dir.join("genim.db"),
            storage: dir.join("storage"),
            dir,
            port: free_port(),
            admin_port: free_port(),
        }
    }

    pub fn public_base_url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// What the contract's `metadataBaseURI` must be for tokens stored by this keeper.
    pub fn metadata_base_uri(&self) -> String {
        format!("{}/metadata/", self.public_base_url())
    }
}

/// The output of a finished `genim` subcommand.
#[derive(Debug)]
pub struct CliOutput {
    pub status: ExitStatus,
    pub stdout: String,
    pub stderr: String,
}

/// A `genim run` process (or none, between restarts). Killed with SIGKILL on drop.
pub struct Keeper {
    ctx: Arc<TestCtx>,
    pub home: KeeperHome,
    pub config: KeeperConfig,
    agent_key: Option<String>,
    extra_env: Vec<(String, String)>,
    child: Mutex<Option<Child>>,
    runs: AtomicU32,
    http: reqwest::Client,
    stdout_path: Mutex<PathBuf>,
    stderr_path: Mutex<PathBuf>,
}

impl Keeper {
    /// Prepares (does not start) a keeper signing with `agent_key` (0x-hex).
    pub fn new(
        ctx: Arc<TestCtx>,
        home: KeeperHome,
        config: KeeperConfig,
        agent_key: Option<String>,
    ) -> Self {
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(10))
            .build()
            .expect("build an HTTP client");
        Self {
            stdout_path: Mutex::new(home.dir.join("stdout-0.log")),
            stderr_path: Mutex::new(home.dir.join("stderr-0.log")),
            ctx,
            home,
            config,
            agent_key,
            extra_env: Vec::new(),
            child: Mutex::new(None),
            runs: AtomicU32::new(0),
            http,
        }
    }

    pub fn set_env(&mut self, key: &str, value: &str) {
        self.extra_env.push((key.to_owned(), value.to_owned()));
    }

    pub fn base_url(&self) -> String {
        format!("http://127.0.0.1:{}", self.home.port)
    }

    /// The admin listener: `/metrics`, `/health`, `/live`, `/ready`.
    pub fn admin_url(&self) -> String {
        format!("http://127.0.0.1:{}", self.home.admin_port)
    }

    fn write_config(&self, name: &str) -> eyre::Result<PathBuf> {
        let path = self.home.dir.join(name);
        std::fs::write(&path, self.config.to_toml(&self.home))
            .wrap_err_with(|| format!("write {}", path.display()))?;
        Ok(path)
    }

    /// The environment a `genim` process gets: nothing GENIM_*/AWS_* inherited, our secrets.
    fn base_command(&self, config: &PathBuf) -> Command {
        let mut cmd = Command::new(genim_bin());
        for (key, _) in std::env::vars_os() {
            let k = key.to_string_lossy();
            if k.starts_with("GENIM_") || k.starts_with("AWS_") {
                cmd.env_remove(&key);
            }
        }
        if std::env::var_os("RUST_LOG").is_none() {
            cmd.env("RUST_LOG", "info,genim=debug,genim_keeper=debug");
        }
        cmd.env("NO_COLOR", "1")
            .env("GENIM_IMAGE_API_KEY", IMAGE_API_KEY)
            .arg("--config")
            .arg(config)
            .current_dir(&self.home.dir)
            .stdin(Stdio::null());
        for (k, v) in &self.extra_env {
            cmd.env(k, v);
        }
        cmd
    }

    /// Spawns `genim --config FILE run` (the config is rewritten from `self.config`).
    pub fn start(&self) -> eyre::Result<()> {
        let mut child = self.child.lock().expect("keeper child lock");
        if let Some(c) = child.as_mut()
            && c.try_wait()?.is_none()
        {
            bail!("keeper {} is already running", self.home.label);
        }
        let run = self.runs.fetch_add(1, Ordering::SeqCst) + 1;
        let config = self.write_config(&format!("config-run{run}.toml"))?;
        let stdout = self.home.dir.join(format!("stdout-run{run}.log"));
        let stderr = self.home.dir.join(format!("stderr-run{run}.log"));
        let label = &self.home.label;
        self.ctx
            .register_log(format!("keeper {label} run {run} stdout"), &stdout);
        self.ctx
            .register_log(format!("keeper {label} run {run} stderr"), &stderr);
        let mut cmd = self.base_command(&config);
        if let Some(key) = &self.agent_key {
            cmd.env("GENIM_AGENT_KEY", key);
        }
        cmd.arg("run")
            .stdout(std::fs::File::create(&stdout)?)
            .stderr(std::fs::File::create(&stderr)?);
        *child = Some(cmd.spawn().wrap_err("spawn genim run")?);
        *self.stdout_path.lock().expect("path lock") = stdout;
        *self.stderr_path.lock().expect("path lock") = stderr;
        Ok(())
    }

    /// Starts and waits until `/health` answers.
    pub async fn start_healthy(&self) -> eyre::Result<()> {
        self.start()?;
        self.wait_healthy(Duration::from_secs(30)).await
    }

    pub fn pid(&self) -> Option<u32> {
        self.child
            .lock()
            .expect("keeper child lock")
            .as_ref()
            .map(Child::id)
    }

    /// The exit status if the current process has exited.
    pub fn exit_status(&self) -> eyre::Result<Option<ExitStatus>> {
        let mut child = self.child.lock().expect("keeper child lock");
        match child.as_mut() {
            Some(c) => Ok(c.try_wait()?),
            None => Err(eyre!("keeper {} was never started", self.home.label)),
        }
    }

    /// Fails (with the stderr tail) if the keeper process has exited.
    pub fn ensure_running(&self) -> eyre::Result<()> {
        match self.exit_status()? {
            None => Ok(()),
            Some(status) => Err(eyre!(
                "keeper {} exited unexpectedly with {status}; stderr ends with:\n{}",
                self.home.label,
                tail(&self.stderr(), 30)
            )),
        }
    }

    /// SIGKILL, and reap.
    pub fn kill9(&self) -> eyre::Result<ExitStatus> {
        let mut child = self.child.lock().expect("keeper child lock");
        let c = child
            .as_mut()
            .ok_or_else(|| eyre!("keeper {} was never started", self.home.label))?;
        // std's Child::kill sends SIGKILL on Unix.
        let _ = c.kill();
        Ok(c.wait()?)
    }

    /// SIGTERM, then waits up to `timeout` for a clean exit (SIGKILL and an error otherwise).
    pub async fn stop(&self, timeout: Duration) -> eyre::Result<ExitStatus> {
        if self.exit_status()?.is_none() {
            let pid = self.pid().ok_or_else(|| eyre!("no keeper process"))?;
            let pid = libc::pid_t::try_from(pid)?;
            // SAFETY: signalling our own child, which has not been reaped (try_wait said running).
            let rc = unsafe { libc::kill(pid, libc::SIGTERM) };
            if rc != 0 {
                bail!("kill(SIGTERM) failed: {}", std::io::Error::last_os_error());
            }
        }
        match self.wait_exit(timeout).await {
            Ok(status) => Ok(status),
            Err(e) => {
                let _ = self.kill9();
                Err(e.wrap_err("the keeper ignored SIGTERM"))
            }
        }
    }

    /// Waits up to `timeout` for the process to exit by itself.
    pub async fn wait_exit(&self, timeout: Duration) -> eyre::Result<ExitStatus> {
        let start = Instant::now();
        loop {
            if let Some(status) = self.exit_status()? {
                return Ok(status);
            }
            if start.elapsed() >= timeout {
                bail!("keeper {} still running after {timeout:?}", self.home.label);
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The current run's stderr so far.
    pub fn stderr(&self) -> String {
        let path = self.stderr_path.lock().expect("path lock").clone();
        std::fs::read_to_string(path).unwrap_or_default()
    }

    /// Everything every run of this keeper printed.
    pub fn all_output(&self) -> String {
        let mut out = String::new();
        for run in 1..=self.runs.load(Ordering::SeqCst) {
            for stream in ["stdout", "stderr"] {
                let path = self.home.dir.join(format!("{stream}-run{run}.log"));
                out.push_str(&std::fs::read_to_string(path).unwrap_or_default());
            }
        }
        out
    }

    /// The last line of any run's output that contains `needle` (for failure messages).
    pub fn last_line_containing(&self, needle: &str) -> Option<String> {
        self.all_output()
            .lines()
            .rev()
            .find(|line| line.contains(needle))
            .map(str::to_owned)
    }

    /// How many lines of all runs' output contain `needle`.
    pub fn count_lines_containing(&self, needle: &str) -> usize {
        self.all_output()
            .lines()
            .filter(|line| line.contains(needle))
            .count()
    }

    /// GET `path` from the keeper's HTTP server (the admin listener for the operators' paths):
    /// status and body.
    pub async fn get(&self, path: &str) -> eyre::Result<(u16, Vec<u8>)> {
        let base = if ADMIN_PATHS.contains(&path) {
            self.admin_url()
        } else {
            self.base_url()
        };
        let url = format!("{base}{path}");
        let response = self
            .http
            .get(&url)
            .send()
            .await
            .wrap_err_with(|| format!("GET {url}"))?;
        let status = response.status().as_u16();
        let body = response
            .bytes()
            .await
            .wrap_err_with(|| format!("body of GET {url}"))?;
        Ok((status, body.to_vec()))
    }

    /// GET `path` expecting 200 and JSON.
    pub async fn get_json(&self, path: &str) -> eyre::Result<Value> {
        let (status, body) = self.get(path).await?;
        if status != 200 {
            bail!(
                "GET {path} answered {status}: {}",
                String::from_utf8_lossy(&body)
            );
        }
        serde_json::from_slice(&body)
            .wrap_err_with(|| format!("GET {path} is not JSON: {}", String::from_utf8_lossy(&body)))
    }

    /// The job of token `id` from `/tokens/{id}`, `None` on 404.
    pub async fn token(&self, id: u64) -> eyre::Result<Option<Value>> {
        let path = format!("/tokens/{id}");
        let (status, body) = self.get(&path).await?;
        match status {
            404 => Ok(None),
            200 => Ok(Some(serde_json::from_slice(&body).wrap_err_with(|| {
                format!("GET {path} is not JSON: {}", String::from_utf8_lossy(&body))
            })?)),
            other => bail!(
                "GET {path} answered {other}: {}",
                String::from_utf8_lossy(&body)
            ),
        }
    }

    /// `GET /health`: the status code and the JSON body (`Null` if the body is not JSON).
    pub async fn health(&self) -> eyre::Result<(u16, Value)> {
        let (status, body) = self.get("/health").await?;
        Ok((status, serde_json::from_slice(&body).unwrap_or(Value::Null)))
    }

    /// Fails unless `/health` answers 503 `{"status":"unhealthy"}` with a reason mentioning
    /// `stage` (e.g. "images", "storage", "rpc", "wallet", "deliveries").
    pub async fn expect_unhealthy(&self, stage: &str) -> eyre::Result<()> {
        let (status, body) = self.health().await?;
        let reasons = body["reasons"].to_string().to_ascii_lowercase();
        if status != 503 || body["status"] != "unhealthy" || !reasons.contains(stage) {
            bail!("/health answered {status} {body}; expected 503 unhealthy naming {stage:?}");
        }
        Ok(())
    }

    /// Fails unless `/health` answers 200 `{"status":"ok"}`.
    pub async fn expect_healthy(&self) -> eyre::Result<()> {
        let (status, body) = self.health().await?;
        if status != 200 || body["status"] != "ok" {
            bail!("/health answered {status} {body}; expected 200 ok");
        }
        Ok(())
    }

    pub async fn metrics(&self) -> eyre::Result<String> {
        let (status, body) = self.get("/metrics").await?;
        if status != 200 {
            bail!("GET /metrics answered {status}");
        }
        String::from_utf8(body).wrap_err("metrics are not UTF-8")
    }

    /// Waits until `/health` answers 200 `{"status":"ok"}`; fails at once if the process exits.
    pub async fn wait_healthy(&self, timeout: Duration) -> eyre::Result<()> {
        wait_until(
            format!("keeper {} /health", self.home.label),
            timeout,
            Duration::from_millis(100),
            || async {
                self.ensure_running()?;
                Ok(match self.get_json("/health").await {
                    Ok(v) if v["status"] == "ok" => Check::Done(()),
                    Ok(v) => Check::NotYet(format!("/health answered {v}")),
                    Err(e) => Check::NotYet(format!("{e:#}")),
                })
            },
        )
        .await
    }

    /// Waits until the HTTP server answers `/health` at all (200, or 503 while a stage is
    /// paused): the keeper is up, if not necessarily healthy. Fails at once if the process exits.
    pub async fn wait_serving(&self, timeout: Duration) -> eyre::Result<()> {
        wait_until(
            format!("keeper {} serving /health", self.home.label),
            timeout,
            Duration::from_millis(100),
            || async {
                self.ensure_running()?;
                Ok(match self.health().await {
                    Ok((200 | 503, _)) => Check::Done(()),
                    Ok((status, body)) => {
                        Check::NotYet(format!("/health answered {status} {body}"))
                    }
                    Err(e) => Check::NotYet(format!("{e:#}")),
                })
            },
        )
        .await
    }

    /// Waits until the job of token `id` is in one of `states`. Fails at once if the keeper
    /// exits or the job reaches a different final state.
    pub async fn wait_token_state(
        &self,
        id: u64,
        states: &[&str],
        timeout: Duration,
    ) -> eyre::Result<Value> {
        wait_until(
            format!("keeper {} job {id} in state {states:?}", self.home.label),
            timeout,
            Duration::from_millis(100),
            || async {
                self.ensure_running()?;
                match self.token(id).await {
                    Ok(Some(job)) => {
                        let state = job["state"].as_str().unwrap_or("<no state>").to_owned();
                        if states.contains(&state.as_str()) {
                            Ok(Check::Done(job))
                        } else if TERMINAL_STATES.contains(&state.as_str()) {
                            Err(eyre!("job {id} ended in state {state:?} instead: {job}"))
                        } else {
                            Ok(Check::NotYet(format!("job {job}")))
                        }
                    }
                    Ok(None) => Ok(Check::NotYet(format!("/tokens/{id} is 404"))),
                    Err(e) => Ok(Check::NotYet(format!("{e:#}"))),
                }
            },
        )
        .await
    }

    /// Runs a `genim` subcommand (`status`, `mint`, ...) with this keeper's config (no agent
    /// key unless given in `envs`), waiting up to `timeout`.
    pub async fn cli(
        &self,
        args: &[&str],
        envs: &[(&str, &str)],
        timeout: Duration,
    ) -> eyre::Result<CliOutput> {
        let run = self.runs.load(Ordering::SeqCst);
        let n = CLI_RUNS.fetch_add(1, Ordering::SeqCst);
        let config = self.write_config(&format!("config-cli{n}.toml"))?;
        let stdout = self.home.dir.join(format!("cli{n}-stdout.log"));
        let stderr = self.home.dir.join(format!("cli{n}-stderr.log"));
        self.ctx.register_log(
            format!("genim {} (after run {run}) stdout", args.join(" ")),
            &stdout,
        );
        self.ctx.register_log(
            format!("genim {} (after run {run}) stderr", args.join(" ")),
            &stderr,
        );
        let mut cmd = self.base_command(&config);
        cmd.args(args)
            .stdout(std::fs::File::create(&stdout)?)
            .stderr(std::fs::File::create(&stderr)?);
        for (k, v) in envs {
            cmd.env(k, v);
        }
        let mut child = cmd
            .spawn()
            .wrap_err_with(|| format!("spawn genim {args:?}"))?;
        let start = Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait()? {
                break status;
            }
            if start.elapsed() >= timeout {
                let _ = child.kill();
                let _ = child.wait();
                bail!(
                    "genim {args:?} did not finish within {timeout:?}; stderr:\n{}",
                    tail(&std::fs::read_to_string(&stderr).unwrap_or_default(), 30)
                );
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        };
        Ok(CliOutput {
            status,
            stdout: std::fs::read_to_string(&stdout)?,
            stderr: std::fs::read_to_string(&stderr)?,
        })
    }
}

static CLI_RUNS: AtomicU32 = AtomicU32::new(0);

impl Drop for Keeper {
    fn drop(&mut self) {
        if let Ok(mut child) = self.child.lock()
            && let Some(c) = child.as_mut()
        {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

/// The last `n` lines of `text`.
pub fn tail(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(n)..].join("\n")
}

/// The sum of a Prometheus metric over all its label sets (`None` if absent). Histograms are
/// addressed by their full sample name, e.g. `genim_image_latency_seconds_count`.
pub fn metric(text: &str, name: &str) -> Option<f64> {
    let mut found = None;
    for line in text.lines() {
        if line.starts_with('#') {
            continue;
        }
        let Some(rest) = line.strip_prefix(name) else {
            continue;
        };
        let value = if rest.starts_with('{') {
            rest.rsplit_once('}').map(|(_, v)| v)
        } else if rest.starts_with(' ') {
            Some(rest)
        } else {
            None
        };
        if let Some(v) = value.and_then(|v| v.split_whitespace().next()?.parse::<f64>().ok()) {
            *found.get_or_insert(0.0) += v;
        }
    }
    found
}
