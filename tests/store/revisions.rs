//! Revisions, the history and undo: a stale save changes nothing, every
//! change is kept with the write that made it, and undo walks it back.

use crate::common::*;
use keyplan::domain::history::Change;

/// A save or delete from an older revision is refused and changes nothing,
/// for every kind of record.
#[test]
fn a_stale_save_is_refused_and_changes_nothing() {
    let (dir, mut store) = fresh();
    let path = dir.path().join("keyplan.db");
    let account = new_account(&mut store, "Acme", None);
    let objective = store
        .save_objective(&Objective {
            id: ObjectiveId(0),
            account_id: account,
            year: 2027,
            product: "Racks".into(),
            planned_volume: String::new(),
            expected_profit: None,
            resources: String::new(),
            stamp: Default::default(),
        })
        .unwrap();
    let milestone = store.save_milestone(&Milestone::new(account, "Q1 review", d("2027-03-31"))).unwrap();
    let person = store.save_person(&person(account, "Anna")).unwrap();
    let rival = store
        .save_competitor(&Competitor {
            id: CompetitorId(0),
            account_id: account,
            name: "Zenit".into(),
            position: String::new(),
            strengths: String::new(),
            weaknesses: String::new(),
            stamp: Default::default(),
        })
        .unwrap();
    let touchpoint = store.save_touchpoint(&Touchpoint::new(account, d("2026-11-02"), Channel::Call, "Hi")).unwrap();

    // Two screens read the same records; the first saves, the second is stale.
    let mine = store.load_dossier(account).unwrap();
    let mut first = mine.clone();
    first.account.region = "Lviv".into();
    first.objectives[0].product = "Fibre".into();
    first.milestones[0].title = "Q1 check".into();
    first.people[0].job_title = "Buyer".into();
    first.competitors[0].position = "Incumbent".into();
    first.touchpoints[0].summary = "Hello".into();
    store.update_account(&first.account).unwrap();
    store.save_objective(&first.objectives[0]).unwrap();
    store.save_milestone(&first.milestones[0]).unwrap();
    store.save_person(&first.people[0]).unwrap();
    store.save_competitor(&first.competitors[0]).unwrap();
    store.save_touchpoint(&first.touchpoints[0]).unwrap();
    let history = count(&path, "history");
    let stored = store.load_dossier(account).unwrap();

    let mut stale = mine;
    stale.account.region = "Odesa".into();
    stale.objectives[0].product = "Cable".into();
    stale.milestones[0].title = "Q1 audit".into();
    stale.people[0].job_title = "CEO".into();
    stale.competitors[0].position = "Gone".into();
    stale.touchpoints[0].summary = "Bye".into();
    let conflict = |r: Result<(), StoreError>| matches!(r, Err(StoreError::Conflict { mine: 1, theirs: 2, .. }));
    assert!(conflict(store.update_account(&stale.account)));
    assert!(conflict(store.save_objective(&stale.objectives[0]).map(|_| ())));
    assert!(conflict(store.save_milestone(&stale.milestones[0]).map(|_| ())));
    assert!(conflict(store.save_person(&stale.people[0]).map(|_| ())));
    assert!(conflict(store.save_competitor(&stale.competitors[0]).map(|_| ())));
    assert!(conflict(store.save_touchpoint(&stale.touchpoints[0]).map(|_| ())));
    assert!(conflict(store.delete_objective(objective, Some(1))));
    assert!(conflict(store.delete_milestone(milestone, Some(1))));
    assert!(conflict(store.delete_person(person, Some(1))));
    assert!(conflict(store.delete_competitor(rival, Some(1))));
    assert!(conflict(store.delete_touchpoint(touchpoint, Some(1))));
    assert!(conflict(store.set_milestone_done(milestone, Some(1), Some(d("2026-12-01")))));
    assert!(conflict(store.set_follow_up_done(touchpoint, Some(1), Some(d("2026-12-01")))));
    assert_eq!(store.load_dossier(account).unwrap(), stored, "nothing changed");
    assert_eq!(count(&path, "history"), history, "and nothing was added to the history");
}

#[test]
fn texts_have_revisions_of_their_own_and_every_version_is_kept() {
    let (_dir, mut store) = fresh();
    let account = new_account(&mut store, "Київстар", None);
    let charter = TextPart::Plan(PlanSection::Charter);
    let strategy = TextPart::Plan(PlanSection::Strategy);
    assert_eq!(store.save_text(account, charter, "Разом будуємо зв'язок", Some(0)).unwrap(), 1);
    // Another screen's strategy and facts do not touch the charter's revision.
    assert_eq!(store.save_text(account, strategy, "Партнерство", Some(0)).unwrap(), 1);
    let mut facts = store.load_account(account).unwrap();
    facts.region = "Київ".into();
    store.update_account(&facts).unwrap();
    assert_eq!(store.save_text(account, charter, "Разом будуємо надійний зв'язок", Some(1)).unwrap(), 2);

    // A save from revision 1 finds revision 2 stored: refused, nothing written.
    let refused = store.save_text(account, charter, "Інший текст", Some(1));
    assert!(matches!(refused, Err(StoreError::Conflict { mine: 1, theirs: 2, .. })), "{refused:?}");
    assert_eq!(store.stored_text(account, charter).unwrap(), ("Разом будуємо надійний зв'язок".to_string(), 2));

    let versions = store.text_history(account, charter).unwrap();
    assert_eq!(
        versions.iter().map(|v| (v.revision, v.after.as_deref().unwrap())).collect::<Vec<_>>(),
        [(2, "Разом будуємо надійний зв'язок"), (1, "Разом будуємо зв'язок")],
        "newest first, every saved version whole"
    );
    assert_eq!(versions[0].before.as_deref(), Some("Разом будуємо зв'язок"));
    assert!(!versions[0].machine.is_empty(), "the machine is named");

    // Restoring the first version is a new version, not a rewrite of the past.
    assert_eq!(store.restore_text(versions[1].id, 2).unwrap(), 3);
    assert_eq!(store.stored_text(account, charter).unwrap().0, "Разом будуємо зв'язок");
    let versions = store.text_history(account, charter).unwrap();
    assert_eq!((versions.len(), versions[0].change), (3, Change::Restore));
}

#[test]
fn a_failed_write_leaves_neither_the_change_nor_its_history() {
    let (dir, mut store) = fresh();
    let path = dir.path().join("keyplan.db");
    let account = new_account(&mut store, "Acme", None);
    let other = new_account(&mut store, "Globex", None);
    let stranger = store.save_person(&person(other, "Stranger")).unwrap();
    let before = count(&path, "history");
    let mut touchpoint = Touchpoint::new(account, d("2026-11-02"), Channel::Call, "who?");
    touchpoint.people = vec![stranger];
    assert!(matches!(store.save_touchpoint(&touchpoint), Err(StoreError::Invalid(_))));
    assert_eq!((count(&path, "touchpoints"), count(&path, "history")), (0, before));
    // The history cannot be rewritten.
    let edit = raw(&path).execute("UPDATE history SET after = 'forged'", []);
    assert!(edit.is_err(), "the history is append-only");
    let erase = raw(&path).execute("DELETE FROM history", []);
    assert!(erase.is_err(), "and outlives the records while their account exists");
}

#[test]
fn undo_and_redo_walk_every_kind_of_change_back_and_forth() {
    let (dir, mut store) = fresh();
    let path = dir.path().join("keyplan.db");
    let account = new_account(&mut store, "Acme", None);
    let anna = store.save_person(&person(account, "Anna")).unwrap();
    let mut call = Touchpoint::new(account, d("2026-11-02"), Channel::Call, "Prices");
    call.people = vec![anna];
    call.next_step = "Send the offer".into();
    call.next_step_due = Some(d("2026-11-09"));
    let call = store.save_touchpoint(&call).unwrap();
    let logged = store.take_written();
    let original = store.load_dossier(account).unwrap();

    // An edit, a follow-up done, a deletion: three steps.
    let mut edited = store.touchpoint(call).unwrap();
    edited.summary = "Prices and terms".into();
    store.save_touchpoint(&edited).unwrap();
    let step_edit = store.take_written();
    store.set_follow_up_done(call, None, Some(d("2026-11-05"))).unwrap();
    let step_done = store.take_written();
    store.delete_touchpoint(call, None).unwrap();
    let step_delete = store.take_written();
    assert_eq!(count(&path, "touchpoints"), 0);

    // Undo the deletion: the contact is back, with its global id and its people.
    let redo_delete = store.revert(&step_delete).unwrap();
    let back = store.load_dossier(account).unwrap().touchpoints;
    assert_eq!(back.len(), 1);
    assert_eq!(
        (back[0].stamp.uid.as_str(), back[0].people.as_slice()),
        (original.touchpoints[0].stamp.uid.as_str(), &[anna][..])
    );
    assert_eq!((back[0].summary.as_str(), back[0].next_step_done), ("Prices and terms", Some(d("2026-11-05"))));
    // Redo deletes it again; undo brings it back once more.
    let undo_again = store.revert(&redo_delete).unwrap();
    assert_eq!(count(&path, "touchpoints"), 0);
    store.revert(&undo_again).unwrap();
    let id = store.load_dossier(account).unwrap().touchpoints[0].id;

    // The older steps follow the record by its global id to its new row.
    assert_ne!(id, call);
    store.revert(&step_done).unwrap();
    assert_eq!(store.touchpoint(id).unwrap().next_step_done, None, "the follow-up is open again");
    store.revert(&step_edit).unwrap();
    assert_eq!(store.touchpoint(id).unwrap().summary, "Prices");
    store.revert(&logged).unwrap();
    assert_eq!(count(&path, "touchpoints"), 0, "and the contact was never logged");
}

#[test]
fn undo_is_refused_when_the_record_changed_elsewhere() {
    let (_dir, mut store) = fresh();
    let account = new_account(&mut store, "Acme", None);
    let milestone = store.save_milestone(&Milestone::new(account, "Review", d("2027-01-31"))).unwrap();
    store.set_milestone_done(milestone, None, Some(d("2026-12-01"))).unwrap();
    let step = store.take_written();
    assert_eq!(step.len(), 2, "the change and the review it records");
    // Another workbench edits the milestone after that.
    let mut other = store.milestone(milestone).unwrap();
    other.note = "moved to the board meeting".into();
    store.save_milestone(&other).unwrap();
    assert!(matches!(store.revert(&step), Err(StoreError::Conflict { .. })));
    let now = store.milestone(milestone).unwrap();
    assert_eq!((now.done, now.note.as_str()), (Some(d("2026-12-01")), "moved to the board meeting"));
    assert_eq!(store.last_review(account).unwrap(), Some(d("2026-12-01")));
}
