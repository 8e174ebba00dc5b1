//! The versions of a text (`h`): a list, newest first, with when, where and
//! how much each save changed; Enter shows one against the text now.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, TableState};

use super::diff::{self, First, Shown};
use super::table::{Column, Main, fitted};
use super::theme;
use crate::app::history::{HistoryState, Version};
use crate::domain::history::Change;
use crate::{l10n, t};
use unicode_width::UnicodeWidthStr;

pub fn render(history: &HistoryState, frame: &mut Frame, area: Rect) {
    frame.render_widget(Clear, area);
    match history.version() {
        Some(version) if history.viewing => against_now(history, version, frame, area),
        _ => list(history, frame, area),
    }
}

fn list(history: &HistoryState, frame: &mut Frame, area: Rect) {
    let room = usize::from(area.width.saturating_sub(2));
    let block = Block::bordered()
        .title(Span::styled(
            super::cut(&format!(" {} ", t!("history-title", what = history.target.title())), room),
            theme::title(),
        ))
        .title_bottom(Line::styled(super::cut(&format!(" {} ", l10n::text("history-keys")), room), theme::dim()));
    let header = ["history-column-saved", "history-column-machine", "history-column-words"].map(l10n::text);
    // A date and time is sixteen characters in every language; the change
    // column holds "restored" or "saved". On a phone the change and the
    // words give way before the machine's name is shortened.
    let change = [l10n::text("history-restored"), l10n::text("history-saved")].map(|w| w.width()).into_iter().max();
    let columns = vec![
        Column::fixed(header[0], 16, 1),
        Column::fill(header[1], 1, 0),
        Column::fixed(header[2], 11, 2),
        Column::fixed("", u16::try_from(change.unwrap_or(9).max(9)).unwrap_or(9), 3),
    ];
    let rows = history
        .versions
        .iter()
        .map(|v| {
            vec![
                Line::raw(when(v)),
                Line::raw(v.machine.clone()),
                Line::from(vec![
                    Span::styled(format!("+{}", v.added), theme::good()),
                    Span::raw(" "),
                    Span::styled(format!("−{}", v.removed), theme::late()),
                ]),
                Line::styled(what(v.change), theme::dim()),
            ]
        })
        .collect();
    let inner = block.inner(area).width;
    let table = fitted(columns, rows, (inner, Main::Name, 2)).row_highlight_style(theme::selected()).block(block);
    let mut state = TableState::default().with_selected(Some(history.selected));
    frame.render_stateful_widget(table, area, &mut state);
}

fn against_now(history: &HistoryState, version: &Version, frame: &mut Frame, area: Rect) {
    let room = usize::from(area.width.saturating_sub(2));
    let block = Block::bordered()
        .title(Span::styled(
            super::cut(
                &format!(
                    " {} ",
                    t!(
                        "history-version-title",
                        what = history.target.title(),
                        when = when(version),
                        machine = version.machine.as_str()
                    )
                ),
                room,
            ),
            theme::title(),
        ))
        .title_bottom(Line::styled(
            super::cut(&format!(" {} ", l10n::text("history-version-keys")), room),
            theme::dim(),
        ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let then = t!("history-then", when = when(version));
    let old = Shown { title: &then, text: &version.text };
    let now = Shown { title: l10n::text("history-now"), text: &history.current };
    diff::render(frame, inner, old, now, First::Old);
}

/// When a version was saved: its date the language's way, and the time.
fn when(version: &Version) -> String {
    format!("{} {}", l10n::date(version.at.date()), version.at.format("%H:%M"))
}

fn what(change: Change) -> &'static str {
    match change {
        Change::Restore => l10n::text("history-restored"),
        _ => l10n::text("history-saved"),
    }
}
