//! From Implementation: `R` records a review of the plan for today, `C`
//! carries the plan into next year (asked first; one `u` takes it back).

use chrono::Datelike;

use super::{App, Pending};
use crate::domain::{AccountId, DossierSection};

/// `R`: a review of the plan, today, kept in the history (`u` withdraws it).
pub fn review(app: &mut App) {
    let Some(account) = implementation(app, crate::l10n::text("status-review-hint")) else { return };
    let today = app.today;
    match app.store.review_plan(account, today) {
        Ok(()) => {
            app.say(crate::t!("status-review-recorded", date = crate::l10n::date(today)));
            super::save::finish(app, None);
        }
        Err(e) => app.complain(crate::t!("status-not-recorded", reason = e.to_string())),
    }
}

/// `C`: asks before carrying this year's plan into the next.
pub fn ask_carry(app: &mut App) {
    let Some(account) = implementation(app, crate::l10n::text("status-carry-hint")) else {
        return;
    };
    let year = app.today.year();
    let question = crate::t!("ask-carry", year = year.to_string(), next = (year + 1).to_string());
    super::update::ask(app, &question, Pending::Carry { account, year });
}

/// Confirmed: one write, one step of undo.
pub fn carry(app: &mut App, account: AccountId, year: i32) {
    match app.store.carry_into_next_year(account, year) {
        Ok(carried) => {
            app.say(crate::t!(
                "status-carried",
                next = (year + 1).to_string(),
                objectives = carried.objectives,
                milestones = carried.milestones
            ));
            super::save::finish(app, None);
        }
        Err(e) => app.complain(crate::t!("status-not-carried", reason = e.to_string())),
    }
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
