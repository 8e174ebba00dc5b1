//! A database filled whole or not at all: `demo` and `import` into a file
//! that does not exist yet write a new file beside it, which takes the
//! database's name only when the work is done. An interrupted or failed run
//! (Ctrl-C, a refused file, a full disk, even `kill -9`) leaves no
//! half-made database behind; into an existing database the work is one
//! transaction, rolled back the same way.

use std::path::{Path, PathBuf};

use super::Failure;
use crate::store::Store;

pub(super) struct Target {
    path: PathBuf,
    /// The new file, removed when dropped unless it became the database.
    new: Option<tempfile::TempPath>,
}

impl Target {
    pub(super) fn new(path: &Path) -> Result<Target, Failure> {
        if std::fs::symlink_metadata(path).is_ok() {
            return Ok(Target { path: path.to_path_buf(), new: None });
        }
        Store::ensure_directory(path)?;
        let dir = match path.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir,
            _ => Path::new("."),
        };
        let cannot = |e: std::io::Error| {
            Failure::user(crate::t!("shell-cannot-write", path = path.display().to_string(), reason = e.to_string()))
        };
        // tempfile makes it 0600, as the store makes a database.
        let new = tempfile::Builder::new().prefix(".keyplan-new-").suffix(".db").tempfile_in(dir).map_err(cannot)?;
        Ok(Target { path: path.to_path_buf(), new: Some(new.into_temp_path()) })
    }

    /// Whether the work goes to a new file: until [`Target::finish`] it can
    /// still be dropped whole, even after its own commit.
    pub(super) fn is_new(&self) -> bool {
        self.new.is_some()
    }

    /// The file to open and fill.
    pub(super) fn working_path(&self) -> &Path {
        self.new.as_deref().unwrap_or(&self.path)
    }

    /// Gives the new file the database's name; the store on it must be
    /// closed (dropped) first, so that SQLite has folded its `-wal` in.
    pub(super) fn finish(mut self) -> Result<(), Failure> {
        let Some(new) = self.new.take() else { return Ok(()) };
        remove_companions(&new);
        // Never over a database that appeared meanwhile.
        new.persist_noclobber(&self.path).map_err(|e| {
            Failure::user(crate::t!(
                "shell-cannot-write",
                path = self.path.display().to_string(),
                reason = e.error.to_string()
            ))
        })
    }
}

impl Drop for Target {
    fn drop(&mut self) {
        if let Some(new) = &self.new {
            remove_companions(new);
        }
    }
}

/// SQLite's `-wal` and `-shm` beside the new file, if closing left any.
fn remove_companions(file: &Path) {
    for suffix in ["-wal", "-shm"] {
        let mut name = file.as_os_str().to_os_string();
        name.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(name));
    }
}
