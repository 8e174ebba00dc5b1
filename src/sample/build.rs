//! Small constructors so each sample account reads like data.

use chrono::{Datelike, Days, Months, NaiveDate, NaiveTime};

use crate::domain::{
    AccountId, Attitude, BuyingRole, Channel, Competitor, CompetitorId, ContactChannel, Dossier, Milestone, Objective,
    ObjectiveId, Outcome, Person, PersonId, Touchpoint,
};

/// Dates relative to the `today` the sample is built for. Every shift is
/// checked and falls back to `today`, so no `today` can make it panic.
#[derive(Debug, Clone, Copy)]
pub(super) struct Clock {
    today: NaiveDate,
}

impl Clock {
    pub(super) fn new(today: NaiveDate) -> Self {
        Clock { today }
    }

    pub(super) fn today(self) -> NaiveDate {
        self.today
    }

    /// `offset` days from today: negative is the past, positive the future.
    pub(super) fn d(self, offset: i64) -> NaiveDate {
        let days = Days::new(offset.unsigned_abs());
        let shifted = if offset < 0 { self.today.checked_sub_days(days) } else { self.today.checked_add_days(days) };
        shifted.unwrap_or(self.today)
    }

    /// The date `years` years before `d(offset)`. With a small positive
    /// offset this is a birthday or a cooperation start whose round
    /// anniversary comes up in `offset` days.
    pub(super) fn years_before(self, years: u32, offset: i64) -> NaiveDate {
        let base = self.d(offset);
        base.checked_sub_months(Months::new(years.saturating_mul(12))).unwrap_or(base)
    }

    /// This year plus `offset` (objectives are planned per calendar year).
    pub(super) fn year(self, offset: i32) -> i32 {
        self.today.year().saturating_add(offset)
    }
}

/// Puts a dossier's lists in the order the domain documents: objectives by
/// year then product, milestones by due date, people by name, touchpoints
/// newest first.
pub(super) fn finish(mut dossier: Dossier) -> Dossier {
    dossier.objectives.sort_by(|a, b| (a.year, &a.product).cmp(&(b.year, &b.product)));
    dossier.milestones.sort_by_key(|m| m.due);
    dossier.people.sort_by(|a, b| a.name.cmp(&b.name));
    dossier.touchpoints.sort_by_key(|t| std::cmp::Reverse((t.date, t.time)));
    dossier
}

/// An annual objective.
pub(super) fn objective(year: i32, product: &str, volume: &str, profit: Option<i64>, resources: &str) -> Objective {
    Objective {
        id: ObjectiveId(0),
        account_id: AccountId(0),
        year,
        product: product.into(),
        planned_volume: volume.into(),
        expected_profit: profit,
        resources: resources.into(),
        stamp: Default::default(),
    }
}

/// A plan milestone; `done` is None while it is still open.
pub(super) fn milestone(title: &str, due: NaiveDate, done: Option<NaiveDate>, note: &str) -> Milestone {
    Milestone { done, note: note.into(), ..Milestone::new(AccountId(0), title, due) }
}

/// A competitor courting the same customer.
pub(super) fn competitor(name: &str, position: &str, strengths: &str, weaknesses: &str) -> Competitor {
    Competitor {
        id: CompetitorId(0),
        account_id: AccountId(0),
        name: name.into(),
        position: position.into(),
        strengths: strengths.into(),
        weaknesses: weaknesses.into(),
        stamp: Default::default(),
    }
}

/// A person of the decision-making map with a local id (unique within the
/// dossier; the store remaps it on insert).
pub(super) fn person(id: i64, name: &str, job_title: &str) -> Person {
    Person { id: PersonId(id), job_title: job_title.into(), ..Person::new(AccountId(0), name) }
}

/// Chained setters for [`Person`].
pub(super) trait PersonExt: Sized {
    /// Role in the buying decision, influence 1-5 and attitude towards us.
    fn plays(self, role: BuyingRole, influence: u8, attitude: Attitude) -> Self;
    /// The local id of the person this one reports to.
    fn under(self, boss: i64) -> Self;
    fn reach(self, channel: ContactChannel, phone: &str, email: &str) -> Self;
    fn born(self, birthday: NaiveDate) -> Self;
    fn note(self, notes: &str) -> Self;
}

impl PersonExt for Person {
    fn plays(mut self, role: BuyingRole, influence: u8, attitude: Attitude) -> Self {
        self.role = Some(role);
        self.influence = Some(influence);
        self.attitude = Some(attitude);
        self
    }

    fn under(mut self, boss: i64) -> Self {
        self.reports_to = Some(PersonId(boss));
        self
    }

    fn reach(mut self, channel: ContactChannel, phone: &str, email: &str) -> Self {
        self.channel = Some(channel);
        self.phone = phone.into();
        self.email = email.into();
        self
    }

    fn born(mut self, birthday: NaiveDate) -> Self {
        self.birthday = Some(birthday.into());
        self
    }

    fn note(mut self, notes: &str) -> Self {
        self.notes = notes.into();
        self
    }
}

/// A logged contact.
pub(super) fn touch(date: NaiveDate, channel: Channel, summary: &str) -> Touchpoint {
    Touchpoint::new(AccountId(0), date, channel, summary)
}

/// Chained setters for [`Touchpoint`].
pub(super) trait TouchpointExt: Sized {
    fn at(self, hour: u32, minute: u32) -> Self;
    /// Local ids of the people who took part.
    fn with(self, people: &[i64]) -> Self;
    /// What came of it and why.
    fn result(self, outcome: Outcome, reason: &str) -> Self;
    /// The promised next step, open until [`TouchpointExt::done_on`].
    fn follow_up(self, step: &str, due: NaiveDate) -> Self;
    fn done_on(self, date: NaiveDate) -> Self;
}

impl TouchpointExt for Touchpoint {
    fn at(mut self, hour: u32, minute: u32) -> Self {
        self.time = NaiveTime::from_hms_opt(hour, minute, 0);
        self
    }

    fn with(mut self, people: &[i64]) -> Self {
        self.people = people.iter().copied().map(PersonId).collect();
        self
    }

    fn result(mut self, outcome: Outcome, reason: &str) -> Self {
        self.outcome = Some(outcome);
        self.reason = reason.into();
        self
    }

    fn follow_up(mut self, step: &str, due: NaiveDate) -> Self {
        self.next_step = step.into();
        self.next_step_due = Some(due);
        self
    }

    fn done_on(mut self, date: NaiveDate) -> Self {
        self.next_step_done = Some(date);
        self
    }
}

/// Short names for the enums, so the account files stay tabular.
pub(super) use super::history::{Line, Pattern, stopped_buying, three_years};
pub(super) use crate::domain::analysis::{LossReason, WinBack, WinBackMeans};
pub(super) use crate::domain::{
    Account, AccountStatus as St, Attitude as A, BuyingRole as R, Channel as Ch, ContactChannel as Cc,
    KeyClientType as Kt, Outcome as O, RelationshipLevel as Lv,
};
