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
    let (_dir, mut store) = fresh();
    assert_eq!(store.last_channel().unwrap(), None);
    let account = new_account(&mut store, "Acme", None);
    assert_eq!(store.channel_for(account).unwrap(), None);
}

#[test]
fn the_default_channel_is_the_accounts_last_then_the_last_anywhere() {
    let (_dir, mut store) = fresh();
    let acme = new_account(&mut store, "Acme", None);
    let globex = new_account(&mut store, "Globex", None);
    let initech = new_account(&mut store, "Initech", None);
    store.save_touchpoint(&Touchpoint::new(acme, d("2026-03-02"), Channel::Meeting, "newest of Acme")).unwrap();
    // Logged later but about an earlier day: not the account's last contact.
    store.save_touchpoint(&Touchpoint::new(acme, d("2026-02-01"), Channel::Visit, "older")).unwrap();
    store.save_touchpoint(&Touchpoint::new(globex, d("2026-01-05"), Channel::Email, "logged last")).unwrap();
    assert_eq!(store.channel_for(acme).unwrap(), Some(Channel::Meeting));
    assert_eq!(store.channel_for(globex).unwrap(), Some(Channel::Email));
    assert_eq!(store.channel_for(initech).unwrap(), Some(Channel::Email), "no contact yet: the last one anywhere");
}

fn promise(account: AccountId, date: &str, step: &str, due: Option<&str>) -> Touchpoint {
    let mut t = Touchpoint::new(account, d(date), Channel::Call, format!("promised: {step}"));
    t.next_step = step.into();
    t.next_step_due = due.map(d);
    t
}

/// The late follow-ups of `account` by the alert rules.
fn late_follow_ups(store: &Store, account: AccountId, today: &str) -> Vec<keyplan::domain::AlertItem> {
    use keyplan::domain::{AlertKind, CheckSettings, check};
    let input = store.check_input(d(today), 14).unwrap();
    check(input, d(today), &CheckSettings::default())
        .into_iter()
        .filter(|a| a.kind == AlertKind::FollowUpOverdue && a.account_id == account)
        .map(|a| a.item)
        .collect()
}

#[test]
fn a_later_contact_alone_leaves_a_late_follow_up_late() {
    use keyplan::domain::AlertItem;
    let (_dir, mut store) = fresh();
    let acme = new_account(&mut store, "Acme", None);
    let offer = store.save_touchpoint(&promise(acme, "2026-03-01", "Send the offer", Some("2026-03-10"))).unwrap();
    store.log_touchpoint(&Touchpoint::new(acme, d("2026-03-12"), Channel::Call, "test"), &[]).unwrap();
    store.save_touchpoint(&Touchpoint::new(acme, d("2026-03-13"), Channel::Call, "another")).unwrap();
    assert_eq!(late_follow_ups(&store, acme, "2026-03-14"), [AlertItem::Touchpoint(offer)]);
    let summary = &store.list_accounts().unwrap()[0];
    assert_eq!(summary.next_due, Some(d("2026-03-10")), "the portfolio's next due agrees with the check");
    let log = store.load_dossier(acme).unwrap().touchpoints;
    let promised = log.iter().find(|t| t.id == offer).unwrap();
    assert_eq!((promised.next_step_done, promised.followed_by), (None, None));
    assert_eq!(promised.open_follow_up(), Some(d("2026-03-10")));
}

#[test]
fn a_contact_logged_as_the_follow_up_closes_it_in_the_same_transaction() {
    let (dir, mut store) = fresh();
    let acme = new_account(&mut store, "Acme", None);
    let globex = new_account(&mut store, "Globex", None);
    let offer = store.save_touchpoint(&promise(acme, "2026-03-01", "Send the offer", Some("2026-03-10"))).unwrap();
    let brochure = store.save_touchpoint(&promise(acme, "2026-03-02", "Send the brochure", None)).unwrap();
    let later = store.save_touchpoint(&promise(acme, "2026-03-09", "Call the buyer", Some("2026-03-11"))).unwrap();
    let plain = store.save_touchpoint(&Touchpoint::new(acme, d("2026-03-03"), Channel::Email, "no promise")).unwrap();
    let theirs = store.save_touchpoint(&promise(globex, "2026-03-01", "Theirs", Some("2026-03-04"))).unwrap();
    let mut done = promise(acme, "2026-02-01", "Done already", Some("2026-02-03"));
    done.next_step_done = Some(d("2026-02-02"));
    let done = store.save_touchpoint(&done).unwrap();

    // Open ones with a due date, the soonest first.
    let open: Vec<_> = store.open_next_steps(acme).unwrap().into_iter().map(|s| s.touchpoint_id).collect();
    assert_eq!(open, [offer, later]);

    // Each refusal leaves everything as it was: no new touchpoint either.
    let path = dir.path().join("keyplan.db");
    let contact = Touchpoint::new(acme, d("2026-03-05"), Channel::Email, "offer sent");
    for (wrong, why) in [
        (theirs, "another account"),
        (plain, "no next step"),
        (done, "already closed"),
        (later, "promised after this contact"),
        (TouchpointId(999), "missing"),
    ] {
        let refused = store.log_touchpoint(&contact, &[offer, wrong]);
        assert!(matches!(refused, Err(StoreError::Invalid(_) | StoreError::NotFound(_))), "{why}: {refused:?}");
        assert_eq!(count(&path, "touchpoints"), 6, "{why}");
        assert_eq!(store.open_next_steps(acme).unwrap().len(), 2, "{why}");
    }

    // A step promised without a date can be followed up too.
    let id = store.log_touchpoint(&contact, &[offer, brochure]).unwrap();
    let log = store.load_dossier(acme).unwrap().touchpoints;
    let by_id = |wanted: TouchpointId| log.iter().find(|t| t.id == wanted).unwrap().clone();
    assert_eq!((by_id(offer).next_step_done, by_id(offer).followed_by), (Some(d("2026-03-05")), Some(id)));
    assert_eq!((by_id(brochure).next_step_done, by_id(brochure).followed_by), (Some(d("2026-03-05")), Some(id)));
    assert_eq!(by_id(later).next_step_done, None);
    assert_eq!(late_follow_ups(&store, acme, "2026-03-12"), [keyplan::domain::AlertItem::Touchpoint(later)]);

    // Reopened (x again), it forgets the contact that followed it.
    store.set_follow_up_done(offer, None, None).unwrap();
    let reopened = store.load_dossier(acme).unwrap().touchpoints.into_iter().find(|t| t.id == offer).unwrap();
    assert_eq!((reopened.next_step_done, reopened.followed_by), (None, None));
    // So does clearing its done date in the form.
    let mut edited = by_id(brochure);
    edited.next_step_done = None;
    store.save_touchpoint(&edited).unwrap();
    let cleared = store.load_dossier(acme).unwrap().touchpoints.into_iter().find(|t| t.id == brochure).unwrap();
    assert_eq!(cleared.followed_by, None);
}
