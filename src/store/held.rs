//! The database files this process has open through SQLite.
//!
//! POSIX record locks belong to a process and a file, not to a descriptor:
//! when a process closes ANY descriptor of a file, all its locks on that file
//! are gone. SQLite's own descriptors are managed with that in mind; a plain
//! `File::open` and close beside them is not, and would let other processes
//! checkpoint and delete the write-ahead log that this process still writes
//! to (its later writes lost, the file possibly corrupt). So while a
//! connection of this process holds a file, nothing here opens it otherwise:
//! `inspect` then reads the header through SQLite.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

/// Canonical path → connections of this process open on it.
static HELD: Mutex<BTreeMap<PathBuf, usize>> = Mutex::new(BTreeMap::new());

fn held() -> MutexGuard<'static, BTreeMap<PathBuf, usize>> {
    // A panic elsewhere cannot leave the counts half-changed: keep using them.
    HELD.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// One path, however it was spelled (relative, through a symbolic link).
fn key(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

/// Whether a connection of this process has the file open now.
pub(crate) fn is_held(path: &Path) -> bool {
    held().contains_key(&key(path))
}

/// Counts one connection on a file for as long as it lives; a `Store` keeps
/// it beside (and drops it after) its connection.
#[derive(Debug)]
pub(crate) struct Hold(PathBuf);

impl Hold {
    pub(crate) fn new(path: &Path) -> Hold {
        let key = key(path);
        *held().entry(key.clone()).or_insert(0) += 1;
        Hold(key)
    }
}

impl Drop for Hold {
    fn drop(&mut self) {
        let mut held = held();
        if let Some(count) = held.get_mut(&self.0) {
            *count -= 1;
            if *count == 0 {
                held.remove(&self.0);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_held_while_any_of_its_holds_lives_by_any_spelling() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k.db");
        std::fs::write(&path, b"").unwrap();
        let other_spelling = dir.path().join(".").join("k.db");
        assert!(!is_held(&path));
        let first = Hold::new(&path);
        let second = Hold::new(&other_spelling);
        assert!(is_held(&path) && is_held(&other_spelling));
        drop(first);
        assert!(is_held(&path), "the second connection still holds it");
        drop(second);
        assert!(!is_held(&path));
    }
}
