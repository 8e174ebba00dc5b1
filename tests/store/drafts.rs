//! Drafts: kept under their key, replaced in place, removed, listed.

use keyplan::store::{Draft, Record};

use crate::common::*;

fn draft(key: &str, account: Option<AccountId>, at: &str, body: &str) -> Draft {
    Draft {
        key: key.into(),
        account_id: account,
        machine: "laptop".into(),
        saved_at: chrono::NaiveDateTime::parse_from_str(at, "%Y-%m-%d %H:%M:%S").unwrap(),
        base_revision: None,
        body: body.into(),
    }
}

#[test]
fn a_draft_is_kept_replaced_and_removed_by_its_key() {
    let (_dir, mut store) = fresh();
    let id = new_account(&mut store, "Київстар", None);
    let key = format!("text:{}:charter", id.0);
    assert_eq!(store.draft(&key).unwrap(), None);

    let first = draft(&key, Some(id), "2026-11-23 14:32:05", "Мета: партнерство");
    store.save_draft(&first).unwrap();
    assert_eq!(store.draft(&key).unwrap(), Some(first));

    let mut second = draft(&key, Some(id), "2026-11-23 14:33:00", "Мета: партнерство ქართული\nдругий рядок");
    second.base_revision = Some(3);
    second.machine = "phone".into();
    store.save_draft(&second).unwrap();
    assert_eq!(store.draft(&key).unwrap(), Some(second), "the second write replaces the first");
    assert_eq!(store.draft_keys().unwrap(), vec![key.clone()]);

    store.delete_draft(&key).unwrap();
    assert_eq!(store.draft(&key).unwrap(), None);
    assert!(store.draft_keys().unwrap().is_empty());
    store.delete_draft(&key).unwrap();
}

#[test]
fn drafts_are_listed_by_the_start_of_their_key_newest_first() {
    let (_dir, mut store) = fresh();
    let id = new_account(&mut store, "Acme", None);
    store.save_draft(&draft("form:touchpoint:7:1", Some(id), "2026-11-20 09:00:00", "{}")).unwrap();
    store.save_draft(&draft("form:touchpoint:new:1", Some(id), "2026-11-21 09:00:00", "{}")).unwrap();
    store.save_draft(&draft("form:person:new:1", Some(id), "2026-11-22 09:00:00", "{}")).unwrap();
    store.save_draft(&draft("form:account:new:new", None, "2026-11-19 09:00:00", "{}")).unwrap();

    let keys: Vec<String> = store.drafts_starting("form:touchpoint:").unwrap().into_iter().map(|d| d.key).collect();
    assert_eq!(keys, ["form:touchpoint:new:1", "form:touchpoint:7:1"]);
    assert_eq!(store.draft_keys().unwrap().len(), 4);
    assert_eq!(store.draft("form:account:new:new").unwrap().unwrap().account_id, None);

    store.purge_account(id).unwrap();
    assert_eq!(store.draft_keys().unwrap(), ["form:account:new:new"], "a purged account's drafts wait for nothing");
}

#[test]
fn a_record_that_was_deleted_is_known_to_be_gone() {
    let (_dir, mut store) = fresh();
    let id = new_account(&mut store, "Acme", None);
    let person = store.save_person(&person(id, "Olena")).unwrap();
    assert!(store.record_exists(Record::Person, person.0).unwrap());
    assert!(store.record_exists(Record::Account, id.0).unwrap());
    store.delete_person(person, None).unwrap();
    assert!(!store.record_exists(Record::Person, person.0).unwrap());
    assert!(!store.record_exists(Record::Touchpoint, 99).unwrap());
}
