//! The relationship plan: three texts and the implementation (objectives and milestones).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::ids::{AccountId, MilestoneId, ObjectiveId};
use crate::l10n;

/// The free-text parts of the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanSection {
    Charter,
    Situation,
    Strategy,
}

impl PlanSection {
    pub const ALL: [PlanSection; 3] = [PlanSection::Charter, PlanSection::Situation, PlanSection::Strategy];

    pub fn title(self) -> &'static str {
        match self {
            PlanSection::Charter => l10n::text("dossier-plan-charter"),
            PlanSection::Situation => l10n::text("dossier-plan-situation"),
            PlanSection::Strategy => l10n::text("dossier-plan-strategy"),
        }
    }

    /// What the section is for, shown when it is still empty.
    pub fn hint(self) -> &'static str {
        match self {
            PlanSection::Charter => l10n::text("dossier-hint-charter"),
            PlanSection::Situation => l10n::text("dossier-hint-situation"),
            PlanSection::Strategy => l10n::text("dossier-hint-strategy"),
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            PlanSection::Charter => "charter",
            PlanSection::Situation => "situation",
            PlanSection::Strategy => "strategy",
        }
    }
}

/// An annual objective: what we will supply this year and what it should earn.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Objective {
    pub id: ObjectiveId,
    pub account_id: AccountId,
    pub year: i32,
    pub product: String,
    /// Free text, because units differ ("1 200 t", "40 licences").
    pub planned_volume: String,
    pub expected_profit: Option<i64>,
    pub resources: String,
    #[serde(default)]
    pub stamp: super::ids::Stamp,
}

/// A review point of the plan: performance is checked on its date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Milestone {
    pub id: MilestoneId,
    pub account_id: AccountId,
    pub title: String,
    pub due: NaiveDate,
    pub done: Option<NaiveDate>,
    pub note: String,
    #[serde(default)]
    pub stamp: super::ids::Stamp,
}

impl Milestone {
    /// A new (not yet stored) open milestone without a note.
    pub fn new(account_id: AccountId, title: impl Into<String>, due: NaiveDate) -> Self {
        Milestone {
            id: MilestoneId(0),
            account_id,
            title: title.into(),
            due,
            done: None,
            note: String::new(),
            stamp: super::ids::Stamp::default(),
        }
    }

    pub fn is_done(&self) -> bool {
        self.done.is_some()
    }
}
