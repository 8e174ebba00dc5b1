//! Plan against actual: each objective of the year, its planned volume
//! and expected profit beside what was sold, as numbers and bars with the
//! calendar's mark, and the totals.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Cell, Paragraph, Row, Table, TableState};

use super::{bar, cut, percent, units};
use crate::app::App;
use crate::app::analysis::PlanWidths;
use crate::domain::analysis::{Measures, PlanLine, PlanProgress, PlanTotals, pace};
use crate::ui::theme;
use crate::{l10n, t};

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let state = &app.analysis;
    let Some(view) = &state.plan else { return };
    let year = state.period.year(app.today);
    let gone = pace(year, app.today);
    // One totals line per currency (at most four): amounts in different
    // currencies are never added up.
    let foot_h = u16::try_from(view.year.totals.len().clamp(1, 4)).unwrap_or(1);
    let [head, body, foot] =
        Layout::vertical([Constraint::Length(1), Constraint::Fill(1), Constraint::Length(foot_h)]).areas(area);
    let headline = t!("analysis-plan-headline", year = year.to_string(), gone = percent(gone));
    frame.render_widget(Paragraph::new(Line::styled(cut(&headline, usize::from(head.width)), theme::title())), head);
    if view.count() == 0 {
        return super::empty(frame, body, &t!("analysis-empty-plan", year = year.to_string()));
    }
    let wide = body.width >= 72;
    // As wide as the longest "actual / planned", while the name keeps twelve columns.
    let widths = view.widths.get_or_init(|| widths(&view.year.measures, view.year.longest_name));
    let longest = widths.numbers;
    let sales_w: u16 = 12;
    let others = if wide { sales_w + 1 } else { 0 } + 2;
    // On a phone the name keeps a third of the width when it needs it.
    let name_least = crate::domain::columns::name_needs(usize::from(body.width), widths.name).max(12);
    let most = body.width.saturating_sub(others + u16::try_from(name_least).unwrap_or(12)) / 2;
    let measure_w = (longest as u16).clamp(14, most.max(14));
    let fixed = measure_w * 2 + others;
    let name_w = body.width.saturating_sub(fixed).max(6);
    let fit = usize::from(body.height.saturating_sub(1) / 2).max(1);
    let first = state.view.first_line(state.selected(), fit, view.count());
    let rows: Vec<Row> = (first..first + fit)
        .map_while(|i| view.line(i))
        .map(|line| row(line, usize::from(name_w), usize::from(measure_w), wide, gone))
        .collect();
    let mut header = vec![
        Cell::from(cut(l10n::text("analysis-col-objective"), usize::from(name_w))),
        Cell::from(cut(l10n::text("analysis-col-volume"), usize::from(measure_w))),
        Cell::from(cut(l10n::text("analysis-col-profit"), usize::from(measure_w))),
    ];
    let mut widths = vec![Constraint::Length(name_w), Constraint::Length(measure_w), Constraint::Length(measure_w)];
    if wide {
        header.push(Cell::from(cut(l10n::text("analysis-col-sales"), usize::from(sales_w))));
        widths.push(Constraint::Length(sales_w));
    }
    let table = Table::new(rows, widths)
        .header(Row::new(header).style(theme::header()))
        .column_spacing(1)
        .row_highlight_style(theme::selected());
    let mut table_state = TableState::default().with_selected(Some(state.selected() - first));
    frame.render_stateful_widget(table, body, &mut table_state);
    let footer: Vec<Line> = view.year.totals.iter().take(4).map(|t| totals(t, usize::from(foot.width))).collect();
    frame.render_widget(Paragraph::new(footer), foot);
}

fn row(line: &PlanLine, name_w: usize, measure_w: usize, wide: bool, gone: f64) -> Row<'static> {
    let product = if line.objective.product.trim().is_empty() { "—" } else { line.objective.product.as_str() };
    let mut cells = vec![
        Cell::from(Text::from(vec![
            Line::raw(cut(&line.account, name_w)),
            Line::styled(cut(&format!("  {product}"), name_w), theme::dim()),
        ])),
        // No sales row records a volume: nothing was measured (not 0 %).
        measure(line.volume, line.actual.volume.is_some(), measure_w, gone),
        measure(line.profit, true, measure_w, gone),
    ];
    if wide {
        cells.push(Cell::from(units(line.actual.amount)));
    }
    Row::new(cells).height(2)
}

/// "800 / 1 200" over a bar with the calendar's mark and the percentage;
/// "— / 1 200" and "—" when nothing measured the actual figure.
fn measure(progress: Option<PlanProgress>, measured: bool, width: usize, gone: f64) -> Cell<'static> {
    let Some(p) = progress else {
        return Cell::from(Line::styled(l10n::text("analysis-plan-no-number"), theme::dim()));
    };
    if !measured {
        return Cell::from(Text::from(vec![
            Line::styled(cut(&format!("— / {}", units(p.planned)), width), theme::dim()),
            Line::styled("—", theme::dim()),
        ]));
    }
    let numbers = format!("{} / {}", units(p.actual), units(p.planned));
    let done = p.done.unwrap_or(0.0);
    let label = format!(" {}", percent(done));
    let bar_w = width.saturating_sub(label.chars().count()).max(3);
    // Behind the calendar: the bar says so in colour, never in colour only (the mark shows it too).
    let style = match p.pace {
        Some(pace) if pace < 0.9 => theme::late(),
        Some(_) => theme::good(),
        None => theme::dim(),
    };
    Cell::from(Text::from(vec![
        Line::raw(cut(&numbers, width)),
        Line::from(vec![Span::styled(bar(done, Some(gone), bar_w), style), Span::raw(label)]),
    ]))
}

/// The widths of the longest "actual / planned" (of every objective's
/// `measures`) and account name.
///
/// A whole number's written width depends only on its sign and its count
/// of digits (the groups follow from the digits), so each such kind is
/// written once and its width kept: a year of ten thousand objectives is
/// not written out to be measured.
fn widths(measures: &[Measures], longest_name: usize) -> PlanWidths {
    let mut known: std::collections::HashMap<(bool, u32), usize> = std::collections::HashMap::new();
    let mut width = |hundredths: i64| {
        let whole = l10n::whole_units(hundredths);
        let kind = (whole < 0, whole.unsigned_abs().checked_ilog10().unwrap_or(0));
        *known.entry(kind).or_insert_with(|| units(hundredths).chars().count())
    };
    let mut numbers = |p: Option<PlanProgress>| p.map_or(0, |p| width(p.actual) + " / ".len() + width(p.planned));
    PlanWidths {
        numbers: measures.iter().map(|m| numbers(m.volume).max(numbers(m.profit))).max().unwrap_or(0),
        name: longest_name,
    }
}

/// The totals of the year in one currency: profit expected and made, and sales.
fn totals(t: &PlanTotals, width: usize) -> Line<'static> {
    let text = t!(
        "analysis-plan-totals",
        objectives = t.objectives,
        made = units(t.profit),
        planned = units(t.planned_profit),
        done = percent(t.done()),
        sales = units(t.sales),
        currency = t.currency.as_deref().unwrap_or("none")
    );
    Line::styled(cut(&text, width), theme::title())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::analysis::plan_progress;

    /// The widths kept per kind of number are the widths of the numbers as
    /// written, whatever their sign, size and rounding, and in whatever
    /// order the lines come.
    #[test]
    fn widths_are_those_of_the_numbers_as_written() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 7, 2).unwrap();
        let values = [0, 49, -49, 50, -50, 99_949, 99_950, -99_950, 123_456_789, -100_000_000_000, i64::MAX / 2];
        let mut measured = Vec::new();
        for &actual in &values {
            for &planned in &values {
                let profit = Some(plan_progress(planned, actual, 2026, today));
                let written = format!("{} / {}", units(actual), units(planned)).chars().count();
                measured.push((Measures { volume: None, profit }, written));
            }
        }
        for (a, a_written) in &measured {
            for (b, b_written) in &measured {
                let measures = widths(&[*a, *b], 7);
                assert_eq!(measures.numbers, *a_written.max(b_written), "{:?} then {:?}", a.profit, b.profit);
                assert_eq!(measures.name, 7);
            }
        }
    }
}
