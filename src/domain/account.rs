//! The key account: who the customer is and how we classify the relationship.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::analysis::{LossReason, WinBack};
use super::ids::AccountId;

choice_enum! {
    /// Why this customer is key to us (DOMAIN.md, "Classifying accounts").
    KeyClientType as "client-type" {
        Breadwinner => "breadwinner";
        Prospect => "prospect";
        ImageMaker => "image_maker";
        Expert => "expert";
    }
}

choice_enum! {
    /// The five levels of relationship marketing, weakest first.
    RelationshipLevel as "level" {
        Basic => "basic";
        Reactive => "reactive";
        Accountable => "accountable";
        Proactive => "proactive";
        Partnership => "partnership";
    }
}

choice_enum! {
    /// Where the account stands. Lost and former accounts are closed but kept:
    /// the dossier is the company's memory.
    AccountStatus as "status" {
        Active => "active";
        Prospect => "prospect";
        AtRisk => "at_risk";
        Lost => "lost";
        Former => "former";
    }
}

impl AccountStatus {
    /// Open accounts are the ones being worked; their names must be unique.
    pub fn is_open(self) -> bool {
        !matches!(self, AccountStatus::Lost | AccountStatus::Former)
    }
}

/// An account with its general information (the dossier's Overview).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Account {
    pub id: AccountId,
    pub name: String,
    pub client_type: KeyClientType,
    pub level_now: RelationshipLevel,
    pub level_target: RelationshipLevel,
    pub status: AccountStatus,
    pub industry: String,
    pub region: String,
    pub headcount: Option<u32>,
    /// Yearly sales to this customer as typed, in whole units: the
    /// portfolio ranks by it while the account has no sales history.
    pub annual_sales: Option<i64>,
    pub cooperation_start: Option<NaiveDate>,
    pub description: String,
    pub development_history: String,
    pub org_structure: String,
    pub market_environment: String,
    pub preferred_products: String,
    /// Overrides the standard contact frequency of the account's type, in days.
    pub contact_every_days: Option<u32>,
    /// The day the account entered keyplan.
    pub created_on: NaiveDate,
    /// ISO 4217 code of its sales (`UAH`); None: the settings' default currency.
    #[serde(default)]
    pub currency: Option<String>,
    /// The day it was closed as lost or former.
    #[serde(default)]
    pub closed_on: Option<NaiveDate>,
    /// Why it was lost (lost and former accounts).
    #[serde(default)]
    pub loss_reason: Option<LossReason>,
    #[serde(default)]
    pub loss_note: String,
    /// On the win-back list, with the means planned and a date.
    #[serde(default)]
    pub win_back: Option<WinBack>,
    /// Global id and revision of the account's facts (its long texts have
    /// revisions of their own: [`super::Dossier::text_revisions`]).
    #[serde(default)]
    pub stamp: super::Stamp,
}

impl Account {
    /// A fresh account with only a name; the rest takes the usual defaults.
    pub fn new(name: impl Into<String>, created_on: NaiveDate) -> Self {
        Account {
            id: AccountId(0),
            name: name.into(),
            client_type: KeyClientType::Breadwinner,
            level_now: RelationshipLevel::Reactive,
            level_target: RelationshipLevel::Proactive,
            status: AccountStatus::Active,
            industry: String::new(),
            region: String::new(),
            headcount: None,
            annual_sales: None,
            cooperation_start: None,
            description: String::new(),
            development_history: String::new(),
            org_structure: String::new(),
            market_environment: String::new(),
            preferred_products: String::new(),
            contact_every_days: None,
            created_on,
            currency: None,
            closed_on: None,
            loss_reason: None,
            loss_note: String::new(),
            win_back: None,
            stamp: super::Stamp::default(),
        }
    }
}

impl Account {
    /// Closes the account as lost or former (`status` must be one of them),
    /// for `reason`, on `on`. A win-back plan it had stays.
    pub fn close(&mut self, status: AccountStatus, reason: LossReason, note: &str, on: NaiveDate) {
        debug_assert!(!status.is_open());
        self.status = status;
        self.loss_reason = Some(reason);
        self.loss_note = note.trim().to_string();
        self.closed_on = Some(on);
    }

    /// Keeps the closing facts in step with the status: an open account
    /// (reopened, or never closed) has no closing date, reason or win-back
    /// plan (the history keeps what it had); a closed one without a date
    /// was closed `today`.
    pub fn settle_closing(&mut self, today: NaiveDate) {
        if self.status.is_open() {
            self.closed_on = None;
            self.loss_reason = None;
            self.loss_note.clear();
            self.win_back = None;
        } else if self.closed_on.is_none() {
            self.closed_on = Some(today);
        }
    }
}

/// One row of the portfolio: what the table shows without loading the dossier.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AccountSummary {
    pub id: AccountId,
    pub name: String,
    pub client_type: KeyClientType,
    pub level_now: RelationshipLevel,
    pub status: AccountStatus,
    /// The last twelve complete months of its sales history in whole units,
    /// else the typed annual figure.
    pub annual_sales: Option<i64>,
    pub last_touchpoint: Option<NaiveDate>,
    /// The earliest open follow-up or milestone date.
    pub next_due: Option<NaiveDate>,
    /// Its sales over the analysis window, when it has a sales history.
    pub window: Option<WindowSales>,
    /// Its own currency (None: the settings' default).
    pub currency: Option<String>,
}

/// What the portfolio adds up to, per currency, kept by the store as
/// accounts change: the first screen is drawn from its first rows and
/// these, never from every account.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PortfolioTotals {
    pub currencies: Vec<CurrencyTotals>,
}

/// One currency's part of [`PortfolioTotals`].
#[derive(Debug, Clone, PartialEq)]
pub struct CurrencyTotals {
    /// None: accounts that name no currency (the settings' default).
    pub currency: Option<String>,
    pub accounts: usize,
    /// The annual sales of the open accounts, whole units: the whole their share is of.
    pub open_sales: i64,
    /// The positive window totals, hundredths: the whole the ABC classes are cut from.
    pub window_sales: i64,
}

impl PortfolioTotals {
    /// Every account, open or closed.
    pub fn accounts(&self) -> usize {
        self.currencies.iter().map(|c| c.accounts).sum()
    }

    /// The annual sales of the open accounts, in every currency (as the
    /// portfolio's "Share" column adds them up).
    pub fn open_sales(&self) -> i64 {
        self.currencies.iter().map(|c| c.open_sales).sum()
    }

    /// The positive window totals of the accounts whose amounts are in
    /// `code` (accounts naming none are in `default`).
    pub fn window_sales(&self, code: Option<&str>, default: Option<&str>) -> i64 {
        self.currencies
            .iter()
            .filter(|c| super::analysis::currency_of(c.currency.as_deref(), default).as_deref() == code)
            .map(|c| c.window_sales)
            .sum()
    }
}

/// An account's sales over the analysis window (the twelve complete
/// months before this one), as the portfolio reads them.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct WindowSales {
    /// Hundredths.
    pub amount: i64,
    /// The sum of the squared monthly totals.
    pub sum_of_squares: f64,
    /// The first month of its history.
    pub first: super::sales::Month,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reopening_clears_the_closing_facts_and_closing_dates_them() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let mut account = Account::new("Acme", today);
        account.close(AccountStatus::Lost, LossReason::Price, " cheaper elsewhere ", today);
        account.win_back =
            Some(WinBack { means: crate::domain::analysis::WinBackMeans::Gift, note: String::new(), due: today });
        account.settle_closing(today);
        assert_eq!(
            (account.closed_on, account.loss_reason, account.loss_note.as_str()),
            (Some(today), Some(LossReason::Price), "cheaper elsewhere")
        );
        assert!(account.win_back.is_some());
        account.status = AccountStatus::Active;
        account.settle_closing(today);
        assert_eq!(
            (account.closed_on, account.loss_reason, account.loss_note.as_str(), account.win_back.clone()),
            (None, None, "", None)
        );
        account.status = AccountStatus::Former;
        account.settle_closing(today);
        assert_eq!(account.closed_on, Some(today));
    }

    #[test]
    fn lost_and_former_are_closed() {
        assert!(AccountStatus::Active.is_open());
        assert!(AccountStatus::AtRisk.is_open());
        assert!(AccountStatus::Prospect.is_open());
        assert!(!AccountStatus::Lost.is_open());
        assert!(!AccountStatus::Former.is_open());
    }
}
