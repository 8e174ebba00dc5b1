//! A save that found its record changed elsewhere: the user's version and
//! the stored one side by side, and the choice of which to keep.

use super::editor::{Editor, TextTarget};
use super::form::{Form, Subject};
use super::{App, Overlay};
use crate::domain::AccountId;
use crate::store::StoreError;

/// What the conflict is about, and so how each choice is carried out. The
/// editor or form with the user's version stays open beneath the view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Over {
    Text { account: AccountId, target: TextTarget },
    Form,
}

pub struct Conflict {
    /// What changed: "Charter", "the milestone «Q1 review»".
    pub title: String,
    pub mine: String,
    pub theirs: String,
    /// The stored revision: keeping mine saves over it.
    pub theirs_revision: i64,
    pub over: Over,
}

impl Conflict {
    /// The text of the user's editor against the stored version.
    pub fn of_text(app: &App, target: TextTarget, mine: String) -> Result<Conflict, StoreError> {
        let account = app.dossier.as_ref().map(|d| d.dossier.account.id).unwrap_or(AccountId(0));
        let (theirs, theirs_revision) = app.store.stored_text(account, target)?;
        Ok(Conflict {
            title: target.title().to_string(),
            mine,
            theirs,
            theirs_revision,
            over: Over::Text { account, target },
        })
    }

    /// The form's fields against the same form filled from the stored record.
    pub fn of_form(app: &App, form: &Form) -> Result<Conflict, StoreError> {
        let store = &app.store;
        let people = app.dossier.as_ref().map(|d| d.dossier.people.clone()).unwrap_or_default();
        let (stored, revision) = match &form.subject {
            Subject::Account(a) => {
                let s = store.load_account(a.id)?;
                let r = s.stamp.revision;
                (super::form::account::form(s), r)
            }
            Subject::Objective(o) => {
                let s = store.objective(o.id)?;
                let r = s.stamp.revision;
                (super::form::items::objective_form(s), r)
            }
            Subject::Milestone(m) => {
                let s = store.milestone(m.id)?;
                let r = s.stamp.revision;
                (super::form::items::milestone_form(s), r)
            }
            Subject::Person { person, others } => {
                let s = store.person(person.id)?;
                let r = s.stamp.revision;
                (super::form::person::form(s, others.clone()), r)
            }
            Subject::Competitor(c) => {
                let s = store.competitor(c.id)?;
                let r = s.stamp.revision;
                (super::form::items::competitor_form(s), r)
            }
            Subject::Touchpoint(t, _) => {
                let s = store.touchpoint(t.id)?;
                let r = s.stamp.revision;
                (super::form::touchpoint::form(s, &people), r)
            }
            Subject::Snooze(..) | Subject::Sale(_) => {
                return Err(StoreError::Invalid(crate::l10n::text("err-snooze-no-versions").into()));
            }
        };
        Ok(Conflict {
            title: form.title.clone(),
            mine: form.describe(),
            theirs: stored.describe(),
            theirs_revision: revision,
            over: Over::Form,
        })
    }
}

/// Opens the conflict view over the editor or form that failed to save.
pub fn show(app: &mut App, conflict: Conflict) {
    app.complain(crate::t!("status-conflict", what = conflict.title.as_str()));
    app.overlays.push(Overlay::Conflict(Box::new(conflict)));
}

/// `m`: save the user's version over the stored one.
pub fn keep_mine(app: &mut App) {
    let Some(Overlay::Conflict(conflict)) = app.overlays.pop() else { return };
    match app.overlays.last_mut() {
        Some(Overlay::Editor(editor)) => {
            editor.base = Some(conflict.theirs_revision);
            super::save::save_editor(app);
        }
        Some(Overlay::Form(form)) => {
            form.subject.set_revision(conflict.theirs_revision);
            super::save::save_form(app);
        }
        _ => {}
    }
}

/// `t`: keep the stored version and throw the user's away.
pub fn keep_theirs(app: &mut App) {
    let Some(Overlay::Conflict(conflict)) = app.overlays.pop() else { return };
    if matches!(app.overlays.last(), Some(Overlay::Editor(_) | Overlay::Form(_))) {
        app.overlays.pop();
    }
    app.say(crate::t!("status-kept-theirs", what = conflict.title.as_str()));
    if let Err(e) = app.refresh() {
        app.complain(e.to_string());
    }
}

/// `e`: back to the editor with both versions in it (a form: back to the
/// form, whose save now replaces the stored version).
pub fn merge(app: &mut App) {
    let Some(Overlay::Conflict(conflict)) = app.overlays.pop() else { return };
    match app.overlays.last_mut() {
        Some(Overlay::Editor(editor)) => {
            let Over::Text { target, .. } = conflict.over else { return };
            let both =
                format!("{}\n\n──── the stored version (changed elsewhere) ────\n\n{}", conflict.mine, conflict.theirs);
            let mut merged = Editor::new(target, &both);
            merged.base = Some(conflict.theirs_revision);
            **editor = merged;
            app.say(crate::l10n::text("status-merge-text"));
        }
        Some(Overlay::Form(form)) => {
            form.subject.set_revision(conflict.theirs_revision);
            app.say(crate::l10n::text("status-merge-form"));
        }
        _ => {}
    }
}
