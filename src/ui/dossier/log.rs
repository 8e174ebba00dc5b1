//! The contact log, newest first, with the details of the selected touchpoint.

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Span;
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Table, TableState, Wrap};

use super::{empty_hint, fact};
use crate::app::dossier::DossierState;
use crate::domain::{Choice, Touchpoint};
use crate::ui::{date, theme};

pub fn render(state: &DossierState, today: NaiveDate, frame: &mut Frame, area: Rect) {
    let d = &state.dossier;
    if d.touchpoints.is_empty() {
        return frame.render_widget(empty_hint("touchpoints", "l"), area);
    }
    let details_height = 7.min(area.height / 2);
    let [list, details] = Layout::vertical([Constraint::Fill(1), Constraint::Length(details_height)]).areas(area);
    let rows = d.touchpoints.iter().map(|t| {
        let (follow_up, style) = follow_up(t, today);
        Row::new(vec![
            Cell::from(date(Some(t.date))),
            Cell::from(t.channel.label()),
            Cell::from(t.summary.lines().next().unwrap_or("").to_string()),
            Cell::from(t.outcome.map(|o| o.label()).unwrap_or("")),
            Cell::from(Span::styled(follow_up, style)),
        ])
    });
    let widths = [
        Constraint::Length(10),
        Constraint::Length(7),
        Constraint::Fill(1),
        Constraint::Length(9),
        Constraint::Length(12),
    ];
    let header = Row::new(["Date", "Channel", "Summary", "Outcome", "Next step"]).style(theme::header());
    let table = Table::new(rows, widths).header(header).row_highlight_style(theme::selected());
    // Below the header row.
    let fit = usize::from(list.height.saturating_sub(1));
    let first = state.log_view.first_line(state.selected, fit, d.touchpoints.len());
    let mut table_state = TableState::default().with_offset(first).with_selected(Some(state.selected));
    frame.render_stateful_widget(table, list, &mut table_state);

    let Some(t) = d.touchpoints.get(state.selected) else {
        return;
    };
    let with: Vec<&str> = t.people.iter().filter_map(|id| d.person_name(*id)).collect();
    let time = t.time.map(|t| format!(" {}", t.format("%H:%M"))).unwrap_or_default();
    let mut lines = vec![
        fact("When", format!("{}{time} · {}", date(Some(t.date)), t.channel.label())),
        fact("With", if with.is_empty() { "—".to_string() } else { with.join(", ") }),
        fact("Summary", t.summary.clone()),
    ];
    if let Some(outcome) = t.outcome {
        lines.push(fact("Outcome", outcome.label().to_string()));
    }
    if !t.reason.is_empty() {
        lines.push(fact("Reason", t.reason.clone()));
    }
    if !t.next_step.is_empty() {
        let done = match (t.next_step_done, t.followed_by) {
            (Some(d), Some(_)) => format!(" · followed up {}", date(Some(d))),
            (Some(d), None) => format!(" · done {}", date(Some(d))),
            (None, _) => String::new(),
        };
        lines.push(fact("Next step", format!("{} (due {}){done}", t.next_step, date(t.next_step_due))));
    }
    let position = state.log_offset + state.selected + 1;
    let title = format!(" Touchpoint {position} of {} ", state.log_total.max(state.log_offset + d.touchpoints.len()));
    let block = Block::new().borders(Borders::TOP).title(title);
    frame.render_widget(Paragraph::new(lines).block(block).wrap(Wrap { trim: false }), details);
}

/// The next-step column: its due date, marked late, done, or followed (a
/// later contact was logged as its follow-up). Open until one of those, as
/// in the alert rules.
fn follow_up(t: &Touchpoint, today: NaiveDate) -> (String, Style) {
    match (t.next_step_due, t.next_step_done) {
        (_, Some(_)) if t.followed_by.is_some() => ("✓ followed".to_string(), theme::good()),
        (_, Some(_)) if !t.next_step.is_empty() => ("✓ done".to_string(), theme::good()),
        (Some(due), None) if due < today => (format!("! {}", date(Some(due))), theme::late()),
        (Some(due), None) => (date(Some(due)), Style::new()),
        _ => (String::new(), Style::new()),
    }
}
