//! Monitoring end to end with the real tools: Prometheus scrapes a real keeper's admin listener,
//! every panel query of the Grafana dashboard returns data after a few deliveries, and two faults
//! reach a webhook through the repo's alert rules and Alertmanager: the image provider wants to be
//! paid (the images stage pauses), and the agent's wallet is emptied (the polled balance falls
//! under the floor).

use std::time::Duration;

use eyre::{WrapErr as _, ensure};
use serde_json::Value;

use alloy::primitives::U256;

use crate::common::alerting::{AlertingStack, dashboard_path};
use crate::common::chain::AGENTS;
use crate::common::keeper::HealthSettings;
use crate::common::{ApiMode, Check, ImageApi, World, run_e2e, wait_delivered, wait_until};

const LIMIT: Duration = Duration::from_secs(120);
const DELIVERY_TIMEOUT: Duration = Duration::from_secs(60);
/// What `$__rate_interval` becomes: a few of the test's 1 s scrapes.
const RATE_WINDOW: &str = "10s";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn prometheus_alerts_reach_a_webhook_and_every_dashboard_panel_has_data() {
    run_e2e(
        "prometheus_alerts_reach_a_webhook_and_every_dashboard_panel_has_data",
        LIMIT,
        |ctx| async move {
            let world = World::new(&ctx, 1, &[0], 3600).await?;
            let api = ImageApi::start(ApiMode::Succeed).await?;
            let mut config = world.config().openai(api.base_url.clone());
            // The balance is read every second, so an emptied wallet shows without a fulfil.
            config.health = Some(HealthSettings {
                balance_poll_secs: Some(1),
                ..HealthSettings::default()
            });
            let keeper = world.keeper(0, 0, config);
            keeper.start_healthy().await?;
            // Scraped from before the first mint, so every counter has a rise to show.
            let target = keeper.admin_url().trim_start_matches("http://").to_owned();
            let stack = AlertingStack::start(&ctx, &target).await?;
            wait_until(
                "Prometheus to scrape the keeper",
                Duration::from_secs(20),
                Duration::from_millis(250),
                || async {
                    let up = stack.query("up{job=\"genim-keeper\"} == 1").await?;
                    Ok(if up.is_empty() {
                        Check::NotYet("no successful scrape yet".to_owned())
                    } else {
                        Check::Done(())
                    })
                },
            )
            .await?;

            let minter = world.minter(0);
            let mut ids = Vec::new();
            for i in 0..3 {
                ids.push(
                    minter
                        .mint(&format!("a watched lighthouse #{i}"), 0)
                        .await?
                        .token_id,
                );
            }
            wait_delivered(world.nft(), &[&keeper], &ids, DELIVERY_TIMEOUT).await?;
            wait_for_scraped_deliveries(&stack, ids.len()).await?;

            // Rates and increases need two scrapes inside their window: a few seconds at most.
            let counts = wait_until(
                "every dashboard panel query to return data",
                Duration::from_secs(20),
                Duration::from_millis(500),
                || async {
                    Ok(match check_dashboard(&stack).await? {
                        Ok(counts) => Check::Done(counts),
                        Err(empty) => Check::NotYet(empty),
                    })
                },
            )
            .await?;
            println!("dashboard panels with data (series per query):");
            for (title, series) in &counts {
                println!("  {title}: {series:?}");
            }

            // The provider now wants to be paid: the next generation pauses the images stage.
            api.set_mode(ApiMode::Fail {
                status: 402,
                retry_after_secs: None,
            });
            minter.mint("a lighthouse nobody pays for", 0).await?;
            let alert = stack
                .wait_alert(
                    &[
                        ("alertname", "GenimStagePaused"),
                        ("stage", "images"),
                        ("severity", "page"),
                        ("instance", target.as_str()),
                    ],
                    Duration::from_secs(45),
                )
                .await?;
            println!(
                "alert at the webhook: {}",
                serde_json::to_string_pretty(&trimmed(&alert))?
            );
            ensure!(
                alert["annotations"]["summary"]
                    .as_str()
                    .is_some_and(|s| s.contains("images")),
                "the alert's summary does not name the stage: {alert}"
            );

            // The wallet is emptied: the alert fires from the polled balance, before any fulfil.
            world
                .chain
                .set_balance(world.chain.address(AGENTS[0]), U256::ZERO)
                .await?;
            let alert = stack
                .wait_alert(
                    &[
                        ("alertname", "GenimAgentBalanceBelowFloor"),
                        ("instance", target.as_str()),
                    ],
                    Duration::from_secs(30),
                )
                .await?;
            println!(
                "alert at the webhook: {}",
                serde_json::to_string_pretty(&trimmed(&alert))?
            );
            let (status, body) = keeper.get("/ready").await?;
            let body = String::from_utf8_lossy(&body);
            ensure!(
                status == 503 && body.contains("below the floor"),
                "/ready answered {status} {body} with an empty wallet"
            );
            let (status, _) = keeper.get("/live").await?;
            ensure!(
                status == 200,
                "/live answered {status} with an empty wallet"
            );
            keeper.ensure_running()?;
            Ok(())
        },
    )
    .await;
}

/// Waits until Prometheus has scraped the keeper's count of deliveries.
async fn wait_for_scraped_deliveries(stack: &AlertingStack, delivered: usize) -> eyre::Result<()> {
    wait_until(
        "Prometheus to scrape the deliveries",
        Duration::from_secs(20),
        Duration::from_millis(250),
        || async {
            let result = stack.query("genim_tokens_delivered_total").await?;
            let value = result
                .first()
                .and_then(|series| series["value"][1].as_str())
                .and_then(|v| v.parse::<f64>().ok());
            Ok(match value {
                Some(v) if v >= delivered as f64 => Check::Done(()),
                other => Check::NotYet(format!("genim_tokens_delivered_total = {other:?}")),
            })
        },
    )
    .await
}

/// Per panel, the number of series each of its queries returned.
type PanelCounts = Vec<(String, Vec<usize>)>;

/// Evaluates every panel query of the dashboard (`$instance` as `.*`, `$__rate_interval` as
/// [`RATE_WINDOW`]): the series counts, or the queries that returned none.
async fn check_dashboard(stack: &AlertingStack) -> eyre::Result<Result<PanelCounts, String>> {
    let text = std::fs::read_to_string(dashboard_path())?;
    let dashboard: Value = serde_json::from_str(&text).wrap_err("the dashboard is not JSON")?;
    let panels = dashboard["panels"].as_array().cloned().unwrap_or_default();
    ensure!(!panels.is_empty(), "the dashboard has no panels");
    let mut counts = Vec::new();
    let mut empty = Vec::new();
    for panel in &panels {
        let title = panel["title"].as_str().unwrap_or("(untitled)").to_owned();
        let targets = panel["targets"].as_array().cloned().unwrap_or_default();
        ensure!(!targets.is_empty(), "panel {title:?} has no query");
        let mut series = Vec::new();
        for target in &targets {
            let expr = target["expr"]
                .as_str()
                .ok_or_else(|| eyre::eyre!("panel {title:?} has a target without expr"))?;
            let promql = expr
                .replace("$instance", ".*")
                .replace("$__rate_interval", RATE_WINDOW);
            let result = stack.query(&promql).await?;
            if result.is_empty() {
                empty.push(format!("{title}: {promql}"));
            }
            series.push(result.len());
        }
        counts.push((title, series));
    }
    if empty.is_empty() {
        Ok(Ok(counts))
    } else {
        Ok(Err(format!(
            "panel queries without data (a metric the keeper does not export?):\n{}",
            empty.join("\n")
        )))
    }
}

/// The parts of an Alertmanager alert a person reads.
fn trimmed(alert: &Value) -> Value {
    serde_json::json!({
        "status": alert["status"],
        "labels": alert["labels"],
        "annotations": alert["annotations"],
        "startsAt": alert["startsAt"],
    })
}
