//! `u` and `U`: the changes of this session taken back and done again,
//! several steps deep. Each step is what one action wrote to the history;
//! taking it back is itself a change, refused when the record has changed
//! since (another workbench, a shell command).

use super::App;
use crate::store::StoreError;

pub fn undo(app: &mut App) {
    let Some(step) = app.undo.pop() else {
        return app.complain(crate::l10n::text("status-nothing-to-undo"));
    };
    if let Some(reversal) = take_back(app, &step, Direction::Undo) {
        app.redo.push(reversal);
        done(app, crate::l10n::text("status-undone"));
    }
}

pub fn redo(app: &mut App) {
    let Some(step) = app.redo.pop() else {
        return app.complain(crate::l10n::text("status-nothing-to-redo"));
    };
    if let Some(reversal) = take_back(app, &step, Direction::Redo) {
        app.undo.push(reversal);
        done(app, crate::l10n::text("status-redone"));
    }
}

/// Which way a step is being taken: the refusal names it.
#[derive(Clone, Copy)]
enum Direction {
    Undo,
    Redo,
}

/// Reverts a step; its reversal is the step that takes it back in turn.
fn take_back(
    app: &mut App,
    step: &[crate::domain::history::EntryId],
    what: Direction,
) -> Option<Vec<crate::domain::history::EntryId>> {
    match app.store.revert(step) {
        Ok(reversal) => {
            app.store.take_written();
            Some(reversal)
        }
        Err(e) => {
            refused(app, what, e);
            None
        }
    }
}

fn done(app: &mut App, message: &str) {
    app.say(message);
    app.emit(super::Effect::Saved);
    if let Err(e) = app.refresh() {
        app.complain(e.to_string());
    }
}

fn refused(app: &mut App, what: Direction, error: StoreError) {
    let reason = match error {
        StoreError::Conflict { .. } => crate::l10n::text("status-changed-since").to_string(),
        StoreError::NotFound(_) => crate::l10n::text("status-deleted-since").to_string(),
        other => other.to_string(),
    };
    app.complain(match what {
        Direction::Undo => crate::t!("status-cannot-undo", reason = reason),
        Direction::Redo => crate::t!("status-cannot-redo", reason = reason),
    });
}
