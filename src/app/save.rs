//! Actions that write: each is one store call (one transaction), and the
//! screen says "saved" only after the store has committed.

use super::dossier::Item;
use super::editor::{Editor, ExternalEdit, TextTarget};
use super::form::{self, Subject};
use super::{App, Overlay, Screen};
use crate::domain::DossierSection;
use crate::domain::{AccountId, text};
use crate::store::StoreError;
use crate::{l10n, t};

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
                .map(|id| Some(Saved { message: t!("status-created", name = account.name.as_str()), open: Some(id) })),
            Some(account) => store
                .update_account(&account)
                .and_then(|()| saved(t!("status-saved-name", name = account.name.as_str()))),
        },
        Subject::Objective(_) => match form::items::read_objective(form, today) {
            None => Ok(None),
            Some(o) => store.save_objective(&o).and_then(|_| saved(l10n::text("status-objective-saved"))),
        },
        Subject::Milestone(_) => match form::items::read_milestone(form, today) {
            None => Ok(None),
            Some(m) => store.save_milestone(&m).and_then(|_| saved(l10n::text("status-milestone-saved"))),
        },
        Subject::Person { .. } => match form::person::read(form, today) {
            None => Ok(None),
            Some(p) => store.save_person(&p).and_then(|_| saved(t!("status-saved-name", name = p.name.as_str()))),
        },
        Subject::Competitor(_) => match form::items::read_competitor(form, today) {
            None => Ok(None),
            Some(c) => {
                store.save_competitor(&c).and_then(|_| saved(t!("status-competitor-saved", name = c.name.as_str())))
            }
        },
        Subject::Snooze(..) => match form::snooze::read(form, today) {
            None => Ok(None),
            Some((account, key, until)) => {
                store.snooze(account, key, until).and_then(|()| saved(t!("status-snoozed", date = l10n::date(until))))
            }
        },
        Subject::Sale(_) => match form::sale::read(form, today) {
            None => Ok(None),
            Some(sale) => store.add_sale(&sale).and_then(|change| {
                let total = change.total_after();
                saved(t!("sale-status-added", month = sale.month.to_string(), total = l10n::amount(total)))
            }),
        },
        Subject::Touchpoint(..) => match form::touchpoint::read(form, today, people) {
            None => Ok(None),
            Some((t, follows_up)) => {
                *last_channel = t.channel;
                let stored =
                    if t.id.0 == 0 { store.log_touchpoint(&t, &follows_up) } else { store.save_touchpoint(&t) };
                stored.and_then(|_| saved(t!("status-touchpoint-logged", date = l10n::date(t.date))))
            }
        },
    };
    match result {
        Ok(None) => app.complain(l10n::text("status-fix-fields")),
        Ok(Some(done)) => {
            app.overlays.pop();
            app.say(done.message);
            finish(app, done.open);
        }
        Err(StoreError::Conflict { .. }) => {
            let Some(Overlay::Form(form)) = app.overlays.last() else { return };
            match super::conflict::Conflict::of_form(app, form) {
                Ok(conflict) => super::conflict::show(app, conflict),
                Err(e) => gone(app, e),
            }
        }
        Err(e) => {
            // The form stays open with everything typed: nothing is lost.
            let message = e.to_string();
            if let Some(Overlay::Form(form)) = app.overlays.last_mut() {
                form.message = Some(message.clone());
            }
            app.complain(t!("status-not-saved", reason = message));
        }
    }
}

/// The record being saved was deleted elsewhere: the form or editor stays
/// open with everything typed, and says so.
fn gone(app: &mut App, error: StoreError) {
    let message = t!("status-not-saved-gone", reason = error.to_string());
    if let Some(Overlay::Form(form)) = app.overlays.last_mut() {
        form.message = Some(message.clone());
    }
    app.complain(message);
}

/// After a save: one step for undo, reload what the screens show, and open
/// a new account's dossier.
pub(super) fn finish(app: &mut App, open: Option<AccountId>) {
    app.remember_change();
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
    let (target, text, base) = (editor.target, editor.text(), editor.base);
    match save_text(app, target, &text, base) {
        Ok(()) => {
            app.overlays.pop();
            app.say(t!("status-text-saved", what = target.title()));
            finish(app, None);
        }
        Err(StoreError::Conflict { .. }) => match super::conflict::Conflict::of_text(app, target, text) {
            Ok(conflict) => super::conflict::show(app, conflict),
            Err(e) => gone(app, e),
        },
        Err(e) => app.complain(t!("status-not-saved", reason = e.to_string())),
    }
}

pub fn external_edit_done(app: &mut App, edit: ExternalEdit, text: Option<String>) {
    let ExternalEdit { target, text: before, base } = edit;
    let Some(after) = text.map(|t| text::clean_multiline(t.trim_end())) else {
        return app.complain(l10n::text("status-editor-failed"));
    };
    if after == before.trim_end() {
        return app.say(l10n::text("status-no-change"));
    }
    match save_text(app, target, &after, Some(base)) {
        Ok(()) => {
            app.say(t!("status-text-saved", what = target.title()));
            finish(app, None);
        }
        Err(StoreError::Conflict { .. }) => {
            // The text comes into the built-in editor, so nothing typed is lost.
            let mut editor = Editor::new(target, &after);
            editor.base = Some(base);
            app.overlays.push(Overlay::Editor(Box::new(editor)));
            match super::conflict::Conflict::of_text(app, target, after) {
                Ok(conflict) => super::conflict::show(app, conflict),
                Err(e) => gone(app, e),
            }
        }
        Err(e) => app.complain(t!("status-not-saved", reason = e.to_string())),
    }
}

fn save_text(app: &mut App, target: TextTarget, text: &str, base: Option<i64>) -> Result<(), StoreError> {
    let Some(state) = app.dossier.as_ref() else {
        return Ok(());
    };
    let account = state.dossier.account.id;
    app.store.save_text(account, target, text, base).map(|_| ())
}

/// `x`: a milestone or a follow-up done today; pressed again, not done.
pub fn toggle_done(app: &mut App) {
    let Some(state) = app.dossier.as_ref() else {
        return;
    };
    let d = &state.dossier;
    let today = app.today;
    let milestone = |id| d.milestones.iter().find(|m| m.id == id);
    let touchpoint = |id| d.touchpoints.iter().find(|t| t.id == id);
    let result = match state.item() {
        Some(Item::Milestone(id)) if let Some(m) = milestone(id) => {
            let done = if m.done.is_some() { None } else { Some(today) };
            app.store
                .set_milestone_done(m.id, Some(m.stamp.revision), done)
                .map(|()| if done.is_some() { t!("status-milestone-done") } else { t!("status-milestone-reopened") })
        }
        Some(Item::Touchpoint(id))
            if let Some(t) = touchpoint(id)
                && (t.next_step_due.is_some() || !t.next_step.is_empty()) =>
        {
            let done = if t.next_step_done.is_some() { None } else { Some(today) };
            app.store
                .set_follow_up_done(t.id, Some(t.stamp.revision), done)
                .map(|()| if done.is_some() { t!("status-follow-up-done") } else { t!("status-follow-up-reopened") })
        }
        _ => return app.complain(l10n::text("status-x-hint")),
    };
    match result {
        Ok(message) => {
            app.say(message);
            finish(app, None);
        }
        Err(e) => app.complain(e.to_string()),
    }
}

/// Deletes the record the question named, as it was when asked (`seen`):
/// whatever was written meanwhile, the right record goes, or none.
pub fn delete_item(app: &mut App, item: Item, seen: i64) {
    let store = &mut app.store;
    let result = match item {
        Item::Objective(id) => store.delete_objective(id, Some(seen)),
        Item::Milestone(id) => store.delete_milestone(id, Some(seen)),
        Item::Person(id) => store.delete_person(id, Some(seen)),
        Item::Touchpoint(id) => store.delete_touchpoint(id, Some(seen)),
        Item::Competitor(id) => store.delete_competitor(id, Some(seen)),
        Item::Overview(_) => return,
    };
    match result {
        Ok(()) => {
            app.say(l10n::text("status-deleted"));
            finish(app, None);
        }
        Err(StoreError::NotFound(_)) => {
            app.complain(l10n::text("status-not-deleted-gone"));
            let _ = app.refresh();
        }
        Err(StoreError::Conflict { .. }) => {
            app.complain(l10n::text("status-not-deleted-changed"));
            let _ = app.refresh();
        }
        Err(e) => app.complain(e.to_string()),
    }
}

/// Purges an account after writing a backup copy of the whole database
/// (into `backups/`); without the copy nothing is purged.
pub fn purge(app: &mut App, id: AccountId) {
    let backup = match app.store.backup_named("before-purge") {
        Ok(path) => path,
        Err(e) => return app.complain(t!("status-not-purged", reason = e.to_string())),
    };
    match app.store.purge_account(id) {
        Ok(()) => {
            app.dossier = None;
            app.screen = Screen::Portfolio;
            app.say(t!("status-purged", path = backup.display().to_string()));
            finish(app, None);
            if app.portfolio.is_empty() {
                app.screen = Screen::Welcome;
            }
        }
        Err(e) => app.complain(e.to_string()),
    }
}
