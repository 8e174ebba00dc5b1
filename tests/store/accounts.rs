//! Accounts: every field, names, refusals, cleaning and the portfolio.

use crate::common::*;

#[test]
fn account_round_trip_with_every_field() {
    let (_dir, mut store) = fresh();
    let account = full_account("Київстар");
    let id = store.create_account(&account).unwrap();
    let loaded = store.load_account(id).unwrap();
    assert_eq!(loaded, Account { id, stamp: first_stamp(&loaded.stamp), ..account.clone() });

    let mut changed = loaded.clone();
    changed.name = "Kyivstar".into();
    changed.status = AccountStatus::Lost;
    changed.headcount = None;
    changed.annual_sales = None;
    changed.cooperation_start = None;
    changed.contact_every_days = None;
    changed.description = "Lost after the tender.".into();
    store.update_account(&changed).unwrap();
    // The facts are saved; a long text only through save_text, with its own revision.
    changed.description = loaded.description.clone();
    changed.stamp.revision = 2;
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
    store.save_text(id, TextPart::Plan(PlanSection::Charter), charter, None).unwrap();
    store.save_text(id, TextPart::Plan(PlanSection::Situation), situation, None).unwrap();
    store.save_text(id, TextPart::Plan(PlanSection::Strategy), strategy, None).unwrap();
    let dossier = store.load_dossier(id).unwrap();
    assert_eq!(
        (dossier.charter.as_str(), dossier.situation.as_str(), dossier.strategy.as_str()),
        (charter, situation, strategy)
    );
    // Updating the account leaves the plan alone.
    store.update_account(&dossier.account).unwrap();
    assert_eq!(store.load_dossier(id).unwrap().charter, charter);
    assert!(matches!(
        store.save_text(AccountId(999), TextPart::Plan(PlanSection::Charter), "x", None),
        Err(StoreError::NotFound(_))
    ));
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
    store.save_text(id, TextPart::Plan(PlanSection::Strategy), "win\r\nthen \u{9b}31m", None).unwrap();
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
    store.set_follow_up_done(recent_id, None, Some(d("2026-03-01"))).unwrap();
    let list = store.list_accounts().unwrap();
    assert_eq!(list[0].next_due, Some(d("2026-03-31")));
}

/// A name typed on the command line is found from one range of the names'
/// index: any case, any script, closed accounts too, in the names' order.
#[test]
fn names_are_found_by_their_beginning_from_an_index() {
    let (dir, mut store) = fresh();
    let kyiv = new_account(&mut store, "Київстар Бізнес", None);
    let kyiv_old = new_account(&mut store, "Київенерго", None);
    let tbilisi = new_account(&mut store, "თბილისის წყალი", None);
    new_account(&mut store, "Acme Київ", None);
    let mut lost = store.load_account(kyiv_old).unwrap();
    lost.status = AccountStatus::Lost;
    store.update_account(&lost).unwrap();

    let ids =
        |found: Vec<(AccountId, String, AccountStatus)>| found.into_iter().map(|(id, _, _)| id).collect::<Vec<_>>();
    assert_eq!(ids(store.account_names_from("КИЇВ").unwrap()), [kyiv_old, kyiv], "by name, the lost one too");
    assert_eq!(ids(store.account_names_from("київстар бізнес").unwrap()), [kyiv]);
    assert_eq!(ids(store.account_names_from("თბილ").unwrap()), [tbilisi]);
    assert!(store.account_names_from("Бізнес").unwrap().is_empty(), "a later word is not a beginning");
    assert_eq!(store.account_names().unwrap().len(), 4);

    let conn = raw(&dir.path().join("keyplan.db"));
    let plan: String = conn
        .query_row(
            "EXPLAIN QUERY PLAN SELECT id, name, status, name_key FROM accounts INDEXED BY accounts_named
              WHERE name_key >= 'київ' AND name_key < 'київ' || char(1114111) ORDER BY name_key, id",
            [],
            |r| r.get(3),
        )
        .unwrap();
    assert!(plan.contains("COVERING INDEX accounts_named"), "{plan}");

    // The Plan tab walks the same index in name order: nothing to sort.
    let steps: Vec<String> = conn
        .prepare(
            "EXPLAIN QUERY PLAN SELECT o.id, a.name, a.currency FROM accounts a INDEXED BY accounts_named
               JOIN objectives o INDEXED BY objectives_year ON o.year = 2026 AND o.account_id = a.id
              ORDER BY a.name_key, a.id, o.id",
        )
        .unwrap()
        .query_map([], |r| r.get(3))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(steps.iter().any(|s| s.contains("COVERING INDEX accounts_named")), "{steps:?}");
    assert!(!steps.iter().any(|s| s.contains("TEMP B-TREE")), "{steps:?}");
}
