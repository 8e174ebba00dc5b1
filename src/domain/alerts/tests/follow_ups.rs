//! Late follow-ups and passed milestones.

use super::*;

#[test]
fn follow_up_late_only_after_its_due_date() {
    let mut inp = input(vec![facts(1, "Acme", Some("2026-03-01"))]);
    inp.follow_ups = vec![follow_up(7, 1, "2026-03-01", "2026-03-10", "send the offer")];
    let cases = [("2026-03-09", None), ("2026-03-10", None), ("2026-03-11", Some(1)), ("2026-03-14", Some(4))];
    for (today, expected) in cases {
        let got: Vec<_> = run(&inp, today).iter().filter(|a| a.kind == FollowUpOverdue).map(|a| a.days).collect();
        assert_eq!(got, expected.into_iter().collect::<Vec<_>>(), "today {today}");
    }
    let alert = run(&inp, "2026-03-11").into_iter().find(|a| a.kind == FollowUpOverdue).unwrap();
    assert_eq!(alert.item, AlertItem::Touchpoint(TouchpointId(7)));
    assert_eq!(alert.subject.as_deref(), Some("send the offer"));
    assert_eq!(alert.date, d("2026-03-10"));
    assert_eq!(alert.sentence(), "Acme: follow-up \"send the offer\" is 1 day late (due 2026-03-10)");
}

#[test]
fn follow_up_stays_late_whatever_contact_comes_after() {
    // A later contact alone does not do what was promised: only marking it
    // done (or logging a contact as its follow-up) closes it, and the store
    // then no longer hands it to the rules.
    for last in [None, Some("2026-02-28"), Some("2026-03-01"), Some("2026-03-02"), Some("2026-03-20")] {
        let mut inp = input(vec![facts(1, "Acme", last)]);
        inp.accounts[0].contact_every_days = Some(100);
        inp.follow_ups = vec![follow_up(7, 1, "2026-03-01", "2026-03-10", "call back")];
        let late: Vec<_> = run(&inp, "2026-03-21").into_iter().filter(|a| a.kind == FollowUpOverdue).collect();
        assert_eq!(late.len(), 1, "last contact {last:?}");
        assert_eq!(late[0].days, 11, "last contact {last:?}");
    }
}

#[test]
fn follow_up_without_text_and_long_text() {
    let mut inp = input(vec![facts(1, "Acme", Some("2026-03-01"))]);
    let long = "x".repeat(100);
    inp.follow_ups =
        vec![follow_up(7, 1, "2026-03-01", "2026-03-10", "  "), follow_up(8, 1, "2026-03-01", "2026-03-09", &long)];
    let alerts: Vec<_> = run(&inp, "2026-03-12").into_iter().filter(|a| a.kind == FollowUpOverdue).collect();
    assert_eq!(
        alerts[0].sentence(),
        format!("Acme: follow-up \"{}…\" is 3 days late (due 2026-03-09)", "x".repeat(59))
    );
    assert_eq!(alerts[1].subject, None);
    assert_eq!(alerts[1].sentence(), "Acme: follow-up is 2 days late (due 2026-03-10)");
}

#[test]
fn milestone_late_only_after_its_due_date() {
    let mut inp = input(vec![facts(1, "Acme", Some("2026-03-30"))]);
    inp.milestones = vec![open_milestone(3, 1, "Q1 review", d("2026-03-31"))];
    let cases = [("2026-03-30", None), ("2026-03-31", None), ("2026-04-01", Some(1)), ("2026-04-30", Some(30))];
    for (today, expected) in cases {
        let got: Vec<_> = run(&inp, today).iter().filter(|a| a.kind == MilestoneOverdue).map(|a| a.days).collect();
        assert_eq!(got, expected.into_iter().collect::<Vec<_>>(), "today {today}");
    }
    let alert = run(&inp, "2026-04-01").into_iter().find(|a| a.kind == MilestoneOverdue).unwrap();
    assert_eq!(alert.item, AlertItem::Milestone(MilestoneId(3)));
    assert_eq!(alert.sentence(), "Acme: milestone \"Q1 review\" is 1 day late (due 2026-03-31)");
}
