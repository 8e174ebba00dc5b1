//! The first screen of an empty database: how to begin.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::{keyed, theme};
use crate::{l10n, t};

pub fn render(frame: &mut Frame, area: Rect) {
    let lines = vec![
        Line::styled(l10n::text("welcome-title"), theme::title()),
        Line::raw(""),
        Line::raw(l10n::text("welcome-what")),
        Line::raw(""),
        keyed(&t!("welcome-add", key = super::key("a"))),
        keyed(&t!("welcome-keys", help = super::key("?"), quit = super::key("q"))),
        Line::raw(""),
        Line::raw(l10n::text("welcome-demo")),
        Line::styled("    keyplan --demo", theme::key()),
        Line::styled(l10n::text("welcome-demo-file"), theme::dim()),
    ];
    let block = Block::bordered().title(" keyplan ");
    let paragraph = Paragraph::new(lines).wrap(Wrap { trim: false });
    // As tall as the words need in the language spoken, never less than the
    // English box.
    let width = 76.min(area.width);
    let rows = u16::try_from(paragraph.line_count(width.saturating_sub(2).max(1))).unwrap_or(u16::MAX);
    let inner = super::centered(area, width, rows.saturating_add(2).max(14));
    frame.render_widget(paragraph.block(block), inner);
}
