//! The keys of the current screen, drawn from the keymap that handles them.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::theme;
use crate::app::keymap::{Binding, bindings};
use crate::app::viewport::Scroll;
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
    let scroll: &Scroll = &app.help_scroll;
    let width = 72.min(area.width);
    // Keys right-aligned in a column; each sentence wrapped beside it, so
    // that on a phone the keys stand out from the words.
    let keys_w = 14.min(usize::from(width) / 3);
    let text_w = usize::from(width.saturating_sub(2)).saturating_sub(keys_w + 2).max(1);
    let mut lines: Vec<Line> = Vec::new();
    let mut key_line = |keys: &str, help: &str, style| {
        let keys = super::cut(keys, keys_w);
        for (i, part) in crate::domain::text::wrap(help, Some(text_w)).into_iter().enumerate() {
            let keys = if i == 0 { keys.as_str() } else { "" };
            lines.push(Line::from(vec![
                Span::styled(format!("{keys:>keys_w$}  "), theme::key()),
                Span::styled(super::cut(&part, text_w), style),
            ]));
        }
    };
    for (keys, help) in grouped(bindings(mode)) {
        key_line(&keys, help, ratatui::style::Style::new());
    }
    if mode == Mode::Form {
        key_line("← → Space", l10n::text("keys-form-choice"), theme::dim());
        key_line(l10n::text("keys-form-dates-label"), l10n::text("keys-form-dates"), theme::dim());
        key_line("Ctrl-U", l10n::text("keys-form-empty-field"), theme::dim());
    }
    key_line("Ctrl-C", l10n::text("keys-ctrl-c"), theme::dim());
    key_line("Ctrl-Z", l10n::text("keys-ctrl-z"), theme::dim());
    key_line("Esc ?", l10n::text("keys-close-help"), theme::dim());
    if app.settings.mouse {
        key_line(l10n::text("keys-mouse-label"), l10n::text("keys-mouse"), theme::dim());
    }
    let database = crate::domain::text::clean_line(&app.database().display().to_string());
    key_line(l10n::text("keys-database"), &database, theme::dim());
    let paragraph = Paragraph::new(lines);
    let rows = u16::try_from(paragraph.line_count(width.saturating_sub(2).max(1))).unwrap_or(u16::MAX);
    let rect = area.centered(Constraint::Length(width), Constraint::Length(rows.saturating_add(2).min(area.height)));
    let room = rect.height.saturating_sub(2);
    let scroll = scroll.within(rows.saturating_sub(room));
    let title = super::cut(&title(mode), usize::from(width.saturating_sub(2)));
    let mut block = Block::bordered().title(title).border_style(theme::focus());
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
