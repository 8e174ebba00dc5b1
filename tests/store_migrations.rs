//! Every earlier schema version upgrades to the current one, keeping every
//! dossier whole and writing a backup first.

use chrono::NaiveDate;
use keyplan::store::schema::STEPS;
use keyplan::store::{SCHEMA_VERSION, Store};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

#[test]
fn from_each_earlier_version_to_the_current_one() {
    for version in 1..SCHEMA_VERSION {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keyplan.db");
        let mut old = Store::open_with_migrations(&path, &STEPS[..version]).unwrap().store;
        let mut ids = Vec::new();
        for dossier in keyplan::sample::sample_portfolio(today()) {
            ids.push(old.insert_dossier(&dossier).unwrap());
        }
        let before: Vec<_> = ids.iter().map(|id| old.load_dossier(*id).unwrap()).collect();
        drop(old);

        let opened = Store::open(&path).unwrap();
        let backup = opened.backup.as_ref().unwrap_or_else(|| panic!("no backup when upgrading from {version}"));
        assert!(backup.exists());
        let store = opened.store;
        let after: Vec<_> = ids.iter().map(|id| store.load_dossier(*id).unwrap()).collect();
        assert_eq!(before, after, "every dossier survives the upgrade from schema {version}");
        let input = store.check_input(today(), 14).unwrap();
        assert!(!input.accounts.is_empty(), "the check reads the upgraded database from schema {version}");
        let version_now: usize = rusqlite::Connection::open(&path)
            .unwrap()
            .query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0))
            .unwrap() as usize;
        assert_eq!(version_now, SCHEMA_VERSION);
    }
}
