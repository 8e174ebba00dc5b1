//! The rules of the check, one function per kind of alert.

use std::collections::{HashMap, HashSet};

use chrono::{Datelike, Days, NaiveDate};

use super::text::{What, sentence};
use super::{
    AccountFacts, Alert, AlertItem, AlertKey, AlertKind, Birthday, CheckInput, CheckSettings, FollowUp, OpenMilestone,
    Severity,
};
use crate::domain::AccountId;
use crate::domain::cadence::cadence_of;
use crate::domain::text::clean_line;

/// Runs every rule over `input` as of `today`, most urgent first.
///
/// Only open accounts (not lost, not former) are checked, for every rule.
///
/// - **Touchpoint due / overdue.** The clock runs from the last touchpoint of
///   any channel; an account with none runs from the day it was created, as
///   if that were its first contact (a brand-new account is not overdue at
///   once; one left untouched past its maximum is). With `d` whole days
///   since then and the standard `ideal/max` ([`cadence_of`]): due when
///   `d > ideal`, overdue when `d > max` ("past the interval" means strictly
///   more days; on day `ideal` the contact is still on time). `date` is the
///   last day on time (`last + ideal` or `last + max`); `days` counts past it.
/// - **Follow-up overdue.** A next step not marked done, whose due date is
///   before today (due today is not late yet), and that is still open by
///   [`follow_up_is_open`]. `days` = today - due.
/// - **Milestone overdue.** A milestone not marked done with due < today.
/// - **Birthday / anniversary (upcoming).** The next occurrence of the date
///   ([`next_occurrence`]) within `0..=within_days` days from today. Every
///   birthday is announced, round ones (30, 40, 50...) marked `round`; only
///   round cooperation anniversaries are (1 year, then 5, 10, 15...).
///
/// Alerts whose key has a snooze with `until >= today` are left out.
/// Order: overdue, due, upcoming; late ones with the most days late first,
/// upcoming ones soonest first; then account name (ignoring case), kind, item.
pub fn check(input: &CheckInput, today: NaiveDate, settings: &CheckSettings) -> Vec<Alert> {
    let accounts = Accounts::new(&input.accounts);
    let snoozed: HashSet<AlertKey> = input.snoozes.iter().filter(|s| s.until >= today).map(|s| s.key).collect();
    let live = |key: AlertKey| !snoozed.contains(&key);

    // Alerts are large: sort their places (severity, lateness, name rank,
    // kind, item) with their index, then move each alert once.
    let guess = accounts.open.len() + input.follow_ups.len() + input.milestones.len();
    let mut found: Vec<Option<Alert>> = Vec::with_capacity(guess);
    let mut order: Vec<(SortKey, usize)> = Vec::with_capacity(guess);
    let mut push = |rank: u32, alert: Option<Alert>| {
        if let Some(a) = alert {
            let days = if a.severity == Severity::Upcoming { a.days } else { -a.days };
            order.push(((a.severity, days, rank, a.kind, a.item), found.len()));
            found.push(Some(a));
        }
    };
    for acc in &accounts.open {
        if live(AlertKey::Contact(acc.facts.id)) {
            push(acc.rank, contact(acc, today, settings));
        }
        if live(AlertKey::Anniversary(acc.facts.id)) {
            push(acc.rank, anniversary(acc, today, settings.within_days));
        }
    }
    for f in &input.follow_ups {
        if let Some(acc) = accounts.get(f.account_id)
            && live(AlertKey::FollowUp(f.touchpoint_id))
        {
            push(acc.rank, follow_up(acc, f, today));
        }
    }
    for m in &input.milestones {
        if let Some(acc) = accounts.get(m.account_id)
            && live(AlertKey::Milestone(m.id))
        {
            push(acc.rank, milestone(acc, m, today));
        }
    }
    for b in &input.birthdays {
        if let Some(acc) = accounts.get(b.account_id)
            && live(AlertKey::Birthday(b.person_id))
        {
            push(acc.rank, birthday(acc, b, today, settings.within_days));
        }
    }
    order.sort_unstable();
    order.iter().filter_map(|&(_, i)| found[i].take()).collect()
}

type SortKey = (Severity, i64, u32, AlertKind, AlertItem);

/// An open account as the rules see it.
struct Acc<'a> {
    facts: &'a AccountFacts,
    /// Place in the order of names, ignoring case (ties by id).
    rank: u32,
    /// The name, cleaned once for every sentence about this account.
    label: String,
}

struct Accounts<'a> {
    open: Vec<Acc<'a>>,
    by_id: HashMap<AccountId, usize>,
}

impl<'a> Accounts<'a> {
    fn new(all: &'a [AccountFacts]) -> Self {
        let mut named: Vec<(String, &AccountFacts)> =
            all.iter().filter(|a| a.status.is_open()).map(|a| (a.name.to_lowercase(), a)).collect();
        named.sort_unstable_by(|(x, a), (y, b)| x.cmp(y).then(a.id.cmp(&b.id)));
        let open: Vec<Acc> = named
            .into_iter()
            .enumerate()
            .map(|(rank, (_, facts))| Acc {
                facts,
                rank: u32::try_from(rank).unwrap_or(u32::MAX),
                label: clean_line(&facts.name),
            })
            .collect();
        let by_id = open.iter().enumerate().map(|(i, acc)| (acc.facts.id, i)).collect();
        Accounts { open, by_id }
    }

    fn get(&self, id: AccountId) -> Option<&Acc<'a>> {
        self.by_id.get(&id).map(|&i| &self.open[i])
    }
}

/// The follow-up rule: a promised next step not marked done stays open until
/// a touchpoint of the same account is logged on a LATER date than the one
/// that made the promise. Talking to the customer again settles or replaces
/// the promise (the newer touchpoint carries the next step that counts now);
/// touchpoints of the same day do not close each other, because their order
/// within a day is not reliable. Marking it done (by itself, or ticking it
/// when logging the later touchpoint) sets `next_step_done` and closes it too.
pub fn follow_up_is_open(promised_on: NaiveDate, last_touchpoint: Option<NaiveDate>) -> bool {
    last_touchpoint.is_none_or(|last| last <= promised_on)
}

/// The first day on or after `today` on which the month and day of `date`
/// come round. 29 February falls on 28 February in common years (the day
/// still belongs to February, and it is the day people celebrate).
pub fn next_occurrence(date: NaiveDate, today: NaiveDate) -> Option<NaiveDate> {
    let this_year = in_year(date, today.year())?;
    if this_year >= today { Some(this_year) } else { in_year(date, today.year() + 1) }
}

fn in_year(date: NaiveDate, year: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, date.month(), date.day())
        .or_else(|| (date.month() == 2 && date.day() == 29).then(|| NaiveDate::from_ymd_opt(year, 2, 28)).flatten())
}

fn contact(acc: &Acc, today: NaiveDate, settings: &CheckSettings) -> Option<Alert> {
    let facts = acc.facts;
    let cadence = cadence_of(facts.status, facts.client_type, facts.contact_every_days, &settings.cadence)?;
    let since = facts.last_touchpoint.unwrap_or(facts.created_on);
    let elapsed = (today - since).num_days();
    let (kind, severity, limit) = if elapsed > i64::from(cadence.max_days) {
        (AlertKind::TouchpointOverdue, Severity::Overdue, cadence.max_days)
    } else if elapsed > i64::from(cadence.ideal_days) {
        (AlertKind::TouchpointDue, Severity::Due, cadence.ideal_days)
    } else {
        return None;
    };
    let days = elapsed - i64::from(limit);
    let what = What::Contact { cadence, elapsed, never: facts.last_touchpoint.is_none() };
    Some(Alert {
        kind,
        severity,
        account_id: facts.id,
        text: sentence(&acc.label, &what, today, days),
        account: facts.name.clone(),
        subject: None,
        item: AlertItem::Account(facts.id),
        date: since.checked_add_days(Days::new(u64::from(limit)))?,
        days,
        round: false,
    })
}

fn follow_up(acc: &Acc, f: &FollowUp, today: NaiveDate) -> Option<Alert> {
    let facts = acc.facts;
    if f.due >= today || !follow_up_is_open(f.promised_on, facts.last_touchpoint) {
        return None;
    }
    let days = (today - f.due).num_days();
    let what = What::FollowUp { step: &f.next_step };
    Some(Alert {
        kind: AlertKind::FollowUpOverdue,
        severity: Severity::Overdue,
        account_id: facts.id,
        account: facts.name.clone(),
        subject: (!f.next_step.trim().is_empty()).then(|| f.next_step.clone()),
        item: AlertItem::Touchpoint(f.touchpoint_id),
        date: f.due,
        days,
        round: false,
        text: sentence(&acc.label, &what, f.due, days),
    })
}

fn milestone(acc: &Acc, m: &OpenMilestone, today: NaiveDate) -> Option<Alert> {
    let facts = acc.facts;
    if m.due >= today {
        return None;
    }
    let days = (today - m.due).num_days();
    let what = What::Milestone { title: &m.title };
    Some(Alert {
        kind: AlertKind::MilestoneOverdue,
        severity: Severity::Overdue,
        account_id: facts.id,
        account: facts.name.clone(),
        subject: Some(m.title.clone()),
        item: AlertItem::Milestone(m.id),
        date: m.due,
        days,
        round: false,
        text: sentence(&acc.label, &what, m.due, days),
    })
}

/// The next occurrence of `date` within the window, with its day count and
/// the number of years since `date`; None outside the window or before `date`.
fn ahead(date: NaiveDate, today: NaiveDate, within_days: u32) -> Option<(NaiveDate, i64, i32)> {
    let next = next_occurrence(date, today)?;
    let days = (next - today).num_days();
    let years = next.year() - date.year();
    (days <= i64::from(within_days) && years >= 1).then_some((next, days, years))
}

fn birthday(acc: &Acc, b: &Birthday, today: NaiveDate, within: u32) -> Option<Alert> {
    let facts = acc.facts;
    let (date, days, age) = ahead(b.birthday, today, within)?;
    let round = age >= 30 && age % 10 == 0;
    let what = What::Birthday { name: &b.name, age, round };
    Some(Alert {
        kind: AlertKind::Birthday,
        severity: Severity::Upcoming,
        account_id: facts.id,
        account: facts.name.clone(),
        subject: Some(b.name.clone()),
        item: AlertItem::Person(b.person_id),
        date,
        days,
        round,
        text: sentence(&acc.label, &what, date, days),
    })
}

fn anniversary(acc: &Acc, today: NaiveDate, within: u32) -> Option<Alert> {
    let facts = acc.facts;
    let (date, days, years) = ahead(facts.cooperation_start?, today, within)?;
    if years != 1 && years % 5 != 0 {
        return None;
    }
    let what = What::Anniversary { years };
    Some(Alert {
        kind: AlertKind::Anniversary,
        severity: Severity::Upcoming,
        account_id: facts.id,
        account: facts.name.clone(),
        subject: None,
        item: AlertItem::Account(facts.id),
        date,
        days,
        round: true,
        text: sentence(&acc.label, &what, date, days),
    })
}
