//! What every test of the store shares: dates, a fresh store in a
//! temporary directory, sample rows, and a look behind the store's back.

pub use std::fs;
pub use std::os::unix::fs::PermissionsExt;
pub use std::path::{Path, PathBuf};

pub use chrono::{NaiveDate, NaiveTime};
pub use keyplan::domain::{
    Account, AccountId, AccountStatus, Attitude, BuyingRole, Channel, Competitor, CompetitorId, ContactChannel,
    Dossier, KeyClientType, Milestone, Objective, ObjectiveId, Outcome, Person, PersonId, PlanSection,
    RelationshipLevel, TextPart, Touchpoint, TouchpointId,
};
pub use keyplan::store::{SCHEMA_VERSION, Store, StoreError, schema::MIGRATIONS};
pub use rusqlite::Connection;
pub use rusqlite_migration::M;
pub use tempfile::TempDir;

pub fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

pub fn t(s: &str) -> NaiveTime {
    NaiveTime::parse_from_str(s, "%H:%M").unwrap()
}

pub fn mode(path: &Path) -> u32 {
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}

pub fn fresh() -> (TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let opened = Store::open(&dir.path().join("keyplan.db")).unwrap();
    assert!(opened.backup.is_none());
    (dir, opened.store)
}

pub fn full_account(name: &str) -> Account {
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
        currency: Some("UAH".into()),
        closed_on: None,
        loss_reason: None,
        loss_note: String::new(),
        win_back: None,
        stamp: Default::default(),
    }
}

/// The stamp a record got when it was first stored: a UUID v7, revision 1.
pub fn first_stamp(stamp: &keyplan::domain::Stamp) -> keyplan::domain::Stamp {
    let uid = uuid::Uuid::parse_str(&stamp.uid).unwrap_or_else(|_| panic!("{:?} is not a UUID", stamp.uid));
    assert_eq!(uid.get_version_num(), 7, "a UUID v7");
    assert_eq!(stamp.revision, 1);
    stamp.clone()
}

pub fn new_account(store: &mut Store, name: &str, sales: Option<i64>) -> AccountId {
    let mut account = Account::new(name, d("2026-01-01"));
    account.annual_sales = sales;
    store.create_account(&account).unwrap()
}

pub fn person(account: AccountId, name: &str) -> Person {
    Person::new(account, name)
}

pub fn milestone(account: AccountId, title: &str, due: &str) -> Milestone {
    Milestone::new(account, title, d(due))
}

/// Opens the file with a plain connection, to look behind the store's back.
pub fn raw(path: &Path) -> Connection {
    Connection::open(path).unwrap()
}

pub fn count(path: &Path, table: &str) -> i64 {
    let sql = match table {
        "people" => "SELECT count(*) FROM people",
        "touchpoint_people" => "SELECT count(*) FROM touchpoint_people",
        "touchpoints" => "SELECT count(*) FROM touchpoints",
        "objectives" => "SELECT count(*) FROM objectives",
        "milestones" => "SELECT count(*) FROM milestones",
        "competitors" => "SELECT count(*) FROM competitors",
        "history" => "SELECT count(*) FROM history",
        _ => unreachable!(),
    };
    raw(path).query_row(sql, [], |r| r.get(0)).unwrap()
}
