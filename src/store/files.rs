//! The database on disk: its directory, its permissions and its backups.
//! A dossier holds personal data (names, phones, birthdays), so every file
//! keyplan writes is readable by its owner only.

use std::ffi::OsString;
use std::fs::{self, DirBuilder, OpenOptions, Permissions};
use std::io::ErrorKind;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use rusqlite::Connection;

use super::error::{Result, StoreError};

const DIR_MODE: u32 = 0o700;
const FILE_MODE: u32 = 0o600;

/// Creates the database's directory (mode 0700) when it is missing.
pub(crate) fn ensure_parent(path: &Path) -> Result<()> {
    let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) else {
        return Ok(());
    };
    if parent.exists() {
        return Ok(());
    }
    let cannot_create = |source| StoreError::CannotCreate { path: parent.to_path_buf(), source };
    DirBuilder::new().recursive(true).mode(DIR_MODE).create(parent).map_err(cannot_create)?;
    // The umask may have taken bits away; put exactly 0700 back.
    fs::set_permissions(parent, Permissions::from_mode(DIR_MODE)).map_err(cannot_create)
}

/// Creates an empty database file with mode 0600 before SQLite touches it,
/// so the data is never readable by others, not even for a moment.
pub(crate) fn create_private_file(path: &Path) -> Result<()> {
    match OpenOptions::new().write(true).create_new(true).mode(FILE_MODE).open(path) {
        Ok(_) => Ok(()),
        // Someone created it in between: the inspection of the next open
        // will judge it; SQLite opens it as it is.
        Err(e) if e.kind() == ErrorKind::AlreadyExists => Ok(()),
        Err(source) => Err(StoreError::CannotCreate { path: path.to_path_buf(), source }),
    }
}

/// Whether new files can be made beside `path` (SQLite's `-wal` and
/// `-shm`): not on a read-only mount, not in a directory of someone else's.
/// A directory without any write permission bit counts as not writable
/// even for root (who may write anywhere): as with the file's own bits,
/// the owner's stated wish is honoured.
pub(crate) fn directory_is_writable(path: &Path) -> bool {
    let dir = directory_of(path);
    let Ok(metadata) = fs::metadata(&dir) else { return false };
    if metadata.permissions().readonly() {
        return false;
    }
    let Ok(name) = std::ffi::CString::new(dir.as_os_str().as_encoded_bytes()) else { return false };
    // SAFETY: `name` is a valid NUL-terminated string that outlives the call.
    unsafe { libc::access(name.as_ptr(), libc::W_OK) == 0 }
}

/// The directory of `path` (`.` for a bare file name).
pub(crate) fn directory_of(path: &Path) -> PathBuf {
    path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new(".")).to_path_buf()
}

/// An SQLite URI that opens `path` as immutable: read without locks and
/// without creating `-wal` or `-shm` (for a directory that cannot take them).
pub(crate) fn immutable_uri(path: &Path) -> Result<String> {
    let absolute = std::path::absolute(path)
        .map_err(|e| StoreError::Unreadable { path: path.to_path_buf(), reason: e.to_string() })?;
    let mut uri = String::from("file://");
    for byte in absolute.as_os_str().as_encoded_bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'/' | b'-' | b'_' | b'.' | b'~' => uri.push(char::from(*byte)),
            other => uri.push_str(&format!("%{other:02X}")),
        }
    }
    uri.push_str("?immutable=1");
    Ok(uri)
}

/// A WAL database whose `-wal` holds pages not yet copied into the file.
pub(crate) fn wal_has_content(path: &Path) -> bool {
    fs::metadata(with_suffix(path, "-wal")).is_ok_and(|m| m.len() > 0)
}

/// Whether anything is at `path` (without following it into an error).
pub(crate) fn exists(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok()
}

/// `path` with `suffix` appended to its file name (`keyplan.db` + `-wal`).
pub(crate) fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = OsString::from(path.as_os_str());
    name.push(suffix);
    PathBuf::from(name)
}

/// Sets the database and its `-wal`/`-shm` companions (when present) to 0600.
pub(crate) fn restrict(path: &Path) -> Result<()> {
    for file in [path.to_path_buf(), with_suffix(path, "-wal"), with_suffix(path, "-shm")] {
        match fs::set_permissions(&file, Permissions::from_mode(FILE_MODE)) {
            Ok(()) => {}
            Err(e) if e.kind() == ErrorKind::NotFound => {}
            Err(source) => return Err(StoreError::Permissions { path: file, source }),
        }
    }
    Ok(())
}

/// The backup's name: `keyplan.db.before-v2-20261123T075700.bak`, next to the
/// database; `-1`, `-2`... are added when two backups fall in the same second.
fn backup_name(path: &Path, target_version: usize, stamp: &str, attempt: u32) -> PathBuf {
    let base = path.file_name().map(OsString::from).unwrap_or_else(|| OsString::from("keyplan.db"));
    let mut name = base;
    name.push(format!(".before-v{target_version}-{stamp}"));
    if attempt > 0 {
        name.push(format!("-{attempt}"));
    }
    name.push(".bak");
    path.with_file_name(name)
}

/// Writes a compact copy of the open database next to it with `VACUUM INTO`,
/// before migrating it to `target_version`. The copy is 0600 from the start.
pub(crate) fn write_backup(conn: &Connection, path: &Path, target_version: usize) -> Result<PathBuf> {
    let stamp = chrono::Local::now().format("%Y%m%dT%H%M%S").to_string();
    let mut attempt = 0;
    let backup = loop {
        let candidate = backup_name(path, target_version, &stamp, attempt);
        match OpenOptions::new().write(true).create_new(true).mode(FILE_MODE).open(&candidate) {
            Ok(_) => break candidate,
            Err(e) if e.kind() == ErrorKind::AlreadyExists && attempt < 100 => attempt += 1,
            Err(source) => {
                return Err(StoreError::CannotCreate { path: candidate, source });
            }
        }
    };
    let Some(target) = backup.to_str() else {
        let _ = fs::remove_file(&backup);
        return Err(StoreError::Invalid(crate::t!("err-backup-name-not-utf8", path = path.display().to_string())));
    };
    // VACUUM INTO accepts an existing empty file and keeps its mode.
    if let Err(source) = conn.execute("VACUUM INTO ?1", [target]) {
        let _ = fs::remove_file(&backup);
        return Err(StoreError::Backup { path: backup, source });
    }
    fs::set_permissions(&backup, Permissions::from_mode(FILE_MODE))
        .map_err(|source| StoreError::Permissions { path: backup.clone(), source })?;
    Ok(backup)
}

/// Whether a process with this id exists (a signal 0 only asks): what a
/// file named after its maker's process id (a throw-away sample, a copy in
/// progress) is left over from when not.
pub fn process_is_running(pid: i32) -> bool {
    // SAFETY: kill with signal 0 sends nothing; it only checks the id.
    let answer = unsafe { libc::kill(pid, 0) };
    answer == 0 || std::io::Error::last_os_error().raw_os_error() != Some(libc::ESRCH)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backup_is_named_after_the_file() {
        let path = Path::new("/data/keyplan.db");
        assert_eq!(
            backup_name(path, 2, "20261123T075700", 0),
            PathBuf::from("/data/keyplan.db.before-v2-20261123T075700.bak")
        );
        assert_eq!(
            backup_name(path, 3, "20261123T075700", 1),
            PathBuf::from("/data/keyplan.db.before-v3-20261123T075700-1.bak")
        );
    }

    #[test]
    fn an_immutable_uri_escapes_what_a_uri_would_read_otherwise() {
        let uri = immutable_uri(Path::new("/data/a b?#%/k.db")).unwrap();
        assert_eq!(uri, "file:///data/a%20b%3F%23%25/k.db?immutable=1");
    }

    #[test]
    fn companions_share_the_name() {
        assert_eq!(with_suffix(Path::new("a/k.db"), "-wal"), PathBuf::from("a/k.db-wal"));
    }
}
