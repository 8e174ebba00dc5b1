//! The portfolio as one JSON document: every field of every entity, with a
//! format name and version so a later keyplan can read it.
//!
//! ```json
//! { "format": "keyplan-portfolio", "version": 1, "accounts": [ { "account": {...},
//!   "charter": "...", "situation": "...", "strategy": "...", "objectives": [...],
//!   "milestones": [...], "people": [...], "competitors": [...], "touchpoints": [...] } ] }
//! ```
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
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::ImportError;
use crate::domain::{
    Account, AccountId, AccountStatus, Attitude, BuyingRole, Channel, Competitor, CompetitorId, ContactChannel,
    Dossier, KeyClientType, Milestone, MilestoneId, Objective, ObjectiveId, Outcome, Person, PersonId,
    RelationshipLevel, Touchpoint, TouchpointId,
};

/// The value of `"format"`.
pub const FORMAT: &str = "keyplan-portfolio";
/// The value of `"version"` this keyplan writes and the newest it reads.
pub const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Document<E> {
    format: String,
    version: u32,
    accounts: Vec<E>,
}

/// Only the header, to refuse a foreign or newer file before its details.
#[derive(Deserialize)]
struct Header {
    format: Option<String>,
    version: Option<u32>,
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
                return Err(format!("account \"{name}\": two people have ref {}", person.reference));
            }
        }
        let bosses: HashMap<u32, Option<u32>> = entry.people.iter().map(|p| (p.reference, p.reports_to)).collect();
        for person in &entry.people {
            if let Some(boss) = person.reports_to {
                if !refs.contains(&boss) {
                    return Err(format!(
                        "account \"{name}\": {} reports to ref {boss}, but no person has that ref",
                        person.name.0
                    ));
                }
                // Walk up at most as many steps as there are people.
                let mut at = Some(boss);
                for _ in 0..=entry.people.len() {
                    match at {
                        Some(r) if r == person.reference => {
                            return Err(format!(
                                "account \"{name}\": {} would report to themselves through a circle of bosses",
                                person.name.0
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
                return Err(format!(
                    "account \"{name}\": the touchpoint of {} refers to person ref {missing}, but no person has that ref",
                    touchpoint.date
                ));
            }
        }
        Ok(CheckedEntry(entry))
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct AccountEntry {
    name: NonEmpty,
    #[serde(default = "default_type")]
    client_type: KeyClientType,
    #[serde(default = "default_level_now")]
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
    birthday: Option<NaiveDate>,
    #[serde(default)]
    notes: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct CompetitorEntry {
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

/// A name or title: refused where it is when it is empty.
struct NonEmpty(String);

impl Serialize for NonEmpty {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for NonEmpty {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        if text.trim().is_empty() {
            return Err(serde::de::Error::custom("a name or title must not be empty"));
        }
        Ok(NonEmpty(text))
    }
}

/// Influence on the 1-5 scale, refused where it is when out of range.
struct Influence(u8);

impl Serialize for Influence {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u8(self.0)
    }
}

impl<'de> Deserialize<'de> for Influence {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = u8::deserialize(d)?;
        if !crate::domain::people::valid_influence(value) {
            return Err(serde::de::Error::custom(format!("influence is 1 to 5, not {value}")));
        }
        Ok(Influence(value))
    }
}

/// Times as the store keeps them: `HH:MM`.
mod hours_minutes {
    use chrono::NaiveTime;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(time: &Option<NaiveTime>, s: S) -> Result<S::Ok, S::Error> {
        match time {
            Some(t) => s.serialize_str(&t.format("%H:%M").to_string()),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveTime>, D::Error> {
        match Option::<String>::deserialize(d)? {
            None => Ok(None),
            Some(text) => NaiveTime::parse_from_str(&text, "%H:%M")
                .or_else(|_| NaiveTime::parse_from_str(&text, "%H:%M:%S"))
                .map(Some)
                .map_err(|_| serde::de::Error::custom(format!("\"{text}\" is not a time (HH:MM)"))),
        }
    }
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

fn entry(d: &Dossier) -> Entry {
    // People are referred to by their place in the list, counted from 1.
    let refs: HashMap<PersonId, u32> =
        d.people.iter().enumerate().map(|(i, p)| (p.id, u32::try_from(i + 1).unwrap_or(u32::MAX))).collect();
    let a = &d.account;
    Entry {
        account: AccountEntry {
            name: NonEmpty(a.name.clone()),
            client_type: a.client_type,
            level_now: a.level_now,
            level_target: a.level_target,
            status: a.status,
            industry: a.industry.clone(),
            region: a.region.clone(),
            headcount: a.headcount,
            annual_sales: a.annual_sales,
            cooperation_start: a.cooperation_start,
            description: a.description.clone(),
            development_history: a.development_history.clone(),
            org_structure: a.org_structure.clone(),
            market_environment: a.market_environment.clone(),
            preferred_products: a.preferred_products.clone(),
            contact_every_days: a.contact_every_days.and_then(NonZeroU32::new),
            created_on: Some(a.created_on),
        },
        charter: d.charter.clone(),
        situation: d.situation.clone(),
        strategy: d.strategy.clone(),
        objectives: d
            .objectives
            .iter()
            .map(|o| ObjectiveEntry {
                year: o.year,
                product: o.product.clone(),
                planned_volume: o.planned_volume.clone(),
                expected_profit: o.expected_profit,
                resources: o.resources.clone(),
            })
            .collect(),
        milestones: d
            .milestones
            .iter()
            .map(|m| MilestoneEntry {
                title: NonEmpty(m.title.clone()),
                due: m.due,
                done: m.done,
                note: m.note.clone(),
            })
            .collect(),
        people: d
            .people
            .iter()
            .map(|p| PersonEntry {
                reference: refs.get(&p.id).copied().unwrap_or(0),
                name: NonEmpty(p.name.clone()),
                job_title: p.job_title.clone(),
                role: p.role,
                influence: p.influence.map(Influence),
                attitude: p.attitude,
                reports_to: p.reports_to.and_then(|boss| refs.get(&boss).copied()),
                channel: p.channel,
                phone: p.phone.clone(),
                email: p.email.clone(),
                birthday: p.birthday,
                notes: p.notes.clone(),
            })
            .collect(),
        competitors: d
            .competitors
            .iter()
            .map(|c| CompetitorEntry {
                name: NonEmpty(c.name.clone()),
                position: c.position.clone(),
                strengths: c.strengths.clone(),
                weaknesses: c.weaknesses.clone(),
            })
            .collect(),
        touchpoints: d
            .touchpoints
            .iter()
            .map(|t| TouchpointEntry {
                date: t.date,
                time: t.time,
                channel: t.channel,
                people: t.people.iter().filter_map(|p| refs.get(p).copied()).collect(),
                summary: t.summary.clone(),
                outcome: t.outcome,
                reason: t.reason.clone(),
                next_step: t.next_step.clone(),
                next_step_due: t.next_step_due,
                next_step_done: t.next_step_done,
            })
            .collect(),
    }
}

/// Reads a document written by [`write`] (or by hand, with the optional
/// fields left out). People get their `ref` as a local id, as
/// `Store::insert_dossier` and the merge expect; `today` is the creation
/// date of an account that does not say.
pub fn read(file: &Path, text: &str, today: NaiveDate) -> Result<Vec<Dossier>, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportError::new(file, None, "the file is empty"));
    }
    let header: Header = match serde_json::from_str(text) {
        Ok(header) => header,
        // Valid JSON of another shape (an array, a number): not ours.
        Err(e) if e.is_data() => Header { format: None, version: None },
        Err(e) => return Err(located(file, &e)),
    };
    match (header.format.as_deref(), header.version) {
        (Some(FORMAT), Some(version)) if version <= VERSION => {}
        (Some(FORMAT), Some(version)) => {
            return Err(ImportError::new(
                file,
                None,
                format!("it was written by a newer keyplan (format version {version}; this one reads up to {VERSION})"),
            ));
        }
        (Some(FORMAT), None) => return Err(ImportError::new(file, None, "the \"version\" field is missing")),
        _ => {
            return Err(ImportError::new(
                file,
                None,
                format!("it is not a keyplan export (it has no \"format\": \"{FORMAT}\" field)"),
            ));
        }
    }
    let document: Document<CheckedEntry> = serde_json::from_str(text).map_err(|e| located(file, &e))?;
    Ok(document.accounts.into_iter().map(|e| dossier(e.0, today)).collect())
}

/// serde_json's message without its " at line L column C" tail, which we
/// say in our own words.
fn located(file: &Path, error: &serde_json::Error) -> ImportError {
    let message = error.to_string();
    let message = match message.rfind(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message,
    };
    let message =
        if error.is_eof() { format!("the file ends too early ({message}): is it complete?") } else { message };
    let line = (error.line() > 0).then_some(error.line());
    let error_at = ImportError::new(file, line, message);
    if error.column() > 0 { error_at.at(format!("column {}", error.column())) } else { error_at }
}

fn dossier(e: Entry, today: NaiveDate) -> Dossier {
    let a = e.account;
    let account = Account {
        id: AccountId(0),
        name: a.name.0,
        client_type: a.client_type,
        level_now: a.level_now,
        level_target: a.level_target,
        status: a.status,
        industry: a.industry,
        region: a.region,
        headcount: a.headcount,
        annual_sales: a.annual_sales,
        cooperation_start: a.cooperation_start,
        description: a.description,
        development_history: a.development_history,
        org_structure: a.org_structure,
        market_environment: a.market_environment,
        preferred_products: a.preferred_products,
        contact_every_days: a.contact_every_days.map(NonZeroU32::get),
        created_on: a.created_on.unwrap_or(today),
    };
    let local = |r: u32| PersonId(i64::from(r));
    Dossier {
        account,
        charter: e.charter,
        situation: e.situation,
        strategy: e.strategy,
        objectives: e
            .objectives
            .into_iter()
            .map(|o| Objective {
                id: ObjectiveId(0),
                account_id: AccountId(0),
                year: o.year,
                product: o.product,
                planned_volume: o.planned_volume,
                expected_profit: o.expected_profit,
                resources: o.resources,
            })
            .collect(),
        milestones: e
            .milestones
            .into_iter()
            .map(|m| Milestone {
                id: MilestoneId(0),
                account_id: AccountId(0),
                title: m.title.0,
                due: m.due,
                done: m.done,
                note: m.note,
            })
            .collect(),
        people: e
            .people
            .into_iter()
            .map(|p| Person {
                id: local(p.reference),
                account_id: AccountId(0),
                name: p.name.0,
                job_title: p.job_title,
                role: p.role,
                influence: p.influence.map(|i| i.0),
                attitude: p.attitude,
                reports_to: p.reports_to.map(local),
                channel: p.channel,
                phone: p.phone,
                email: p.email,
                birthday: p.birthday,
                notes: p.notes,
            })
            .collect(),
        competitors: e
            .competitors
            .into_iter()
            .map(|c| Competitor {
                id: CompetitorId(0),
                account_id: AccountId(0),
                name: c.name.0,
                position: c.position,
                strengths: c.strengths,
                weaknesses: c.weaknesses,
            })
            .collect(),
        touchpoints: e
            .touchpoints
            .into_iter()
            .map(|t| Touchpoint {
                id: TouchpointId(0),
                account_id: AccountId(0),
                date: t.date,
                time: t.time,
                channel: t.channel,
                people: t.people.into_iter().map(local).collect(),
                summary: t.summary,
                outcome: t.outcome,
                reason: t.reason,
                next_step: t.next_step,
                next_step_due: t.next_step_due,
                next_step_done: t.next_step_done,
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    #[test]
    fn sample_round_trips_through_the_document() {
        let sample = crate::sample::sample_portfolio(today());
        let text = write(&sample);
        let back = read(Path::new("p.json"), &text, today()).unwrap();
        assert_eq!(write(&back), text);
        assert!(text.starts_with("{\n  \"format\": \"keyplan-portfolio\",\n  \"version\": 1,"));
    }

    #[test]
    fn streaming_gives_the_bytes_of_the_pretty_printer() {
        let sample = crate::sample::sample_portfolio(today());
        for portfolio in [&sample[..], &sample[..1], &[]] {
            let document =
                Document { format: FORMAT.into(), version: VERSION, accounts: portfolio.iter().map(entry).collect() };
            let expected = serde_json::to_string_pretty(&document).unwrap() + "\n";
            assert_eq!(write(portfolio), expected);
        }
    }

    #[test]
    fn minimal_hand_written_file_is_enough() {
        let text = r#"{"format": "keyplan-portfolio", "version": 1, "accounts": [{"account": {"name": "Acme"}}]}"#;
        let back = read(Path::new("p.json"), text, today()).unwrap();
        assert_eq!(back[0].account.name, "Acme");
        assert_eq!(back[0].account.created_on, today());
    }

    #[test]
    fn errors_name_line_and_column() {
        let cut = "{\n  \"format\": \"keyplan-portfolio\",\n  \"version\": 1,\n  \"accounts\": [\n";
        let e = read(Path::new("p.json"), cut, today()).unwrap_err();
        assert_eq!(e.line, Some(5));
        assert!(e.message.contains("ends too early"), "{e}");

        let bad = "{\"format\": \"keyplan-portfolio\", \"version\": 1,\n \"accounts\": [{\"account\": {\"name\": \"A\", \"status\": \"asleep\"}}]}";
        let e = read(Path::new("p.json"), bad, today()).unwrap_err();
        assert_eq!(e.line, Some(2));
        assert!(e.message.contains("unknown variant `asleep`"), "{e}");

        let newer = r#"{"format": "keyplan-portfolio", "version": 9, "accounts": []}"#;
        assert!(read(Path::new("p.json"), newer, today()).unwrap_err().message.contains("newer keyplan"));
        for foreign in [r#"{"name": "x"}"#, "[1, 2]", r#"{"format": 3}"#] {
            let e = read(Path::new("p.json"), foreign, today()).unwrap_err();
            assert!(e.message.contains("not a keyplan export"), "{foreign}: {e}");
        }
    }

    #[test]
    fn references_are_checked() {
        let text = r#"{"format": "keyplan-portfolio", "version": 1, "accounts": [{"account": {"name": "A"},
            "people": [{"ref": 1, "name": "X", "reports_to": 2}, {"ref": 2, "name": "Y", "reports_to": 1}]}]}"#;
        let e = read(Path::new("p.json"), text, today()).unwrap_err();
        assert!(e.message.contains("circle"), "{e}");
        let text = r#"{"format": "keyplan-portfolio", "version": 1, "accounts": [{"account": {"name": "A"},
            "touchpoints": [{"date": "2026-01-01", "channel": "call", "people": [3]}]}]}"#;
        let e = read(Path::new("p.json"), text, today()).unwrap_err();
        assert!(e.message.contains("ref 3"), "{e}");
        assert_eq!(e.line, Some(2));
    }
}
