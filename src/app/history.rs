//! `h` on a text: its saved versions, newest first; Enter shows one against
//! the text as it is now, word by word; `r` puts it back as a new version,
//! which `u` takes back like any other save.

use chrono::NaiveDateTime;

use super::editor::TextTarget;
use super::{Action, App, Overlay};
use crate::domain::AccountId;
use crate::domain::diff;
use crate::domain::history::{Change, EntryId};
use crate::store::StoreError;

/// One saved version of a text.
pub struct Version {
    pub entry: EntryId,
    /// When it was saved, in the zone the workbench shows times in.
    pub at: NaiveDateTime,
    pub machine: String,
    pub change: Change,
    /// Words added and removed by this save.
    pub added: usize,
    pub removed: usize,
    /// The text as this save left it.
    pub text: String,
}

pub struct HistoryState {
    pub account: AccountId,
    pub target: TextTarget,
    /// Newest first.
    pub versions: Vec<Version>,
    pub selected: usize,
    /// The text as stored now, and its revision (a restore is made from it).
    pub current: String,
    pub revision: i64,
    /// Enter was pressed: the selected version against the text now.
    pub viewing: bool,
}

impl HistoryState {
    pub fn version(&self) -> Option<&Version> {
        self.versions.get(self.selected)
    }

    fn step(&mut self, delta: isize) {
        let last = self.versions.len().saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(delta).min(last);
    }
}

/// `h`: the versions of the text the cursor is on.
pub fn open(app: &mut App) {
    let Some(state) = app.dossier.as_ref() else { return };
    let Some(target) = state.text_target() else {
        return app.complain(crate::l10n::text("status-history-hint"));
    };
    let account = state.dossier.account.id;
    match load(app, account, target) {
        Ok(history) if history.versions.is_empty() => {
            app.say(format!("{} has no saved versions yet: each save keeps one", target.title()))
        }
        Ok(history) => app.overlays.push(Overlay::History(Box::new(history))),
        Err(e) => app.complain(e.to_string()),
    }
}

fn load(app: &App, account: AccountId, target: TextTarget) -> Result<HistoryState, StoreError> {
    let (current, revision) = app.store.stored_text(account, target)?;
    let versions = app
        .store
        .text_history(account, target)?
        .into_iter()
        .map(|entry| {
            let before = entry.before.unwrap_or_default();
            let text = entry.after.unwrap_or_default();
            let (added, removed) = diff::size(&before, &text);
            Version {
                entry: entry.id,
                at: app.zone.show(entry.at),
                machine: entry.machine,
                change: entry.change,
                added,
                removed,
                text,
            }
        })
        .collect();
    Ok(HistoryState { account, target, versions, selected: 0, current, revision, viewing: false })
}

pub fn update(app: &mut App, action: Action) {
    let Some(Overlay::History(history)) = app.overlays.last_mut() else { return };
    match action {
        Action::Up => history.step(-1),
        Action::Down => history.step(1),
        Action::PageUp => history.step(-10),
        Action::PageDown => history.step(10),
        Action::Top => history.selected = 0,
        Action::Bottom => history.step(isize::MAX),
        Action::Open => history.viewing = true,
        Action::Restore => restore(app),
        Action::ShowHelp => super::update::help(app),
        Action::Close if history.viewing => history.viewing = false,
        Action::Close => {
            app.overlays.pop();
        }
        _ => {}
    }
}

/// `r`: the selected version becomes the text again, as a new version.
fn restore(app: &mut App) {
    let Some(Overlay::History(history)) = app.overlays.last() else { return };
    let Some(version) = history.version() else { return };
    if version.text == history.current {
        return app.say(crate::l10n::text("status-nothing-to-restore"));
    }
    let (entry, base, title) = (version.entry, history.revision, history.target.title());
    let when = format!("{} {} ({})", crate::l10n::date(version.at.date()), version.at.format("%H:%M"), version.machine);
    match app.store.restore_text(entry, base) {
        Ok(_) => {
            app.overlays.pop();
            app.say(crate::t!("status-restored", what = title, when = when));
            super::save::finish(app, None);
        }
        Err(StoreError::Conflict { .. }) => {
            app.overlays.pop();
            app.complain(crate::t!("status-not-restored-changed", what = title));
            if let Err(e) = app.refresh() {
                app.complain(e.to_string());
            }
        }
        Err(e) => app.complain(crate::t!("status-not-restored", reason = e.to_string())),
    }
}
