//! One account being merged: the stored dossier (if any), what it becomes,
//! and the note of what was filled, kept and added.

use super::*;
use crate::domain::sales::{Month, MonthChange, Sale, replacements, totals};
use crate::domain::text::clean_line;

pub(super) struct Target {
    pub(super) existing: Option<AccountId>,
    pub(super) original: Option<Dossier>,
    pub(super) merged: Dossier,
    pub(super) note: AccountNote,
    /// New people get -1, -2, ...: the store's mark of a new person.
    next_person: i64,
    /// Whether the note keeps each item (what `Report::details` names) or
    /// only counts the added ones: a log of many thousand contacts would
    /// otherwise be noted item by item only to be counted.
    pub(super) items: bool,
}

impl Target {
    pub(super) fn existing(dossier: Dossier) -> Self {
        Target {
            existing: Some(dossier.account.id),
            note: note_for(&dossier),
            merged: dossier.clone(),
            original: Some(dossier),
            next_person: -1,
            items: true,
        }
    }

    /// A new account; `items`: whether its note keeps each item.
    pub(super) fn new(incoming: Dossier, items: bool) -> Self {
        let mut merged = Dossier::new(incoming.account.clone());
        merged.account.id = AccountId(0);
        merged.charter = incoming.charter.clone();
        merged.situation = incoming.situation.clone();
        merged.strategy = incoming.strategy.clone();
        let mut target =
            Target { existing: None, note: note_for(&merged), merged, original: None, next_person: -1, items };
        target.merge(incoming);
        target
    }

    pub(super) fn merge(&mut self, mut incoming: Dossier) {
        let touchpoints = std::mem::take(&mut incoming.touchpoints);
        let mut account_note = (std::mem::take(&mut self.note.filled), std::mem::take(&mut self.note.kept));
        self.merge_account(&incoming, &mut account_note);
        (self.note.filled, self.note.kept) = account_note;
        self.merge_plan(&incoming);
        let people = self.merge_people(&incoming);
        self.merge_competitors(&incoming);
        self.merge_touchpoints(touchpoints, &people);
        self.merge_sales(&incoming);
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
        fill(&mut a.currency, &b.currency, "currency", note);
        fill(&mut a.closed_on, &b.closed_on, "closed on", note);
        fill(&mut a.loss_reason, &b.loss_reason, "loss reason", note);
        fill_text(&mut a.loss_note, &b.loss_note, "loss note", note);
        fill(&mut a.win_back, &b.win_back, "win-back", note);
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
        if action == Action::Add {
            *self.note.added.entry(kind).or_default() += 1;
        }
        if self.items {
            self.note.items.push(ItemNote { kind, label, action, filled: note.0, kept: note.1 });
        }
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
            let label = format!("{} {}", crate::l10n::date(m.due), m.title);
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
            // The global id first (keyplan's own vCards and exports carry
            // it), then a shared address, then the name.
            let uid = p.stamp.uid.as_str();
            let found = claims
                .take(&self.merged.people, |x| !uid.is_empty() && x.stamp.uid == uid)
                .or_else(|| claims.take(&self.merged.people, |x| !emails.is_empty() && by_email(x)))
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

    /// Takes the file's touchpoints (a log can be long: each is moved, not copied).
    fn merge_touchpoints(&mut self, incoming: Vec<crate::domain::Touchpoint>, people: &HashMap<PersonId, PersonId>) {
        let label = |t: &crate::domain::Touchpoint| {
            let summary_start: String = t.summary.lines().next().unwrap_or_default().chars().take(50).collect();
            format!("{} {}", crate::l10n::date(t.date), summary_start)
        };
        if self.merged.touchpoints.is_empty() {
            // Nothing to match (a new account): every contact is added, the
            // list moved whole rather than copied into a second one.
            let mut incoming = incoming;
            for t in &mut incoming {
                t.people = t.people.iter().filter_map(|p| people.get(p).copied()).collect();
                self.item(Kind::Touchpoint, label(t), false, (Vec::new(), Vec::new()));
            }
            self.merged.touchpoints = incoming;
            return;
        }
        let mut claims = Keyed::new(&self.merged.touchpoints, |t| (t.date, name_key(&t.summary)));
        self.merged.touchpoints.reserve(incoming.len());
        for t in incoming {
            let took_part: Vec<PersonId> = t.people.iter().filter_map(|p| people.get(p).copied()).collect();
            let label = label(&t);
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
                None => self.merged.touchpoints.push(crate::domain::Touchpoint { people: took_part, ..t }),
            }
            self.item(Kind::Touchpoint, label, found.is_some(), note);
        }
    }

    /// The file's sales: in each account-month it names, the products it
    /// names hold the file's rows (as a sales import sets them); other
    /// products and months keep theirs.
    fn merge_sales(&mut self, incoming: &Dossier) {
        if incoming.sales.is_empty() {
            return;
        }
        let unkeyed = |rows: &[Sale]| -> Vec<Sale> {
            rows.iter()
                .map(|s| Sale { account_id: AccountId(0), product: clean_line(&s.product), ..s.clone() })
                .collect()
        };
        let file = totals(&unkeyed(&incoming.sales));
        let named: HashSet<(Month, &str)> = file.iter().map(|s| (s.month, s.product.as_str())).collect();
        let mut rows: Vec<Sale> = unkeyed(&self.merged.sales)
            .into_iter()
            .filter(|s| !named.contains(&(s.month, s.product.as_str())))
            .collect();
        rows.extend(file);
        rows.sort_by(|a, b| b.month.cmp(&a.month).then_with(|| a.product.cmp(&b.product)));
        self.merged.sales = rows;
    }

    /// The months whose sales the import changes, and how many of them
    /// held sales before (replaced) or none (added).
    fn sales_changes(&self) -> Vec<MonthChange> {
        let unkeyed = |rows: &[Sale]| -> Vec<Sale> {
            rows.iter().map(|s| Sale { account_id: AccountId(0), ..s.clone() }).collect()
        };
        let stored = self.original.as_ref().map(|o| unkeyed(&o.sales)).unwrap_or_default();
        let account = self.existing.unwrap_or(AccountId(0));
        replacements(&stored, &unkeyed(&self.merged.sales))
            .into_iter()
            .map(|mut c| {
                c.account_id = account;
                for row in c.before.iter_mut().chain(c.after.iter_mut()) {
                    row.account_id = account;
                }
                c
            })
            .collect()
    }

    /// The rows that differ from what is stored; None when nothing does.
    pub(super) fn changes(&mut self) -> Option<DossierChanges> {
        let sales = self.sales_changes();
        self.note.sales_added = sales.iter().filter(|c| c.adds()).count();
        self.note.sales_replaced = sales.len() - self.note.sales_added;
        let Some(original) = &self.original else {
            // Moved, not copied: a new account's target is done with it.
            let account = self.merged.account.clone();
            return Some(DossierChanges {
                account: None,
                update_account: false,
                dossier: std::mem::replace(&mut self.merged, Dossier::new(account)),
                sales: Vec::new(),
            });
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
            && dossier.touchpoints.is_empty()
            && sales.is_empty();
        (!nothing).then_some(DossierChanges { account: self.existing, update_account, dossier, sales })
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
        added: std::collections::BTreeMap::new(),
        sales_added: 0,
        sales_replaced: 0,
    }
}
