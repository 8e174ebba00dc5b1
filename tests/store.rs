//! The store against real files in temporary directories.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveTime};
use keyplan::domain::{
    Account, AccountId, AccountStatus, Attitude, BuyingRole, Channel, Competitor, CompetitorId, ContactChannel,
    Dossier, KeyClientType, Milestone, MilestoneId, Objective, ObjectiveId, Outcome, Person, PersonId, PlanSection,
    RelationshipLevel, Touchpoint, TouchpointId,
};
use keyplan::store::{SCHEMA_VERSION, Store, StoreError, schema::MIGRATIONS};
use rusqlite::Connection;
use rusqlite_migration::M;
use tempfile::TempDir;

const INITIAL: &str = include_str!("../src/store/migrations/001_initial.sql");

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn t(s: &str) -> NaiveTime {
    NaiveTime::parse_from_str(s, "%H:%M").unwrap()
}

fn mode(path: &Path) -> u32 {
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}

fn fresh() -> (TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let opened = Store::open(&dir.path().join("keyplan.db")).unwrap();
    assert!(opened.backup.is_none());
    (dir, opened.store)
}

fn full_account(name: &str) -> Account {
    Account {
        id: AccountId(0),
        name: name.into(),
        client_type: KeyClientType::ImageMaker,
        level_now: RelationshipLevel::Accountable,
        level_target: RelationshipLevel::Partnership,
        status: AccountStatus::AtRisk,
        industry: "Telecom".into(),
        region: "Київ".into(),
        headcount: Some(4200),
        annual_sales: Some(1_250_000),
        cooperation_start: Some(d("2015-04-01")),
        description: "Mobile operator.\nLargest in the country.".into(),
        development_history: "Founded 1994; 4G in 2018.".into(),
        org_structure: "CEO\n  CTO\n  CFO".into(),
        market_environment: "Three operators, price war.".into(),
        preferred_products: "Fibre, racks".into(),
        contact_every_days: Some(14),
        created_on: d("2026-01-10"),
    }
}

fn new_account(store: &mut Store, name: &str, sales: Option<i64>) -> AccountId {
    let mut account = Account::new(name, d("2026-01-01"));
    account.annual_sales = sales;
    store.create_account(&account).unwrap()
}

fn person(account: AccountId, name: &str) -> Person {
    Person::new(account, name)
}

fn milestone(account: AccountId, title: &str, due: &str) -> Milestone {
    Milestone {
        id: MilestoneId(0),
        account_id: account,
        title: title.into(),
        due: d(due),
        done: None,
        note: String::new(),
    }
}

/// Opens the file with a plain connection, to look behind the store's back.
fn raw(path: &Path) -> Connection {
    Connection::open(path).unwrap()
}

fn count(path: &Path, table: &str) -> i64 {
    let sql = match table {
        "people" => "SELECT count(*) FROM people",
        "touchpoint_people" => "SELECT count(*) FROM touchpoint_people",
        "touchpoints" => "SELECT count(*) FROM touchpoints",
        "objectives" => "SELECT count(*) FROM objectives",
        "milestones" => "SELECT count(*) FROM milestones",
        "competitors" => "SELECT count(*) FROM competitors",
        _ => unreachable!(),
    };
    raw(path).query_row(sql, [], |r| r.get(0)).unwrap()
}

// ---------------------------------------------------------------- opening

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

    // A file that starts like SQLite but is cut short.
    let cut = dir.path().join("cut.db");
    let mut bytes = b"SQLite format 3\0".to_vec();
    bytes.extend_from_slice(&[7; 50]);
    fs::write(&cut, bytes).unwrap();
    assert!(refused(&cut).is_user_error());
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
    raw(&path).execute_batch("PRAGMA user_version = 7;").unwrap();
    let error = Store::open(&path).unwrap_err();
    assert!(matches!(error, StoreError::TooNew { found: 7, .. }), "{error:?}");
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
    let old = Store::open_read_only(&blank).unwrap_err();
    assert!(matches!(old, StoreError::TooOld { found: 0, .. }), "{old:?}");

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
    let mut store = opened.store;
    new_account(&mut store, "Київстар", Some(100));
    drop(store);

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

// ---------------------------------------------------------------- accounts

#[test]
fn account_round_trip_with_every_field() {
    let (_dir, mut store) = fresh();
    let account = full_account("Київстар");
    let id = store.create_account(&account).unwrap();
    let loaded = store.load_account(id).unwrap();
    assert_eq!(loaded, Account { id, ..account.clone() });

    let mut changed = loaded.clone();
    changed.name = "Kyivstar".into();
    changed.status = AccountStatus::Lost;
    changed.headcount = None;
    changed.annual_sales = None;
    changed.cooperation_start = None;
    changed.contact_every_days = None;
    changed.description = "Lost after the tender.".into();
    store.update_account(&changed).unwrap();
    assert_eq!(store.load_account(id).unwrap(), changed);
    assert_eq!(store.account_count().unwrap(), 1);
}

#[test]
fn plan_texts_keep_every_script() {
    let (_dir, mut store) = fresh();
    let id = new_account(&mut store, "Silknet", None);
    let charter = "Разом будуємо зв'язок.\nМісія: надійність.";
    let situation = "ჩვენ ვართ მთავარი მომწოდებელი თბილისში.";
    let strategy = "Grow 🚀 together — 東京 too";
    store.save_plan_text(id, PlanSection::Charter, charter).unwrap();
    store.save_plan_text(id, PlanSection::Situation, situation).unwrap();
    store.save_plan_text(id, PlanSection::Strategy, strategy).unwrap();
    let dossier = store.load_dossier(id).unwrap();
    assert_eq!(
        (dossier.charter.as_str(), dossier.situation.as_str(), dossier.strategy.as_str()),
        (charter, situation, strategy)
    );
    // Updating the account leaves the plan alone.
    store.update_account(&dossier.account).unwrap();
    assert_eq!(store.load_dossier(id).unwrap().charter, charter);
    assert!(matches!(store.save_plan_text(AccountId(999), PlanSection::Charter, "x"), Err(StoreError::NotFound(_))));
}

#[test]
fn open_account_names_are_unique_regardless_of_case() {
    let (_dir, mut store) = fresh();
    new_account(&mut store, "Київстар", None);
    let error = store.create_account(&Account::new("  КИЇВСТАР ", d("2026-01-01"))).unwrap_err();
    assert!(matches!(&error, StoreError::DuplicateName(name) if name == "КИЇВСТАР"), "{error:?}");
    assert!(error.is_user_error());
    assert_eq!(error.to_string(), "there is already an open account named \"КИЇВСТАР\"");
    assert!(matches!(
        store.create_account(&Account::new("київстар", d("2026-01-01"))),
        Err(StoreError::DuplicateName(_))
    ));
    assert_eq!(store.account_count().unwrap(), 1);
}

#[test]
fn closed_accounts_free_their_name() {
    let (_dir, mut store) = fresh();
    let old = new_account(&mut store, "Acme", None);
    let mut lost = store.load_account(old).unwrap();
    lost.status = AccountStatus::Lost;
    store.update_account(&lost).unwrap();
    let again = new_account(&mut store, "acme", None);
    let mut former = Account::new("ACME", d("2026-02-01"));
    former.status = AccountStatus::Former;
    store.create_account(&former).unwrap();
    assert_eq!(store.account_count().unwrap(), 3);

    // Reopening the lost one would clash with the new open one.
    lost.status = AccountStatus::Active;
    assert!(matches!(store.update_account(&lost), Err(StoreError::DuplicateName(_))));
    // Renaming an account to its own name is no clash.
    let mut same = store.load_account(again).unwrap();
    same.name = "ACME".into();
    store.update_account(&same).unwrap();
}

#[test]
fn invalid_accounts_are_refused_with_a_sentence() {
    let (_dir, mut store) = fresh();
    for name in ["", "   ", "\n"] {
        let error = store.create_account(&Account::new(name, d("2026-01-01"))).unwrap_err();
        assert!(matches!(error, StoreError::Invalid(_)), "{error:?}");
        assert!(error.is_user_error());
    }
    let mut every_zero_days = Account::new("Zero", d("2026-01-01"));
    every_zero_days.contact_every_days = Some(0);
    assert!(matches!(store.create_account(&every_zero_days), Err(StoreError::Invalid(_))));
    let mut ghost = Account::new("Ghost", d("2026-01-01"));
    ghost.id = AccountId(41);
    let error = store.update_account(&ghost).unwrap_err();
    assert!(matches!(error, StoreError::NotFound(_)), "{error:?}");
    assert_eq!(error.to_string(), "account 41 does not exist");
    assert!(matches!(store.load_account(AccountId(41)), Err(StoreError::NotFound(_))));
    assert!(matches!(store.load_dossier(AccountId(41)), Err(StoreError::NotFound(_))));
    assert!(matches!(store.purge_account(AccountId(41)), Err(StoreError::NotFound(_))));
}

#[test]
fn control_characters_are_stored_visibly() {
    let (_dir, mut store) = fresh();
    let mut account = Account::new("Evil\u{1b}[2J Corp\n", d("2026-01-01"));
    account.description = "line one\nbell\u{7} and \u{1b}]0;title\u{7}".into();
    let id = store.create_account(&account).unwrap();
    store.save_plan_text(id, PlanSection::Strategy, "win\r\nthen \u{9b}31m").unwrap();
    let mut tp = Touchpoint::new(id, d("2026-03-01"), Channel::Call, "hi\u{1b}[1m");
    tp.next_step = "call\nback".into();
    store.save_touchpoint(&tp).unwrap();

    let dossier = store.load_dossier(id).unwrap();
    assert_eq!(dossier.account.name, "Evil^[[2J Corp");
    assert_eq!(dossier.account.description, "line one\nbell^G and ^[]0;title^G");
    assert_eq!(dossier.strategy, "win\nthen <U+009B>31m");
    assert_eq!(dossier.touchpoints[0].summary, "hi^[[1m");
    assert_eq!(dossier.touchpoints[0].next_step, "call back");
}

#[test]
fn portfolio_is_ranked_with_last_contact_and_next_due() {
    let (_dir, mut store) = fresh();
    let small = new_account(&mut store, "Beta", Some(100));
    let big = new_account(&mut store, "Zeta", Some(5_000));
    let unknown_b = new_account(&mut store, "bravo", None);
    let unknown_a = new_account(&mut store, "Alpha", None);
    let tie = new_account(&mut store, "Alef", Some(100));

    // big: two contacts, one open follow-up, one done; milestones open and done.
    let mut old = Touchpoint::new(big, d("2026-01-05"), Channel::Call, "old");
    old.next_step_due = Some(d("2026-01-20"));
    old.next_step_done = Some(d("2026-01-19"));
    store.save_touchpoint(&old).unwrap();
    let mut recent = Touchpoint::new(big, d("2026-02-10"), Channel::Visit, "recent");
    recent.next_step_due = Some(d("2026-03-15"));
    store.save_touchpoint(&recent).unwrap();
    store.save_milestone(&milestone(big, "Q1 review", "2026-03-31")).unwrap();
    let mut done = milestone(big, "Kick-off", "2026-01-02");
    done.done = Some(d("2026-01-02"));
    store.save_milestone(&done).unwrap();

    // small: a milestone earlier than its follow-up.
    let mut follow = Touchpoint::new(small, d("2025-12-01"), Channel::Email, "quote");
    follow.next_step_due = Some(d("2026-04-01"));
    store.save_touchpoint(&follow).unwrap();
    store.save_milestone(&milestone(small, "Renewal", "2026-02-28")).unwrap();

    let list = store.list_accounts().unwrap();
    let order: Vec<AccountId> = list.iter().map(|a| a.id).collect();
    assert_eq!(order, [big, tie, small, unknown_a, unknown_b]);
    let row = |id| list.iter().find(|a| a.id == id).unwrap();
    assert_eq!(row(big).last_touchpoint, Some(d("2026-02-10")));
    assert_eq!(row(big).next_due, Some(d("2026-03-15")));
    assert_eq!(row(small).last_touchpoint, Some(d("2025-12-01")));
    assert_eq!(row(small).next_due, Some(d("2026-02-28")));
    assert_eq!((row(tie).last_touchpoint, row(tie).next_due), (None, None));
    assert_eq!(row(big).name, "Zeta");
    assert_eq!(row(big).annual_sales, Some(5_000));
    assert_eq!(row(big).status, AccountStatus::Active);

    // Marking the follow-up done moves next_due to the milestone.
    let recent_id = store.load_dossier(big).unwrap().touchpoints[0].id;
    store.set_follow_up_done(recent_id, Some(d("2026-03-01"))).unwrap();
    let list = store.list_accounts().unwrap();
    assert_eq!(list[0].next_due, Some(d("2026-03-31")));
}

// ---------------------------------------------------------------- the dossier

#[test]
fn objectives_round_trip_update_and_delete() {
    let (_dir, mut store) = fresh();
    let account = new_account(&mut store, "Acme", None);
    let mut objective = Objective {
        id: ObjectiveId(0),
        account_id: account,
        year: 2027,
        product: "Racks".into(),
        planned_volume: "1 200 t".into(),
        expected_profit: Some(90_000),
        resources: "Two engineers".into(),
    };
    let later = store.save_objective(&objective).unwrap();
    objective.year = 2026;
    objective.product = "Fibre".into();
    let fibre = store.save_objective(&objective).unwrap();
    objective.product = "Cable".into();
    objective.expected_profit = None;
    let cable = store.save_objective(&objective).unwrap();

    let loaded = store.load_dossier(account).unwrap().objectives;
    assert_eq!(loaded.iter().map(|o| o.id).collect::<Vec<_>>(), [cable, fibre, later]);
    assert_eq!(loaded[0], Objective { id: cable, ..objective.clone() });

    let mut edited = loaded[2].clone();
    edited.planned_volume = "40 licences".into();
    assert_eq!(store.save_objective(&edited).unwrap(), later);
    assert_eq!(store.load_dossier(account).unwrap().objectives[2], edited);

    store.delete_objective(fibre).unwrap();
    assert_eq!(store.load_dossier(account).unwrap().objectives.len(), 2);
    assert!(matches!(store.delete_objective(fibre), Err(StoreError::NotFound(_))));
    edited.id = fibre;
    assert!(matches!(store.save_objective(&edited), Err(StoreError::NotFound(_))));
    edited.id = ObjectiveId(0);
    edited.account_id = AccountId(77);
    assert!(matches!(store.save_objective(&edited), Err(StoreError::NotFound(_))));
}

#[test]
fn milestones_round_trip_in_due_order() {
    let (_dir, mut store) = fresh();
    let account = new_account(&mut store, "Acme", None);
    let mut late = milestone(account, "Year review", "2026-12-15");
    late.note = "Bring the numbers.\nAnd the plan.".into();
    let late_id = store.save_milestone(&late).unwrap();
    let early_id = store.save_milestone(&milestone(account, "Q1 review", "2026-03-31")).unwrap();

    let loaded = store.load_dossier(account).unwrap().milestones;
    assert_eq!(loaded.iter().map(|m| m.id).collect::<Vec<_>>(), [early_id, late_id]);
    assert_eq!(loaded[1], Milestone { id: late_id, ..late });

    store.set_milestone_done(early_id, Some(d("2026-04-02"))).unwrap();
    assert_eq!(store.load_dossier(account).unwrap().milestones[0].done, Some(d("2026-04-02")));
    store.set_milestone_done(early_id, None).unwrap();
    assert_eq!(store.load_dossier(account).unwrap().milestones[0].done, None);

    let mut moved = store.load_dossier(account).unwrap().milestones[0].clone();
    moved.due = d("2027-01-10");
    moved.title = "Q1 review (moved)".into();
    store.save_milestone(&moved).unwrap();
    let loaded = store.load_dossier(account).unwrap().milestones;
    assert_eq!(loaded[1], moved);

    assert!(matches!(store.save_milestone(&milestone(account, " ", "2026-01-01")), Err(StoreError::Invalid(_))));
    store.delete_milestone(late_id).unwrap();
    assert!(matches!(store.set_milestone_done(late_id, None), Err(StoreError::NotFound(_))));
    assert!(matches!(store.delete_milestone(late_id), Err(StoreError::NotFound(_))));
}

#[test]
fn people_round_trip_with_reporting_lines() {
    let (dir, mut store) = fresh();
    let account = new_account(&mut store, "Acme", None);
    let boss = store.save_person(&person(account, "Олена Коваль")).unwrap();
    let mut anna = Person {
        id: PersonId(0),
        account_id: account,
        name: "Anna Beridze".into(),
        job_title: "Head of purchasing".into(),
        role: Some(BuyingRole::DecisionMaker),
        influence: Some(5),
        attitude: Some(Attitude::Supporter),
        reports_to: Some(boss),
        channel: Some(ContactChannel::Messenger),
        phone: "+995 555 12 34 56".into(),
        email: "anna@example.ge".into(),
        birthday: Some(d("1980-02-29")),
        notes: "Likes tea.\nPlays chess.".into(),
    };
    let anna_id = store.save_person(&anna).unwrap();
    anna.id = anna_id;

    let people = store.load_dossier(account).unwrap().people;
    assert_eq!(people.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["Anna Beridze", "Олена Коваль"]);
    assert_eq!(people[0], anna);

    anna.influence = None;
    anna.role = None;
    anna.attitude = Some(Attitude::Opponent);
    assert_eq!(store.save_person(&anna).unwrap(), anna_id);
    assert_eq!(store.load_dossier(account).unwrap().people[0], anna);

    // Deleting the boss frees whoever reported to them.
    store.delete_person(boss).unwrap();
    assert_eq!(store.load_dossier(account).unwrap().people[0].reports_to, None);
    assert_eq!(count(&dir.path().join("keyplan.db"), "people"), 1);
    assert!(matches!(store.delete_person(boss), Err(StoreError::NotFound(_))));
}

#[test]
fn reporting_lines_stay_inside_the_account_and_never_circle() {
    let (_dir, mut store) = fresh();
    let acme = new_account(&mut store, "Acme", None);
    let other = new_account(&mut store, "Globex", None);
    let stranger = store.save_person(&person(other, "Stranger")).unwrap();
    let a = store.save_person(&person(acme, "A")).unwrap();
    let mut b = person(acme, "B");
    b.reports_to = Some(a);
    let b_id = store.save_person(&b).unwrap();

    let mut a_person = store.load_dossier(acme).unwrap().people[0].clone();
    a_person.reports_to = Some(a);
    assert!(matches!(store.save_person(&a_person), Err(StoreError::Invalid(_))), "self");
    a_person.reports_to = Some(b_id);
    let error = store.save_person(&a_person).unwrap_err();
    assert!(matches!(error, StoreError::Invalid(_)), "circle: {error:?}");
    a_person.reports_to = Some(stranger);
    assert!(matches!(store.save_person(&a_person), Err(StoreError::Invalid(_))), "other account");
    let mut newcomer = person(acme, "C");
    newcomer.reports_to = Some(stranger);
    assert!(matches!(store.save_person(&newcomer), Err(StoreError::Invalid(_))));
    newcomer.reports_to = None;
    newcomer.influence = Some(9);
    assert!(matches!(store.save_person(&newcomer), Err(StoreError::Invalid(_))));
    assert_eq!(store.load_dossier(acme).unwrap().people.len(), 2, "refused edits leave nothing behind");
}

#[test]
fn competitors_round_trip() {
    let (_dir, mut store) = fresh();
    let account = new_account(&mut store, "Acme", None);
    let mut rival = Competitor {
        id: CompetitorId(0),
        account_id: account,
        name: "Zenit".into(),
        position: "Incumbent on racks.".into(),
        strengths: "Price\nLocal stock".into(),
        weaknesses: "Slow service".into(),
    };
    let zenit = store.save_competitor(&rival).unwrap();
    let alpha = store.save_competitor(&Competitor { name: "Alpha".into(), ..rival.clone() }).unwrap();
    rival.id = zenit;
    let loaded = store.load_dossier(account).unwrap().competitors;
    assert_eq!(loaded.iter().map(|c| c.id).collect::<Vec<_>>(), [alpha, zenit]);
    assert_eq!(loaded[1], rival);
    rival.weaknesses = "None left".into();
    store.save_competitor(&rival).unwrap();
    assert_eq!(store.load_dossier(account).unwrap().competitors[1], rival);
    store.delete_competitor(alpha).unwrap();
    assert!(matches!(store.delete_competitor(alpha), Err(StoreError::NotFound(_))));
    rival.name = "".into();
    assert!(matches!(store.save_competitor(&rival), Err(StoreError::Invalid(_))));
}

#[test]
fn touchpoints_round_trip_newest_first_with_people() {
    let (dir, mut store) = fresh();
    let account = new_account(&mut store, "Acme", None);
    let other = new_account(&mut store, "Globex", None);
    let anna = store.save_person(&person(account, "Anna")).unwrap();
    let boris = store.save_person(&person(account, "Boris")).unwrap();
    let stranger = store.save_person(&person(other, "Stranger")).unwrap();

    let mut meeting = Touchpoint::new(account, d("2026-03-02"), Channel::Meeting, "Quarterly review.\nAll good.");
    meeting.time = Some(t("09:30"));
    meeting.people = vec![boris, anna];
    meeting.outcome = Some(Outcome::DealWon);
    meeting.reason = "Best delivery terms.".into();
    meeting.next_step = "Send the contract".into();
    meeting.next_step_due = Some(d("2026-03-09"));
    let meeting_id = store.save_touchpoint(&meeting).unwrap();
    meeting.id = meeting_id;

    let morning = store
        .save_touchpoint(&Touchpoint {
            time: Some(t("08:00")),
            ..Touchpoint::new(account, d("2026-03-02"), Channel::Call, "x")
        })
        .unwrap();
    let undated = store.save_touchpoint(&Touchpoint::new(account, d("2026-03-02"), Channel::Email, "no time")).unwrap();
    let older = store.save_touchpoint(&Touchpoint::new(account, d("2026-02-01"), Channel::Visit, "older")).unwrap();
    let newest = store.save_touchpoint(&Touchpoint::new(account, d("2026-03-05"), Channel::Message, "newest")).unwrap();
    let same_day_later_logged =
        store.save_touchpoint(&Touchpoint::new(account, d("2026-03-05"), Channel::Other, "also newest")).unwrap();

    let loaded = store.load_dossier(account).unwrap().touchpoints;
    assert_eq!(
        loaded.iter().map(|t| t.id).collect::<Vec<_>>(),
        [same_day_later_logged, newest, meeting_id, morning, undated, older]
    );
    assert_eq!(loaded[2], meeting, "people keep the order given");
    assert_eq!(store.last_channel().unwrap(), Some(Channel::Other));

    // Editing replaces the people links.
    meeting.people = vec![anna, anna];
    meeting.next_step_done = Some(d("2026-03-08"));
    store.save_touchpoint(&meeting).unwrap();
    let reloaded = store.load_dossier(account).unwrap().touchpoints;
    assert_eq!(reloaded[2].people, [anna]);
    assert_eq!(reloaded[2].next_step_done, Some(d("2026-03-08")));
    store.set_follow_up_done(meeting_id, None).unwrap();
    assert_eq!(store.load_dossier(account).unwrap().touchpoints[2].next_step_done, None);

    meeting.people = vec![stranger];
    assert!(matches!(store.save_touchpoint(&meeting), Err(StoreError::Invalid(_))));
    assert_eq!(store.load_dossier(account).unwrap().touchpoints[2].people, [anna], "refused edit rolled back");
    let mut new_with_stranger = Touchpoint::new(account, d("2026-03-06"), Channel::Call, "who?");
    new_with_stranger.people = vec![stranger];
    assert!(store.save_touchpoint(&new_with_stranger).is_err());
    assert_eq!(store.load_dossier(account).unwrap().touchpoints.len(), 6);

    // A deleted person leaves the contacts they took part in.
    store.delete_person(anna).unwrap();
    assert!(store.load_dossier(account).unwrap().touchpoints[2].people.is_empty());

    store.delete_touchpoint(meeting_id).unwrap();
    assert!(matches!(store.delete_touchpoint(meeting_id), Err(StoreError::NotFound(_))));
    assert!(matches!(store.set_follow_up_done(TouchpointId(999), None), Err(StoreError::NotFound(_))));
    assert_eq!(count(&dir.path().join("keyplan.db"), "touchpoint_people"), 0);
}

#[test]
fn last_channel_is_none_without_contacts() {
    let (_dir, store) = fresh();
    assert_eq!(store.last_channel().unwrap(), None);
}

#[test]
fn purge_removes_the_whole_dossier() {
    let (dir, mut store) = fresh();
    let keep = new_account(&mut store, "Keep", None);
    store.save_person(&person(keep, "Stays")).unwrap();
    let id = store.insert_dossier(&sample_dossier()).unwrap();
    store.purge_account(id).unwrap();
    assert!(matches!(store.load_account(id), Err(StoreError::NotFound(_))));
    let path = dir.path().join("keyplan.db");
    for (table, left) in [
        ("people", 1),
        ("touchpoints", 0),
        ("touchpoint_people", 0),
        ("objectives", 0),
        ("milestones", 0),
        ("competitors", 0),
    ] {
        assert_eq!(count(&path, table), left, "{table}");
    }
    assert_eq!(store.account_count().unwrap(), 1);
}

fn sample_dossier() -> Dossier {
    let mut account = full_account("Магнолія");
    account.id = AccountId(500);
    let here = AccountId(500);
    let mut dossier = Dossier::new(account);
    dossier.charter = "Партнерство на роки.".into();
    dossier.situation = "Strong on service.".into();
    dossier.strategy = "Grow into logistics.".into();
    dossier.objectives.push(Objective {
        id: ObjectiveId(1),
        account_id: here,
        year: 2026,
        product: "Racks".into(),
        planned_volume: "300 units".into(),
        expected_profit: Some(40_000),
        resources: "One engineer".into(),
    });
    dossier.milestones.push(milestone(here, "Mid-year review", "2026-06-30"));
    // Local ids 10, 20, 30: Bohdan reports to Alla, Alla to Chen.
    let mut alla = person(here, "Alla");
    alla.id = PersonId(10);
    alla.reports_to = Some(PersonId(30));
    let mut bohdan = person(here, "Bohdan");
    bohdan.id = PersonId(20);
    bohdan.reports_to = Some(PersonId(10));
    let mut chen = person(here, "Chen");
    chen.id = PersonId(30);
    dossier.people = vec![alla, bohdan, chen];
    dossier.competitors.push(Competitor {
        id: CompetitorId(3),
        account_id: here,
        name: "Zenit".into(),
        position: "Second supplier".into(),
        strengths: String::new(),
        weaknesses: String::new(),
    });
    let mut newest = Touchpoint::new(here, d("2026-05-02"), Channel::Meeting, "Signed.");
    newest.id = TouchpointId(2);
    newest.people = vec![PersonId(30), PersonId(20)];
    let mut oldest = Touchpoint::new(here, d("2026-04-01"), Channel::Call, "First call.");
    oldest.id = TouchpointId(1);
    oldest.people = vec![PersonId(10)];
    dossier.touchpoints = vec![newest, oldest];
    dossier
}

#[test]
fn insert_dossier_maps_local_person_ids() {
    let (_dir, mut store) = fresh();
    // Existing rows so that new ids differ from the local ones.
    let filler = new_account(&mut store, "Filler", None);
    for name in ["F1", "F2", "F3"] {
        store.save_person(&person(filler, name)).unwrap();
    }
    let original = sample_dossier();
    let id = store.insert_dossier(&original).unwrap();
    let loaded = store.load_dossier(id).unwrap();

    assert_eq!(loaded.account, Account { id, ..original.account.clone() });
    assert_eq!(loaded.charter, original.charter);
    assert_eq!((loaded.objectives.len(), loaded.milestones.len(), loaded.competitors.len()), (1, 1, 1));
    assert!(loaded.objectives[0].account_id == id && loaded.milestones[0].account_id == id);
    let by_name = |name: &str| loaded.people.iter().find(|p| p.name == name).unwrap();
    let (alla, bohdan, chen) = (by_name("Alla"), by_name("Bohdan"), by_name("Chen"));
    assert!(![alla.id, bohdan.id, chen.id].iter().any(|p| [PersonId(10), PersonId(20), PersonId(30)].contains(p)));
    assert_eq!(alla.reports_to, Some(chen.id));
    assert_eq!(bohdan.reports_to, Some(alla.id));
    assert_eq!(chen.reports_to, None);

    assert_eq!(loaded.touchpoints[0].summary, "Signed.");
    assert_eq!(loaded.touchpoints[0].people, [chen.id, bohdan.id]);
    assert_eq!(loaded.touchpoints[1].people, [alla.id]);
    assert!(loaded.touchpoints[0].id > loaded.touchpoints[1].id, "logged oldest first");
    assert_eq!(store.last_channel().unwrap(), Some(Channel::Meeting));
}

#[test]
fn insert_dossier_is_all_or_nothing() {
    let (dir, mut store) = fresh();
    let mut broken = sample_dossier();
    broken.touchpoints[1].people = vec![PersonId(99)];
    let error = store.insert_dossier(&broken).unwrap_err();
    assert!(matches!(error, StoreError::Invalid(_)), "{error:?}");
    assert!(error.to_string().contains("99"), "{error}");
    assert_eq!(store.account_count().unwrap(), 0);
    assert_eq!(count(&dir.path().join("keyplan.db"), "people"), 0);

    let mut circle = sample_dossier();
    circle.people[2].reports_to = Some(PersonId(20));
    assert!(matches!(store.insert_dossier(&circle), Err(StoreError::Invalid(_))));

    let mut twins = sample_dossier();
    twins.people[1].id = PersonId(10);
    assert!(matches!(store.insert_dossier(&twins), Err(StoreError::Invalid(_))), "ambiguous local id in use");

    // Unreferenced duplicate ids (fresh Person::new values) are fine.
    let mut plain = Dossier::new(Account::new("Plain", d("2026-01-01")));
    plain.people = vec![person(AccountId(0), "One"), person(AccountId(0), "Two")];
    let id = store.insert_dossier(&plain).unwrap();
    assert_eq!(store.load_dossier(id).unwrap().people.len(), 2);

    let duplicate = Dossier::new(Account::new("PLAIN", d("2026-01-01")));
    assert!(matches!(store.insert_dossier(&duplicate), Err(StoreError::DuplicateName(_))));
    assert_eq!(store.account_count().unwrap(), 1);
}

#[test]
fn dossier_touchpoints_for_the_same_account_only() {
    let (_dir, mut store) = fresh();
    let a = store.insert_dossier(&sample_dossier()).unwrap();
    let mut second = sample_dossier();
    second.account.name = "Other".into();
    let b = store.insert_dossier(&second).unwrap();
    let (da, db) = (store.load_dossier(a).unwrap(), store.load_dossier(b).unwrap());
    assert_eq!(da.touchpoints.len(), 2);
    assert_eq!(db.touchpoints.len(), 2);
    let people_a: Vec<PersonId> = da.people.iter().map(|p| p.id).collect();
    assert!(da.touchpoints.iter().flat_map(|t| &t.people).all(|p| people_a.contains(p)));
    let _: PathBuf = store.path().to_path_buf();
}
