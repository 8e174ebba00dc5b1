//! The dossier: one account, one section at a time.

mod implementation;
mod log;
mod overview;
mod people;
mod text;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::theme;
use crate::app::App;
use crate::app::dossier::DossierState;
use crate::domain::Choice;
use crate::domain::DossierSection;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let Some(state) = &app.dossier else { return };
    let account = &state.dossier.account;
    let title = Line::from(vec![
        Span::styled(format!(" {} ", account.name), theme::title()),
        Span::styled(
            format!(
                "· {} · {} → {} · {} ",
                account.client_type.label(),
                account.level_now.label(),
                account.level_target.label(),
                account.status.label()
            ),
            theme::dim(),
        ),
    ]);
    let block = Block::bordered().title(title);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [tabs_area, body] = Layout::vertical([Constraint::Length(2), Constraint::Fill(1)]).areas(inner);
    frame.render_widget(Paragraph::new(vec![tabs(state.section, tabs_area.width), review(state)]), tabs_area);
    render_section(app, state, frame, body);
}

fn render_section(app: &App, state: &DossierState, frame: &mut Frame, area: Rect) {
    match state.section {
        DossierSection::Overview => overview::render(state, frame, area),
        DossierSection::Charter | DossierSection::Situation | DossierSection::Strategy => {
            text::render(state, frame, area)
        }
        DossierSection::Implementation => implementation::render(state, app.today, frame, area),
        DossierSection::People => people::render_people(state, frame, area),
        DossierSection::Log => log::render(state, app.today, frame, area),
        DossierSection::Competitors => people::render_competitors(state, frame, area),
    }
}

/// Under the tabs, when the plan was ever reviewed: since when it is
/// unchanged, or that it changed after the last review.
fn review(state: &DossierState) -> Line<'static> {
    match state.review {
        Some(review) if review.changed_since => {
            Line::styled(format!("Plan changed since the review of {}", review.day), theme::focus())
        }
        Some(review) => Line::styled(format!("Plan reviewed {}, nothing changed since", review.day), theme::dim()),
        None => Line::default(),
    }
    .right_aligned()
}

/// "1 Overview 2 Charter …": full titles when they fit, short ones when
/// not, and on a narrow window only the digits beside the current title.
fn tabs(current: DossierSection, width: u16) -> Line<'static> {
    let fits = |title: fn(DossierSection) -> &'static str| {
        let len: usize = DossierSection::ALL.iter().map(|s| title(*s).chars().count() + 3).sum();
        len <= usize::from(width) + 1
    };
    let title: fn(DossierSection) -> &'static str = if fits(DossierSection::title) {
        DossierSection::title
    } else if fits(DossierSection::short_title) {
        DossierSection::short_title
    } else {
        |_| ""
    };
    let mut spans = Vec::new();
    for section in DossierSection::ALL {
        let name = if section == current && title(section).is_empty() { section.title() } else { title(section) };
        let label = format!("{} {name}", section.number()).trim_end().to_string();
        let style = if section == current {
            theme::selected().add_modifier(ratatui::style::Modifier::BOLD)
        } else {
            theme::dim()
        };
        spans.push(Span::styled(label, style));
        spans.push(Span::raw(" "));
    }
    Line::from(spans)
}

/// A labelled value for detail panes: "Phone: +380 …".
pub(super) fn fact(label: &str, value: impl Into<String>) -> Line<'static> {
    Line::from(vec![Span::styled(format!("{label}: "), theme::title()), Span::raw(value.into())])
}

/// A placeholder for an empty list, saying how to fill it.
pub(super) fn empty_hint(what: &str, key: &str) -> Paragraph<'static> {
    Paragraph::new(Line::from(vec![
        Span::styled(format!("No {what} yet. Press "), theme::dim()),
        Span::styled(key.to_string(), theme::key()),
        Span::styled(" to add one.", theme::dim()),
    ]))
}
