//! The background check: which relationships are slipping, and which round
//! dates are coming. One pure rule set; "today" is always a parameter.
//!
//! The check does not read dossiers. It runs over a few flat lists the store
//! fills with aggregate queries ([`CheckInput`]), so that 10,000 accounts and
//! a million touchpoints are checked in milliseconds. The rules themselves
//! are documented on [`check`].

mod rules;
mod text;

#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::analysis::{LapsingRule, WinBackMeans};
use super::cadence::{Cadence, CadenceDefaults};
use super::sales::Month;
use super::{Account, AccountId, AccountStatus, KeyClientType, MilestoneId, PersonId, TouchpointId};

pub use rules::{check, next_occurrence};

/// What the check needs to know about one account: one row per account,
/// `last_touchpoint` being `MAX(touchpoint.date)` of that account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountFacts {
    pub id: AccountId,
    /// Shared with every alert about the account.
    pub name: Arc<str>,
    pub client_type: KeyClientType,
    pub status: AccountStatus,
    pub contact_every_days: Option<u32>,
    pub created_on: NaiveDate,
    pub cooperation_start: Option<NaiveDate>,
    /// The date of the newest touchpoint of any channel; None when none was logged.
    pub last_touchpoint: Option<NaiveDate>,
    /// The last month with a purchase (`accounts.sales_last`); None without one.
    pub last_purchase: Option<Month>,
}

impl AccountFacts {
    pub fn from_account(account: &Account, last_touchpoint: Option<NaiveDate>) -> Self {
        AccountFacts {
            id: account.id,
            name: account.name.as_str().into(),
            client_type: account.client_type,
            status: account.status,
            contact_every_days: account.contact_every_days,
            created_on: account.created_on,
            cooperation_start: account.cooperation_start,
            last_touchpoint,
            last_purchase: None,
        }
    }
}

/// A lost or former account on the win-back list: the plan's means, note
/// and date, with what the alert shows of the account (closed accounts are
/// not among [`CheckInput::accounts`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WinBackDue {
    pub account_id: AccountId,
    pub name: Arc<str>,
    pub status: AccountStatus,
    pub means: WinBackMeans,
    pub note: String,
    pub due: NaiveDate,
}

/// A next step promised at a touchpoint for a date and not closed, neither
/// marked done nor followed up (`next_step_due IS NOT NULL AND
/// next_step_done IS NULL`): another contact alone does not close it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUp {
    pub touchpoint_id: TouchpointId,
    pub account_id: AccountId,
    /// The date of the touchpoint that made the promise.
    pub promised_on: NaiveDate,
    pub next_step: String,
    pub due: NaiveDate,
}

/// A plan milestone not marked done.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenMilestone {
    pub id: MilestoneId,
    pub account_id: AccountId,
    pub title: String,
    pub due: NaiveDate,
}

/// A person with a known birthday.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Birthday {
    pub person_id: PersonId,
    pub account_id: AccountId,
    pub name: String,
    pub birthday: crate::domain::BirthDate,
}

/// An alert hidden up to and including `until`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snooze {
    pub key: AlertKey,
    pub until: NaiveDate,
}

/// Everything the check reads. Rows of accounts missing from `accounts`
/// (or lost and former ones) are ignored, so the store may pass all
/// accounts or only the open ones.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckInput {
    pub accounts: Vec<AccountFacts>,
    pub follow_ups: Vec<FollowUp>,
    pub milestones: Vec<OpenMilestone>,
    pub birthdays: Vec<Birthday>,
    /// Win-back plans of lost and former accounts (plans of open accounts are ignored).
    pub win_backs: Vec<WinBackDue>,
    pub snoozes: Vec<Snooze>,
}

/// The tunable part of the rules (from the settings file).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckSettings {
    pub cadence: CadenceDefaults,
    /// Round dates are announced this many days ahead (today counts as 0).
    pub within_days: u32,
    /// When an account without purchases is lapsing, and when it counts as lost.
    pub lapsing: LapsingRule,
}

impl Default for CheckSettings {
    fn default() -> Self {
        CheckSettings { cadence: CadenceDefaults::default(), within_days: 14, lapsing: LapsingRule::default() }
    }
}

/// What an alert is about. A person reads it in the alert's sentence
/// (`locales/*/alerts.ftl`); scripts read its snake_case name in JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AlertKind {
    TouchpointDue,
    TouchpointOverdue,
    FollowUpOverdue,
    MilestoneOverdue,
    Birthday,
    Anniversary,
    /// No purchase for a while: due while the account is lapsing, overdue
    /// once the lost-client criterion is met.
    Lapsing,
    /// A lost or former account's win-back plan: due on its date, overdue after.
    WinBack,
}

/// Most urgent first: the derived order sorts overdue before due before upcoming.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Overdue,
    Due,
    Upcoming,
}

/// What an alert is about, for jumping to it and marking it done.
/// Contact and anniversary alerts are about the account itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(tag = "type", content = "id", rename_all = "snake_case")]
pub enum AlertItem {
    Account(AccountId),
    Touchpoint(TouchpointId),
    Milestone(MilestoneId),
    Person(PersonId),
}

/// The stable name of an alert, stored with a snooze as text (`contact:12`).
///
/// Touchpoint due and overdue share one key: snoozing "call Acme" until
/// Friday means until Friday, even if the account tips into overdue meanwhile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub enum AlertKey {
    Contact(AccountId),
    FollowUp(TouchpointId),
    Milestone(MilestoneId),
    Birthday(PersonId),
    Anniversary(AccountId),
    Lapsing(AccountId),
    WinBack(AccountId),
}

impl std::fmt::Display for AlertKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AlertKey::Contact(id) => write!(f, "contact:{id}"),
            AlertKey::FollowUp(id) => write!(f, "follow_up:{id}"),
            AlertKey::Milestone(id) => write!(f, "milestone:{id}"),
            AlertKey::Birthday(id) => write!(f, "birthday:{id}"),
            AlertKey::Anniversary(id) => write!(f, "anniversary:{id}"),
            AlertKey::Lapsing(id) => write!(f, "lapsing:{id}"),
            AlertKey::WinBack(id) => write!(f, "win_back:{id}"),
        }
    }
}

impl std::str::FromStr for AlertKey {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || format!("'{s}' is not an alert key");
        let (kind, id) = s.split_once(':').ok_or_else(bad)?;
        let id: i64 = id.parse().map_err(|_| bad())?;
        Ok(match kind {
            "contact" => AlertKey::Contact(AccountId(id)),
            "follow_up" => AlertKey::FollowUp(TouchpointId(id)),
            "milestone" => AlertKey::Milestone(MilestoneId(id)),
            "birthday" => AlertKey::Birthday(PersonId(id)),
            "anniversary" => AlertKey::Anniversary(AccountId(id)),
            "lapsing" => AlertKey::Lapsing(AccountId(id)),
            "win_back" => AlertKey::WinBack(AccountId(id)),
            _ => return Err(bad()),
        })
    }
}

impl From<AlertKey> for String {
    fn from(key: AlertKey) -> String {
        key.to_string()
    }
}

impl TryFrom<String> for AlertKey {
    type Error = String;

    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

/// One finding of the check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alert {
    pub kind: AlertKind,
    pub severity: Severity,
    pub account_id: AccountId,
    /// The account's name (as stored: clean it before printing, as
    /// [`Alert::sentence`] does).
    pub account: Arc<str>,
    /// The person (birthday), next step (follow-up) or milestone title.
    pub subject: Option<String>,
    pub item: AlertItem,
    /// The date the alert refers to: the last day within the contact standard
    /// (touchpoint alerts), the due date, or the round date ahead.
    pub date: NaiveDate,
    /// Days late (past `date`), or days ahead for upcoming alerts (0 = today).
    pub days: i64,
    /// A round birthday (30, 40, 50...); anniversaries are always round.
    pub round: bool,
    /// What the sentence says beyond the fields above.
    pub detail: Detail,
}

/// As JSON (`keyplan check --format json`): the fields, then the sentence.
impl Serialize for Alert {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Shown<'a> {
            kind: AlertKind,
            severity: Severity,
            account_id: AccountId,
            account: &'a str,
            subject: Option<&'a str>,
            item: AlertItem,
            date: NaiveDate,
            days: i64,
            round: bool,
            text: String,
        }
        Shown {
            kind: self.kind,
            severity: self.severity,
            account_id: self.account_id,
            account: &self.account,
            subject: self.subject.as_deref(),
            item: self.item,
            date: self.date,
            days: self.days,
            round: self.round,
            text: self.sentence(),
        }
        .serialize(serializer)
    }
}

/// The kind-specific facts of an alert's sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    /// `elapsed` days since the last touchpoint, or since the account was
    /// added when it has `never` had one, against its contact standard.
    Contact {
        standard: Cadence,
        elapsed: i64,
        never: bool,
    },
    FollowUp,
    Milestone,
    Birthday {
        age: i32,
    },
    /// A birthday whose year is unknown: no age to tell.
    BirthdayNoAge,
    Anniversary {
        years: i32,
    },
    /// `elapsed` days since the last purchase against the criterion's days.
    Lapsing {
        elapsed: i64,
        lost_after: u32,
        lost: bool,
    },
    /// The plan's means; its note is the alert's subject.
    WinBack {
        means: WinBackMeans,
    },
}

impl Alert {
    /// The day a lapsing account that is not lost yet counts as lost: the
    /// agenda's "in N days" counts to it, and shows it as the alert's date.
    pub fn lost_on(&self) -> Option<NaiveDate> {
        let Detail::Lapsing { elapsed, lost_after, lost: false } = self.detail else {
            return None;
        };
        let today = self.date.checked_add_signed(chrono::TimeDelta::try_days(self.days)?)?;
        today.checked_add_signed(chrono::TimeDelta::try_days(i64::from(lost_after) - elapsed)?)
    }

    /// One line, safe for a terminal: "Acme: no touchpoint for 34 days (standard 14/21)".
    /// Written on demand: a check finds thousands of alerts and a screen shows a few.
    pub fn sentence(&self) -> String {
        text::sentence(self)
    }

    /// The sentence without the account's name, for places that show the name apart.
    pub fn description(&self) -> String {
        text::description(self)
    }

    pub fn key(&self) -> AlertKey {
        match (self.kind, self.item) {
            (AlertKind::FollowUpOverdue, AlertItem::Touchpoint(id)) => AlertKey::FollowUp(id),
            (AlertKind::MilestoneOverdue, AlertItem::Milestone(id)) => AlertKey::Milestone(id),
            (AlertKind::Birthday, AlertItem::Person(id)) => AlertKey::Birthday(id),
            (AlertKind::Anniversary, _) => AlertKey::Anniversary(self.account_id),
            (AlertKind::Lapsing, _) => AlertKey::Lapsing(self.account_id),
            (AlertKind::WinBack, _) => AlertKey::WinBack(self.account_id),
            _ => AlertKey::Contact(self.account_id),
        }
    }
}

/// How many alerts of each severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct AlertCounts {
    pub overdue: usize,
    pub due: usize,
    pub upcoming: usize,
}

impl std::fmt::Display for AlertCounts {
    /// The status line's form, exactly as the issue gives it: `3 overdue · 5 due`,
    /// zeros included (so "0 overdue · 0 due" shows the check ran). Upcoming
    /// round dates are occasions, not problems, and are left out here.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} overdue · {} due", self.overdue, self.due)
    }
}

pub fn counts(alerts: &[Alert]) -> AlertCounts {
    let mut counts = AlertCounts::default();
    for alert in alerts {
        match alert.severity {
            Severity::Overdue => counts.overdue += 1,
            Severity::Due => counts.due += 1,
            Severity::Upcoming => counts.upcoming += 1,
        }
    }
    counts
}

/// The portfolio's flag for one account: how late its next touchpoint is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct AccountFlag {
    pub severity: Severity,
    pub days: i64,
}

/// The portfolio's second flag: accounts lapsing (due) or counting as lost
/// by the lost-client criterion (overdue), from their `lapsing` alerts.
pub fn lapsing_flags(alerts: &[Alert]) -> HashMap<AccountId, Severity> {
    alerts.iter().filter(|a| a.kind == AlertKind::Lapsing).map(|a| (a.account_id, a.severity)).collect()
}

/// One flag per account that is due or overdue for a touchpoint. Only the
/// contact standard raises a flag, so the portfolio's "days late" means one
/// thing and logging a touchpoint clears it; late follow-ups, passed
/// milestones and round dates are on the agenda and in the counts.
/// Sorting the portfolio by `(severity, -days)` puts the most overdue first.
pub fn account_flags(alerts: &[Alert]) -> HashMap<AccountId, AccountFlag> {
    alerts
        .iter()
        .filter(|a| matches!(a.kind, AlertKind::TouchpointDue | AlertKind::TouchpointOverdue))
        .map(|a| {
            let flag = AccountFlag { severity: a.severity, days: a.days };
            (a.account_id, flag)
        })
        .collect()
}
