//! The contact log: every contact with the customer, and the next step promised.

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use super::ids::{AccountId, PersonId, TouchpointId};

choice_enum! {
    /// How the contact happened.
    Channel as "channel" {
        Meeting => "meeting";
        Call => "call";
        Email => "email";
        Message => "message";
        Visit => "visit";
        Other => "other";
    }
}

choice_enum! {
    /// What came of the contact.
    Outcome as "outcome" {
        Positive => "positive";
        Neutral => "neutral";
        Negative => "negative";
        Refusal => "refusal";
        DealWon => "deal_won";
        DealLost => "deal_lost";
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Touchpoint {
    pub id: TouchpointId,
    pub account_id: AccountId,
    pub date: NaiveDate,
    pub time: Option<NaiveTime>,
    pub channel: Channel,
    /// People of the account who took part.
    pub people: Vec<PersonId>,
    pub summary: String,
    pub outcome: Option<Outcome>,
    /// Why we won, lost or were refused.
    pub reason: String,
    pub next_step: String,
    pub next_step_due: Option<NaiveDate>,
    /// When the promised next step was done: marked done, or the date of
    /// the later contact logged as its follow-up.
    pub next_step_done: Option<NaiveDate>,
    /// The later contact logged as this one's follow-up, which closed it.
    #[serde(default)]
    pub followed_by: Option<TouchpointId>,
    #[serde(default)]
    pub stamp: super::ids::Stamp,
}

impl Touchpoint {
    /// A touchpoint records a contact that took place, so its day is not
    /// after `today`: a mistyped future date would make a slipping account
    /// look recently contacted. What is planned is a next step or a milestone.
    pub fn date_problem(date: NaiveDate, today: NaiveDate) -> Option<String> {
        (date > today).then(|| {
            crate::t!("form-touchpoint-after-today", date = crate::l10n::date(date), today = crate::l10n::date(today))
        })
    }

    /// How many days after `today` a touchpoint read from a file may be
    /// dated: the machine that wrote it may run a day ahead (its clock, its
    /// time zone); a date further out is a mistake, as it is when typed.
    pub const IMPORT_MARGIN_DAYS: u64 = 2;

    /// Why a touchpoint read from a file cannot be imported on `today`.
    pub fn import_date_problem(date: NaiveDate, today: NaiveDate) -> Option<String> {
        let latest = today.checked_add_days(chrono::Days::new(Self::IMPORT_MARGIN_DAYS)).unwrap_or(today);
        (date > latest).then(|| {
            crate::t!(
                "import-touchpoint-after-today",
                date = crate::l10n::date(date),
                days = Self::IMPORT_MARGIN_DAYS,
                today = crate::l10n::date(today)
            )
        })
    }

    pub fn new(account_id: AccountId, date: NaiveDate, channel: Channel, summary: impl Into<String>) -> Self {
        Touchpoint {
            id: TouchpointId(0),
            account_id,
            date,
            time: None,
            channel,
            people: Vec::new(),
            summary: summary.into(),
            outcome: None,
            reason: String::new(),
            next_step: String::new(),
            next_step_due: None,
            next_step_done: None,
            followed_by: None,
            stamp: super::ids::Stamp::default(),
        }
    }

    /// The due date of a promised next step that is not closed yet. Only
    /// marking it done or logging a contact as its follow-up closes it.
    pub fn open_follow_up(&self) -> Option<NaiveDate> {
        match (self.next_step_due, self.next_step_done) {
            (Some(due), None) => Some(due),
            _ => None,
        }
    }
}

/// A promised next step still open: what a contact can be logged as
/// following, or what `keyplan done` closes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenNextStep {
    /// The touchpoint that made the promise.
    pub touchpoint_id: TouchpointId,
    pub promised_on: NaiveDate,
    pub next_step: String,
    pub due: Option<NaiveDate>,
}

impl OpenNextStep {
    /// "Send the offer (due 2026-03-10, promised 2026-03-01)".
    pub fn describe(&self) -> String {
        let step = if self.next_step.trim().is_empty() {
            crate::l10n::text("form-step-no-text")
        } else {
            self.next_step.as_str()
        };
        let promised = crate::l10n::date(self.promised_on);
        match self.due {
            Some(due) => {
                crate::t!("form-step-due-promised", step = step, due = crate::l10n::date(due), promised = promised)
            }
            None => crate::t!("form-step-promised", step = step, promised = promised),
        }
    }
}
