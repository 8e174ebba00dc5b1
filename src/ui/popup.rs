//! Small boxes that ask one question.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::{key, keyed, theme};
use crate::app::Prompt;
use crate::{l10n, t};

/// The title of a box that asks before acting.
fn sure() -> String {
    format!(" {} ", l10n::text("popup-sure"))
}

fn draw(frame: &mut Frame, area: Rect, title: &str, lines: Vec<Line>) {
    let width = 60.min(area.width);
    let inner_width = width.saturating_sub(2).max(1);
    // Words wrap whole, so a line may take more rows than its width says.
    let paragraph = Paragraph::new(lines).wrap(Wrap { trim: false });
    let height = paragraph.line_count(inner_width);
    let rect = super::centered(area, width, u16::try_from(height).unwrap_or(u16::MAX).saturating_add(2));
    frame.render_widget(Clear, rect);
    let title = super::cut(title, usize::from(inner_width));
    let block = Block::bordered().title(title).border_style(theme::focus());
    frame.render_widget(paragraph.block(block), rect);
}

pub fn confirm(question: &str, frame: &mut Frame, area: Rect) {
    let lines =
        vec![Line::raw(question.to_string()), Line::raw(""), keyed(&t!("popup-yes-no", yes = key("y"), no = key("n")))];
    draw(frame, area, &sure(), lines);
}

/// The question, the answer typed so far with a cursor, and the keys.
pub fn prompt(prompt: &Prompt, frame: &mut Frame, area: Rect) {
    let lines = vec![
        Line::raw(prompt.question.clone()),
        Line::raw(""),
        Line::from(vec![Span::raw("› "), Span::styled(format!("{}█", prompt.answer), theme::focus())]),
        Line::raw(""),
        keyed(&t!("popup-go-ahead-cancel", enter = key("Enter"), esc = key("Esc"))),
    ];
    draw(frame, area, &sure(), lines);
}

pub fn choose_new_item(frame: &mut Frame, area: Rect) {
    let lines = vec![
        keyed(&t!("popup-new-objective", key = key("o"))),
        keyed(&t!("popup-new-milestone", key = key("m"))),
        keyed(&t!("popup-cancel", key = key("Esc"))),
    ];
    draw(frame, area, &format!(" {} ", l10n::text("popup-new-item-title")), lines);
}

/// A draft of an earlier session, offered for the text or form below.
pub fn draft_offer(offer: &crate::app::drafts::Offer, today: chrono::NaiveDate, frame: &mut Frame, area: Rect) {
    let mut lines = Vec::new();
    if let Some(gone) = offer.gone_sentence() {
        lines.push(Line::styled(gone, theme::error()));
        lines.push(Line::raw(""));
    }
    lines.push(keyed(&t!("popup-draft-keys", from = offer.from(today), restore = key("r"), discard = key("d"))));
    let preview = super::cut(&offer.preview(), 120);
    if !preview.is_empty() {
        lines.push(Line::styled(format!("«{preview}»"), theme::dim()));
    }
    lines.push(keyed(&t!("popup-draft-later", key = key("Esc"))));
    draw(frame, area, &format!(" {} ", l10n::text("popup-draft-title")), lines);
}
