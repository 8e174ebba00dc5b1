//! People (the decision-making map) and competitors: a table and the details
//! of the selected entry.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Table, TableState, Wrap};

use super::{KEYS, date, empty_hint, fact, widest};
use crate::app::dossier::DossierState;
use crate::domain::analysis::activity::{counts_for_coverage, uncovered};
use crate::domain::{Attitude, BirthDate, BuyingRole, Choice};
use crate::ui::theme;
use crate::{l10n, t};

fn label<T: Choice>(value: Option<T>) -> String {
    value.map(|v| v.label().to_string()).unwrap_or_default()
}

/// Splits the area into a list and a details pane below it.
fn split(area: Rect, rows: usize) -> [Rect; 2] {
    let rows = u16::try_from(rows).unwrap_or(u16::MAX).saturating_add(1);
    let list = rows.clamp(2, area.height.saturating_sub(6).max(2));
    Layout::vertical([Constraint::Length(list), Constraint::Fill(1)]).areas(area)
}

pub fn render_people(state: &DossierState, today: chrono::NaiveDate, frame: &mut Frame, area: Rect) {
    let d = &state.dossier;
    if d.people.is_empty() {
        let hint = t!("dossier-empty-people", key = KEYS[0]);
        return frame.render_widget(empty_hint(&hint, "n"), area);
    }
    let [list, details] = split(area, d.people.len());
    let extra = &state.extra;
    let rows = d.people.iter().map(|p| {
        let last = extra.last_contacts.get(&p.id).copied();
        // Decision makers and influencers not contacted within the standard are marked.
        let uncovered = counts_for_coverage(p.role) && uncovered(last, extra.standard, today);
        let last_cell = if uncovered {
            Cell::from(format!("!{}", date(last))).style(theme::late())
        } else {
            Cell::from(date(last))
        };
        let attitude_style = match p.attitude {
            Some(Attitude::Supporter) => theme::good(),
            Some(Attitude::Opponent) => theme::late(),
            _ => ratatui::style::Style::new(),
        };
        Row::new(vec![
            Cell::from(p.name.clone()),
            Cell::from(p.job_title.clone()),
            Cell::from(label(p.role)),
            Cell::from(p.influence.map(|i| "●".repeat(i as usize)).unwrap_or_default()),
            Cell::from(label(p.attitude)).style(attitude_style),
            last_cell,
        ])
    });
    let headers = [
        l10n::text("dossier-col-name"),
        l10n::text("dossier-col-job-title"),
        l10n::text("dossier-col-role"),
        l10n::text("dossier-col-influence"),
        l10n::text("dossier-col-attitude"),
        l10n::text("analysis-people-last-contact"),
    ];
    // Wide enough for every label the column may hold, in this language.
    let widths = [
        Constraint::Fill(2),
        Constraint::Fill(2),
        Constraint::Length(widest(BuyingRole::ALL.iter().map(|r| r.label()).chain([headers[2]]))),
        Constraint::Length(widest(["●●●●●", headers[3]])),
        Constraint::Length(widest(Attitude::ALL.iter().map(|a| a.label()).chain([headers[4]]))),
        Constraint::Length(widest(["!2026-12-31", headers[5]])),
    ];
    let header = Row::new(headers).style(theme::header());
    let table = Table::new(rows, widths).header(header).row_highlight_style(theme::selected());
    let mut table_state = TableState::default().with_selected(Some(state.selected));
    frame.render_stateful_widget(table, list, &mut table_state);
    super::point_at_items(state, list, 1, table_state.offset());

    let Some(p) = d.people.get(state.selected) else {
        return;
    };
    let boss = p.reports_to.and_then(|id| d.person_name(id)).unwrap_or("—");
    let last = state.extra.last_contacts.get(&p.id).copied();
    let mut contact = date(last);
    if counts_for_coverage(p.role)
        && uncovered(last, state.extra.standard, today)
        && let Some(standard) = state.extra.standard
    {
        contact = format!("{contact} · {}", t!("analysis-people-uncovered", days = standard.max_days));
    }
    let lines = vec![
        fact(l10n::text("analysis-people-last-contact"), contact),
        fact(l10n::text("dossier-fact-reports-to"), boss),
        fact(l10n::text("dossier-fact-prefers"), label(p.channel)),
        fact(l10n::text("dossier-fact-phone"), p.phone.clone()),
        fact(l10n::text("dossier-fact-email"), p.email.clone()),
        fact(l10n::text("dossier-fact-birthday"), p.birthday.map_or_else(|| date(None), BirthDate::shown)),
        fact(l10n::text("dossier-fact-notes"), p.notes.clone()),
    ];
    let block = Block::new().borders(Borders::TOP).title(format!(" {} ", p.name));
    frame.render_widget(Paragraph::new(lines).block(block).wrap(Wrap { trim: false }), details);
}

pub fn render_competitors(state: &DossierState, frame: &mut Frame, area: Rect) {
    let d = &state.dossier;
    if d.competitors.is_empty() {
        let hint = t!("dossier-empty-competitors", key = KEYS[0]);
        return frame.render_widget(empty_hint(&hint, "n"), area);
    }
    let [list, details] = split(area, d.competitors.len());
    let rows = d.competitors.iter().map(|c| Row::new(vec![c.name.clone(), c.position.clone()]));
    let header = Row::new([l10n::text("dossier-col-competitor"), l10n::text("dossier-col-their-position")])
        .style(theme::header());
    let table = Table::new(rows, [Constraint::Fill(1), Constraint::Fill(2)])
        .header(header)
        .row_highlight_style(theme::selected());
    let mut table_state = TableState::default().with_selected(Some(state.selected));
    frame.render_stateful_widget(table, list, &mut table_state);
    super::point_at_items(state, list, 1, table_state.offset());

    let Some(c) = d.competitors.get(state.selected) else {
        return;
    };
    let lines: Vec<Line> = vec![
        fact(l10n::text("dossier-fact-position"), c.position.clone()),
        fact(l10n::text("dossier-fact-strengths"), c.strengths.clone()),
        fact(l10n::text("dossier-fact-weaknesses"), c.weaknesses.clone()),
    ];
    let block = Block::new().borders(Borders::TOP).title(format!(" {} ", c.name));
    frame.render_widget(Paragraph::new(lines).block(block).wrap(Wrap { trim: false }), details);
}
