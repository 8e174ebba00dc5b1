//! What an import adds, fills or leaves alone: the merge rules of the module
//! documentation, as pure functions over dossiers. The result is a list of
//! [`DossierChanges`] for `Store::import` and a [`Report`] for the user.

use std::collections::{HashMap, HashSet};

use super::{clean_dossier, clean_person};
use crate::domain::fields::{field_list, kind_name};
use crate::domain::{AccountId, Dossier, Person, PersonId};
use crate::store::StoreError;
use crate::store::import::DossierChanges;
use crate::store::snapshot::Snapshot;
pub use portfolio::{Pass, PortfolioMerge};
use target::Target;

mod portfolio;
mod target;

/// What happens to an account or an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Add,
    /// Matched, and something empty is filled or a missing item added.
    Merge,
    /// Matched, nothing new.
    Same,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Objective,
    Milestone,
    Person,
    Competitor,
    Touchpoint,
}

impl Kind {
    /// The record's key, as the history names it ("objective").
    fn key(self) -> &'static str {
        match self {
            Kind::Objective => "objective",
            Kind::Milestone => "milestone",
            Kind::Person => "person",
            Kind::Competitor => "competitor",
            Kind::Touchpoint => "touchpoint",
        }
    }

    /// "3 objectives", in the user's language.
    fn count(self, n: usize) -> String {
        match self {
            Kind::Objective => crate::t!("import-count-objective", n = n),
            Kind::Milestone => crate::t!("import-count-milestone", n = n),
            Kind::Person => crate::t!("import-count-person", n = n),
            Kind::Competitor => crate::t!("import-count-competitor", n = n),
            Kind::Touchpoint => crate::t!("import-count-touchpoint", n = n),
        }
    }
}

/// One item of the file and what happens to it.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemNote {
    pub kind: Kind,
    pub label: String,
    pub action: Action,
    /// Fields that were empty and are filled from the file.
    pub filled: Vec<&'static str>,
    /// Fields that differ in the file and keep their stored value.
    pub kept: Vec<&'static str>,
}

/// One account of the file (or the account people are imported into).
#[derive(Debug, Clone, PartialEq)]
pub struct AccountNote {
    pub name: String,
    pub action: Action,
    pub filled: Vec<&'static str>,
    pub kept: Vec<&'static str>,
    pub items: Vec<ItemNote>,
    /// How many items of each kind are added.
    pub added: std::collections::BTreeMap<Kind, usize>,
    /// Months of sales the file adds (none stored) and replaces.
    pub sales_added: usize,
    pub sales_replaced: usize,
}

/// What an import does, for `--dry-run` and the closing summary.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Report {
    pub accounts: Vec<AccountNote>,
    /// Things of the file that keyplan does not keep (columns, properties).
    pub ignored: Vec<String>,
    /// People into one account (vCard, CSV with `--account`).
    pub people_only: bool,
}

pub struct Plan {
    pub changes: Vec<DossierChanges>,
    pub report: Report,
}

/// Accounts (with everything in them) from a file, merged into the portfolio.
pub fn plan_portfolio(snapshot: &Snapshot<'_>, incoming: Vec<Dossier>) -> Result<Plan, StoreError> {
    let mut merge = PortfolioMerge::new(true);
    for dossier in &incoming {
        merge.glimpse(Some((&dossier.account.name, dossier.account.status)));
    }
    let mut changes = Vec::new();
    for (index, dossier) in incoming.into_iter().enumerate() {
        changes.extend(merge.take(snapshot, Pass::All, index, dossier)?);
    }
    Ok(Plan { changes, report: merge.report() })
}

/// People (from a vCard or a CSV file) merged into one existing account.
/// A card whose UID is a person of another account (keyplan's cards of
/// every account, back from an address book) is that person: left alone.
pub fn plan_people(snapshot: &Snapshot<'_>, account: AccountId, people: Vec<Person>) -> Result<Plan, StoreError> {
    let mut elsewhere = Vec::new();
    let mut people_here = Vec::with_capacity(people.len());
    for p in people {
        let other = if p.stamp.uid.is_empty() { None } else { snapshot.person_elsewhere(&p.stamp.uid, account)? };
        match other {
            Some(other) => elsewhere.push(format!("{} ({other})", p.name.trim())),
            None => people_here.push(p),
        }
    }
    let people = people_here;
    let existing = snapshot.dossier(account)?;
    let mut incoming = Dossier::new(existing.account.clone());
    incoming.charter = existing.charter.clone();
    incoming.situation = existing.situation.clone();
    incoming.strategy = existing.strategy.clone();
    incoming.people = people
        .into_iter()
        .map(|mut p| {
            clean_person(&mut p);
            p.id = PersonId(0);
            p.reports_to = None;
            p
        })
        .collect();
    let mut target = Target::existing(existing);
    target.merge(incoming);
    target.note.items.extend(elsewhere.into_iter().map(|label| ItemNote {
        kind: Kind::Person,
        label,
        action: Action::Same,
        filled: Vec::new(),
        kept: Vec::new(),
    }));
    let (change, note) = conclude(target);
    Ok(Plan {
        changes: change.into_iter().collect(),
        report: Report { accounts: vec![note], people_only: true, ..Report::default() },
    })
}

/// The changes a merged account makes (none when nothing is new) and its note.
fn conclude(mut target: Target) -> (Option<DossierChanges>, AccountNote) {
    let change = target.changes();
    target.note.action = match (&target.original, &change) {
        (None, _) => Action::Add,
        (Some(_), Some(_)) => Action::Merge,
        (Some(_), None) => Action::Same,
    };
    (change, target.note)
}

impl AccountNote {
    /// The note as the report keeps it: the items the details name (none
    /// unless `details`; an added account's are only counted), so that a
    /// large file's report stays small.
    fn compact(mut self, details: bool) -> Self {
        if !details || self.action == Action::Add {
            self.items = Vec::new();
        } else {
            self.items.retain(|i| i.action != Action::Same);
        }
        self
    }
}

/// The name as accounts are told apart: trimmed, lower case, single spaces.
fn name_key(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

fn same(a: &str, b: &str) -> bool {
    name_key(a) == name_key(b)
}

/// The items of a list in the file, each matched at most once.
struct Claims {
    limit: usize,
    taken: HashSet<usize>,
}

impl Claims {
    fn new(limit: usize) -> Self {
        Claims { limit, taken: HashSet::new() }
    }

    /// The first unclaimed item among those present before this file's
    /// account entry, for which `matches` holds; claims it.
    fn take<T>(&mut self, items: &[T], matches: impl Fn(&T) -> bool) -> Option<usize> {
        let found = (0..self.limit.min(items.len())).find(|i| !self.taken.contains(i) && matches(&items[*i]))?;
        self.taken.insert(found);
        Some(found)
    }
}

/// The same for long lists (a log of thousands of contacts): the items
/// present before this entry, by key, each given out once, first first.
struct Keyed<K> {
    free: HashMap<K, std::collections::VecDeque<usize>>,
}

impl<K: std::hash::Hash + Eq> Keyed<K> {
    fn new<T>(items: &[T], key: impl Fn(&T) -> K) -> Self {
        let mut free: HashMap<K, std::collections::VecDeque<usize>> = HashMap::new();
        for (i, item) in items.iter().enumerate() {
            free.entry(key(item)).or_default().push_back(i);
        }
        Keyed { free }
    }

    fn take(&mut self, key: &K) -> Option<usize> {
        self.free.get_mut(key)?.pop_front()
    }
}

/// Fills an empty text from the file, or notes that the file differs.
fn fill_text(into: &mut String, from: &str, field: &'static str, note: &mut (Vec<&'static str>, Vec<&'static str>)) {
    if from.is_empty() || into == from {
        return;
    }
    if into.is_empty() {
        *into = from.to_string();
        note.0.push(field);
    } else {
        note.1.push(field);
    }
}

fn fill<T: PartialEq + Clone>(
    into: &mut Option<T>,
    from: &Option<T>,
    field: &'static str,
    note: &mut (Vec<&'static str>, Vec<&'static str>),
) {
    match (into.as_ref(), from) {
        (_, None) => {}
        (None, Some(value)) => {
            *into = Some(value.clone());
            note.0.push(field);
        }
        (Some(have), Some(value)) if have != value => note.1.push(field),
        _ => {}
    }
}

fn keep<T: PartialEq>(have: &T, from: &T, field: &'static str, note: &mut (Vec<&'static str>, Vec<&'static str>)) {
    if have != from {
        note.1.push(field);
    }
}

/// Addresses or numbers in one field: "a@x.org, b@y.org".
fn list_of(text: &str) -> Vec<&str> {
    text.split([',', ';']).map(str::trim).filter(|s| !s.is_empty()).collect()
}

fn email_key(email: &str) -> String {
    email.trim().to_lowercase()
}

/// Digits and a leading plus: "+380 44 123-45-67" and "+380441234567" agree.
fn phone_key(phone: &str) -> String {
    phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect()
}

/// Adds the entries of `from` that `into` lacks, keeping the order.
fn add_to_list(into: &mut String, from: &str, key: fn(&str) -> String) -> bool {
    let have: HashSet<String> = list_of(into).into_iter().map(key).collect();
    let mut added = false;
    let mut seen = have;
    for value in list_of(from) {
        if seen.insert(key(value)) {
            if !into.trim().is_empty() {
                into.push_str(", ");
            }
            into.push_str(value);
            added = true;
        }
    }
    added
}

/// True when `person` reporting to `boss` would close a circle.
fn makes_circle(people: &[Person], person: PersonId, boss: PersonId) -> bool {
    let mut at = Some(boss);
    for _ in 0..=people.len() {
        match at {
            Some(id) if id == person => return true,
            Some(id) => at = people.iter().find(|p| p.id == id).and_then(|p| p.reports_to),
            None => return false,
        }
    }
    true
}

impl Report {
    /// What would happen, one line per account and per changed item.
    pub fn details(&self) -> Vec<String> {
        use crate::t;
        let mut lines = Vec::new();
        for account in &self.accounts {
            let name = account.name.as_str();
            match account.action {
                Action::Add => {
                    let counts = counts(&account.added);
                    lines.push(if counts.is_empty() {
                        t!("import-add-account", name = name)
                    } else {
                        t!("import-add-account-with", name = name, items = counts)
                    });
                    if account.sales_added > 0 {
                        lines.push(format!("  {}", t!("sales-import-months-added", months = account.sales_added)));
                    }
                    continue;
                }
                Action::Merge | Action::Same if self.people_only => lines.push(t!("import-into-account", name = name)),
                Action::Merge => lines.push(t!("import-merge-account", name = name)),
                Action::Same => lines.push(t!("import-skip-account", name = name)),
            }
            if !account.filled.is_empty() {
                lines.push(format!("  {}", t!("import-fill", fields = field_list(&account.filled))));
            }
            if !account.kept.is_empty() && account.action == Action::Merge {
                lines.push(format!("  {}", t!("import-keep", fields = field_list(&account.kept))));
            }
            if account.sales_added + account.sales_replaced > 0 {
                lines.push(format!(
                    "  {}",
                    t!("sales-import-months-changed", added = account.sales_added, replaced = account.sales_replaced)
                ));
            }
            for item in &account.items {
                let kind = kind_name(item.kind.key());
                let label = item.label.as_str();
                let kept = if item.kept.is_empty() {
                    String::new()
                } else {
                    t!("import-item-keep", fields = field_list(&item.kept))
                };
                let line = match item.action {
                    Action::Add => t!("import-item-add", kind = kind, label = label),
                    Action::Merge => {
                        t!("import-item-fill", kind = kind, label = label, fields = field_list(&item.filled)) + &kept
                    }
                    Action::Same if self.people_only => t!("import-item-skip", kind = kind, label = label) + &kept,
                    Action::Same => continue,
                };
                lines.push(format!("  {line}"));
            }
        }
        lines.extend(self.ignored.iter().map(|i| t!("import-ignored", what = i.as_str())));
        lines
    }

    /// One sentence: how many accounts (or people) are added, merged,
    /// unchanged; `would` for a dry run.
    pub fn summary(&self, would: bool) -> String {
        use crate::t;
        if self.people_only {
            let items: Vec<&ItemNote> = self.accounts.iter().flat_map(|a| &a.items).collect();
            let n = |action| items.iter().filter(|i| i.action == action).count();
            let name = self.accounts.first().map(|a| a.name.as_str()).unwrap_or_default();
            let (added, merged, same) = (n(Action::Add), n(Action::Merge), n(Action::Same));
            return if would {
                t!("import-summary-people-would", added = added, merged = merged, same = same, name = name)
            } else {
                t!("import-summary-people", added = added, merged = merged, same = same, name = name)
            };
        }
        let n = |action| self.accounts.iter().filter(|a| a.action == action).count();
        let (added, merged, same) = (n(Action::Add), n(Action::Merge), n(Action::Same));
        let mut text = if would {
            t!("import-summary-accounts-would", added = added, merged = merged, same = same)
        } else {
            t!("import-summary-accounts", added = added, merged = merged, same = same)
        };
        let mut merged_added = std::collections::BTreeMap::new();
        for account in self.accounts.iter().filter(|a| a.action == Action::Merge) {
            for (kind, n) in &account.added {
                *merged_added.entry(*kind).or_default() += n;
            }
        }
        let added = counts(&merged_added);
        if !added.is_empty() {
            text.push_str(&t!("import-summary-new-items", items = added));
        }
        text
    }
}

/// "3 objectives, 1 person, 12 touchpoints".
fn counts(by_kind: &std::collections::BTreeMap<Kind, usize>) -> String {
    by_kind.iter().map(|(kind, n)| kind.count(*n)).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests;
