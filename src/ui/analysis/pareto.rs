//! Pareto: the accounts ranked by share of sales, the cut-off drawn as a
//! line across the table, the accounts pointed out, and the curve.

use crate::app::mouse::Target;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Block, Borders, Chart, Dataset, GraphType, Paragraph, Row, Table, TableState};
use unicode_width::UnicodeWidthStr;

use super::{cut, percent, right, units, widest};
use crate::app::App;
use crate::domain::analysis::{Basis, Pointer, SalesAnalysis};
use crate::ui::theme;
use crate::{l10n, t};

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let state = &app.analysis;
    let Some(analysis) = &state.sales else { return };
    let pareto = &analysis.pareto;
    if pareto.rows.is_empty() {
        return super::empty(frame, area, l10n::text("analysis-empty-sales"));
    }
    // The headline wraps (up to three lines) rather than lose its end.
    let line = headline(analysis);
    let width = usize::from(area.width.max(1));
    // A line broken between words may take one row more than its width says.
    let needed = line.width().div_ceil(width) + usize::from(line.width() > width);
    let rows = u16::try_from(needed.clamp(1, 3)).unwrap_or(1);
    let [head, rest] = Layout::vertical([Constraint::Length(rows), Constraint::Fill(1)]).areas(area);
    frame.render_widget(Paragraph::new(line).wrap(ratatui::widgets::Wrap { trim: true }), head);
    // The curve beside the table on a wide window, below it on a tall one.
    let (table_area, chart_area) = if rest.width >= 110 {
        let [t, c] = Layout::horizontal([Constraint::Fill(3), Constraint::Fill(2)]).areas(rest);
        (t, Some(c))
    } else if rest.height >= 30 {
        let [t, c] = Layout::vertical([Constraint::Fill(1), Constraint::Length(12)]).areas(rest);
        (t, Some(c))
    } else {
        (rest, None)
    };
    let with_legend = pareto.rows.iter().any(|r| r.pointer.is_some()) && table_area.height > 6;
    let [table_area, legend_area] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(u16::from(with_legend))]).areas(table_area);
    table(app, analysis, frame, table_area);
    if with_legend {
        let legend = Line::from(vec![
            Span::styled("★ ", theme::focus()),
            Span::styled(l10n::text("analysis-pareto-not-key"), theme::dim()),
            Span::raw("  "),
            Span::styled("↓ ", theme::late()),
            Span::styled(l10n::text("analysis-pareto-key-below"), theme::dim()),
        ]);
        frame.render_widget(Paragraph::new(legend), legend_area);
    }
    if let Some(chart_area) = chart_area {
        curve(analysis, frame, chart_area);
    }
}

/// "3 of 12 accounts carry 80 % of sales."
fn headline(analysis: &SalesAnalysis) -> Line<'static> {
    let pareto = &analysis.pareto;
    let id = match analysis.basis {
        Basis::Sales => "analysis-pareto-headline",
        Basis::Profit => "analysis-pareto-headline-profit",
    };
    let mut spans = vec![Span::styled(
        t!(id, above = pareto.above_line, total = pareto.rows.len(), cutoff = percent(pareto.cutoff)),
        theme::title(),
    )];
    if analysis.without_history > 0 {
        spans.push(Span::styled(
            format!(" {}", t!("analysis-without-history", count = analysis.without_history)),
            theme::dim(),
        ));
    }
    if let Some(note) = currency_note(analysis) {
        spans.push(Span::styled(format!(" {note}"), theme::dim()));
    }
    Line::from(spans)
}

/// "In UAH · c: GBP (3), GEL (2)": amounts in other currencies are never
/// added up, each is analysed on its own.
pub(super) fn currency_note(analysis: &SalesAnalysis) -> Option<String> {
    if analysis.currencies.len() < 2 {
        return None;
    }
    let name = |c: &Option<String>| c.clone().unwrap_or_else(|| l10n::text("analysis-currency-none").to_string());
    let others = analysis
        .currencies
        .iter()
        .filter(|(c, _)| *c != analysis.currency)
        .map(|(c, n)| format!("{} ({n})", name(c)))
        .collect::<Vec<_>>()
        .join(", ");
    Some(t!("analysis-currency-note", currency = name(&analysis.currency), others = others))
}

/// Which columns fit: the share goes first, then the rank; the name shrinks last.
fn table(app: &App, analysis: &SalesAnalysis, frame: &mut Frame, area: Rect) {
    let state = &app.analysis;
    let pareto = &analysis.pareto;
    let amount_header = match analysis.basis {
        Basis::Sales => l10n::text("analysis-col-sales"),
        Basis::Profit => l10n::text("analysis-col-profit"),
    };
    let rank_w = widest([l10n::text("analysis-col-rank"), &pareto.rows.len().to_string()], 2);
    let widest_amount = pareto.rows.iter().map(|r| units(r.account.amount).width()).max().unwrap_or(0);
    let amount_w = widest([amount_header], widest_amount.max(6));
    let share_w = widest([l10n::text("analysis-col-share"), "100 %"], 5);
    let cumulative_w = widest([l10n::text("analysis-col-cumulative"), "100 %"], 5);
    let width = usize::from(area.width);
    let longest = pareto.rows.iter().map(|r| r.account.name.width()).max().unwrap_or(0).max(8);
    // Mark, name, amount, cumulative always; share and rank while the name keeps 16 columns.
    let base = 1 + amount_w + cumulative_w + 3;
    let mut show_share = true;
    let mut show_rank = true;
    let room = |share: bool, rank: bool| {
        width.saturating_sub(base + if share { share_w + 1 } else { 0 } + if rank { rank_w + 1 } else { 0 })
    };
    if room(true, true) < longest.min(16) {
        show_share = false;
    }
    if room(false, true) < longest.min(12) && !show_share {
        show_rank = false;
    }
    let name_w = room(show_share, show_rank).max(4);

    let mut header = Vec::new();
    let mut widths = Vec::new();
    if show_rank {
        header.push(right(l10n::text("analysis-col-rank"), rank_w));
        widths.push(Constraint::Length(rank_w as u16));
    }
    header.push(String::new());
    widths.push(Constraint::Length(1));
    header.push(cut(l10n::text("analysis-col-account"), name_w));
    widths.push(Constraint::Length(name_w as u16));
    header.push(right(amount_header, amount_w));
    widths.push(Constraint::Length(amount_w as u16));
    if show_share {
        header.push(right(l10n::text("analysis-col-share"), share_w));
        widths.push(Constraint::Length(share_w as u16));
    }
    header.push(right(l10n::text("analysis-col-cumulative"), cumulative_w));
    widths.push(Constraint::Length(cumulative_w as u16));

    // The lines: every account, and the cut-off's line after the last account above it.
    let line_at = pareto.above_line;
    let len = pareto.rows.len() + usize::from(line_at > 0);
    let selected = state.selected();
    let selected_line = if line_at > 0 && selected >= line_at { selected + 1 } else { selected };
    let fit = usize::from(area.height.saturating_sub(1)).max(1);
    let first = state.view.first_line(selected_line, fit, len);
    let line_text =
        format!("{} {} ", "─".repeat(rank_w + 2), t!("analysis-pareto-line", cutoff = percent(pareto.cutoff)));
    let rows: Vec<Row> = (first..(first + fit).min(len))
        .map(|i| {
            if line_at > 0 && i == line_at {
                // Drawn over the whole row below, gaps included.
                return Row::new(Vec::<String>::new());
            }
            let r = &pareto.rows[if line_at > 0 && i > line_at { i - 1 } else { i }];
            let (mark, mark_style) = match r.pointer {
                Some(Pointer::NotKeyAboveLine) => ("★", theme::focus()),
                Some(Pointer::KeyFarBelowLine) => ("↓", theme::late()),
                None => (" ", Style::new()),
            };
            let mut cells = Vec::new();
            if show_rank {
                cells.push(Span::raw(right(&r.rank.to_string(), rank_w)));
            }
            cells.push(Span::styled(mark, mark_style));
            cells.push(Span::raw(cut(&r.account.name, name_w)));
            cells.push(Span::raw(right(&units(r.account.amount), amount_w)));
            if show_share {
                cells.push(Span::raw(right(&percent(r.share), share_w)));
            }
            cells.push(Span::raw(right(&percent(r.cumulative_share), cumulative_w)));
            let style = if r.above_line { Style::new() } else { theme::dim() };
            Row::new(cells).style(style)
        })
        .collect();
    let table = Table::new(rows, widths)
        .header(Row::new(header).style(theme::header()))
        .column_spacing(1)
        .row_highlight_style(theme::selected());
    let mut table_state = TableState::default().with_selected(Some(selected_line.saturating_sub(first)));
    frame.render_stateful_widget(table, area, &mut table_state);
    // Below the header, each account's row names it (the cut-off's line names none).
    let shown = (first..(first + fit).min(len)).map(|i| {
        let index = match line_at {
            0 => i,
            _ if i == line_at => return None,
            _ if i > line_at => i - 1,
            _ => i,
        };
        pareto.rows.get(index).map(|r| Target::AnalysisRow { index, account: r.account.id })
    });
    crate::ui::targets::rows(Rect { y: area.y + 1, height: area.height.saturating_sub(1), ..area }, 1, shown);
    if line_at > 0 && (first..first + fit).contains(&line_at) {
        let y = area.y + 1 + (line_at - first) as u16;
        let text = format!("{line_text}{}", "─".repeat(width));
        let line = Line::styled(cut(&text, width).replace('…', "─"), theme::focus());
        frame.render_widget(Paragraph::new(line), Rect::new(area.x, y, area.width, 1));
    }
}

/// The cumulative share against the rank, with the cut-off drawn across.
fn curve(analysis: &SalesAnalysis, frame: &mut Frame, area: Rect) {
    let pareto = &analysis.pareto;
    let n = pareto.rows.len();
    // At most a few hundred points: the curve's shape, not every account.
    let step = (n / 400).max(1);
    let points: Vec<(f64, f64)> = std::iter::once((0.0, 0.0))
        .chain(
            pareto
                .rows
                .iter()
                .enumerate()
                .filter(|(i, _)| i % step == 0 || i + 1 == n)
                .map(|(i, r)| ((i + 1) as f64, r.cumulative_share * 100.0)),
        )
        .collect();
    let cutoff = [(0.0, pareto.cutoff * 100.0), (n as f64, pareto.cutoff * 100.0)];
    let datasets = vec![
        Dataset::default().marker(Marker::Braille).graph_type(GraphType::Line).style(theme::good()).data(&points),
        Dataset::default().marker(Marker::Braille).graph_type(GraphType::Line).style(theme::focus()).data(&cutoff),
    ];
    let x_labels = vec![Span::raw("1"), Span::raw(n.to_string())];
    let chart = Chart::new(datasets)
        .block(
            Block::new()
                .borders(Borders::TOP)
                .title(Span::styled(format!(" {} ", l10n::text("analysis-pareto-curve")), theme::title())),
        )
        .x_axis(Axis::default().title(l10n::text("analysis-col-rank")).bounds([0.0, n as f64]).labels(x_labels))
        .y_axis(Axis::default().bounds([0.0, 100.0]).labels(vec![Span::raw("0"), Span::raw("50"), Span::raw("100 %")]));
    frame.render_widget(chart, area);
}
