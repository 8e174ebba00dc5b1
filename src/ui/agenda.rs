//! The agenda: every alert of the background check, grouped by when to act.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table, TableState, Wrap};

use super::{targets, theme};
use crate::app::App;
use crate::app::agenda::Group;
use crate::app::mouse::{AlertKey, Target};
use crate::domain::text::clean_line;
use crate::domain::{Alert, Detail, Severity};
use crate::{l10n, t};
use unicode_width::UnicodeWidthStr;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let title = match app.counts() {
        Some(counts) => {
            format!(" {} ", t!("agenda-title", counts = super::counted(counts), upcoming = counts.upcoming))
        }
        None => format!(" {} ", l10n::text("agenda-title-checking")),
    };
    let block = Block::bordered().title(Span::styled(title, theme::title()));
    if app.alerts.is_empty() {
        let text = if app.checked { l10n::text("agenda-nothing-slipping") } else { l10n::text("agenda-checking") };
        frame.render_widget(Paragraph::new(text).block(block).wrap(Wrap { trim: true }), area);
        return;
    }
    // The sentence names the date too; the date column is for wide windows.
    let wide = area.width >= 100;
    // The lines of the list: a heading before each group, then its alerts.
    let mut lines: Vec<Entry> = Vec::with_capacity(app.alerts.len() + 3);
    let mut selected_line = 0;
    let mut current = None;
    for (i, alert) in app.alerts.iter().enumerate() {
        let group = Group::of(alert);
        if current != Some(group) {
            current = Some(group);
            lines.push(Entry { group, alert: None });
        }
        if i == app.agenda.selected {
            selected_line = lines.len();
        }
        lines.push(Entry { group, alert: Some(alert) });
    }
    // Rows are built only for the lines that fit: the agenda of a large
    // portfolio holds thousands of alerts.
    let fit = usize::from(area.height.saturating_sub(2)).max(1);
    let first = app.agenda.view.first_line(selected_line, fit, lines.len());
    let rows: Vec<Row> = lines
        .iter()
        .skip(first)
        .take(fit)
        .map(|line| match line.alert {
            Some(alert) => row(alert, wide),
            None => Row::new(vec![Cell::from(Span::styled(line.group.title(), theme::header()))]),
        })
        .collect();
    let selected_row = selected_line - first;
    let mut widths = vec![Constraint::Length(10), Constraint::Fill(1), Constraint::Fill(3)];
    if wide {
        widths.push(Constraint::Length(10));
    }
    // A language whose "9999d late" is longer than ten characters takes the
    // room from the description, never from the account's name.
    let when = when_width();
    if when > 10 {
        let english = Layout::horizontal(widths.clone()).spacing(1).split(block.inner(area));
        widths[0] = Constraint::Length(when);
        widths[1] = Constraint::Length(english[1].width);
        widths[2] = Constraint::Fill(1);
    }
    let inner = block.inner(area);
    let shown = lines.iter().skip(first).take(fit).map(|line| line.alert.map(|a| Target::Alert(AlertKey::of(a))));
    targets::rows(inner, 1, shown);
    let table = Table::new(rows, widths).block(block).row_highlight_style(theme::selected());
    let mut state = TableState::default().with_selected(Some(selected_row));
    frame.render_stateful_widget(table, area, &mut state);
}

/// A line of the agenda: a group's heading, or one of its alerts.
struct Entry<'a> {
    group: Group,
    alert: Option<&'a Alert>,
}

/// The When column: ten characters, or more when the language's words for
/// "9999d late", "in 9999d" and "today" are longer.
fn when_width() -> u16 {
    let widest = [t!("agenda-days-late", days = 9999), t!("agenda-in-days", days = 9999)]
        .iter()
        .map(|s| s.width())
        .chain([l10n::text("agenda-today").width(), 10])
        .max()
        .unwrap_or(10);
    u16::try_from(widest).unwrap_or(10)
}

fn row(alert: &Alert, wide: bool) -> Row<'static> {
    let (when, style) = match alert.severity {
        // A lapsing account is not late yet: it counts as lost in so many days.
        Severity::Due if let Detail::Lapsing { elapsed, lost_after, lost: false } = alert.detail => {
            (t!("agenda-in-days", days = i64::from(lost_after) - elapsed), theme::focus())
        }
        Severity::Overdue => (t!("agenda-days-late", days = alert.days), theme::late()),
        Severity::Due => (t!("agenda-days-late", days = alert.days), theme::focus()),
        Severity::Upcoming if alert.days == 0 => (l10n::text("agenda-today").to_string(), theme::good()),
        Severity::Upcoming => (t!("agenda-in-days", days = alert.days), theme::good()),
    };
    let round = if alert.round { " ★" } else { "" };
    let mut cells = vec![
        Cell::from(Span::styled(when, style)),
        Cell::from(clean_line(&alert.account)),
        Cell::from(Line::from(format!("{}{round}", alert.description()))),
    ];
    if wide {
        cells.push(Cell::from(l10n::date(alert.date)).style(Style::new()));
    }
    Row::new(cells)
}
