//! Backups through the backup API: routine ones and their rotation, copies
//! on demand, and restoring one into a database that may be open.

use keyplan::store::backups::{self, Retention};

use crate::common::*;

/// Names of the files in `dir`, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> =
        fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    names
}

fn account_names(path: &Path) -> Vec<String> {
    let store = Store::open_read_only(path).unwrap();
    store.account_names().unwrap().into_iter().map(|(_, name, _)| name).collect()
}

#[test]
fn routine_backups_keep_the_last_seven_days_and_four_weeks() {
    let (dir, mut store) = fresh();
    new_account(&mut store, "Acme", None);
    let first = d("2026-10-01"); // a Thursday; the 40th day is Monday 9 November
    for n in 0..40u64 {
        let today = first + chrono::Days::new(n);
        let written = store.routine_backup(today, Retention::default()).unwrap();
        assert_eq!(written, Some(dir.path().join(format!("backups/keyplan-daily-{today}.db"))));
        assert_eq!(store.routine_backup(today, Retention::default()).unwrap(), None, "once a day");
    }
    let backups = dir.path().join("backups");
    let mut expected: Vec<String> = (3..=9).map(|day| format!("keyplan-daily-2026-11-{day:02}.db")).collect();
    // The first copy of each ISO week: Monday, once the first week (from Thursday) is gone.
    expected.extend(["2026-10-19", "2026-10-26", "2026-11-02", "2026-11-09"].map(|d| format!("keyplan-weekly-{d}.db")));
    expected.sort();
    assert_eq!(names(&backups), expected);
    assert_eq!(mode(&backups), 0o700);
    for name in &expected {
        let copy = backups.join(name);
        assert_eq!(mode(&copy), 0o600, "{name}");
        assert_eq!(account_names(&copy), ["Acme"], "{name} is a whole keyplan database");
    }

    // Other counts from the settings; other files in the directory are left alone.
    fs::write(backups.join("notes.txt"), "mine").unwrap();
    store.routine_backup(d("2026-11-11"), Retention { daily: 2, weekly: 1 }).unwrap();
    let left = names(&backups);
    assert_eq!(
        left,
        ["keyplan-daily-2026-11-09.db", "keyplan-daily-2026-11-11.db", "keyplan-weekly-2026-11-09.db", "notes.txt"]
    );
}

#[test]
fn a_backup_directory_that_cannot_be_written_is_one_sentence_and_loses_nothing() {
    let (dir, mut store) = fresh();
    new_account(&mut store, "Acme", None);
    // Root may write anywhere: a file where the directory should be stops everyone.
    fs::write(dir.path().join("backups"), "not a directory").unwrap();
    let error = store.routine_backup(d("2026-11-23"), Retention::default()).unwrap_err();
    let sentence = error.to_string();
    assert!(sentence.contains("backups") && !sentence.contains('\n'), "{sentence}");
    assert!(store.backup_named("before-purge").is_err());
    new_account(&mut store, "Globex", None);
    assert_eq!(store.list_accounts().unwrap().len(), 2, "the database works on");
}

#[test]
fn a_copy_on_demand_never_overwrites_a_file() {
    let (dir, mut store) = fresh();
    new_account(&mut store, "Acme", None);
    let first = store.backup_named("").unwrap();
    let second = store.backup_named("").unwrap();
    assert_ne!(first, second, "two copies in one second get two names");
    assert!(first.starts_with(dir.path().join("backups")));
    let target = dir.path().join("copy.db");
    fs::write(&target, "precious").unwrap();
    assert!(store.backup_to(&target).is_err());
    assert_eq!(fs::read_to_string(&target).unwrap(), "precious");
}

#[test]
fn restore_puts_a_backup_back_into_an_open_database_after_copying_it() {
    let (dir, mut store) = fresh();
    let path = dir.path().join("keyplan.db");
    new_account(&mut store, "Acme", None);
    let backup = dir.path().join("acme-only.db");
    store.backup_to(&backup).unwrap();
    assert_eq!(mode(&backup), 0o600);
    new_account(&mut store, "Globex", None);

    // `store` stays open, as a workbench would.
    let restored = backups::restore(&path, &backup).unwrap();
    assert_eq!(restored.version, SCHEMA_VERSION);
    let names: Vec<String> = store.list_accounts().unwrap().into_iter().map(|a| a.name).collect();
    assert_eq!(names, ["Acme"], "the open connection sees the restored portfolio");
    let previous = restored.previous.unwrap();
    assert!(previous.starts_with(dir.path().join("backups")), "{}", previous.display());
    let mut before = account_names(&previous);
    before.sort();
    assert_eq!(before, ["Acme", "Globex"], "the database as it was is kept");
    // And it goes on working.
    new_account(&mut store, "Initech", None);
    assert_eq!(store.list_accounts().unwrap().len(), 2);
    assert_eq!(mode(&path), 0o600);
}

#[test]
fn restore_upgrades_a_backup_of_an_older_keyplan() {
    let dir = tempfile::tempdir().unwrap();
    let old_path = dir.path().join("old.db");
    drop(Store::open_with_migrations(&old_path, &keyplan::store::schema::STEPS[..5]).unwrap());
    // Written as keyplan 5 wrote it (the store writes the current schema only).
    raw(&old_path)
        .execute(
            "INSERT INTO accounts (name, name_key, client_type, level_now, level_target, status, created_on)
             VALUES ('Old Acme', 'old acme', 'breadwinner', 'reactive', 'proactive', 'active', '2026-01-01')",
            [],
        )
        .unwrap();
    let live = dir.path().join("keyplan.db");
    let restored = backups::restore(&live, &old_path).unwrap();
    assert_eq!(restored.version, 5);
    assert_eq!(restored.previous, None, "there was no database to keep");
    assert_eq!(account_names(&live), ["Old Acme"]);
}

#[test]
fn restore_refuses_a_newer_a_foreign_or_a_damaged_file_and_changes_nothing() {
    let (dir, mut store) = fresh();
    let path = dir.path().join("keyplan.db");
    new_account(&mut store, "Acme", None);
    let newer = dir.path().join("newer.db");
    store.backup_to(&newer).unwrap();
    Connection::open(&newer).unwrap().pragma_update(None, "user_version", SCHEMA_VERSION as i64 + 1).unwrap();
    let foreign = dir.path().join("foreign.db");
    Connection::open(&foreign).unwrap().execute_batch("CREATE TABLE t (x)").unwrap();
    let text = dir.path().join("notes.txt");
    fs::write(&text, "just some notes, long enough to be more than a header of a database file. ".repeat(3)).unwrap();
    let damaged = dir.path().join("broken.db");
    store.backup_to(&damaged).unwrap();
    let mut bytes = fs::read(&damaged).unwrap();
    let len = bytes.len();
    for b in &mut bytes[len / 2..] {
        *b = 0x5a;
    }
    fs::write(&damaged, bytes).unwrap();

    for (file, what) in
        [(&newer, "newer keyplan"), (&foreign, "another program"), (&text, "not a keyplan"), (&damaged, "damaged")]
    {
        let error = backups::restore(&path, file).unwrap_err();
        assert!(error.is_user_error(), "{what}: {error:?}");
        let sentence = error.to_string();
        assert!(sentence.contains(what), "{what}: {sentence}");
        assert!(!sentence.contains('\n'));
    }
    assert!(matches!(backups::restore(&path, &dir.path().join("missing.db")), Err(StoreError::Missing { .. })));
    assert!(backups::restore(&path, &path).is_err(), "the database is no backup of itself");
    assert_eq!(account_names(&path), ["Acme"]);
    assert!(!dir.path().join("backups").exists(), "refused before anything was written");
}

#[test]
fn a_copy_cut_short_yesterday_leaves_nothing_in_the_way() {
    let (dir, mut store) = fresh();
    new_account(&mut store, "Acme", None);
    let backups = dir.path().join("backups");
    fs::create_dir(&backups).unwrap();
    let daily = backups.join("keyplan-daily-2026-11-23.db");
    // What a workbench quit in the middle of the copy leaves behind.
    fs::write(backups.join("keyplan-daily-2026-11-23.db.part"), "half a copy").unwrap();
    fs::write(backups.join("keyplan-daily-2026-11-23.db.part-journal"), "a journal").unwrap();
    // One of a process that has ended, and one of a workbench still copying (pid 1 runs).
    let mut ended = std::process::Command::new("true").spawn().unwrap();
    let gone = ended.id();
    ended.wait().unwrap();
    fs::write(backups.join(format!("keyplan-daily-2026-11-23.db.{gone}.part")), "cut short").unwrap();
    fs::write(backups.join("keyplan-daily-2026-11-23.db.1.part"), "being written").unwrap();
    assert_eq!(store.routine_backup(d("2026-11-23"), Retention::default()).unwrap(), Some(daily.clone()));
    assert_eq!(account_names(&daily), ["Acme"]);
    assert_eq!(
        names(&backups),
        ["keyplan-daily-2026-11-23.db", "keyplan-daily-2026-11-23.db.1.part", "keyplan-weekly-2026-11-23.db"]
    );
}
