//! Contact standards: how often each account should hear from us.
//!
//! Every open account has an ideal and a maximum interval between touchpoints.
//! The defaults come from the key-client type (and live in the settings file);
//! an account may override them with its own "contact every N days".

use serde::{Deserialize, Serialize};

use super::{Account, AccountStatus, KeyClientType};

/// A standard contact frequency, in days between touchpoints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Cadence {
    /// After this many days without a touchpoint the account is due.
    pub ideal_days: u32,
    /// After this many days without a touchpoint the account is overdue.
    pub max_days: u32,
}

impl Cadence {
    pub const fn new(ideal_days: u32, max_days: u32) -> Self {
        Cadence { ideal_days, max_days }
    }

    /// The standard of an account that says "contact every `days` days".
    ///
    /// The maximum is the ideal plus half of it, rounded up (7 -> 7/11,
    /// 14 -> 14/21): the same slack the built-in defaults give, and never
    /// equal to the ideal, so a "due" warning always comes before "overdue".
    pub fn every(days: u32) -> Self {
        Cadence::new(days, days.saturating_add(days.div_ceil(2)))
    }

    /// Why a cadence cannot be used, as a phrase; None when it is sound.
    pub fn problem(self) -> Option<&'static str> {
        if self.ideal_days == 0 {
            Some(crate::l10n::text("err-cadence-ideal-zero"))
        } else if self.max_days < self.ideal_days {
            Some(crate::l10n::text("err-cadence-max-below-ideal"))
        } else {
            None
        }
    }
}

impl std::fmt::Display for Cadence {
    /// `14/21`: ideal/maximum, the form used in alert texts and settings.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.ideal_days, self.max_days)
    }
}

/// One standard per key-client type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CadenceDefaults {
    pub breadwinner: Cadence,
    pub prospect: Cadence,
    pub image_maker: Cadence,
    pub expert: Cadence,
}

impl Default for CadenceDefaults {
    /// Breadwinners carry the profit and prospects must be won, so both are
    /// seen every two weeks; image makers tolerate a month, experts three weeks.
    fn default() -> Self {
        CadenceDefaults {
            breadwinner: Cadence::new(14, 21),
            prospect: Cadence::new(14, 30),
            image_maker: Cadence::new(30, 45),
            expert: Cadence::new(21, 30),
        }
    }
}

impl CadenceDefaults {
    pub fn get(&self, client_type: KeyClientType) -> Cadence {
        match client_type {
            KeyClientType::Breadwinner => self.breadwinner,
            KeyClientType::Prospect => self.prospect,
            KeyClientType::ImageMaker => self.image_maker,
            KeyClientType::Expert => self.expert,
        }
    }

    pub fn get_mut(&mut self, client_type: KeyClientType) -> &mut Cadence {
        match client_type {
            KeyClientType::Breadwinner => &mut self.breadwinner,
            KeyClientType::Prospect => &mut self.prospect,
            KeyClientType::ImageMaker => &mut self.image_maker,
            KeyClientType::Expert => &mut self.expert,
        }
    }
}

/// The contact standard of an account, or None when it has none.
pub fn cadence_for(account: &Account, defaults: &CadenceDefaults) -> Option<Cadence> {
    cadence_of(account.status, account.client_type, account.contact_every_days, defaults)
}

/// The same rule from the bare facts, for callers that hold no `Account`.
///
/// - Lost and former accounts have no standard (they are kept, not worked);
///   active, at-risk and prospect accounts all have one.
/// - An override of N days gives [`Cadence::every`]`(N)`; an override of 0 is
///   meaningless and falls back to the type's default.
pub fn cadence_of(
    status: AccountStatus,
    client_type: KeyClientType,
    contact_every_days: Option<u32>,
    defaults: &CadenceDefaults,
) -> Option<Cadence> {
    if !status.is_open() {
        return None;
    }
    match contact_every_days {
        Some(days) if days > 0 => Some(Cadence::every(days)),
        _ => Some(defaults.get(client_type)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Choice;
    use chrono::NaiveDate;

    fn account(status: AccountStatus, client_type: KeyClientType, every: Option<u32>) -> Account {
        let mut a = Account::new("Acme", NaiveDate::from_ymd_opt(2026, 1, 1).unwrap());
        a.status = status;
        a.client_type = client_type;
        a.contact_every_days = every;
        a
    }

    #[test]
    fn defaults_per_type() {
        let d = CadenceDefaults::default();
        let cases = [
            (KeyClientType::Breadwinner, 14, 21),
            (KeyClientType::Prospect, 14, 30),
            (KeyClientType::ImageMaker, 30, 45),
            (KeyClientType::Expert, 21, 30),
        ];
        for (t, ideal, max) in cases {
            let a = account(AccountStatus::Active, t, None);
            assert_eq!(cadence_for(&a, &d), Some(Cadence::new(ideal, max)), "{t:?}");
        }
        for t in KeyClientType::ALL {
            assert_eq!(d.get(*t).problem(), None);
        }
    }

    #[test]
    fn lost_and_former_have_no_standard_prospects_do() {
        let d = CadenceDefaults::default();
        let cases = [
            (AccountStatus::Active, true),
            (AccountStatus::Prospect, true),
            (AccountStatus::AtRisk, true),
            (AccountStatus::Lost, false),
            (AccountStatus::Former, false),
        ];
        for (status, has) in cases {
            let a = account(status, KeyClientType::Prospect, Some(7));
            assert_eq!(cadence_for(&a, &d).is_some(), has, "{status:?}");
        }
    }

    #[test]
    fn override_gives_ideal_and_half_again() {
        let d = CadenceDefaults::default();
        let cases = [
            (Some(1), Cadence::new(1, 2)),
            (Some(7), Cadence::new(7, 11)),
            (Some(10), Cadence::new(10, 15)),
            (Some(14), Cadence::new(14, 21)),
            (Some(90), Cadence::new(90, 135)),
            (Some(u32::MAX), Cadence::new(u32::MAX, u32::MAX)),
            (Some(0), Cadence::new(30, 45)),
            (None, Cadence::new(30, 45)),
        ];
        for (every, expected) in cases {
            let a = account(AccountStatus::Active, KeyClientType::ImageMaker, every);
            assert_eq!(cadence_for(&a, &d), Some(expected), "{every:?}");
        }
    }

    #[test]
    fn problems_and_display() {
        assert_eq!(Cadence::new(14, 21).to_string(), "14/21");
        assert!(Cadence::new(0, 21).problem().is_some());
        assert!(Cadence::new(14, 13).problem().is_some());
        assert_eq!(Cadence::new(14, 14).problem(), None);
    }

    #[test]
    fn get_mut_edits_the_right_type() {
        let mut d = CadenceDefaults::default();
        *d.get_mut(KeyClientType::Expert) = Cadence::new(5, 6);
        assert_eq!(d.expert, Cadence::new(5, 6));
        assert_eq!(d.get(KeyClientType::Expert), Cadence::new(5, 6));
        assert_eq!(d.breadwinner, Cadence::new(14, 21));
    }
}
