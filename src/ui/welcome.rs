//! The first screen of an empty database: how to begin.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::theme;

pub fn render(frame: &mut Frame, area: Rect) {
    let lines = vec![
        Line::styled("Welcome to keyplan", theme::title()),
        Line::raw(""),
        Line::raw(
            "Your key accounts, their relationship plans, the people who decide and every contact, in one place.",
        ),
        Line::raw(""),
        Line::from(vec![
            Span::raw("Press "),
            Span::styled("a", theme::key()),
            Span::raw(" to add your first key account."),
        ]),
        Line::from(vec![
            Span::raw("Press "),
            Span::styled("?", theme::key()),
            Span::raw(" for the keys, "),
            Span::styled("q", theme::key()),
            Span::raw(" to quit."),
        ]),
        Line::raw(""),
        Line::raw("To look around a sample portfolio first, quit and run:"),
        Line::styled("    keyplan --demo", theme::key()),
        Line::styled("It opens in a throw-away file; this database stays as it is.", theme::dim()),
    ];
    let block = Block::bordered().title(" keyplan ");
    let inner = super::centered(area, 76, 14);
    frame.render_widget(Paragraph::new(lines).block(block).wrap(Wrap { trim: false }), inner);
}
