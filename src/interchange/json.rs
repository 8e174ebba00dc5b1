//! The portfolio as one JSON document: every field of every entity, with a
//! format name and version so a later keyplan can read it.
//!
//! ```json
//! { "format": "keyplan-portfolio", "version": 1, "accounts": [ { "account": {...},
//!   "charter": "...", "situation": "...", "strategy": "...", "objectives": [...],
//!   "milestones": [...], "people": [...], "competitors": [...], "touchpoints": [...] } ] }
//! ```
//!
//! Version 2 adds each record's `uid`, its global id (UUID v7), kept by an
//! import so calendars and address books never see duplicates after a
//! portfolio moves to another machine; version 1 files (without) are read.
//!
//! Database ids stay out of the document, so it does not depend on them: a
//! person has a `ref` (1, 2, ... in the order listed) and `reports_to` and a
//! touchpoint's `people` refer to it. Accounts come in portfolio order, the
//! lists inside an account in the orders the dossier keeps. Exporting,
//! importing into an empty database and exporting again gives the same
//! bytes.
//!
//! Reading is strict: an unknown field, a wrong value or a reference to a
//! person who is not there is refused with the line and column.

use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::num::NonZeroU32;
use std::path::Path;

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use super::ImportError;
use crate::domain::{
    Account, AccountId, AccountStatus, Attitude, BirthDate, BuyingRole, Channel, Competitor, CompetitorId,
    ContactChannel, Dossier, KeyClientType, Milestone, Objective, ObjectiveId, Outcome, Person, PersonId,
    RelationshipLevel, Touchpoint, TouchpointId,
};

use convert::{dossier, entry};
use values::{Influence, NonEmpty, hours_minutes};

pub use stream::{Glimpse, Stopped, read_each, survey};

mod convert;
mod input;
mod stream;
mod values;

/// The value of `"format"`.
pub const FORMAT: &str = "keyplan-portfolio";
/// The value of `"version"` this keyplan writes and the newest it reads.
pub const VERSION: u32 = 2;

/// The whole document, as the streaming writer and reader spell it field by field.
#[cfg(test)]
#[derive(Serialize)]
struct Document<E> {
    format: String,
    version: u32,
    accounts: Vec<E>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    account: AccountEntry,
    #[serde(default)]
    charter: String,
    #[serde(default)]
    situation: String,
    #[serde(default)]
    strategy: String,
    #[serde(default)]
    objectives: Vec<ObjectiveEntry>,
    #[serde(default)]
    milestones: Vec<MilestoneEntry>,
    #[serde(default)]
    people: Vec<PersonEntry>,
    #[serde(default)]
    competitors: Vec<CompetitorEntry>,
    #[serde(default)]
    touchpoints: Vec<TouchpointEntry>,
    /// The sales history, newest month first (absent in older exports).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    sales: Vec<SaleEntry>,
}

/// One month's sales of one product; amounts as decimal numbers of the
/// account's currency (`1250.5`).
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SaleEntry {
    month: crate::domain::sales::Month,
    #[serde(default)]
    product: String,
    #[serde(with = "values::hundredths")]
    amount: i64,
    #[serde(default, with = "values::optional_hundredths")]
    profit: Option<i64>,
    #[serde(default, with = "values::optional_hundredths")]
    volume: Option<i64>,
}

/// A lost or former account's plan to win it back.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct WinBackEntry {
    means: crate::domain::analysis::WinBackMeans,
    #[serde(default)]
    note: String,
    due: NaiveDate,
}

/// An entry whose references were checked while reading it, so the error
/// carries the position of the entry.
#[derive(Deserialize)]
#[serde(try_from = "Entry")]
struct CheckedEntry(Entry);

impl TryFrom<Entry> for CheckedEntry {
    type Error = String;

    fn try_from(entry: Entry) -> Result<Self, String> {
        let name = &entry.account.name.0;
        let mut refs = HashSet::new();
        for person in &entry.people {
            if !refs.insert(person.reference) {
                return Err(crate::t!("import-json-two-refs", name = name.as_str(), reference = person.reference));
            }
        }
        let bosses: HashMap<u32, Option<u32>> = entry.people.iter().map(|p| (p.reference, p.reports_to)).collect();
        for person in &entry.people {
            if let Some(boss) = person.reports_to {
                if !refs.contains(&boss) {
                    return Err(crate::t!(
                        "import-json-unknown-boss",
                        name = name.as_str(),
                        person = person.name.0.as_str(),
                        boss = boss
                    ));
                }
                // Walk up at most as many steps as there are people.
                let mut at = Some(boss);
                for _ in 0..=entry.people.len() {
                    match at {
                        Some(r) if r == person.reference => {
                            return Err(crate::t!(
                                "import-json-circle",
                                name = name.as_str(),
                                person = person.name.0.as_str()
                            ));
                        }
                        Some(r) => at = bosses.get(&r).copied().flatten(),
                        None => break,
                    }
                }
            }
        }
        for touchpoint in &entry.touchpoints {
            if let Some(missing) = touchpoint.people.iter().find(|r| !refs.contains(r)) {
                return Err(crate::t!(
                    "import-json-unknown-person",
                    name = name.as_str(),
                    date = crate::l10n::date(touchpoint.date),
                    reference = *missing
                ));
            }
        }
        Ok(CheckedEntry(entry))
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct AccountEntry {
    /// The record's global id (UUID v7), the same on every machine.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    uid: String,
    name: NonEmpty,
    /// `type` and `relationship_level`: the names `keyplan list` once wrote
    /// (`domain::fields::FORMER_KEYS`).
    #[serde(default = "default_type", alias = "type")]
    client_type: KeyClientType,
    #[serde(default = "default_level_now", alias = "relationship_level")]
    level_now: RelationshipLevel,
    #[serde(default = "default_level_target")]
    level_target: RelationshipLevel,
    #[serde(default = "default_status")]
    status: AccountStatus,
    #[serde(default)]
    industry: String,
    #[serde(default)]
    region: String,
    #[serde(default)]
    headcount: Option<u32>,
    #[serde(default)]
    annual_sales: Option<i64>,
    #[serde(default)]
    cooperation_start: Option<NaiveDate>,
    #[serde(default)]
    description: String,
    #[serde(default)]
    development_history: String,
    #[serde(default)]
    org_structure: String,
    #[serde(default)]
    market_environment: String,
    #[serde(default)]
    preferred_products: String,
    #[serde(default)]
    contact_every_days: Option<NonZeroU32>,
    /// Missing in a hand-written file: the day of the import.
    #[serde(default)]
    created_on: Option<NaiveDate>,
    /// ISO 4217 code of the account's sales (absent in older exports).
    #[serde(default)]
    currency: Option<String>,
    #[serde(default)]
    closed_on: Option<NaiveDate>,
    #[serde(default)]
    loss_reason: Option<crate::domain::analysis::LossReason>,
    #[serde(default)]
    loss_note: String,
    #[serde(default)]
    win_back: Option<WinBackEntry>,
}

fn default_type() -> KeyClientType {
    KeyClientType::Breadwinner
}
fn default_level_now() -> RelationshipLevel {
    RelationshipLevel::Reactive
}
fn default_level_target() -> RelationshipLevel {
    RelationshipLevel::Proactive
}
fn default_status() -> AccountStatus {
    AccountStatus::Active
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ObjectiveEntry {
    /// The record's global id (UUID v7), the same on every machine.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    uid: String,
    year: i32,
    #[serde(default)]
    product: String,
    #[serde(default)]
    planned_volume: String,
    #[serde(default)]
    expected_profit: Option<i64>,
    #[serde(default)]
    resources: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct MilestoneEntry {
    /// The record's global id (UUID v7), the same on every machine.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    uid: String,
    title: NonEmpty,
    due: NaiveDate,
    #[serde(default)]
    done: Option<NaiveDate>,
    #[serde(default)]
    note: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct PersonEntry {
    /// The record's global id (UUID v7), the same on every machine.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    uid: String,
    #[serde(rename = "ref")]
    reference: u32,
    name: NonEmpty,
    #[serde(default)]
    job_title: String,
    #[serde(default)]
    role: Option<BuyingRole>,
    #[serde(default)]
    influence: Option<Influence>,
    #[serde(default)]
    attitude: Option<Attitude>,
    #[serde(default)]
    reports_to: Option<u32>,
    #[serde(default)]
    channel: Option<ContactChannel>,
    #[serde(default)]
    phone: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    /// `YYYY-MM-DD`, or `--MM-DD` when the year is unknown.
    birthday: Option<BirthDate>,
    #[serde(default)]
    notes: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct CompetitorEntry {
    /// The record's global id (UUID v7), the same on every machine.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    uid: String,
    name: NonEmpty,
    #[serde(default)]
    position: String,
    #[serde(default)]
    strengths: String,
    #[serde(default)]
    weaknesses: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct TouchpointEntry {
    /// The record's global id (UUID v7), the same on every machine.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    uid: String,
    date: NaiveDate,
    #[serde(default, with = "hours_minutes")]
    time: Option<NaiveTime>,
    channel: Channel,
    /// The `ref`s of the people who took part.
    #[serde(default)]
    people: Vec<u32>,
    #[serde(default)]
    summary: String,
    #[serde(default)]
    outcome: Option<Outcome>,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    next_step: String,
    #[serde(default)]
    next_step_due: Option<NaiveDate>,
    #[serde(default)]
    next_step_done: Option<NaiveDate>,
}

/// The portfolio as the versioned document, pretty-printed, ending with a newline.
pub fn write(portfolio: &[Dossier]) -> String {
    let mut out = Vec::new();
    let written: std::io::Result<()> = write_to(&mut out, portfolio.iter().cloned().map(Ok));
    written.expect("writing to memory does not fail");
    String::from_utf8(out).unwrap_or_default()
}

/// The same document, written one dossier at a time as `dossiers` yields
/// them, so a large portfolio is never held in memory whole. The bytes are
/// exactly those of serde_json's pretty printer for the whole document.
pub fn write_to<E: From<std::io::Error>>(
    out: &mut dyn Write,
    dossiers: impl IntoIterator<Item = Result<Dossier, E>>,
) -> Result<(), E> {
    write!(out, "{{\n  \"format\": \"{FORMAT}\",\n  \"version\": {VERSION},\n  \"accounts\": [")?;
    let mut first = true;
    for dossier in dossiers {
        // Serialising plain structs of strings, numbers and dates cannot fail.
        let text = serde_json::to_string_pretty(&entry(&dossier?)).unwrap_or_default();
        out.write_all(if first { b"\n" } else { b",\n" })?;
        first = false;
        // JSON strings hold no raw line breaks: every line is structure,
        // indented two levels deeper inside the document.
        for (i, line) in text.split('\n').enumerate() {
            if i > 0 {
                out.write_all(b"\n")?;
            }
            out.write_all(b"    ")?;
            out.write_all(line.as_bytes())?;
        }
    }
    out.write_all(if first { b"]\n}\n" } else { b"\n  ]\n}\n" })?;
    Ok(())
}

/// Reads a document written by [`write`] (or by hand, with the optional
/// fields left out), whole: the reading of [`stream`] into a list. People
/// get their `ref` as a local id, as `Store::insert_dossier` and the merge
/// expect; `today` is the creation date of an account that does not say.
pub fn read(file: &Path, text: &str, today: NaiveDate) -> Result<Vec<Dossier>, ImportError> {
    let file_problem = |stopped: Stopped<std::convert::Infallible>| match stopped {
        Stopped::File(problem) => problem,
        Stopped::By(never) => match never {},
    };
    survey(file, text.as_bytes(), &mut |_, _| Ok(())).map_err(file_problem)?;
    let mut dossiers = Vec::new();
    read_each(file, text.as_bytes(), today, &mut |dossier, _| {
        dossiers.push(dossier);
        Ok(())
    })
    .map_err(file_problem)?;
    Ok(dossiers)
}

/// A contact dated years ahead would make a slipping account look recently
/// contacted: refused as `keyplan log` refuses it, naming the record.
fn refuse_future_touchpoints(file: &Path, entry: &Entry, today: NaiveDate) -> Result<(), ImportError> {
    for (at, touchpoint) in entry.touchpoints.iter().enumerate() {
        if let Some(problem) = Touchpoint::import_date_problem(touchpoint.date, today) {
            let summary = crate::domain::text::truncate(&touchpoint.summary, 40);
            let place = crate::t!(
                "import-json-touchpoint-place",
                name = entry.account.name.0.as_str(),
                n = at + 1,
                summary = summary
            );
            return Err(ImportError::new(file, None, problem).at(place));
        }
    }
    Ok(())
}

/// serde_json's message without its " at line L column C" tail, which we
/// say in our own words.
fn located(file: &Path, error: &serde_json::Error) -> ImportError {
    let message = error.to_string();
    let message = match message.rfind(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message,
    };
    let message = if error.is_eof() { crate::t!("import-json-ends-early", message = message) } else { message };
    let line = (error.line() > 0).then_some(error.line());
    let error_at = ImportError::new(file, line, message);
    if error.column() > 0 { error_at.at(format!("column {}", error.column())) } else { error_at }
}

#[cfg(test)]
mod tests;
