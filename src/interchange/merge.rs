//! What an import adds, fills or leaves alone: the merge rules of the module
//! documentation, as pure functions over dossiers. The result is a list of
//! [`DossierChanges`] for `Store::import` and a [`Report`] for the user.

use std::collections::{HashMap, HashSet};

use super::{clean_dossier, clean_person};
use crate::domain::{AccountId, Dossier, Person, PersonId};
use crate::store::StoreError;
use crate::store::import::DossierChanges;
use crate::store::snapshot::{AccountKey, Snapshot};

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
    fn word(self, count: usize) -> &'static str {
        match (self, count == 1) {
            (Kind::Objective, true) => "objective",
            (Kind::Objective, false) => "objectives",
            (Kind::Milestone, true) => "milestone",
            (Kind::Milestone, false) => "milestones",
            (Kind::Person, true) => "person",
            (Kind::Person, false) => "people",
            (Kind::Competitor, true) => "competitor",
            (Kind::Competitor, false) => "competitors",
            (Kind::Touchpoint, true) => "touchpoint",
            (Kind::Touchpoint, false) => "touchpoints",
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
    let keys = snapshot.accounts()?;
    let mut open_stored: HashMap<String, &AccountKey> = HashMap::new();
    let mut closed_stored: HashMap<String, Vec<&AccountKey>> = HashMap::new();
    for k in &keys {
        if k.status.is_open() {
            open_stored.entry(name_key(&k.name)).or_insert(k);
        } else {
            closed_stored.entry(name_key(&k.name)).or_default().push(k);
        }
    }
    let mut targets: Vec<Target> = Vec::new();
    // Open accounts of this import by name, stored or new: a second entry
    // of the same open name merges into the first.
    let mut open_targets: HashMap<String, usize> = HashMap::new();
    for mut dossier in incoming {
        clean_dossier(&mut dossier);
        let key = name_key(&dossier.account.name);
        let stored = if dossier.account.status.is_open() {
            match open_targets.get(&key) {
                Some(i) => {
                    targets[*i].merge(dossier);
                    continue;
                }
                None => open_stored.get(&key).copied(),
            }
        } else {
            // Each closed account of that name is matched once, the one
            // created on the same day first.
            closed_stored.get_mut(&key).filter(|c| !c.is_empty()).map(|candidates| {
                let at = candidates.iter().position(|k| k.created_on == dossier.account.created_on).unwrap_or(0);
                candidates.remove(at)
            })
        };
        let target = match stored {
            Some(k) => {
                let mut target = Target::existing(snapshot.dossier(k.id)?);
                target.merge(dossier);
                target
            }
            None => Target::new(dossier),
        };
        if target.merged.account.status.is_open() {
            open_targets.insert(key, targets.len());
        }
        targets.push(target);
    }
    Ok(finish(targets, false))
}

/// People (from a vCard or a CSV file) merged into one existing account.
pub fn plan_people(snapshot: &Snapshot<'_>, account: AccountId, people: Vec<Person>) -> Result<Plan, StoreError> {
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
    Ok(finish(vec![target], true))
}

fn finish(targets: Vec<Target>, people_only: bool) -> Plan {
    let mut changes = Vec::new();
    let mut report = Report { people_only, ..Report::default() };
    for mut target in targets {
        let change = target.changes();
        target.note.action = match (&target.original, &change) {
            (None, _) => Action::Add,
            (Some(_), Some(_)) => Action::Merge,
            (Some(_), None) => Action::Same,
        };
        changes.extend(change);
        report.accounts.push(target.note);
    }
    Plan { changes, report }
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

struct Target {
    existing: Option<AccountId>,
    original: Option<Dossier>,
    merged: Dossier,
    note: AccountNote,
    /// New people get -1, -2, ...: the store's mark of a new person.
    next_person: i64,
}

impl Target {
    fn existing(dossier: Dossier) -> Self {
        Target {
            existing: Some(dossier.account.id),
            note: note_for(&dossier),
            merged: dossier.clone(),
            original: Some(dossier),
            next_person: -1,
        }
    }

    fn new(incoming: Dossier) -> Self {
        let mut merged = Dossier::new(incoming.account.clone());
        merged.account.id = AccountId(0);
        merged.charter = incoming.charter.clone();
        merged.situation = incoming.situation.clone();
        merged.strategy = incoming.strategy.clone();
        let mut target = Target { existing: None, note: note_for(&merged), merged, original: None, next_person: -1 };
        target.merge(incoming);
        target
    }

    fn merge(&mut self, incoming: Dossier) {
        let mut account_note = (std::mem::take(&mut self.note.filled), std::mem::take(&mut self.note.kept));
        self.merge_account(&incoming, &mut account_note);
        (self.note.filled, self.note.kept) = account_note;
        self.merge_plan(&incoming);
        let people = self.merge_people(&incoming);
        self.merge_competitors(&incoming);
        self.merge_touchpoints(&incoming, &people);
    }

    fn merge_account(&mut self, incoming: &Dossier, note: &mut (Vec<&'static str>, Vec<&'static str>)) {
        let a = &mut self.merged.account;
        let b = &incoming.account;
        keep(&a.client_type, &b.client_type, "type", note);
        keep(&a.level_now, &b.level_now, "level", note);
        keep(&a.level_target, &b.level_target, "target level", note);
        keep(&a.status, &b.status, "status", note);
        fill_text(&mut a.industry, &b.industry, "industry", note);
        fill_text(&mut a.region, &b.region, "region", note);
        fill(&mut a.headcount, &b.headcount, "headcount", note);
        fill(&mut a.annual_sales, &b.annual_sales, "annual sales", note);
        fill(&mut a.cooperation_start, &b.cooperation_start, "cooperation start", note);
        fill_text(&mut a.description, &b.description, "description", note);
        fill_text(&mut a.development_history, &b.development_history, "development history", note);
        fill_text(&mut a.org_structure, &b.org_structure, "organisational structure", note);
        fill_text(&mut a.market_environment, &b.market_environment, "market environment", note);
        fill_text(&mut a.preferred_products, &b.preferred_products, "preferred products", note);
        fill(&mut a.contact_every_days, &b.contact_every_days, "contact frequency", note);
        let d = &mut self.merged;
        fill_text(&mut d.charter, &incoming.charter, "charter", note);
        fill_text(&mut d.situation, &incoming.situation, "situation assessment", note);
        fill_text(&mut d.strategy, &incoming.strategy, "strategy", note);
    }

    fn item(&mut self, kind: Kind, label: String, found: bool, note: (Vec<&'static str>, Vec<&'static str>)) {
        let action = match (found, note.0.is_empty()) {
            (false, _) => Action::Add,
            (true, false) => Action::Merge,
            (true, true) => Action::Same,
        };
        self.note.items.push(ItemNote { kind, label, action, filled: note.0, kept: note.1 });
    }

    fn merge_plan(&mut self, incoming: &Dossier) {
        let mut claims = Keyed::new(&self.merged.objectives, |o| (o.year, name_key(&o.product)));
        for o in &incoming.objectives {
            let label = format!("{} {}", o.year, o.product);
            let mut note = (Vec::new(), Vec::new());
            let found = claims.take(&(o.year, name_key(&o.product)));
            match found {
                Some(i) => {
                    let m = &mut self.merged.objectives[i];
                    fill_text(&mut m.planned_volume, &o.planned_volume, "planned volume", &mut note);
                    fill(&mut m.expected_profit, &o.expected_profit, "expected profit", &mut note);
                    fill_text(&mut m.resources, &o.resources, "resources", &mut note);
                }
                None => self.merged.objectives.push(o.clone()),
            }
            self.item(Kind::Objective, label, found.is_some(), note);
        }
        let mut claims = Keyed::new(&self.merged.milestones, |m| (m.due, name_key(&m.title)));
        for m in &incoming.milestones {
            let label = format!("{} {}", super::iso(m.due), m.title);
            let mut note = (Vec::new(), Vec::new());
            let found = claims.take(&(m.due, name_key(&m.title)));
            match found {
                Some(i) => {
                    let x = &mut self.merged.milestones[i];
                    fill(&mut x.done, &m.done, "done", &mut note);
                    fill_text(&mut x.note, &m.note, "note", &mut note);
                }
                None => self.merged.milestones.push(m.clone()),
            }
            self.item(Kind::Milestone, label, found.is_some(), note);
        }
    }

    /// Returns the file's person ids mapped to the merged dossier's.
    fn merge_people(&mut self, incoming: &Dossier) -> HashMap<PersonId, PersonId> {
        let mut ids = HashMap::new();
        let mut claims = Claims::new(self.merged.people.len());
        let mut notes = Vec::with_capacity(incoming.people.len());
        for p in &incoming.people {
            let emails: Vec<String> = list_of(&p.email).into_iter().map(email_key).collect();
            let by_email = |x: &Person| list_of(&x.email).into_iter().any(|e| emails.contains(&email_key(e)));
            let found = claims
                .take(&self.merged.people, |x| !emails.is_empty() && by_email(x))
                .or_else(|| claims.take(&self.merged.people, |x| same(&x.name, &p.name)));
            let mut note = (Vec::new(), Vec::new());
            match found {
                Some(i) => {
                    let x = &mut self.merged.people[i];
                    ids.insert(p.id, x.id);
                    fill_text(&mut x.job_title, &p.job_title, "job title", &mut note);
                    fill(&mut x.role, &p.role, "role", &mut note);
                    fill(&mut x.influence, &p.influence, "influence", &mut note);
                    fill(&mut x.attitude, &p.attitude, "attitude", &mut note);
                    fill(&mut x.channel, &p.channel, "channel", &mut note);
                    if add_to_list(&mut x.email, &p.email, email_key) {
                        note.0.push("e-mail");
                    }
                    if add_to_list(&mut x.phone, &p.phone, phone_key) {
                        note.0.push("phone");
                    }
                    fill(&mut x.birthday, &p.birthday, "birthday", &mut note);
                    fill_text(&mut x.notes, &p.notes, "notes", &mut note);
                }
                None => {
                    let id = PersonId(self.next_person);
                    self.next_person -= 1;
                    ids.insert(p.id, id);
                    self.merged.people.push(Person { id, reports_to: None, ..p.clone() });
                }
            }
            notes.push((p.name.clone(), found.is_some(), note));
        }
        // Bosses once everyone is there; an import never makes a circle.
        for (p, (_, _, note)) in incoming.people.iter().zip(notes.iter_mut()) {
            let (Some(boss), Some(me)) = (p.reports_to.and_then(|b| ids.get(&b).copied()), ids.get(&p.id).copied())
            else {
                continue;
            };
            let circle = makes_circle(&self.merged.people, me, boss);
            let Some(x) = self.merged.people.iter_mut().find(|x| x.id == me) else { continue };
            match x.reports_to {
                None if !circle => {
                    x.reports_to = Some(boss);
                    if me.0 > 0 {
                        note.0.push("reports to");
                    }
                }
                Some(have) if have == boss => {}
                _ => note.1.push("reports to"),
            }
        }
        for (label, found, note) in notes {
            self.item(Kind::Person, label, found, note);
        }
        ids
    }

    fn merge_competitors(&mut self, incoming: &Dossier) {
        let mut claims = Keyed::new(&self.merged.competitors, |c| name_key(&c.name));
        for c in &incoming.competitors {
            let mut note = (Vec::new(), Vec::new());
            let found = claims.take(&name_key(&c.name));
            match found {
                Some(i) => {
                    let x = &mut self.merged.competitors[i];
                    fill_text(&mut x.position, &c.position, "position", &mut note);
                    fill_text(&mut x.strengths, &c.strengths, "strengths", &mut note);
                    fill_text(&mut x.weaknesses, &c.weaknesses, "weaknesses", &mut note);
                }
                None => self.merged.competitors.push(c.clone()),
            }
            self.item(Kind::Competitor, c.name.clone(), found.is_some(), note);
        }
    }

    fn merge_touchpoints(&mut self, incoming: &Dossier, people: &HashMap<PersonId, PersonId>) {
        let mut claims = Keyed::new(&self.merged.touchpoints, |t| (t.date, name_key(&t.summary)));
        for t in &incoming.touchpoints {
            let took_part: Vec<PersonId> = t.people.iter().filter_map(|p| people.get(p).copied()).collect();
            let summary_start: String = t.summary.lines().next().unwrap_or_default().chars().take(50).collect();
            let label = format!("{} {}", super::iso(t.date), summary_start);
            let mut note = (Vec::new(), Vec::new());
            let found = claims.take(&(t.date, name_key(&t.summary)));
            match found {
                Some(i) => {
                    let x = &mut self.merged.touchpoints[i];
                    keep(&x.channel, &t.channel, "channel", &mut note);
                    fill(&mut x.time, &t.time, "time", &mut note);
                    fill(&mut x.outcome, &t.outcome, "outcome", &mut note);
                    fill_text(&mut x.reason, &t.reason, "reason", &mut note);
                    fill_text(&mut x.next_step, &t.next_step, "next step", &mut note);
                    fill(&mut x.next_step_due, &t.next_step_due, "next step due", &mut note);
                    fill(&mut x.next_step_done, &t.next_step_done, "next step done", &mut note);
                    let before = x.people.len();
                    for p in took_part {
                        if !x.people.contains(&p) {
                            x.people.push(p);
                        }
                    }
                    if x.people.len() > before {
                        note.0.push("people");
                    }
                }
                None => self.merged.touchpoints.push(crate::domain::Touchpoint { people: took_part, ..t.clone() }),
            }
            self.item(Kind::Touchpoint, label, found.is_some(), note);
        }
    }

    /// The rows that differ from what is stored; None when nothing does.
    fn changes(&self) -> Option<DossierChanges> {
        let Some(original) = &self.original else {
            return Some(DossierChanges { account: None, update_account: false, dossier: self.merged.clone() });
        };
        let m = &self.merged;
        let update_account = original.account != m.account
            || original.charter != m.charter
            || original.situation != m.situation
            || original.strategy != m.strategy;
        let mut dossier = Dossier::new(m.account.clone());
        (dossier.charter, dossier.situation, dossier.strategy) =
            (m.charter.clone(), m.situation.clone(), m.strategy.clone());
        dossier.objectives = changed(&m.objectives, &original.objectives, |o| o.id.0);
        dossier.milestones = changed(&m.milestones, &original.milestones, |x| x.id.0);
        dossier.people = changed(&m.people, &original.people, |p| p.id.0);
        dossier.competitors = changed(&m.competitors, &original.competitors, |c| c.id.0);
        dossier.touchpoints = changed(&m.touchpoints, &original.touchpoints, |t| t.id.0);
        let nothing = !update_account
            && dossier.objectives.is_empty()
            && dossier.milestones.is_empty()
            && dossier.people.is_empty()
            && dossier.competitors.is_empty()
            && dossier.touchpoints.is_empty();
        (!nothing).then_some(DossierChanges { account: self.existing, update_account, dossier })
    }
}

/// Rows that are new (id 0 or below) or differ from the stored row.
fn changed<T: Clone + PartialEq>(merged: &[T], original: &[T], id: fn(&T) -> i64) -> Vec<T> {
    let stored: HashMap<i64, &T> = original.iter().map(|o| (id(o), o)).collect();
    merged.iter().filter(|row| id(row) <= 0 || stored.get(&id(row)).is_none_or(|o| *o != *row)).cloned().collect()
}

fn note_for(dossier: &Dossier) -> AccountNote {
    AccountNote {
        name: dossier.account.name.clone(),
        action: Action::Same,
        filled: Vec::new(),
        kept: Vec::new(),
        items: Vec::new(),
    }
}

impl Report {
    /// What would happen, one line per account and per changed item.
    pub fn details(&self) -> Vec<String> {
        let mut lines = Vec::new();
        for account in &self.accounts {
            match account.action {
                Action::Add => {
                    let counts = counts(&account.items, Action::Add);
                    let with = if counts.is_empty() { String::new() } else { format!(" with {counts}") };
                    lines.push(format!("add account \"{}\"{with}", account.name));
                    continue;
                }
                Action::Merge if self.people_only => lines.push(format!("into account \"{}\":", account.name)),
                Action::Merge => lines.push(format!("merge into account \"{}\":", account.name)),
                Action::Same if self.people_only => lines.push(format!("into account \"{}\":", account.name)),
                Action::Same => lines.push(format!("skip account \"{}\": nothing new", account.name)),
            }
            if !account.filled.is_empty() {
                lines.push(format!("  fill {}", account.filled.join(", ")));
            }
            if !account.kept.is_empty() && account.action == Action::Merge {
                lines.push(format!("  keep {} (the file differs)", account.kept.join(", ")));
            }
            for item in &account.items {
                let kind = item.kind.word(1);
                let kept =
                    if item.kept.is_empty() { String::new() } else { format!("; keep {}", item.kept.join(", ")) };
                match item.action {
                    Action::Add => lines.push(format!("  add {kind} \"{}\"", item.label)),
                    Action::Merge => {
                        lines.push(format!("  fill {kind} \"{}\": {}{kept}", item.label, item.filled.join(", ")))
                    }
                    Action::Same if self.people_only => {
                        lines.push(format!("  skip {kind} \"{}\": already there{kept}", item.label))
                    }
                    Action::Same => {}
                }
            }
        }
        lines.extend(self.ignored.iter().map(|i| format!("ignored: {i}")));
        lines
    }

    /// One sentence: how many accounts (or people) are added, merged,
    /// unchanged; `would` for a dry run.
    pub fn summary(&self, would: bool) -> String {
        let added = if would { "would be added" } else { "added" };
        if self.people_only {
            let items: Vec<&ItemNote> = self.accounts.iter().flat_map(|a| &a.items).collect();
            let n = |action| items.iter().filter(|i| i.action == action).count();
            let name = self.accounts.first().map(|a| a.name.as_str()).unwrap_or_default();
            return format!(
                "{} {added}, {} merged, {} already there, in account \"{name}\"",
                plural(n(Action::Add), "person", "people"),
                n(Action::Merge),
                n(Action::Same)
            );
        }
        let n = |action| self.accounts.iter().filter(|a| a.action == action).count();
        let mut text = format!(
            "{} {added}, {} merged, {} already there",
            plural(n(Action::Add), "account", "accounts"),
            n(Action::Merge),
            n(Action::Same)
        );
        let merged_items: Vec<ItemNote> =
            self.accounts.iter().filter(|a| a.action == Action::Merge).flat_map(|a| a.items.iter().cloned()).collect();
        let added = counts(&merged_items, Action::Add);
        if !added.is_empty() {
            text.push_str(&format!("; new in existing accounts: {added}"));
        }
        text
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "3 objectives, 1 person, 12 touchpoints" for the items with `action`.
fn counts(items: &[ItemNote], action: Action) -> String {
    let mut by_kind: std::collections::BTreeMap<Kind, usize> = std::collections::BTreeMap::new();
    for item in items.iter().filter(|i| i.action == action) {
        *by_kind.entry(item.kind).or_default() += 1;
    }
    by_kind.iter().map(|(kind, n)| format!("{n} {}", kind.word(*n))).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_gain_what_they_lack() {
        let mut email = "a@x.org".to_string();
        assert!(add_to_list(&mut email, "A@X.org, b@y.org", email_key));
        assert_eq!(email, "a@x.org, b@y.org");
        assert!(!add_to_list(&mut email, "b@y.org", email_key));
        let mut phone = "+380 44 123-45-67".to_string();
        assert!(!add_to_list(&mut phone, "+380441234567", phone_key));
        let mut empty = String::new();
        assert!(add_to_list(&mut empty, "1; 2", phone_key));
        assert_eq!(empty, "1, 2");
    }

    #[test]
    fn circles_are_seen() {
        let mut a = Person::new(AccountId(1), "A");
        a.id = PersonId(1);
        let mut b = Person::new(AccountId(1), "B");
        b.id = PersonId(2);
        b.reports_to = Some(PersonId(1));
        let people = vec![a, b];
        assert!(makes_circle(&people, PersonId(1), PersonId(2)));
        assert!(!makes_circle(&people, PersonId(2), PersonId(1)));
    }

    #[test]
    fn claims_match_one_to_one_among_earlier_items() {
        let items = vec!["x", "x", "y"];
        let mut claims = Claims::new(2);
        assert_eq!(claims.take(&items, |s| *s == "x"), Some(0));
        assert_eq!(claims.take(&items, |s| *s == "x"), Some(1));
        assert_eq!(claims.take(&items, |s| *s == "x"), None);
        assert_eq!(claims.take(&items, |s| *s == "y"), None, "beyond the limit");
        let mut keyed = Keyed::new(&items, |s| s.to_string());
        assert_eq!(keyed.take(&"x".to_string()), Some(0));
        assert_eq!(keyed.take(&"x".to_string()), Some(1));
        assert_eq!(keyed.take(&"x".to_string()), None);
    }
}
