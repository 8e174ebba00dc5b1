//! Birthdays and anniversaries of the cooperation ahead.

use super::*;

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
fn a_birthday_without_a_year_is_announced_without_an_age() {
    let no_year = |month, day| {
        let mut inp = birthday_input("1980-01-01");
        inp.birthdays[0].birthday = crate::domain::BirthDate::no_year(month, day).unwrap();
        inp
    };
    let alerts = run(&no_year(12, 31), "2026-12-28");
    assert_eq!((alerts[0].date, alerts[0].days, alerts[0].round), (d("2026-12-31"), 3, false));
    assert_eq!(alerts[0].sentence(), "Acme: Olena Petrenko has a birthday in 3 days (2026-12-31)");
    assert_eq!(run(&no_year(1, 2), "2026-12-28")[0].date, d("2027-01-02"), "over the year end");
    assert_eq!(run(&no_year(2, 29), "2027-02-27")[0].date, d("2027-02-28"), "29 February in a common year");
    assert!(run(&no_year(12, 31), "2026-12-01").iter().all(|a| a.kind != AlertKind::Birthday), "outside the window");
    let _ukrainian = crate::l10n::scoped(crate::l10n::Language::Ukrainian);
    assert_eq!(
        run(&no_year(12, 31), "2026-12-31")[0].sentence(),
        format!("Acme: Olena Petrenko: день народження {} (31.12.2026)", crate::l10n::text("alert-when-today"))
    );
}
