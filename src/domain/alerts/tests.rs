//! Table-driven tests of the rules at their edges.

use std::sync::Arc;

use chrono::NaiveDate;

use super::*;
use crate::domain::cadence::Cadence;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn facts(id: i64, name: &str, last: Option<&str>) -> AccountFacts {
    AccountFacts {
        id: AccountId(id),
        name: name.into(),
        client_type: KeyClientType::Breadwinner,
        status: AccountStatus::Active,
        contact_every_days: None,
        created_on: d("2020-01-01"),
        cooperation_start: None,
        last_touchpoint: last.map(d),
    }
}

fn input(accounts: Vec<AccountFacts>) -> CheckInput {
    CheckInput { accounts, ..CheckInput::default() }
}

fn run(input: &CheckInput, today: &str) -> Vec<Alert> {
    check(input.clone(), d(today), &CheckSettings::default())
}

/// (kind, severity, date, days) of each alert, for compact comparisons.
fn brief(alerts: &[Alert]) -> Vec<(AlertKind, Severity, NaiveDate, i64)> {
    alerts.iter().map(|a| (a.kind, a.severity, a.date, a.days)).collect()
}

use AlertKind::{Anniversary, FollowUpOverdue, MilestoneOverdue, TouchpointDue, TouchpointOverdue};
use Severity::{Due, Overdue, Upcoming};

#[test]
fn touchpoint_thresholds_day_before_of_and_after() {
    // Breadwinner 14/21, last touchpoint 1 March.
    type Expected = Option<(AlertKind, Severity, &'static str, i64)>;
    let cases: [(&str, Expected); 8] = [
        ("2026-03-01", None),
        ("2026-03-14", None), // 13 days
        ("2026-03-15", None), // 14 days: on the ideal, still on time
        ("2026-03-16", Some((TouchpointDue, Due, "2026-03-15", 1))),
        ("2026-03-21", Some((TouchpointDue, Due, "2026-03-15", 6))),
        ("2026-03-22", Some((TouchpointDue, Due, "2026-03-15", 7))), // 21 days: on the max
        ("2026-03-23", Some((TouchpointOverdue, Overdue, "2026-03-22", 1))),
        ("2026-05-01", Some((TouchpointOverdue, Overdue, "2026-03-22", 40))),
    ];
    let inp = input(vec![facts(1, "Acme", Some("2026-03-01"))]);
    for (today, expected) in cases {
        let got = brief(&run(&inp, today));
        let expected: Vec<_> = expected.into_iter().map(|(k, s, date, n)| (k, s, d(date), n)).collect();
        assert_eq!(got, expected, "today {today}");
    }
}

#[test]
fn month_ends_leap_years_and_year_end() {
    // (last touchpoint, today, expected kind and days late)
    let cases = [
        ("2024-01-31", "2024-02-14", None),                     // 14 days across January's end
        ("2024-01-31", "2024-02-15", Some((TouchpointDue, 1))), // 15 days
        ("2024-02-15", "2024-03-07", Some((TouchpointDue, 7))), // 21 days over 29 Feb
        ("2024-02-15", "2024-03-08", Some((TouchpointOverdue, 1))),
        ("2025-02-15", "2025-03-08", Some((TouchpointDue, 7))), // 21 days, common year
        ("2025-02-15", "2025-03-09", Some((TouchpointOverdue, 1))),
        ("2025-12-20", "2026-01-10", Some((TouchpointDue, 7))),
        ("2025-12-20", "2026-01-11", Some((TouchpointOverdue, 1))),
        ("2026-04-30", "2026-05-14", None),
        ("2026-04-30", "2026-05-15", Some((TouchpointDue, 1))),
    ];
    for (last, today, expected) in cases {
        let inp = input(vec![facts(1, "Acme", Some(last))]);
        let got: Vec<_> = run(&inp, today).iter().map(|a| (a.kind, a.days)).collect();
        assert_eq!(got, expected.into_iter().collect::<Vec<_>>(), "last {last}, today {today}");
    }
}

#[test]
fn no_touchpoint_counts_from_creation() {
    let mut a = facts(1, "Acme", None);
    a.created_on = d("2026-03-01");
    let inp = input(vec![a]);
    let cases = [
        ("2026-03-01", None), // created today: not overdue at once
        ("2026-03-15", None),
        ("2026-03-16", Some((TouchpointDue, 1))),
        ("2026-03-22", Some((TouchpointDue, 7))),
        ("2026-03-23", Some((TouchpointOverdue, 1))),
    ];
    for (today, expected) in cases {
        let got: Vec<_> = run(&inp, today).iter().map(|a| (a.kind, a.days)).collect();
        assert_eq!(got, expected.into_iter().collect::<Vec<_>>(), "today {today}");
    }
    let alerts = run(&inp, "2026-03-23");
    assert_eq!(alerts[0].sentence(), "Acme: no touchpoint since it was added 22 days ago (standard 14/21)");
}

#[test]
fn an_old_touchpoint_before_creation_still_counts() {
    // History imported with the account: the last contact is what counts.
    let mut a = facts(1, "Acme", Some("2026-01-01"));
    a.created_on = d("2026-03-01");
    let alerts = run(&input(vec![a]), "2026-03-01");
    assert_eq!(brief(&alerts), vec![(TouchpointOverdue, Overdue, d("2026-01-22"), 38)]);
}

#[test]
fn per_type_defaults_and_the_account_override() {
    // (type, override, elapsed days, expected)
    let cases = [
        (KeyClientType::Prospect, None, 30, Some(TouchpointDue)),
        (KeyClientType::Prospect, None, 31, Some(TouchpointOverdue)),
        (KeyClientType::ImageMaker, None, 30, None),
        (KeyClientType::ImageMaker, None, 31, Some(TouchpointDue)),
        (KeyClientType::ImageMaker, None, 46, Some(TouchpointOverdue)),
        (KeyClientType::Expert, None, 21, None),
        (KeyClientType::Expert, None, 31, Some(TouchpointOverdue)),
        // every 7 days: 7/11
        (KeyClientType::ImageMaker, Some(7), 7, None),
        (KeyClientType::ImageMaker, Some(7), 8, Some(TouchpointDue)),
        (KeyClientType::ImageMaker, Some(7), 11, Some(TouchpointDue)),
        (KeyClientType::ImageMaker, Some(7), 12, Some(TouchpointOverdue)),
    ];
    let today = d("2026-06-30");
    for (client_type, every, elapsed, expected) in cases {
        let mut a = facts(1, "Acme", None);
        a.client_type = client_type;
        a.contact_every_days = every;
        a.last_touchpoint = Some(today - chrono::Duration::days(elapsed));
        let got: Vec<_> = check(input(vec![a]), today, &CheckSettings::default()).iter().map(|a| a.kind).collect();
        assert_eq!(got, expected.into_iter().collect::<Vec<_>>(), "{client_type:?} {every:?} {elapsed}");
    }
}

#[test]
fn settings_cadence_is_used() {
    let mut settings = CheckSettings::default();
    settings.cadence.breadwinner = Cadence::new(3, 5);
    let inp = input(vec![facts(1, "Acme", Some("2026-03-01"))]);
    let got: Vec<_> = check(inp.clone(), d("2026-03-05"), &settings).iter().map(|a| a.kind).collect();
    assert_eq!(got, vec![TouchpointDue]);
    let got: Vec<_> = check(inp.clone(), d("2026-03-07"), &settings).iter().map(|a| a.kind).collect();
    assert_eq!(got, vec![TouchpointOverdue]);
}

#[test]
fn future_touchpoint_is_not_late() {
    let inp = input(vec![facts(1, "Acme", Some("2026-04-01"))]);
    assert!(run(&inp, "2026-03-01").is_empty());
}

fn follow_up(tp: i64, account: i64, promised: &str, due: &str, step: &str) -> FollowUp {
    FollowUp {
        touchpoint_id: TouchpointId(tp),
        account_id: AccountId(account),
        promised_on: d(promised),
        next_step: step.to_string(),
        due: d(due),
    }
}

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
    inp.milestones = vec![OpenMilestone {
        id: MilestoneId(3),
        account_id: AccountId(1),
        title: "Q1 review".to_string(),
        due: d("2026-03-31"),
    }];
    let cases = [("2026-03-30", None), ("2026-03-31", None), ("2026-04-01", Some(1)), ("2026-04-30", Some(30))];
    for (today, expected) in cases {
        let got: Vec<_> = run(&inp, today).iter().filter(|a| a.kind == MilestoneOverdue).map(|a| a.days).collect();
        assert_eq!(got, expected.into_iter().collect::<Vec<_>>(), "today {today}");
    }
    let alert = run(&inp, "2026-04-01").into_iter().find(|a| a.kind == MilestoneOverdue).unwrap();
    assert_eq!(alert.item, AlertItem::Milestone(MilestoneId(3)));
    assert_eq!(alert.sentence(), "Acme: milestone \"Q1 review\" is 1 day late (due 2026-03-31)");
}

fn birthday_input(born: &str) -> CheckInput {
    let mut inp = input(vec![facts(1, "Acme", None)]);
    inp.accounts[0].contact_every_days = Some(100_000);
    inp.birthdays = vec![Birthday {
        person_id: PersonId(5),
        account_id: AccountId(1),
        name: "Olena Petrenko".to_string(),
        birthday: d(born),
    }];
    inp
}

#[test]
fn birthdays_within_the_window() {
    // (born, today, expected (date, days ahead, age-round))
    let cases = [
        ("1976-03-20", "2026-03-05", None),                           // 15 days ahead
        ("1976-03-20", "2026-03-06", Some(("2026-03-20", 14, true))), // 14 days: inside
        ("1976-03-20", "2026-03-19", Some(("2026-03-20", 1, true))),
        ("1976-03-20", "2026-03-20", Some(("2026-03-20", 0, true))),
        ("1976-03-20", "2026-03-21", None), // passed; next year is far
        ("1990-01-03", "2025-12-25", Some(("2026-01-03", 9, false))), // over the year end
        ("1990-01-03", "2025-12-19", None), // 15 days ahead
        ("1986-05-31", "2026-05-20", Some(("2026-05-31", 11, true))), // month end
        // 29 February: on 28 February in common years
        ("1996-02-29", "2027-02-20", Some(("2027-02-28", 8, false))),
        ("1996-02-29", "2027-02-28", Some(("2027-02-28", 0, false))),
        ("1996-02-29", "2027-03-01", None),
        ("1996-02-29", "2028-02-20", Some(("2028-02-29", 9, false))),
        ("1976-02-29", "2026-02-15", Some(("2026-02-28", 13, true))), // turns 50
        ("1996-02-28", "2028-02-28", Some(("2028-02-28", 0, false))),
        ("2026-03-10", "2026-03-01", None), // a date not yet come: no age
    ];
    for (born, today, expected) in cases {
        let got: Vec<_> = run(&birthday_input(born), today)
            .iter()
            .filter(|a| a.kind == AlertKind::Birthday)
            .map(|a| (a.date, a.days, a.round, a.severity))
            .collect();
        let expected: Vec<_> = expected.into_iter().map(|(date, n, r)| (d(date), n, r, Upcoming)).collect();
        assert_eq!(got, expected, "born {born}, today {today}");
    }
}

#[test]
fn round_birthdays() {
    let cases = [(20, false), (29, false), (30, true), (40, true), (45, false), (50, true), (100, true)];
    for (age, round) in cases {
        let born = format!("{}-03-10", 2026 - age);
        let alerts = run(&birthday_input(&born), "2026-03-01");
        assert_eq!(alerts.len(), 1, "age {age}");
        assert_eq!(alerts[0].round, round, "age {age}");
    }
    let text = |born: &str, today: &str| run(&birthday_input(born), today)[0].sentence();
    assert_eq!(
        text("1976-03-10", "2026-03-01"),
        "Acme: Olena Petrenko turns 50 in 9 days (2026-03-10), a round birthday"
    );
    assert_eq!(text("1985-03-10", "2026-03-09"), "Acme: Olena Petrenko turns 41 tomorrow (2026-03-10)");
    assert_eq!(text("1985-03-10", "2026-03-10"), "Acme: Olena Petrenko turns 41 today (2026-03-10)");
}

fn cooperation(start: &str) -> CheckInput {
    let mut inp = input(vec![facts(1, "Acme", None)]);
    inp.accounts[0].contact_every_days = Some(100_000);
    inp.accounts[0].cooperation_start = Some(d(start));
    inp
}

#[test]
fn round_anniversaries_of_the_cooperation() {
    // (start, today, expected (date, days, years in text))
    let cases = [
        ("2025-03-10", "2026-03-01", Some(("2026-03-10", 9, "1 year"))),
        ("2024-03-10", "2026-03-01", None), // 2 years
        ("2023-03-10", "2026-03-01", None),
        ("2022-03-10", "2026-03-01", None),
        ("2021-03-10", "2026-03-01", Some(("2026-03-10", 9, "5 years"))),
        ("2019-03-10", "2026-03-01", None),
        ("2016-03-10", "2026-03-01", Some(("2026-03-10", 9, "10 years"))),
        ("2011-03-10", "2026-03-01", Some(("2026-03-10", 9, "15 years"))),
        ("2006-03-10", "2026-03-01", Some(("2026-03-10", 9, "20 years"))),
        ("2021-03-16", "2026-03-01", None), // 15 days ahead
        ("2021-03-15", "2026-03-01", Some(("2026-03-15", 14, "5 years"))),
        ("2021-02-28", "2026-03-01", None),                              // just passed
        ("2026-03-01", "2026-03-01", None),                              // starts today: 0 years
        ("2026-03-05", "2026-03-01", None),                              // starts in the future
        ("2024-02-29", "2025-02-27", Some(("2025-02-28", 1, "1 year"))), // 29 Feb
        ("2024-02-29", "2029-02-28", Some(("2029-02-28", 0, "5 years"))),
        ("2020-12-31", "2025-12-20", Some(("2025-12-31", 11, "5 years"))),
    ];
    for (start, today, expected) in cases {
        let got: Vec<_> = run(&cooperation(start), today)
            .iter()
            .filter(|a| a.kind == Anniversary)
            .map(|a| {
                assert!(a.round);
                assert_eq!(a.item, AlertItem::Account(AccountId(1)));
                (a.date, a.days, a.sentence())
            })
            .collect();
        let expected: Vec<_> = expected
            .into_iter()
            .map(|(date, n, years)| {
                let when = match n {
                    0 => "today".to_string(),
                    1 => "tomorrow".to_string(),
                    n => format!("in {n} days"),
                };
                (d(date), n, format!("Acme: {years} of cooperation {when} ({date})"))
            })
            .collect();
        assert_eq!(got, expected, "start {start}, today {today}");
    }
}

#[test]
fn window_follows_the_setting() {
    let inp = birthday_input("1980-03-10");
    let cases =
        [(0, "2026-03-10", true), (0, "2026-03-09", false), (30, "2026-02-08", true), (30, "2026-02-07", false)];
    for (within_days, today, shown) in cases {
        let settings = CheckSettings { within_days, ..CheckSettings::default() };
        assert_eq!(!check(inp.clone(), d(today), &settings).is_empty(), shown, "{within_days} {today}");
    }
}

#[test]
fn lost_and_former_accounts_are_not_checked() {
    let everything = |status: AccountStatus| {
        let mut inp = cooperation("2021-03-10");
        inp.accounts[0].status = status;
        inp.accounts[0].contact_every_days = None; // never touched since 2020
        inp.follow_ups = vec![follow_up(7, 1, "2020-03-01", "2020-03-10", "call")];
        inp.milestones = vec![OpenMilestone {
            id: MilestoneId(3),
            account_id: AccountId(1),
            title: "review".to_string(),
            due: d("2020-03-31"),
        }];
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
    inp.milestones = vec![OpenMilestone {
        id: MilestoneId(3),
        account_id: AccountId(9),
        title: "review".to_string(),
        due: d("2020-03-31"),
    }];
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
        birthday: d("1990-03-01"), // today
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
    inp.milestones = vec![OpenMilestone {
        id: MilestoneId(3),
        account_id: AccountId(3),
        title: "review".to_string(),
        due: d("2026-02-01"),
    }];
    inp.birthdays = vec![Birthday {
        person_id: PersonId(1),
        account_id: AccountId(2),
        name: "Ann".to_string(),
        birthday: d("1990-03-01"),
    }];
    let flags = account_flags(&run(&inp, "2026-03-01"));
    let mut got: Vec<_> = flags.into_iter().collect();
    got.sort_by_key(|(id, _)| *id);
    let flag = |severity, days| AccountFlag { severity, days };
    assert_eq!(got, vec![(AccountId(1), flag(Due, 3)), (AccountId(4), flag(Overdue, 38))]);
}

#[test]
fn alert_keys_round_trip_as_text() {
    let keys = [
        AlertKey::Contact(AccountId(12)),
        AlertKey::FollowUp(TouchpointId(3)),
        AlertKey::Milestone(MilestoneId(4)),
        AlertKey::Birthday(PersonId(5)),
        AlertKey::Anniversary(AccountId(-6)),
    ];
    for key in keys {
        let text = key.to_string();
        assert_eq!(text.parse::<AlertKey>(), Ok(key));
        let json = serde_json::to_string(&key).unwrap();
        assert_eq!(json, format!("\"{text}\""));
        assert_eq!(serde_json::from_str::<AlertKey>(&json).unwrap(), key);
    }
    assert_eq!(AlertKey::Contact(AccountId(12)).to_string(), "contact:12");
    for bad in ["", "contact", "contact:", "contact:x", "call:1", ":1", "contact:1:2"] {
        assert!(bad.parse::<AlertKey>().is_err(), "{bad:?}");
    }
}

#[test]
fn every_alert_knows_its_key() {
    let mut inp = birthday_input("1980-03-05");
    inp.accounts[0].contact_every_days = None;
    inp.accounts[0].cooperation_start = Some(d("2025-03-03"));
    inp.follow_ups = vec![follow_up(7, 1, "2019-02-01", "2019-02-10", "call")];
    inp.milestones = vec![OpenMilestone {
        id: MilestoneId(3),
        account_id: AccountId(1),
        title: "review".to_string(),
        due: d("2020-03-31"),
    }];
    let alerts = run(&inp, "2026-03-01");
    let mut keys: Vec<_> = alerts.iter().map(|a| a.key()).collect();
    keys.sort();
    assert_eq!(
        keys,
        vec![
            AlertKey::Contact(AccountId(1)),
            AlertKey::FollowUp(TouchpointId(7)),
            AlertKey::Milestone(MilestoneId(3)),
            AlertKey::Birthday(PersonId(5)),
            AlertKey::Anniversary(AccountId(1)),
        ]
    );
    // Snoozing each key by its alert's own key hides exactly everything.
    inp.snoozes = keys.iter().map(|&key| Snooze { key, until: d("2026-03-01") }).collect();
    assert!(run(&inp, "2026-03-01").is_empty());
}

#[test]
fn json_has_the_promised_fields() {
    let inp = input(vec![facts(1, "Acme", Some("2026-02-01"))]);
    let alerts = run(&inp, "2026-03-07");
    let json = serde_json::to_value(&alerts).unwrap();
    assert_eq!(
        json,
        serde_json::json!([{
            "kind": "touchpoint_overdue",
            "severity": "overdue",
            "account_id": 1,
            "account": "Acme",
            "subject": null,
            "item": {"type": "account", "id": 1},
            "date": "2026-02-22",
            "days": 13,
            "round": false,
            "text": "Acme: no touchpoint for 34 days (standard 14/21)"
        }])
    );
}

#[test]
fn text_is_safe_for_a_terminal() {
    let inp = input(vec![facts(1, "Ac\x1b[2Jme\n", Some("2026-02-01"))]);
    let alerts = run(&inp, "2026-03-07");
    assert_eq!(alerts[0].sentence(), "Ac^[[2Jme: no touchpoint for 34 days (standard 14/21)");
    assert!(!alerts[0].sentence().chars().any(char::is_control));
}

/// 10,000 accounts, 50,000 open follow-ups, 50,000 birthdays: every account
/// late in some way. `cargo test --release --lib check_is_fast -- --ignored --nocapture`
#[test]
#[ignore]
fn check_is_fast() {
    let today = d("2026-06-30");
    let (promised, due, born, coop) = (d("2026-06-01"), d("2026-06-10"), d("1970-01-01"), d("2015-07-01"));
    let days = chrono::Duration::days;
    let mut inp = CheckInput::default();
    for i in 0..10_000 {
        let mut a = facts(i, &format!("Account {i}"), None);
        a.last_touchpoint = Some(today - days(i % 60));
        a.cooperation_start = Some(coop + days(i % 3000));
        inp.accounts.push(a);
        for j in 0..5 {
            inp.follow_ups.push(FollowUp {
                touchpoint_id: TouchpointId(i * 10 + j),
                account_id: AccountId(i),
                promised_on: promised,
                next_step: "call back".to_string(),
                due,
            });
            inp.birthdays.push(Birthday {
                person_id: PersonId(i * 10 + j),
                account_id: AccountId(i),
                name: format!("Person {j}"),
                birthday: born + days((i * 7 + j * 13) % 20000),
            });
        }
        inp.milestones.push(OpenMilestone {
            id: MilestoneId(i),
            account_id: AccountId(i),
            title: "review".to_string(),
            due: today - days(i % 20),
        });
    }
    let mut best = std::time::Duration::MAX;
    let mut found = 0;
    for _ in 0..5 {
        let start = std::time::Instant::now();
        found = check(inp.clone(), today, &CheckSettings::default()).len();
        best = best.min(start.elapsed());
    }
    println!("{found} alerts in {best:?}");
    assert!(best.as_millis() < 50);
}
