//! `u` and `U`: the changes of this session taken back and done again,
//! several steps deep. Each step is what one action wrote to the history;
//! taking it back is itself a change, refused when the record has changed
//! since (another workbench, a shell command).

use super::App;
use crate::store::StoreError;

pub fn undo(app: &mut App) {
    let Some(step) = app.undo.pop() else {
        return app.complain("Nothing to undo in this session");
    };
    if let Some(reversal) = take_back(app, &step, "undo") {
        app.redo.push(reversal);
        done(app, "Undone (U does it again)");
    }
}

pub fn redo(app: &mut App) {
    let Some(step) = app.redo.pop() else {
        return app.complain("Nothing to redo");
    };
    if let Some(reversal) = take_back(app, &step, "redo") {
        app.undo.push(reversal);
        done(app, "Done again (u takes it back)");
    }
}

/// Reverts a step; its reversal is the step that takes it back in turn.
fn take_back(
    app: &mut App,
    step: &[crate::domain::history::EntryId],
    what: &str,
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

fn refused(app: &mut App, what: &str, error: StoreError) {
    let reason = match error {
        StoreError::Conflict { .. } => "it was changed elsewhere since".to_string(),
        StoreError::NotFound(_) => "it was deleted elsewhere since".to_string(),
        other => other.to_string(),
    };
    app.complain(format!("Cannot {what}: {reason}"));
}
