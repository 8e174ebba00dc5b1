//! The contact log, newest first, with the details of the selected touchpoint.

use super::{KEYS, date, empty_hint, fact, widest};
use crate::app::dossier::DossierState;
use crate::domain::{Channel, Choice, Outcome, Touchpoint};
use crate::ui::table::{Column, Main, fitted};
use crate::ui::theme;
use crate::{l10n, t};
use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Span;
use ratatui::widgets::{Block, Borders, Paragraph, TableState};

pub fn render(state: &DossierState, today: NaiveDate, frame: &mut Frame, area: Rect) {
    let d = &state.dossier;
    if d.touchpoints.is_empty() {
        let hint = t!("dossier-empty-touchpoints", key = KEYS[0]);
        return frame.render_widget(empty_hint(&hint, "l"), area);
    }
    let details_height = 7.min(area.height / 2);
    let [list, details] = Layout::vertical([Constraint::Fill(1), Constraint::Length(details_height)]).areas(area);
    // Wide enough for every label the column may hold, in this language.
    let channels = Channel::ALL.iter().map(|c| c.label());
    let outcomes = Outcome::ALL.iter().map(|o| o.label());
    let follow_ups = [l10n::text("dossier-followed"), l10n::text("dossier-done")].map(|s| format!("✓ {s}"));
    // On a narrow window (a phone) the outcome goes first, then the channel
    // (the details below show both), then the next step: the summary is
    // shortened last.
    let columns = vec![
        Column::fixed(l10n::text("dossier-col-date"), 10, 1),
        Column::fixed(l10n::text("dossier-col-channel"), widest(channels), 3),
        Column::fill(l10n::text("dossier-col-summary"), 1, 0),
        Column::fixed(l10n::text("dossier-col-outcome"), widest(outcomes), 4),
        Column::fixed(
            l10n::text("dossier-col-next-step"),
            widest(follow_ups.iter().map(String::as_str).chain(["! 0000-00-00"])),
            2,
        ),
    ];
    let rows = d
        .touchpoints
        .iter()
        .map(|t| {
            let (follow_up, style) = follow_up(t, today);
            vec![
                Span::raw(date(Some(t.date))),
                Span::raw(t.channel.label()),
                Span::raw(t.summary.lines().next().unwrap_or("").to_string()),
                Span::raw(t.outcome.map(|o| o.label()).unwrap_or("")),
                Span::styled(follow_up, style),
            ]
        })
        .collect();
    let table = fitted(columns, rows, (list.width, Main::Text, 1)).row_highlight_style(theme::selected());
    // Below the header row.
    let fit = usize::from(list.height.saturating_sub(1));
    let first = state.log_view.first_line(state.selected, fit, d.touchpoints.len());
    let mut table_state = TableState::default().with_offset(first).with_selected(Some(state.selected));
    frame.render_stateful_widget(table, list, &mut table_state);
    super::point_at_items(state, list, 1, table_state.offset());

    let Some(t) = d.touchpoints.get(state.selected) else {
        return;
    };
    let with: Vec<&str> = t.people.iter().filter_map(|id| d.person_name(*id)).collect();
    let time = t.time.map(|t| format!(" {}", t.format("%H:%M"))).unwrap_or_default();
    let mut lines = vec![
        fact(l10n::text("dossier-fact-when"), format!("{}{time} · {}", date(Some(t.date)), t.channel.label())),
        fact(l10n::text("dossier-fact-with"), if with.is_empty() { "—".to_string() } else { with.join(", ") }),
        fact(l10n::text("dossier-fact-summary"), t.summary.clone()),
    ];
    if let Some(outcome) = t.outcome {
        lines.push(fact(l10n::text("dossier-fact-outcome"), outcome.label().to_string()));
    }
    if !t.reason.is_empty() {
        lines.push(fact(l10n::text("dossier-fact-reason"), t.reason.clone()));
    }
    if !t.next_step.is_empty() {
        let done = match (t.next_step_done, t.followed_by) {
            (Some(d), Some(_)) => format!(" · {}", t!("dossier-followed-up-on", date = date(Some(d)))),
            (Some(d), None) => format!(" · {}", t!("dossier-done-on", date = date(Some(d)))),
            (None, _) => String::new(),
        };
        let step = t!("dossier-next-step-due", step = t.next_step.as_str(), date = date(t.next_step_due));
        lines.push(fact(l10n::text("dossier-fact-next-step"), format!("{step}{done}")));
    }
    let position = state.log_offset + state.selected + 1;
    let total = state.log_total.max(state.log_offset + d.touchpoints.len());
    let title = format!(" {} ", t!("dossier-touchpoint-title", position = position, total = total));
    let block = Block::new().borders(Borders::TOP).title(title);
    crate::ui::wrapped(frame, Paragraph::new(lines), block, details);
}

/// The next-step column: its due date, marked late, done, or followed (a
/// later contact was logged as its follow-up). Open until one of those, as
/// in the alert rules.
fn follow_up(t: &Touchpoint, today: NaiveDate) -> (String, Style) {
    match (t.next_step_due, t.next_step_done) {
        (_, Some(_)) if t.followed_by.is_some() => (format!("✓ {}", l10n::text("dossier-followed")), theme::good()),
        (_, Some(_)) if !t.next_step.is_empty() => (format!("✓ {}", l10n::text("dossier-done")), theme::good()),
        (Some(due), None) if due < today => (format!("! {}", date(Some(due))), theme::late()),
        (Some(due), None) => (date(Some(due)), Style::new()),
        _ => (String::new(), Style::new()),
    }
}
