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
        return Err(StoreError::Invalid(format!(
            "{} cannot be backed up because its name is not valid UTF-8",
            path.display()
        )));
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
    fn companions_share_the_name() {
        assert_eq!(with_suffix(Path::new("a/k.db"), "-wal"), PathBuf::from("a/k.db-wal"));
    }
}
