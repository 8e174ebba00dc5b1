//! Copies of the database, made with SQLite's online backup API (a
//! consistent snapshot even while another keyplan writes): before a purge
//! or a restore, on demand, and once a day into `backups/` beside the
//! database, where the last few days and weeks are kept.
//!
//! Names say what and when, so the rotation can be read off a listing:
//! `keyplan-daily-2026-12-01.db`, `keyplan-weekly-2026-11-30.db` (the first
//! daily copy of its ISO week, kept longer), `keyplan-before-purge-20261201T143005.db`,
//! `keyplan-20261201T143005.db` (on demand). The directory is 0700 and each
//! copy 0600: a copy of a dossier is as confidential as the dossier.

use std::fs::{self, DirBuilder, OpenOptions, Permissions};
use std::io::ErrorKind;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::thread;
use std::time::{Duration, Instant};

use chrono::{Datelike, NaiveDate};
use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags};

use super::error::{Result, StoreError};
use super::inspect::{self, Found};
use super::schema::SCHEMA_VERSION;
use super::{Store, files, open};

const DIR_MODE: u32 = 0o700;
const FILE_MODE: u32 = 0o600;
/// How long a copy waits for a writer of the destination to finish.
const PATIENCE: Duration = Duration::from_secs(10);

/// How many routine copies are kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retention {
    /// The newest daily copies kept (at least 1: today's).
    pub daily: usize,
    /// The newest weekly copies kept.
    pub weekly: usize,
}

impl Default for Retention {
    fn default() -> Self {
        Retention { daily: 7, weekly: 4 }
    }
}

/// The name of the backups' directory, beside the database.
pub const DIR: &str = "backups";

/// `backups/` in the database's directory.
pub fn backups_dir(database: &Path) -> PathBuf {
    let parent = database.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    parent.join(DIR)
}

/// The database's file name without its extension: the copies' first word.
fn stem(database: &Path) -> String {
    database.file_stem().map_or_else(|| "keyplan".to_string(), |s| s.to_string_lossy().into_owned())
}

/// What a restore did.
#[derive(Debug)]
pub struct Restored {
    /// The copy of the database as it was before, when it held anything.
    pub previous: Option<PathBuf>,
    /// The schema version the backup was written with (older ones are upgraded).
    pub version: usize,
}

impl Store {
    /// Writes a consistent copy of the database to `target`, which must not
    /// exist yet (its directory must); the copy is 0600 from its first byte.
    pub fn backup_to(&self, target: &Path) -> Result<()> {
        copy_database(&self.conn, target, Pace::AtOnce)
    }

    /// Writes a copy into `backups/` named for why it was made and when
    /// (`keyplan-before-purge-20261201T143005.db`), and returns its path.
    pub fn backup_named(&self, why: &str) -> Result<PathBuf> {
        let dir = backups_dir(&self.path);
        ensure_dir(&dir)?;
        let stamp = chrono::Local::now().format("%Y%m%dT%H%M%S").to_string();
        let base = if why.is_empty() { stem(&self.path) } else { format!("{}-{why}", stem(&self.path)) };
        let mut attempt = 0;
        loop {
            let suffix = if attempt == 0 { String::new() } else { format!("-{attempt}") };
            let target = dir.join(format!("{base}-{stamp}{suffix}.db"));
            match self.backup_to(&target) {
                Err(StoreError::CannotCreate { source, .. })
                    if source.kind() == ErrorKind::AlreadyExists && attempt < 100 =>
                {
                    attempt += 1;
                }
                Err(e) => return Err(e),
                Ok(()) => return Ok(target),
            }
        }
    }

    /// The routine copy of `today`, unless it exists already: written into
    /// `backups/`, kept as the weekly copy too when it is the first of its
    /// ISO week, then the oldest copies beyond `keep` are removed. Returns
    /// the new copy, or None when today's was there.
    pub fn routine_backup(&self, today: NaiveDate, keep: Retention) -> Result<Option<PathBuf>> {
        let dir = backups_dir(&self.path);
        let stem = stem(&self.path);
        let daily = dir.join(format!("{stem}-daily-{today}.db"));
        if daily.exists() {
            return Ok(None);
        }
        ensure_dir(&dir)?;
        match copy_database(&self.conn, &daily, Pace::Gently) {
            // Another workbench opened on the same file made today's copy first.
            Err(_) if daily.exists() => return Ok(None),
            other => other?,
        }
        let week = (today.iso_week().year(), today.iso_week().week());
        let weeklies = dated(&dir, &stem, "weekly")?;
        if !weeklies.iter().any(|(date, _)| (date.iso_week().year(), date.iso_week().week()) == week) {
            let weekly = dir.join(format!("{stem}-weekly-{today}.db"));
            // A second name for the same bytes; a copy where links are refused.
            if fs::hard_link(&daily, &weekly).is_err() {
                fs::copy(&daily, &weekly)
                    .map_err(|source| StoreError::CannotCreate { path: weekly.clone(), source })?;
                restrict_file(&weekly)?;
            }
        }
        prune(&dir, &stem, "daily", keep.daily.max(1))?;
        prune(&dir, &stem, "weekly", keep.weekly)?;
        Ok(Some(daily))
    }
}

/// Puts the keyplan database in `backup` back as the database at `live`:
/// first a copy of the current file is written into `backups/` (when it
/// holds a schema), then the backup's pages replace the live ones through
/// the backup API, in one write transaction, so a workbench open on the
/// file sees one consistent change (as if another process had saved).
/// A backup of an older keyplan is upgraded on the way; one of a newer
/// keyplan, a file that is not a keyplan database, or a damaged one is
/// refused and nothing is touched.
pub fn restore(live: &Path, backup: &Path) -> Result<Restored> {
    if backup == live || same_file(backup, live) {
        return Err(StoreError::Invalid(crate::t!("err-backup-is-database", path = backup.display().to_string())));
    }
    let version = match inspect::inspect(backup, SCHEMA_VERSION)? {
        Found::Absent => return Err(StoreError::Missing { path: backup.to_path_buf() }),
        Found::Blank => return Err(StoreError::NotKeyplan { path: backup.to_path_buf() }),
        Found::Keyplan { version } => version,
    };
    // Staged in a private directory: checked and upgraded there, never in place.
    let staging = tempfile::Builder::new()
        .prefix("keyplan-restore-")
        .tempdir()
        .map_err(|source| StoreError::CannotCreate { path: std::env::temp_dir(), source })?;
    let staged = staging.path().join("restore.db");
    let damaged =
        |e: StoreError| match e {
            StoreError::Sqlite(_) | StoreError::Backup { .. } | StoreError::Migration(_) => StoreError::Invalid(
                crate::t!("err-backup-damaged", path = backup.display().to_string(), reason = e.to_string()),
            ),
            other => other,
        };
    stage(backup, &staged).map_err(damaged)?;
    let existed = live.exists();
    let mut target = Store::open(live)?.store;
    let page_size: i64 = target.conn.query_row("PRAGMA page_size", [], |r| r.get(0))?;
    let source = upgrade_staged(&staged, page_size).map_err(damaged)?;
    let previous = if existed { Some(target.backup_named("before-restore")?) } else { None };
    {
        let copy = Backup::new(&source.conn, &mut target.conn)?;
        run(&copy, live, Pace::AtOnce)?;
    }
    files::restrict(live)?;
    Ok(Restored { previous, version })
}

/// Copies the backup into `staged` and checks it page by page.
fn stage(backup: &Path, staged: &Path) -> Result<()> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let source = Connection::open_with_flags(backup, flags)
        .map_err(|e| StoreError::Unreadable { path: backup.to_path_buf(), reason: e.to_string() })?;
    copy_database(&source, staged, Pace::AtOnce)?;
    let check: String = Connection::open(staged)?.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
    if check != "ok" {
        return Err(StoreError::Invalid(crate::t!(
            "err-backup-damaged",
            path = backup.display().to_string(),
            reason = check.to_string()
        )));
    }
    Ok(())
}

/// The staged copy, with the live file's page size (pages are copied as
/// they are) and upgraded to the current schema.
fn upgrade_staged(staged: &Path, page_size: i64) -> Result<Store> {
    {
        let conn = Connection::open(staged)?;
        if conn.query_row("PRAGMA page_size", [], |r| r.get::<_, i64>(0))? != page_size {
            let _mode: String = conn.query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))?;
            conn.pragma_update(None, "page_size", page_size)?;
            conn.execute_batch("VACUUM")?;
        }
    }
    Ok(open::open_with(staged, &super::schema::MIGRATIONS, SCHEMA_VERSION)?.store)
}

/// Whether two paths name one file.
fn same_file(a: &Path, b: &Path) -> bool {
    match (fs::canonicalize(a), fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Copies the main database of `source` into a new file at `target`
/// through a private `.part` file renamed when whole, so a copy that
/// exists is always complete.
fn copy_database(source: &Connection, target: &Path, pace: Pace) -> Result<()> {
    if target.exists() {
        let source = std::io::Error::new(ErrorKind::AlreadyExists, crate::l10n::text("err-file-exists"));
        return Err(StoreError::CannotCreate { path: target.to_path_buf(), source });
    }
    // One name per process: two workbenches opened together on one file
    // each copy into their own, and the first whole copy wins the rename.
    let part = files::with_suffix(target, &format!(".{}.part", std::process::id()));
    // Left by a copy that was cut short (its workbench quit meanwhile): a
    // stale journal must not be played into the new copy.
    remove_stale_parts(target);
    let leftovers = [part.clone(), files::with_suffix(&part, "-journal")];
    for leftover in &leftovers {
        let _ = fs::remove_file(leftover);
    }
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(FILE_MODE)
        .open(&part)
        .map_err(|source| StoreError::CannotCreate { path: target.to_path_buf(), source })?;
    let written = (|| {
        let mut destination = Connection::open(&part)?;
        {
            let copy = Backup::new(source, &mut destination)?;
            run(&copy, target, pace)?;
        }
        // A copy is one self-contained file: no write-ahead log beside it.
        let _mode: String = destination.query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))?;
        drop(destination);
        restrict_file(&part)?;
        if target.exists() {
            let source = std::io::Error::new(ErrorKind::AlreadyExists, crate::l10n::text("err-file-appeared"));
            return Err(StoreError::CannotCreate { path: target.to_path_buf(), source });
        }
        fs::rename(&part, target).map_err(|source| StoreError::CannotCreate { path: target.to_path_buf(), source })
    })();
    if written.is_err() {
        for leftover in &leftovers {
            let _ = fs::remove_file(leftover);
        }
    }
    written
}

/// Removes the `.PID.part` files (and their journals) of copies into
/// `target` whose process is gone; a copy another workbench is writing
/// right now is left alone. (`.part` without a process id: an older
/// keyplan's, gone too.)
fn remove_stale_parts(target: &Path) {
    let (Some(dir), Some(name)) = (target.parent(), target.file_name().and_then(|n| n.to_str())) else { return };
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let file = entry.file_name();
        let Some(rest) = file.to_str().and_then(|f| f.strip_prefix(name)) else { continue };
        let Some(middle) = rest.strip_suffix(".part").or_else(|| rest.strip_suffix(".part-journal")) else { continue };
        let owner = middle.strip_prefix('.').and_then(|pid| pid.parse::<i32>().ok());
        if owner.is_none_or(|pid| pid > 0 && !files::process_is_running(pid)) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// How a copy shares the machine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pace {
    /// In one step: the user waits for it (a purge, a restore, on demand).
    AtOnce,
    /// A few megabytes at a time with a pause between: the routine copy runs
    /// beside a workbench in use and must not take the disk or the
    /// processor from it. (A write by another connection meanwhile makes
    /// SQLite start the copy again, so it is still one moment's snapshot.)
    Gently,
}

const GENTLE_PAGES: std::os::raw::c_int = 256;
const GENTLE_PAUSE: Duration = Duration::from_millis(2);

/// Runs a backup to its end at `pace`, waiting (up to [`PATIENCE`]) while
/// another connection holds the lock it needs.
fn run(copy: &Backup<'_, '_>, target: &Path, pace: Pace) -> Result<()> {
    let (pages, pause) = match pace {
        Pace::AtOnce => (-1, Duration::ZERO),
        Pace::Gently => (GENTLE_PAGES, GENTLE_PAUSE),
    };
    let mut busy_since: Option<Instant> = None;
    loop {
        match copy.step(pages) {
            Ok(StepResult::Done) => return Ok(()),
            Ok(StepResult::More) => {
                busy_since = None;
                thread::sleep(pause);
            }
            Ok(_) if busy_since.get_or_insert_with(Instant::now).elapsed() < PATIENCE => {
                thread::sleep(Duration::from_millis(20));
            }
            Ok(_) => {
                return Err(StoreError::Invalid(crate::t!(
                    "err-busy",
                    path = target.display().to_string(),
                    seconds = PATIENCE.as_secs()
                )));
            }
            Err(source) => return Err(StoreError::Backup { path: target.to_path_buf(), source }),
        }
    }
}

/// Creates the backup directory (0700) when missing, and keeps it 0700.
fn ensure_dir(dir: &Path) -> Result<()> {
    let cannot = |source| StoreError::CannotCreate { path: dir.to_path_buf(), source };
    match DirBuilder::new().recursive(true).mode(DIR_MODE).create(dir) {
        Ok(()) => {}
        Err(e) if e.kind() == ErrorKind::AlreadyExists && dir.is_dir() => {}
        Err(e) if e.kind() == ErrorKind::AlreadyExists => {
            return Err(cannot(std::io::Error::new(
                ErrorKind::AlreadyExists,
                crate::l10n::text("err-file-in-the-way"),
            )));
        }
        Err(e) => return Err(cannot(e)),
    }
    fs::set_permissions(dir, Permissions::from_mode(DIR_MODE)).map_err(cannot)
}

fn restrict_file(path: &Path) -> Result<()> {
    fs::set_permissions(path, Permissions::from_mode(FILE_MODE))
        .map_err(|source| StoreError::Permissions { path: path.to_path_buf(), source })
}

/// The routine copies of one kind (`daily`, `weekly`) in `dir`, newest first.
fn dated(dir: &Path, stem: &str, kind: &str) -> Result<Vec<(NaiveDate, PathBuf)>> {
    let prefix = format!("{stem}-{kind}-");
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(StoreError::Unreadable { path: dir.to_path_buf(), reason: e.to_string() }),
    };
    let mut found = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let date = name
            .strip_prefix(&prefix)
            .and_then(|rest| rest.strip_suffix(".db"))
            .and_then(|date| NaiveDate::parse_from_str(date, "%Y-%m-%d").ok());
        if let Some(date) = date {
            found.push((date, entry.path()));
        }
    }
    found.sort_by_key(|(date, _)| std::cmp::Reverse(*date));
    Ok(found)
}

/// Removes the copies of one kind beyond the newest `keep`.
fn prune(dir: &Path, stem: &str, kind: &str, keep: usize) -> Result<()> {
    for (_, path) in dated(dir, stem, kind)?.into_iter().skip(keep) {
        match fs::remove_file(&path) {
            Ok(()) => {}
            Err(e) if e.kind() == ErrorKind::NotFound => {}
            Err(e) => return Err(StoreError::Unreadable { path, reason: e.to_string() }),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backups_live_beside_the_database() {
        assert_eq!(backups_dir(Path::new("/data/keyplan.db")), PathBuf::from("/data/backups"));
        assert_eq!(backups_dir(Path::new("work.db")), PathBuf::from("./backups"));
        assert_eq!(stem(Path::new("/data/work.db")), "work");
    }
}
