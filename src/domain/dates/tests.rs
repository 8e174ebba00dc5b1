use super::*;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

#[test]
fn accepts_every_documented_shape() {
    let today = d("2026-11-23");
    let cases = [
        ("2026-03-01", "2026-03-01"),
        (" 2024-02-29 ", "2024-02-29"),
        ("today", "2026-11-23"),
        ("TODAY", "2026-11-23"),
        ("yesterday", "2026-11-22"),
        ("tomorrow", "2026-11-24"),
        ("+3d", "2026-11-26"),
        ("-3d", "2026-11-20"),
        ("+2w", "2026-12-07"),
        ("+0d", "2026-11-23"),
        ("+1m", "2026-12-23"),
        ("+1y", "2027-11-23"),
    ];
    for (input, expected) in cases {
        assert_eq!(parse_date(input, today), Ok(d(expected)), "input {input:?}");
    }
}

#[test]
fn month_arithmetic_clamps_to_month_end() {
    assert_eq!(parse_date("+1m", d("2026-01-31")), Ok(d("2026-02-28")));
    assert_eq!(parse_date("+1m", d("2028-01-31")), Ok(d("2028-02-29")));
}

#[test]
fn rejects_what_is_not_a_date() {
    let today = d("2026-11-23");
    for input in
        ["", "2026-02-30", "2025-02-29", "2026-3-1", "26-03-01", "+d", "+3x", "next week", "+3dd", "++3d", "2026-13-01"]
    {
        assert!(parse_date(input, today).is_err(), "accepted {input:?}");
    }
}

#[test]
fn absurd_offsets_are_errors_not_panics() {
    let today = d("2026-11-23");
    assert!(parse_date("+4294967295d", today).is_err());
    assert!(parse_date("+4294967295y", today).is_err());
    assert!(parse_date("-999999999w", today).is_err());
}

#[test]
fn empty_optional_date_is_none() {
    let today = d("2026-11-23");
    assert_eq!(parse_optional_date("  ", today), Ok(None));
    assert_eq!(parse_optional_date("today", today), Ok(Some(today)));
    assert!(parse_optional_date("soon", today).is_err());
}

#[test]
fn counts_days() {
    assert_eq!(days_between(d("2024-02-28"), d("2024-03-01")), 2);
    assert_eq!(days_between(d("2026-03-01"), d("2026-02-28")), -1);
}

#[test]
fn accepts_dotted_dates() {
    let today = d("2026-11-23");
    let cases = [
        ("31.12.2026", "2026-12-31"),
        ("01.03.2026", "2026-03-01"),
        ("1.3.2026", "2026-03-01"),
        ("31.12.1980", "1980-12-31"),
        ("29.02.2024", "2024-02-29"),
        ("31.12.2026.", "2026-12-31"),
        ("31.12.80", "1980-12-31"),
        ("01.01.26", "2026-01-01"),
        ("15.06.45", "2045-06-15"),
        ("15.06.46", "1946-06-15"),
        ("01.01.00", "2000-01-01"),
        ("29.11", "2026-11-29"),
        ("01.03", "2026-03-01"),
        ("1.3", "2026-03-01"),
        ("31.12.", "2026-12-31"),
    ];
    for (input, expected) in cases {
        assert_eq!(parse_date(input, today), Ok(d(expected)), "input {input:?}");
    }
}

#[test]
fn two_digit_years_fall_from_eighty_years_back_to_nineteen_ahead() {
    assert_eq!(full_year(46, 2026), 1946);
    assert_eq!(full_year(45, 2026), 2045);
    assert_eq!(full_year(99, 2026), 1999);
    assert_eq!(full_year(0, 2026), 2000);
    assert_eq!(full_year(80, 2100), 2080);
    assert_eq!(full_year(19, 2100), 2119);
    assert_eq!(full_year(20, 2100), 2020);
}

#[test]
fn a_day_and_month_is_this_year_for_a_plain_date_and_the_next_occurrence_for_a_due_one() {
    let today = d("2026-11-23");
    assert_eq!(parse_date("01.03", today), Ok(d("2026-03-01")));
    assert_eq!(parse_due_date("01.03", today), Ok(d("2027-03-01")));
    assert_eq!(parse_due_date("23.11", today), Ok(d("2026-11-23")), "today is the next occurrence");
    assert_eq!(parse_due_date("22.11", today), Ok(d("2027-11-22")));
    assert_eq!(parse_due_date("31.12", today), Ok(d("2026-12-31")));
    // The next 29 February, not a day that does not exist.
    assert_eq!(parse_due_date("29.02", today), Ok(d("2028-02-29")));
    assert_eq!(parse_date("29.02", today), Err(DateError::NoSuchDay("29.02".into())));
    // A year typed is kept in both flavours.
    assert_eq!(parse_due_date("01.03.2026", today), Ok(d("2026-03-01")));
    assert_eq!(parse_due_date("yesterday", today), Ok(d("2026-11-22")));
    assert_eq!(parse_optional_due_date(" ", today), Ok(None));
    assert_eq!(parse_optional_due_date("01.03", today), Ok(Some(d("2027-03-01"))));
}

#[test]
fn the_words_of_every_language_work_in_any_interface_language() {
    let today = d("2026-11-23");
    let cases = [
        ("сьогодні", "2026-11-23"),
        ("вчора", "2026-11-22"),
        ("учора", "2026-11-22"),
        ("завтра", "2026-11-24"),
        ("Вчора", "2026-11-22"),
        ("позавчора", "2026-11-21"),
        ("післязавтра", "2026-11-25"),
        ("сегодня", "2026-11-23"),
        ("вчера", "2026-11-22"),
        ("ВЧЕРА", "2026-11-22"),
        ("позавчера", "2026-11-21"),
        ("послезавтра", "2026-11-25"),
        ("დღეს", "2026-11-23"),
        ("გუშინ", "2026-11-22"),
        ("ხვალ", "2026-11-24"),
        ("გუშინწინ", "2026-11-21"),
        ("ზეგ", "2026-11-25"),
        (" t ", "2026-11-23"),
    ];
    for language in crate::l10n::Language::ALL {
        let _speaking = crate::l10n::scoped(language);
        for (input, expected) in cases {
            assert_eq!(parse_date(input, today), Ok(d(expected)), "{input:?} in {language:?}");
        }
    }
}

#[test]
fn shifts_take_the_unit_letters_of_every_language() {
    let today = d("2026-11-23");
    let cases = [
        ("+3д", "2026-11-26"),
        ("-3д", "2026-11-20"),
        ("+2т", "2026-12-07"),
        ("+2н", "2026-12-07"),
        ("+1м", "2026-12-23"),
        ("+1р", "2027-11-23"),
        ("+1г", "2027-11-23"),
        ("-1Г", "2025-11-23"),
        ("+3დ", "2026-11-26"),
        ("-2კ", "2026-11-09"),
        ("+1თ", "2026-12-23"),
        ("+1წ", "2027-11-23"),
        ("+3D", "2026-11-26"),
        ("+ 3 d", "2026-11-26"),
        ("−2w", "2026-11-09"),
    ];
    for (input, expected) in cases {
        assert_eq!(parse_date(input, today), Ok(d(expected)), "input {input:?}");
        assert_eq!(parse_due_date(input, today), Ok(d(expected)), "due {input:?}");
    }
}

#[test]
fn refusals_say_which_kind() {
    let today = d("2026-11-23");
    let no_such_day = ["31.02", "31.02.2026", "30.02.26", "29.02.2025", "2026-02-30", "31.04.2026"];
    for input in no_such_day {
        assert_eq!(parse_date(input, today), Err(DateError::NoSuchDay(input.into())), "{input:?}");
    }
    let unrecognised = [
        "",
        "   ",
        "2026-13-01",
        "32.01",
        "32.01.2026",
        "00.01.2026",
        "01.13.2026",
        "01.00",
        "+3x",
        "+3",
        "3d",
        "+д",
        "1.1.1",
        "1.1.123",
        "123.1.2026",
        "31/12/2026",
        "31..12",
        ".12",
        "31.12.2026.1",
        "завтрa",
        "сьогодня",
    ];
    for input in unrecognised {
        assert_eq!(parse_date(input, today), Err(DateError::Unrecognised(input.trim().into())), "{input:?}");
        assert!(parse_due_date(input, today).is_err(), "due {input:?}");
    }
    assert_eq!(parse_date("+99999999999d", today), Err(DateError::OutOfRange("+99999999999d".into())));
}

#[test]
fn refusals_are_one_sentence_in_the_interface_language() {
    use crate::l10n::{Language, scoped};
    let today = d("2026-11-23");
    let cases = [
        (Language::English, "'someday' is not a date: use YYYY-MM-DD, DD.MM.YYYY, DD.MM.YY, DD.MM, today, yesterday"),
        (Language::Ukrainian, "«someday» — не дата: введіть РРРР-ММ-ДД, ДД.ММ.РРРР, ДД.ММ.РР, ДД.ММ, сьогодні, вчора"),
        (Language::Russian, "«someday» — не дата: введите ГГГГ-ММ-ДД, ДД.ММ.ГГГГ, ДД.ММ.ГГ, ДД.ММ, сегодня, вчера"),
        (Language::Georgian, "„someday“ არ არის თარიღი: შეიყვანეთ წწწწ-თთ-დდ, დდ.თთ.წწწწ"),
    ];
    for (language, expected) in cases {
        let _speaking = scoped(language);
        let message = parse_date("someday", today).unwrap_err().to_string();
        assert!(message.starts_with(expected), "{language:?}: {message}");
        assert!(!message.contains('\n'), "{message}");
        let no_such_day = parse_date("31.02", today).unwrap_err().to_string();
        assert!(no_such_day.contains("31.02") && no_such_day != message, "{no_such_day}");
        let far = parse_date("+99999999999d", today).unwrap_err().to_string();
        assert!(far.contains("+99999999999d"), "{far}");
    }
    let _english = scoped(Language::English);
    assert_eq!(parse_date("31.02", today).unwrap_err().to_string(), "'31.02' is not a date: the month has no such day");
    assert_eq!(parse_date("+99999999999d", today).unwrap_err().to_string(), "'+99999999999d' is out of range");
}

#[test]
fn a_birthday_needs_its_year() {
    let today = d("2026-11-23");
    assert_eq!(parse("31.12.1980", today, Flavour::Birthday), Ok(d("1980-12-31")));
    assert_eq!(parse("31.12.80", today, Flavour::Birthday), Ok(d("1980-12-31")));
    let needs_year = DateError::NeedsYear { input: "01.03".into(), month: 3, day: 1 };
    assert_eq!(parse("01.03", today, Flavour::Birthday), Err(needs_year));
    assert_eq!(parse("31.02.1980", today, Flavour::Birthday), Err(DateError::NoSuchDay("31.02.1980".into())));
    assert_eq!(parse_optional(" ", today, Flavour::Birthday), Ok(None));
    let _ukrainian = crate::l10n::scoped(crate::l10n::Language::Ukrainian);
    let said = parse("01.03", today, Flavour::Birthday).unwrap_err().to_string();
    assert_eq!(said, "«01.03»: додайте рік, як-от 31.12.1980");
}
