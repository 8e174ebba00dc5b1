//! The rules of the check, one function per kind of alert.

use std::collections::{HashMap, HashSet};

use chrono::{Datelike, Days, NaiveDate};

use super::{
    AccountFacts, Alert, AlertItem, AlertKey, AlertKind, Birthday, CheckInput, CheckSettings, Detail, FollowUp,
    OpenMilestone, Severity, WinBackDue,
};
use crate::domain::analysis::lapse;
use crate::domain::cadence::cadence_of;
use crate::domain::{AccountId, BirthDate};

/// Runs every rule over `input` as of `today`, most urgent first.
///
/// Only open accounts (not lost, not former) are checked, for every rule
/// but the win-back, which is only about closed ones.
///
/// - **Touchpoint due / overdue.** The clock runs from the last touchpoint of
///   any channel; an account with none runs from the day it was created, as
///   if that were its first contact (a brand-new account is not overdue at
///   once; one left untouched past its maximum is). With `d` whole days
///   since then and the standard `ideal/max` ([`cadence_of`]): due when
///   `d > ideal`, overdue when `d > max` ("past the interval" means strictly
///   more days; on day `ideal` the contact is still on time). `date` is the
///   last day on time (`last + ideal` or `last + max`); `days` counts past it.
/// - **Follow-up overdue.** A next step not closed, whose due date is before
///   today (due today is not late yet). A promise closes only explicitly:
///   marked done, or a later contact logged as its follow-up (both set
///   `next_step_done`); another contact alone leaves it open, because
///   talking again is not doing what was promised. `days` = today - due.
/// - **Milestone overdue.** A milestone not marked done with due < today.
/// - **Birthday / anniversary (upcoming).** The next occurrence of the date
///   ([`next_occurrence`]) within `0..=within_days` days from today. Every
///   birthday is announced, round ones (30, 40, 50...) marked `round`; only
///   round cooperation anniversaries are (1 year, then 5, 10, 15...).
/// - **Lapsing.** An open account whose last purchase (the last day of its
///   last month with one) is `d` days back, against the lost-client
///   criterion `lost/warn` of its type ([`lapse`]): due when
///   `d >= lost - warn`, overdue when `d >= lost` (the account counts as
///   lost). `date` is the day the warning began, or the day it counted as
///   lost; `days` counts past it. No purchase on record: no alert.
/// - **Win-back.** A lost or former account's win-back plan: due on its
///   date, overdue after it (`days` = today - date); nothing before.
///
/// Alerts whose key has a snooze with `until >= today` are left out.
/// Order: overdue, due, upcoming; late ones with the most days late first,
/// upcoming ones soonest first; then account name (ignoring case), kind, item.
///
/// The input is consumed: an alert takes its subject (next step, title,
/// name) from it instead of copying it, and shares the account's name.
/// Sentences are written only when shown ([`Alert::sentence`]).
pub fn check(input: CheckInput, today: NaiveDate, settings: &CheckSettings) -> Vec<Alert> {
    let CheckInput { accounts, follow_ups, milestones, birthdays, win_backs, snoozes } = input;
    let accounts = Accounts::new(&accounts);
    let snoozed: HashSet<AlertKey> = snoozes.iter().filter(|s| s.until >= today).map(|s| s.key).collect();
    let live = |key: AlertKey| !snoozed.contains(&key);

    // Alerts are large: sort their places (severity, lateness, name rank,
    // kind, item) with their index, then move each alert once.
    let guess = accounts.open.len() + follow_ups.len() + milestones.len();
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
        if live(AlertKey::Lapsing(acc.facts.id)) {
            push(acc.rank, lapsing(acc, today, settings));
        }
    }
    // Closed accounts are not ranked with the open ones: after all of them, by name.
    let mut closed: Vec<&WinBackDue> =
        win_backs.iter().filter(|w| !w.status.is_open() && live(AlertKey::WinBack(w.account_id))).collect();
    closed.sort_by(|a, b| lowered(&a.name).cmp(lowered(&b.name)).then(a.account_id.cmp(&b.account_id)));
    let first_closed = u32::try_from(accounts.open.len()).unwrap_or(u32::MAX);
    for (i, w) in closed.into_iter().enumerate() {
        push(first_closed.saturating_add(u32::try_from(i).unwrap_or(u32::MAX)), win_back(w, today));
    }
    for f in follow_ups {
        if let Some(acc) = accounts.get(f.account_id)
            && live(AlertKey::FollowUp(f.touchpoint_id))
        {
            push(acc.rank, follow_up(acc, f, today));
        }
    }
    for m in milestones {
        if let Some(acc) = accounts.get(m.account_id)
            && live(AlertKey::Milestone(m.id))
        {
            push(acc.rank, milestone(acc, m, today));
        }
    }
    for b in birthdays {
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
}

struct Accounts<'a> {
    open: Vec<Acc<'a>>,
    by_id: HashMap<AccountId, usize>,
}

impl<'a> Accounts<'a> {
    fn new(all: &'a [AccountFacts]) -> Self {
        let mut open: Vec<&AccountFacts> = all.iter().filter(|a| a.status.is_open()).collect();
        // The store reads accounts in this order already: checking is cheap,
        // lowercasing every name to sort them is not.
        if !open.is_sorted_by(|a, b| by_name(a, b).is_le()) {
            open.sort_unstable_by(|a, b| by_name(a, b));
        }
        let open: Vec<Acc> = open
            .into_iter()
            .enumerate()
            .map(|(rank, facts)| Acc { facts, rank: u32::try_from(rank).unwrap_or(u32::MAX) })
            .collect();
        let by_id = open.iter().enumerate().map(|(i, acc)| (acc.facts.id, i)).collect();
        Accounts { open, by_id }
    }

    fn get(&self, id: AccountId) -> Option<&Acc<'a>> {
        self.by_id.get(&id).map(|&i| &self.open[i])
    }
}

/// Names ignoring case, then ids: the order of equally urgent alerts.
fn by_name(a: &AccountFacts, b: &AccountFacts) -> std::cmp::Ordering {
    // Lowercasing is per character, so a common prefix compares equal
    // without it: skip to the first character that differs.
    let (x, y) = (a.name.as_bytes(), b.name.as_bytes());
    let mut start = x.iter().zip(y).take_while(|(p, q)| p == q).count();
    while !a.name.is_char_boundary(start) {
        start -= 1;
    }
    lowered(&a.name[start..]).cmp(lowered(&b.name[start..])).then(a.id.cmp(&b.id))
}

fn lowered(name: &str) -> impl Iterator<Item = char> + '_ {
    name.chars().flat_map(char::to_lowercase)
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
    Some(Alert {
        kind,
        severity,
        account_id: facts.id,
        account: facts.name.clone(),
        subject: None,
        item: AlertItem::Account(facts.id),
        date: since.checked_add_days(Days::new(u64::from(limit)))?,
        days: elapsed - i64::from(limit),
        round: false,
        detail: Detail::Contact { standard: cadence, elapsed, never: facts.last_touchpoint.is_none() },
    })
}

fn follow_up(acc: &Acc, f: FollowUp, today: NaiveDate) -> Option<Alert> {
    let facts = acc.facts;
    if f.due >= today {
        return None;
    }
    Some(Alert {
        kind: AlertKind::FollowUpOverdue,
        severity: Severity::Overdue,
        account_id: facts.id,
        account: facts.name.clone(),
        subject: (!f.next_step.trim().is_empty()).then_some(f.next_step),
        item: AlertItem::Touchpoint(f.touchpoint_id),
        date: f.due,
        days: (today - f.due).num_days(),
        round: false,
        detail: Detail::FollowUp,
    })
}

fn milestone(acc: &Acc, m: OpenMilestone, today: NaiveDate) -> Option<Alert> {
    let facts = acc.facts;
    if m.due >= today {
        return None;
    }
    Some(Alert {
        kind: AlertKind::MilestoneOverdue,
        severity: Severity::Overdue,
        account_id: facts.id,
        account: facts.name.clone(),
        subject: Some(m.title),
        item: AlertItem::Milestone(m.id),
        date: m.due,
        days: (today - m.due).num_days(),
        round: false,
        detail: Detail::Milestone,
    })
}

fn lapsing(acc: &Acc, today: NaiveDate, settings: &CheckSettings) -> Option<Alert> {
    let facts = acc.facts;
    let found = lapse(facts.last_purchase, facts.status, facts.client_type, today, &settings.lapsing)?;
    let (severity, limit) = if found.lost {
        (Severity::Overdue, found.lost_after)
    } else {
        (Severity::Due, found.lost_after.saturating_sub(settings.lapsing.warn_days_before).max(1))
    };
    Some(Alert {
        kind: AlertKind::Lapsing,
        severity,
        account_id: facts.id,
        account: facts.name.clone(),
        subject: None,
        item: AlertItem::Account(facts.id),
        date: found.last_purchase.checked_add_days(Days::new(u64::from(limit)))?,
        days: found.days_without_purchase - i64::from(limit),
        round: false,
        detail: Detail::Lapsing {
            elapsed: found.days_without_purchase,
            lost_after: found.lost_after,
            lost: found.lost,
        },
    })
}

fn win_back(w: &WinBackDue, today: NaiveDate) -> Option<Alert> {
    if w.due > today {
        return None;
    }
    let days = (today - w.due).num_days();
    Some(Alert {
        kind: AlertKind::WinBack,
        severity: if days == 0 { Severity::Due } else { Severity::Overdue },
        account_id: w.account_id,
        account: w.name.clone(),
        subject: (!w.note.trim().is_empty()).then(|| w.note.clone()),
        item: AlertItem::Account(w.account_id),
        date: w.due,
        days,
        round: false,
        detail: Detail::WinBack { means: w.means },
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

fn birthday(acc: &Acc, b: Birthday, today: NaiveDate, within: u32) -> Option<Alert> {
    let facts = acc.facts;
    let (date, days, age) = match b.birthday {
        BirthDate::Full(born) => {
            let (date, days, age) = ahead(born, today, within)?;
            (date, days, Some(age))
        }
        BirthDate::NoYear { .. } => {
            let date = next_occurrence(b.birthday.as_date(), today)?;
            let days = (date - today).num_days();
            (days <= i64::from(within)).then_some((date, days, None))?
        }
    };
    Some(Alert {
        kind: AlertKind::Birthday,
        severity: Severity::Upcoming,
        account_id: facts.id,
        account: facts.name.clone(),
        subject: Some(b.name),
        item: AlertItem::Person(b.person_id),
        date,
        days,
        round: age.is_some_and(|age| age >= 30 && age % 10 == 0),
        detail: match age {
            Some(age) => Detail::Birthday { age },
            None => Detail::BirthdayNoAge,
        },
    })
}

fn anniversary(acc: &Acc, today: NaiveDate, within: u32) -> Option<Alert> {
    let facts = acc.facts;
    let (date, days, years) = ahead(facts.cooperation_start?, today, within)?;
    if years != 1 && years % 5 != 0 {
        return None;
    }
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
        detail: Detail::Anniversary { years },
    })
}
