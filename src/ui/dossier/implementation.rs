//! Implementation: this year's objectives and the milestones that review them.

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Span;
use ratatui::widgets::{Block, Borders, Cell, Row, Table, TableState};

use super::empty_hint;
use crate::app::dossier::DossierState;
use crate::domain::format::group_digits;
use crate::ui::{date, theme};

pub fn render(state: &DossierState, today: NaiveDate, frame: &mut Frame, area: Rect) {
    let d = &state.dossier;
    let objectives_height = (d.objectives.len() as u16 + 2).clamp(3, area.height / 2);
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
