//! Dates as a person types them: `2026-03-01`, `today`, `yesterday`, `+3d`, `+2w`.

use chrono::{Days, Months, NaiveDate};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("'{0}' is not a date: use YYYY-MM-DD, today, yesterday, tomorrow, +3d, -2w or +1m")]
    Unrecognised(String),
    #[error("'{0}' is out of range")]
    OutOfRange(String),
}

/// Parses a typed date relative to `today`.
pub fn parse_date(input: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    let text = input.trim().to_lowercase();
    let unrecognised = || DateError::Unrecognised(input.trim().to_string());
    match text.as_str() {
        "today" | "t" => return Ok(today),
        "yesterday" => {
            return today.checked_sub_days(Days::new(1)).ok_or_else(unrecognised);
        }
        "tomorrow" => {
            return today.checked_add_days(Days::new(1)).ok_or_else(unrecognised);
        }
        _ => {}
    }
    if let Some(date) = relative(&text, today) {
        return date.ok_or_else(|| DateError::OutOfRange(input.trim().to_string()));
    }
    NaiveDate::parse_from_str(&text, "%Y-%m-%d").ok().filter(|_| is_iso_shape(&text)).ok_or_else(unrecognised)
}

/// Parses an optional date: empty input means "no date".
pub fn parse_optional_date(input: &str, today: NaiveDate) -> Result<Option<NaiveDate>, DateError> {
    if input.trim().is_empty() { Ok(None) } else { parse_date(input, today).map(Some) }
}

/// `+3d`, `-2w`, `+1m`, `+1y`: Some(result) when the shape matches.
fn relative(text: &str, today: NaiveDate) -> Option<Option<NaiveDate>> {
    let sign = match text.chars().next()? {
        '+' => 1,
        '-' => -1,
        _ => return None,
    };
    let body = &text[1..];
    let unit = body.chars().last()?;
    let digits = &body[..body.len() - unit.len_utf8()];
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let count: u32 = digits.parse().ok()?;
    let shifted = match unit {
        'd' => shift_days(today, sign, u64::from(count)),
        'w' => shift_days(today, sign, u64::from(count) * 7),
        'm' => shift_months(today, sign, count),
        'y' => shift_months(today, sign, count.checked_mul(12)?),
        _ => return None,
    };
    Some(shifted)
}

fn shift_days(date: NaiveDate, sign: i32, days: u64) -> Option<NaiveDate> {
    if sign > 0 { date.checked_add_days(Days::new(days)) } else { date.checked_sub_days(Days::new(days)) }
}

fn shift_months(date: NaiveDate, sign: i32, months: u32) -> Option<NaiveDate> {
    if sign > 0 { date.checked_add_months(Months::new(months)) } else { date.checked_sub_months(Months::new(months)) }
}

/// chrono accepts `2026-3-1`; a form should insist on the full shape so the
/// stored text and the typed text agree.
fn is_iso_shape(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    parts.len() == 3 && parts[0].len() == 4 && parts[1].len() == 2 && parts[2].len() == 2
}

/// Whole days from `from` to `to` (negative when `to` is earlier).
pub fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    (to - from).num_days()
}

#[cfg(test)]
mod tests {
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
        for input in [
            "",
            "2026-02-30",
            "2025-02-29",
            "2026-3-1",
            "26-03-01",
            "+d",
            "+3x",
            "next week",
            "+3dd",
            "++3d",
            "2026-13-01",
        ] {
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
}
