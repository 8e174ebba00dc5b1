//! The agenda: every alert of the background check, grouped by when to act.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table, TableState, Wrap};

use super::theme;
use crate::app::App;
use crate::app::agenda::Group;
use crate::domain::{Alert, Severity};

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let title = match app.counts() {
        Some(counts) => format!(" Agenda · {counts} · {} upcoming ", counts.upcoming),
        None => " Agenda · checking… ".to_string(),
    };
    let block = Block::bordered().title(Span::styled(title, theme::title()));
    if app.alerts.is_empty() {
        let text = if app.checked {
            "Nothing is slipping: every relationship is within its contact standard, no follow-up is late, no milestone has passed."
        } else {
            "The background check is running…"
        };
        frame.render_widget(Paragraph::new(text).block(block).wrap(Wrap { trim: true }), area);
        return;
    }
    // The sentence names the date too; the date column is for wide windows.
    let wide = area.width >= 100;
    let mut rows = Vec::new();
    let mut selected_row = 0;
    let mut group = None;
    for (i, alert) in app.alerts.iter().enumerate() {
        let this = Group::of(alert);
        if group != Some(this) {
            group = Some(this);
            rows.push(Row::new(vec![Cell::from(Span::styled(this.title(), theme::header()))]));
        }
        if i == app.agenda.selected {
            selected_row = rows.len();
        }
        rows.push(row(alert, wide));
    }
    let mut widths = vec![Constraint::Length(10), Constraint::Fill(1), Constraint::Fill(3)];
    if wide {
        widths.push(Constraint::Length(10));
    }
    let table = Table::new(rows, widths).block(block).row_highlight_style(theme::selected());
    let mut state = TableState::default().with_selected(Some(selected_row));
    frame.render_stateful_widget(table, area, &mut state);
}

/// The alert's sentence without the account's name, which has its own column.
fn description(alert: &Alert) -> &str {
    alert.text.strip_prefix(alert.account.as_str()).and_then(|rest| rest.strip_prefix(": ")).unwrap_or(&alert.text)
}

fn row(alert: &Alert, wide: bool) -> Row<'static> {
    let (when, style) = match alert.severity {
        Severity::Overdue => (format!("{}d late", alert.days), theme::late()),
        Severity::Due => (format!("{}d late", alert.days), theme::focus()),
        Severity::Upcoming if alert.days == 0 => ("today".to_string(), theme::good()),
        Severity::Upcoming => (format!("in {}d", alert.days), theme::good()),
    };
    let round = if alert.round { " ★" } else { "" };
    let mut cells = vec![
        Cell::from(Span::styled(when, style)),
        Cell::from(alert.account.clone()),
        Cell::from(Line::from(format!("{}{round}", description(alert)))),
    ];
    if wide {
        cells.push(Cell::from(alert.date.format("%Y-%m-%d").to_string()).style(Style::new()));
    }
    Row::new(cells)
}
