//! Amounts as people write them and read them.
//!
//! Shown: digits grouped by thousands with a space in every language (the
//! form keyplan has always shown, and the usual one in uk, ru and ka), and
//! the language's decimal mark (a point in English, a comma elsewhere).
//! Typed: spaces, non-breaking spaces, apostrophes and `_` group thousands;
//! a comma or a point is the decimal mark (when both appear, the last one
//! is). A field kept in whole units (annual sales, expected profit) rounds
//! half away from zero ([`whole_units`]); a count (headcount, days, a year)
//! refuses decimals.

use super::{Language, language};

/// `1234567` as `1 234 567`.
pub fn group_digits(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

/// An amount in hundredths (`125000050`) as the language writes it:
/// `1 250 000,50` (uk, ru, ka) or `1 250 000.50` (en); whole amounts
/// without decimals.
pub fn amount(hundredths: i64) -> String {
    let whole = group_digits(hundredths / 100);
    let cents = (hundredths % 100).unsigned_abs();
    let sign = if hundredths < 0 && hundredths / 100 == 0 { "-" } else { "" };
    if cents == 0 {
        return whole;
    }
    let mark = if language() == Language::English { '.' } else { ',' };
    format!("{sign}{whole}{mark}{cents:02}")
}

/// Why a typed amount was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AmountError {
    /// Not a number at all (holds what was typed).
    NotANumber(String),
    /// More than two decimals.
    TooPrecise(String),
    /// Too large to keep.
    TooLarge(String),
    /// `1.250`: a thousand and a quarter, or one and a quarter.
    Ambiguous(String),
}

impl std::fmt::Display for AmountError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            AmountError::NotANumber(input) => crate::t!("input-amount-not-a-number", input = input.as_str()),
            AmountError::TooPrecise(input) => crate::t!("input-amount-too-precise", input = input.as_str()),
            AmountError::TooLarge(input) => crate::t!("input-amount-too-large", input = input.as_str()),
            AmountError::Ambiguous(input) => crate::t!("input-amount-ambiguous", input = input.as_str()),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for AmountError {}

/// Hundredths rounded to whole units, half away from zero: `1 250 000,50`
/// is 1 250 001, `-0,50` is -1.
pub fn whole_units(hundredths: i64) -> i64 {
    let units = hundredths / 100;
    let rest = hundredths % 100;
    if rest >= 50 {
        units + 1
    } else if rest <= -50 {
        units - 1
    } else {
        units
    }
}

/// Reads a typed amount into hundredths: `1 250 000,50`, `1250000.5`,
/// `1'250'000`, `1,250,000.50`, `1.250.000,50`, `-300`.
pub fn parse_amount(input: &str) -> Result<i64, AmountError> {
    let typed = input.trim();
    // Whole digits, maybe grouped, and nothing else (the usual case): read
    // in place; anything else, or too large, goes the long way below.
    if let Some(hundredths) = whole_grouped_digits(typed) {
        return Ok(hundredths);
    }
    let not_a_number = || AmountError::NotANumber(typed.to_string());
    let (negative, body) = match typed.strip_prefix(['-', '−']) {
        Some(rest) => (true, rest.trim_start()),
        None => (false, typed.strip_prefix('+').unwrap_or(typed)),
    };
    let compact: String = body.chars().filter(|c| !is_group_separator(*c)).collect();
    if compact.is_empty() || !compact.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.') {
        return Err(not_a_number());
    }
    let (whole, fraction) = split_decimal(&compact).ok_or_else(not_a_number)?;
    if let Some(whole) = english_thousands(&compact, &fraction) {
        return finish(typed, negative, &whole, "");
    }
    if fraction.len() == 3 && compact.matches(['.', ',']).count() == 1 && compact.contains('.') {
        return Err(AmountError::Ambiguous(typed.to_string()));
    }
    finish(typed, negative, &whole, &fraction)
}

/// In English a lone comma before three digits groups thousands (`1,250`).
fn english_thousands(compact: &str, fraction: &str) -> Option<String> {
    let lone_comma = compact.matches(',').count() == 1 && !compact.contains('.');
    (language() == Language::English && lone_comma && fraction.len() == 3).then(|| compact.replace(',', ""))
}

fn finish(typed: &str, negative: bool, whole: &str, fraction: &str) -> Result<i64, AmountError> {
    let not_a_number = || AmountError::NotANumber(typed.to_string());
    if whole.is_empty() && fraction.is_empty() {
        return Err(not_a_number());
    }
    if fraction.len() > 2 {
        return Err(AmountError::TooPrecise(typed.to_string()));
    }
    let too_large = || AmountError::TooLarge(typed.to_string());
    let units: i64 = if whole.is_empty() { 0 } else { whole.parse().map_err(|_| too_large())? };
    let cents: i64 = format!("{fraction:0<2}").parse().map_err(|_| not_a_number())?;
    let value = units.checked_mul(100).and_then(|v| v.checked_add(cents)).ok_or_else(too_large)?;
    Ok(if negative { -value } else { value })
}

/// `1 250 000` as hundredths, when `typed` holds only digits and marks of
/// groups, and at least one digit.
fn whole_grouped_digits(typed: &str) -> Option<i64> {
    let mut units: i64 = 0;
    let mut digits = 0;
    for c in typed.chars() {
        if c.is_ascii_digit() {
            units = units.checked_mul(10)?.checked_add(i64::from(c as u8 - b'0'))?;
            digits += 1;
        } else if !is_group_separator(c) {
            return None;
        }
    }
    if digits == 0 {
        return None;
    }
    units.checked_mul(100)
}

fn is_group_separator(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'' | '’' | '_')
}

/// Splits digits with points and commas into the whole part (marks of
/// thousands removed) and the decimals. When both marks appear, the last
/// one is the decimal mark and the other must group by three; a lone mark
/// followed by exactly three digits, repeated (`1.250.000`), groups
/// thousands; otherwise a single mark is the decimal mark.
fn split_decimal(text: &str) -> Option<(String, String)> {
    let last_mark = text.rfind([',', '.']);
    let Some(at) = last_mark else { return Some((text.to_string(), String::new())) };
    let mark = text[at..].chars().next()?;
    let other = if mark == ',' { '.' } else { ',' };
    let marks_of = |c: char| text.matches(c).count();
    if marks_of(other) > 0 {
        // `1,250,000.50` or `1.250.000,50`: the other mark groups by three.
        let whole = &text[..at];
        if !groups_by_three(whole, other) || marks_of(mark) > 1 {
            return None;
        }
        return Some((whole.replace(other, ""), text[at + 1..].to_string()));
    }
    if marks_of(mark) > 1 {
        // `1.250.000` or `1,250,000`: thousands only.
        return groups_by_three(text, mark).then(|| (text.replace(mark, ""), String::new()));
    }
    Some((text[..at].to_string(), text[at + 1..].to_string()))
}

/// `1,250,000` grouped by `mark`: a first group of 1 to 3 digits, then
/// groups of exactly three.
fn groups_by_three(text: &str, mark: char) -> bool {
    let mut groups = text.split(mark);
    let first = groups.next().unwrap_or_default();
    (1..=3).contains(&first.len()) && groups.all(|g| g.len() == 3)
}

#[cfg(test)]
mod tests;
