//! Implementation: this year's objectives and the milestones that review them.

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Span;
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Table, TableState, Wrap};
use unicode_width::UnicodeWidthStr;

use super::{KEYS, date, empty_hint, fact};
use crate::app::dossier::DossierState;
use crate::app::mouse::Target;
use crate::domain::format::group_digits;
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
        let rows = d.objectives.iter().map(|o| {
            Row::new(vec![
                Cell::from(o.year.to_string()),
                Cell::from(o.product.clone()),
                Cell::from(o.planned_volume.clone()),
                Cell::from(o.expected_profit.map(group_digits).unwrap_or_default()),
                Cell::from(o.resources.clone()),
            ])
        });
        let headers = [
            l10n::text("dossier-col-year"),
            l10n::text("dossier-col-product"),
            l10n::text("dossier-col-volume"),
            l10n::text("dossier-col-profit"),
            l10n::text("dossier-col-resources"),
        ];
        let widths = [
            Constraint::Length(at_least(4, headers[0])),
            Constraint::Fill(2),
            Constraint::Length(at_least(12, headers[2])),
            Constraint::Length(at_least(12, headers[3])),
            Constraint::Fill(1),
        ];
        let header = Row::new(headers).style(theme::header());
        let table = Table::new(rows, widths).header(header).block(block).row_highlight_style(theme::selected());
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
    let rows = d.milestones.iter().map(|m| {
        let (mark, style) = match m.done {
            Some(_) => ("✓", theme::good()),
            None if m.due < today => ("!", theme::late()),
            None => (" ", Style::new()),
        };
        Row::new(vec![
            Cell::from(Span::styled(mark, style)),
            Cell::from(Span::styled(date(Some(m.due)), style)),
            Cell::from(m.title.clone()),
            Cell::from(m.done.map(|d| t!("dossier-done-on", date = date(Some(d)))).unwrap_or_default()),
            Cell::from(m.note.clone()),
        ])
    });
    let due = l10n::text("dossier-col-due");
    // Every date is ten characters wide, whatever the language.
    let done_width = t!("dossier-done-on", date = "0".repeat(10)).width();
    let widths = [
        Constraint::Length(1),
        Constraint::Length(at_least(10, due)),
        Constraint::Fill(2),
        Constraint::Length(u16::try_from(done_width).unwrap_or(u16::MAX)),
        Constraint::Fill(1),
    ];
    let header = Row::new(["", due, l10n::text("dossier-col-milestone"), "", l10n::text("dossier-col-note")])
        .style(theme::header());
    let table = Table::new(rows, widths).header(header).block(block).row_highlight_style(theme::selected());
    let milestone = selected.checked_sub(d.objectives.len()).filter(|_| !in_objectives);
    let mut table_state = TableState::default().with_selected(milestone);
    frame.render_stateful_widget(table, bottom, &mut table_state);
    let objectives = d.objectives.len();
    crate::ui::targets::table(bottom, 2, table_state.offset(), |i| state.item_at(objectives + i).map(Target::Item));
}

/// A column's width: `width`, or its heading's when that is wider.
fn at_least(width: u16, heading: &str) -> u16 {
    width.max(u16::try_from(heading.width()).unwrap_or(u16::MAX))
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
