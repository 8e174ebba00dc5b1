//! ABC-XYZ: the 3x3 matrix with the count and share of sales in each
//! cell, the accounts without an XYZ class beside it; Enter lists a cell.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Cell, Paragraph, Row, Table, TableState, Wrap};
use unicode_width::UnicodeWidthStr;

use super::{cut, percent, right, units, widest};
use crate::app::App;
use crate::app::analysis::{CellAt, Listed};
use crate::domain::analysis::{Abc, Xyz};
use crate::ui::theme;
use crate::{l10n, t};

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let state = &app.analysis;
    let Some(analysis) = &state.sales else { return };
    if analysis.pareto.rows.is_empty() {
        return super::empty(frame, area, l10n::text("analysis-empty-sales"));
    }
    if let Some(list) = &state.listing {
        return listing(app, list, frame, area);
    }
    let matrix = &analysis.classes.matrix;
    let [grid_area, notes_area] = Layout::vertical([Constraint::Length(11), Constraint::Fill(1)]).areas(area);
    let label_w = 3u16;
    let col_w = (grid_area.width.saturating_sub(label_w + 4) / 4).max(6);
    let headers = [
        l10n::text("analysis-xyz-x"),
        l10n::text("analysis-xyz-y"),
        l10n::text("analysis-xyz-z"),
        l10n::text("analysis-xyz-none"),
    ];
    let header =
        Row::new(std::iter::once(Cell::from("")).chain(headers.iter().map(|h| Cell::from(cut(h, usize::from(col_w))))))
            .style(theme::header());
    let rows: Vec<Row> = Abc::ALL
        .iter()
        .enumerate()
        .map(|(a, abc)| {
            let cells = (0..4).map(|x| {
                let cell = match Xyz::ALL.get(x) {
                    Some(xyz) => matrix.cell(*abc, *xyz),
                    None => matrix.without_xyz[a],
                };
                let here = state.cell == CellAt { abc: a, xyz: x };
                let style = if here {
                    theme::selected()
                } else if cell.accounts == 0 {
                    theme::dim()
                } else {
                    Style::new()
                };
                let count = t!("analysis-matrix-accounts", count = cell.accounts);
                Cell::from(Text::from(vec![
                    Line::raw(cut(&count, usize::from(col_w))),
                    Line::raw(cut(&percent(cell.share), usize::from(col_w))),
                    Line::raw(""),
                ]))
                .style(style)
            });
            Row::new(std::iter::once(Cell::from(Span::styled(abc.letter(), theme::title()))).chain(cells)).height(3)
        })
        .collect();
    let widths = [Constraint::Length(label_w)].into_iter().chain([Constraint::Length(col_w); 4]);
    let table = Table::new(rows, widths).header(header.bottom_margin(1)).column_spacing(1);
    frame.render_widget(table, grid_area);
    // The currency first: the matrix holds one currency's accounts.
    let currency = super::pareto::currency_note(analysis).map(|note| Line::styled(note, theme::title()));
    let notes: Vec<Line> = currency
        .into_iter()
        .chain([Line::styled(
            t!("analysis-matrix-unclassified", count = matrix.unclassified + analysis.without_history),
            theme::dim(),
        )])
        .chain([Line::styled(
            t!(
                "analysis-matrix-rules",
                a = percent(app.settings.analysis.abc_a),
                b = percent(app.settings.analysis.abc_b),
                x = percent(app.settings.analysis.xyz_x),
                y = percent(app.settings.analysis.xyz_y)
            ),
            theme::dim(),
        )])
        .collect();
    frame.render_widget(Paragraph::new(notes).wrap(Wrap { trim: true }), notes_area);
}

/// The accounts of the chosen cell, largest first; Enter opens one.
fn listing(app: &App, list: &[Listed], frame: &mut Frame, area: Rect) {
    let state = &app.analysis;
    let code = format!("{}{}", state.cell.abc().letter(), state.cell.xyz().map_or("·", Xyz::letter));
    let [head, body] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
    let title = t!("analysis-matrix-listing", class = code, count = list.len());
    frame.render_widget(Paragraph::new(Line::styled(title, theme::title())), head);
    if list.is_empty() {
        return super::empty(frame, body, l10n::text("analysis-matrix-empty-cell"));
    }
    let amount_w = widest(list.iter().map(|l| units(l.amount)).collect::<Vec<_>>().iter().map(String::as_str), 6)
        .max(l10n::text("analysis-col-sales").width());
    let share_w = widest([l10n::text("analysis-col-share")], 5);
    let name_w = usize::from(body.width).saturating_sub(amount_w + share_w + 2).max(4);
    let fit = usize::from(body.height.saturating_sub(1)).max(1);
    let first = state.view.first_line(state.listing_selected, fit, list.len());
    let rows: Vec<Row> = list
        .iter()
        .skip(first)
        .take(fit)
        .map(|l| {
            Row::new(vec![cut(&l.name, name_w), right(&units(l.amount), amount_w), right(&percent(l.share), share_w)])
        })
        .collect();
    let header = Row::new(vec![
        cut(l10n::text("analysis-col-account"), name_w),
        right(l10n::text("analysis-col-sales"), amount_w),
        right(l10n::text("analysis-col-share"), share_w),
    ])
    .style(theme::header());
    let widths =
        [Constraint::Length(name_w as u16), Constraint::Length(amount_w as u16), Constraint::Length(share_w as u16)];
    let table = Table::new(rows, widths).header(header).column_spacing(1).row_highlight_style(theme::selected());
    let mut table_state = TableState::default().with_selected(Some(state.listing_selected - first));
    frame.render_stateful_widget(table, body, &mut table_state);
}
