//! Lost and win-back: the accounts lapsing now, the losses per quarter and
//! reason, the refusals by reason, and the accounts chosen for win-back.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Row, Table, TableState};

use super::{cut, right, widest};
use crate::app::App;
use crate::app::analysis::Losses;
use crate::domain::Choice;
use crate::domain::analysis::Closed;
use crate::ui::theme;
use crate::{l10n, t};

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let state = &app.analysis;
    let Some(losses) = &state.losses else { return };
    let win_back: Vec<&Closed> = losses.report.closed.iter().filter(|c| c.win_back.is_some()).collect();
    let report = &losses.report;
    if losses.lapsing.is_empty() && report.closed.is_empty() && report.refused == 0 {
        return super::empty(frame, area, l10n::text("analysis-empty-lost"));
    }
    let quarters = report.quarters.len().min(4) + usize::from(report.undated > 0);
    let losses_h = if report.closed.is_empty() { 2 } else { quarters as u16 + 2 };
    // The most frequent reasons, one a line: five where the screen is tall.
    let refusal_rows = report.refusals_by_reason.len().clamp(1, if area.height >= 20 { 5 } else { 2 });
    let refusals_h = refusal_rows as u16 + 1;
    let lists = area.height.saturating_sub(losses_h + refusals_h);
    let lapsing_h = if win_back.is_empty() { lists } else { (losses.lapsing.len() as u16 + 2).min(lists / 2).max(3) };
    let [lapsing_area, losses_area, refusals_area, win_back_area] = Layout::vertical([
        Constraint::Length(lapsing_h),
        Constraint::Length(losses_h),
        Constraint::Length(refusals_h),
        Constraint::Fill(1),
    ])
    .areas(area);
    let selected = state.selected();
    lapsing(app, losses, selected, frame, lapsing_area);
    by_quarter(losses, frame, losses_area);
    refusals(losses, frame, refusals_area);
    win_back_list(&win_back, selected.checked_sub(losses.lapsing.len()), frame, win_back_area);
}

/// A heading over a part of the tab, cut with "…" to the tab's width.
fn heading(text: &str, width: u16) -> Block<'static> {
    let text = cut(text, usize::from(width).saturating_sub(2));
    Block::new().borders(Borders::TOP).title(Span::styled(format!(" {text} "), theme::title()))
}

fn lapsing(app: &App, losses: &Losses, selected: usize, frame: &mut Frame, area: Rect) {
    let block = heading(l10n::text("analysis-lost-lapsing"), area.width);
    if losses.lapsing.is_empty() {
        let text = Line::styled(l10n::text("analysis-lost-none-lapsing"), theme::dim());
        return frame.render_widget(Paragraph::new(text).block(block), area);
    }
    let month_w = 7;
    let days_w = widest([l10n::text("analysis-col-days")], 5);
    let state_w = widest([l10n::text("analysis-lost-lost"), l10n::text("analysis-lost-warning")], 4);
    let name_w = usize::from(area.width).saturating_sub(month_w + days_w + state_w + 3).max(4);
    let fit = usize::from(area.height.saturating_sub(2)).max(1);
    let in_list = selected < losses.lapsing.len();
    let first = if in_list { app.analysis.view.first_line(selected, fit, losses.lapsing.len()) } else { 0 };
    let rows: Vec<Row> = losses
        .lapsing
        .iter()
        .skip(first)
        .take(fit)
        .map(|l| {
            let (word, style) = if l.lapse.lost {
                (l10n::text("analysis-lost-lost"), theme::late())
            } else {
                (l10n::text("analysis-lost-warning"), theme::focus())
            };
            Row::new(vec![
                Line::raw(cut(&l.name, name_w)),
                Line::raw(crate::domain::sales::Month::of(l.lapse.last_purchase).to_string()),
                Line::raw(right(&l.lapse.days_without_purchase.to_string(), days_w)),
                Line::styled(word, style),
            ])
        })
        .collect();
    let header = Row::new(vec![
        cut(l10n::text("analysis-col-account"), name_w),
        cut(l10n::text("analysis-col-last-purchase"), month_w),
        right(l10n::text("analysis-col-days"), days_w),
        String::new(),
    ])
    .style(theme::header());
    let widths = [
        Constraint::Length(name_w as u16),
        Constraint::Length(month_w as u16),
        Constraint::Length(days_w as u16),
        Constraint::Length(state_w as u16),
    ];
    let table =
        Table::new(rows, widths).header(header).block(block).column_spacing(1).row_highlight_style(theme::selected());
    let mut table_state = TableState::default().with_selected(in_list.then(|| selected - first));
    frame.render_stateful_widget(table, area, &mut table_state);
}

/// Lost and former accounts per quarter (the newest four), by reason.
fn by_quarter(losses: &Losses, frame: &mut Frame, area: Rect) {
    let report = &losses.report;
    let block = heading(l10n::text("analysis-lost-by-quarter"), area.width);
    if report.closed.is_empty() {
        let text = Line::styled(l10n::text("analysis-lost-none-closed"), theme::dim());
        return frame.render_widget(Paragraph::new(text).block(block), area);
    }
    let width = usize::from(area.width);
    let reason = |r: Option<crate::domain::analysis::LossReason>| match r {
        Some(r) => r.label().to_string(),
        None => l10n::text("analysis-lost-no-reason").to_string(),
    };
    let mut lines: Vec<Line> = report
        .quarters
        .iter()
        .rev()
        .take(4)
        .map(|(quarter, counts)| {
            let total: usize = counts.iter().map(|(_, n)| n).sum();
            let reasons: Vec<String> = counts.iter().map(|(r, n)| format!("{} {n}", reason(*r))).collect();
            let bar = "█".repeat(total.min(12));
            let text = format!("{quarter}  {bar} {total} · {}", reasons.join(", "));
            Line::raw(cut(&text, width))
        })
        .collect();
    if report.undated > 0 {
        lines.push(Line::styled(t!("analysis-lost-undated", count = report.undated), theme::dim()));
    }
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

/// The refusals and lost deals by reason, the most frequent first, one a
/// line with its count in front; when not all fit, the last line says how
/// many more there are (`report lost` lists them all).
fn refusals(losses: &Losses, frame: &mut Frame, area: Rect) {
    let report = &losses.report;
    let block = heading(l10n::text("analysis-lost-refusals"), area.width);
    if report.refused == 0 {
        let text = Line::styled(l10n::text("analysis-lost-none-refused"), theme::dim());
        return frame.render_widget(Paragraph::new(text).block(block), area);
    }
    let all = &report.refusals_by_reason;
    let rows = usize::from(area.height.saturating_sub(1)).max(1);
    let shown = if all.len() <= rows { all.len() } else { rows - 1 };
    let count_w = all.iter().map(|(_, n)| n.to_string().len()).max().unwrap_or(1);
    let width = usize::from(area.width);
    let mut lines: Vec<Line> = all
        .iter()
        .take(shown)
        .map(|(reason, n)| {
            let reason = if reason.is_empty() {
                l10n::text("analysis-lost-no-reason").to_string()
            } else {
                crate::domain::text::clean_line(reason)
            };
            Line::raw(cut(&format!("{n:>count_w$}  {reason}"), width))
        })
        .collect();
    if shown < all.len() {
        let more = t!("analysis-lost-more-reasons", count = all.len() - shown);
        lines.push(Line::styled(cut(&more, width), theme::dim()));
    }
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

fn win_back_list(list: &[&Closed], selected: Option<usize>, frame: &mut Frame, area: Rect) {
    let block = heading(l10n::text("analysis-lost-win-back"), area.width);
    if list.is_empty() {
        let text = Line::styled(l10n::text("analysis-lost-none-win-back"), theme::dim());
        return frame.render_widget(Paragraph::new(text).block(block), area);
    }
    let means_w = widest(crate::domain::analysis::WinBackMeans::ALL.iter().map(|m| m.label()), 5);
    let date_w = 10;
    let rest = usize::from(area.width).saturating_sub(means_w + date_w + 3);
    let (name_w, note_w) = if rest >= 40 { (rest / 2, rest - rest / 2) } else { (rest, 0) };
    let rows: Vec<Row> = list
        .iter()
        .map(|c| {
            let plan = c.win_back.as_ref();
            Row::new(vec![
                cut(&c.name, name_w),
                plan.map(|p| p.means.label().to_string()).unwrap_or_default(),
                crate::ui::date(plan.map(|p| p.due)),
                cut(&crate::domain::text::clean_line(plan.map_or("", |p| p.note.as_str())), note_w),
            ])
        })
        .collect();
    let header = Row::new(vec![
        cut(l10n::text("analysis-col-account"), name_w),
        cut(l10n::text("analysis-col-means"), means_w),
        cut(l10n::text("analysis-col-date"), date_w),
        cut(l10n::text("analysis-col-note"), note_w),
    ])
    .style(theme::header());
    let widths = [
        Constraint::Length(name_w as u16),
        Constraint::Length(means_w as u16),
        Constraint::Length(date_w as u16),
        Constraint::Length(note_w as u16),
    ];
    let table =
        Table::new(rows, widths).header(header).block(block).column_spacing(1).row_highlight_style(theme::selected());
    let mut table_state = TableState::default().with_selected(selected);
    frame.render_stateful_widget(table, area, &mut table_state);
}
