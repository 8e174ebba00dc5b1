//! The HTML report's charts as inline SVG, drawn with plotters' SVG
//! backend: the Pareto curve with its cut-off, the ABC-XYZ matrix as a
//! coloured grid, plan against actual, losses per quarter stacked by
//! reason, contacts per channel. Names from the database are cleaned of
//! control characters here; plotters escapes `<`, `>` and `&`.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::data::{ActivityReport, ClassReport, LostReport, ParetoReport, PlanReport, money, percent};
use crate::domain::Choice;
use crate::domain::analysis::{Abc, LossReason, Xyz};
use crate::domain::text::clean_line;
use crate::l10n::text;

type Drawn = Result<(), Box<dyn std::error::Error>>;

const FONT: &str = "sans-serif";
const INK: RGBColor = RGBColor(0x22, 0x2b, 0x36);
const FAINT: RGBColor = RGBColor(0xe3, 0xe7, 0xec);
const MAIN: RGBColor = RGBColor(0x1f, 0x6f, 0xb2);
const ALERT: RGBColor = RGBColor(0xc0, 0x39, 0x2b);
/// One colour per loss reason (and the last for "no reason").
const REASONS: [RGBColor; 7] = [
    RGBColor(0x1f, 0x6f, 0xb2),
    RGBColor(0xe0, 0x8e, 0x0b),
    RGBColor(0x2e, 0x9e, 0x6b),
    RGBColor(0xc0, 0x39, 0x2b),
    RGBColor(0x8e, 0x5b, 0xb8),
    RGBColor(0x6b, 0x7a, 0x8a),
    RGBColor(0xa8, 0xb3, 0xbd),
];

/// An SVG of `size` drawn by `draw`; an empty string if plotters fails
/// (the tables beside each chart say the same).
fn svg(size: (u32, u32), draw: impl FnOnce(&DrawingArea<SVGBackend, plotters::coord::Shift>) -> Drawn) -> String {
    let mut out = String::new();
    let drawn = {
        let root = SVGBackend::with_string(&mut out, size).into_drawing_area();
        draw(&root).and_then(|()| Ok(root.present()?))
    };
    if drawn.is_err() {
        return String::new();
    }
    // Inline in HTML the namespace is implied: the file names no address.
    out.replace(" xmlns=\"http://www.w3.org/2000/svg\"", "").replacen("<svg ", "<svg role=\"img\" ", 1)
}

fn style(size: u32) -> TextStyle<'static> {
    TextStyle::from((FONT, size).into_font()).color(&INK)
}

fn label(text: &str, max: usize) -> String {
    crate::domain::text::truncate(&clean_line(text), max)
}

pub fn pareto(report: &ParetoReport) -> String {
    let n = report.accounts.len().max(1);
    svg((760, 340), |root| {
        root.fill(&WHITE)?;
        let mut chart = ChartBuilder::on(root)
            .margin(16)
            .x_label_area_size(40)
            .y_label_area_size(56)
            .build_cartesian_2d(0f64..n as f64, 0f64..1.0)?;
        chart
            .configure_mesh()
            .light_line_style(FAINT)
            .bold_line_style(FAINT)
            .axis_style(INK)
            .x_desc(text("report-axis-accounts"))
            .y_desc(text("report-axis-cumulative"))
            // Whole accounts only: a few accounts get one tick each, never "0 0 1 2 2".
            .x_labels(n.min(10) + 1)
            .x_label_formatter(&|v| format!("{v:.0}"))
            .y_label_formatter(&|v| format!("{:.0}%", v * 100.0))
            .label_style(style(14))
            .axis_desc_style(style(14))
            .draw()?;
        let curve =
            std::iter::once((0.0, 0.0)).chain(report.accounts.iter().map(|a| (a.rank as f64, a.cumulative_share)));
        chart.draw_series(LineSeries::new(curve, MAIN.stroke_width(3)))?;
        chart.draw_series(LineSeries::new([(0.0, report.cutoff), (n as f64, report.cutoff)], ALERT.stroke_width(2)))?;
        let above = report.accounts_above_line as f64;
        chart.draw_series(LineSeries::new([(above, 0.0), (above, 1.0)], ALERT.stroke_width(1)))?;
        let line = crate::t!("report-pareto-line", cutoff = percent(report.cutoff), above = report.accounts_above_line);
        let at = chart.backend_coord(&(above, report.cutoff));
        root.draw(&Text::new(
            line,
            (at.0 + 8, at.1 + 8),
            style(14).color(&ALERT).pos(Pos::new(HPos::Left, VPos::Top)),
        ))?;
        Ok(())
    })
}

pub fn matrix(report: &ClassReport) -> String {
    let (cell_w, cell_h, left, top) = (150i32, 70i32, 56i32, 34i32);
    let columns = [Some(Xyz::X), Some(Xyz::Y), Some(Xyz::Z), None];
    svg(((left + cell_w * 4 + 8) as u32, (top + cell_h * 3 + 8) as u32), |root| {
        root.fill(&WHITE)?;
        for (c, xyz) in columns.iter().enumerate() {
            let x = left + cell_w * c as i32 + cell_w / 2;
            let head = xyz.map_or(text("report-without-xyz"), |x| x.letter());
            root.draw(&Text::new(head, (x, top / 2), style(16).pos(Pos::new(HPos::Center, VPos::Center))))?;
        }
        for (r, abc) in Abc::ALL.iter().enumerate() {
            let y = top + cell_h * r as i32;
            root.draw(&Text::new(
                abc.letter(),
                (left / 2, y + cell_h / 2),
                style(18).pos(Pos::new(HPos::Center, VPos::Center)),
            ))?;
            for (c, xyz) in columns.iter().enumerate() {
                let cell = report.cell(*abc, *xyz).cloned();
                let (accounts, share) = cell.map_or((0, 0.0), |c| (c.accounts, c.share));
                let x = left + cell_w * c as i32;
                // The more of the sales a cell holds, the deeper its colour.
                let depth = share.clamp(0.0, 1.0).sqrt();
                let fill = RGBColor(
                    (0xf1 as f64 - depth * (0xf1 - 0x1f) as f64) as u8,
                    (0xf5 as f64 - depth * (0xf5 - 0x6f) as f64) as u8,
                    (0xf9 as f64 - depth * (0xf9 - 0xb2) as f64) as u8,
                );
                root.draw(&Rectangle::new([(x + 2, y + 2), (x + cell_w - 2, y + cell_h - 2)], fill.filled()))?;
                let ink = if depth > 0.55 { WHITE } else { INK };
                let code = format!("{}{}", abc.letter(), xyz.map_or("", |x| x.letter()));
                root.draw(&Text::new(
                    format!("{code}: {accounts}"),
                    (x + cell_w / 2, y + cell_h / 2 - 10),
                    style(16).color(&ink).pos(Pos::new(HPos::Center, VPos::Center)),
                ))?;
                root.draw(&Text::new(
                    percent(share),
                    (x + cell_w / 2, y + cell_h / 2 + 12),
                    style(14).color(&ink).pos(Pos::new(HPos::Center, VPos::Center)),
                ))?;
            }
        }
        Ok(())
    })
}

/// Horizontal bars: one row per item, a label on the left, the value's
/// share of the scale, and a text at the bar's end.
struct Bar {
    label: String,
    segments: Vec<(f64, RGBColor)>,
    end: String,
}

fn bars(rows: &[Bar], scale: f64, marker: Option<(f64, String)>, legend: &[(String, RGBColor)]) -> String {
    // The legend's line, then the marker's label below it: they never overlap.
    let legend_h = if legend.is_empty() { 0 } else { 22i32 };
    let marker_y = legend_h + 4;
    let top = legend_h + if marker.is_some() { 22 } else { 0 } + 6;
    let (left, right, row_h) = (230i32, 110i32, 26i32);
    let width = 760i32;
    let plot = width - left - right;
    let height = top + row_h * rows.len() as i32 + 8;
    svg((width as u32, height as u32), |root| {
        root.fill(&WHITE)?;
        let x_of = |v: f64| left + ((v / scale).clamp(0.0, 1.0) * f64::from(plot)) as i32;
        for (i, row) in rows.iter().enumerate() {
            let y = top + row_h * i as i32;
            root.draw(&Text::new(
                row.label.clone(),
                (left - 8, y + row_h / 2),
                style(13).pos(Pos::new(HPos::Right, VPos::Center)),
            ))?;
            root.draw(&Rectangle::new([(left, y + 4), (left + plot, y + row_h - 4)], FAINT.filled()))?;
            let mut from = 0.0;
            for (value, colour) in &row.segments {
                let to = from + value;
                if to > from {
                    root.draw(&Rectangle::new([(x_of(from), y + 4), (x_of(to), y + row_h - 4)], colour.filled()))?;
                }
                from = to;
            }
            root.draw(&Text::new(
                row.end.clone(),
                (left + plot + 8, y + row_h / 2),
                style(13).pos(Pos::new(HPos::Left, VPos::Center)),
            ))?;
        }
        let mut x = left;
        for (name, colour) in legend {
            root.draw(&Rectangle::new([(x, 6), (x + 12, 18)], colour.filled()))?;
            root.draw(&Text::new(name.clone(), (x + 18, 12), style(13).pos(Pos::new(HPos::Left, VPos::Center))))?;
            // The naive font measure: about 0.6 of the size per character.
            x += 18 + 8 * name.chars().count() as i32 + 24;
        }
        if let Some((at, label)) = &marker {
            let x = x_of(*at);
            root.draw(&PathElement::new(vec![(x, top - 4), (x, height - 4)], ALERT.stroke_width(2)))?;
            root.draw(&Text::new(
                label.clone(),
                (x, marker_y),
                style(13).color(&ALERT).pos(Pos::new(HPos::Center, VPos::Top)),
            ))?;
        }
        Ok(())
    })
}

/// Each objective's profit made against its expected profit, beside the
/// part of the year gone (one measure for every bar, named in the legend).
pub fn plan(report: &PlanReport) -> String {
    let rows: Vec<Bar> = report
        .objectives
        .iter()
        .filter_map(|o| {
            // Only where an expected profit is set and the sales record a profit.
            let done = o.actual_profit.and(o.profit_done)?;
            let name = if o.product.trim().is_empty() {
                label(&o.account, 30)
            } else {
                label(&format!("{} · {}", clean_line(&o.account), clean_line(&o.product)), 30)
            };
            let colour = if done + 1e-9 >= report.year_gone { MAIN } else { ALERT };
            Some(Bar { label: name, segments: vec![(done.max(0.0), colour)], end: percent(done) })
        })
        .collect();
    if rows.is_empty() {
        return String::new();
    }
    let marker = crate::t!("report-chart-pace", gone = percent(report.year_gone));
    let legend = [(text("report-chart-plan-profit").to_string(), MAIN)];
    bars(&rows, 1.0, Some((report.year_gone, marker)), &legend)
}

/// Lost and former accounts per quarter, stacked by reason, with a legend.
pub fn losses(report: &LostReport) -> String {
    let (quarters, reasons) = report.quarters_and_reasons();
    let colour = |r: Option<LossReason>| match r {
        Some(r) => REASONS[LossReason::ALL.iter().position(|x| *x == r).unwrap_or(5).min(5)],
        None => REASONS[6],
    };
    let most = quarters.iter().map(|q| reasons.iter().map(|r| report.count(q, *r)).sum::<usize>()).max().unwrap_or(1);
    let rows: Vec<Bar> = quarters
        .iter()
        .map(|q| Bar {
            label: q.clone(),
            segments: reasons.iter().map(|r| (report.count(q, *r) as f64, colour(*r))).collect(),
            end: reasons.iter().map(|r| report.count(q, *r)).sum::<usize>().to_string(),
        })
        .collect();
    let legend: Vec<(String, RGBColor)> =
        reasons.iter().map(|r| (r.map_or(text("report-reason-none"), |r| r.label()).to_string(), colour(*r))).collect();
    bars(&rows, most as f64, None, &legend)
}

pub fn channels(report: &ActivityReport) -> String {
    let most = report.by_channel.iter().map(|c| c.contacts).max().unwrap_or(0).max(1);
    let rows: Vec<Bar> = report
        .by_channel
        .iter()
        .map(|c| Bar {
            label: c.channel.label().to_string(),
            segments: vec![(f64::from(c.contacts), MAIN)],
            end: money(i64::from(c.contacts) * 100),
        })
        .collect();
    bars(&rows, f64::from(most), None, &[])
}

#[cfg(test)]
mod tests {
    use super::super::data::PlanRow;
    use super::*;
    use crate::l10n;

    #[test]
    fn bars_are_svg_without_an_address_and_escape_their_labels() {
        let rows = vec![Bar {
            label: label("<script>alert(1)</script>\u{1b}]0;X\u{7}", 60),
            segments: vec![(0.5, MAIN)],
            end: "50%".into(),
        }];
        let svg = bars(&rows, 1.0, None, &[]);
        assert!(svg.starts_with("<svg role=\"img\" "), "{svg}");
        assert!(!svg.contains("http"), "{svg}");
        assert!(svg.contains("&lt;script&gt;") && !svg.contains("<script>"), "{svg}");
        assert!(svg.contains("^[]0;X^G"), "{svg}");
    }

    #[test]
    fn the_plan_chart_draws_profit_only_and_says_so() {
        let _en = l10n::scoped(l10n::Language::English);
        let row = |account: &str, volume_done: Option<f64>, actual_profit: Option<f64>| PlanRow {
            objective_id: 1,
            account_id: 1,
            account: account.into(),
            product: String::new(),
            currency: None,
            planned_volume: "100".into(),
            planned_volume_number: Some(100.0),
            actual_volume: volume_done.map(|d| d * 100.0),
            volume_done,
            expected_profit: Some(1_000.0),
            actual_profit,
            profit_done: Some(0.25),
            actual_sales: 10_000.0,
            by_product: false,
            sales_hundredths: 1_000_000,
        };
        let report = PlanReport {
            report: "plan",
            year: 2026,
            year_gone: 0.9,
            objectives: vec![row("Volume and profit", Some(4.0), Some(250.0)), row("No profit", Some(0.5), None)],
            totals: Vec::new(),
        };
        let svg = plan(&report);
        assert!(svg.contains(text("report-chart-plan-profit")), "{svg}");
        assert!(svg.contains(&percent(0.25)), "the profit done: {svg}");
        assert!(!svg.contains(&percent(4.0)), "never the volume: {svg}");
        assert!(!svg.contains("No profit"), "no profit recorded: no bar: {svg}");
    }
}
