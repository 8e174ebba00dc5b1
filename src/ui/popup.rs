//! Small boxes that ask one question.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::theme;
use crate::app::Prompt;

fn draw(frame: &mut Frame, area: Rect, title: &str, lines: Vec<Line>) {
    let width = 60.min(area.width);
    let inner_width = width.saturating_sub(2).max(1) as usize;
    let height: usize = lines.iter().map(|l| l.width().div_ceil(inner_width).max(1)).sum();
    let rect = super::centered(area, width, u16::try_from(height).unwrap_or(u16::MAX).saturating_add(2));
    frame.render_widget(Clear, rect);
    let block = Block::bordered().title(title.to_string()).border_style(theme::focus());
    frame.render_widget(Paragraph::new(lines).block(block).wrap(Wrap { trim: false }), rect);
}

pub fn confirm(question: &str, frame: &mut Frame, area: Rect) {
    let lines = vec![
        Line::raw(question.to_string()),
        Line::raw(""),
        Line::from(vec![
            Span::styled("y", theme::key()),
            Span::raw(" yes    "),
            Span::styled("n", theme::key()),
            Span::raw(" no"),
        ]),
    ];
    draw(frame, area, " Are you sure? ", lines);
}

/// The question, the answer typed so far with a cursor, and the keys.
pub fn prompt(prompt: &Prompt, frame: &mut Frame, area: Rect) {
    let lines = vec![
        Line::raw(prompt.question.clone()),
        Line::raw(""),
        Line::from(vec![Span::raw("› "), Span::styled(format!("{}█", prompt.answer), theme::focus())]),
        Line::raw(""),
        Line::from(vec![
            Span::styled("Enter", theme::key()),
            Span::raw(" go ahead    "),
            Span::styled("Esc", theme::key()),
            Span::raw(" cancel"),
        ]),
    ];
    draw(frame, area, " Are you sure? ", lines);
}

pub fn choose_new_item(frame: &mut Frame, area: Rect) {
    let lines = vec![
        Line::from(vec![Span::styled("o", theme::key()), Span::raw(" an annual objective")]),
        Line::from(vec![Span::styled("m", theme::key()), Span::raw(" a milestone (review point)")]),
        Line::from(vec![Span::styled("Esc", theme::key()), Span::raw(" cancel")]),
    ];
    draw(frame, area, " Add to the implementation ", lines);
}

/// A draft of an earlier session, offered for the text or form below.
pub fn draft_offer(offer: &crate::app::drafts::Offer, today: chrono::NaiveDate, frame: &mut Frame, area: Rect) {
    let mut lines = Vec::new();
    if let Some(gone) = offer.gone_sentence() {
        lines.push(Line::styled(gone, theme::error()));
        lines.push(Line::raw(""));
    }
    lines.push(Line::from(vec![
        Span::raw(format!("{}: ", offer.from(today))),
        Span::styled("r", theme::key()),
        Span::raw(" restore · "),
        Span::styled("d", theme::key()),
        Span::raw(" discard"),
    ]));
    let preview = crate::domain::text::truncate(&offer.preview(), 120);
    if !preview.is_empty() {
        lines.push(Line::styled(format!("«{preview}»"), theme::dim()));
    }
    lines.push(Line::from(vec![Span::styled("Esc", theme::key()), Span::raw(" decide later")]));
    draw(frame, area, " A draft is waiting ", lines);
}
