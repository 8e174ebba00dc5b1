//! From Implementation: `R` records a review of the plan for today, `C`
//! carries the plan into next year (asked first; one `u` takes it back).

use chrono::Datelike;

use super::{App, Pending};
use crate::domain::{AccountId, DossierSection};

/// `R`: a review of the plan, today, kept in the history (`u` withdraws it).
pub fn review(app: &mut App) {
    let Some(account) = implementation(app, "R records a review of the plan: on Implementation (5)") else { return };
    let today = app.today;
    match app.store.review_plan(account, today) {
        Ok(()) => {
            app.say(format!("Review of the plan recorded for {today} (u takes it back)"));
            super::save::finish(app, None);
        }
        Err(e) => app.complain(format!("Not recorded: {e}")),
    }
}

/// `C`: asks before carrying this year's plan into the next.
pub fn ask_carry(app: &mut App) {
    let Some(account) = implementation(app, "C carries the plan into next year: on Implementation (5)") else {
        return;
    };
    let year = app.today.year();
    let question = format!(
        "Carry into {}? Copies the {year} objectives with the year {} and moves the open milestones due in {year} \
         one year on (u takes it back)",
        year + 1,
        year + 1
    );
    super::update::ask(app, &question, Pending::Carry { account, year });
}

/// Confirmed: one write, one step of undo.
pub fn carry(app: &mut App, account: AccountId, year: i32) {
    match app.store.carry_into_next_year(account, year) {
        Ok(carried) => {
            app.say(format!(
                "Carried into {}: {}, {} moved (u takes it back)",
                year + 1,
                counted(carried.objectives, "objective copied", "objectives copied"),
                counted(carried.milestones, "open milestone", "open milestones"),
            ));
            super::save::finish(app, None);
        }
        Err(e) => app.complain(format!("Not carried: {e}")),
    }
}

fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn implementation(app: &mut App, hint: &str) -> Option<AccountId> {
    match app.dossier.as_ref() {
        Some(state) if state.section == DossierSection::Implementation => Some(state.dossier.account.id),
        _ => {
            app.complain(hint);
            None
        }
    }
}
