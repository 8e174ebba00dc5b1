//! Sales: the account's history month by month, newest first, with bars.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Row, Table, TableState};
use unicode_width::UnicodeWidthStr;

use super::{KEYS, with_keys};
use crate::app::dossier::DossierState;
use crate::ui::theme;
use crate::{l10n, t};

fn units(hundredths: i64) -> String {
    l10n::group_digits(l10n::whole_units(hundredths))
}

use crate::ui::{cut, cut_right as right};

pub fn render(state: &DossierState, frame: &mut Frame, area: Rect) {
    let account = &state.dossier.account;
    let months = &state.extra.months;
    if months.is_empty() {
        let hint = t!("analysis-dossier-sales-empty", key = KEYS[0]);
        return frame.render_widget(
            Paragraph::new(with_keys(&hint, &["n"], theme::dim())).wrap(ratatui::widgets::Wrap { trim: true }),
            area,
        );
    }
    let [head, body] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
    // Its own currency, else the settings' default; "none" leaves it out.
    let currency = account
        .currency
        .clone()
        .or_else(|| l10n::currency().map(|c| c.code().to_string()))
        .unwrap_or_else(|| "none".to_string());
    let year: i64 = months.iter().take(12).map(|m| m.amount).sum();
    let headline = t!("analysis-dossier-sales-headline", currency = currency, total = units(year), key = KEYS[0]);
    frame.render_widget(
        Paragraph::new(crate::ui::cut_line(with_keys(&headline, &["n"], theme::dim()), usize::from(head.width))),
        head,
    );

    let width = usize::from(body.width);
    let has_profit = months.iter().any(|m| m.profit.is_some());
    let has_volume = months.iter().any(|m| m.volume.is_some());
    let has_products = months.iter().any(|m| !m.products.is_empty());
    let h_amount = l10n::text("analysis-col-sales");
    let h_profit = l10n::text("analysis-col-profit");
    let h_volume = l10n::text("analysis-col-volume");
    let widest_of = |f: &dyn Fn(&crate::app::dossier::SalesMonth) -> Option<i64>, header: &str| {
        months.iter().filter_map(f).map(|v| units(v).width()).max().unwrap_or(0).max(header.width())
    };
    let amount_w = widest_of(&|m| Some(m.amount), h_amount);
    let profit_w = widest_of(&|m| m.profit, h_profit);
    let volume_w = widest_of(&|m| m.volume, h_volume);
    // Columns go before the bars shrink below ten: products, volume, profit.
    let mut show_products = has_products;
    let mut show_volume = has_volume;
    let mut show_profit = has_profit;
    let used = |p: bool, v: bool, pr: bool| {
        7 + 1
            + amount_w
            + 1
            + if pr { profit_w + 1 } else { 0 }
            + if v { volume_w + 1 } else { 0 }
            + if p { 12 } else { 0 }
    };
    for step in 0..3 {
        if width.saturating_sub(used(show_products, show_volume, show_profit)) >= 10 {
            break;
        }
        match step {
            0 => show_products = false,
            1 => show_volume = false,
            _ => show_profit = false,
        }
    }
    let rest = width.saturating_sub(used(show_products, show_volume, show_profit));
    let (bar_w, products_w) = if show_products { (rest / 2 + 5, rest - rest / 2 + 6) } else { (rest, 0) };
    let largest = months.iter().map(|m| m.amount).max().unwrap_or(0).max(1);

    let fit = usize::from(body.height.saturating_sub(1)).max(1);
    let first = state.log_view.first_line(state.selected, fit, months.len());
    let rows: Vec<Row> = months
        .iter()
        .skip(first)
        .take(fit)
        .map(|m| {
            let filled =
                if m.amount > 0 { ((m.amount as f64 / largest as f64) * bar_w as f64).round() as usize } else { 0 };
            let mut cells = vec![
                Line::raw(m.month.to_string()),
                Line::styled("█".repeat(filled.min(bar_w)), if m.amount < 0 { theme::late() } else { theme::good() }),
                Line::raw(right(&units(m.amount), amount_w)),
            ];
            if show_profit {
                cells.push(Line::raw(right(&m.profit.map(units).unwrap_or_default(), profit_w)));
            }
            if show_volume {
                cells.push(Line::raw(right(&m.volume.map(units).unwrap_or_default(), volume_w)));
            }
            if show_products {
                cells.push(Line::raw(cut(&m.products.join(", "), products_w)));
            }
            Row::new(cells)
        })
        .collect();
    let mut header = vec![l10n::text("analysis-col-month").to_string(), String::new(), right(h_amount, amount_w)];
    let mut widths = vec![Constraint::Length(7), Constraint::Length(bar_w as u16), Constraint::Length(amount_w as u16)];
    if show_profit {
        header.push(right(h_profit, profit_w));
        widths.push(Constraint::Length(profit_w as u16));
    }
    if show_volume {
        header.push(right(h_volume, volume_w));
        widths.push(Constraint::Length(volume_w as u16));
    }
    if show_products {
        header.push(cut(l10n::text("analysis-col-products"), products_w));
        widths.push(Constraint::Length(products_w as u16));
    }
    let table = Table::new(rows, widths)
        .header(Row::new(header).style(theme::header()))
        .column_spacing(1)
        .row_highlight_style(theme::selected());
    let mut table_state = TableState::default().with_selected(Some(state.selected.saturating_sub(first)));
    frame.render_stateful_widget(table, body, &mut table_state);
    let _ = Span::raw("");
}
