//! The throw-away directory of `keyplan --demo`: private (0700, whatever the
//! umask), named after the process that uses it, and removed on quit. One
//! left behind by a workbench that was killed is removed by the next
//! `--demo` once its process is gone.

use std::fs::Permissions;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;

use tempfile::TempDir;

const PREFIX: &str = "keyplan-demo-";

/// A new private directory in `parent`, after removing stale ones there.
pub fn make(parent: &Path) -> std::io::Result<TempDir> {
    remove_stale(parent);
    tempfile::Builder::new()
        .prefix(&format!("{PREFIX}{}-", std::process::id()))
        .permissions(Permissions::from_mode(0o700))
        .tempdir_in(parent)
}

/// Removes the demo directories in `parent` that belong to this user and
/// whose process no longer runs. Best effort: what cannot be removed stays.
pub fn remove_stale(parent: &Path) {
    let Ok(entries) = std::fs::read_dir(parent) else { return };
    // SAFETY: geteuid has no preconditions and cannot fail.
    let me = unsafe { libc::geteuid() };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name.to_str().and_then(owner_pid) else { continue };
        // Never follow a link: only a real directory of ours is removed.
        let Ok(metadata) = entry.path().symlink_metadata() else { continue };
        if metadata.is_dir() && metadata.uid() == me && !is_running(pid) {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

/// The process id in a name like `keyplan-demo-4242-AbC123`.
fn owner_pid(name: &str) -> Option<i32> {
    let (pid, _) = name.strip_prefix(PREFIX)?.split_once('-')?;
    pid.parse().ok().filter(|pid| *pid > 0)
}

use crate::store::process_is_running as is_running;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_directory_is_private_and_named_after_its_process() {
        let parent = tempfile::tempdir().unwrap();
        // SAFETY: umask only changes this process's file creation mask.
        let old = unsafe { libc::umask(0) };
        let made = make(parent.path());
        unsafe { libc::umask(old) };
        let dir = made.unwrap();
        assert_eq!(std::fs::metadata(dir.path()).unwrap().permissions().mode() & 0o777, 0o700);
        let name = dir.path().file_name().unwrap().to_str().unwrap().to_string();
        assert_eq!(owner_pid(&name), Some(std::process::id() as i32), "{name}");
    }

    #[test]
    fn stale_directories_go_and_living_ones_stay() {
        let parent = tempfile::tempdir().unwrap();
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let gone = child.id();
        child.wait().unwrap();
        let stale = parent.path().join(format!("{PREFIX}{gone}-abc"));
        let living = parent.path().join(format!("{PREFIX}{}-def", std::process::id()));
        let other = parent.path().join("keyplan-demo-notes");
        for dir in [&stale, &living, &other] {
            std::fs::create_dir(dir).unwrap();
            std::fs::write(dir.join("sample.db"), b"x").unwrap();
        }
        remove_stale(parent.path());
        assert!(!stale.exists(), "the directory of a process that is gone");
        assert!(living.exists() && other.exists());
    }
}
