//! One keeper per job database. Two keepers on one database would each generate and deliver the
//! same tokens, paying twice for images and gas, so the second refuses to start. The lock is an
//! advisory `flock` on `<database>.lock`: the kernel drops it when the process dies, `kill -9`
//! included, so a crash never leaves a stale lock behind.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

/// Held for as long as the keeper runs.
#[derive(Debug)]
pub struct InstanceLock {
    _file: File,
}

#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error(
        "another keeper is running on job database {} (it holds {}{holder}): stop it first; \
         a second keeper needs its own database and its own agent key",
        .database.display(), .lock.display()
    )]
    Held {
        database: PathBuf,
        lock: PathBuf,
        /// `, pid 1234` when the holder wrote it.
        holder: String,
    },
    #[error("cannot use lock file {}: {source}", .lock.display())]
    Io {
        lock: PathBuf,
        source: std::io::Error,
    },
}

impl InstanceLock {
    /// Takes the lock of `database`, or says who holds it.
    pub fn acquire(database: &Path) -> Result<Self, LockError> {
        let lock = lock_path(database);
        let io = |source| LockError::Io {
            lock: lock.clone(),
            source,
        };
        let mut file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&lock)
            .map_err(io)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                return Err(LockError::Held {
                    database: database.to_owned(),
                    holder: holder_pid(&mut file)
                        .map(|pid| format!(", pid {pid}"))
                        .unwrap_or_default(),
                    lock,
                });
            }
            Err(TryLockError::Error(source)) => return Err(io(source)),
        }
        // For the message a second keeper prints; the lock itself is the flock.
        file.set_len(0).map_err(io)?;
        writeln!(file, "{}", std::process::id()).map_err(io)?;
        file.sync_data().map_err(io)?;
        Ok(Self { _file: file })
    }
}

/// `jobs.sqlite` → `jobs.sqlite.lock`, beside the database.
pub fn lock_path(database: &Path) -> PathBuf {
    let mut name = database.as_os_str().to_owned();
    name.push(".lock");
    PathBuf::from(name)
}

fn holder_pid(file: &mut File) -> Option<u32> {
    let mut text = String::new();
    file.seek(SeekFrom::Start(0)).ok()?;
    file.take(32).read_to_string(&mut text).ok()?;
    text.trim().parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_keeper_on_the_same_database_is_refused_with_the_holder() {
        let dir = tempfile::tempdir().unwrap();
        let database = dir.path().join("jobs.sqlite");
        let first = InstanceLock::acquire(&database).expect("first keeper");
        let error = InstanceLock::acquire(&database).expect_err("second keeper");
        let text = error.to_string();
        assert!(matches!(error, LockError::Held { .. }), "{text}");
        assert!(text.contains("another keeper is running"), "{text}");
        assert!(
            text.contains(&format!("pid {}", std::process::id())),
            "{text}"
        );
        drop(first);
        InstanceLock::acquire(&database).expect("free again once the first one stopped");
    }

    #[test]
    fn separate_databases_do_not_share_a_lock() {
        let dir = tempfile::tempdir().unwrap();
        let _a = InstanceLock::acquire(&dir.path().join("a.sqlite")).unwrap();
        let _b = InstanceLock::acquire(&dir.path().join("b.sqlite")).unwrap();
    }

    #[test]
    fn an_unwritable_place_is_an_error_naming_the_lock_file() {
        let error = InstanceLock::acquire(Path::new("/nonexistent-dir/jobs.sqlite")).unwrap_err();
        assert!(matches!(error, LockError::Io { .. }));
        assert!(error.to_string().contains("jobs.sqlite.lock"), "{error}");
    }
}
