//! Credentials never reach the keeper's logs, its final error line or `/metrics`.
//!
//! The real `genim` binary runs against Anvil behind the RPC proxy, the in-process image API and
//! a fake S3 endpoint, with secrets in every place an operator puts them: the RPC URL's userinfo,
//! path and query, the image API key, the AWS keys and the agent key. Then every component fails
//! in the ways that quote URLs and keys (image API 500 and 401 echoing the key, S3 403 echoing
//! the access key id, RPC 503 and dropped connections, start-up failures), and the test checks
//! both that those errors were logged and that no secret was.
//!
//! The keeper is spawned here rather than through `common::Keeper`, whose config file always
//! uses local storage.

use crate::common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use eyre::{Context as _, bail, ensure};

use common::chain::{AGENTS, MINTERS};
use common::keeper::{IMAGE_API_KEY, tail};
use common::{
    ApiMode, Check, DeployParams, DownMode, ImageApi, Minter, RpcProxy, TestChain, TestCtx, deploy,
    free_port, genim_bin, run_e2e, toml_str, wait_until,
};

const RPC_USER: &str = "rpcuser-e2e";
const RPC_PASSWORD: &str = "rpc-pass-Wq8ZT3e2e";
const RPC_PATH_KEY: &str = "Zr8kQ2mX7vT1pL9sW4yB6nD3hJ5gF0aC";
const RPC_QUERY_KEY: &str = "qk4f9a7c2e8b1d6035aa7e";
const AWS_ACCESS_KEY_ID: &str = "AKIAE2ETESTKEY7Q3XZ1";
const AWS_SECRET_ACCESS_KEY: &str = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYE2ESECRET";

const POLL: Duration = Duration::from_millis(100);
const WAIT: Duration = Duration::from_secs(45);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn secrets_never_reach_logs_or_metrics() {
    run_e2e("secrets", Duration::from_secs(240), scenario).await;
}

async fn scenario(ctx: Arc<TestCtx>) -> eyre::Result<()> {
    let chain = TestChain::start(&ctx).await?;
    let proxy = RpcProxy::start(chain.endpoint_url()).await?;
    // Works at start-up (the keeper's storage checks pass), refuses once the keeper runs.
    let s3 = FakeS3::start().await?;
    let deployment = deploy(
        &ctx,
        &chain,
        &DeployParams::one_tier(
            vec![chain.address(AGENTS[0])],
            3600,
            format!("{}/metadata/", s3.public_base_url()),
        ),
    )
    .await?;
    let api = ImageApi::start(ApiMode::AlwaysFail500).await?;
    let agent_key = chain.key_hex(AGENTS[0]);
    let minter = Minter::new(&chain, MINTERS[0], deployment.address);

    let proxy_host = proxy.url.trim_start_matches("http://");
    let rpc_url = format!(
        "http://{RPC_USER}:{RPC_PASSWORD}@{proxy_host}/v2/{RPC_PATH_KEY}?apikey={RPC_QUERY_KEY}"
    );
    let home = Home::new(&ctx, &rpc_url, deployment.address, &api.base_url, &s3.url)?;
    let secrets = [
        RPC_USER,
        RPC_PASSWORD,
        RPC_PATH_KEY,
        RPC_QUERY_KEY,
        IMAGE_API_KEY,
        AWS_ACCESS_KEY_ID,
        AWS_SECRET_ACCESS_KEY,
        agent_key.as_str(),
        agent_key.trim_start_matches("0x"),
    ];
    let envs = [
        ("GENIM_AGENT_KEY", agent_key.as_str()),
        ("GENIM_IMAGE_API_KEY", IMAGE_API_KEY),
        ("AWS_ACCESS_KEY_ID", AWS_ACCESS_KEY_ID),
        ("AWS_SECRET_ACCESS_KEY", AWS_SECRET_ACCESS_KEY),
    ];
    let mut exposed = String::new();

    // Run 1 (human logs): every component fails once while the keeper runs.
    let run = Genim::spawn(&ctx, &home, "run1", &envs, &["run"])?;
    run.wait_healthy(&home).await?;
    s3.refuse_writes();

    let failing = minter.mint("secrets: failing image API", 0).await?;
    run.wait_log("image API 500 retries", "HTTP 500").await?;
    api.set_mode(ApiMode::Unauthorized401);
    run.wait_log("image API 401", "Incorrect API key provided")
        .await?;

    api.set_mode(ApiMode::Succeed);
    let stored = minter.mint("secrets: failing storage", 0).await?;
    run.wait_log("S3 403", "InvalidAccessKeyId").await?;

    proxy.set_down(DownMode::Status503);
    run.wait_log("RPC 503", "HTTP error 503").await?;
    proxy.set_down(DownMode::DropConnections);
    run.wait_log("RPC connection failure", "error sending request")
        .await?;
    proxy.set_up();

    let answers = home.dir.join("http-answers.txt");
    ctx.register_log("keeper HTTP answers", &answers);
    for path in [
        "/metrics".to_owned(),
        "/health".to_owned(),
        format!("/tokens/{}", failing.token_id),
        format!("/tokens/{}", stored.token_id),
    ] {
        exposed.push_str(&format!("GET {path}:\n{}\n", home.get(&path).await?));
    }
    std::fs::write(&answers, &exposed)?;
    run.stop().await?;
    let run1_output = run.output();
    exposed.push_str(&run1_output);

    // Run 2 (JSON logs): the RPC endpoint is down at start-up.
    proxy.set_down(DownMode::DropConnections);
    let run = Genim::spawn(&ctx, &home, "run2", &envs, &["--log-format", "json", "run"])?;
    let status = run.wait_exit().await?;
    let run2_output = run.output();
    exposed.push_str(&run2_output);
    proxy.set_up();
    ensure!(
        status.code() == Some(2),
        "an unreachable RPC must stop the start with status 2, got {status}:\n{run2_output}"
    );

    // Run 3: the image API refuses the key at start-up (the probe).
    api.set_mode(ApiMode::Unauthorized401);
    let probes_before = api.probes();
    let run = Genim::spawn(&ctx, &home, "run3", &envs, &["run"])?;
    let status = run.wait_exit().await?;
    let run3_output = run.output();
    exposed.push_str(&run3_output);
    ensure!(
        status.code() == Some(2),
        "a refused image API key must stop the start with status 2, got {status}:\n{run3_output}"
    );
    ensure!(api.probes() > probes_before, "the key was never probed");

    let leaked: Vec<&str> = secrets
        .iter()
        .copied()
        .filter(|secret| exposed.contains(secret))
        .collect();
    if !leaked.is_empty() {
        for secret in &leaked {
            for line in exposed.lines().filter(|l| l.contains(secret)) {
                eprintln!("LEAK of {secret:?}: {line}");
            }
        }
        bail!("secrets leaked into logs, errors or HTTP answers: {leaked:?}");
    }

    // The secrets were live: each component received its own.
    ensure!(
        api.authorizations()
            .iter()
            .any(|a| a.as_deref() == Some(&format!("Bearer {IMAGE_API_KEY}"))),
        "the image API never saw the key"
    );
    ensure!(
        s3.authorizations()
            .iter()
            .any(|a| a.contains(AWS_ACCESS_KEY_ID)),
        "the S3 endpoint never saw the access key id"
    );
    let uris = proxy.uris();
    ensure!(
        uris.contains(&format!("/v2/{RPC_PATH_KEY}?apikey={RPC_QUERY_KEY}")),
        "the RPC proxy never saw the keyed URL: {uris:?}"
    );

    // The failures did reach the logs, in redacted form.
    for (what, needle) in [
        ("the RPC URL in a transport error", "/v2/***?apikey=***"),
        (
            "the echoed image API key",
            "Incorrect API key provided: ***",
        ),
        (
            "the echoed S3 access key id",
            "<AWSAccessKeyId>***</AWSAccessKeyId>",
        ),
    ] {
        ensure!(
            run1_output.contains(needle),
            "{what} never reached the logs as {needle:?}"
        );
    }
    let run2_error = last_line(&run2_output);
    ensure!(
        run2_error.starts_with("error: RPC http://127.0.0.1:")
            && run2_error.contains("/v2/***?apikey=*** is not reachable"),
        "unexpected start-up error line: {run2_error}"
    );
    ensure!(
        run2_output
            .lines()
            .filter(|l| l.starts_with('{'))
            .all(|l| serde_json::from_str::<serde_json::Value>(l).is_ok()),
        "scrubbing broke a JSON log line:\n{run2_output}"
    );
    let run3_error = last_line(&run3_output);
    ensure!(
        run3_error.starts_with(
            "error: the image API refused the key in GENIM_IMAGE_API_KEY (images.api_key_env): probe: HTTP 401"
        ),
        "unexpected start-up error line: {run3_error}"
    );

    Ok(())
}

fn last_line(text: &str) -> &str {
    text.lines().last().unwrap_or_default()
}

/// The keeper's directory and config file.
struct Home {
    dir: PathBuf,
    config: PathBuf,
    port: u16,
    admin_port: u16,
    http: reqwest::Client,
}

impl Home {
    fn new(
        ctx: &TestCtx,
        rpc_url: &str,
        contract: alloy::primitives::Address,
        image_api: &str,
        s3: &str,
    ) -> eyre::Result<Self> {
        let dir = ctx.subdir("keeper");
        let port = free_port();
        let admin_port = free_port();
        let config = dir.join("config.toml");
        let text = format!(
            "[chain]\nrpc_url = {rpc}\ncontract = \"{contract}\"\npoll_interval_ms = 150\nlocal = true\n\n\
             [jobs]\ndatabase = {db}\nmin_time_left_secs = 5\n\n\
             [submit]\nbatch_max_wait_ms = 300\n\n\
             [images]\nbackend = \"openai\"\nbase_url = {api}\nrequest_timeout_secs = 10\n\
             max_attempts = 3\nbase_delay_ms = 50\nmax_delay_ms = 200\nsubmit_margin_secs = 10\n\
             [images.default]\nmodel = \"e2e/test-model\"\nsize = \"256x256\"\n\n\
             [storage]\nbackend = \"s3\"\nendpoint = {s3}\nbucket = \"genim\"\n\
             region = \"us-east-1\"\nallow_http = true\npublic_base_url = {public}\n\n\
             [http]\nlisten = \"127.0.0.1:{port}\"\n\n\
             [admin]\nlisten = \"127.0.0.1:{admin_port}\"\n",
            rpc = toml_str(rpc_url),
            db = toml_str(&dir.join("genim.db").display().to_string()),
            api = toml_str(image_api),
            s3 = toml_str(s3),
            public = toml_str(&format!("{s3}/genim")),
        );
        std::fs::write(&config, text).wrap_err("write the keeper config")?;
        Ok(Self {
            dir,
            config,
            port,
            admin_port,
            http: reqwest::Client::builder()
                .timeout(Duration::from_secs(10))
                .build()?,
        })
    }

    /// The body of `GET path` on the keeper's HTTP server (its admin listener for the
    /// operators' paths), whatever the status.
    async fn get(&self, path: &str) -> eyre::Result<String> {
        let port = if common::keeper::ADMIN_PATHS.contains(&path) {
            self.admin_port
        } else {
            self.port
        };
        let url = format!("http://127.0.0.1:{port}{path}");
        let response = self.http.get(&url).send().await.wrap_err(url.clone())?;
        Ok(response.text().await?)
    }
}

/// One `genim` process with its output in files; killed on drop.
struct Genim {
    child: Mutex<Child>,
    stdout: PathBuf,
    stderr: PathBuf,
}

impl Genim {
    fn spawn(
        ctx: &TestCtx,
        home: &Home,
        label: &str,
        envs: &[(&str, &str)],
        args: &[&str],
    ) -> eyre::Result<Self> {
        let stdout = home.dir.join(format!("{label}-stdout.log"));
        let stderr = home.dir.join(format!("{label}-stderr.log"));
        ctx.register_log(format!("genim {label} stdout"), &stdout);
        ctx.register_log(format!("genim {label} stderr"), &stderr);
        let mut cmd = Command::new(genim_bin());
        for (key, _) in std::env::vars_os() {
            let k = key.to_string_lossy();
            if k.starts_with("GENIM_") || k.starts_with("AWS_") {
                cmd.env_remove(&key);
            }
        }
        // Debug everywhere except the HTTP plumbing: dependencies' debug output is where a URL
        // is most likely to slip out.
        cmd.env(
            "RUST_LOG",
            "debug,hyper=info,hyper_util=info,h2=info,rustls=info,tower=info",
        )
        .env("NO_COLOR", "1")
        .envs(envs.iter().copied())
        .arg("--config")
        .arg(&home.config)
        .args(args)
        .current_dir(&home.dir)
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&stdout)?)
        .stderr(std::fs::File::create(&stderr)?);
        let child = cmd.spawn().wrap_err("spawn genim")?;
        Ok(Self {
            child: Mutex::new(child),
            stdout,
            stderr,
        })
    }

    fn output(&self) -> String {
        let read = |p: &Path| std::fs::read_to_string(p).unwrap_or_default();
        format!("{}{}", read(&self.stdout), read(&self.stderr))
    }

    fn exited(&self) -> eyre::Result<Option<ExitStatus>> {
        Ok(self.child.lock().expect("child lock").try_wait()?)
    }

    fn ensure_running(&self) -> eyre::Result<()> {
        match self.exited()? {
            None => Ok(()),
            Some(status) => bail!("genim exited with {status}:\n{}", tail(&self.output(), 30)),
        }
    }

    async fn wait_healthy(&self, home: &Home) -> eyre::Result<()> {
        wait_until("genim /health", WAIT, POLL, || async {
            self.ensure_running()?;
            Ok(match home.get("/health").await {
                Ok(body) if body.contains("\"ok\"") => Check::Done(()),
                Ok(body) => Check::NotYet(body),
                Err(e) => Check::NotYet(format!("{e:#}")),
            })
        })
        .await
    }

    /// Waits until the output mentions `needle` (evidence that a failure was logged).
    async fn wait_log(&self, what: &str, needle: &str) -> eyre::Result<()> {
        wait_until(format!("{what} in the logs"), WAIT, POLL, || async {
            self.ensure_running()?;
            Ok(if self.output().contains(needle) {
                Check::Done(())
            } else {
                Check::NotYet(tail(&self.output(), 3))
            })
        })
        .await
    }

    async fn wait_exit(&self) -> eyre::Result<ExitStatus> {
        wait_until("genim to exit", WAIT, POLL, || async {
            Ok(match self.exited()? {
                Some(status) => Check::Done(status),
                None => Check::NotYet(tail(&self.output(), 3)),
            })
        })
        .await
    }

    /// SIGTERM, then a bounded wait for the exit.
    async fn stop(&self) -> eyre::Result<ExitStatus> {
        let pid = libc::pid_t::try_from(self.child.lock().expect("child lock").id())?;
        // SAFETY: signalling our own child, which has not been reaped yet.
        if unsafe { libc::kill(pid, libc::SIGTERM) } != 0 {
            bail!("kill(SIGTERM): {}", std::io::Error::last_os_error());
        }
        self.wait_exit().await
    }
}

impl Drop for Genim {
    fn drop(&mut self) {
        if let Ok(child) = self.child.get_mut() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// A path-style S3 endpoint (bucket `genim`). While it accepts writes it stores objects in memory
/// and serves them to anyone (so the keeper's start-up probe and public read pass); once told to
/// refuse, it holds no object (404 to reads) and refuses every write with 403
/// `InvalidAccessKeyId`, echoing the access key id it was given, as AWS does.
struct FakeS3 {
    url: String,
    state: Arc<FakeS3State>,
    task: tokio::task::JoinHandle<()>,
}

#[derive(Default)]
struct FakeS3State {
    authorizations: Mutex<BTreeSet<String>>,
    objects: Mutex<std::collections::BTreeMap<String, Vec<u8>>>,
    refusing: std::sync::atomic::AtomicBool,
}

impl FakeS3 {
    async fn start() -> eyre::Result<Self> {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let url = format!("http://{}", listener.local_addr()?);
        let state = Arc::new(FakeS3State::default());
        let app = axum::Router::new()
            .fallback(handle)
            .with_state(Arc::clone(&state));
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Ok(Self { url, state, task })
    }

    /// Where the bucket's objects are read publicly (path style).
    fn public_base_url(&self) -> String {
        format!("{}/genim", self.url)
    }

    fn refuse_writes(&self) {
        self.state
            .refusing
            .store(true, std::sync::atomic::Ordering::SeqCst);
        self.state.objects.lock().expect("objects lock").clear();
    }

    fn authorizations(&self) -> Vec<String> {
        self.state
            .authorizations
            .lock()
            .expect("authorizations lock")
            .iter()
            .filter(|a| !a.is_empty())
            .cloned()
            .collect()
    }
}

impl Drop for FakeS3 {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// What an S3 client expects with every object it writes or reads.
const OBJECT_HEADERS: [(&str, &str); 2] = [
    ("etag", "\"e2e-object\""),
    ("last-modified", "Sat, 21 Nov 2026 00:00:00 GMT"),
];

async fn handle(
    State(state): State<Arc<FakeS3State>>,
    method: Method,
    uri: axum::http::Uri,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    let authorization = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    // SigV4: "AWS4-HMAC-SHA256 Credential=<key id>/<date>/<region>/s3/aws4_request, ...".
    let key_id = authorization
        .split("Credential=")
        .nth(1)
        .and_then(|c| c.split('/').next())
        .unwrap_or_default()
        .to_owned();
    state
        .authorizations
        .lock()
        .expect("authorizations lock")
        .insert(authorization);
    let path = uri.path().to_owned();
    let refusing = state.refusing.load(std::sync::atomic::Ordering::SeqCst);
    let mut objects = state.objects.lock().expect("objects lock");
    if method == Method::HEAD || method == Method::GET {
        return match objects.get(&path) {
            Some(bytes) => (StatusCode::OK, OBJECT_HEADERS, bytes.clone()).into_response(),
            None => StatusCode::NOT_FOUND.into_response(),
        };
    }
    if !refusing {
        objects.insert(path, body.to_vec());
        return (StatusCode::OK, OBJECT_HEADERS).into_response();
    }
    let body = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>InvalidAccessKeyId</Code>\
         <Message>The AWS Access Key Id you provided does not exist in our records.</Message>\
         <AWSAccessKeyId>{key_id}</AWSAccessKeyId><RequestId>E2E</RequestId></Error>"
    );
    (
        StatusCode::FORBIDDEN,
        [("content-type", "application/xml")],
        body,
    )
        .into_response()
}
