//! Content-addressed storage on real files and on an in-memory object store.

use std::os::unix::fs::MetadataExt as _;
use std::path::Path;
use std::sync::Arc;

use genim_keeper::metadata::{sha256, token_uri_for};
use genim_keeper::storage::{S3Config, Storage, StorageError};
use object_store::memory::InMemory;
use object_store::path::Path as ObjectPath;
use object_store::{Attribute, GetOptions, ObjectStore};

const PUBLIC: &str = "https://files.example/genim/";
const PNG_BYTES: &[u8] = b"\x89PNG\r\n\x1a\n pretend image data";
const METADATA: &[u8] = br#"{"name":"GenImNFT #1"}"#;

fn local(dir: &Path) -> Storage {
    Storage::local(dir, PUBLIC).unwrap()
}

/// All file names under `dir`, recursively, relative to it.
fn files_under(dir: &Path) -> Vec<String> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        for entry in std::fs::read_dir(&current).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else {
                let relative = path.strip_prefix(dir).unwrap();
                found.push(relative.to_string_lossy().into_owned());
            }
        }
    }
    found.sort();
    found
}

#[tokio::test]
async fn local_round_trip_uses_content_addresses() {
    let dir = tempfile::tempdir().unwrap();
    let storage = local(dir.path());

    let image = storage.put_image(PNG_BYTES, "image/png").await.unwrap();
    let metadata = storage.put_metadata(METADATA).await.unwrap();

    let image_hex = hex::encode(sha256(PNG_BYTES));
    assert_eq!(image.sha256, sha256(PNG_BYTES));
    assert_eq!(image.key, format!("images/{image_hex}.png"));
    assert_eq!(
        image.uri,
        format!("https://files.example/genim/images/{image_hex}.png")
    );
    assert_eq!(
        std::fs::read(dir.path().join(&image.key)).unwrap(),
        PNG_BYTES
    );
    assert_eq!(storage.get(&image.key).await.unwrap().unwrap(), PNG_BYTES);

    let metadata_hex = hex::encode(sha256(METADATA));
    assert_eq!(metadata.key, format!("metadata/{metadata_hex}.json"));
    assert_eq!(storage.get(&metadata.key).await.unwrap().unwrap(), METADATA);
    assert_eq!(
        storage.metadata_base_uri(),
        "https://files.example/genim/metadata/"
    );
    // The contract, configured with our base URI, points exactly at what we stored.
    assert_eq!(
        token_uri_for(&storage.metadata_base_uri(), &metadata.sha256),
        metadata.uri
    );
    assert_eq!(
        files_under(dir.path()),
        vec![image.key.clone(), metadata.key.clone()]
    );
}

#[tokio::test]
async fn local_put_is_idempotent_and_does_not_rewrite() {
    let dir = tempfile::tempdir().unwrap();
    let storage = local(dir.path());

    let first = storage.put_image(PNG_BYTES, "image/png").await.unwrap();
    let inode = std::fs::metadata(dir.path().join(&first.key))
        .unwrap()
        .ino();
    let second = storage.put_image(PNG_BYTES, "image/png").await.unwrap();

    assert_eq!(first, second);
    // A rewrite would rename a new file into place and change the inode.
    assert_eq!(
        std::fs::metadata(dir.path().join(&second.key))
            .unwrap()
            .ino(),
        inode
    );
    assert_eq!(files_under(dir.path()), vec![first.key]);
}

#[tokio::test]
async fn local_concurrent_puts_of_the_same_bytes_all_succeed() {
    let dir = tempfile::tempdir().unwrap();
    let storage = Arc::new(local(dir.path()));
    let bytes: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();

    let tasks: Vec<_> = (0..8)
        .map(|_| {
            let storage = storage.clone();
            let bytes = bytes.clone();
            tokio::spawn(async move { storage.put_metadata(&bytes).await })
        })
        .collect();
    let mut keys = Vec::new();
    for task in tasks {
        keys.push(task.await.unwrap().unwrap().key);
    }

    keys.dedup();
    assert_eq!(keys.len(), 1);
    assert_eq!(std::fs::read(dir.path().join(&keys[0])).unwrap(), bytes);
    assert_eq!(
        files_under(dir.path()),
        keys,
        "no temp files may be left behind"
    );
}

#[tokio::test]
async fn local_put_replaces_a_damaged_file() {
    let dir = tempfile::tempdir().unwrap();
    let storage = local(dir.path());
    let key = format!("images/{}.png", hex::encode(sha256(PNG_BYTES)));
    std::fs::create_dir_all(dir.path().join("images")).unwrap();
    std::fs::write(dir.path().join(&key), &PNG_BYTES[..5]).unwrap();

    storage.put_image(PNG_BYTES, "image/png").await.unwrap();

    assert_eq!(std::fs::read(dir.path().join(&key)).unwrap(), PNG_BYTES);
}

#[tokio::test]
async fn local_get_of_a_missing_key_is_none() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(
        local(dir.path()).get("images/nothing.png").await.unwrap(),
        None
    );
}

#[tokio::test]
async fn keys_that_could_escape_are_rejected() {
    let root = tempfile::tempdir().unwrap();
    std::fs::write(root.path().join("secret.txt"), b"top secret").unwrap();
    let store_dir = root.path().join("store");
    std::fs::create_dir(&store_dir).unwrap();
    let storage = local(&store_dir);

    let secret_path = root.path().join("secret.txt");
    let absolute = secret_path.to_str().unwrap();
    for key in [
        "../secret.txt",
        "images/../../secret.txt",
        absolute,
        "..",
        "images/.x.tmp",
    ] {
        let result = storage.get(key).await;
        assert!(
            matches!(result, Err(StorageError::InvalidKey { .. })),
            "{key:?} gave {result:?}"
        );
    }
}

#[tokio::test]
async fn unsupported_image_types_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let result = local(dir.path())
        .put_image(b"<svg/>", "image/svg+xml")
        .await;
    assert!(
        matches!(result, Err(StorageError::UnsupportedContentType(_))),
        "{result:?}"
    );
    assert!(files_under(dir.path()).is_empty());
}

#[tokio::test]
async fn jpeg_and_webp_get_their_extensions() {
    let dir = tempfile::tempdir().unwrap();
    let storage = local(dir.path());
    let jpeg = storage
        .put_image(b"\xff\xd8\xff jpeg", "image/jpeg")
        .await
        .unwrap();
    let webp = storage
        .put_image(b"RIFF....WEBP", "image/webp")
        .await
        .unwrap();
    assert!(jpeg.key.ends_with(".jpg"), "{}", jpeg.key);
    assert!(webp.key.ends_with(".webp"), "{}", webp.key);
}

#[tokio::test]
async fn object_store_round_trip_with_content_type() {
    let memory = Arc::new(InMemory::new());
    let storage = Storage::object_store(memory.clone(), "https://bucket.example").unwrap();

    let image = storage.put_image(PNG_BYTES, "image/png").await.unwrap();
    let metadata = storage.put_metadata(METADATA).await.unwrap();

    assert_eq!(image.uri, format!("https://bucket.example/{}", image.key));
    assert_eq!(storage.get(&image.key).await.unwrap().unwrap(), PNG_BYTES);
    assert_eq!(storage.get(&metadata.key).await.unwrap().unwrap(), METADATA);
    assert_eq!(
        token_uri_for(&storage.metadata_base_uri(), &metadata.sha256),
        metadata.uri
    );

    let stored = memory
        .get_opts(
            &ObjectPath::parse(&image.key).unwrap(),
            GetOptions::default(),
        )
        .await
        .unwrap();
    let content_type = stored.attributes.get(&Attribute::ContentType).unwrap();
    assert_eq!(content_type.as_ref(), "image/png");
    let stored_json = memory
        .get_opts(
            &ObjectPath::parse(&metadata.key).unwrap(),
            GetOptions::default(),
        )
        .await
        .unwrap();
    let content_type = stored_json.attributes.get(&Attribute::ContentType).unwrap();
    assert_eq!(content_type.as_ref(), "application/json");
}

#[tokio::test]
async fn object_store_put_is_idempotent_without_reupload() {
    let memory = Arc::new(InMemory::new());
    let storage = Storage::object_store(memory.clone(), "https://bucket.example/").unwrap();
    let etag = |key: String| {
        let memory = memory.clone();
        async move {
            let head = GetOptions {
                head: true,
                ..GetOptions::default()
            };
            memory
                .get_opts(&ObjectPath::parse(key).unwrap(), head)
                .await
                .unwrap()
                .meta
                .e_tag
        }
    };

    let first = storage.put_metadata(METADATA).await.unwrap();
    let first_etag = etag(first.key.clone()).await;
    let second = storage.put_metadata(METADATA).await.unwrap();

    assert_eq!(first, second);
    // InMemory bumps the ETag on every put.
    assert_eq!(etag(second.key).await, first_etag);
}

#[tokio::test]
async fn object_store_missing_and_invalid_keys() {
    let storage =
        Storage::object_store(Arc::new(InMemory::new()), "https://bucket.example").unwrap();
    assert_eq!(storage.get("metadata/none.json").await.unwrap(), None);
    assert!(matches!(
        storage.get("../x").await,
        Err(StorageError::InvalidKey { .. })
    ));
}

fn s3_config() -> S3Config {
    S3Config {
        endpoint: Some("http://127.0.0.1:9".into()),
        region: "fr-par".into(),
        bucket: "genim".into(),
        access_key_id: "SCWEXAMPLEKEY".into(),
        secret_access_key: "super-secret-s3-key".into(),
        allow_http: true,
        public_base_url: "https://genim.s3.fr-par.scw.cloud".into(),
        request_timeout: std::time::Duration::from_secs(5),
    }
}

#[test]
fn s3_storage_builds_offline_and_hides_the_secret() {
    let config = s3_config();
    let storage = Storage::s3(&config).unwrap();

    assert_eq!(
        storage.metadata_base_uri(),
        "https://genim.s3.fr-par.scw.cloud/metadata/"
    );
    let shown = format!("{config:?} {storage:?}");
    assert!(!shown.contains("super-secret-s3-key"), "{shown}");
    assert!(shown.contains("genim"), "{shown}");
}

#[test]
fn s3_storage_reports_bad_configuration() {
    let config = S3Config {
        bucket: String::new(),
        ..s3_config()
    };
    let err = Storage::s3(&config).unwrap_err();
    assert!(matches!(err, StorageError::S3Config { .. }), "{err:?}");
    assert!(!format!("{err} {err:?}").contains("super-secret-s3-key"));

    let half_credentials = S3Config {
        access_key_id: String::new(),
        ..s3_config()
    };
    let err = Storage::s3(&half_credentials).unwrap_err();
    assert!(matches!(err, StorageError::S3Config { .. }), "{err:?}");
    assert!(!format!("{err} {err:?}").contains("super-secret-s3-key"));

    let no_credentials = S3Config {
        access_key_id: String::new(),
        secret_access_key: String::new().into(),
        ..s3_config()
    };
    let err = Storage::s3(&no_credentials).unwrap_err().to_string();
    assert!(err.contains("no S3 credentials"), "{err}");
    assert!(err.contains("AWS_ACCESS_KEY_ID"), "{err}");
    // AWS itself (no endpoint): the instance's role may supply them.
    let aws_instance_role = S3Config {
        endpoint: None,
        ..no_credentials
    };
    Storage::s3(&aws_instance_role).expect("instance credentials on AWS");

    let bad_url = S3Config {
        public_base_url: "not a url".into(),
        ..s3_config()
    };
    assert!(matches!(
        Storage::s3(&bad_url),
        Err(StorageError::InvalidPublicBaseUrl { .. })
    ));
}

// ---------------------------------------------------------------------------------------------
// Against real servers: SeaweedFS (S3) and the IPFS test node (see tests/common).
// ---------------------------------------------------------------------------------------------

use crate::common;

use std::time::{Duration, Instant};

use common::weed::{WEED_ACCESS_KEY, WEED_REGION, WEED_SECRET_KEY};
use common::{IpfsNode, shared_weed};
use genim_keeper::cid::unixfs;
use genim_keeper::metadata::ipfs_cid_v1_raw;
use genim_keeper::storage::{IpfsAuth, IpfsConfig, PinningService};

fn weed_config(endpoint: &str, bucket: &str, public_base_url: &str) -> S3Config {
    S3Config {
        endpoint: Some(endpoint.to_owned()),
        region: WEED_REGION.into(),
        bucket: bucket.to_owned(),
        access_key_id: WEED_ACCESS_KEY.into(),
        secret_access_key: WEED_SECRET_KEY.into(),
        allow_http: true,
        public_base_url: public_base_url.to_owned(),
        request_timeout: Duration::from_secs(5),
    }
}

/// GET without credentials: status, content type, cache control, body.
async fn public_get(url: &str) -> (u16, String, String, Vec<u8>) {
    let response = reqwest::get(url).await.unwrap();
    let header = |name| {
        response
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    let content_type = header(reqwest::header::CONTENT_TYPE);
    let cache_control = header(reqwest::header::CACHE_CONTROL);
    let status = response.status().as_u16();
    (
        status,
        content_type,
        cache_control,
        response.bytes().await.unwrap().to_vec(),
    )
}

/// A PNG signature followed by `len` pattern bytes (storage does not decode images).
fn fake_png(len: usize) -> Vec<u8> {
    let mut bytes = b"\x89PNG\r\n\x1a\n".to_vec();
    bytes.extend((0..len).map(|i| (i % 253) as u8));
    bytes
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn s3_on_seaweedfs_publishes_what_the_metadata_links_to() {
    let weed = shared_weed().await;
    let bucket = weed.public_bucket().await.unwrap();
    let public = weed.public_base_url(&bucket);
    let storage = Storage::s3(&weed_config(&weed.endpoint, &bucket, &public)).unwrap();

    storage.probe().await.unwrap();
    storage.check_public_read().await.unwrap();
    let png = fake_png(300_000);
    let image = storage.put_image(&png, "image/png").await.unwrap();
    let metadata = storage.put_metadata(METADATA).await.unwrap();

    // The exact URLs that go into metadata and tokenURI, read as a marketplace would.
    assert_eq!(image.uri, format!("{public}/{}", image.key));
    let (status, content_type, cache_control, body) = public_get(&image.uri).await;
    assert_eq!((status, content_type.as_str()), (200, "image/png"));
    assert_eq!(cache_control, "public, max-age=31536000, immutable");
    assert_eq!(body, png);
    let token_uri = token_uri_for(&storage.metadata_base_uri(), &metadata.sha256);
    assert_eq!(token_uri, metadata.uri);
    let (status, content_type, _, body) = public_get(&token_uri).await;
    assert_eq!((status, content_type.as_str()), (200, "application/json"));
    assert_eq!(sha256(&body), metadata.sha256);

    // Idempotent, and readable through the API too.
    assert_eq!(storage.put_image(&png, "image/png").await.unwrap(), image);
    assert_eq!(storage.get(&image.key).await.unwrap().unwrap(), png);
    assert_eq!(storage.get("images/none.png").await.unwrap(), None);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn s3_wrong_credentials_fail_the_probe_without_showing_them() {
    let weed = shared_weed().await;
    let bucket = weed.public_bucket().await.unwrap();
    let public = weed.public_base_url(&bucket);
    let config = S3Config {
        secret_access_key: "wrong-secret-key-never-shown".into(),
        ..weed_config(&weed.endpoint, &bucket, &public)
    };
    let error = Storage::s3(&config).unwrap().probe().await.unwrap_err();
    let text = format!("{error} {error:?}");
    assert!(text.contains("put"), "{text}");
    assert!(!text.contains("wrong-secret-key-never-shown"), "{text}");

    let unknown_key = S3Config {
        access_key_id: "NOSUCHKEY".into(),
        ..weed_config(&weed.endpoint, &bucket, &public)
    };
    assert!(Storage::s3(&unknown_key).unwrap().probe().await.is_err());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn s3_unreachable_endpoint_fails_the_probe_within_seconds() {
    let port = common::free_port();
    let endpoint = format!("http://127.0.0.1:{port}");
    let config = weed_config(&endpoint, "genim", "https://files.example");
    let started = Instant::now();
    let error = Storage::s3(&config).unwrap().probe().await.unwrap_err();
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "took {:?}",
        started.elapsed()
    );
    assert!(error.to_string().contains(&port.to_string()), "{error}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn s3_bucket_without_public_reads_fails_the_public_read_check() {
    let weed = shared_weed().await;
    let bucket = weed.private_bucket().await.unwrap();
    let public = weed.public_base_url(&bucket);
    let storage = Storage::s3(&weed_config(&weed.endpoint, &bucket, &public)).unwrap();
    storage.probe().await.unwrap();
    let error = storage.check_public_read().await.unwrap_err().to_string();
    assert!(error.contains("403"), "{error}");

    // A public_base_url that is not the bucket fails the same way.
    let wrong = Storage::s3(&weed_config(
        &weed.endpoint,
        &bucket,
        &format!("{}/genim-elsewhere", weed.endpoint),
    ))
    .unwrap();
    assert!(wrong.check_public_read().await.is_err());
}

#[test]
fn s3_endpoint_with_credentials_is_refused_and_redacted() {
    let config = S3Config {
        endpoint: Some("http://user:hunter2@127.0.0.1:9000".into()),
        ..s3_config()
    };
    let error = Storage::s3(&config).unwrap_err();
    let text = format!("{error} {error:?}");
    assert!(text.contains("AWS_ACCESS_KEY_ID"), "{text}");
    assert!(!error.to_string().contains("hunter2"), "{error}");
}

async fn ipfs_node(dir: &Path, env: &[(&str, &str)]) -> IpfsNode {
    let http = reqwest::Client::new();
    IpfsNode::start_test_node(dir, env, http).await.unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ipfs_publishes_verified_cids_that_resolve_through_the_gateway() {
    let dir = tempfile::tempdir().unwrap();
    let node = ipfs_node(dir.path(), &[]).await;
    let mut config = IpfsConfig::new(node.api_url(), dir.path().join("copies"));
    config.gateway_url = Some(node.gateway_url().to_owned());
    let storage = Storage::ipfs(config).unwrap();
    assert_eq!(storage.metadata_base_uri(), "ipfs://");
    storage.probe().await.unwrap();
    storage.check_public_read().await.unwrap();

    // One block, and many (a 1 MB image is a DAG of four raw leaves under a dag-pb root).
    for png in [fake_png(1000), fake_png(1_000_000)] {
        let image = storage.put_image(&png, "image/png").await.unwrap();
        let cid = unixfs::file_cid(&png);
        assert_eq!(image.uri, format!("ipfs://{cid}"));
        let (status, content_type, body) = node.resolve(&image.uri).await.unwrap();
        assert_eq!((status, content_type.as_deref()), (200, Some("image/png")));
        assert_eq!(body, png);
        // The local copy, served by the keeper under /ipfs/<cid>.
        assert_eq!(storage.get(&image.key).await.unwrap().unwrap(), png);
    }

    let metadata = storage.put_metadata(METADATA).await.unwrap();
    let token_uri = token_uri_for("ipfs://", &metadata.sha256);
    assert_eq!(metadata.uri, token_uri);
    assert_eq!(
        token_uri,
        format!("ipfs://{}", ipfs_cid_v1_raw(&sha256(METADATA)))
    );
    let (status, _, body) = node.resolve(&token_uri).await.unwrap();
    assert_eq!((status, body.as_slice()), (200, METADATA));
    // Four adds: the probe, two images, the metadata.
    assert_eq!(node.stats().await.unwrap()["adds"], 4);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ipfs_node_that_ignores_cid_version_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let node = ipfs_node(dir.path(), &[]).await;
    let storage = Storage::ipfs(IpfsConfig::new(node.api_url(), dir.path())).unwrap();
    node.set_add_mode("cidv0").await.unwrap();
    let error = storage.put_metadata(METADATA).await.unwrap_err();
    assert!(
        matches!(error, StorageError::CidMismatch { .. }),
        "{error:?}"
    );
    assert!(storage.probe().await.is_err());

    node.set_add_mode("error").await.unwrap();
    let error = storage.probe().await.unwrap_err().to_string();
    assert!(error.contains("test node told to fail"), "{error}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ipfs_credentials_are_sent_and_wrong_ones_fail_the_probe() {
    let dir = tempfile::tempdir().unwrap();
    let storage_with = |auth| {
        let mut config = IpfsConfig::new("http://127.0.0.1:1", dir.path());
        config.auth = auth;
        config
    };
    let bearer = ipfs_node(dir.path(), &[("IPFS_TEST_API_TOKEN", "right-token")]).await;
    let with = |auth| {
        let mut config = storage_with(auth);
        config.api_url = bearer.api_url().to_owned();
        Storage::ipfs(config).unwrap()
    };
    with(Some(IpfsAuth::Bearer("right-token".into())))
        .probe()
        .await
        .unwrap();
    let error = with(Some(IpfsAuth::Bearer("wrong-token-xyz".into())))
        .probe()
        .await
        .unwrap_err()
        .to_string();
    assert!(error.contains("401"), "{error}");
    assert!(!error.contains("wrong-token-xyz"), "{error}");
    assert!(with(None).probe().await.is_err());

    let basic = ipfs_node(dir.path(), &[("IPFS_TEST_API_BASIC", "project:secret")]).await;
    let mut config = storage_with(Some(IpfsAuth::basic("project:secret").unwrap()));
    config.api_url = basic.api_url().to_owned();
    Storage::ipfs(config).unwrap().probe().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ipfs_pinning_service_pins_every_published_cid() {
    let dir = tempfile::tempdir().unwrap();
    let node = ipfs_node(dir.path(), &[("IPFS_TEST_PIN_TOKEN", "pin-token")]).await;
    let mut config = IpfsConfig::new(node.api_url(), dir.path());
    config.pinning = Some(PinningService {
        endpoint: node.pinning_url(),
        token: "pin-token".into(),
    });
    let storage = Storage::ipfs(config.clone()).unwrap();
    let image = storage.put_image(&fake_png(10), "image/png").await.unwrap();
    let metadata = storage.put_metadata(METADATA).await.unwrap();
    let pins = node.stats().await.unwrap()["pins"].clone();
    let pinned: Vec<String> = pins
        .as_array()
        .unwrap()
        .iter()
        .map(|p| format!("ipfs://{}", p["status"]["pin"]["cid"].as_str().unwrap()))
        .collect();
    assert_eq!(pinned, vec![image.uri, metadata.uri]);

    config.pinning = Some(PinningService {
        endpoint: node.pinning_url(),
        token: "wrong".into(),
    });
    let error = Storage::ipfs(config)
        .unwrap()
        .put_metadata(b"{}")
        .await
        .unwrap_err()
        .to_string();
    assert!(error.contains("401"), "{error}");
}

/// A pin counts only once the service says `pinned`: the keeper names its node's public
/// addresses as `origins`, connects its node to the service's `delegates`, and polls the request
/// through `queued` and `pinning`; `failed`, or no `pinned` within the timeout, fails the publish.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ipfs_pins_are_polled_until_pinned_with_origins_and_delegates() {
    let dir = tempfile::tempdir().unwrap();
    let node = ipfs_node(dir.path(), &[("IPFS_TEST_PIN_TOKEN", "pin-token")]).await;
    let mut config = IpfsConfig::new(node.api_url(), dir.path());
    config.pinning = Some(PinningService {
        endpoint: node.pinning_url(),
        token: "pin-token".into(),
    });
    config.pin_timeout = Duration::from_secs(3);
    let storage = Storage::ipfs(config).unwrap();

    node.set_pin_mode("slow").await.unwrap();
    let image = storage.put_image(&fake_png(11), "image/png").await.unwrap();
    let stats = node.stats().await.unwrap();
    let pin = &stats["pins"][0];
    assert_eq!(
        format!("ipfs://{}", pin["status"]["pin"]["cid"].as_str().unwrap()),
        image.uri
    );
    assert!(
        pin["reads"].as_u64().unwrap() >= 2,
        "polled until pinned: {pin}"
    );
    let origins = pin["status"]["pin"]["origins"].as_array().unwrap().clone();
    assert_eq!(origins.len(), 1, "loopback left out: {origins:?}");
    assert!(
        origins[0]
            .as_str()
            .unwrap()
            .starts_with("/ip4/203.0.113.7/tcp/4001/p2p/")
    );
    let delegate = pin["status"]["delegates"][0].as_str().unwrap();
    assert!(
        stats["connects"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c == delegate),
        "the node connects to the service's delegate: {stats}"
    );

    node.set_pin_mode("failed").await.unwrap();
    let error = storage
        .put_metadata(b"{\"n\":1}")
        .await
        .unwrap_err()
        .to_string();
    assert!(error.contains("failed"), "{error}");

    node.set_pin_mode("never").await.unwrap();
    let error = storage
        .put_metadata(b"{\"n\":2}")
        .await
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("has not pinned") && error.contains("queued"),
        "{error}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ipfs_unreachable_api_fails_the_probe() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("http://127.0.0.1:{}", common::free_port());
    let error = Storage::ipfs(IpfsConfig::new(&url, dir.path()))
        .unwrap()
        .probe()
        .await
        .unwrap_err()
        .to_string();
    assert!(error.contains(&url), "{error}");
}
