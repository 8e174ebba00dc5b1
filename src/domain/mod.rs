//! Plain types and rules of key account management. No I/O, no clock:
//! "today" is always a parameter.

#[macro_use]
mod labels;
pub mod account;
pub mod alerts;
pub mod analysis;
pub mod birthday;
pub mod cadence;
pub mod changes;
pub mod columns;
pub mod dates;
pub mod diff;
pub mod dossier;
pub mod fields;
pub mod format;
pub mod history;
pub mod ids;
pub mod people;
pub mod plan;
pub mod sales;
pub mod search;
pub mod sections;
pub mod text;
pub mod texts;
pub mod touchpoint;

pub use account::{
    Account, AccountStatus, AccountSummary, CurrencyTotals, KeyClientType, PortfolioTotals, RelationshipLevel,
};
pub use alerts::{
    AccountFacts, AccountFlag, Alert, AlertCounts, AlertItem, AlertKey, AlertKind, Birthday, CheckInput, CheckSettings,
    Detail, FollowUp, OpenMilestone, Severity, Snooze, WinBackDue, account_flags, check, counts, lapsing_flags,
};
pub use birthday::BirthDate;
pub use cadence::{Cadence, CadenceDefaults, cadence_for, cadence_of};
pub use dates::{DateError, parse_date};
pub use dossier::Dossier;
pub use ids::{AccountId, CompetitorId, MilestoneId, ObjectiveId, PersonId, Stamp, TouchpointId};
pub use labels::Choice;
pub use people::{Attitude, BuyingRole, Competitor, ContactChannel, Person};
pub use plan::{Milestone, Objective, PlanSection};
pub use sales::{Month, MonthChange, MonthTotal, Period, Sale};
pub use search::{SearchHit, SearchKind};
pub use sections::DossierSection;
pub use texts::{AccountText, TextPart};
pub use touchpoint::{Channel, OpenNextStep, Outcome, Touchpoint};
