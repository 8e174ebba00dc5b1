//! The analysis screen: which accounts carry the business, how regularly
//! they buy, the plan against actual, who is slipping away and why, and
//! how the accounts are worked. One tab at a time, drawn from the app's
//! kept data (no SQL here).

mod activity;
mod lost;
mod matrix;
mod pareto;
mod plan;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::theme;
use crate::app::App;
use crate::app::analysis::AnalysisTab;
use crate::app::mouse::Target;
use crate::domain::analysis::Basis;
use crate::{l10n, t};

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let state = &app.analysis;
    let basis = match state.basis {
        Basis::Sales => l10n::text("analysis-basis-sales"),
        Basis::Profit => l10n::text("analysis-basis-profit"),
    };
    let title = format!(" {} · {} · {} ", l10n::text("analysis-title"), state.period.label(app.today), basis);
    let block =
        Block::bordered().title(Span::styled(cut(&title, usize::from(area.width.saturating_sub(2))), theme::title()));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [tabs_area, body] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(inner);
    let tab_line = tabs(state.tab, tabs_area.width);
    super::targets::line(&tab_line, tabs_area, AnalysisTab::ALL.map(Target::AnalysisTab));
    frame.render_widget(Paragraph::new(tab_line), tabs_area);
    if let Some(error) = &state.error {
        frame
            .render_widget(Paragraph::new(Line::styled(error.clone(), theme::error())).wrap(Wrap { trim: true }), body);
        return;
    }
    match state.tab {
        AnalysisTab::Pareto => pareto::render(app, frame, body),
        AnalysisTab::Matrix => matrix::render(app, frame, body),
        AnalysisTab::Plan => plan::render(app, frame, body),
        AnalysisTab::Lost => lost::render(app, frame, body),
        AnalysisTab::Activity => activity::render(app, frame, body),
    }
}

/// "1 Pareto 2 Matrix …": full titles when they fit, else the digits
/// beside the current title.
fn tabs(current: AnalysisTab, width: u16) -> Line<'static> {
    let all: usize = AnalysisTab::ALL.iter().map(|t| t.title().width() + 3).sum();
    let full = all <= usize::from(width) + 1;
    let mut spans = Vec::new();
    for tab in AnalysisTab::ALL {
        let label =
            if full || tab == current { format!("{} {}", tab.number(), tab.title()) } else { tab.number().to_string() };
        let style = if tab == current { theme::selected().add_modifier(Modifier::BOLD) } else { theme::dim() };
        spans.push(Span::styled(label, style));
        spans.push(Span::raw(" "));
    }
    Line::from(spans)
}

pub(super) use super::{cut, cut_right as right};

/// An amount in hundredths as a table shows it: whole units, digits grouped.
pub(super) fn units(hundredths: i64) -> String {
    l10n::group_digits(l10n::whole_units(hundredths))
}

/// A fraction of 1 as a percentage: `42 %`.
pub(super) fn percent(fraction: f64) -> String {
    // + 0.0 turns a rounded -0 into 0: "-0 %" would read as a loss.
    t!("analysis-percent", value = format!("{:.0}", (fraction * 100.0).round() + 0.0))
}

/// A sentence for an empty tab, in the body's first lines.
pub(super) fn empty(frame: &mut Frame, area: Rect, text: &str) {
    frame.render_widget(Paragraph::new(Line::styled(text.to_string(), theme::dim())).wrap(Wrap { trim: true }), area);
}

/// A bar of `width` cells filled to `fraction` (of 1), with a mark where
/// the calendar stands (`pace`, of 1), in block characters.
pub(super) fn bar(fraction: f64, pace: Option<f64>, width: usize) -> String {
    let fraction = fraction.clamp(0.0, 1.0);
    let eighths = (fraction * width as f64 * 8.0).round() as usize;
    let mark = pace.map(|p| ((p.clamp(0.0, 1.0) * width as f64).round() as usize).min(width.saturating_sub(1)));
    let parts = [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];
    (0..width)
        .map(|i| {
            let filled = eighths.saturating_sub(i * 8).min(8);
            match filled {
                8 => "█",
                0 if mark == Some(i) => "│",
                0 => "·",
                n => parts[n],
            }
        })
        .collect()
}

/// The width of the widest of `texts`, at least `min`.
pub(super) fn widest<'a>(texts: impl IntoIterator<Item = &'a str>, min: usize) -> usize {
    texts.into_iter().map(UnicodeWidthStr::width).max().unwrap_or(0).max(min)
}
