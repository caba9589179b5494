//! Files on local disk: the local backend's store, and the ipfs backend's local copies.
//! Writes are atomic and durable (temp file, fsync, rename, fsync the directory).

use std::fmt;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

use super::{PROBE_KEY, StorageError};

/// Files under `dir`, served by the keeper's HTTP server at `public_base_url`.
pub(super) struct LocalStore {
    pub dir: PathBuf,
    /// Without trailing slash.
    pub public_base_url: String,
}

impl fmt::Debug for LocalStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Storage")
            .field("local_dir", &self.dir)
            .field("public_base_url", &self.public_base_url)
            .finish()
    }
}

impl LocalStore {
    pub async fn write(&self, key: &str, bytes: &[u8]) -> Result<(), StorageError> {
        write_once(&self.dir.join(key), bytes).await
    }

    /// Overwrites the probe file with `bytes` and reads it back.
    pub async fn probe(&self, bytes: &[u8]) -> Result<(), StorageError> {
        let path = self.dir.join(PROBE_KEY);
        overwrite(&path, bytes).await?;
        match read(&path).await? {
            Some(read) if read == bytes => Ok(()),
            _ => Err(StorageError::ProbeMismatch {
                what: format!("local storage probe {}", path.display()),
            }),
        }
    }
}

pub(super) fn io_error(op: &'static str, path: &Path) -> impl FnOnce(io::Error) -> StorageError {
    let path = path.to_owned();
    move |source| StorageError::Io { op, path, source }
}

pub(super) async fn read(path: &Path) -> Result<Option<Vec<u8>>, StorageError> {
    match tokio::fs::read(path).await {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(io_error("read", path)(e)),
    }
}

/// Writes unless a file of the same size is already there; with content-addressed names,
/// same name and size means same content (renames are atomic, so no half-written file exists).
pub(super) async fn write_once(path: &Path, bytes: &[u8]) -> Result<(), StorageError> {
    match tokio::fs::metadata(path).await {
        Ok(existing) if existing.len() == bytes.len() as u64 => return Ok(()),
        Ok(_) => {}
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(io_error("inspect", path)(e)),
    }
    overwrite(path, bytes).await
}

/// Replaces the file atomically, whatever is there.
pub(super) async fn overwrite(path: &Path, bytes: &[u8]) -> Result<(), StorageError> {
    let path = path.to_owned();
    let bytes = bytes.to_vec();
    tokio::task::spawn_blocking(move || write_atomically(&path, &bytes))
        .await
        .map_err(|e| StorageError::Task(e.to_string()))?
}

/// Temp file in the same directory, fsync, rename, fsync the directory: after a crash the
/// final name holds either nothing or the complete file.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), StorageError> {
    let dir = path.parent().ok_or_else(|| StorageError::InvalidKey {
        key: path.display().to_string(),
        reason: "has no parent directory",
    })?;
    std::fs::create_dir_all(dir).map_err(io_error("create directory", dir))?;
    let temp = temp_path_for(path);
    let written = write_synced(&temp, bytes)
        .and_then(|()| std::fs::rename(&temp, path).map_err(io_error("rename", &temp)))
        .and_then(|()| sync_dir(dir));
    if written.is_err() {
        // Best effort: a leftover temp file is hidden (dot name) and harmless.
        let _ = std::fs::remove_file(&temp);
    }
    written
}

fn temp_path_for(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.{:016x}.tmp", rand::random::<u64>()))
}

fn write_synced(path: &Path, bytes: &[u8]) -> Result<(), StorageError> {
    let mut file = std::fs::File::options()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(io_error("create", path))?;
    file.write_all(bytes).map_err(io_error("write", path))?;
    file.sync_all().map_err(io_error("sync", path))
}

/// Makes the rename itself durable.
fn sync_dir(dir: &Path) -> Result<(), StorageError> {
    std::fs::File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(io_error("sync directory", dir))
}
