//! The search box (`f` on the main screens): words typed live, the store's
//! hits for them after every key, one hit picked and opened where it was
//! found.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::dossier::Place;
use super::{Action, App, Overlay};
use crate::domain::DossierSection;
use crate::domain::{CompetitorId, MilestoneId, ObjectiveId, PersonId, SearchHit, SearchKind, TouchpointId, text};
use crate::store::Store;

/// Hits shown while typing: screens full many times over, and still fast.
pub const LIVE_LIMIT: usize = 50;

#[derive(Debug, Default)]
pub struct SearchState {
    pub query: String,
    pub hits: Vec<SearchHit>,
    /// Index into `hits`.
    pub selected: usize,
    /// Why the last search failed, when it did.
    pub error: Option<String>,
}

impl SearchState {
    /// Typing into the box: characters, Backspace, Ctrl-U (clear) and Ctrl-W
    /// (the last word). True when the query changed.
    fn type_key(&mut self, key: KeyEvent) -> bool {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        match key.code {
            KeyCode::Char('u') if ctrl => self.query.clear(),
            KeyCode::Char('w') if ctrl => {
                let kept = self.query.trim_end().rfind(char::is_whitespace).map_or(0, |i| i + 1);
                self.query.truncate(kept);
            }
            KeyCode::Char(c) if !ctrl => self.query.push(c),
            KeyCode::Backspace => {
                self.query.pop();
            }
            _ => return false,
        }
        true
    }

    fn step(&mut self, delta: isize) {
        self.selected = self.selected.saturating_add_signed(delta).min(self.hits.len().saturating_sub(1));
    }

    /// Runs the search again for the query as it now reads.
    fn refresh(&mut self, store: &Store) {
        self.selected = 0;
        match store.search(&self.query, LIVE_LIMIT) {
            Ok(hits) => {
                self.hits = hits;
                self.error = None;
            }
            Err(e) => {
                self.hits.clear();
                self.error = Some(e.to_string());
            }
        }
    }
}

/// `f`: the search box over the current screen.
pub fn open(app: &mut App) {
    app.overlays.push(Overlay::Search(Box::default()));
}

pub fn update(app: &mut App, action: Action) {
    let App { store, overlays, .. } = app;
    let Some(Overlay::Search(state)) = overlays.last_mut() else {
        return;
    };
    match action {
        Action::Type(key) if state.type_key(key) => state.refresh(store),
        Action::Paste(pasted) => {
            state.query.push_str(&text::clean_line(&pasted));
            state.refresh(store);
        }
        Action::Up => state.step(-1),
        Action::Down => state.step(1),
        Action::Pick(super::mouse::Target::Hit(key)) => super::mouse::pick_hit(&state.hits, &mut state.selected, key),
        Action::PageUp => state.step(-10),
        Action::PageDown => state.step(10),
        Action::Open => match state.hits.get(state.selected).cloned() {
            Some(hit) => {
                app.overlays.pop();
                if let Err(e) = app.open_at(hit.account_id, place(&hit)) {
                    app.complain(e.to_string());
                }
            }
            None => app.complain(crate::l10n::text("status-search-nothing-to-open")),
        },
        Action::Close => {
            app.overlays.pop();
        }
        _ => {}
    }
}

/// Where in the dossier a hit was found.
pub fn place(hit: &SearchHit) -> Place {
    let id = hit.item_id.unwrap_or(0);
    match hit.kind {
        SearchKind::Account => Place::Section(DossierSection::Overview),
        SearchKind::Charter => Place::Section(DossierSection::Charter),
        SearchKind::Situation => Place::Section(DossierSection::Situation),
        SearchKind::Strategy => Place::Section(DossierSection::Strategy),
        SearchKind::Objective => Place::Objective(ObjectiveId(id)),
        SearchKind::Milestone => Place::Milestone(MilestoneId(id)),
        SearchKind::Person => Place::Person(PersonId(id)),
        SearchKind::Competitor => Place::Competitor(CompetitorId(id)),
        SearchKind::Touchpoint => Place::Touchpoint(TouchpointId(id)),
    }
}
