//! Every alert sentence is written here, so they read alike.

use super::{Alert, Detail};
use crate::domain::text::cleaned_line;
use crate::l10n;
use crate::t;

/// Longest quoted item (next step, milestone title) kept in a sentence.
const QUOTE_CHARS: usize = 60;

/// The account's name (cleaned), a colon, and the description.
pub(super) fn sentence(alert: &Alert) -> String {
    let account = cleaned_line(&alert.account);
    let mut s = String::with_capacity(account.len() + 100);
    s.push_str(&account);
    s.push_str(": ");
    write_description(&mut s, alert);
    s
}

pub(super) fn description(alert: &Alert) -> String {
    let mut s = String::with_capacity(100);
    write_description(&mut s, alert);
    s
}

/// `date` and `days` are the alert's own: the due date and days late, or
/// the round date and days ahead.
fn write_description(s: &mut String, alert: &Alert) {
    let (date, days) = (l10n::date(alert.date), alert.days);
    let subject = alert.subject.as_deref().unwrap_or_default();
    let text = match alert.detail {
        Detail::Contact { standard, elapsed, never } => t!(
            if never { "alert-contact-never" } else { "alert-contact" },
            days = elapsed,
            standard = standard.to_string()
        ),
        Detail::FollowUp => t!("alert-follow-up", item = quoted(subject), days = days, date = date),
        Detail::Milestone => t!("alert-milestone", item = quoted(subject), days = days, date = date),
        Detail::Birthday { age } => t!(
            if alert.round { "alert-birthday-round" } else { "alert-birthday" },
            person = &*cleaned_line(subject),
            age = age,
            when = when(days),
            date = date
        ),
        Detail::BirthdayNoAge => {
            t!("alert-birthday-no-age", person = &*cleaned_line(subject), when = when(days), date = date)
        }
        Detail::Anniversary { years } => t!("alert-anniversary", years = years, when = when(days), date = date),
        Detail::Lapsing { elapsed, lost_after, lost } => {
            t!(if lost { "losses-alert-lost" } else { "losses-alert-lapsing" }, days = elapsed, lost_after = lost_after)
        }
        Detail::WinBack { means } => {
            use crate::domain::Choice;
            t!(
                if days == 0 { "losses-alert-win-back-today" } else { "losses-alert-win-back" },
                means = means.label(),
                item = quoted(subject),
                days = days,
                date = date
            )
        }
    };
    s.push_str(&text);
}

/// `today`, `tomorrow`, `in 3 days`.
fn when(days: i64) -> String {
    match days {
        0 => l10n::text("alert-when-today").to_string(),
        1 => l10n::text("alert-when-tomorrow").to_string(),
        n => t!("alert-when-in", days = n),
    }
}

/// ` "send the offer"` (the quotation marks are the language's), shortened
/// with an ellipsis; nothing when there is no text.
fn quoted(item: &str) -> String {
    let item = cleaned_line(item);
    if item.is_empty() {
        return String::new();
    }
    if item.chars().count() <= QUOTE_CHARS {
        return t!("alert-quoted", item = &*item);
    }
    let short: String = item.chars().take(QUOTE_CHARS - 1).collect();
    t!("alert-quoted", item = format!("{}…", short.trim_end()))
}
