//! The dossier's log is read a page at a time around what the screen
//! shows: down past the loaded part reads older pages, up past it newer
//! ones, `G` jumps to the oldest page and `g` back to the newest, so a log
//! of tens of thousands of contacts never sits in memory whole.

use super::App;
use super::dossier::LOG_PAGE;
use super::form;
use crate::domain::{DossierSection, Touchpoint};
use crate::store::StoreError;

impl App {
    /// Reads the next older page when the selection nears the end of what is loaded.
    pub(crate) fn load_older_touchpoints(&mut self) {
        let Some(state) = self.dossier.as_mut() else { return };
        if state.wants_older().is_none() {
            return;
        }
        let Some(last) = state.dossier.touchpoints.last() else { return };
        match self.store.touchpoints_older(state.dossier.account.id, last, LOG_PAGE) {
            Ok(older) => state.dossier.touchpoints.extend(older),
            Err(e) => self.complain(e.to_string()),
        }
    }

    /// Reads the next newer page when the selection nears the start of what is loaded.
    pub(crate) fn load_newer_touchpoints(&mut self) {
        let Some(state) = self.dossier.as_mut() else { return };
        let Some(start) = state.wants_newer() else { return };
        let count = state.log_offset - start;
        let Some(first) = state.dossier.touchpoints.first() else { return };
        match self.store.touchpoints_newer(state.dossier.account.id, first, count) {
            // Fewer than asked: the loaded part now starts at the newest.
            Ok(newer) => {
                let start = if newer.len() < count { 0 } else { start };
                state.prepend_newer(newer, start);
            }
            Err(e) => self.complain(e.to_string()),
        }
    }

    /// Loads the oldest page (`to_end`) or the newest one, unless it is loaded already.
    pub(crate) fn load_log_end(&mut self, to_end: bool) {
        let Some(state) = self.dossier.as_mut() else { return };
        let loaded = state.dossier.touchpoints.len();
        let start = if to_end { state.log_total.saturating_sub(LOG_PAGE) } else { 0 };
        let in_view = state.log_offset <= start && start + LOG_PAGE.min(state.log_total) <= state.log_offset + loaded;
        if state.section != DossierSection::Log || in_view {
            return;
        }
        let id = state.dossier.account.id;
        let window = if to_end {
            self.store.oldest_touchpoints(id, LOG_PAGE)
        } else {
            self.store.newest_touchpoints(id, LOG_PAGE)
        };
        match window {
            Ok(window) => {
                let start = if to_end { state.log_total.saturating_sub(window.len()) } else { 0 };
                state.show_log_window(window, start);
            }
            Err(e) => self.complain(e.to_string()),
        }
    }

    /// Reads the open dossier again after a save, with the same part of its log.
    pub(crate) fn reload_dossier(&mut self) -> Result<(), StoreError> {
        let Some(state) = &mut self.dossier else { return Ok(()) };
        let id = state.dossier.account.id;
        let loaded = state.dossier.touchpoints.len().max(LOG_PAGE);
        // Away from the newest contacts, the log's window is read below.
        let recent = if state.log_offset > 0 { 0 } else { loaded };
        let (mut dossier, total) = self.store.load_dossier_recent(id, recent)?;
        if state.log_offset > 0 {
            // The same window from its first contact on (or from where it
            // stood, if it has gone); contacts may have come or gone above it.
            match state.dossier.touchpoints.first() {
                Some(first) => {
                    dossier.touchpoints = self.store.touchpoints_from(id, first, loaded)?;
                    state.log_offset = match dossier.touchpoints.first() {
                        Some(now_first) => self.store.touchpoints_newer_count(id, now_first)?,
                        None => total,
                    };
                }
                None => {
                    dossier.touchpoints = self.store.newest_touchpoints(id, loaded)?;
                    state.log_offset = 0;
                }
            }
        }
        let extra = self.extra_for(&dossier.account, &dossier.objectives)?;
        let Some(state) = &mut self.dossier else { return Ok(()) };
        state.reload(dossier, total);
        state.review = self.store.review_status(id)?;
        state.extra = extra;
        Ok(())
    }
}

/// `l`: the form of a new touchpoint with the open dossier's account,
/// on the channel its last contact took (else the last one used anywhere),
/// offering its open next steps to tick as followed up by this contact.
pub(super) fn log_touchpoint(app: &mut App) {
    let Some(state) = app.dossier.as_ref() else { return };
    let account = state.dossier.account.id;
    let found = app.store.channel_for(account).and_then(|channel| Ok((channel, app.store.open_next_steps(account)?)));
    let (channel, open) = match found {
        Ok(found) => found,
        Err(e) => return app.complain(e.to_string()),
    };
    let touchpoint = Touchpoint::new(account, app.today, channel.unwrap_or(app.last_channel), "");
    let form = form::touchpoint::form_following(touchpoint, &state.dossier.people, &open);
    super::update::open_form(app, form);
}
