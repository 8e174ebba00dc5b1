//! Implementation: this year's objectives and the milestones that review them.

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Span;
use ratatui::widgets::{Block, Borders, Paragraph, TableState, Wrap};
use unicode_width::UnicodeWidthStr;

use super::{KEYS, date, empty_hint, fact};
use crate::app::dossier::DossierState;
use crate::app::mouse::Target;
use crate::domain::format::group_digits;
use crate::ui::table::{Column, Main, fitted};
use crate::ui::theme;
use crate::{l10n, t};

pub fn render(state: &DossierState, today: NaiveDate, frame: &mut Frame, area: Rect) {
    let d = &state.dossier;
    // The selected entry in full below the tables: their columns cut long texts.
    let details_height = if d.objectives.is_empty() && d.milestones.is_empty() { 0 } else { 7.min(area.height / 3) };
    let [area, details_area] = Layout::vertical([Constraint::Fill(1), Constraint::Length(details_height)]).areas(area);
    frame.render_widget(details(state), details_area);
    // At least three rows when there is room, never more than half: `clamp`
    // would panic on a short window, where half is less than three.
    let objectives_height = (d.objectives.len() as u16).saturating_add(2).max(3).min(area.height / 2);
    let [top, bottom] = Layout::vertical([Constraint::Length(objectives_height), Constraint::Fill(1)]).areas(area);
    let selected = state.selected;
    let in_objectives = selected < d.objectives.len();

    let title = format!(" {} ", l10n::text("dossier-objectives-title"));
    let block = Block::new().borders(Borders::TOP).title(Span::styled(title, theme::title()));
    if d.objectives.is_empty() {
        let hint = t!("dossier-empty-objectives", key = KEYS[0]);
        frame.render_widget(empty_hint(&hint, "n").block(block), top);
    } else {
        let rows = d
            .objectives
            .iter()
            .map(|o| {
                vec![
                    Span::raw(o.year.to_string()),
                    Span::raw(o.product.clone()),
                    Span::raw(o.planned_volume.clone()),
                    Span::raw(o.expected_profit.map(group_digits).unwrap_or_default()),
                    Span::raw(o.resources.clone()),
                ]
            })
            .collect();
        // On a narrow window the resources go first, then the profit and the
        // volume (the details below show them): the product is shortened last.
        let columns = vec![
            Column::fixed(l10n::text("dossier-col-year"), 4, 1),
            Column::fill(l10n::text("dossier-col-product"), 2, 0),
            Column::fixed(l10n::text("dossier-col-volume"), 12, 2),
            Column::fixed(l10n::text("dossier-col-profit"), 12, 3),
            Column::fill(l10n::text("dossier-col-resources"), 1, 4),
        ];
        let table =
            fitted(columns, rows, (top.width, Main::Text, 1)).block(block).row_highlight_style(theme::selected());
        let mut table_state = TableState::default().with_selected(in_objectives.then_some(selected));
        frame.render_stateful_widget(table, top, &mut table_state);
        // Below the border and the header; objectives come first in the list.
        let shown = |i: usize| (i < d.objectives.len()).then(|| state.item_at(i)).flatten().map(Target::Item);
        crate::ui::targets::table(top, 2, table_state.offset(), shown);
    }

    let title = format!(" {} ", l10n::text("dossier-milestones-title"));
    let block = Block::new().borders(Borders::TOP).title(Span::styled(title, theme::title()));
    if d.milestones.is_empty() {
        let hint = t!("dossier-empty-milestones", key = KEYS[0]);
        frame.render_widget(empty_hint(&hint, "n").block(block), bottom);
        return;
    }
    let rows = d
        .milestones
        .iter()
        .map(|m| {
            let (mark, style) = match m.done {
                Some(_) => ("✓", theme::good()),
                None if m.due < today => ("!", theme::late()),
                None => (" ", Style::new()),
            };
            vec![
                Span::styled(mark, style),
                Span::styled(date(Some(m.due)), style),
                Span::raw(m.title.clone()),
                Span::raw(m.done.map(|d| t!("dossier-done-on", date = date(Some(d)))).unwrap_or_default()),
                Span::raw(m.note.clone()),
            ]
        })
        .collect();
    // Every date is ten characters wide, whatever the language.
    let done_width = t!("dossier-done-on", date = "0".repeat(10)).width();
    // On a narrow window the note goes first, then when it was done (the
    // mark says it is): the milestone is shortened last.
    let columns = vec![
        Column::fixed("", 1, 1),
        Column::fixed(l10n::text("dossier-col-due"), 10, 1),
        Column::fill(l10n::text("dossier-col-milestone"), 2, 0),
        Column::fixed("", u16::try_from(done_width).unwrap_or(u16::MAX), 3),
        Column::fill(l10n::text("dossier-col-note"), 1, 4),
    ];
    let table =
        fitted(columns, rows, (bottom.width, Main::Text, 1)).block(block).row_highlight_style(theme::selected());
    let milestone = selected.checked_sub(d.objectives.len()).filter(|_| !in_objectives);
    let mut table_state = TableState::default().with_selected(milestone);
    frame.render_stateful_widget(table, bottom, &mut table_state);
    let objectives = d.objectives.len();
    crate::ui::targets::table(bottom, 2, table_state.offset(), |i| state.item_at(objectives + i).map(Target::Item));
}

/// One objective against what was sold in its year.
fn plan_actual(state: &DossierState, id: crate::domain::ObjectiveId) -> ratatui::text::Line<'static> {
    let units = |h: i64| l10n::group_digits(l10n::whole_units(h));
    let Some(line) = state.extra.plan.iter().find(|l| l.objective.id == id) else {
        return ratatui::text::Line::default();
    };
    let (made, planned, done) = match line.profit {
        Some(p) => {
            (units(p.actual), units(p.planned), p.done.map_or_else(|| "—".into(), |d| format!("{:.0} %", d * 100.0)))
        }
        None => ("—".into(), "—".into(), "—".into()),
    };
    let volume = line.volume.map_or_else(|| "—".into(), |v| format!("{} / {}", units(v.actual), units(v.planned)));
    fact(
        l10n::text("analysis-plan-actual-title"),
        t!(
            "analysis-plan-actual-line",
            year = line.objective.year.to_string(),
            made = made,
            planned = planned,
            done = done,
            volume = volume,
            sales = units(line.actual.amount)
        ),
    )
}

/// The selected objective or milestone, every field whole.
fn details(state: &DossierState) -> Paragraph<'static> {
    let d = &state.dossier;
    let or_dash = |s: &str| if s.trim().is_empty() { "—".to_string() } else { s.to_string() };
    let (title, lines) = match (d.objectives.get(state.selected), state.selected.checked_sub(d.objectives.len())) {
        (Some(o), _) => (
            format!(" {} ", t!("dossier-objective-title", year = o.year.to_string())),
            vec![
                fact(l10n::text("dossier-fact-product"), o.product.clone()),
                fact(l10n::text("dossier-fact-volume"), or_dash(&o.planned_volume)),
                fact(
                    l10n::text("dossier-fact-expected-profit"),
                    o.expected_profit.map_or_else(|| "—".into(), l10n::money),
                ),
                fact(l10n::text("dossier-fact-resources"), or_dash(&o.resources)),
                plan_actual(state, o.id),
            ],
        ),
        (None, Some(i)) if i < d.milestones.len() => {
            let m = &d.milestones[i];
            let done =
                m.done.map(|d| format!(" · {}", t!("dossier-done-on", date = date(Some(d))))).unwrap_or_default();
            (
                format!(" {} ", l10n::text("dossier-milestone-title")),
                vec![
                    fact(l10n::text("dossier-fact-due"), format!("{}{done}", date(Some(m.due)))),
                    fact(l10n::text("dossier-fact-milestone"), m.title.clone()),
                    fact(l10n::text("dossier-fact-note"), or_dash(&m.note)),
                ],
            )
        }
        _ => (String::new(), Vec::new()),
    };
    Paragraph::new(lines).block(Block::new().borders(Borders::TOP).title(title)).wrap(Wrap { trim: false })
}
