//! The keys of the current screen, drawn from the keymap that handles them.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::theme;
use crate::app::Mode;
use crate::app::keymap::{Binding, bindings};

fn title(mode: Mode) -> &'static str {
    match mode {
        Mode::Welcome => " Keys: welcome ",
        Mode::Portfolio | Mode::Filter => " Keys: portfolio ",
        Mode::Dossier => " Keys: dossier ",
        Mode::Form => " Keys: form ",
        Mode::Editor => " Keys: editor ",
        Mode::Agenda => " Keys: agenda ",
        Mode::Search => " Keys: search ",
        Mode::Confirm | Mode::Choose | Mode::Help | Mode::DraftOffer => " Keys ",
    }
}

/// Neighbouring bindings with the same words share a line ("k ↑ j ↓  move up / down").
fn grouped(bindings: &[Binding]) -> Vec<(String, &'static str)> {
    let mut lines: Vec<(Vec<String>, &'static str)> = Vec::new();
    for binding in bindings {
        let keys = binding.keys.iter().map(|k| k.label());
        match lines.last_mut() {
            Some((labels, help)) if *help == binding.help => labels.extend(keys),
            _ => lines.push((keys.collect(), binding.help)),
        }
    }
    lines
        .into_iter()
        .map(|(labels, help)| {
            let keys = if labels.len() > 4 {
                format!("{}…{}", labels[0], labels[labels.len() - 1])
            } else {
                labels.join(" ")
            };
            (keys, help)
        })
        .collect()
}

pub fn render(mode: Mode, frame: &mut Frame, area: Rect) {
    let key_line = |keys: &str, help: &str, style| {
        Line::from(vec![Span::styled(format!("{keys:>14}  "), theme::key()), Span::styled(help.to_string(), style)])
    };
    let mut lines: Vec<Line> =
        grouped(bindings(mode)).iter().map(|(keys, help)| key_line(keys, help, ratatui::style::Style::new())).collect();
    if mode == Mode::Form {
        lines.push(key_line("← → Space", "change a choice (or type its first letter)", theme::dim()));
        lines.push(key_line("dates", "YYYY-MM-DD, today, yesterday, +3d, +2w, +1m", theme::dim()));
        lines.push(key_line("Ctrl-U", "empty the field", theme::dim()));
    }
    lines.push(key_line("Ctrl-C", "quit from anywhere (asks if something is unsaved)", theme::dim()));
    lines.push(key_line("Ctrl-Z", "suspend to the shell (fg comes back)", theme::dim()));
    lines.push(key_line("Esc ?", "close this help", theme::dim()));
    let height = (lines.len() as u16).saturating_add(2);
    let rect = area.centered(Constraint::Length(72.min(area.width)), Constraint::Length(height.min(area.height)));
    frame.render_widget(Clear, rect);
    let block = Block::bordered().title(title(mode)).border_style(theme::focus());
    frame.render_widget(Paragraph::new(lines).block(block).wrap(Wrap { trim: false }), rect);
}
