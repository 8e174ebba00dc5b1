//! The long texts of a dossier: the three plan texts and the Overview's five.
//! Each is saved on its own, with a revision of its own, and every saved
//! version is kept in the history.

use serde::{Deserialize, Serialize};

use super::{Account, Dossier, PlanSection};
use crate::l10n;

/// The long texts of an account's general information.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AccountText {
    Description,
    DevelopmentHistory,
    OrgStructure,
    MarketEnvironment,
    PreferredProducts,
}

impl AccountText {
    pub const ALL: [AccountText; 5] = [
        AccountText::Description,
        AccountText::DevelopmentHistory,
        AccountText::OrgStructure,
        AccountText::MarketEnvironment,
        AccountText::PreferredProducts,
    ];

    pub fn title(self) -> &'static str {
        match self {
            AccountText::Description => l10n::text("dossier-text-description"),
            AccountText::DevelopmentHistory => l10n::text("dossier-text-development-history"),
            AccountText::OrgStructure => l10n::text("dossier-text-org-structure"),
            AccountText::MarketEnvironment => l10n::text("dossier-text-market-environment"),
            AccountText::PreferredProducts => l10n::text("dossier-text-preferred-products"),
        }
    }

    /// The stored name: the column, and the part in the history.
    pub fn key(self) -> &'static str {
        match self {
            AccountText::Description => "description",
            AccountText::DevelopmentHistory => "development_history",
            AccountText::OrgStructure => "org_structure",
            AccountText::MarketEnvironment => "market_environment",
            AccountText::PreferredProducts => "preferred_products",
        }
    }

    pub fn get(self, account: &Account) -> &str {
        match self {
            AccountText::Description => &account.description,
            AccountText::DevelopmentHistory => &account.development_history,
            AccountText::OrgStructure => &account.org_structure,
            AccountText::MarketEnvironment => &account.market_environment,
            AccountText::PreferredProducts => &account.preferred_products,
        }
    }

    pub fn set(self, account: &mut Account, value: String) {
        let slot = match self {
            AccountText::Description => &mut account.description,
            AccountText::DevelopmentHistory => &mut account.development_history,
            AccountText::OrgStructure => &mut account.org_structure,
            AccountText::MarketEnvironment => &mut account.market_environment,
            AccountText::PreferredProducts => &mut account.preferred_products,
        };
        *slot = value;
    }
}

/// One long text of a dossier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TextPart {
    Plan(PlanSection),
    Account(AccountText),
}

impl TextPart {
    pub const ALL: [TextPart; 8] = [
        TextPart::Plan(PlanSection::Charter),
        TextPart::Plan(PlanSection::Situation),
        TextPart::Plan(PlanSection::Strategy),
        TextPart::Account(AccountText::Description),
        TextPart::Account(AccountText::DevelopmentHistory),
        TextPart::Account(AccountText::OrgStructure),
        TextPart::Account(AccountText::MarketEnvironment),
        TextPart::Account(AccountText::PreferredProducts),
    ];

    pub fn title(self) -> &'static str {
        match self {
            TextPart::Plan(section) => section.title(),
            TextPart::Account(text) => text.title(),
        }
    }

    /// The stored name: the column, and the part in the history.
    pub fn key(self) -> &'static str {
        match self {
            TextPart::Plan(section) => section.key(),
            TextPart::Account(text) => text.key(),
        }
    }

    pub fn from_key(key: &str) -> Option<TextPart> {
        TextPart::ALL.into_iter().find(|part| part.key() == key)
    }

    pub fn get(self, dossier: &Dossier) -> &str {
        match self {
            TextPart::Plan(section) => dossier.plan_text(section),
            TextPart::Account(text) => text.get(&dossier.account),
        }
    }

    pub fn set(self, dossier: &mut Dossier, value: String) {
        match self {
            TextPart::Plan(section) => *dossier.plan_text_mut(section) = value,
            TextPart::Account(text) => text.set(&mut dossier.account, value),
        }
    }
}
