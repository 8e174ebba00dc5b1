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
    let title = super::cut(&title, usize::from(area.width.saturating_sub(2)));
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
    let mut widths = vec![Constraint::Length(10), Constraint::Fill(1), Constraint::Fill(3)];
    if wide {
        widths.push(Constraint::Length(10));
    }
    // A language whose "9999d late" is longer than ten characters takes the
    // room from the description, never from the account's name.
    let when = when_width();
    let inner = block.inner(area);
    if when > 10 {
        let english = Layout::horizontal(widths.clone()).spacing(1).split(inner);
        widths[0] = Constraint::Length(when);
        widths[1] = Constraint::Length(english[1].width);
        widths[2] = Constraint::Fill(1);
    }
    // On a narrow window (a phone) the name keeps its room (up to a third
    // of the width) and the description is shortened first.
    let fitted = super::column_widths(&widths, inner.width, 1);
    let longest = lines.iter().skip(first).take(fit).filter_map(|l| l.alert).map(|a| a.account.width()).max();
    let need = crate::domain::columns::name_needs(usize::from(inner.width), longest.unwrap_or(0));
    if fitted[1] < need {
        widths[1] = Constraint::Length(u16::try_from(need).unwrap_or(u16::MAX));
        widths[2] = Constraint::Fill(1);
    }
    let cells = super::column_widths(&widths, inner.width, 1);
    let rows: Vec<Row> = lines
        .iter()
        .skip(first)
        .take(fit)
        .map(|line| match line.alert {
            Some(alert) => row(alert, wide, &cells),
            None => Row::new(vec![Cell::from(Span::styled(super::cut(line.group.title(), cells[0]), theme::header()))]),
        })
        .collect();
    let selected_row = selected_line - first;
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
/// "9999d late", "in 9999d" and "today", or a group's heading above them,
/// are longer.
fn when_width() -> u16 {
    let headings = [Group::Today, Group::ThisWeek, Group::Later].map(|g| g.title().width());
    let widest = [t!("agenda-days-late", days = 9999), t!("agenda-in-days", days = 9999)]
        .iter()
        .map(|s| s.width())
        .chain([l10n::text("agenda-today").width(), 10])
        .chain(headings)
        .max()
        .unwrap_or(10);
    u16::try_from(widest).unwrap_or(10)
}

fn row(alert: &Alert, wide: bool, widths: &[usize]) -> Row<'static> {
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
    let width = |i: usize| widths.get(i).copied().unwrap_or(0);
    let mut cells = vec![
        Cell::from(Span::styled(super::cut(&when, width(0)), style)),
        Cell::from(super::cut(&clean_line(&alert.account), width(1))),
        Cell::from(Line::from(super::cut(&format!("{}{round}", alert.description()), width(2)))),
    ];
    if wide {
        let date = alert.lost_on().unwrap_or(alert.date);
        cells.push(Cell::from(l10n::date(date)).style(Style::new()));
    }
    Row::new(cells)
}
