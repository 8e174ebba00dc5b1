//! Activity and coverage: contacts per channel and per outcome, the
//! decision makers and influencers not contacted within the standard, and
//! each account's rhythm of contacts month by month.

use ratatui::Frame;
use ratatui::layout::{Constraint, Direction, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, BarGroup, Block, Borders, Paragraph, Row, Sparkline, Table, TableState};

use super::{cut, right, widest};
use crate::app::App;
use crate::domain::Choice;
use crate::domain::analysis::Activity;
use crate::ui::theme;
use crate::{l10n, t};

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let state = &app.analysis;
    let Some(activity) = &state.activity else { return };
    if activity.mix.total == 0 && activity.uncovered_count == 0 && activity.rhythms.is_empty() {
        return super::empty(frame, area, l10n::text("analysis-empty-activity"));
    }
    let bars = activity.mix.by_outcome.len().max(activity.mix.by_channel.len()) as u16 + 1;
    let charts_h = if area.height >= bars + 8 { bars } else { 0 };
    let uncovered = activity.uncovered_count;
    let lists = area.height.saturating_sub(charts_h);
    let uncovered_h =
        if uncovered == 0 { 2 } else { (uncovered.min(usize::from(u16::MAX)) as u16 + 2).min(lists / 2).max(3) };
    let [charts, uncovered_area, rhythm_area] =
        Layout::vertical([Constraint::Length(charts_h), Constraint::Length(uncovered_h), Constraint::Fill(1)])
            .areas(area);
    if charts_h > 0 {
        mix(activity, frame, charts);
    }
    let selected = state.selected();
    uncovered_list(app, activity, selected, frame, uncovered_area);
    rhythms(app, activity, selected.checked_sub(uncovered), frame, rhythm_area);
}

/// A heading over a part of the tab, cut with "…" to the tab's width.
fn heading(text: &str, width: u16) -> Block<'static> {
    let text = cut(text, usize::from(width).saturating_sub(2));
    Block::new().borders(Borders::TOP).title(Span::styled(format!(" {text} "), theme::title()))
}

/// Two bar charts side by side: contacts per channel, per outcome.
fn mix(activity: &Activity, frame: &mut Frame, area: Rect) {
    let [left, right_area] = Layout::horizontal([Constraint::Fill(1), Constraint::Fill(1)]).areas(area);
    let channels: Vec<(String, u32)> =
        activity.mix.by_channel.iter().map(|(c, n)| (c.label().to_string(), *n)).collect();
    let outcomes: Vec<(String, u32)> = activity
        .mix
        .by_outcome
        .iter()
        .map(|(o, n)| {
            (o.map_or_else(|| l10n::text("analysis-activity-no-outcome").to_string(), |o| o.label().to_string()), *n)
        })
        .collect();
    let title = t!("analysis-activity-by-channel", total = activity.mix.total);
    chart(&title, &channels, frame, left);
    chart(l10n::text("analysis-activity-by-outcome"), &outcomes, frame, right_area);
}

fn chart(title: &str, values: &[(String, u32)], frame: &mut Frame, area: Rect) {
    let label_w = values
        .iter()
        .map(|(l, _)| unicode_width::UnicodeWidthStr::width(l.as_str()))
        .max()
        .unwrap_or(0)
        .min(usize::from(area.width / 2));
    let bars: Vec<Bar> = values
        .iter()
        .map(|(label, n)| {
            Bar::default()
                .label(Line::raw(format!("{} ", cut(label, label_w))))
                .value(u64::from(*n))
                .text_value(n.to_string())
                .style(theme::good())
                .value_style(theme::selected())
        })
        .collect();
    let chart = BarChart::default()
        .block(heading(title, area.width))
        .direction(Direction::Horizontal)
        .bar_width(1)
        .bar_gap(0)
        .data(BarGroup::default().bars(&bars));
    frame.render_widget(chart, area);
}

fn uncovered_list(app: &App, activity: &Activity, selected: usize, frame: &mut Frame, area: Rect) {
    let block = heading(l10n::text("analysis-activity-uncovered"), area.width);
    let count = activity.uncovered_count;
    if count == 0 {
        let text = Line::styled(l10n::text("analysis-activity-all-covered"), theme::dim());
        return frame.render_widget(Paragraph::new(text).block(block), area);
    }
    let date_w = 10;
    let standard_w = widest([l10n::text("analysis-col-standard")], 6);
    let rest = usize::from(area.width).saturating_sub(date_w + standard_w + 3);
    let person_w = rest / 2;
    let account_w = rest - person_w;
    let fit = usize::from(area.height.saturating_sub(2)).max(1);
    let in_list = selected < count;
    let first = if in_list { app.analysis.view.first_line(selected, fit, count) } else { 0 };
    let rows: Vec<Row> = (first..first + fit)
        .map_while(|i| activity.uncovered_at(i))
        .map(|c| {
            let standard = c.standard_days.map(|d| t!("analysis-days", days = d)).unwrap_or_default();
            Row::new(vec![
                Line::raw(cut(&c.name, person_w)),
                Line::raw(cut(&c.account, account_w)),
                Line::styled(crate::ui::date(c.last_contact), theme::late()),
                Line::raw(right(&standard, standard_w)),
            ])
        })
        .collect();
    let header = Row::new(vec![
        cut(l10n::text("analysis-col-person"), person_w),
        cut(l10n::text("analysis-col-account"), account_w),
        cut(l10n::text("analysis-col-last-contact"), date_w),
        right(l10n::text("analysis-col-standard"), standard_w),
    ])
    .style(theme::header());
    let widths = [
        Constraint::Length(person_w as u16),
        Constraint::Length(account_w as u16),
        Constraint::Length(date_w as u16),
        Constraint::Length(standard_w as u16),
    ];
    let table =
        Table::new(rows, widths).header(header).block(block).column_spacing(1).row_highlight_style(theme::selected());
    let mut table_state = TableState::default().with_selected(in_list.then(|| selected - first));
    frame.render_stateful_widget(table, area, &mut table_state);
}

/// One line per account: its name, a sparkline of its months, the total.
fn rhythms(app: &App, activity: &Activity, selected: Option<usize>, frame: &mut Frame, area: Rect) {
    let block = heading(l10n::text("analysis-activity-rhythm"), area.width);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if activity.rhythms.is_empty() || inner.height == 0 {
        return;
    }
    let months = activity.rhythms[0].months.len() as u16;
    let total_w = 5u16;
    let name_w = inner.width.saturating_sub(months + total_w + 2);
    let fit = usize::from(inner.height).max(1);
    let first = match selected {
        Some(s) => app.analysis.view.first_line(s, fit, activity.rhythms.len()),
        None => 0,
    };
    for (row, (i, rhythm)) in activity.rhythms.iter().enumerate().skip(first).take(fit).enumerate() {
        let y = inner.y + row as u16;
        let style = if selected == Some(i) { theme::selected() } else { Style::new() };
        let name = Rect::new(inner.x, y, name_w, 1);
        let spark = Rect::new(inner.x + name_w + 1, y, months, 1);
        let total = Rect::new(inner.x + name_w + 2 + months, y, total_w, 1);
        frame.render_widget(Paragraph::new(Line::styled(cut(&rhythm.name, usize::from(name_w)), style)), name);
        let data: Vec<u64> = rhythm.months.iter().map(|&n| u64::from(n)).collect();
        frame.render_widget(Sparkline::default().data(&data).style(theme::good()), spark);
        frame.render_widget(Paragraph::new(right(&rhythm.total().to_string(), usize::from(total_w))), total);
    }
}
