//! Plan reviews and next year's plan: a review is a recorded event, the
//! header's "changed since" reads the history after it, and carrying the
//! plan into the next year is one transaction that one revert takes back.

use crate::common::*;
use keyplan::store::review::{Carried, ReviewStatus};

fn objective(account: AccountId, year: i32, product: &str) -> Objective {
    Objective {
        id: ObjectiveId(0),
        account_id: account,
        year,
        product: product.into(),
        planned_volume: "40 licences".into(),
        expected_profit: Some(90_000),
        resources: "one engineer".into(),
        stamp: Default::default(),
    }
}

#[test]
fn a_review_is_recorded_and_later_plan_changes_show_against_it() {
    let (_dir, mut store) = fresh();
    let account = new_account(&mut store, "Acme", None);
    let other = new_account(&mut store, "Other", None);
    assert_eq!(store.review_status(account).unwrap(), None);

    store.review_plan(account, d("2026-09-30")).unwrap();
    assert_eq!(
        store.review_status(account).unwrap(),
        Some(ReviewStatus { day: d("2026-09-30"), changed_since: false })
    );
    assert_eq!(store.last_review(account).unwrap(), Some(d("2026-09-30")));
    assert_eq!(store.review_status(other).unwrap(), None, "a review belongs to its own account");

    // Facts, people and the log are not the plan.
    let mut facts = store.load_account(account).unwrap();
    facts.region = "Lviv".into();
    store.update_account(&facts).unwrap();
    store.save_person(&person(account, "Anna")).unwrap();
    store
        .save_text(account, TextPart::Account(keyplan::domain::AccountText::Description), "Makes racks", None)
        .unwrap();
    assert!(!store.review_status(account).unwrap().unwrap().changed_since);

    store.save_text(account, TextPart::Plan(PlanSection::Strategy), "Grow fibre", None).unwrap();
    assert!(store.review_status(account).unwrap().unwrap().changed_since);
    let changes = store.plan_changes(account, store.latest_review(account).unwrap().unwrap().id.0, Default::default());
    let changes = changes.unwrap();
    assert_eq!(changes.len(), 1);
    assert_eq!((changes[0].kind.as_str(), changes[0].part.as_str()), ("text", "strategy"));

    // A milestone marked done is a review too, and its own change is before it.
    let id = store.save_milestone(&milestone(account, "Q4 review", "2026-12-15")).unwrap();
    store.set_milestone_done(id, None, Some(d("2026-11-23"))).unwrap();
    assert_eq!(
        store.review_status(account).unwrap(),
        Some(ReviewStatus { day: d("2026-11-23"), changed_since: false })
    );
    store.save_objective(&objective(account, 2027, "Racks")).unwrap();
    assert_eq!(store.review_status(account).unwrap(), Some(ReviewStatus { day: d("2026-11-23"), changed_since: true }));
}

#[test]
fn undo_takes_a_review_back_and_redo_records_it_again() {
    let (_dir, mut store) = fresh();
    let account = new_account(&mut store, "Acme", None);
    store.review_plan(account, d("2026-09-30")).unwrap();
    let earlier = store.take_written();
    store.review_plan(account, d("2026-11-23")).unwrap();
    let step = store.take_written();
    assert_eq!(store.last_review(account).unwrap(), Some(d("2026-11-23")));

    let undo = store.revert(&step).unwrap();
    assert_eq!(store.last_review(account).unwrap(), Some(d("2026-09-30")), "the review before counts again");
    store.revert(&undo).unwrap();
    assert_eq!(store.last_review(account).unwrap(), Some(d("2026-11-23")));
    store.revert(&earlier).unwrap();
    assert_eq!(store.last_review(account).unwrap(), Some(d("2026-11-23")), "each review is withdrawn on its own");

    // A milestone marked done is a review; undoing it takes both back.
    let id = store.save_milestone(&milestone(account, "Year review", "2026-12-15")).unwrap();
    store.set_milestone_done(id, None, Some(d("2026-12-01"))).unwrap();
    let done = store.take_written();
    assert_eq!(store.last_review(account).unwrap(), Some(d("2026-12-01")));
    store.revert(&done).unwrap();
    assert_eq!(store.load_dossier(account).unwrap().milestones[0].done, None);
    assert_eq!(
        store.review_status(account).unwrap(),
        Some(ReviewStatus { day: d("2026-11-23"), changed_since: true }),
        "the milestone's own changes came after the review of 2026-11-23"
    );
}

#[test]
fn a_review_of_an_unknown_account_is_refused() {
    let (dir, mut store) = fresh();
    let path = dir.path().join("keyplan.db");
    assert!(matches!(store.review_plan(AccountId(42), d("2026-09-30")), Err(StoreError::NotFound(_))));
    assert_eq!(count(&path, "history"), 0);
}

#[test]
fn carrying_into_next_year_copies_objectives_moves_open_milestones_and_one_revert_takes_it_back() {
    let (dir, mut store) = fresh();
    let path = dir.path().join("keyplan.db");
    let account = new_account(&mut store, "Acme", None);
    store.save_objective(&objective(account, 2026, "Racks")).unwrap();
    store.save_objective(&objective(account, 2026, "Fibre")).unwrap();
    store.save_objective(&objective(account, 2025, "Old cable")).unwrap();
    // Fibre already has next year's objective: it is not copied again.
    let mut fibre_next = objective(account, 2027, "fibre");
    fibre_next.planned_volume = "80 km".into();
    store.save_objective(&fibre_next).unwrap();
    store.save_milestone(&milestone(account, "Q4 review", "2026-12-15")).unwrap();
    let leap = milestone(account, "Leap check", "2024-02-29");
    store.save_milestone(&leap).unwrap();
    let done = store.save_milestone(&milestone(account, "Pilot", "2026-06-01")).unwrap();
    store.set_milestone_done(done, None, Some(d("2026-06-02"))).unwrap();
    store.save_milestone(&milestone(account, "Tender", "2027-03-01")).unwrap();
    store.take_written();
    let before = store.load_dossier(account).unwrap();
    let history = count(&path, "history");

    let carried = store.carry_into_next_year(account, 2026).unwrap();
    assert_eq!(carried, Carried { objectives: 1, milestones: 1 });
    let after = store.load_dossier(account).unwrap();
    let years: Vec<(i32, &str)> = after.objectives.iter().map(|o| (o.year, o.product.as_str())).collect();
    assert_eq!(years, [(2025, "Old cable"), (2026, "Fibre"), (2026, "Racks"), (2027, "Racks"), (2027, "fibre")]);
    let copy = &after.objectives[3];
    assert_eq!((copy.planned_volume.as_str(), copy.expected_profit), ("40 licences", Some(90_000)));
    assert_ne!(copy.stamp.uid, after.objectives[2].stamp.uid, "a copy is a record of its own");
    let dues: Vec<(&str, NaiveDate)> = after.milestones.iter().map(|m| (m.title.as_str(), m.due)).collect();
    assert_eq!(
        dues,
        [
            ("Leap check", d("2024-02-29")),
            ("Pilot", d("2026-06-01")),
            ("Tender", d("2027-03-01")),
            ("Q4 review", d("2027-12-15"))
        ]
    );
    // One write: every row of it is one step.
    let step = store.take_written();
    assert_eq!(step.len(), 2);
    assert_eq!(count(&path, "history"), history + 2);

    // Carrying again copies nothing and moves nothing.
    assert_eq!(store.carry_into_next_year(account, 2026).unwrap(), Carried::default());
    assert!(store.take_written().is_empty());

    store.revert(&step).unwrap();
    let reverted = store.load_dossier(account).unwrap();
    let content = |d: &Dossier| {
        let objectives: Vec<(i32, String)> = d.objectives.iter().map(|o| (o.year, o.product.clone())).collect();
        let milestones: Vec<(String, NaiveDate, Option<NaiveDate>)> =
            d.milestones.iter().map(|m| (m.title.clone(), m.due, m.done)).collect();
        (objectives, milestones)
    };
    assert_eq!(content(&reverted), content(&before));
}

#[test]
fn carrying_a_leap_day_lands_on_the_28th() {
    let (_dir, mut store) = fresh();
    let account = new_account(&mut store, "Acme", None);
    store.save_milestone(&milestone(account, "Leap check", "2028-02-29")).unwrap();
    assert_eq!(store.carry_into_next_year(account, 2028).unwrap(), Carried { objectives: 0, milestones: 1 });
    assert_eq!(store.load_dossier(account).unwrap().milestones[0].due, d("2029-02-28"));
}

#[test]
fn a_failing_carry_leaves_nothing_half_written() {
    let (dir, mut store) = fresh();
    let path = dir.path().join("keyplan.db");
    let account = new_account(&mut store, "Acme", None);
    store.save_objective(&objective(account, 2026, "Racks")).unwrap();
    store.save_milestone(&milestone(account, "Q4 review", "2026-12-15")).unwrap();
    // Behind the store's back, milestones can no longer be changed: the
    // objective copied first must go with the failed milestone move.
    raw(&path)
        .execute_batch("CREATE TRIGGER no_moves BEFORE UPDATE ON milestones BEGIN SELECT RAISE(ABORT, 'frozen'); END;")
        .unwrap();
    let history = count(&path, "history");
    assert!(store.carry_into_next_year(account, 2026).is_err());
    assert_eq!(count(&path, "objectives"), 1);
    assert_eq!(count(&path, "history"), history);
    assert_eq!(store.load_dossier(account).unwrap().milestones[0].due, d("2026-12-15"));
}
