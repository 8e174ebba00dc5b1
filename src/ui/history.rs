//! The versions of a text (`h`): a list, newest first, with when, where and
//! how much each save changed; Enter shows one against the text now.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Clear, Row, Table, TableState};

use super::diff::{self, First, Shown};
use super::theme;
use crate::app::history::{HistoryState, Version};
use crate::domain::history::Change;

pub fn render(history: &HistoryState, frame: &mut Frame, area: Rect) {
    frame.render_widget(Clear, area);
    match history.version() {
        Some(version) if history.viewing => against_now(history, version, frame, area),
        _ => list(history, frame, area),
    }
}

fn list(history: &HistoryState, frame: &mut Frame, area: Rect) {
    let block = Block::bordered()
        .title(Span::styled(format!(" {}: saved versions, newest first ", history.target.title()), theme::title()))
        .title_bottom(Line::styled(" Enter against now · r restore · Esc close ", theme::dim()));
    let rows = history.versions.iter().map(|v| {
        Row::new([
            Cell::from(when(v)),
            Cell::from(v.machine.clone()),
            Cell::from(Line::from(vec![
                Span::styled(format!("+{}", v.added), theme::good()),
                Span::raw(" "),
                Span::styled(format!("−{}", v.removed), theme::late()),
            ])),
            Cell::from(Span::styled(what(v.change), theme::dim())),
        ])
    });
    let widths = [Constraint::Length(16), Constraint::Fill(1), Constraint::Length(11), Constraint::Length(9)];
    let table = Table::new(rows, widths)
        .header(Row::new(["Saved", "Machine", "Words", ""]).style(theme::title()))
        .column_spacing(2)
        .row_highlight_style(theme::selected())
        .block(block);
    let mut state = TableState::default().with_selected(Some(history.selected));
    frame.render_stateful_widget(table, area, &mut state);
}

fn against_now(history: &HistoryState, version: &Version, frame: &mut Frame, area: Rect) {
    let block = Block::bordered()
        .title(Span::styled(
            format!(" {}: the version of {} ({}) against now ", history.target.title(), when(version), version.machine),
            theme::title(),
        ))
        .title_bottom(Line::styled(" r restore this version · Esc back to the versions ", theme::dim()));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let then = format!("Then, {}", when(version));
    let old = Shown { title: &then, text: &version.text };
    let now = Shown { title: "Now", text: &history.current };
    diff::render(frame, inner, old, now, First::Old);
}

fn when(version: &Version) -> String {
    version.at.format("%Y-%m-%d %H:%M").to_string()
}

fn what(change: Change) -> &'static str {
    match change {
        Change::Restore => "restored",
        _ => "saved",
    }
}
