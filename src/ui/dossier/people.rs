//! People (the decision-making map) and competitors: a table and the details
//! of the selected entry.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, TableState};

use super::{KEYS, date, empty_hint, fact, widest};
use crate::app::dossier::DossierState;
use crate::domain::analysis::activity::{counts_for_coverage, uncovered};
use crate::domain::{Attitude, BirthDate, BuyingRole, Choice};
use crate::ui::table::{Column, Main, fitted};
use crate::ui::{cut, theme};
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
    let rows = d
        .people
        .iter()
        .map(|p| {
            let last = extra.last_contacts.get(&p.id).copied();
            // Decision makers and influencers not contacted within the standard are marked.
            let uncovered = counts_for_coverage(p.role) && uncovered(last, extra.standard, today);
            let last_cell =
                if uncovered { Span::styled(format!("!{}", date(last)), theme::late()) } else { Span::raw(date(last)) };
            let attitude_style = match p.attitude {
                Some(Attitude::Supporter) => theme::good(),
                Some(Attitude::Opponent) => theme::late(),
                _ => ratatui::style::Style::new(),
            };
            vec![
                Span::raw(p.name.clone()),
                Span::raw(p.job_title.clone()),
                Span::raw(label(p.role)),
                Span::raw(p.influence.map(|i| "●".repeat(i as usize)).unwrap_or_default()),
                Span::styled(label(p.attitude), attitude_style),
                last_cell,
            ]
        })
        .collect();
    // Wide enough for every label the column may hold, in this language.
    // On a narrow window (a phone) the influence goes first, then the job
    // title, the attitude and the role (the details below show the rest):
    // the name is shortened last.
    let columns = vec![
        Column::fill(l10n::text("dossier-col-name"), 2, 0),
        Column::fill(l10n::text("dossier-col-job-title"), 2, 5),
        Column::fixed(l10n::text("dossier-col-role"), widest(BuyingRole::ALL.iter().map(|r| r.label())), 3),
        Column::fixed(l10n::text("dossier-col-influence"), widest(["●●●●●"]), 6),
        Column::fixed(l10n::text("dossier-col-attitude"), widest(Attitude::ALL.iter().map(|a| a.label())), 4),
        Column::fixed(l10n::text("analysis-people-last-contact"), widest(["!2026-12-31"]), 2),
    ];
    let table = fitted(columns, rows, (list.width, Main::Name, 1)).row_highlight_style(theme::selected());
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
    let block = Block::new().borders(Borders::TOP).title(cut(&format!(" {} ", p.name), usize::from(details.width)));
    crate::ui::wrapped(frame, Paragraph::new(lines), block, details);
}

pub fn render_competitors(state: &DossierState, frame: &mut Frame, area: Rect) {
    let d = &state.dossier;
    if d.competitors.is_empty() {
        let hint = t!("dossier-empty-competitors", key = KEYS[0]);
        return frame.render_widget(empty_hint(&hint, "n"), area);
    }
    let [list, details] = split(area, d.competitors.len());
    let rows = d.competitors.iter().map(|c| vec![Span::raw(c.name.clone()), Span::raw(c.position.clone())]).collect();
    let columns = vec![
        Column::fill(l10n::text("dossier-col-competitor"), 1, 0),
        Column::fill(l10n::text("dossier-col-their-position"), 2, 1),
    ];
    let table = fitted(columns, rows, (list.width, Main::Name, 1)).row_highlight_style(theme::selected());
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
    let block = Block::new().borders(Borders::TOP).title(cut(&format!(" {} ", c.name), usize::from(details.width)));
    crate::ui::wrapped(frame, Paragraph::new(lines), block, details);
}
