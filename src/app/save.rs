//! Actions that write: each is one store call (one transaction), and the
//! screen says "saved" only after the store has committed.

use super::dossier::Item;
use super::editor::{ExternalEdit, TextTarget};
use super::form::{self, Subject};
use super::{App, Overlay, Screen};
use crate::domain::DossierSection;
use crate::domain::{AccountId, Dossier, text};
use crate::store::StoreError;

/// What a successful save reports, and where to go next.
struct Saved {
    message: String,
    open: Option<AccountId>,
}

fn saved(message: impl Into<String>) -> Result<Option<Saved>, StoreError> {
    Ok(Some(Saved { message: message.into(), open: None }))
}

pub fn save_form(app: &mut App) {
    let App { store, overlays, dossier, today, last_channel, .. } = app;
    let Some(Overlay::Form(form)) = overlays.last_mut() else {
        return;
    };
    let today = *today;
    let people = dossier.as_ref().map(|d| d.dossier.people.as_slice()).unwrap_or(&[]);
    // `None`: a field is invalid; the form shows why and stays open.
    let result = match &form.subject {
        Subject::Account(_) => match form::account::read(form, today) {
            None => Ok(None),
            Some(account) if account.id.0 == 0 => store
                .create_account(&account)
                .map(|id| Some(Saved { message: format!("Created {}", account.name), open: Some(id) })),
            Some(account) => store.update_account(&account).and_then(|()| saved(format!("Saved {}", account.name))),
        },
        Subject::Objective(_) => match form::items::read_objective(form, today) {
            None => Ok(None),
            Some(o) => store.save_objective(&o).and_then(|_| saved("Objective saved")),
        },
        Subject::Milestone(_) => match form::items::read_milestone(form, today) {
            None => Ok(None),
            Some(m) => store.save_milestone(&m).and_then(|_| saved("Milestone saved")),
        },
        Subject::Person { .. } => match form::person::read(form, today) {
            None => Ok(None),
            Some(p) => store.save_person(&p).and_then(|_| saved(format!("Saved {}", p.name))),
        },
        Subject::Competitor(_) => match form::items::read_competitor(form, today) {
            None => Ok(None),
            Some(c) => store.save_competitor(&c).and_then(|_| saved(format!("Saved competitor {}", c.name))),
        },
        Subject::Snooze(_) => match form::snooze::read(form, today) {
            None => Ok(None),
            Some((key, until)) => store.snooze(key, until).and_then(|()| saved(format!("Snoozed until {until}"))),
        },
        Subject::Touchpoint(_) => match form::touchpoint::read(form, today, people) {
            None => Ok(None),
            Some(t) => {
                *last_channel = t.channel;
                store.save_touchpoint(&t).and_then(|_| saved(format!("Touchpoint of {} logged", t.date)))
            }
        },
    };
    match result {
        Ok(None) => app.complain("Not saved: fix the fields marked in red"),
        Ok(Some(done)) => {
            app.overlays.pop();
            app.say(done.message);
            finish(app, done.open);
        }
        Err(e) => {
            // The form stays open with everything typed: nothing is lost.
            let message = e.to_string();
            if let Some(Overlay::Form(form)) = app.overlays.last_mut() {
                form.message = Some(message.clone());
            }
            app.complain(format!("Not saved: {message}"));
        }
    }
}

/// After a save: reload what the screens show, and open a new account's dossier.
fn finish(app: &mut App, open: Option<AccountId>) {
    app.emit(super::Effect::Saved);
    if let Err(e) = app.refresh() {
        return app.complain(e.to_string());
    }
    if let Some(id) = open {
        super::update::open_account(app, id, DossierSection::Overview);
    }
}

pub fn save_editor(app: &mut App) {
    let Some(Overlay::Editor(editor)) = app.overlays.last() else {
        return;
    };
    let (target, text) = (editor.target, editor.text());
    match save_text(app, target, &text) {
        Ok(()) => {
            app.overlays.pop();
            app.say(format!("{} saved", target.title()));
            finish(app, None);
        }
        Err(e) => app.complain(format!("Not saved: {e}")),
    }
}

pub fn external_edit_done(app: &mut App, edit: ExternalEdit, text: Option<String>) {
    let ExternalEdit { target, text: before } = edit;
    let Some(after) = text.map(|t| text::clean_multiline(t.trim_end())) else {
        return app.complain("The editor did not finish cleanly: nothing was changed");
    };
    if after == before.trim_end() {
        return app.say("No change");
    }
    match save_text(app, target, &after) {
        Ok(()) => {
            app.say(format!("{} saved", target.title()));
            finish(app, None);
        }
        Err(e) => app.complain(format!("Not saved: {e}")),
    }
}

fn save_text(app: &mut App, target: TextTarget, text: &str) -> Result<(), StoreError> {
    let Some(state) = app.dossier.as_ref() else {
        return Ok(());
    };
    let dossier: &Dossier = &state.dossier;
    match target {
        TextTarget::Plan(section) => app.store.save_plan_text(dossier.account.id, section, text),
        TextTarget::Account(part) => {
            let mut account = dossier.account.clone();
            part.set(&mut account, text.to_string());
            app.store.update_account(&account)
        }
    }
}

/// `x`: a milestone or a follow-up done today; pressed again, not done.
pub fn toggle_done(app: &mut App) {
    let Some(state) = app.dossier.as_ref() else {
        return;
    };
    let d = &state.dossier;
    let today = app.today;
    let result = match state.item() {
        Some(Item::Milestone(i)) => {
            let m = &d.milestones[i];
            let done = if m.done.is_some() { None } else { Some(today) };
            app.store
                .set_milestone_done(m.id, done)
                .map(|()| format!("Milestone {}", if done.is_some() { "done" } else { "reopened" }))
        }
        Some(Item::Touchpoint(i))
            if d.touchpoints[i].next_step_due.is_some() || !d.touchpoints[i].next_step.is_empty() =>
        {
            let t = &d.touchpoints[i];
            let done = if t.next_step_done.is_some() { None } else { Some(today) };
            app.store
                .set_follow_up_done(t.id, done)
                .map(|()| format!("Follow-up {}", if done.is_some() { "done" } else { "reopened" }))
        }
        _ => return app.complain("x marks a milestone (5) or a touchpoint's next step (7) done"),
    };
    match result {
        Ok(message) => {
            app.say(message);
            finish(app, None);
        }
        Err(e) => app.complain(e.to_string()),
    }
}

pub fn delete_item(app: &mut App, item: Item) {
    let Some(state) = app.dossier.as_ref() else {
        return;
    };
    let d = &state.dossier;
    let store = &mut app.store;
    let result = match item {
        Item::Objective(i) => store.delete_objective(d.objectives[i].id),
        Item::Milestone(i) => store.delete_milestone(d.milestones[i].id),
        Item::Person(i) => store.delete_person(d.people[i].id),
        Item::Touchpoint(i) => store.delete_touchpoint(d.touchpoints[i].id),
        Item::Competitor(i) => store.delete_competitor(d.competitors[i].id),
        Item::Overview(_) => return,
    };
    match result {
        Ok(()) => {
            app.say("Deleted");
            finish(app, None);
        }
        Err(e) => app.complain(e.to_string()),
    }
}

pub fn purge(app: &mut App, id: AccountId) {
    match app.store.purge_account(id) {
        Ok(()) => {
            app.dossier = None;
            app.screen = Screen::Portfolio;
            app.say("Account purged");
            finish(app, None);
            if app.portfolio.accounts.is_empty() {
                app.screen = Screen::Welcome;
            }
        }
        Err(e) => app.complain(e.to_string()),
    }
}
