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

    let bad_url = S3Config {
        public_base_url: "not a url".into(),
        ..s3_config()
    };
    assert!(matches!(
        Storage::s3(&bad_url),
        Err(StorageError::InvalidPublicBaseUrl { .. })
    ));
}
