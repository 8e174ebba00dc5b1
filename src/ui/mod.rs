//! Drawing only: a function from `&App` to a frame. No SQL, no mutation.
//! (ratatui itself drops control characters when drawing; the store cleans
//! them on the way in, so stored text can never drive the terminal.)

mod agenda;
mod analysis;
mod conflict;
mod diff;
mod dossier;
mod editor;
mod form;
mod help;
mod history;
mod popup;
mod portfolio;
mod portfolio_columns;
mod search;
mod table;
pub mod targets;
mod theme;
mod welcome;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use crate::app::{App, Overlay, Screen};

/// Below this size the screens cannot be laid out; a sentence says so instead.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 10;

/// Whether the screens fit; below that the keys wait too (a key acting on
/// a screen nobody can see could delete or save unseen).
pub fn fits(width: u16, height: u16) -> bool {
    width >= MIN_WIDTH && height >= MIN_HEIGHT
}

pub fn render(app: &App, frame: &mut Frame) {
    targets::begin();
    draw(app, frame);
    // The palette in the colours this terminal shows.
    theme::adapt(frame.buffer_mut(), app.colours);
}

fn draw(app: &App, frame: &mut Frame) {
    let area = frame.area();
    if !fits(area.width, area.height) {
        let text = crate::t!("screen-too-small", width = MIN_WIDTH, height = MIN_HEIGHT);
        frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), area);
        return;
    }
    let [body, status] = Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(area);
    match app.screen {
        Screen::Welcome => welcome::render(frame, body),
        Screen::Portfolio => portfolio::render(app, frame, body),
        Screen::Dossier => dossier::render(app, frame, body),
        Screen::Agenda => agenda::render(app, frame, body),
        Screen::Analysis => analysis::render(app, frame, body),
    }
    for overlay in &app.overlays {
        match overlay {
            Overlay::Form(form) => form::render(form, frame, body),
            Overlay::Editor(editor) => editor::render(editor, app, frame, body),
            Overlay::Confirm(confirm) => popup::confirm(&confirm.question, frame, body),
            Overlay::Prompt(prompt) => popup::prompt(prompt, frame, body),
            Overlay::ChooseNewItem => popup::choose_new_item(frame, body),
            Overlay::Help(mode) => help::render(*mode, app, frame, body),
            Overlay::Search(state) => search::render(state, frame, body),
            Overlay::Conflict(conflict) => conflict::render(conflict, frame, body),
            Overlay::History(history) => history::render(history, frame, body),
            Overlay::DraftOffer(offer) => popup::draft_offer(offer, app.today, frame, body),
        }
    }
    render_status(app, frame, status);
}

fn render_status(app: &App, frame: &mut Frame, area: Rect) {
    // The counts are always in sight: the check's answer to "what is slipping?".
    let mut right = Vec::new();
    if let Some(counts) = app.counts() {
        let style = if counts.overdue > 0 {
            theme::late()
        } else if counts.due > 0 {
            theme::focus()
        } else {
            theme::good()
        };
        right.push(Span::styled(format!(" {} ", counted(counts)), style));
    }
    if app.drafts.waiting > 0 {
        let drafts = crate::t!("status-drafts-waiting", count = app.drafts.waiting);
        right.push(Span::styled(format!(" {drafts} "), theme::focus()));
    }
    // A message that would be cut takes the hint's room (a phone): the hint
    // is back once the message goes.
    let keys = format!(" ? {} ", crate::l10n::text("status-keys"));
    let taken: usize = right.iter().map(Span::width).sum::<usize>() + keys.width();
    let message = app.status.text.width();
    if message == 0 || message + taken <= usize::from(area.width) {
        right.push(Span::styled(keys, theme::dim()));
    }
    let right = Line::from(right);
    let [left_area, right_area] =
        Layout::horizontal([Constraint::Fill(1), Constraint::Length(right.width() as u16)]).areas(area);
    frame.render_widget(Paragraph::new(status_line(app, usize::from(left_area.width))), left_area);
    frame.render_widget(Paragraph::new(right), right_area);
}

/// Where the user is, then the last message. On a narrow screen the message
/// wins (the screen's own title says where): whole if it fits, else cut
/// with an ellipsis, never in the middle of a word without one.
fn status_line(app: &App, width: usize) -> Line<'static> {
    let crumb = Span::styled(app.breadcrumb(), theme::title());
    let message = app.status.text.as_str();
    if message.is_empty() {
        return Line::from(Span::styled(cut(&crumb.content, width), crumb.style));
    }
    let style = if app.status.is_error { theme::error() } else { theme::good() };
    if crumb.width() + 2 + message.width() <= width {
        return Line::from(vec![crumb, Span::raw("  "), Span::styled(message.to_string(), style)]);
    }
    Line::from(Span::styled(cut(message, width), style))
}

/// `text` in at most `width` columns, ending in "…" where it was cut: the
/// one way the screens shorten a text (ratatui itself cuts without a sign).
pub(crate) fn cut(text: &str, width: usize) -> String {
    crate::domain::text::truncate(text, width)
}

/// A wrapped text in `area` under `block`; when it runs past the bottom,
/// its last shown line ends in "…", so a cut is never silent.
pub(crate) fn wrapped(frame: &mut Frame, paragraph: Paragraph<'_>, block: Block<'_>, area: Rect) {
    let inner = block.inner(area);
    let paragraph = paragraph.wrap(Wrap { trim: false });
    let rows = paragraph.line_count(inner.width.max(1));
    frame.render_widget(paragraph.block(block), area);
    if rows > usize::from(inner.height) && inner.width > 0 && inner.height > 0 {
        let (x, y) = (inner.right() - 1, inner.bottom() - 1);
        if let Some(cell) = frame.buffer_mut().cell_mut((x, y)) {
            cell.set_symbol("…");
        }
    }
}

/// `text` right-aligned in `width` columns (cut with "…" when longer).
pub(crate) fn cut_right(text: &str, width: usize) -> String {
    let text = cut(text, width);
    format!("{}{text}", " ".repeat(width.saturating_sub(text.width())))
}

/// `line` in at most `width` columns, its styles kept, ending in "…" where
/// it was cut.
pub(crate) fn cut_line(line: Line<'static>, width: usize) -> Line<'static> {
    if line.width() <= width {
        return line;
    }
    let mut left = width;
    let mut spans = Vec::new();
    for span in line.spans {
        let w = span.width();
        if w < left {
            left -= w;
            spans.push(span);
            continue;
        }
        // The line is cut in this span, or just after it: the "…" goes
        // inside it (one column short when the span alone would fill the rest).
        let text = if w > left { cut(&span.content, left) } else { cut(&span.content, left.saturating_sub(1)) };
        let text = if text.is_empty() && left > 0 { "…".to_string() } else { text };
        spans.push(Span::styled(text, span.style));
        break;
    }
    Line { spans, ..line }
}

/// The widths ratatui's `Table` gives `widths` in `width` columns (cells
/// `spacing` apart), so that a cell's text can be cut to its column with
/// [`cut`].
pub(crate) fn column_widths(widths: &[Constraint], width: u16, spacing: u16) -> Vec<usize> {
    Layout::horizontal(widths.iter().copied())
        .flex(ratatui::layout::Flex::Start)
        .spacing(spacing)
        .split(Rect::new(0, 0, width, 1))
        .iter()
        .map(|r| usize::from(r.width))
        .collect()
}

/// Marks a key's name in a message's argument, for [`keyed`] to light.
pub(crate) fn key(name: &str) -> String {
    format!("{KEY_START}{name}{KEY_END}")
}

const KEY_START: char = '\u{1}';
const KEY_END: char = '\u{2}';

/// A sentence from the catalogue whose keys (given as [`key`]) are lit.
pub(crate) fn keyed(message: &str) -> Line<'static> {
    let mut spans = Vec::new();
    for (i, part) in message.split([KEY_START, KEY_END]).enumerate() {
        if part.is_empty() {
            continue;
        }
        // Parts alternate: words, a key, words, ...
        let span = if i % 2 == 1 { Span::styled(part.to_string(), theme::key()) } else { Span::raw(part.to_string()) };
        spans.push(span);
    }
    Line::from(spans)
}

/// A rectangle of at most `width`×`height` in the middle of `area`.
pub(crate) fn centered(area: Rect, width: u16, height: u16) -> Rect {
    area.centered(Constraint::Length(width.min(area.width)), Constraint::Length(height.min(area.height)))
}

/// An optional date as the screens show it, the language's way.
pub(crate) fn date(value: Option<chrono::NaiveDate>) -> String {
    value.map(crate::l10n::date).unwrap_or_else(|| "—".to_string())
}

/// The alerts counted as the status line and the agenda name them:
/// `3 overdue · 5 due` (upcoming occasions are left out).
pub(crate) fn counted(counts: crate::domain::AlertCounts) -> String {
    crate::t!("status-counts", overdue = counts.overdue, due = counts.due)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cut_line_keeps_its_styles_and_ends_in_an_ellipsis() {
        let line = || Line::from(vec![Span::styled("Київстар Бізнес", theme::title()), Span::raw(" · Breadwinner")]);
        let cut_short = cut_line(line(), 20);
        assert_eq!(cut_short.to_string(), "Київстар Бізнес · B…");
        assert_eq!(cut_short.spans[0].style, theme::title());
        // The first span alone fills the width: the "…" goes inside it.
        assert_eq!(cut_line(line(), 15).to_string(), "Київстар Бізн…");
        assert_eq!(cut_line(line(), 40).to_string(), "Київстар Бізнес · Breadwinner");
        assert_eq!(cut_line(line(), 1).to_string(), "…");
    }

    #[test]
    fn column_widths_are_those_a_table_gives() {
        let widths = [Constraint::Length(10), Constraint::Fill(1), Constraint::Length(5)];
        assert_eq!(column_widths(&widths, 30, 1), [10, 13, 5]);
        assert_eq!(column_widths(&widths, 30, 2), [10, 11, 5]);
    }
}
