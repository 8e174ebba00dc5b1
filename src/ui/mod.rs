//! Drawing only: a function from `&App` to a frame. No SQL, no mutation.
//! (ratatui itself drops control characters when drawing; the store cleans
//! them on the way in, so stored text can never drive the terminal.)

mod agenda;
mod conflict;
mod diff;
mod dossier;
mod editor;
mod form;
mod help;
mod history;
mod popup;
mod portfolio;
mod search;
mod theme;
mod welcome;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
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
    let area = frame.area();
    if !fits(area.width, area.height) {
        let text = format!("keyplan needs a window of at least {MIN_WIDTH}×{MIN_HEIGHT}.");
        frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), area);
        return;
    }
    let [body, status] = Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(area);
    match app.screen {
        Screen::Welcome => welcome::render(frame, body),
        Screen::Portfolio => portfolio::render(app, frame, body),
        Screen::Dossier => dossier::render(app, frame, body),
        Screen::Agenda => agenda::render(app, frame, body),
    }
    for overlay in &app.overlays {
        match overlay {
            Overlay::Form(form) => form::render(form, frame, body),
            Overlay::Editor(editor) => editor::render(editor, app, frame, body),
            Overlay::Confirm(confirm) => popup::confirm(&confirm.question, frame, body),
            Overlay::Prompt(prompt) => popup::prompt(prompt, frame, body),
            Overlay::ChooseNewItem => popup::choose_new_item(frame, body),
            Overlay::Help(mode) => help::render(*mode, app.help_scroll, frame, body),
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
        right.push(Span::styled(format!(" {counts} "), style));
    }
    if app.drafts.waiting > 0 {
        let waiting = app.drafts.waiting;
        let drafts = if waiting == 1 { "1 draft waiting".to_string() } else { format!("{waiting} drafts waiting") };
        right.push(Span::styled(format!(" {drafts} "), theme::focus()));
    }
    right.push(Span::styled(" ? keys ", theme::dim()));
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
        return Line::from(crumb);
    }
    let style = if app.status.is_error { theme::error() } else { theme::good() };
    if crumb.width() + 2 + message.width() <= width {
        return Line::from(vec![crumb, Span::raw("  "), Span::styled(message.to_string(), style)]);
    }
    Line::from(Span::styled(crate::domain::text::truncate(message, width), style))
}

/// A rectangle of at most `width`×`height` in the middle of `area`.
pub(crate) fn centered(area: Rect, width: u16, height: u16) -> Rect {
    area.centered(Constraint::Length(width.min(area.width)), Constraint::Length(height.min(area.height)))
}

/// An optional date as the screens show it.
pub(crate) fn date(value: Option<chrono::NaiveDate>) -> String {
    value.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_else(|| "—".to_string())
}
