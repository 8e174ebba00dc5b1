//! The portfolio: every account, ranked by sales, with what needs attention.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table};

use super::{date, targets, theme};
use crate::app::App;
use crate::app::mouse::Target;
use chrono::NaiveDate;
use ratatui::style::Style;

use super::portfolio_columns::{Column, columns, header};
use crate::domain::text::clean_line;
use crate::domain::{AccountFlag, AccountSummary, Choice, Severity};
use crate::{l10n, t};

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
            Span::styled(
                format!("   {}", t!("portfolio-filter-count", shown = state.visible_count(), total = state.count())),
                theme::dim(),
            ),
        ]);
        frame.render_widget(Paragraph::new(super::cut_line(line, usize::from(filter_area.width))), filter_area);
    }

    let total = state.total_sales;
    // Narrow windows (a phone over SSH) leave out what the dossier shows.
    let (columns, name_width) = columns(table_area.width, state.longest_name);
    let shown: Vec<Column> = columns.iter().map(|&(c, _)| c).collect();
    // Only the rows that fit are built (a portfolio may hold thousands).
    let fit = usize::from(table_area.height.saturating_sub(3)).max(1);
    let first = state.view.first_line(state.selected, fit, state.visible_count());
    let rows: Vec<Row> = state
        .visible_from(first)
        .take(fit)
        .map(|(at, a)| {
            let flags = (state.flag(a.id), state.lapsing.get(&a.id).copied());
            let name = (name_width, at == state.selected);
            row(a, flags, &state.class(a.id), (total, app.today), (&shown, name))
        })
        .collect();
    let order =
        if state.by_urgency { l10n::text("portfolio-order-urgency") } else { l10n::text("portfolio-order-share") };
    let title = format!(" {} ", t!("portfolio-title", count = state.count(), order = order));
    let title = super::cut(&title, usize::from(table_area.width.saturating_sub(2)));
    let block = Block::bordered().title(Span::styled(title, theme::title()));
    if rows.is_empty() {
        let text = if state.is_empty() {
            l10n::text("portfolio-empty").to_string()
        } else {
            t!("portfolio-no-match", filter = clean_line(&state.filter))
        };
        frame.render_widget(Paragraph::new(text).block(block).wrap(ratatui::widgets::Wrap { trim: true }), table_area);
        return;
    }
    let (header, widths): (Vec<&str>, Vec<Constraint>) = columns.iter().map(|&(c, w)| (header(c), w)).unzip();
    let table = Table::new(rows, widths).header(Row::new(header).style(theme::header())).block(block).column_spacing(1);
    frame.render_widget(table, table_area);
    // Inside the border, below the header.
    let body = Rect::new(table_area.x + 1, table_area.y + 2, table_area.width.saturating_sub(2), fit as u16);
    let shown = state.visible_from(first).take(fit).map(|(_, a)| Some(Target::Account(a.id)));
    targets::rows(body.intersection(table_area), 1, shown);
}

fn row(
    account: &AccountSummary,
    (flag, lapsing): (Option<AccountFlag>, Option<Severity>),
    class: &str,
    (total, today): (i64, NaiveDate),
    (shown, (name_width, selected)): (&[Column], (usize, bool)),
) -> Row<'static> {
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
        Some(AccountFlag { severity: Severity::Overdue, days }) => {
            Span::styled(format!("!{days}{}", l10n::text("portfolio-days")), theme::late())
        }
        Some(AccountFlag { days, .. }) => {
            Span::styled(format!("·{days}{}", l10n::text("portfolio-days")), theme::focus())
        }
        None => Span::raw(""),
    };
    // No purchase for a while: "↓" after it (red once the account counts as lost).
    let late = match lapsing {
        Some(severity) => {
            let style = if severity == Severity::Overdue { theme::late() } else { theme::focus() };
            let text = format!("{}{}", late.content, l10n::text("losses-portfolio-lapsing"));
            Span::styled(text, if late.content.is_empty() { style } else { late.style })
        }
        None => late,
    };
    let style = if account.status.is_open() { Style::new() } else { theme::dim() };
    let mut late = Some(late);
    let mut share = Some(share);
    let cells = shown.iter().map(|column| match column {
        Column::Late => Cell::from(late.take().unwrap_or_default()),
        // Only the name's letters are highlighted: moving the selection
        // repaints two names, not two rows or two padded cells (about 130
        // bytes over a slow SSH link).
        Column::Name if selected => Cell::from(Span::styled(super::cut(&account.name, name_width), theme::selected())),
        Column::Name => Cell::from(super::cut(&account.name, name_width)),
        Column::Id => Cell::from(account.id.0.to_string()),
        Column::Class => Cell::from(class.to_string()),
        Column::Type => Cell::from(account.client_type.label()),
        Column::Level => Cell::from(account.level_now.label()),
        Column::Status => Cell::from(account.status.label()),
        Column::Sales => Cell::from(share.take().unwrap_or_default()),
        Column::LastContact => Cell::from(date(account.last_touchpoint)),
        Column::NextDue => Cell::from(Span::styled(date(account.next_due), due_style)),
    });
    Row::new(cells).style(style)
}
