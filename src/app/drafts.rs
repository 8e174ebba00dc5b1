//! Drafts in the workbench: what is typed in the editor or a form is kept
//! in the database after a pause in typing (the runtime's timer sends
//! [`Action::KeepDraft`]), never on the keystroke path. A draft goes when
//! its text or form is saved or thrown away; one left by a session that
//! ended without either (a crash, a closed terminal, `kill -9`) is offered
//! back when the same text or form opens again.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde_json::{Map, Value as Json};

use super::editor::{AccountText, TextTarget};
use super::form::{Form, Subject, Value};
use super::{Action, App, Effect, Overlay};
use crate::domain::{AccountId, PlanSection};
use crate::store::{Draft, Record, Store};

/// What this session keeps, and how many drafts of other sessions wait.
#[derive(Debug, Default)]
pub struct Drafts {
    /// The key of every draft this session wrote, with the body it wrote.
    written: HashMap<String, String>,
    /// Drafts in the database that this session did not write.
    pub waiting: usize,
    /// The key of the text or form last looked at for a draft to offer.
    examined: Option<String>,
}

impl Drafts {
    /// Counts the drafts waiting (those of earlier sessions).
    pub(crate) fn count_waiting(&mut self, store: &Store) {
        let keys = store.draft_keys().unwrap_or_default();
        self.waiting = keys.iter().filter(|k| !self.written.contains_key(*k)).count();
    }
}

/// A draft of an earlier session offered for the text or form below.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offer {
    pub draft: Draft,
    /// The kind of record the draft was typed for, when that record was
    /// deleted meanwhile ("touchpoint"); the text is offered for a new one.
    pub gone: Option<&'static str>,
}

impl Offer {
    /// "A draft from 14:32 on laptop" (with the date when not today).
    pub fn from(&self, today: NaiveDate) -> String {
        let at = self.draft.saved_at;
        let time = at.format("%H:%M");
        let when =
            if at.date() == today { time.to_string() } else { format!("{} {time}", crate::l10n::date(at.date())) };
        let machine = self.draft.machine.as_str();
        if machine.is_empty() {
            crate::t!("draft-from", when = when)
        } else {
            crate::t!("draft-from-machine", when = when, machine = machine)
        }
    }

    /// The one sentence about a record deleted meanwhile.
    pub fn gone_sentence(&self) -> Option<String> {
        self.gone.map(|kind| crate::t!("draft-record-gone", kind = kind))
    }

    /// The start of the kept text, for the offer to show what it is.
    pub fn preview(&self) -> String {
        match serde_json::from_str::<Map<String, Json>>(&self.draft.body) {
            Ok(fields) if self.draft.key.starts_with("form:") => {
                fields.values().filter_map(Json::as_str).filter(|v| !v.is_empty()).collect::<Vec<_>>().join(" · ")
            }
            _ => self.draft.body.lines().find(|l| !l.trim().is_empty()).unwrap_or_default().to_string(),
        }
    }
}

/// What is typed in one overlay: its key, its account and its body.
struct Typed {
    key: String,
    account: Option<AccountId>,
    body: String,
    changed: bool,
    /// The revision the typing started from: a draft restored later saves
    /// from it, so a change made elsewhere meanwhile shows as a conflict.
    base: Option<i64>,
}

fn id_or_new(id: i64) -> String {
    if id == 0 { "new".to_string() } else { id.to_string() }
}

fn text_part(target: TextTarget) -> &'static str {
    match target {
        TextTarget::Plan(PlanSection::Charter) => "charter",
        TextTarget::Plan(PlanSection::Situation) => "situation",
        TextTarget::Plan(PlanSection::Strategy) => "strategy",
        TextTarget::Account(AccountText::Description) => "description",
        TextTarget::Account(AccountText::DevelopmentHistory) => "history",
        TextTarget::Account(AccountText::OrgStructure) => "structure",
        TextTarget::Account(AccountText::MarketEnvironment) => "market",
        TextTarget::Account(AccountText::PreferredProducts) => "products",
    }
}

/// The form's record (None: it adds something that is no record of its
/// own), kind, id and account; None for forms not worth a draft (a snooze
/// is one date).
fn form_record(form: &Form) -> Option<(Option<Record>, &'static str, i64, Option<AccountId>)> {
    Some(match &form.subject {
        Subject::Account(a) => (Some(Record::Account), "account", a.id.0, (a.id.0 != 0).then_some(a.id)),
        Subject::Objective(o) => (Some(Record::Objective), "objective", o.id.0, Some(o.account_id)),
        Subject::Milestone(m) => (Some(Record::Milestone), "milestone", m.id.0, Some(m.account_id)),
        Subject::Person { person, .. } => (Some(Record::Person), "person", person.id.0, Some(person.account_id)),
        Subject::Competitor(c) => (Some(Record::Competitor), "competitor", c.id.0, Some(c.account_id)),
        Subject::Touchpoint(t, _) => (Some(Record::Touchpoint), "touchpoint", t.id.0, Some(t.account_id)),
        // A sale is always added (a month's amount, never one record edited).
        Subject::Sale(account) => (None, "sale", 0, Some(*account)),
        Subject::Snooze(..) => return None,
    })
}

fn form_prefix(kind: &str) -> String {
    format!("form:{kind}:")
}

/// The key of what an overlay types, without reading its text.
fn key_of(app: &App, overlay: &Overlay) -> Option<String> {
    match overlay {
        Overlay::Editor(editor) => {
            let account = app.dossier.as_ref()?.dossier.account.id;
            Some(format!("text:{}:{}", account.0, text_part(editor.target)))
        }
        Overlay::Form(form) => {
            let (_, kind, id, account) = form_record(form)?;
            let account = account.map_or_else(|| "new".to_string(), |a| a.0.to_string());
            Some(format!("{}{}:{account}", form_prefix(kind), id_or_new(id)))
        }
        _ => None,
    }
}

fn typed(app: &App, overlay: &Overlay) -> Option<Typed> {
    let key = key_of(app, overlay)?;
    let account = app.dossier.as_ref().map(|d| d.dossier.account.id);
    match overlay {
        Overlay::Editor(editor) => {
            Some(Typed { key, account, body: editor.text(), changed: editor.is_changed(), base: editor.base })
        }
        Overlay::Form(form) => {
            let account = form_record(form).and_then(|(_, _, _, account)| account);
            let base = Some(form.subject.revision()).filter(|r| *r > 0);
            Some(Typed { key, account, body: form_body(form), changed: form.is_changed(), base })
        }
        _ => None,
    }
}

/// A form as a draft keeps it: each field's content by its key, and under
/// [`CHOICES`] the place of each choice, which holds in every language
/// (a choice's label is in the language it was typed in).
fn form_body(form: &Form) -> String {
    let mut fields: Map<String, Json> =
        form.fields.iter().map(|f| (f.key.to_string(), Json::String(f.content()))).collect();
    let choices: Map<String, Json> = form
        .fields
        .iter()
        .filter_map(|f| match f.value {
            Value::Choice { selected, .. } => Some((f.key.to_string(), Json::from(selected))),
            Value::Text(_) => None,
        })
        .collect();
    if !choices.is_empty() {
        fields.insert(CHOICES.to_string(), Json::Object(choices));
    }
    Json::Object(fields).to_string()
}

/// Where a form's draft keeps the place of each choice.
const CHOICES: &str = "#choices";

/// Writes what is typed in every open text and form that differs from what
/// was last written; a text typed back to its saved state leaves no draft.
pub(crate) fn keep(app: &mut App) {
    let typed: Vec<Typed> = app.overlays.iter().filter_map(|o| typed(app, o)).collect();
    let now = chrono::Local::now().naive_local();
    for t in typed {
        if !t.changed {
            if app.drafts.written.remove(&t.key).is_some() {
                forget(app, &t.key);
            }
            continue;
        }
        if app.drafts.written.get(&t.key) == Some(&t.body) {
            continue;
        }
        let draft = Draft {
            key: t.key.clone(),
            account_id: t.account,
            machine: crate::store::history::machine().to_string(),
            saved_at: now,
            base_revision: t.base,
            body: t.body.clone(),
        };
        match app.store.save_draft(&draft) {
            Ok(()) => {
                app.drafts.written.insert(t.key, t.body);
                app.emit(Effect::Saved);
            }
            Err(e) => app.complain(crate::t!("status-draft-not-kept", reason = e.to_string())),
        }
    }
    app.drafts.count_waiting(&app.store);
}

fn forget(app: &mut App, key: &str) {
    match app.store.delete_draft(key) {
        Ok(()) => app.emit(Effect::Saved),
        Err(e) => app.complain(crate::t!("status-draft-not-removed", reason = e.to_string())),
    }
}

/// After every action: drafts of texts and forms no longer open (saved,
/// thrown away) go, and a text or form that just opened is offered its draft.
pub(crate) fn settle(app: &mut App) {
    let open: Vec<String> = app.overlays.iter().filter_map(|o| key_of(app, o)).collect();
    // An editor whose dossier is not known (closed under it) cannot be
    // named: until it closes, no draft is taken for one it left.
    let unnamed = app.overlays.iter().any(|o| matches!(o, Overlay::Editor(_)) && key_of(app, o).is_none());
    let closed: Vec<String> =
        if unnamed { Vec::new() } else { app.drafts.written.keys().filter(|k| !open.contains(k)).cloned().collect() };
    for key in &closed {
        app.drafts.written.remove(key);
        forget(app, key);
    }
    if !closed.is_empty() {
        app.drafts.count_waiting(&app.store);
    }
    let top = open.last().cloned();
    if top == app.drafts.examined {
        return;
    }
    app.drafts.examined.clone_from(&top);
    if top.is_some() && app.running {
        offer(app);
    }
}

/// Offers the draft of the text or form on top, or a draft typed for a
/// record of the same kind in this account that was deleted meanwhile.
fn offer(app: &mut App) {
    let Some(overlay) = app.overlays.last() else { return };
    let Some(current) = typed(app, overlay) else { return };
    if app.drafts.written.contains_key(&current.key) {
        return;
    }
    let found = match app.store.draft(&current.key) {
        Ok(found) => found,
        Err(e) => return app.complain(crate::t!("status-drafts-not-read", reason = e.to_string())),
    };
    if let Some(draft) = found {
        if draft.body == current.body {
            // Nothing that the text or form does not already hold.
            return forget(app, &draft.key);
        }
        return app.overlays.push(Overlay::DraftOffer(Offer { draft, gone: None }));
    }
    if let Some(offer) = orphan(app, overlay) {
        app.overlays.push(Overlay::DraftOffer(offer));
    }
}

/// For a form of a new record: a draft of this account's form of the same
/// kind whose record is gone.
fn orphan(app: &App, overlay: &Overlay) -> Option<Offer> {
    let Overlay::Form(form) = overlay else { return None };
    let (record, kind, id, account) = form_record(form)?;
    let record = record?;
    if id != 0 || account.is_none() {
        return None;
    }
    let drafts = app.store.drafts_starting(&form_prefix(kind)).ok()?;
    drafts.into_iter().filter(|d| d.account_id == account).find_map(|draft| {
        let id: i64 = draft.key.split(':').nth(2)?.parse().ok()?;
        let gone = !app.store.record_exists(record, id).ok()?;
        gone.then_some(Offer { draft, gone: Some(kind) })
    })
}

/// The answer to an offer: restore, throw away, or decide later.
pub(crate) fn answer(app: &mut App, action: Action) {
    let Some(Overlay::DraftOffer(offer)) = app.overlays.last() else { return };
    let offer = offer.clone();
    match action {
        Action::RestoreDraft => {
            app.overlays.pop();
            restore(app, &offer.draft.body, offer.draft.base_revision);
            // Kept at once under the key of what now holds it.
            keep(app);
            if !app.drafts.written.contains_key(&offer.draft.key) {
                forget(app, &offer.draft.key);
            }
            app.say(crate::l10n::text("status-draft-restored"));
        }
        Action::DiscardDraft => {
            app.overlays.pop();
            forget(app, &offer.draft.key);
            app.say(crate::l10n::text("status-draft-discarded"));
        }
        Action::Close => {
            app.overlays.pop();
            app.say(crate::l10n::text("status-draft-later"));
        }
        _ => return,
    }
    app.drafts.count_waiting(&app.store);
}

/// Puts a draft back, saving later from the revision it was typed on: if
/// the record changed elsewhere since, that save shows the conflict.
fn restore(app: &mut App, body: &str, base: Option<i64>) {
    match app.overlays.last_mut() {
        Some(Overlay::Editor(editor)) => {
            editor.restore(body);
            if base.is_some() {
                editor.base = base;
            }
        }
        Some(Overlay::Form(form)) => {
            restore_form(form, body);
            if let Some(base) = base {
                form.subject.set_revision(base);
            }
        }
        _ => {}
    }
}

fn restore_form(form: &mut Form, body: &str) {
    let Ok(fields) = serde_json::from_str::<Map<String, Json>>(body) else { return };
    restore_fields(form, &fields);
    // The fields a restored choice shows (an account's closing) get their values too.
    form.reshape();
    restore_fields(form, &fields);
}

fn restore_fields(form: &mut Form, fields: &Map<String, Json>) {
    let places = fields.get(CHOICES).and_then(Json::as_object);
    for (key, value) in fields {
        let Some(value) = value.as_str() else { continue };
        // A choice by its label when that is still an option (a person
        // added meanwhile moves the others), else by its place.
        let place = places.and_then(|p| p.get(key)).and_then(Json::as_u64).and_then(|i| usize::try_from(i).ok());
        match place {
            Some(place) => form.set_choice(key, value, place),
            None => form.set_content(key, value),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Account, AccountStatus, Choice, RelationshipLevel};
    use crate::l10n::{Language, scoped};

    #[test]
    fn a_draft_kept_in_one_language_keeps_its_choices_in_another() {
        let mut account = Account::new("Acme", NaiveDate::from_ymd_opt(2026, 1, 10).unwrap());
        account.level_target = RelationshipLevel::Partnership;
        account.status = AccountStatus::Lost;
        let body = {
            let _uk = scoped(Language::Ukrainian);
            let mut form = super::super::form::account::form(account.clone());
            form.set_content("industry", "Логістика");
            form_body(&form)
        };
        let _en = scoped(Language::English);
        let mut form = super::super::form::account::form(Account::new("Acme", account.created_on));
        restore_form(&mut form, &body);
        let content = |key: &str| form.field(key).unwrap().content();
        assert_eq!(content("level_target"), RelationshipLevel::Partnership.label());
        assert_eq!(content("status"), AccountStatus::Lost.label());
        assert_eq!(content("industry"), "Логістика");
        assert_eq!(content("name"), "Acme");
    }
}
