//! Dates as a person types them, in any interface language (a Ukrainian
//! manager with an English interface still types `вчора`):
//!
//! - `2026-03-01` (ISO, the full shape), `31.12.2026`, `31.12.26`, `1.3.2026`;
//! - `31.12` (no year): this year for a plain date ([`parse_date`]: a
//!   contact, a birthday, a day something was done), the next occurrence,
//!   today or later, for a due date ([`parse_due_date`]: next steps,
//!   milestones, snoozes); refused for a birthday, which needs its year;
//! - two-digit years fall in the hundred years from 80 years before this
//!   year to 19 after it (in 2026: `46` is 1946, `45` is 2045), so birthdays
//!   and due dates both land where they are meant;
//! - the words for today, yesterday and tomorrow, and the days either side:
//!   `today` (`t`), `yesterday`, `tomorrow`; `сьогодні`, `вчора` (`учора`),
//!   `завтра`, `позавчора`, `післязавтра`; `сегодня`, `вчера`, `завтра`,
//!   `позавчера`, `послезавтра`; `დღეს`, `გუშინ`, `ხვალ`, `გუშინწინ`, `ზეგ`;
//! - a shift from today, `+3d`, `-2w`, `+1m`, `+1y`, with each language's
//!   unit letters: days `d`, `д`, `დ` (დღე); weeks `w`, `т` (тиждень),
//!   `н` (неделя), `კ` (კვირა); months `m`, `м`, `თ` (თვე); years `y`,
//!   `р` (рік), `г` (год), `წ` (წელი). Every letter works in every language.
//!
//! A refusal is one sentence in the interface language naming the forms.

use std::fmt;

use chrono::{Datelike, Days, Months, NaiveDate};

/// Where a date typed without a year (`31.12`) falls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavour {
    /// This year: the day of a contact, a birthday, a day something was done.
    Plain,
    /// The next occurrence, today or later: a due date, a milestone.
    Due,
    /// A birthday: a day and month without a year is not given a year (that
    /// would count the age from this year); it comes back as
    /// [`DateError::NeedsYear`] with its day and month, for the caller to
    /// keep as a birthday without a year or to refuse.
    Birthday,
}

/// Why a typed date was refused; each holds what was typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    /// No form of date at all.
    Unrecognised(String),
    /// A day the month does not have: `31.02`, `2026-02-30`.
    NoSuchDay(String),
    /// A shift beyond the calendar: `+4294967295y`.
    OutOfRange(String),
    /// A birthday typed without its year: `31.12`.
    NeedsYear { input: String, month: u32, day: u32 },
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            DateError::Unrecognised(input) => crate::t!("input-date-unrecognised", input = input.as_str()),
            DateError::NoSuchDay(input) => crate::t!("input-date-no-such-day", input = input.as_str()),
            DateError::OutOfRange(input) => crate::t!("input-date-out-of-range", input = input.as_str()),
            DateError::NeedsYear { input, .. } => crate::t!("input-date-needs-year", input = input.as_str()),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for DateError {}

/// Parses a typed date relative to `today`; `31.12` is this year's.
pub fn parse_date(input: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    parse(input, today, Flavour::Plain)
}

/// Parses a typed due date relative to `today`; `31.12` is its next
/// occurrence, today or later.
pub fn parse_due_date(input: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    parse(input, today, Flavour::Due)
}

/// Parses an optional date: empty input means "no date".
pub fn parse_optional_date(input: &str, today: NaiveDate) -> Result<Option<NaiveDate>, DateError> {
    parse_optional(input, today, Flavour::Plain)
}

/// Parses an optional due date: empty input means "no date".
pub fn parse_optional_due_date(input: &str, today: NaiveDate) -> Result<Option<NaiveDate>, DateError> {
    parse_optional(input, today, Flavour::Due)
}

/// Parses an optional date of either flavour: empty input means "no date".
pub fn parse_optional(input: &str, today: NaiveDate, flavour: Flavour) -> Result<Option<NaiveDate>, DateError> {
    if input.trim().is_empty() { Ok(None) } else { parse(input, today, flavour).map(Some) }
}

/// Parses a typed date of either flavour relative to `today`.
pub fn parse(input: &str, today: NaiveDate, flavour: Flavour) -> Result<NaiveDate, DateError> {
    let typed = input.trim();
    let text = typed.to_lowercase();
    let unrecognised = || DateError::Unrecognised(typed.to_string());
    let out_of_range = || DateError::OutOfRange(typed.to_string());
    if let Some(days) = word(&text) {
        return shift_days(today, days.signum(), days.unsigned_abs()).ok_or_else(out_of_range);
    }
    if let Some(date) = relative(&text, today) {
        return date.ok_or_else(out_of_range);
    }
    let parts = iso(&text).or_else(|| dotted(&text, today.year())).ok_or_else(unrecognised)?;
    let (year, month, day) = parts;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return Err(unrecognised());
    }
    let no_such_day = || DateError::NoSuchDay(typed.to_string());
    match year {
        Some(year) => NaiveDate::from_ymd_opt(year, month, day).ok_or_else(no_such_day),
        None if flavour == Flavour::Birthday => Err(DateError::NeedsYear { input: typed.to_string(), month, day }),
        None if flavour == Flavour::Plain => NaiveDate::from_ymd_opt(today.year(), month, day).ok_or_else(no_such_day),
        // The next 29.02 may be up to eight years away.
        None => (0..=8)
            .filter_map(|ahead| NaiveDate::from_ymd_opt(today.year() + ahead, month, day))
            .find(|date| *date >= today)
            .ok_or_else(no_such_day),
    }
}

/// Today, yesterday, tomorrow and the days either side, in every language:
/// the shift in days.
fn word(text: &str) -> Option<i64> {
    const WORDS: [(&str, i64); 19] = [
        ("today", 0),
        ("t", 0),
        ("yesterday", -1),
        ("tomorrow", 1),
        ("сьогодні", 0),
        ("вчора", -1),
        ("учора", -1),
        ("завтра", 1),
        ("позавчора", -2),
        ("післязавтра", 2),
        ("сегодня", 0),
        ("вчера", -1),
        ("позавчера", -2),
        ("послезавтра", 2),
        ("დღეს", 0),
        ("გუშინ", -1),
        ("ხვალ", 1),
        ("გუშინწინ", -2),
        ("ზეგ", 2),
    ];
    WORDS.iter().find(|(w, _)| *w == text).map(|(_, days)| *days)
}

/// The unit of a shift, by its letter in any language.
#[derive(Clone, Copy)]
enum Unit {
    Day,
    Week,
    Month,
    Year,
}

fn unit(letter: char) -> Option<Unit> {
    match letter {
        'd' | 'д' | 'დ' => Some(Unit::Day),
        'w' | 'т' | 'н' | 'კ' => Some(Unit::Week),
        'm' | 'м' | 'თ' => Some(Unit::Month),
        'y' | 'р' | 'г' | 'წ' => Some(Unit::Year),
        _ => None,
    }
}

/// `+3d`, `-2w`, `+1m`, `+1y`, `+3д`, `-2 т`: Some(result) when the shape matches.
fn relative(text: &str, today: NaiveDate) -> Option<Option<NaiveDate>> {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let first = compact.chars().next()?;
    let sign = match first {
        '+' => 1,
        '-' | '−' => -1,
        _ => return None,
    };
    let body = &compact[first.len_utf8()..];
    let letter = body.chars().next_back()?;
    let digits = &body[..body.len() - letter.len_utf8()];
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let unit = unit(letter)?;
    let Ok(count) = digits.parse::<u32>() else { return Some(None) };
    let shifted = match unit {
        Unit::Day => shift_days(today, sign, u64::from(count)),
        Unit::Week => shift_days(today, sign, u64::from(count) * 7),
        Unit::Month => shift_months(today, sign, count),
        Unit::Year => count.checked_mul(12).and_then(|months| shift_months(today, sign, months)),
    };
    Some(shifted)
}

fn shift_days(date: NaiveDate, sign: i64, days: u64) -> Option<NaiveDate> {
    if sign >= 0 { date.checked_add_days(Days::new(days)) } else { date.checked_sub_days(Days::new(days)) }
}

fn shift_months(date: NaiveDate, sign: i64, months: u32) -> Option<NaiveDate> {
    if sign > 0 { date.checked_add_months(Months::new(months)) } else { date.checked_sub_months(Months::new(months)) }
}

/// Year, month and day as typed: the year missing when it was not.
type Parts = (Option<i32>, u32, u32);

/// `2026-03-01`. chrono accepts `2026-3-1`; a form insists on the full
/// shape so the stored text and the typed text agree.
fn iso(text: &str) -> Option<Parts> {
    let parts: Vec<&str> = text.split('-').collect();
    let shape = [4, 2, 2];
    let fits = parts.len() == 3 && parts.iter().zip(shape).all(|(p, len)| p.len() == len && all_digits(p));
    fits.then(|| Some((Some(parts[0].parse().ok()?), parts[1].parse().ok()?, parts[2].parse().ok()?))).flatten()
}

/// `31.12.2026`, `31.12.26`, `1.3.2026`, `31.12`, `31.12.`: day and month of
/// one or two digits, a year of four or two digits or none.
fn dotted(text: &str, this_year: i32) -> Option<Parts> {
    let parts: Vec<&str> = text.strip_suffix('.').unwrap_or(text).split('.').collect();
    if !(2..=3).contains(&parts.len()) || !parts.iter().all(|p| all_digits(p)) {
        return None;
    }
    if parts[0].len() > 2 || parts[1].len() > 2 {
        return None;
    }
    let year = match parts.get(2) {
        None => None,
        Some(year) if year.len() == 4 => Some(year.parse().ok()?),
        Some(year) if year.len() == 2 => Some(full_year(year.parse().ok()?, this_year)),
        Some(_) => return None,
    };
    Some((year, parts[1].parse().ok()?, parts[0].parse().ok()?))
}

/// A two-digit year as the year ending in those digits within the hundred
/// years from 80 before `this_year` to 19 after it.
fn full_year(two_digits: i32, this_year: i32) -> i32 {
    let first = this_year - 80;
    let candidate = first - first.rem_euclid(100) + two_digits;
    if candidate < first { candidate + 100 } else { candidate }
}

fn all_digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

/// Whole days from `from` to `to` (negative when `to` is earlier).
pub fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    (to - from).num_days()
}

#[cfg(test)]
mod tests;
