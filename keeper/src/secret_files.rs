//! Files that hold the agent's secrets (the keystore and its password) should be readable by
//! their owner only. The keeper still starts when they are not (an operator may have reasons),
//! but says so at start-up, naming the file and its mode, never its content.

use std::io;
use std::path::Path;

/// Permission bits that let the file's group or other users read or change it.
const GROUP_OR_OTHERS: u32 = 0o077;

/// The file's permission bits if its group or others may access it, else `None`.
#[cfg(unix)]
pub fn exposed_mode(path: &Path) -> io::Result<Option<u32>> {
    use std::os::unix::fs::PermissionsExt as _;
    let mode = std::fs::metadata(path)?.permissions().mode() & 0o777;
    Ok((mode & GROUP_OR_OTHERS != 0).then_some(mode))
}

/// Other systems have no such mode bits to check.
#[cfg(not(unix))]
pub fn exposed_mode(_path: &Path) -> io::Result<Option<u32>> {
    Ok(None)
}

/// Logs a warning when `path` (the agent's `what`, e.g. "keystore") is open to other users.
/// A file that cannot be inspected is left to the code that reads it to report.
pub fn warn_if_exposed(path: &Path, what: &str) {
    if let Ok(Some(mode)) = exposed_mode(path) {
        tracing::warn!(
            file = %path.display(),
            mode = %format_args!("{mode:o}"),
            "the agent's {what} is readable by its group or other users; restrict it with chmod 600"
        );
    }
}

#[cfg(all(test, unix))]
mod tests {
    use std::io::Write as _;
    use std::os::unix::fs::PermissionsExt as _;
    use std::sync::{Arc, Mutex};

    use super::*;

    const SECRET: &str = "correct horse battery staple";

    fn secret_file(mode: u32) -> tempfile::NamedTempFile {
        let mut file = tempfile::NamedTempFile::new().expect("temp file");
        file.write_all(SECRET.as_bytes()).expect("write");
        std::fs::set_permissions(file.path(), std::fs::Permissions::from_mode(mode))
            .expect("chmod");
        file
    }

    /// Runs `f` with a subscriber that writes every event into the returned text.
    fn logged(f: impl FnOnce()) -> String {
        #[derive(Clone, Default)]
        struct Buffer(Arc<Mutex<Vec<u8>>>);
        impl io::Write for Buffer {
            fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
                self.0.lock().expect("buffer").extend_from_slice(bytes);
                Ok(bytes.len())
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let buffer = Buffer::default();
        let writer = buffer.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_writer(move || writer.clone())
            .with_ansi(false)
            .finish();
        tracing::subscriber::with_default(subscriber, f);
        let bytes = buffer.0.lock().expect("buffer").clone();
        String::from_utf8(bytes).expect("utf-8 log")
    }

    #[test]
    fn a_file_readable_by_others_is_reported_with_its_mode() {
        let file = secret_file(0o644);
        assert_eq!(exposed_mode(file.path()).expect("stat"), Some(0o644));
        let log = logged(|| warn_if_exposed(file.path(), "password file"));
        assert!(log.contains("WARN"), "{log}");
        assert!(log.contains("password file"), "{log}");
        assert!(log.contains("mode=644"), "{log}");
        assert!(log.contains(&file.path().display().to_string()), "{log}");
        assert!(!log.contains(SECRET), "{log}");
    }

    #[test]
    fn an_owner_only_file_passes_quietly() {
        let file = secret_file(0o600);
        assert_eq!(exposed_mode(file.path()).expect("stat"), None);
        assert_eq!(logged(|| warn_if_exposed(file.path(), "keystore")), "");
        let group = secret_file(0o640);
        assert_eq!(exposed_mode(group.path()).expect("stat"), Some(0o640));
    }
}
