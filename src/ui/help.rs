//! The keys of the current screen, drawn from the keymap that handles them.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::theme;
use crate::app::Mode;
use crate::app::keymap::bindings;

fn title(mode: Mode) -> &'static str {
    match mode {
        Mode::Welcome => " Keys: welcome ",
        Mode::Portfolio | Mode::Filter => " Keys: portfolio ",
        Mode::Dossier => " Keys: dossier ",
        Mode::Form => " Keys: form ",
        Mode::Editor => " Keys: editor ",
        Mode::Confirm | Mode::Choose | Mode::Help => " Keys ",
    }
}

pub fn render(mode: Mode, frame: &mut Frame, area: Rect) {
    let mut lines: Vec<Line> = bindings(mode)
        .iter()
        .map(|b| {
            let keys = b.keys.iter().map(|k| k.label()).collect::<Vec<_>>().join(" ");
            Line::from(vec![Span::styled(format!("{keys:>14}  "), theme::key()), Span::raw(b.help)])
        })
        .collect();
    if mode == Mode::Form {
        lines.push(Line::styled("   ← → Space or a letter change a choice field", theme::dim()));
        lines.push(Line::styled("   Dates: YYYY-MM-DD, today, yesterday, +3d, +2w, +1m", theme::dim()));
    }
    lines.push(Line::styled("          Ctrl-C  quit from anywhere (asks if something is unsaved)", theme::dim()));
    lines.push(Line::styled("   Esc or ? closes this help", theme::dim()));
    let height = (lines.len() as u16).saturating_add(2);
    let rect = area.centered(Constraint::Length(72.min(area.width)), Constraint::Length(height.min(area.height)));
    frame.render_widget(Clear, rect);
    let block = Block::bordered().title(title(mode)).border_style(theme::focus());
    frame.render_widget(Paragraph::new(lines).block(block).wrap(Wrap { trim: false }), rect);
}
