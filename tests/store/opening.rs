//! Opening: files, permissions, refusals, migrations and backups.

use crate::common::*;

const INITIAL: &str = include_str!("../../src/store/migrations/001_initial.sql");

#[test]
fn migrations_are_valid() {
    MIGRATIONS.validate().unwrap();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/store/migrations");
    let files = fs::read_dir(dir).unwrap().filter(|e| e.as_ref().unwrap().path().extension() == Some("sql".as_ref()));
    assert_eq!(SCHEMA_VERSION, files.count(), "every migration file is registered");
}

#[test]
fn open_creates_private_directory_and_files() {
    let dir = tempfile::tempdir().unwrap();
    let db_dir = dir.path().join("data").join("keyplan");
    let path = db_dir.join("keyplan.db");
    let mut store = Store::open(&path).unwrap().store;
    assert_eq!(store.path(), path);
    assert_eq!(mode(&db_dir), 0o700);
    assert_eq!(mode(&dir.path().join("data")), 0o700);
    assert_eq!(mode(&path), 0o600);
    new_account(&mut store, "Київстар", None);
    for companion in ["keyplan.db-wal", "keyplan.db-shm"] {
        let file = db_dir.join(companion);
        assert!(file.exists(), "{companion} missing while open");
        assert_eq!(mode(&file), 0o600, "{companion}");
    }
    let journal: String = raw(&path).query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(journal, "wal");
    let app_id: i32 = raw(&path).query_row("PRAGMA application_id", [], |r| r.get(0)).unwrap();
    assert_eq!(app_id, 0x4B50_4C4E);
}

#[test]
fn reopening_keeps_data_and_makes_no_backup() {
    let (dir, mut store) = fresh();
    let id = new_account(&mut store, "Acme", Some(10));
    drop(store);
    let opened = Store::open(&dir.path().join("keyplan.db")).unwrap();
    assert!(opened.backup.is_none());
    assert_eq!(opened.store.load_account(id).unwrap().name, "Acme");
}

#[test]
fn an_empty_file_is_set_up() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("empty.db");
    fs::write(&path, b"").unwrap();
    let opened = Store::open(&path).unwrap();
    assert!(opened.backup.is_none());
    assert_eq!(opened.store.account_count().unwrap(), 0);
}

/// Opens `path`, expects a refusal, and checks the file was not touched.
fn refused(path: &Path) -> StoreError {
    let before = fs::read(path).unwrap();
    let listing = |dir: &Path| {
        let mut names: Vec<_> = fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name()).collect();
        names.sort();
        names
    };
    let files_before = listing(path.parent().unwrap());
    let error = Store::open(path).unwrap_err();
    assert_eq!(listing(path.parent().unwrap()), files_before, "no file appeared or vanished");
    assert!(error.is_user_error(), "{error}");
    let message = error.to_string();
    assert!(message.contains(&path.display().to_string()), "{message}");
    assert!(!message.contains('\n'), "{message}");
    assert_eq!(fs::read(path).unwrap(), before, "the refused file was changed");
    error
}

#[test]
fn refuses_what_is_not_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let random = dir.path().join("random.db");
    fs::write(&random, (0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect::<Vec<_>>()).unwrap();
    let error = refused(&random);
    assert!(matches!(error, StoreError::NotKeyplan { .. }), "{error:?}");
    assert_eq!(error.to_string(), format!("{} is not a keyplan database", random.display()));

    let text = dir.path().join("notes.txt");
    fs::write(&text, "Meeting notes\nnothing to see\n").unwrap();
    assert!(matches!(refused(&text), StoreError::NotKeyplan { .. }));

    // A file that starts like SQLite but is cut short: damaged, not the user's doing.
    let cut = dir.path().join("cut.db");
    let mut bytes = b"SQLite format 3\0".to_vec();
    bytes.extend_from_slice(&[7; 50]);
    fs::write(&cut, &bytes).unwrap();
    let error = Store::open(&cut).unwrap_err();
    assert!(matches!(error, StoreError::Damaged { .. }) && error.is_damage() && !error.is_user_error(), "{error:?}");
    assert_eq!(fs::read(&cut).unwrap(), bytes, "the damaged file was changed");
}

#[test]
fn refuses_another_programs_database() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.db");
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('borscht');").unwrap();
    }
    let error = refused(&path);
    assert!(matches!(error, StoreError::Foreign { .. }), "{error:?}");

    let versioned = dir.path().join("versioned.db");
    raw(&versioned).execute_batch("PRAGMA user_version = 3;").unwrap();
    assert!(matches!(refused(&versioned), StoreError::Foreign { .. }));

    let claimed = dir.path().join("claimed.db");
    raw(&claimed).execute_batch("PRAGMA application_id = 42;").unwrap();
    assert!(matches!(refused(&claimed), StoreError::Foreign { .. }));
}

#[test]
fn refuses_a_database_from_a_newer_keyplan() {
    let (dir, store) = fresh();
    drop(store);
    let path = dir.path().join("keyplan.db");
    raw(&path).execute_batch("PRAGMA user_version = 99;").unwrap();
    let error = refused(&path);
    assert!(matches!(error, StoreError::TooNew { found: 99, .. }), "{error:?}");
    assert_eq!(
        error.to_string(),
        format!("{} was written by a newer keyplan (schema 99, this one knows {SCHEMA_VERSION})", path.display())
    );
    assert!(Store::open_read_only(&path).unwrap_err().is_user_error());
}

#[test]
fn a_second_store_sees_what_is_still_in_the_wal() {
    let (dir, mut first) = fresh();
    let path = dir.path().join("keyplan.db");
    new_account(&mut first, "Acme", None);
    assert!(fs::metadata(dir.path().join("keyplan.db-wal")).unwrap().len() > 0);
    let second = Store::open(&path).unwrap().store;
    assert_eq!(second.account_count().unwrap(), 1);
    drop(second);

    // A newer keyplan's version that is only in the WAL so far is seen too.
    let newer = SCHEMA_VERSION + 1;
    raw(&path).execute_batch(&format!("PRAGMA user_version = {newer};")).unwrap();
    let error = Store::open(&path).unwrap_err();
    assert!(matches!(error, StoreError::TooNew { found, .. } if found == newer), "{error:?}");
    assert_eq!(first.account_count().unwrap(), 1);
}

#[test]
fn refuses_a_read_only_file() {
    let (dir, store) = fresh();
    drop(store);
    let path = dir.path().join("keyplan.db");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o400)).unwrap();
    let error = refused(&path);
    assert!(matches!(error, StoreError::ReadOnly { .. }), "{error:?}");
    assert_eq!(mode(&path), 0o400);
    // Reading is still fine.
    assert_eq!(Store::open_read_only(&path).unwrap().account_count().unwrap(), 0);
}

#[test]
fn refuses_a_directory() {
    let dir = tempfile::tempdir().unwrap();
    let error = Store::open(dir.path()).unwrap_err();
    assert!(matches!(error, StoreError::Unreadable { .. }), "{error:?}");
    assert!(error.is_user_error());
    assert!(error.to_string().contains("directory"), "{error}");
}

#[test]
fn read_only_store_reads_and_refuses_what_it_cannot_serve() {
    let (dir, mut store) = fresh();
    new_account(&mut store, "Acme", Some(5));
    let path = dir.path().join("keyplan.db");
    let reader = Store::open_read_only(&path).unwrap();
    assert_eq!(reader.list_accounts().unwrap().len(), 1);
    let version = reader.data_version().unwrap();
    new_account(&mut store, "Globex", None);
    assert_ne!(reader.data_version().unwrap(), version, "the reader sees another connection's commit");
    assert_eq!(reader.account_count().unwrap(), 2);

    let missing = Store::open_read_only(&dir.path().join("nope.db")).unwrap_err();
    assert!(matches!(missing, StoreError::Missing { .. }), "{missing:?}");
    assert!(!dir.path().join("nope.db").exists());

    let blank = dir.path().join("blank.db");
    fs::write(&blank, b"").unwrap();
    let empty = Store::open_read_only(&blank).unwrap_err();
    assert!(matches!(empty, StoreError::Empty { .. }), "reading never sets a file up: {empty:?}");
    assert_eq!(fs::metadata(&blank).unwrap().len(), 0);

    let junk = dir.path().join("junk.db");
    fs::write(&junk, "not a database at all, just text").unwrap();
    assert!(matches!(Store::open_read_only(&junk).unwrap_err(), StoreError::NotKeyplan { .. }));
}

#[test]
fn migrating_an_older_database_writes_a_private_backup_first() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keyplan.db");
    let v1 = [M::up(INITIAL)];
    let v2 = [M::up(INITIAL), M::up("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);")];

    let opened = Store::open_with_migrations(&path, &v1).unwrap();
    assert!(opened.backup.is_none(), "a new file needs no backup");
    drop(opened.store);
    // Written as keyplan 1 wrote it: schema 1 has no history to keep.
    Connection::open(&path)
        .unwrap()
        .execute(
            "INSERT INTO accounts (name, name_key, client_type, level_now, level_target, status, created_on)
             VALUES ('Київстар', 'київстар', 'breadwinner', 'reactive', 'proactive', 'active', '2026-01-01')",
            [],
        )
        .unwrap();

    let opened = Store::open_with_migrations(&path, &v2).unwrap();
    let backup = opened.backup.clone().expect("a backup before migrating data");
    assert_eq!(backup.parent(), path.parent());
    let name = backup.file_name().unwrap().to_string_lossy().into_owned();
    assert!(name.starts_with("keyplan.db.before-v2-") && name.ends_with(".bak"), "{name}");
    let stamp = &name["keyplan.db.before-v2-".len()..name.len() - ".bak".len()];
    assert_eq!(stamp.len(), "20261123T075700".len(), "{stamp}");
    assert_eq!(mode(&backup), 0o600);

    let copy = Connection::open(&backup).unwrap();
    let (version, names): (i64, String) = copy
        .query_row("SELECT (SELECT user_version FROM pragma_user_version), group_concat(name) FROM accounts", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_eq!((version, names.as_str()), (1, "Київстар"));
    let notes: i64 =
        copy.query_row("SELECT count(*) FROM sqlite_schema WHERE name = 'notes'", [], |r| r.get(0)).unwrap();
    assert_eq!(notes, 0, "the backup is the database before the migration");

    let version: i64 = raw(&path).query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version, 2);
    assert_eq!(opened.store.account_count().unwrap(), 1);
    drop(opened);

    // Up to date now: no second backup. Fewer migrations see a newer file.
    assert!(Store::open_with_migrations(&path, &v2).unwrap().backup.is_none());
    let older = Store::open_with_migrations(&path, &v1).unwrap_err();
    assert!(matches!(older, StoreError::TooNew { found: 2, known: 1, .. }), "{older:?}");
    let backups =
        fs::read_dir(dir.path()).unwrap().filter(|e| e.as_ref().unwrap().path().extension() == Some("bak".as_ref()));
    assert_eq!(backups.count(), 1);
}
