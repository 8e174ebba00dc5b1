//! The contact log.

use crate::common::*;

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
    meeting.stamp = first_stamp(&loaded[2].stamp);
    assert_eq!(loaded[2], meeting, "people keep the order given");
    assert_eq!(store.last_channel().unwrap(), Some(Channel::Other));

    // Editing replaces the people links.
    meeting.people = vec![anna, anna];
    meeting.next_step_done = Some(d("2026-03-08"));
    store.save_touchpoint(&meeting).unwrap();
    let reloaded = store.load_dossier(account).unwrap().touchpoints;
    assert_eq!(reloaded[2].people, [anna]);
    assert_eq!(reloaded[2].next_step_done, Some(d("2026-03-08")));
    store.set_follow_up_done(meeting_id, None, None).unwrap();
    assert_eq!(store.load_dossier(account).unwrap().touchpoints[2].next_step_done, None);

    meeting.stamp.revision = 3;
    meeting.people = vec![stranger];
    assert!(matches!(store.save_touchpoint(&meeting), Err(StoreError::Invalid(_))));
    assert_eq!(store.load_dossier(account).unwrap().touchpoints[2].people, [anna], "refused edit rolled back");
    let mut new_with_stranger = Touchpoint::new(account, d("2026-03-06"), Channel::Call, "who?");
    new_with_stranger.people = vec![stranger];
    assert!(store.save_touchpoint(&new_with_stranger).is_err());
    assert_eq!(store.load_dossier(account).unwrap().touchpoints.len(), 6);

    // A deleted person leaves the contacts they took part in.
    store.delete_person(anna, None).unwrap();
    assert!(store.load_dossier(account).unwrap().touchpoints[2].people.is_empty());

    store.delete_touchpoint(meeting_id, None).unwrap();
    assert!(matches!(store.delete_touchpoint(meeting_id, None), Err(StoreError::NotFound(_))));
    assert!(matches!(store.set_follow_up_done(TouchpointId(999), None, None), Err(StoreError::NotFound(_))));
    assert_eq!(count(&dir.path().join("keyplan.db"), "touchpoint_people"), 0);
}

#[test]
fn last_channel_is_none_without_contacts() {
    let (_dir, store) = fresh();
    assert_eq!(store.last_channel().unwrap(), None);
}
