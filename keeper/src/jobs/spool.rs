//! The local spool of paid images.
//!
//! An image costs money the moment the API answers. Its bytes go to a file in the spool, fsynced
//! (file and directory), before the job store records `image_spooled` and before any upload is
//! tried; uploads then retry from the spool for as long as storage is down, so an outage never
//! leads to paying for the same image again. The one window left is a crash between the API's
//! answer and the fsync: that image is lost and generated again on restart.

use std::fs::{self, File};
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// Spool failures: the local disk is full, read-only or gone.
#[derive(Debug, thiserror::Error)]
pub enum SpoolError {
    #[error("spool {path}: {operation}: {source}")]
    Io {
        operation: &'static str,
        path: String,
        source: std::io::Error,
    },
    #[error("spooled image {path} is corrupt: sha256 {found} instead of {expected}")]
    Corrupt {
        path: String,
        expected: String,
        found: String,
    },
    #[error("spool task failed: {0}")]
    Join(String),
}

#[derive(Debug, Clone)]
pub struct Spool {
    dir: PathBuf,
}

impl Spool {
    /// Creates the directory if needed and proves it is writable (write, fsync, remove).
    pub fn open(dir: impl Into<PathBuf>) -> Result<Self, SpoolError> {
        let dir = dir.into();
        fs::create_dir_all(&dir).map_err(io("create directory", &dir))?;
        let spool = Self { dir };
        let probe = spool.dir.join(".write-probe");
        write_synced(&probe, b"genim spool probe")?;
        fs::remove_file(&probe).map_err(io("remove probe", &probe))?;
        Ok(spool)
    }

    /// Writes `bytes` durably as `<token>-<sha256 hex>.<ext>` and returns the file's path.
    pub async fn put(
        &self,
        token_id: u64,
        sha256_hex: &str,
        extension: &str,
        bytes: Vec<u8>,
    ) -> Result<PathBuf, SpoolError> {
        let digits = sha256_hex.trim_start_matches("0x");
        let path = self.dir.join(format!("{token_id}-{digits}.{extension}"));
        let target = path.clone();
        blocking(move || {
            let temp = target.with_extension("part");
            write_synced(&temp, &bytes)?;
            fs::rename(&temp, &target).map_err(io("rename", &target))?;
            sync_dir(&target)
        })
        .await?;
        Ok(path)
    }

    /// Reads a spooled image back and checks it is the image that was paid for.
    pub async fn get(path: &Path, expected_sha256_hex: &str) -> Result<Vec<u8>, SpoolError> {
        let path = path.to_owned();
        let bytes = blocking({
            let path = path.clone();
            move || fs::read(&path).map_err(io("read", &path))
        })
        .await?;
        let found = hex::encode(crate::metadata::sha256(&bytes));
        let expected = expected_sha256_hex
            .trim_start_matches("0x")
            .to_ascii_lowercase();
        if found != expected {
            return Err(SpoolError::Corrupt {
                path: path.display().to_string(),
                expected,
                found,
            });
        }
        Ok(bytes)
    }

    /// Removes a spooled image once it is in storage. A file already gone is fine.
    pub async fn remove(path: &Path) -> Result<(), SpoolError> {
        let path = path.to_owned();
        blocking(move || match fs::remove_file(&path) {
            Ok(()) => Ok(()),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(error) => Err(io("remove", &path)(error)),
        })
        .await
    }
}

async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, SpoolError> + Send + 'static,
) -> Result<T, SpoolError> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| SpoolError::Join(e.to_string()))?
}

fn write_synced(path: &Path, bytes: &[u8]) -> Result<(), SpoolError> {
    let mut file = File::create(path).map_err(io("create", path))?;
    file.write_all(bytes).map_err(io("write", path))?;
    file.sync_all().map_err(io("fsync", path))
}

/// Makes the rename itself durable.
fn sync_dir(path: &Path) -> Result<(), SpoolError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    File::open(dir)
        .and_then(|dir| dir.sync_all())
        .map_err(io("fsync directory", dir))
}

fn io(operation: &'static str, path: &Path) -> impl FnOnce(std::io::Error) -> SpoolError {
    let path = path.display().to_string();
    move |source| SpoolError::Io {
        operation,
        path,
        source,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_spooled_image_reads_back_and_is_checked_against_its_hash() {
        let dir = tempfile::tempdir().expect("temp dir");
        let spool = Spool::open(dir.path().join("spool")).expect("spool");
        let bytes = b"\x89PNG fake image".to_vec();
        let sha = hex::encode(crate::metadata::sha256(&bytes));
        let path = spool
            .put(7, &format!("0x{sha}"), "png", bytes.clone())
            .await
            .expect("put");
        assert_eq!(
            path.file_name().and_then(|n| n.to_str()),
            Some(format!("7-{sha}.png").as_str())
        );
        assert_eq!(Spool::get(&path, &sha).await.expect("get"), bytes);

        std::fs::write(&path, b"tampered").expect("overwrite");
        assert!(matches!(
            Spool::get(&path, &sha).await,
            Err(SpoolError::Corrupt { .. })
        ));
        Spool::remove(&path).await.expect("remove");
        Spool::remove(&path).await.expect("removing twice is fine");
        assert!(!path.exists());
    }

    #[test]
    fn an_unwritable_spool_is_refused_at_open() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("not-a-dir");
        std::fs::write(&file, b"x").expect("file");
        assert!(matches!(
            Spool::open(file.join("spool")),
            Err(SpoolError::Io { .. })
        ));
    }
}
