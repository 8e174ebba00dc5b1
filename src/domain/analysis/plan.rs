//! Plan against actual: an annual objective's planned volume and expected
//! profit beside what was sold that year, and the pace against the calendar.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// How far an objective is: actual against planned, both in hundredths.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct PlanProgress {
    pub planned: i64,
    pub actual: i64,
    /// actual / planned; None without a positive plan.
    pub done: Option<f64>,
    /// actual against the part of the plan the calendar has used up by
    /// today (1.0: on pace); None for a year not begun or without a plan.
    pub pace: Option<f64>,
}

/// The share of `year` gone by the end of `today` (0 before it, 1 after it).
pub fn pace(year: i32, today: NaiveDate) -> f64 {
    if today.year() < year {
        return 0.0;
    }
    if today.year() > year {
        return 1.0;
    }
    let days = if NaiveDate::from_ymd_opt(year, 2, 29).is_some() { 366.0 } else { 365.0 };
    f64::from(today.ordinal()) / days
}

pub fn plan_progress(planned: i64, actual: i64, year: i32, today: NaiveDate) -> PlanProgress {
    let done = (planned > 0).then(|| actual as f64 / planned as f64);
    let gone = pace(year, today);
    let pace = (planned > 0 && gone > 0.0).then(|| actual as f64 / (planned as f64 * gone));
    PlanProgress { planned, actual, done, pace }
}

/// The number a planned volume starts with, in hundredths: "1 200 t" is
/// 120000, "40 licences" 4000, "about 5" nothing (the text is free; only a
/// leading number is a plan to measure against).
pub fn planned_number(text: &str) -> Option<i64> {
    let text = text.trim();
    let end = text
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\'' | ',' | '.')))
        .map_or(text.len(), |(i, _)| i);
    let number = text[..end].trim();
    if number.is_empty() {
        return None;
    }
    crate::l10n::parse_amount(number).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn progress_and_pace() {
        // Half the plan sold by 2 July (183 of 365 days): just ahead of pace.
        let p = plan_progress(1000, 500, 2026, day(2026, 7, 2));
        assert_eq!(p.done, Some(0.5));
        assert!((p.pace.unwrap() - 500.0 / (1000.0 * 183.0 / 365.0)).abs() < 1e-9);
        assert_eq!(plan_progress(0, 500, 2026, day(2026, 7, 2)).done, None);
        assert_eq!(plan_progress(1000, 0, 2027, day(2026, 7, 2)).pace, None);
        assert_eq!(plan_progress(1000, 1200, 2025, day(2026, 7, 2)).pace, Some(1.2));
        assert_eq!(pace(2028, day(2028, 12, 31)), 1.0);
    }

    #[test]
    fn a_planned_volume_is_measured_by_its_leading_number() {
        assert_eq!(planned_number("1 200 t"), Some(120_000));
        assert_eq!(planned_number("40 licences"), Some(4_000));
        assert_eq!(planned_number("2 500,5"), Some(250_050));
        assert_eq!(planned_number("about 5"), None);
        assert_eq!(planned_number(""), None);
    }
}
