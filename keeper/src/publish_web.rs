//! `genim publish-web`: the built web page (`keeper/web/dist`) added to IPFS as one directory,
//! so that buyers can reach it, and their refund button, while the keeper is down. The page's
//! files link to each other by relative paths (`./assets/...`), which resolve under
//! `<gateway>/ipfs/<cid>/` only when the whole build is one UnixFS directory.

use std::path::{Path, PathBuf};

use crate::cid::Cid;
use crate::storage::{Storage, StorageError};

/// The most bytes read from the build directory (a page build is well under a megabyte or two).
pub const MAX_TOTAL_BYTES: u64 = 64 * 1024 * 1024;
/// The most files read from it.
pub const MAX_FILES: usize = 10_000;

#[derive(Debug, thiserror::Error)]
pub enum PublishWebError {
    #[error("{op} {path}: {source}", path = path.display())]
    Io {
        op: &'static str,
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path} is not a regular file or directory (symbolic links are not followed)", path = path.display())]
    NotAFile { path: PathBuf },
    #[error("{path}: file names must be UTF-8", path = path.display())]
    NotUtf8 { path: PathBuf },
    #[error("{dir} has no index.html: is it a page build (npm run build in keeper/web)?", dir = dir.display())]
    NoIndex { dir: PathBuf },
    #[error("{dir} holds more than {MAX_FILES} files or {MAX_TOTAL_BYTES} bytes: not a page build", dir = dir.display())]
    TooLarge { dir: PathBuf },
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// What was published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Published {
    pub cid: Cid,
    pub files: usize,
    pub bytes: u64,
    /// The configured gateway (without `/ipfs`), if any.
    pub gateway: Option<String>,
}

impl Published {
    /// `ipfs://<cid>/`, then `<gateway>/ipfs/<cid>/` for each gateway given.
    pub fn urls(&self, gateways: &[&str]) -> Vec<String> {
        let mut urls = vec![format!("ipfs://{}/", self.cid)];
        for gateway in gateways {
            let gateway = gateway.trim_end_matches('/').trim_end_matches("/ipfs");
            urls.push(format!("{gateway}/ipfs/{}/", self.cid));
        }
        urls
    }
}

/// Every regular file under `dir` with its `/`-separated path relative to `dir`, sorted.
pub fn read_build(dir: &Path) -> Result<Vec<(String, Vec<u8>)>, PublishWebError> {
    let mut files = Vec::new();
    let mut total = 0u64;
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        let entries = std::fs::read_dir(&current).map_err(|source| PublishWebError::Io {
            op: "reading directory",
            path: current.clone(),
            source,
        })?;
        for entry in entries {
            let entry = entry.map_err(|source| PublishWebError::Io {
                op: "reading directory",
                path: current.clone(),
                source,
            })?;
            let path = entry.path();
            let kind = entry.file_type().map_err(|source| PublishWebError::Io {
                op: "reading file type of",
                path: path.clone(),
                source,
            })?;
            if kind.is_dir() {
                pending.push(path);
                continue;
            }
            if !kind.is_file() {
                return Err(PublishWebError::NotAFile { path });
            }
            let relative = path
                .strip_prefix(dir)
                .ok()
                .and_then(|r| {
                    r.components()
                        .map(|c| c.as_os_str().to_str())
                        .collect::<Option<Vec<_>>>()
                })
                .ok_or_else(|| PublishWebError::NotUtf8 { path: path.clone() })?
                .join("/");
            let bytes = std::fs::read(&path).map_err(|source| PublishWebError::Io {
                op: "reading",
                path: path.clone(),
                source,
            })?;
            total += bytes.len() as u64;
            files.push((relative, bytes));
            if files.len() > MAX_FILES || total > MAX_TOTAL_BYTES {
                return Err(PublishWebError::TooLarge {
                    dir: dir.to_path_buf(),
                });
            }
        }
    }
    if !files.iter().any(|(path, _)| path == "index.html") {
        return Err(PublishWebError::NoIndex {
            dir: dir.to_path_buf(),
        });
    }
    files.sort();
    Ok(files)
}

/// Reads the build in `dir` and adds it to IPFS as one directory through `storage` (checked
/// against the locally computed CID, pinned).
pub async fn publish(storage: &Storage, dir: &Path) -> Result<Published, PublishWebError> {
    let files = read_build(dir)?;
    let borrowed: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(path, bytes)| (path.as_str(), bytes.as_slice()))
        .collect();
    let (cid, gateway) = storage.publish_directory(&borrowed, "genim-web").await?;
    Ok(Published {
        cid,
        files: files.len(),
        bytes: files.iter().map(|(_, b)| b.len() as u64).sum(),
        gateway,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_build_is_read_with_relative_paths() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("assets/fonts")).unwrap();
        std::fs::write(dir.path().join("index.html"), b"<html>").unwrap();
        std::fs::write(dir.path().join("assets/app.js"), b"js").unwrap();
        std::fs::write(dir.path().join("assets/fonts/a.woff2"), b"font").unwrap();
        let files = read_build(dir.path()).unwrap();
        let paths: Vec<&str> = files.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(
            paths,
            ["assets/app.js", "assets/fonts/a.woff2", "index.html"]
        );
        assert_eq!(files[0].1, b"js");
    }

    #[test]
    fn a_directory_without_index_or_with_links_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("app.js"), b"js").unwrap();
        assert!(matches!(
            read_build(dir.path()),
            Err(PublishWebError::NoIndex { .. })
        ));
        std::fs::write(dir.path().join("index.html"), b"<html>").unwrap();
        std::os::unix::fs::symlink("/etc/passwd", dir.path().join("passwd")).unwrap();
        assert!(matches!(
            read_build(dir.path()),
            Err(PublishWebError::NotAFile { .. })
        ));
        assert!(matches!(
            read_build(&dir.path().join("missing")),
            Err(PublishWebError::Io { .. })
        ));
    }

    #[test]
    fn urls_name_the_directory_with_a_trailing_slash() {
        let published = Published {
            cid: Cid::parse("bafybeidhkumeonuwkebh2i4fc7o7lguehauradvlk57gzake6ggjsy372a").unwrap(),
            files: 1,
            bytes: 12,
            gateway: None,
        };
        assert_eq!(
            published.urls(&["https://ipfs.io/", "http://127.0.0.1:8080/ipfs"]),
            [
                "ipfs://bafybeidhkumeonuwkebh2i4fc7o7lguehauradvlk57gzake6ggjsy372a/",
                "https://ipfs.io/ipfs/bafybeidhkumeonuwkebh2i4fc7o7lguehauradvlk57gzake6ggjsy372a/",
                "http://127.0.0.1:8080/ipfs/bafybeidhkumeonuwkebh2i4fc7o7lguehauradvlk57gzake6ggjsy372a/",
            ]
        );
    }
}
