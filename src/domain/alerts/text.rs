//! Every alert sentence is written here, so they read alike.

use std::fmt::Write;

use super::{Alert, Detail};
use crate::domain::text::clean_line;

/// Longest quoted item (next step, milestone title) kept in a sentence.
const QUOTE_CHARS: usize = 60;

/// The account's name (cleaned), a colon, and the description.
pub(super) fn sentence(alert: &Alert) -> String {
    let account = clean_line(&alert.account);
    let mut s = String::with_capacity(account.len() + 80);
    s.push_str(&account);
    s.push_str(": ");
    write_description(&mut s, alert);
    s
}

pub(super) fn description(alert: &Alert) -> String {
    let mut s = String::with_capacity(80);
    write_description(&mut s, alert);
    s
}

/// `date` and `days` are the alert's own: the due date and days late, or
/// the round date and days ahead.
fn write_description(s: &mut String, alert: &Alert) {
    let (date, days) = (alert.date, alert.days);
    let subject = alert.subject.as_deref().unwrap_or_default();
    // Writing into a String cannot fail.
    let _ = match alert.detail {
        Detail::Contact { standard, elapsed, never: false } => {
            write!(s, "no touchpoint for {} (standard {standard})", Count(elapsed, "day"))
        }
        Detail::Contact { standard, elapsed, never: true } => {
            write!(s, "no touchpoint since it was added {} ago (standard {standard})", Count(elapsed, "day"))
        }
        Detail::FollowUp => {
            s.push_str("follow-up");
            push_quoted(s, subject);
            write!(s, " is {} late (due {date})", Count(days, "day"))
        }
        Detail::Milestone => {
            s.push_str("milestone");
            push_quoted(s, subject);
            write!(s, " is {} late (due {date})", Count(days, "day"))
        }
        Detail::Birthday { age } => write!(
            s,
            "{} turns {age} {} ({date}){}",
            clean_line(subject),
            When(days),
            if alert.round { ", a round birthday" } else { "" }
        ),
        Detail::Anniversary { years } => {
            write!(s, "{} of cooperation {} ({date})", Count(i64::from(years), "year"), When(days))
        }
    };
}

/// `1 day`, `34 days`.
struct Count(i64, &'static str);

impl std::fmt::Display for Count {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let plural = if self.0 == 1 { "" } else { "s" };
        write!(f, "{} {}{plural}", self.0, self.1)
    }
}

/// `today`, `tomorrow`, `in 3 days`.
struct When(i64);

impl std::fmt::Display for When {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            0 => f.write_str("today"),
            1 => f.write_str("tomorrow"),
            n => write!(f, "in {n} days"),
        }
    }
}

/// ` "send the offer"`, shortened with an ellipsis; nothing when there is no text.
fn push_quoted(s: &mut String, item: &str) {
    let item = clean_line(item);
    if item.is_empty() {
        return;
    }
    s.push_str(" \"");
    if item.chars().count() <= QUOTE_CHARS {
        s.push_str(&item);
    } else {
        let short: String = item.chars().take(QUOTE_CHARS - 1).collect();
        s.push_str(short.trim_end());
        s.push('…');
    }
    s.push('"');
}
