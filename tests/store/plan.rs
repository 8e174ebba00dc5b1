//! The plan: objectives and milestones.

use crate::common::*;

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
        stamp: Default::default(),
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
    assert_eq!(loaded[0], Objective { id: cable, stamp: first_stamp(&loaded[0].stamp), ..objective.clone() });

    let mut edited = loaded[2].clone();
    edited.planned_volume = "40 licences".into();
    assert_eq!(store.save_objective(&edited).unwrap(), later);
    edited.stamp.revision = 2;
    assert_eq!(store.load_dossier(account).unwrap().objectives[2], edited);

    store.delete_objective(fibre, None).unwrap();
    assert_eq!(store.load_dossier(account).unwrap().objectives.len(), 2);
    assert!(matches!(store.delete_objective(fibre, None), Err(StoreError::NotFound(_))));
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
    assert_eq!(loaded[1], Milestone { id: late_id, stamp: first_stamp(&loaded[1].stamp), ..late });

    store.set_milestone_done(early_id, None, Some(d("2026-04-02"))).unwrap();
    assert_eq!(store.load_dossier(account).unwrap().milestones[0].done, Some(d("2026-04-02")));
    store.set_milestone_done(early_id, None, None).unwrap();
    assert_eq!(store.load_dossier(account).unwrap().milestones[0].done, None);

    let mut moved = store.load_dossier(account).unwrap().milestones[0].clone();
    moved.due = d("2027-01-10");
    moved.title = "Q1 review (moved)".into();
    store.save_milestone(&moved).unwrap();
    let loaded = store.load_dossier(account).unwrap().milestones;
    moved.stamp.revision += 1;
    assert_eq!(loaded[1], moved);
    assert!(
        matches!(
            store.save_milestone(&Milestone { stamp: Default::default(), ..moved.clone() }),
            Err(StoreError::Conflict { .. })
        ),
        "a save from an older revision is refused"
    );

    assert!(matches!(store.save_milestone(&milestone(account, " ", "2026-01-01")), Err(StoreError::Invalid(_))));
    store.delete_milestone(late_id, None).unwrap();
    assert!(matches!(store.set_milestone_done(late_id, None, None), Err(StoreError::NotFound(_))));
    assert!(matches!(store.delete_milestone(late_id, None), Err(StoreError::NotFound(_))));
}
