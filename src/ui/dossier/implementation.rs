//! Implementation: this year's objectives and the milestones that review them.

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Span;
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Table, TableState, Wrap};

use super::{empty_hint, fact};
use crate::app::dossier::DossierState;
use crate::domain::format::group_digits;
use crate::ui::{date, theme};

pub fn render(state: &DossierState, today: NaiveDate, frame: &mut Frame, area: Rect) {
    let d = &state.dossier;
    // The selected entry in full below the tables: their columns cut long texts.
    let details_height = if d.objectives.is_empty() && d.milestones.is_empty() { 0 } else { 6.min(area.height / 3) };
    let [area, details_area] = Layout::vertical([Constraint::Fill(1), Constraint::Length(details_height)]).areas(area);
    frame.render_widget(details(state), details_area);
    // At least three rows when there is room, never more than half: `clamp`
    // would panic on a short window, where half is less than three.
    let objectives_height = (d.objectives.len() as u16).saturating_add(2).max(3).min(area.height / 2);
    let [top, bottom] = Layout::vertical([Constraint::Length(objectives_height), Constraint::Fill(1)]).areas(area);
    let selected = state.selected;
    let in_objectives = selected < d.objectives.len();

    let block = Block::new().borders(Borders::TOP).title(Span::styled(" Annual objectives ", theme::title()));
    if d.objectives.is_empty() {
        frame.render_widget(empty_hint("objectives", "n").block(block), top);
    } else {
        let rows = d.objectives.iter().map(|o| {
            Row::new(vec![
                Cell::from(o.year.to_string()),
                Cell::from(o.product.clone()),
                Cell::from(o.planned_volume.clone()),
                Cell::from(o.expected_profit.map(group_digits).unwrap_or_default()),
                Cell::from(o.resources.clone()),
            ])
        });
        let widths = [
            Constraint::Length(4),
            Constraint::Fill(2),
            Constraint::Length(12),
            Constraint::Length(12),
            Constraint::Fill(1),
        ];
        let header = Row::new(["Year", "Product or offer", "Volume", "Profit", "Resources"]).style(theme::header());
        let table = Table::new(rows, widths).header(header).block(block).row_highlight_style(theme::selected());
        let mut table_state = TableState::default().with_selected(in_objectives.then_some(selected));
        frame.render_stateful_widget(table, top, &mut table_state);
    }

    let block = Block::new().borders(Borders::TOP).title(Span::styled(" Milestones (review points) ", theme::title()));
    if d.milestones.is_empty() {
        frame.render_widget(empty_hint("milestones", "n").block(block), bottom);
        return;
    }
    let rows = d.milestones.iter().map(|m| {
        let (mark, style) = match m.done {
            Some(_) => ("✓", theme::good()),
            None if m.due < today => ("!", theme::late()),
            None => (" ", Style::new()),
        };
        Row::new(vec![
            Cell::from(Span::styled(mark, style)),
            Cell::from(Span::styled(date(Some(m.due)), style)),
            Cell::from(m.title.clone()),
            Cell::from(m.done.map(|d| format!("done {}", date(Some(d)))).unwrap_or_default()),
            Cell::from(m.note.clone()),
        ])
    });
    let widths = [
        Constraint::Length(1),
        Constraint::Length(10),
        Constraint::Fill(2),
        Constraint::Length(15),
        Constraint::Fill(1),
    ];
    let header = Row::new(["", "Due", "Milestone", "", "Note"]).style(theme::header());
    let table = Table::new(rows, widths).header(header).block(block).row_highlight_style(theme::selected());
    let milestone = selected.checked_sub(d.objectives.len()).filter(|_| !in_objectives);
    let mut table_state = TableState::default().with_selected(milestone);
    frame.render_stateful_widget(table, bottom, &mut table_state);
}

/// The selected objective or milestone, every field whole.
fn details(state: &DossierState) -> Paragraph<'static> {
    let d = &state.dossier;
    let or_dash = |s: &str| if s.trim().is_empty() { "—".to_string() } else { s.to_string() };
    let (title, lines) = match (d.objectives.get(state.selected), state.selected.checked_sub(d.objectives.len())) {
        (Some(o), _) => (
            format!(" Objective {} ", o.year),
            vec![
                fact("Product or offer", o.product.clone()),
                fact("Volume", or_dash(&o.planned_volume)),
                fact("Expected profit", o.expected_profit.map(group_digits).unwrap_or_else(|| "—".into())),
                fact("Resources", or_dash(&o.resources)),
            ],
        ),
        (None, Some(i)) if i < d.milestones.len() => {
            let m = &d.milestones[i];
            let done = m.done.map(|d| format!(" · done {}", date(Some(d)))).unwrap_or_default();
            (
                " Milestone ".to_string(),
                vec![
                    fact("Due", format!("{}{done}", date(Some(m.due)))),
                    fact("Milestone", m.title.clone()),
                    fact("Note", or_dash(&m.note)),
                ],
            )
        }
        _ => (String::new(), Vec::new()),
    };
    Paragraph::new(lines).block(Block::new().borders(Borders::TOP).title(title)).wrap(Wrap { trim: false })
}
