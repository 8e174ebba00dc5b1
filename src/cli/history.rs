//! `keyplan history ACCOUNT`: every change of a dossier, newest first, with
//! when, on which machine and what changed (a text's words as
//! `[-removed-]{+added+}`); and `keyplan show ACCOUNT --since-review` /
//! `--since DATE`: what changed in the plan since, for the meeting with
//! the manager.

use std::path::Path;

use chrono::NaiveDate;
use serde_json::{Value, json};

use super::{Failure, OutputFormat, out, resolve};
use crate::clock::Zone;
use crate::domain::changes::{self, ItemChange, Summary};
use crate::domain::history::Entry;
use crate::domain::{AccountId, DossierSection, TextPart};
use crate::store::Store;

#[derive(clap::Args, Debug)]
pub struct HistoryArgs {
    #[arg(add = super::completions::accounts())]
    pub account: String,
    #[arg(long, value_name = "NAME", add = super::completions::sections())]
    pub section: Option<String>,
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    pub format: OutputFormat,
}

pub fn run(path: &Path, args: &HistoryArgs) -> Result<(), Failure> {
    let section = args.section.as_deref().map(super::show::section).transpose()?;
    let store = super::open_for_reading(path)?;
    let id = resolve::account(&store, &args.account)?;
    let entries: Vec<Entry> =
        store.history(id, None, None)?.into_iter().filter(|e| section.is_none_or(|s| in_section(e, s))).collect();
    let printed = match args.format {
        OutputFormat::Text => text(&account_name(&store, id)?, &entries, Zone::Local),
        OutputFormat::Json => {
            // Scripts read `what` in English, whatever the language.
            let _english = crate::l10n::scoped(crate::l10n::Language::English);
            let rows: Vec<Value> = entries.iter().map(entry_json).collect();
            format!("{}\n", serde_json::to_string_pretty(&rows).unwrap_or_default())
        }
    };
    out::print(&printed)
}

/// Where `show --since-review` or `--since DATE` starts.
#[derive(Debug, Clone, Copy)]
pub enum Since {
    Review,
    Day(NaiveDate),
}

/// `keyplan show ACCOUNT --since-review | --since DATE`.
pub fn since(store: &Store, id: AccountId, since: Since, format: OutputFormat) -> Result<String, Failure> {
    let name = account_name(store, id)?;
    let (after_id, from, heading) = match since {
        Since::Review => {
            let review = store
                .latest_review(id)?
                .ok_or_else(|| Failure::user(crate::t!("shell-history-no-review", name = name.as_str())))?;
            let day = crate::store::review::review_day(&review);
            (review.id.0, Default::default(), Heading::Review(day))
        }
        Since::Day(day) => (0, Zone::Local.start_of(day), Heading::Day(day)),
    };
    let rows = store.plan_changes(id, after_id, from)?;
    Ok(match format {
        OutputFormat::Text => since_text(&name, &heading.text(), &changes::summarize(&rows)),
        OutputFormat::Json => {
            // Scripts read the labels and `since` in English, whatever the language.
            let _english = crate::l10n::scoped(crate::l10n::Language::English);
            let changes: Vec<Value> = changes::summarize(&rows).iter().map(summary_json).collect();
            let since = heading.text();
            let value = json!({ "account": name, "since": since, "changes": changes });
            format!("{}\n", serde_json::to_string_pretty(&value).unwrap_or_default())
        }
    })
}

/// Where the changes shown start: a review, or a day.
enum Heading {
    Review(NaiveDate),
    Day(NaiveDate),
}

impl Heading {
    /// `since the review of 2026-11-02`, `since 2026-11-02`.
    fn text(&self) -> String {
        match self {
            Heading::Review(day) => crate::t!("shell-since-review", date = crate::l10n::date(*day)),
            Heading::Day(day) => crate::t!("shell-since-day", date = crate::l10n::date(*day)),
        }
    }
}

fn account_name(store: &Store, id: AccountId) -> Result<String, Failure> {
    Ok(store.account_name(id)?.map(|(_, name, _)| name).unwrap_or_default())
}

/// Which rows belong to a section of the dossier.
fn in_section(entry: &Entry, section: DossierSection) -> bool {
    let text = if entry.kind == "text" { TextPart::from_key(&entry.part) } else { None };
    match section {
        DossierSection::Overview => entry.kind == "account" || matches!(text, Some(TextPart::Account(_))),
        DossierSection::Charter | DossierSection::Situation | DossierSection::Strategy => {
            text.is_some_and(|t| Some(t) == section.plan_section().map(TextPart::Plan))
        }
        DossierSection::Implementation => matches!(entry.kind.as_str(), "objective" | "milestone" | "review"),
        DossierSection::People => entry.kind == "person",
        DossierSection::Log => matches!(entry.kind.as_str(), "touchpoint" | "snooze"),
        DossierSection::Competitors => entry.kind == "competitor",
        DossierSection::Sales => entry.kind == "sales",
    }
}

/// The history as text: one line per change, a text's words below it.
pub fn text(name: &str, entries: &[Entry], zone: Zone) -> String {
    if entries.is_empty() {
        return format!("{}\n", crate::t!("shell-history-empty", name = name));
    }
    let mut printed = format!("{}\n", crate::t!("shell-history-heading", name = name));
    for entry in entries {
        let shown = zone.show(entry.at);
        let at = format!("{} {}", crate::l10n::date(shown.date()), shown.format("%H:%M"));
        printed.push_str(&format!("{at}  {}  #{}  {}\n", entry.machine, entry.id.0, changes::describe(entry)));
        if entry.kind == "text" {
            let diff =
                changes::inline_diff(entry.before.as_deref().unwrap_or(""), entry.after.as_deref().unwrap_or(""));
            printed.push_str(&indented(&diff));
        }
    }
    printed
}

fn since_text(name: &str, heading: &str, summary: &[Summary]) -> String {
    if summary.is_empty() {
        return format!("{}\n", crate::t!("shell-since-nothing", name = name, since = heading));
    }
    let mut printed = format!("{}\n", crate::t!("shell-since-heading", name = name, since = heading));
    for change in summary {
        match change {
            Summary::Text { part, before, after } => {
                printed.push_str(&format!("\n{}\n", part.title()));
                printed.push_str(&indented(&changes::inline_diff(before, after)));
                printed.push('\n');
            }
            Summary::Item { kind, label, change } => {
                let kind = crate::store::kind_name(kind);
                let line = match change {
                    ItemChange::Added => crate::t!("shell-since-added", kind = kind, label = label.as_str()),
                    ItemChange::Removed => crate::t!("shell-since-removed", kind = kind, label = label.as_str()),
                    ItemChange::Changed(fields) => crate::t!(
                        "shell-since-changed",
                        kind = kind,
                        label = label.as_str(),
                        fields = changes::field_changes(fields)
                    ),
                };
                printed.push_str(&format!("{line}\n"));
            }
        }
    }
    printed
}

fn indented(text: &str) -> String {
    text.lines().map(|line| format!("    {line}\n")).collect()
}

fn entry_json(entry: &Entry) -> Value {
    // A record's versions are JSON themselves; a text's are strings.
    let version = |v: &Option<String>| match v {
        Some(s) if entry.kind != "text" => serde_json::from_str(s).unwrap_or_else(|_| Value::String(s.clone())),
        Some(s) => Value::String(s.clone()),
        None => Value::Null,
    };
    json!({
        "change_id": entry.id.0,
        "at": entry.at.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
        "machine": entry.machine,
        "kind": entry.kind,
        "part": entry.part,
        "change": entry.change.key(),
        "revision": entry.revision,
        "what": changes::describe(entry),
        "before": version(&entry.before),
        "after": version(&entry.after),
    })
}

fn summary_json(summary: &Summary) -> Value {
    match summary {
        Summary::Text { part, before, after } => json!({
            "kind": "text",
            "part": part.key(),
            "change": "changed",
            "diff": changes::inline_diff(before, after),
            "before": before,
            "after": after,
        }),
        Summary::Item { kind, label, change } => {
            let (what, fields) = match change {
                ItemChange::Added => ("added", Vec::new()),
                ItemChange::Removed => ("removed", Vec::new()),
                ItemChange::Changed(fields) => ("changed", fields.clone()),
            };
            let fields: Vec<Value> =
                fields.iter().map(|(f, b, a)| json!({ "field": f, "before": b, "after": a })).collect();
            json!({ "kind": kind, "label": label, "change": what, "fields": fields })
        }
    }
}
