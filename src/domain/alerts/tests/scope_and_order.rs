//! Which accounts are checked, snoozes, and the order and counts of alerts.

use super::*;

#[test]
fn lost_and_former_accounts_are_not_checked() {
    let everything = |status: AccountStatus| {
        let mut inp = cooperation("2021-03-10");
        inp.accounts[0].status = status;
        inp.accounts[0].contact_every_days = None; // never touched since 2020
        inp.follow_ups = vec![follow_up(7, 1, "2020-03-01", "2020-03-10", "call")];
        inp.milestones = vec![open_milestone(3, 1, "review", d("2020-03-31"))];
        inp.birthdays = birthday_input("1980-03-05").birthdays;
        let mut kinds: Vec<_> = run(&inp, "2026-03-01").iter().map(|a| a.kind).collect();
        kinds.sort();
        kinds
    };
    let all = vec![TouchpointOverdue, FollowUpOverdue, MilestoneOverdue, AlertKind::Birthday, Anniversary];
    assert_eq!(everything(AccountStatus::Active), all);
    assert_eq!(everything(AccountStatus::Prospect), all);
    assert_eq!(everything(AccountStatus::AtRisk), all);
    assert_eq!(everything(AccountStatus::Lost), vec![]);
    assert_eq!(everything(AccountStatus::Former), vec![]);
}

#[test]
fn rows_of_unknown_accounts_are_ignored() {
    let mut inp = input(vec![]);
    inp.follow_ups = vec![follow_up(7, 9, "2020-03-01", "2020-03-10", "call")];
    inp.milestones = vec![open_milestone(3, 9, "review", d("2020-03-31"))];
    assert!(run(&inp, "2026-03-01").is_empty());
}

#[test]
fn snoozed_alerts_are_left_out_until_their_date_has_passed() {
    let mut inp = birthday_input("1980-03-05");
    inp.accounts[0].contact_every_days = None;
    inp.accounts[0].last_touchpoint = Some(d("2026-02-01")); // 28 days: overdue
    inp.follow_ups = vec![follow_up(7, 1, "2026-02-01", "2026-02-10", "call")];
    let kinds = |inp: &CheckInput, today: &str| {
        let mut k: Vec<_> = run(inp, today).iter().map(|a| a.kind).collect();
        k.sort();
        k
    };
    assert_eq!(kinds(&inp, "2026-03-01"), vec![TouchpointOverdue, FollowUpOverdue, AlertKind::Birthday]);
    let cases = [
        (AlertKey::Contact(AccountId(1)), "2026-03-01", vec![FollowUpOverdue, AlertKind::Birthday]),
        (AlertKey::Contact(AccountId(1)), "2026-03-31", vec![FollowUpOverdue, AlertKind::Birthday]),
        (AlertKey::Contact(AccountId(1)), "2026-02-28", vec![TouchpointOverdue, FollowUpOverdue, AlertKind::Birthday]),
        (AlertKey::Contact(AccountId(2)), "2026-03-31", vec![TouchpointOverdue, FollowUpOverdue, AlertKind::Birthday]),
        (AlertKey::FollowUp(TouchpointId(7)), "2026-03-01", vec![TouchpointOverdue, AlertKind::Birthday]),
        (AlertKey::Birthday(PersonId(5)), "2026-03-02", vec![TouchpointOverdue, FollowUpOverdue]),
        (
            AlertKey::Milestone(MilestoneId(7)),
            "2026-03-02",
            vec![TouchpointOverdue, FollowUpOverdue, AlertKind::Birthday],
        ),
    ];
    for (key, until, expected) in cases {
        let mut inp = inp.clone();
        inp.snoozes = vec![Snooze { key, until: d(until) }];
        assert_eq!(kinds(&inp, "2026-03-01"), expected, "{key} until {until}");
    }
    // A snooze taken while due still holds when the account turns overdue.
    let mut inp = input(vec![facts(1, "Acme", Some("2026-03-01"))]);
    inp.snoozes = vec![Snooze { key: AlertKey::Contact(AccountId(1)), until: d("2026-03-25") }];
    assert!(run(&inp, "2026-03-16").is_empty());
    assert!(run(&inp, "2026-03-25").is_empty());
    assert_eq!(run(&inp, "2026-03-26")[0].kind, TouchpointOverdue);
}

#[test]
fn most_urgent_first() {
    let mut inp = input(vec![
        facts(1, "bravo", Some("2026-02-01")),   // 28 days: overdue by 7
        facts(2, "Alpha", Some("2026-02-01")),   // the same, sorted by name ignoring case
        facts(3, "Charlie", Some("2026-01-01")), // overdue by 38
        facts(4, "Delta", Some("2026-02-12")),   // 17 days: due by 3
        facts(5, "Echo", Some("2026-02-14")),    // 15 days: due by 1
        facts(6, "Foxtrot", Some("2026-03-01")),
    ]);
    inp.accounts[5].cooperation_start = Some(d("2025-03-03")); // 2 days ahead
    inp.birthdays = vec![Birthday {
        person_id: PersonId(1),
        account_id: AccountId(6),
        name: "Ann".to_string(),
        birthday: d("1990-03-01").into(), // today
    }];
    inp.follow_ups = vec![follow_up(9, 6, "2026-03-01", "2026-02-20", "call")]; // overdue by 9
    let got: Vec<_> = run(&inp, "2026-03-01").iter().map(|a| (a.account.clone(), a.kind, a.days)).collect();
    let expected = [
        ("Charlie", TouchpointOverdue, 38),
        ("Foxtrot", FollowUpOverdue, 9),
        ("Alpha", TouchpointOverdue, 7),
        ("bravo", TouchpointOverdue, 7),
        ("Delta", TouchpointDue, 3),
        ("Echo", TouchpointDue, 1),
        ("Foxtrot", AlertKind::Birthday, 0),
        ("Foxtrot", Anniversary, 2),
    ];
    let expected: Vec<_> = expected.iter().map(|(n, k, days)| (Arc::<str>::from(*n), *k, *days)).collect();
    assert_eq!(got, expected);
}

#[test]
fn counts_in_the_status_line_form() {
    let mut inp = input(vec![
        facts(1, "A", Some("2026-01-01")),
        facts(2, "B", Some("2026-01-01")),
        facts(3, "C", Some("2026-02-12")),
    ]);
    inp.birthdays = birthday_input("1980-03-05").birthdays;
    let alerts = run(&inp, "2026-03-01");
    let c = counts(&alerts);
    assert_eq!(c, AlertCounts { overdue: 2, due: 1, upcoming: 1 });
    assert_eq!(c.to_string(), "2 overdue · 1 due");
    assert_eq!(counts(&[]).to_string(), "0 overdue · 0 due");
    assert_eq!(AlertCounts { overdue: 3, due: 5, upcoming: 2 }.to_string(), "3 overdue · 5 due");
}

#[test]
fn flags_come_from_the_contact_standard_only() {
    let mut inp = input(vec![
        facts(1, "A", Some("2026-02-12")), // 17 days: due by 3
        facts(2, "B", Some("2026-03-01")),
        facts(3, "C", Some("2026-03-01")),
        facts(4, "D", Some("2026-01-01")), // overdue by 38
    ]);
    inp.follow_ups = vec![follow_up(9, 1, "2026-02-12", "2026-02-20", "call")];
    inp.milestones = vec![open_milestone(3, 3, "review", d("2026-02-01"))];
    inp.birthdays = vec![Birthday {
        person_id: PersonId(1),
        account_id: AccountId(2),
        name: "Ann".to_string(),
        birthday: d("1990-03-01").into(),
    }];
    let flags = account_flags(&run(&inp, "2026-03-01"));
    let mut got: Vec<_> = flags.into_iter().collect();
    got.sort_by_key(|(id, _)| *id);
    let flag = |severity, days| AccountFlag { severity, days };
    assert_eq!(got, vec![(AccountId(1), flag(Due, 3)), (AccountId(4), flag(Overdue, 38))]);
}
