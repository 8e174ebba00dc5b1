//! A form: labels on the left, values in the middle, problems beside them.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::theme;
use crate::app::form::{Form, Value, every_label};
use crate::l10n;
use unicode_width::UnicodeWidthStr;

/// The label column: the widest label of any form in this language, and a
/// space.
fn label_width() -> u16 {
    let widest = every_label().iter().map(|l| l.width()).max().unwrap_or(0);
    u16::try_from(widest + 1).unwrap_or(u16::MAX)
}

/// Below this inner width a field's problem is not shown beside it.
const BESIDE: u16 = 60;

pub fn render(form: &Form, frame: &mut Frame, area: Rect) {
    let shown: Vec<(usize, &crate::app::form::Field)> = form.shown().collect();
    // The message about the whole form wraps (a phone): up to three lines.
    // Where problems are not shown beside their fields, the one of the
    // field in focus is shown in full there.
    let inner_width = 96.min(area.width).saturating_sub(2);
    let focused = form.fields.get(form.focus).and_then(|f| f.problem()).filter(|_| inner_width < BESIDE);
    let message = focused.as_ref().or(form.message.as_ref()).map(|m| {
        let paragraph = Paragraph::new(Span::styled(m.clone(), theme::error())).wrap(Wrap { trim: true });
        let lines = u16::try_from(paragraph.line_count(inner_width.max(1))).unwrap_or(u16::MAX).clamp(1, 3);
        (paragraph, lines)
    });
    let message_lines = message.as_ref().map_or(1, |(_, lines)| *lines);
    let wanted_height = shown.len() as u16 + 4 + message_lines;
    let rect = super::centered(area, 96, wanted_height);
    frame.render_widget(Clear, rect);
    let width = usize::from(inner_width);
    let block = Block::bordered()
        .title(Span::styled(super::cut(&format!(" {} ", form.title), width), theme::title()))
        .title_bottom(Line::styled(super::cut(&format!(" {} ", l10n::text("form-footer")), width), theme::dim()))
        .border_style(theme::focus());
    let inner = block.inner(rect);
    frame.render_widget(block, rect);

    let [fields_area, _, message_area] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(1), Constraint::Length(message_lines)]).areas(inner);
    // Scroll so the focused field is always visible on a short terminal.
    let visible = fields_area.height.max(1) as usize;
    let focus_row = shown.iter().position(|(i, _)| *i == form.focus).unwrap_or(0);
    let first = focus_row.saturating_sub(visible - 1);
    let label_width = label_width();
    for (row, &(index, field)) in shown.iter().skip(first).take(visible).enumerate() {
        let y = fields_area.y + row as u16;
        let line_area = Rect { y, height: 1, ..fields_area };
        let focused = index == form.focus;
        // Beside the field when there is room for a few words; on a narrow
        // window (a phone) the label turns red and the lines below the
        // fields say the first problem in full.
        let error_width =
            if field.error.is_some() && line_area.width >= BESIDE { (line_area.width / 3).min(36) } else { 0 };
        let [label_area, value_area, error_area] = Layout::horizontal([
            // Half the line at most: a phone keeps the labels readable.
            Constraint::Length(label_width.min(line_area.width / 2)),
            Constraint::Fill(1),
            Constraint::Length(error_width),
        ])
        .spacing(1)
        .areas(line_area);
        let label_style = if focused {
            theme::focus()
        } else if field.error.is_some() {
            theme::error()
        } else {
            theme::title()
        };
        let label = super::cut(field.label, usize::from(label_area.width));
        frame.render_widget(Paragraph::new(Span::styled(label, label_style)), label_area);
        render_value(&field.value, focused, frame, value_area);
        if let Some(error) = &field.error {
            let error = super::cut(error, usize::from(error_area.width));
            frame.render_widget(Paragraph::new(Span::styled(error, theme::error())), error_area);
        }
    }
    // A sentence longer than its three lines ends in "…".
    if let Some((message, _)) = message {
        super::wrapped(frame, message, Block::new(), message_area);
    }
}

fn render_value(value: &Value, focused: bool, frame: &mut Frame, area: Rect) {
    match value {
        Value::Text(textarea) => {
            if focused {
                frame.render_widget(textarea.as_ref(), area);
            } else {
                frame.render_widget(
                    Paragraph::new(super::cut(&textarea.lines().join(" "), usize::from(area.width))),
                    area,
                );
            }
        }
        Value::Choice { options, selected } => {
            let label = options.get(*selected).cloned().unwrap_or_default();
            let text = if focused { format!("‹ {label} ›") } else { label };
            let text = super::cut(&text, usize::from(area.width));
            let style = if focused { theme::focus() } else { ratatui::style::Style::new() };
            frame.render_widget(Paragraph::new(Span::styled(text, style)), area);
        }
    }
}
