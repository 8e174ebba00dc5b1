//! The portfolio: every account, ranked by sales, with what needs attention.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table, TableState};

use super::{date, theme};
use crate::app::App;
use chrono::NaiveDate;
use ratatui::style::Style;

use crate::domain::{AccountFlag, AccountSummary, Choice, Severity};

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let state = &app.portfolio;
    let show_filter = state.filtering || !state.filter.is_empty();
    let [filter_area, table_area] =
        Layout::vertical([Constraint::Length(u16::from(show_filter)), Constraint::Fill(1)]).areas(area);
    if show_filter {
        let style = if state.filtering { theme::focus() } else { theme::dim() };
        let cursor = if state.filtering { "▏" } else { "" };
        let line = Line::from(vec![
            Span::styled("/ ", style),
            Span::raw(format!("{}{cursor}", state.filter)),
            Span::styled(format!("   {} of {}", state.visible_count(), state.accounts.len()), theme::dim()),
        ]);
        frame.render_widget(Paragraph::new(line), filter_area);
    }

    let total = state.total_sales;
    // Narrow windows (a phone over SSH) drop the level: the dossier shows it.
    let wide = table_area.width >= 96;
    // Only the rows that fit are built (a portfolio may hold thousands).
    let fit = usize::from(table_area.height.saturating_sub(3)).max(1);
    let first = state.view.first_line(state.selected, fit, state.visible_count());
    let rows: Vec<Row> =
        state.visible().skip(first).take(fit).map(|a| row(a, state.flag(a.id), total, app.today, wide)).collect();
    let order = if state.by_urgency { "most overdue first" } else { "by share of sales" };
    let title = format!(" Key accounts ({}) · {order} ", state.accounts.len());
    let block = Block::bordered().title(Span::styled(title, theme::title()));
    if rows.is_empty() {
        let text = if state.accounts.is_empty() {
            "No accounts yet: press a to add one.".to_string()
        } else {
            format!("No account matches “{}”. Esc clears the filter.", state.filter)
        };
        frame.render_widget(Paragraph::new(text).block(block), table_area);
        return;
    }
    let mut header = vec!["Late", "Account", "Type"];
    let mut widths = vec![Constraint::Length(6), Constraint::Fill(1), Constraint::Length(11)];
    if wide {
        header.push("Level");
        widths.push(Constraint::Length(11));
    }
    header.extend(["Status", "Share", "Last", "Next due"]);
    widths.extend([Constraint::Length(8), Constraint::Length(5), Constraint::Length(10), Constraint::Length(10)]);
    let table = Table::new(rows, widths)
        .header(Row::new(header).style(theme::header()))
        .block(block)
        .column_spacing(1)
        .cell_highlight_style(theme::selected());
    // Only the name is highlighted: moving the selection then repaints two
    // names, not two whole rows (a few hundred bytes over a slow SSH link).
    let mut table_state =
        TableState::default().with_selected(Some(state.selected - first)).with_selected_column(Some(NAME_COLUMN));
    frame.render_stateful_widget(table, table_area, &mut table_state);
}

/// The Account column, after the Late flag.
const NAME_COLUMN: usize = 1;

fn row(account: &AccountSummary, flag: Option<AccountFlag>, total: i64, today: NaiveDate, wide: bool) -> Row<'static> {
    let share = match (account.annual_sales, total) {
        (Some(sales), total) if total > 0 && account.status.is_open() => {
            format!("{:>4.0}%", sales as f64 * 100.0 / total as f64)
        }
        _ => String::new(),
    };
    let due_style = match account.next_due {
        Some(d) if d < today && account.status.is_open() => theme::late(),
        _ => Style::new(),
    };
    // The flag: days past the contact standard ("!" overdue, "·" due).
    let late = match flag {
        Some(AccountFlag { severity: Severity::Overdue, days }) => Span::styled(format!("!{days}d"), theme::late()),
        Some(AccountFlag { days, .. }) => Span::styled(format!("·{days}d"), theme::focus()),
        None => Span::raw(""),
    };
    let style = if account.status.is_open() { Style::new() } else { theme::dim() };
    let mut cells = vec![Cell::from(late), Cell::from(account.name.clone()), Cell::from(account.client_type.label())];
    if wide {
        cells.push(Cell::from(account.level_now.label()));
    }
    cells.extend([
        Cell::from(account.status.label()),
        Cell::from(share),
        Cell::from(date(account.last_touchpoint)),
        Cell::from(Span::styled(date(account.next_due), due_style)),
    ]);
    Row::new(cells).style(style)
}
