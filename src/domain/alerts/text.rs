//! Every alert sentence is written here, so they read alike.

use std::fmt::Write;

use chrono::NaiveDate;

use crate::domain::cadence::Cadence;
use crate::domain::text::clean_line;

/// The kind-specific facts a sentence needs.
pub(super) enum What<'a> {
    /// `elapsed` days since the last touchpoint, or since creation when `never`.
    Contact {
        cadence: Cadence,
        elapsed: i64,
        never: bool,
    },
    FollowUp {
        step: &'a str,
    },
    Milestone {
        title: &'a str,
    },
    Birthday {
        name: &'a str,
        age: i32,
        round: bool,
    },
    Anniversary {
        years: i32,
    },
}

/// Longest quoted item (next step, milestone title) kept in a sentence.
const QUOTE_CHARS: usize = 60;

/// One line, safe for a terminal: "Acme: no touchpoint for 34 days (standard 14/21)".
/// `account` is the name already cleaned ([`clean_line`]); `date` and `days`
/// are the alert's own (due date and days late, or the round date and days ahead).
pub(super) fn sentence(account: &str, what: &What, date: NaiveDate, days: i64) -> String {
    let mut s = String::with_capacity(account.len() + 80);
    s.push_str(account);
    s.push_str(": ");
    // Writing into a String cannot fail.
    let _ = match what {
        What::Contact { cadence, elapsed, never: false } => {
            write!(s, "no touchpoint for {} (standard {cadence})", Count(*elapsed, "day"))
        }
        What::Contact { cadence, elapsed, never: true } => {
            write!(s, "no touchpoint since it was added {} ago (standard {cadence})", Count(*elapsed, "day"))
        }
        What::FollowUp { step } => {
            s.push_str("follow-up");
            push_quoted(&mut s, step);
            write!(s, " is {} late (due {date})", Count(days, "day"))
        }
        What::Milestone { title } => {
            s.push_str("milestone");
            push_quoted(&mut s, title);
            write!(s, " is {} late (due {date})", Count(days, "day"))
        }
        What::Birthday { name, age, round } => write!(
            s,
            "{} turns {age} {} ({date}){}",
            clean_line(name),
            When(days),
            if *round { ", a round birthday" } else { "" }
        ),
        What::Anniversary { years } => {
            write!(s, "{} of cooperation {} ({date})", Count(i64::from(*years), "year"), When(days))
        }
    };
    s
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
