//! What the history says in words: a row as a line ("milestone «Q4
//! review» changed: due 2026-12-15 → 2027-12-15"), a text's change as an
//! inline word diff (`[-removed-]{+added+}`), and a stretch of history
//! summed up per record, for the meeting with the manager.

use serde_json::{Map, Value};

use super::diff::{self, Part};
use super::history::{Change, Entry};
use super::{TextPart, fields};

/// A text's change in one line of plain text: `[-removed-]{+added+}`.
pub fn inline_diff(before: &str, after: &str) -> String {
    let mut out = String::new();
    for (part, text) in diff::words(before, after) {
        match part {
            Part::Same => out.push_str(&text),
            Part::Removed => out.push_str(&format!("[-{text}-]")),
            Part::Added => out.push_str(&format!("{{+{text}+}}")),
        }
    }
    out
}

/// How a record changed over a stretch of history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ItemChange {
    Added,
    Removed,
    /// Field, before, after.
    Changed(Vec<(String, String, String)>),
}

/// One thing that changed over a stretch of history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Summary {
    /// A long text, from its first version in the stretch to its last.
    Text { part: TextPart, before: String, after: String },
    /// A record: its kind ("objective"), what it is called, what happened.
    Item { kind: String, label: String, change: ItemChange },
}

/// The changes of `entries` (oldest first) summed up: each text and each
/// record once, from what it was before the first change to what it was
/// after the last; what ended as it began is left out. Reviews are events,
/// not changes, and are left out too.
pub fn summarize(entries: &[Entry]) -> Vec<Summary> {
    // (key, first before, last after, kind), in order of first change.
    let mut groups: Vec<(String, Option<String>, Option<String>, &Entry)> = Vec::new();
    for entry in entries.iter().filter(|e| e.change != Change::Review && e.kind != "review") {
        let key = group_key(entry);
        match groups.iter_mut().find(|g| g.0 == key) {
            Some(group) => group.2 = entry.after.clone(),
            None => groups.push((key, entry.before.clone(), entry.after.clone(), entry)),
        }
    }
    groups
        .into_iter()
        .filter_map(|(_, before, after, first)| {
            if first.kind == SALES {
                let (before, after) = (sales_total(before.as_deref()), sales_total(after.as_deref()));
                let month = month_of(&first.part);
                return (before != after).then(|| Summary::Item {
                    kind: SALES.to_string(),
                    label: month,
                    change: ItemChange::Changed(vec![(
                        "sales total".to_string(),
                        before.map(crate::l10n::amount).unwrap_or_else(|| "—".into()),
                        after.map(crate::l10n::amount).unwrap_or_else(|| "—".into()),
                    )]),
                });
            }
            if first.kind == "text" {
                let part = TextPart::from_key(&first.part)?;
                let (before, after) = (before.unwrap_or_default(), after.unwrap_or_default());
                return (before != after).then_some(Summary::Text { part, before, after });
            }
            let (old, new) = (parse(before.as_deref()), parse(after.as_deref()));
            let change = match (&old, &new) {
                (None, None) => return None,
                (None, Some(_)) => ItemChange::Added,
                (Some(_), None) => ItemChange::Removed,
                (Some(old), Some(new)) => {
                    let fields = fields(old, new);
                    if fields.is_empty() {
                        return None;
                    }
                    ItemChange::Changed(fields)
                }
            };
            let label = label(&first.kind, new.as_ref().or(old.as_ref())?);
            Some(Summary::Item { kind: first.kind.clone(), label, change })
        })
        .collect()
}

/// One row of the history as a line: what changed, and for a record the
/// fields that changed (a text's words come from [`inline_diff`]).
pub fn describe(entry: &Entry) -> String {
    use crate::t;
    match entry.kind.as_str() {
        "text" => {
            let title = TextPart::from_key(&entry.part).map_or(entry.part.clone(), |t| t.title().to_string());
            let (added, removed) =
                diff::size(entry.before.as_deref().unwrap_or(""), entry.after.as_deref().unwrap_or(""));
            t!("history-line-text", title = title, verb = verb(entry.change), added = added, removed = removed)
        }
        "review" if entry.change == Change::Delete => {
            t!("history-line-review-taken-back", date = day(entry.after.as_deref().unwrap_or("")))
        }
        "review" => {
            let date = day(entry.after.as_deref().unwrap_or(""));
            match entry.before.as_deref().filter(|t| !t.is_empty()) {
                Some(milestone) => t!("history-line-reviewed-milestone", date = date, milestone = milestone),
                None => t!("history-line-reviewed", date = date),
            }
        }
        SALES => {
            let shown = |json: Option<&str>| sales_total(json).map_or_else(|| "—".to_string(), crate::l10n::amount);
            let line = t!(
                "sales-history-line",
                month = month_of(&entry.part),
                before = shown(entry.before.as_deref()),
                after = shown(entry.after.as_deref())
            );
            if entry.change == Change::Restore { format!("{line} ({})", verb(entry.change)) } else { line }
        }
        "snooze" => match entry.after.as_deref() {
            Some(until) => t!("history-line-snoozed", alert = entry.part.as_str(), date = day(until)),
            None => t!("history-line-unsnoozed", alert = entry.part.as_str()),
        },
        kind => {
            let (old, new) = (parse(entry.before.as_deref()), parse(entry.after.as_deref()));
            let name = new.as_ref().or(old.as_ref()).map(|v| label(kind, v)).unwrap_or_default();
            let (kind, verb) = (fields::kind_name(kind), verb(entry.change));
            let changed = match (&old, &new) {
                (Some(old), Some(new)) => fields(old, new),
                _ => Vec::new(),
            };
            if changed.is_empty() {
                return t!("history-line-record", kind = kind, name = name, verb = verb);
            }
            t!("history-line-record-fields", kind = kind, name = name, verb = verb, fields = field_changes(&changed))
        }
    }
}

/// The history's kind of a change of one month's sales.
const SALES: &str = "sales";

/// The total of a month's sales rows kept in the history (a JSON array of
/// `Sale`); None when the month held none.
fn sales_total(json: Option<&str>) -> Option<i64> {
    let rows: Vec<super::sales::Sale> = serde_json::from_str(json?).ok()?;
    (!rows.is_empty()).then(|| rows.iter().map(|s| s.amount).sum())
}

/// A stored month (`2026-10`) as the language writes it.
fn month_of(part: &str) -> String {
    match super::sales::Month::parse(part) {
        Some(m) => crate::l10n::month_year(m.year, m.month),
        None => part.to_string(),
    }
}

/// "due 2026-12-15 → 2027-12-15; done — → 2026-11-23", names and dates
/// in the user's language.
pub fn field_changes(changed: &[(String, String, String)]) -> String {
    let listed: Vec<String> = changed
        .iter()
        .map(|(f, b, a)| format!("{} {} → {}", fields::field_name(f), shown(f, b), shown(f, a)))
        .collect();
    listed.join("; ")
}

/// A stored value as the user reads it: a choice by its label, a date the
/// language's way.
fn shown(field: &str, value: &str) -> String {
    day(&fields::field_value(field, value))
}

/// A stored ISO date as the user writes dates; any other text as it is.
fn day(text: &str) -> String {
    match chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        Ok(date) if text.len() == 10 => crate::l10n::date(date),
        _ => text.to_string(),
    }
}

fn verb(change: Change) -> &'static str {
    match change {
        Change::Create => crate::l10n::text("history-verb-created"),
        Change::Update => crate::l10n::text("history-verb-changed"),
        Change::Delete => crate::l10n::text("history-verb-deleted"),
        Change::Restore => crate::l10n::text("history-verb-restored"),
        Change::Review => crate::l10n::text("history-verb-reviewed"),
    }
}

/// Which record a row is about: a text by its part, a record by its
/// global id (undo brings a deleted record back under a new row id).
fn group_key(entry: &Entry) -> String {
    if entry.kind == "text" {
        return format!("text:{}", entry.part);
    }
    let uid = [entry.after.as_deref(), entry.before.as_deref()]
        .into_iter()
        .filter_map(parse)
        .find_map(|v| v.get("stamp")?.get("uid")?.as_str().map(str::to_string));
    match uid {
        Some(uid) if !uid.is_empty() => format!("{}:{uid}", entry.kind),
        _ => format!("{}#{}", entry.kind, entry.record_id),
    }
}

fn parse(json: Option<&str>) -> Option<Map<String, Value>> {
    match serde_json::from_str(json?).ok()? {
        Value::Object(fields) => Some(fields),
        _ => None,
    }
}

/// What a record is called in a sentence.
fn label(kind: &str, record: &Map<String, Value>) -> String {
    let field = |name: &str| record.get(name).map(value).unwrap_or_default();
    let text = match kind {
        "objective" => format!("{} {}", field("year"), field("product")),
        "milestone" => format!("{} ({})", field("title"), day(&field("due"))),
        "touchpoint" => format!("{} {}", day(&field("date")), field("summary")),
        _ => field("name"),
    };
    super::text::truncate(&super::text::clean_line(&text), 60)
}

/// The fields that differ, in the order of their names, as they read;
/// bookkeeping (ids, revision) aside.
fn fields(old: &Map<String, Value>, new: &Map<String, Value>) -> Vec<(String, String, String)> {
    const BOOKKEEPING: [&str; 3] = ["id", "account_id", "stamp"];
    let names: Vec<&String> = old.keys().chain(new.keys()).collect();
    let mut seen = Vec::new();
    let mut changed = Vec::new();
    for name in names {
        if BOOKKEEPING.contains(&name.as_str()) || seen.contains(&name) {
            continue;
        }
        seen.push(name);
        let (before, after) = (old.get(name).unwrap_or(&Value::Null), new.get(name).unwrap_or(&Value::Null));
        if before != after {
            changed.push((name.replace('_', " "), value(before), value(after)));
        }
    }
    changed
}

/// A field's value in a sentence: one line, cut when long, "—" for none.
/// A win-back plan reads as its means, date and note.
fn value(value: &Value) -> String {
    let text = match value {
        Value::Null => return "—".to_string(),
        Value::String(s) if s.is_empty() => return "—".to_string(),
        Value::String(s) => s.clone(),
        Value::Object(plan) if plan.contains_key("means") => {
            let part = |key: &str| plan.get(key).and_then(Value::as_str).unwrap_or_default();
            let means = super::fields::field_value("win back means", part("means"));
            let due = chrono::NaiveDate::parse_from_str(part("due"), "%Y-%m-%d")
                .map_or_else(|_| part("due").to_string(), crate::l10n::date);
            [means.as_ref(), due.as_str(), part("note")]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(", ")
        }
        other => other.to_string(),
    };
    super::text::truncate(&super::text::clean_line(&text), 60)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::AccountId;
    use crate::domain::history::EntryId;

    fn row(id: i64, kind: &str, part: &str, change: Change, before: Option<&str>, after: Option<&str>) -> Entry {
        Entry {
            id: EntryId(id),
            at: Default::default(),
            machine: "laptop".into(),
            account_id: AccountId(1),
            kind: kind.into(),
            record_id: 7,
            part: part.into(),
            change,
            revision: id,
            before: before.map(str::to_string),
            after: after.map(str::to_string),
        }
    }

    #[test]
    fn an_inline_diff_marks_words_removed_and_added() {
        assert_eq!(inline_diff("надійний партнер", "стратегічний партнер"), "[-надійний-]{+стратегічний+} партнер");
        assert_eq!(inline_diff("same", "same"), "same");
    }

    #[test]
    fn a_stretch_is_summed_up_per_record_from_first_to_last() {
        let m1 = r#"{"id":3,"title":"Q4 review","due":"2026-12-15","done":null,"stamp":{"uid":"u1","revision":1}}"#;
        let m2 = r#"{"id":3,"title":"Q4 review","due":"2027-12-15","done":null,"stamp":{"uid":"u1","revision":2}}"#;
        let m3 =
            r#"{"id":3,"title":"Q4 review","due":"2027-12-15","done":"2026-11-23","stamp":{"uid":"u1","revision":3}}"#;
        let o = r#"{"id":4,"year":2027,"product":"Racks","stamp":{"uid":"u2","revision":1}}"#;
        let gone = r#"{"id":5,"year":2026,"product":"Fibre","stamp":{"uid":"u3","revision":1}}"#;
        let entries = [
            row(1, "text", "charter", Change::Update, Some("old words"), Some("new words")),
            row(2, "milestone", "", Change::Update, Some(m1), Some(m2)),
            row(3, "objective", "", Change::Create, None, Some(o)),
            row(4, "milestone", "", Change::Update, Some(m2), Some(m3)),
            row(5, "review", "", Change::Review, Some("Q4 review"), Some("2026-11-23")),
            row(6, "objective", "", Change::Delete, Some(gone), None),
            // Changed and changed back: nothing to tell.
            row(7, "text", "strategy", Change::Update, Some("a"), Some("b")),
            row(8, "text", "strategy", Change::Restore, Some("b"), Some("a")),
        ];
        let summary = summarize(&entries);
        assert_eq!(
            summary,
            vec![
                Summary::Text {
                    part: TextPart::Plan(crate::domain::PlanSection::Charter),
                    before: "old words".into(),
                    after: "new words".into()
                },
                Summary::Item {
                    kind: "milestone".into(),
                    label: "Q4 review (2027-12-15)".into(),
                    change: ItemChange::Changed(vec![
                        ("done".into(), "—".into(), "2026-11-23".into()),
                        ("due".into(), "2026-12-15".into(), "2027-12-15".into()),
                    ])
                },
                Summary::Item { kind: "objective".into(), label: "2027 Racks".into(), change: ItemChange::Added },
                Summary::Item { kind: "objective".into(), label: "2026 Fibre".into(), change: ItemChange::Removed },
            ]
        );
        assert_eq!(describe(&entries[1]), "milestone «Q4 review (2027-12-15)» changed: due 2026-12-15 → 2027-12-15");
        assert_eq!(describe(&entries[0]), "Charter changed (+1 −1 words)");
        assert_eq!(describe(&entries[4]), "plan reviewed on 2026-11-23 (milestone «Q4 review» done)");
    }

    #[test]
    fn a_line_of_history_speaks_the_language_with_local_dates() {
        let _uk = crate::l10n::scoped(crate::l10n::Language::Ukrainian);
        let m1 = r#"{"id":3,"title":"Q4 review","due":"2026-12-15","done":null}"#;
        let m2 = r#"{"id":3,"title":"Q4 review","due":"2027-12-15","done":null}"#;
        let changed = row(1, "milestone", "", Change::Update, Some(m1), Some(m2));
        assert_eq!(
            describe(&changed),
            "контрольна точка «Q4 review (15.12.2027)»: змінено термін 15.12.2026 → 15.12.2027"
        );
        let review = row(2, "review", "", Change::Review, Some("Q4 review"), Some("2026-11-23"));
        assert_eq!(describe(&review), "план переглянуто 23.11.2026 (контрольну точку «Q4 review» виконано)");
        let text = row(3, "text", "charter", Change::Update, Some("old words"), Some("new words"));
        assert_eq!(describe(&text), "Хартія: змінено (+1 −1 сл.)");
    }

    #[test]
    fn stored_choices_read_as_their_labels_in_every_language() {
        let changed = vec![
            ("level now".to_string(), "reactive".to_string(), "proactive".to_string()),
            ("outcome".to_string(), "neutral".to_string(), "deal_won".to_string()),
            ("due".to_string(), "2026-12-15".to_string(), "2027-12-15".to_string()),
            ("product".to_string(), "reactive".to_string(), "x".to_string()),
        ];
        let english = field_changes(&changed);
        assert!(english.contains("Reactive → Proactive"), "{english}");
        assert!(english.contains("Neutral → Deal won"), "{english}");
        assert!(english.contains("product reactive → x"), "a free text is never taken for a choice: {english}");
        let _uk = crate::l10n::scoped(crate::l10n::Language::Ukrainian);
        let ukrainian = field_changes(&changed);
        assert!(ukrainian.contains("Реагуючий → Проактивний"), "{ukrainian}");
        assert!(ukrainian.contains("Нейтральний → Угоду укладено"), "{ukrainian}");
        assert!(ukrainian.contains("15.12.2026 → 15.12.2027"), "{ukrainian}");
    }

    #[test]
    fn a_loss_and_a_win_back_plan_read_as_words() {
        let old = serde_json::json!({"loss_reason": null, "win_back": null});
        let new = serde_json::json!({
            "loss_reason": "competitor",
            "win_back": {"means": "discount", "note": "10 %", "due": "2027-02-01"}
        });
        let _uk = crate::l10n::scoped(crate::l10n::Language::Ukrainian);
        let changed = fields(old.as_object().unwrap(), new.as_object().unwrap());
        let text = field_changes(&changed);
        assert!(text.contains("причина втрати — → Конкурент"), "{text}");
        assert!(text.contains("план повернення — → Знижка, 01.02.2027, 10 %"), "{text}");
    }
}
