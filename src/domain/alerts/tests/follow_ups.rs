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
fn follow_up_closed_by_a_later_touchpoint() {
    // (last touchpoint of the account, open?)
    let cases = [
        (None, true),
        (Some("2026-02-28"), true), // an older touchpoint (the promise is the newest)
        (Some("2026-03-01"), true), // the same day does not close it
        (Some("2026-03-02"), false),
        (Some("2026-03-20"), false), // after the due date too
    ];
    for (last, open) in cases {
        assert_eq!(follow_up_is_open(d("2026-03-01"), last.map(d)), open, "{last:?}");
        let mut inp = input(vec![facts(1, "Acme", last)]);
        inp.accounts[0].contact_every_days = Some(100);
        inp.follow_ups = vec![follow_up(7, 1, "2026-03-01", "2026-03-10", "call back")];
        let got = run(&inp, "2026-03-21");
        assert_eq!(got.iter().any(|a| a.kind == FollowUpOverdue), open, "{last:?}");
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
