//! The real Debian `prometheus` and `prometheus-alertmanager` for the monitoring test: Prometheus
//! scrapes a keeper's admin listener every second with the repo's alert rules (their `for:` cut to
//! one second; `promtool test rules` covers the real timings), Alertmanager sends what fires to a
//! webhook receiver served in-process. Free ports, a temp dir; the servers are killed on drop.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::extract::State;
use axum::routing::post;
use eyre::{WrapErr as _, bail};
use serde_json::Value;

use super::{Check, TestCtx, free_port, wait_until};

const PROMETHEUS: &str = "prometheus";
const ALERTMANAGER: &str = "prometheus-alertmanager";

/// The alert rules shipped in the repo.
pub fn alert_rules_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("deploy/prometheus/alerts.yml")
}

/// The Grafana dashboard shipped in the repo.
pub fn dashboard_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("deploy/grafana/genim-keeper.json")
}

/// Prometheus, Alertmanager and the webhook they deliver to.
pub struct AlertingStack {
    pub prometheus_url: String,
    pub alertmanager_url: String,
    /// Every webhook body Alertmanager sent, in order.
    pub received: Arc<Mutex<Vec<Value>>>,
    servers: Vec<Child>,
    http: reqwest::Client,
}

impl AlertingStack {
    /// Starts both servers, Prometheus scraping `target` (`host:port` of the admin listener), and
    /// waits until both report ready.
    pub async fn start(ctx: &TestCtx, target: &str) -> eyre::Result<Self> {
        let prometheus = installed(PROMETHEUS)?;
        let alertmanager = installed(ALERTMANAGER)?;
        let dir = ctx.subdir("alerting");
        let received = Arc::new(Mutex::new(Vec::new()));
        let webhook = serve_webhook(Arc::clone(&received)).await?;

        let am_port = free_port();
        let am_config = dir.join("alertmanager.yml");
        std::fs::write(&am_config, alertmanager_config(&webhook))?;
        let mut servers = Vec::new();
        servers.push(spawn(
            ctx,
            &alertmanager,
            &dir,
            "alertmanager",
            &[
                format!("--config.file={}", am_config.display()),
                format!("--storage.path={}", dir.join("am-data").display()),
                format!("--web.listen-address=127.0.0.1:{am_port}"),
                // One instance: no gossip port to collide with other tests.
                "--cluster.listen-address=".to_owned(),
            ],
        )?);

        let rules = dir.join("alerts.yml");
        std::fs::write(
            &rules,
            with_short_fors(&std::fs::read_to_string(alert_rules_path())?),
        )?;
        let prom_port = free_port();
        let prom_config = dir.join("prometheus.yml");
        std::fs::write(&prom_config, prometheus_config(&rules, am_port, target))?;
        servers.push(spawn(
            ctx,
            &prometheus,
            &dir,
            "prometheus",
            &[
                format!("--config.file={}", prom_config.display()),
                format!("--storage.tsdb.path={}", dir.join("prom-data").display()),
                format!("--web.listen-address=127.0.0.1:{prom_port}"),
            ],
        )?);
        let stack = Self {
            prometheus_url: format!("http://127.0.0.1:{prom_port}"),
            alertmanager_url: format!("http://127.0.0.1:{am_port}"),
            received,
            servers,
            http: reqwest::Client::builder()
                .timeout(Duration::from_secs(5))
                .build()?,
        };
        for url in [&stack.prometheus_url, &stack.alertmanager_url] {
            stack.wait_ready(url).await?;
        }
        Ok(stack)
    }

    async fn wait_ready(&self, base: &str) -> eyre::Result<()> {
        wait_until(
            format!("{base}/-/ready"),
            Duration::from_secs(30),
            Duration::from_millis(100),
            || async {
                Ok(
                    match self.http.get(format!("{base}/-/ready")).send().await {
                        Ok(response) if response.status().is_success() => Check::Done(()),
                        Ok(response) => Check::NotYet(format!("answered {}", response.status())),
                        Err(e) => Check::NotYet(e.to_string()),
                    },
                )
            },
        )
        .await
    }

    /// The `result` array of an instant query; fails unless Prometheus answers `success`.
    pub async fn query(&self, promql: &str) -> eyre::Result<Vec<Value>> {
        let url = reqwest::Url::parse_with_params(
            &format!("{}/api/v1/query", self.prometheus_url),
            [("query", promql)],
        )?;
        let body: Value = self
            .http
            .get(url)
            .send()
            .await
            .wrap_err_with(|| format!("query {promql}"))?
            .json()
            .await?;
        if body["status"] != "success" {
            bail!("query {promql} failed: {body}");
        }
        Ok(body["data"]["result"]
            .as_array()
            .cloned()
            .unwrap_or_default())
    }

    /// Waits until the webhook received a firing alert whose labels include all of `labels`;
    /// returns that alert.
    pub async fn wait_alert(
        &self,
        labels: &[(&str, &str)],
        timeout: Duration,
    ) -> eyre::Result<Value> {
        wait_until(
            format!("an alert with labels {labels:?} at the webhook"),
            timeout,
            Duration::from_millis(200),
            || async {
                let received = self.received.lock().expect("webhook lock").clone();
                let found = received
                    .iter()
                    .flat_map(|body| body["alerts"].as_array().cloned().unwrap_or_default())
                    .find(|alert| {
                        alert["status"] == "firing"
                            && labels
                                .iter()
                                .all(|(name, value)| alert["labels"][*name] == *value)
                    });
                Ok(match found {
                    Some(alert) => Check::Done(alert),
                    None => Check::NotYet(format!(
                        "{} webhook calls: {:?}",
                        received.len(),
                        received
                            .iter()
                            .flat_map(|b| b["alerts"].as_array().cloned().unwrap_or_default())
                            .map(|a| a["labels"]["alertname"].to_string())
                            .collect::<Vec<_>>()
                    )),
                })
            },
        )
        .await
    }
}

impl Drop for AlertingStack {
    fn drop(&mut self) {
        for server in &mut self.servers {
            let _ = server.kill();
            let _ = server.wait();
        }
    }
}

/// The path of `binary` on PATH, or an error saying how to install it (never a silent skip).
fn installed(binary: &str) -> eyre::Result<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .map(|dir| dir.join(binary))
        .find(|candidate| candidate.is_file())
        .ok_or_else(|| {
            eyre::eyre!(
                "{binary} is not installed; this test needs the real Debian packages: \
                 run tools/setup as root (or apt-get install prometheus prometheus-alertmanager)"
            )
        })
}

fn spawn(
    ctx: &TestCtx,
    binary: &Path,
    dir: &Path,
    label: &str,
    args: &[String],
) -> eyre::Result<Child> {
    let log = dir.join(format!("{label}.log"));
    ctx.register_log(label, &log);
    let out = std::fs::File::create(&log)?;
    Command::new(binary)
        .args(args)
        .stdin(Stdio::null())
        .stdout(out.try_clone()?)
        .stderr(out)
        .spawn()
        .wrap_err_with(|| format!("start {}", binary.display()))
}

/// Every `for:` of the rules cut to 1 s, so the test sees each alert fire within seconds.
fn with_short_fors(rules: &str) -> String {
    rules
        .lines()
        .map(|line| match line.trim_start().strip_prefix("for:") {
            Some(_) => format!("{}for: 1s", &line[..line.len() - line.trim_start().len()]),
            None => line.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn prometheus_config(rules: &Path, am_port: u16, target: &str) -> String {
    format!(
        "global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\n\
         rule_files:\n  - {rules}\n\
         alerting:\n  alertmanagers:\n    - static_configs:\n        - targets: [\"127.0.0.1:{am_port}\"]\n\
         scrape_configs:\n  - job_name: genim-keeper\n    static_configs:\n      - targets: [\"{target}\"]\n",
        rules = rules.display(),
    )
}

fn alertmanager_config(webhook: &str) -> String {
    format!(
        "route:\n  receiver: webhook\n  group_by: [alertname, instance, stage]\n  group_wait: 0s\n\
         \x20 group_interval: 1s\n  repeat_interval: 1h\n\
         receivers:\n  - name: webhook\n    webhook_configs:\n      - url: \"{webhook}\"\n"
    )
}

/// Serves `POST /hook` on a free port, keeping every body; returns the URL.
async fn serve_webhook(received: Arc<Mutex<Vec<Value>>>) -> eyre::Result<String> {
    async fn hook(State(received): State<Arc<Mutex<Vec<Value>>>>, body: axum::Json<Value>) {
        received.lock().expect("webhook lock").push(body.0);
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}/hook", listener.local_addr()?);
    let app = Router::new()
        .route("/hook", post(hook))
        .with_state(received);
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    Ok(url)
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_for_is_shortened_keeping_its_indent() {
        let rules = "  - alert: A\n    for: 10m\n    expr: up == 0\n";
        assert_eq!(
            super::with_short_fors(rules),
            "  - alert: A\n    for: 1s\n    expr: up == 0"
        );
    }
}
