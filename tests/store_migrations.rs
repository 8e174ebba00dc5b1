//! Every earlier schema version upgrades to the current one, keeping every
//! dossier whole and writing a backup first.

#[path = "support/old_schema.rs"]
mod old_schema;

use chrono::NaiveDate;
use keyplan::domain::{Dossier, Stamp};
use keyplan::store::schema::STEPS;
use keyplan::store::{SCHEMA_VERSION, Store};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

/// A dossier with its global ids and revisions set aside, to compare contents.
fn contents(mut d: Dossier) -> Dossier {
    d.account.stamp = Stamp::default();
    d.text_revisions = Default::default();
    d.objectives.iter_mut().for_each(|x| x.stamp = Stamp::default());
    d.milestones.iter_mut().for_each(|x| x.stamp = Stamp::default());
    d.people.iter_mut().for_each(|x| x.stamp = Stamp::default());
    d.competitors.iter_mut().for_each(|x| x.stamp = Stamp::default());
    d.touchpoints.iter_mut().for_each(|x| x.stamp = Stamp::default());
    d
}

/// What schema 6 does to the past: a promise followed by a later contact
/// (which the old rule counted as kept) is closed on that contact's day.
fn closed_as_before(mut d: Dossier) -> Dossier {
    let dates: Vec<NaiveDate> = d.touchpoints.iter().map(|t| t.date).collect();
    for t in d.touchpoints.iter_mut() {
        if t.next_step_done.is_none() && (t.next_step_due.is_some() || !t.next_step.is_empty()) {
            t.next_step_done = dates.iter().copied().filter(|day| *day > t.date).min();
        }
    }
    d
}

#[test]
fn from_each_earlier_version_to_the_current_one() {
    let reference_dir = tempfile::tempdir().unwrap();
    let mut reference = Store::open(&reference_dir.path().join("now.db")).unwrap().store;
    let sample = keyplan::sample::sample_portfolio(today());
    let reference_ids: Vec<_> = sample.iter().map(|d| reference.insert_dossier(d).unwrap()).collect();
    let expected: Vec<Dossier> =
        reference_ids.iter().map(|id| closed_as_before(contents(reference.load_dossier(*id).unwrap()))).collect();
    assert!(
        expected.iter().flat_map(|d| &d.touchpoints).any(|t| t.next_step_done.is_some()),
        "the sample has follow-ups that a later contact followed"
    );

    for version in 1..SCHEMA_VERSION {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keyplan.db");
        let old = Store::open_with_migrations(&path, &STEPS[..version]).unwrap().store;
        drop(old);
        let conn = rusqlite::Connection::open(&path).unwrap();
        let ids: Vec<i64> = sample.iter().map(|d| old_schema::write_dossier(&conn, d)).collect();
        drop(conn);

        let opened = Store::open(&path).unwrap();
        let backup = opened.backup.as_ref().unwrap_or_else(|| panic!("no backup when upgrading from {version}"));
        assert!(backup.exists());
        let store = opened.store;
        let after: Vec<Dossier> =
            ids.iter().map(|id| contents(store.load_dossier(keyplan::domain::AccountId(*id)).unwrap())).collect();
        assert_eq!(expected, after, "every dossier survives the upgrade from schema {version}");
        let input = store.check_input(today(), 14).unwrap();
        assert!(!input.accounts.is_empty(), "the check reads the upgraded database from schema {version}");

        let conn = rusqlite::Connection::open(&path).unwrap();
        let version_now: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
        assert_eq!(version_now as usize, SCHEMA_VERSION);
        for table in ["accounts", "objectives", "milestones", "people", "competitors", "touchpoints"] {
            let (rows, v7, distinct, revised): (i64, i64, i64, i64) = conn
                .query_row(
                    &format!(
                        "SELECT count(*), sum(uid GLOB '????????-????-7???-[89ab]???-????????????'),
                                count(DISTINCT uid), sum(revision = 1) FROM {table}"
                    ),
                    [],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
                )
                .unwrap();
            assert!(rows > 0, "{table} has rows");
            assert_eq!((v7, distinct, revised), (rows, rows, rows), "{table}: a UUID v7 and revision 1 each");
        }
    }
}
