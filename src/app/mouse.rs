//! The mouse, where the terminal sends it (a phone sends touch scrolling as
//! the wheel): the wheel is the arrow keys of the screen under it, a click
//! selects the row under it, a double click opens it as Enter would.
//!
//! What a click reaches is a record, never a position: each frame names,
//! for the rows it drew, the record each row shows ([`Targets`]); a click
//! picks that record by its id wherever it now stands, so a reload or a
//! redraw between the frame and the click never hits another row.

use std::time::{Duration, Instant};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Rect};

use super::analysis::AnalysisTab;
use super::dossier::Item;
use super::{Action, App, Overlay, Screen};
use crate::domain::{AccountId, Alert, AlertItem, AlertKind, DossierSection, SearchHit, SearchKind};

/// What a row (or a tab) on the screen shows, by the ids of its record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A row of the portfolio.
    Account(AccountId),
    /// An entry of a dossier section's list.
    Item(Item),
    /// A tab of the dossier.
    Section(DossierSection),
    /// An alert of the agenda.
    Alert(AlertKey),
    /// A hit of the search box.
    Hit(HitKey),
    /// A tab of the analysis.
    AnalysisTab(AnalysisTab),
    /// A row of the analysis' current tab: its place in the tab's list and
    /// the account it names.
    AnalysisRow { index: usize, account: AccountId },
}

/// An alert, as the agenda tells it from the others.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AlertKey {
    pub account: AccountId,
    pub kind: AlertKind,
    pub item: AlertItem,
}

impl AlertKey {
    pub fn of(alert: &Alert) -> AlertKey {
        AlertKey { account: alert.account_id, kind: alert.kind, item: alert.item }
    }
}

/// A search hit: the account, where in it, and the record found there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HitKey {
    pub account: AccountId,
    pub kind: SearchKind,
    pub item: Option<i64>,
}

impl HitKey {
    pub fn of(hit: &SearchHit) -> HitKey {
        HitKey { account: hit.account_id, kind: hit.kind, item: hit.item_id }
    }
}

/// The rows of one drawn frame and what each shows (later entries lie on
/// top: an overlay's rows over the screen's).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Targets {
    areas: Vec<(Rect, Target)>,
}

impl Targets {
    pub fn add(&mut self, area: Rect, target: Target) {
        if !area.is_empty() {
            self.areas.push((area, target));
        }
    }

    /// What the cell at `column`, `row` shows, if anything clickable.
    pub fn at(&self, column: u16, row: u16) -> Option<Target> {
        let cell = Position::new(column, row);
        self.areas.iter().rev().find(|(area, _)| area.contains(cell)).map(|(_, target)| *target)
    }

    pub fn is_empty(&self) -> bool {
        self.areas.is_empty()
    }
}

/// What the mouse asks, once the runtime has placed it on a frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pointer {
    WheelUp,
    WheelDown,
    Click(Target),
    DoubleClick(Target),
}

/// Two presses this close together on the same row are a double click.
pub const DOUBLE_CLICK: Duration = Duration::from_millis(500);

/// The last press of the left button: when, and on what.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Press {
    pub at: Instant,
    pub target: Target,
}

/// A terminal's mouse event on the frame whose rows are `targets`, at
/// `now`; `last` is the previous press (updated here). Motion, releases,
/// other buttons and clicks beside any row are nothing.
pub fn pointer(event: MouseEvent, targets: &Targets, last: &mut Option<Press>, now: Instant) -> Option<Pointer> {
    match event.kind {
        MouseEventKind::ScrollUp => Some(Pointer::WheelUp),
        MouseEventKind::ScrollDown => Some(Pointer::WheelDown),
        MouseEventKind::Down(MouseButton::Left) => {
            let Some(target) = targets.at(event.column, event.row) else {
                *last = None;
                return None;
            };
            let double =
                last.is_some_and(|p| p.target == target && now.saturating_duration_since(p.at) <= DOUBLE_CLICK);
            // A third press starts again: double, then single.
            *last = if double { None } else { Some(Press { at: now, target }) };
            Some(if double { Pointer::DoubleClick(target) } else { Pointer::Click(target) })
        }
        _ => None,
    }
}

impl App {
    /// The mouse, as the keys and actions it stands for: the wheel is ↑/↓
    /// in whatever has the keyboard; a click picks the record under it; a
    /// double click picks it and presses Enter.
    pub fn point(&mut self, pointer: Pointer) {
        let arrow = |code| KeyEvent::new(code, KeyModifiers::NONE);
        match pointer {
            Pointer::WheelUp => self.handle_key(arrow(KeyCode::Up)),
            Pointer::WheelDown => self.handle_key(arrow(KeyCode::Down)),
            Pointer::Click(target) => super::update(self, Action::Pick(target)),
            Pointer::DoubleClick(target) => {
                super::update(self, Action::Pick(target));
                // A tab has nothing to open; a row opens only when it was
                // picked (it is still there, on the screen that has the keyboard).
                let tab = matches!(target, Target::Section(_) | Target::AnalysisTab(_));
                if !tab && self.shows_selected(target) {
                    self.handle_key(arrow(KeyCode::Enter));
                }
            }
        }
    }

    /// Whether `target` is the selected row of what has the keyboard.
    fn shows_selected(&self, target: Target) -> bool {
        match (target, self.overlays.last()) {
            (Target::Hit(key), Some(Overlay::Search(search))) => {
                search.hits.get(search.selected).is_some_and(|hit| HitKey::of(hit) == key)
            }
            (_, Some(_)) => false,
            (Target::Account(id), None) => self.screen == Screen::Portfolio && self.portfolio.selected_id() == Some(id),
            (Target::Item(item), None) => {
                self.screen == Screen::Dossier && self.dossier.as_ref().is_some_and(|d| d.item() == Some(item))
            }
            (Target::Alert(key), None) => {
                self.screen == Screen::Agenda
                    && self.alerts.get(self.agenda.selected).is_some_and(|alert| AlertKey::of(alert) == key)
            }
            (Target::AnalysisRow { index, account }, None) => {
                let state = &self.analysis;
                self.screen == Screen::Analysis
                    && state.listing.is_none()
                    && state.selected() == index
                    && state.account_at(index) == Some(account)
            }
            (Target::Section(_) | Target::Hit(_) | Target::AnalysisTab(_), None) => false,
        }
    }
}

/// `Action::Pick` on the portfolio: the account, if the filter shows it.
pub(super) fn pick_account(app: &mut App, id: AccountId) {
    app.portfolio.select(id);
}

/// `Action::Pick` on the agenda: the alert, if the check still reports it.
pub(super) fn pick_alert(app: &mut App, key: AlertKey) {
    if let Some(position) = app.alerts.iter().position(|alert| AlertKey::of(alert) == key) {
        app.agenda.selected = position;
    }
}

/// `Action::Pick` in the search box: the hit, if the results still hold it.
pub(super) fn pick_hit(hits: &[SearchHit], selected: &mut usize, key: HitKey) {
    if let Some(position) = hits.iter().position(|hit| HitKey::of(hit) == key) {
        *selected = position;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(column: u16, row: u16) -> MouseEvent {
        MouseEvent { kind: MouseEventKind::Down(MouseButton::Left), column, row, modifiers: KeyModifiers::NONE }
    }

    fn targets() -> Targets {
        let mut targets = Targets::default();
        targets.add(Rect::new(1, 2, 30, 1), Target::Account(AccountId(7)));
        targets.add(Rect::new(1, 3, 30, 1), Target::Account(AccountId(3)));
        // An overlay drawn later lies on top.
        targets.add(Rect::new(10, 3, 5, 1), Target::Section(DossierSection::Log));
        targets
    }

    #[test]
    fn a_click_finds_the_record_of_the_row_under_it() {
        let targets = targets();
        assert_eq!(targets.at(1, 2), Some(Target::Account(AccountId(7))));
        assert_eq!(targets.at(30, 2), Some(Target::Account(AccountId(7))));
        assert_eq!(targets.at(31, 2), None, "beside the row");
        assert_eq!(targets.at(2, 3), Some(Target::Account(AccountId(3))));
        assert_eq!(targets.at(12, 3), Some(Target::Section(DossierSection::Log)), "the one on top");
        assert_eq!(targets.at(0, 0), None);
    }

    #[test]
    fn two_presses_on_one_row_close_together_are_a_double_click() {
        let targets = targets();
        let start = Instant::now();
        let mut last = None;
        let account = Target::Account(AccountId(7));
        assert_eq!(pointer(press(3, 2), &targets, &mut last, start), Some(Pointer::Click(account)));
        let soon = start + Duration::from_millis(200);
        assert_eq!(pointer(press(20, 2), &targets, &mut last, soon), Some(Pointer::DoubleClick(account)));
        // A third press begins again.
        assert_eq!(pointer(press(20, 2), &targets, &mut last, soon), Some(Pointer::Click(account)));
        // Too late, or another row: single clicks.
        let late = soon + DOUBLE_CLICK + Duration::from_millis(1);
        assert_eq!(pointer(press(20, 2), &targets, &mut last, late), Some(Pointer::Click(account)));
        let other = Target::Account(AccountId(3));
        assert_eq!(pointer(press(2, 3), &targets, &mut last, late), Some(Pointer::Click(other)));
        // Beside every row: nothing, and the next press is a first one.
        assert_eq!(pointer(press(50, 20), &targets, &mut last, late), None);
        assert_eq!(pointer(press(2, 3), &targets, &mut last, late), Some(Pointer::Click(other)));
    }

    #[test]
    fn the_wheel_scrolls_and_the_rest_is_nothing() {
        let mut last = None;
        let event = |kind| MouseEvent { kind, column: 3, row: 2, modifiers: KeyModifiers::NONE };
        let now = Instant::now();
        assert_eq!(pointer(event(MouseEventKind::ScrollUp), &targets(), &mut last, now), Some(Pointer::WheelUp));
        assert_eq!(pointer(event(MouseEventKind::ScrollDown), &targets(), &mut last, now), Some(Pointer::WheelDown));
        assert_eq!(pointer(event(MouseEventKind::Moved), &targets(), &mut last, now), None);
        assert_eq!(pointer(event(MouseEventKind::Up(MouseButton::Left)), &targets(), &mut last, now), None);
        assert_eq!(pointer(event(MouseEventKind::Down(MouseButton::Right)), &targets(), &mut last, now), None);
    }
}
