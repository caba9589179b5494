//! The IPFS node of the tests (`keeper/tests/ipfs-node/server.mjs`, run with Node.js): Kubo's
//! `/api/v0/add` and `/api/v0/cat`, a path gateway and the Pinning Service API, over the
//! reference JS UnixFS importer, so the CIDs it answers come from an implementation independent
//! of the keeper's. Its packages are installed by `tools/setup`.
//!
//! `GENIM_TEST_IPFS_API` (and `GENIM_TEST_IPFS_GATEWAY`) point the tests that use
//! [`IpfsNode::start`] at an external Kubo-compatible node instead, e.g. a real Kubo daemon.

use std::io::{BufRead as _, BufReader, Read as _};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::Mutex;
use std::time::Duration;

use eyre::{Context as _, bail, eyre};
use serde_json::Value;

use super::repo_root;

/// A running test node (killed on drop), or an external node named by the environment.
pub struct IpfsNode {
    api: String,
    gateway: String,
    child: Mutex<Option<Child>>,
    /// Held so the node sees EOF (and exits) when we go away, however we go.
    _stdin: Option<ChildStdin>,
    pub log: PathBuf,
    http: reqwest::Client,
}

fn node_dir() -> PathBuf {
    repo_root().join("keeper/tests/ipfs-node")
}

impl IpfsNode {
    /// The external node if `GENIM_TEST_IPFS_API` is set, else a fresh test node with `env`
    /// (see server.mjs: `IPFS_TEST_API_TOKEN`, `IPFS_TEST_API_BASIC`, `IPFS_TEST_PIN_TOKEN`).
    pub async fn start(log_dir: &std::path::Path, env: &[(&str, &str)]) -> eyre::Result<Self> {
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(30))
            .build()?;
        if let Ok(api) = std::env::var("GENIM_TEST_IPFS_API") {
            let gateway = std::env::var("GENIM_TEST_IPFS_GATEWAY").unwrap_or_else(|_| api.clone());
            return Ok(Self {
                api,
                gateway,
                child: Mutex::new(None),
                _stdin: None,
                log: log_dir.join("external-ipfs-node.log"),
                http,
            });
        }
        Self::start_test_node(log_dir, env, http).await
    }

    /// Always the bundled test node (for tests that need its controls or its auth).
    pub async fn start_test_node(
        log_dir: &std::path::Path,
        env: &[(&str, &str)],
        http: reqwest::Client,
    ) -> eyre::Result<Self> {
        let dir = node_dir();
        assert!(
            dir.join("node_modules/ipfs-unixfs-importer").is_dir(),
            "the IPFS test node's packages are missing in {}: run ./tools/setup",
            dir.display()
        );
        let log = log_dir.join(format!("ipfs-node-{}.log", super::free_port()));
        let mut cmd = Command::new("node");
        cmd.arg(dir.join("server.mjs"))
            .current_dir(&dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(&log)?);
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut child = cmd
            .spawn()
            .wrap_err("spawn node server.mjs (is Node.js on PATH?)")?;
        let stdin = child.stdin.take();
        let stdout = child.stdout.take().ok_or_else(|| eyre!("no stdout"))?;
        let first_line = tokio::task::spawn_blocking(move || {
            let mut reader = BufReader::new(stdout);
            let mut line = String::new();
            let read = reader.read_line(&mut line);
            // Keep draining so the pipe never fills.
            std::thread::spawn(move || {
                let mut sink = Vec::new();
                let _ = reader.read_to_end(&mut sink);
            });
            read.map(|_| line)
        });
        let line = match tokio::time::timeout(Duration::from_secs(20), first_line).await {
            Ok(joined) => joined??,
            Err(_) => {
                let _ = child.kill();
                bail!(
                    "the IPFS test node did not report its port within 20 s; log:\n{}",
                    std::fs::read_to_string(&log).unwrap_or_default()
                );
            }
        };
        let port: u16 = line
            .trim()
            .strip_prefix("listening ")
            .and_then(|p| p.parse().ok())
            .ok_or_else(|| {
                eyre!(
                    "the IPFS test node printed {line:?}; log:\n{}",
                    std::fs::read_to_string(&log).unwrap_or_default()
                )
            })?;
        let base = format!("http://127.0.0.1:{port}");
        Ok(Self {
            api: base.clone(),
            gateway: base,
            child: Mutex::new(Some(child)),
            _stdin: stdin,
            log,
            http,
        })
    }

    /// The Kubo RPC API base URL (what `storage.ipfs_api_url` takes).
    pub fn api_url(&self) -> &str {
        &self.api
    }

    /// The gateway base URL (`<gateway>/ipfs/<cid>`).
    pub fn gateway_url(&self) -> &str {
        &self.gateway
    }

    /// The Pinning Service API endpoint of the test node.
    pub fn pinning_url(&self) -> String {
        format!("{}/psa", self.api)
    }

    /// Resolves an `ipfs://<cid>` link through the gateway: status, content type, bytes.
    pub async fn resolve(&self, link: &str) -> eyre::Result<(u16, Option<String>, Vec<u8>)> {
        let cid = link
            .strip_prefix("ipfs://")
            .ok_or_else(|| eyre!("{link:?} is not an ipfs:// link"))?;
        let url = format!("{}/ipfs/{cid}", self.gateway);
        let response = self
            .http
            .get(&url)
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

    /// Makes `add` misbehave: `ok`, `cidv0` (ignores cid-version and raw-leaves), `error`,
    /// `slow` (answers after 30 s).
    pub async fn set_add_mode(&self, mode: &str) -> eyre::Result<()> {
        self.set_mode("add", mode).await
    }

    /// How pin requests go: `pinned` at once, `slow` (queued, pinning, then pinned on the third
    /// status read), `failed` (after one read), `never` (queued for ever).
    pub async fn set_pin_mode(&self, mode: &str) -> eyre::Result<()> {
        self.set_mode("pin", mode).await
    }

    /// Drops every block the node holds, as a node that lost its data would.
    pub async fn forget_everything(&self) -> eyre::Result<()> {
        let url = format!("{}/_test/forget", self.api);
        let response = self.http.post(&url).send().await?;
        if !response.status().is_success() {
            bail!("POST {url} answered {}", response.status());
        }
        Ok(())
    }

    async fn set_mode(&self, what: &str, mode: &str) -> eyre::Result<()> {
        let url = format!("{}/_test/mode?{what}={mode}", self.api);
        let response = self.http.post(&url).send().await?;
        if !response.status().is_success() {
            bail!("POST {url} answered {}", response.status());
        }
        Ok(())
    }

    /// `{adds, addedCids, pins, connects}` of the test node; each pin is
    /// `{mode, reads, status: {requestid, pin: {cid, name, origins}, delegates}}`.
    pub async fn stats(&self) -> eyre::Result<Value> {
        let url = format!("{}/_test/stats", self.api);
        Ok(self.http.get(&url).send().await?.json().await?)
    }
}

impl Drop for IpfsNode {
    fn drop(&mut self) {
        if let Ok(mut child) = self.child.lock()
            && let Some(c) = child.as_mut()
        {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}
