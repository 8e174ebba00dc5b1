//! The agenda: every alert, most urgent first, grouped by when to act.

use super::Screen;
use super::dossier::Place;
use super::viewport::Viewport;
use crate::domain::DossierSection;
use crate::domain::{Alert, AlertItem, AlertKind, Severity};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Group {
    Today,
    ThisWeek,
    Later,
}

impl Group {
    pub fn of(alert: &Alert) -> Group {
        match alert.severity {
            Severity::Overdue | Severity::Due => Group::Today,
            Severity::Upcoming if alert.days <= 0 => Group::Today,
            Severity::Upcoming if alert.days <= 7 => Group::ThisWeek,
            Severity::Upcoming => Group::Later,
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Group::Today => crate::l10n::text("agenda-group-today"),
            Group::ThisWeek => crate::l10n::text("agenda-group-this-week"),
            Group::Later => crate::l10n::text("agenda-group-later"),
        }
    }
}

pub struct AgendaState {
    /// Index into the app's alerts.
    pub selected: usize,
    /// The window over the agenda's lines (headings included).
    pub view: Viewport,
    /// Where Esc goes back to.
    pub return_to: Screen,
}

impl Default for AgendaState {
    fn default() -> Self {
        AgendaState { selected: 0, view: Viewport::default(), return_to: Screen::Portfolio }
    }
}

impl AgendaState {
    pub fn step(&mut self, delta: isize, count: usize) {
        self.selected = self.selected.saturating_add_signed(delta).min(count.saturating_sub(1));
    }
}

/// The agenda's keys.
pub fn update(app: &mut super::App, action: super::Action) {
    use super::Action;
    let count = app.alerts.len();
    match action {
        Action::Up => app.agenda.step(-1, count),
        Action::Down => app.agenda.step(1, count),
        Action::PageUp => app.agenda.step(-10, count),
        Action::PageDown => app.agenda.step(10, count),
        Action::Top => app.agenda.selected = 0,
        Action::Bottom => app.agenda.step(isize::MAX, count),
        Action::ShowHelp => super::update::help(app),
        Action::Back | Action::Close => {
            let back = app.agenda.return_to;
            app.screen = if back == Screen::Dossier && app.dossier.is_none() { Screen::Portfolio } else { back };
        }
        Action::Open => {
            if let Some(alert) = selected(app) {
                jump(app, &alert);
            }
        }
        Action::ToggleDone => mark_done(app),
        Action::Pick(super::mouse::Target::Alert(key)) => super::mouse::pick_alert(app, key),
        Action::Snooze => {
            if let Some(alert) = selected(app) {
                let about = alert.subject.clone().unwrap_or_else(|| alert.account.to_string());
                let form = super::form::snooze::form(alert.key(), alert.account_id, &about, app.today);
                super::update::open_form(app, form);
            }
        }
        Action::LogTouchpoint => {
            if let Some(alert) = selected(app) {
                if let Err(e) = app.open_dossier(alert.account_id, DossierSection::Log) {
                    return app.complain(e.to_string());
                }
                super::update::update(app, Action::LogTouchpoint);
            }
        }
        _ => {}
    }
}

fn selected(app: &super::App) -> Option<Alert> {
    app.alerts.get(app.agenda.selected).cloned()
}

/// Opens the alert's account where it can be dealt with, its item selected.
fn jump(app: &mut super::App, alert: &Alert) {
    let place = match alert.item {
        AlertItem::Touchpoint(id) => Place::Touchpoint(id),
        AlertItem::Milestone(id) => Place::Milestone(id),
        AlertItem::Person(id) => Place::Person(id),
        AlertItem::Account(_) => Place::Section(match alert.kind {
            AlertKind::TouchpointDue | AlertKind::TouchpointOverdue | AlertKind::FollowUpOverdue => DossierSection::Log,
            AlertKind::MilestoneOverdue => DossierSection::Implementation,
            AlertKind::Birthday => DossierSection::People,
            AlertKind::Anniversary | AlertKind::Lapsing | AlertKind::WinBack => DossierSection::Overview,
        }),
    };
    match app.open_at(alert.account_id, place) {
        Ok(()) => {
            if let Some(state) = app.dossier.as_mut() {
                state.return_to = Screen::Agenda;
            }
        }
        Err(e) => app.complain(e.to_string()),
    }
}

/// `x` on the agenda: the follow-up or milestone done today.
fn mark_done(app: &mut super::App) {
    let Some(alert) = selected(app) else { return };
    let today = app.today;
    let result = match alert.item {
        AlertItem::Touchpoint(id) => app.store.set_follow_up_done(id, None, Some(today)),
        AlertItem::Milestone(id) => app.store.set_milestone_done(id, None, Some(today)),
        _ => return app.complain(crate::l10n::text("agenda-x-hint")),
    };
    match result {
        Ok(()) => {
            // Gone from the list at once; the background check confirms.
            app.alerts.retain(|a| a.key() != alert.key());
            app.agenda.step(0, app.alerts.len());
            app.remember_change();
            app.emit(super::Effect::Saved);
            app.say(crate::t!("agenda-done", subject = alert.subject.as_deref().unwrap_or(&alert.account)));
            if let Err(e) = app.refresh() {
                app.complain(e.to_string());
            }
        }
        Err(e) => app.complain(e.to_string()),
    }
}
