//! Touchpoint due and overdue: the contact standard at its edges.

use super::*;

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
