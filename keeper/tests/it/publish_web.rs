//! `genim publish-web`: the page build added to the IPFS test node as one directory, resolvable
//! under `<gateway>/ipfs/<cid>/` with its relative paths, pinned, its CID checked.

use std::path::Path;
use std::process::Command;

use genim_keeper::cid::unixfs;

use crate::common::genim_bin;
use crate::common::ipfs_node::IpfsNode;

const INDEX: &[u8] =
    b"<!doctype html><script type=\"module\" src=\"./assets/app.js\"></script><div id=app></div>\n";
const APP: &[u8] = b"document.getElementById('app').textContent = 'refunds'\n";
const STYLE: &[u8] = b"body { color: black }\n";
/// A name that must survive the multipart encoding (space, non-ASCII, `%`, `+`).
const ODD_NAME: &str = "assets/a b+ä%.txt";
const ODD: &[u8] = b"odd\n";

fn write_build(dir: &Path) {
    std::fs::create_dir_all(dir.join("assets")).unwrap();
    std::fs::write(dir.join("index.html"), INDEX).unwrap();
    std::fs::write(dir.join("assets/app.js"), APP).unwrap();
    std::fs::write(dir.join("assets/style.css"), STYLE).unwrap();
    std::fs::write(dir.join(ODD_NAME), ODD).unwrap();
}

/// `genim publish-web --dir <build>` with the ipfs storage settings from the environment only
/// (no config file, no chain), a pinning service with its token.
fn publish_web(node: &IpfsNode, build: &Path, copies: &Path) -> std::process::Output {
    Command::new(genim_bin())
        .args(["publish-web", "--dir"])
        .arg(build)
        .args(["--gateway", "https://ipfs.io"])
        .env_clear()
        .env("GENIM_STORAGE__BACKEND", "ipfs")
        .env("GENIM_STORAGE__DIR", copies)
        .env("GENIM_STORAGE__IPFS_API_URL", node.api_url())
        .env("GENIM_STORAGE__IPFS_GATEWAY_URL", node.gateway_url())
        .env(
            "GENIM_STORAGE__IPFS_PINNING_SERVICE_URL",
            node.pinning_url(),
        )
        .env("GENIM_IPFS_PINNING_TOKEN", "pin-s3cret")
        .output()
        .unwrap()
}

async fn get(url: &str) -> (u16, String, Vec<u8>) {
    let response = reqwest::get(url).await.unwrap();
    let status = response.status().as_u16();
    let content_type = response
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    (
        status,
        content_type,
        response.bytes().await.unwrap().to_vec(),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_page_is_published_as_one_pinned_directory_that_resolves() {
    let dir = tempfile::tempdir().unwrap();
    let node = IpfsNode::start_test_node(
        dir.path(),
        &[("IPFS_TEST_PIN_TOKEN", "pin-s3cret")],
        reqwest::Client::new(),
    )
    .await
    .unwrap();
    let build = dir.path().join("dist");
    write_build(&build);
    let expected = unixfs::directory_cid(&[
        ("index.html", INDEX),
        ("assets/app.js", APP),
        ("assets/style.css", STYLE),
        (ODD_NAME, ODD),
    ])
    .unwrap()
    .to_string();

    let out = publish_web(&node, &build, &dir.path().join("copies"));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stdout}{stderr}");
    assert!(!format!("{stdout}{stderr}").contains("pin-s3cret"));
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(
        lines[0].ends_with(&format!(
            "(4 files, {} bytes) as {expected}",
            INDEX.len() + APP.len() + STYLE.len() + ODD.len()
        )),
        "{stdout}"
    );
    let gateway_url = format!("{}/ipfs/{expected}/", node.gateway_url());
    assert_eq!(
        &lines[1..],
        [
            format!("ipfs://{expected}/").as_str(),
            gateway_url.as_str(),
            format!("https://ipfs.io/ipfs/{expected}/").as_str(),
        ],
        "{stdout}"
    );

    // The page and the files it links to by relative paths, from the gateway.
    let (status, content_type, body) = get(&gateway_url).await;
    assert_eq!((status, body.as_slice()), (200, INDEX));
    assert!(content_type.starts_with("text/html"), "{content_type}");
    let (status, content_type, body) = get(&format!("{gateway_url}assets/app.js")).await;
    assert_eq!((status, body.as_slice()), (200, APP));
    assert_eq!(content_type, "text/javascript");
    let (status, _, body) = get(&format!("{gateway_url}assets/a%20b+%C3%A4%25.txt")).await;
    assert_eq!((status, body.as_slice()), (200, ODD));

    // One add for the whole directory, and the directory pinned by the pinning service.
    let stats = node.stats().await.unwrap();
    assert_eq!(stats["adds"], 1, "{stats}");
    let pins = stats["pins"].as_array().unwrap();
    assert_eq!(pins.len(), 1, "{stats}");
    assert_eq!(pins[0]["status"]["pin"]["cid"], expected.as_str());
    assert_eq!(pins[0]["status"]["pin"]["name"], "genim-web");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_node_that_answers_another_directory_cid_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let node = IpfsNode::start_test_node(
        dir.path(),
        &[("IPFS_TEST_PIN_TOKEN", "pin-s3cret")],
        reqwest::Client::new(),
    )
    .await
    .unwrap();
    // A node that ignores cid-version and raw-leaves builds another DAG for the same files.
    node.set_add_mode("cidv0").await.unwrap();
    let build = dir.path().join("dist");
    write_build(&build);
    let out = publish_web(&node, &build, &dir.path().join("copies"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{stderr}");
    assert!(stderr.contains("refusing to link to it"), "{stderr}");
    assert!(stderr.contains("the directory genim-web"), "{stderr}");
    // Nothing is pinned that the CID check refused.
    let stats = node.stats().await.unwrap();
    assert_eq!(stats["pins"].as_array().unwrap().len(), 0, "{stats}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_directory_that_is_not_a_page_build_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let node = IpfsNode::start_test_node(dir.path(), &[], reqwest::Client::new())
        .await
        .unwrap();
    let build = dir.path().join("dist");
    std::fs::create_dir_all(&build).unwrap();
    std::fs::write(build.join("app.js"), APP).unwrap();
    let out = publish_web(&node, &build, &dir.path().join("copies"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{stderr}");
    assert!(stderr.contains("has no index.html"), "{stderr}");
    assert_eq!(node.stats().await.unwrap()["adds"], 0);
}
