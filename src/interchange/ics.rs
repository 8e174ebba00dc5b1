//! Open follow-ups and milestones as an iCalendar file (RFC 5545) that a
//! calendar application can subscribe to.
//!
//! Each item is an all-day `VEVENT`, not a `VTODO`: calendars that
//! *subscribe* to a URL (Google Calendar, Outlook, Apple Calendar, Thunderbird)
//! show events, while to-dos are ignored by Google and Outlook and kept apart
//! from the calendar by Apple. An all-day event on the due date, marked
//! free (`TRANSP:TRANSPARENT`), is seen everywhere and blocks no time.
//!
//! UIDs come from the record's global id (`milestone-<uuid>@keyplan`,
//! `follow-up-<uuid>@keyplan`), which export and import keep, so a
//! re-exported file updates the same events when a date moves (even after
//! the portfolio moved to another machine), and an item that is done simply
//! disappears.
//! `DTSTAMP` is the day of the export, so the same data on the same day gives
//! the same bytes. Lines end in CRLF and are folded at 75 octets without
//! splitting a UTF-8 character; text is escaped (`\\`, `\;`, `\,`, `\n`).

use chrono::{Days, NaiveDate};

use super::content_line::{escape, push};
use crate::domain::Dossier;

/// The calendar of open follow-ups and milestones of the open accounts,
/// in date order (then summary).
pub fn calendar(portfolio: &[Dossier], today: NaiveDate) -> String {
    let mut out = Vec::new();
    let written: std::io::Result<usize> = write_calendar(&mut out, portfolio.iter().cloned().map(Ok), today);
    written.expect("writing to memory does not fail");
    String::from_utf8(out).unwrap_or_default()
}

/// The same, reading one dossier at a time (only the events are kept).
pub fn write_calendar<E: From<std::io::Error>>(
    out: &mut dyn std::io::Write,
    dossiers: impl IntoIterator<Item = Result<Dossier, E>>,
    today: NaiveDate,
) -> Result<usize, E> {
    let mut events = Vec::new();
    for d in dossiers {
        events.extend(events_of(&d?));
    }
    let count = events.len();
    out.write_all(render(events, today).as_bytes())?;
    Ok(count)
}

/// An event's UID from its record's global id, so a calendar that imports
/// the file again, from this machine or another, updates instead of adding.
fn event_uid(kind: &str, uid: &str, row: i64) -> String {
    if uid.is_empty() { format!("{kind}-{row}@keyplan") } else { format!("{kind}-{uid}@keyplan") }
}

fn events_of(d: &Dossier) -> Vec<Event> {
    let mut events = Vec::new();
    if !d.account.status.is_open() {
        return events;
    }
    let name = &d.account.name;
    for m in d.milestones.iter().filter(|m| m.done.is_none()) {
        events.push(Event {
            uid: event_uid("milestone", &m.stamp.uid, m.id.0),
            date: m.due,
            summary: crate::t!("doc-ics-milestone", title = m.title.as_str(), name = name.as_str()),
            description: m.note.clone(),
            category: "Milestone",
        });
    }
    for t in &d.touchpoints {
        let Some(due) = t.open_follow_up() else { continue };
        let step = if t.next_step.trim().is_empty() {
            crate::l10n::text("doc-ics-follow-up-default")
        } else {
            t.next_step.as_str()
        };
        let mut description =
            crate::t!("doc-ics-promised", date = crate::l10n::date(t.date), summary = t.summary.trim());
        let with = super::markdown::touchpoint_people(d, t);
        if !with.is_empty() {
            description.push_str(&format!("\n{}", crate::t!("doc-ics-with", people = with)));
        }
        events.push(Event {
            uid: event_uid("follow-up", &t.stamp.uid, t.id.0),
            date: due,
            summary: crate::t!("doc-ics-follow-up", step = step, name = name.as_str()),
            description,
            category: "Follow-up",
        });
    }
    events
}

fn render(mut events: Vec<Event>, today: NaiveDate) -> String {
    events.sort_by(|a, b| (a.date, &a.summary, &a.uid).cmp(&(b.date, &b.summary, &b.uid)));

    let stamp = format!("{}T000000Z", today.format("%Y%m%d"));
    let mut out = String::new();
    for line in ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//keyplan//keyplan//EN", "CALSCALE:GREGORIAN"] {
        push(&mut out, line);
    }
    push(&mut out, "METHOD:PUBLISH");
    push(&mut out, &format!("X-WR-CALNAME:{}", crate::l10n::text("doc-ics-calendar-name")));
    for e in &events {
        push(&mut out, "BEGIN:VEVENT");
        push(&mut out, &format!("UID:{}", e.uid));
        push(&mut out, &format!("DTSTAMP:{stamp}"));
        push(&mut out, &format!("DTSTART;VALUE=DATE:{}", e.date.format("%Y%m%d")));
        let end = e.date.checked_add_days(Days::new(1)).unwrap_or(e.date);
        push(&mut out, &format!("DTEND;VALUE=DATE:{}", end.format("%Y%m%d")));
        push(&mut out, &format!("SUMMARY:{}", escape(&e.summary)));
        if !e.description.trim().is_empty() {
            push(&mut out, &format!("DESCRIPTION:{}", escape(e.description.trim())));
        }
        push(&mut out, &format!("CATEGORIES:{}", e.category));
        push(&mut out, "TRANSP:TRANSPARENT");
        push(&mut out, "END:VEVENT");
    }
    push(&mut out, "END:VCALENDAR");
    out
}

struct Event {
    uid: String,
    date: NaiveDate,
    summary: String,
    description: String,
    category: &'static str,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sample_calendar_has_unique_uids_and_balanced_blocks() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let mut portfolio = crate::sample::sample_portfolio(today);
        // Give rows ids as the store would.
        let mut next = 1;
        for d in &mut portfolio {
            for m in &mut d.milestones {
                m.id = crate::domain::MilestoneId(next);
                next += 1;
            }
            for t in &mut d.touchpoints {
                t.id = crate::domain::TouchpointId(next);
                next += 1;
            }
        }
        let ics = calendar(&portfolio, today);
        let begins = ics.matches("BEGIN:VEVENT").count();
        assert!(begins > 5);
        assert_eq!(begins, ics.matches("END:VEVENT").count());
        let uids: std::collections::HashSet<&str> = ics.lines().filter(|l| l.starts_with("UID:")).collect();
        assert_eq!(uids.len(), begins);
    }
}
