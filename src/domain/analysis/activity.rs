//! Activity and coverage: how often each account is contacted, through
//! which channels and with what outcome, and which decision makers and
//! influencers have gone without a contact for longer than the account's
//! standard.

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::cadence::Cadence;
use crate::domain::ids::{AccountId, PersonId};
use crate::domain::people::BuyingRole;
use crate::domain::sales::{Month, Period};
use crate::domain::touchpoint::{Channel, Outcome};

/// An account's contacts per month over a period, oldest month first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rhythm {
    pub account_id: AccountId,
    pub name: String,
    pub months: Vec<u32>,
}

impl Rhythm {
    /// Spreads (account, month, count) rows over every month of `period`.
    pub fn of(account_id: AccountId, name: String, counts: &[(Month, u32)], period: Period) -> Rhythm {
        let months = period.iter().map(|m| counts.iter().find(|(c, _)| *c == m).map_or(0, |(_, n)| *n)).collect();
        Rhythm { account_id, name, months }
    }

    pub fn total(&self) -> u32 {
        self.months.iter().sum()
    }
}

/// Contacts over a period by channel and by outcome.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Mix {
    pub by_channel: Vec<(Channel, u32)>,
    pub by_outcome: Vec<(Option<Outcome>, u32)>,
    pub total: u32,
}

/// A decision maker or influencer and their last contact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Coverage {
    pub person_id: PersonId,
    pub name: String,
    pub account_id: AccountId,
    pub account: String,
    pub role: BuyingRole,
    pub last_contact: Option<NaiveDate>,
    /// The account's standard: days after which a contact is overdue.
    pub standard_days: Option<u32>,
    pub uncovered: bool,
}

/// The roles whose coverage the decision map is judged by.
pub fn counts_for_coverage(role: Option<BuyingRole>) -> bool {
    matches!(role, Some(BuyingRole::DecisionMaker | BuyingRole::Influencer))
}

/// A person is uncovered when the account has a standard and the person
/// was never contacted, or not within the standard's longest interval.
pub fn uncovered(last_contact: Option<NaiveDate>, cadence: Option<Cadence>, today: NaiveDate) -> bool {
    match (cadence, last_contact) {
        (None, _) => false,
        (Some(_), None) => true,
        (Some(cadence), Some(last)) => (today - last).num_days() > i64::from(cadence.max_days),
    }
}

/// Everything the Activity tab and report show.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Activity {
    pub rhythms: Vec<Rhythm>,
    pub mix: Mix,
    /// The uncovered decision makers and influencers of open accounts (the
    /// covered are all the screen and the reports need to know nothing
    /// about), by account name and then their own: all of them for a
    /// report, those around the selection on the screen.
    pub coverage: Vec<Coverage>,
    /// How many people are uncovered in all.
    #[serde(skip)]
    pub uncovered_count: usize,
    /// The place of `coverage[0]` among all the uncovered.
    #[serde(skip)]
    pub coverage_from: usize,
}

impl Activity {
    /// The uncovered people read.
    pub fn uncovered(&self) -> impl Iterator<Item = &Coverage> {
        self.coverage.iter().filter(|c| c.uncovered)
    }

    /// The `index`-th of all the uncovered, when it has been read.
    pub fn uncovered_at(&self, index: usize) -> Option<&Coverage> {
        self.coverage.get(index.checked_sub(self.coverage_from)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn uncovered_means_never_or_beyond_the_standard() {
        let every_month = Some(Cadence::new(30, 45));
        let today = day("2026-12-01");
        assert!(uncovered(None, every_month, today));
        assert!(!uncovered(Some(day("2026-10-17")), every_month, today), "45 days: still within");
        assert!(uncovered(Some(day("2026-10-16")), every_month, today));
        assert!(!uncovered(None, None, today), "closed accounts have no standard");
    }

    #[test]
    fn a_rhythm_has_every_month_of_the_period() {
        let period = Period::year(2026);
        let counts = [(Month::new(2026, 3).unwrap(), 2), (Month::new(2026, 12).unwrap(), 5)];
        let r = Rhythm::of(AccountId(1), "A".into(), &counts, period);
        assert_eq!(r.months, [0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 5]);
        assert_eq!(r.total(), 7);
    }

    #[test]
    fn only_decision_makers_and_influencers_count() {
        assert!(counts_for_coverage(Some(BuyingRole::DecisionMaker)));
        assert!(counts_for_coverage(Some(BuyingRole::Influencer)));
        assert!(!counts_for_coverage(Some(BuyingRole::Buyer)));
        assert!(!counts_for_coverage(None));
    }
}
