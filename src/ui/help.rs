//! The keys of the current screen, drawn from the keymap that handles them.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::theme;
use crate::app::keymap::{Binding, bindings};
use crate::app::{App, Mode};
use crate::l10n;

fn title(mode: Mode) -> String {
    let title = match mode {
        Mode::Welcome => l10n::text("keys-title-welcome"),
        Mode::Portfolio | Mode::Filter => l10n::text("keys-title-portfolio"),
        Mode::Dossier => l10n::text("keys-title-dossier"),
        Mode::Form => l10n::text("keys-title-form"),
        Mode::Editor => l10n::text("keys-title-editor"),
        Mode::Agenda => l10n::text("keys-title-agenda"),
        Mode::Analysis => l10n::text("analysis-keys-title"),
        Mode::Search => l10n::text("keys-title-search"),
        Mode::Conflict => l10n::text("keys-title-conflict"),
        Mode::History => l10n::text("keys-title-history"),
        Mode::Version => l10n::text("keys-title-version"),
        Mode::Confirm | Mode::Prompt | Mode::Choose | Mode::Help | Mode::DraftOffer => l10n::text("keys-title"),
    };
    format!(" {title} ")
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
            (keys, l10n::text(help))
        })
        .collect()
}

/// The keys of `mode`, scrolled down `scroll` lines when they do not fit
/// (a phone, a short window): the bottom border says there is more. The
/// last line names the database file open (control characters shown).
pub fn render(mode: Mode, app: &App, frame: &mut Frame, area: Rect) {
    let scroll = app.help_scroll;
    let key_line = |keys: &str, help: &str, style| {
        Line::from(vec![Span::styled(format!("{keys:>14}  "), theme::key()), Span::styled(help.to_string(), style)])
    };
    let mut lines: Vec<Line> =
        grouped(bindings(mode)).iter().map(|(keys, help)| key_line(keys, help, ratatui::style::Style::new())).collect();
    if mode == Mode::Form {
        lines.push(key_line("← → Space", l10n::text("keys-form-choice"), theme::dim()));
        lines.push(key_line(l10n::text("keys-form-dates-label"), l10n::text("keys-form-dates"), theme::dim()));
        lines.push(key_line("Ctrl-U", l10n::text("keys-form-empty-field"), theme::dim()));
    }
    lines.push(key_line("Ctrl-C", l10n::text("keys-ctrl-c"), theme::dim()));
    lines.push(key_line("Ctrl-Z", l10n::text("keys-ctrl-z"), theme::dim()));
    lines.push(key_line("Esc ?", l10n::text("keys-close-help"), theme::dim()));
    if app.settings.mouse {
        lines.push(key_line(l10n::text("keys-mouse-label"), l10n::text("keys-mouse"), theme::dim()));
    }
    let database = crate::domain::text::clean_line(&app.database().display().to_string());
    lines.push(key_line(l10n::text("keys-database"), &database, theme::dim()));
    let width = 72.min(area.width);
    let paragraph = Paragraph::new(lines).wrap(Wrap { trim: false });
    let rows = u16::try_from(paragraph.line_count(width.saturating_sub(2).max(1))).unwrap_or(u16::MAX);
    let rect = area.centered(Constraint::Length(width), Constraint::Length(rows.saturating_add(2).min(area.height)));
    let room = rect.height.saturating_sub(2);
    let scroll = scroll.min(rows.saturating_sub(room));
    let mut block = Block::bordered().title(title(mode)).border_style(theme::focus());
    if rows > room {
        let arrows = match (scroll > 0, scroll + room < rows) {
            (true, true) => "↑ ↓",
            (false, true) => "↓",
            _ => "↑",
        };
        let more = format!(" {arrows} {} ", l10n::text("keys-more"));
        block = block.title_bottom(Line::styled(more, theme::dim()).right_aligned());
    }
    frame.render_widget(Clear, rect);
    frame.render_widget(paragraph.block(block).scroll((scroll, 0)), rect);
}
