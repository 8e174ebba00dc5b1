//! The key account: who the customer is and how we classify the relationship.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

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
    /// Yearly sales to this customer, in the manager's currency; ranks the portfolio.
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
            stamp: super::Stamp::default(),
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
    pub annual_sales: Option<i64>,
    pub last_touchpoint: Option<NaiveDate>,
    /// The earliest open follow-up or milestone date.
    pub next_due: Option<NaiveDate>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lost_and_former_are_closed() {
        assert!(AccountStatus::Active.is_open());
        assert!(AccountStatus::AtRisk.is_open());
        assert!(AccountStatus::Prospect.is_open());
        assert!(!AccountStatus::Lost.is_open());
        assert!(!AccountStatus::Former.is_open());
    }
}
