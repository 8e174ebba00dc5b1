//! The Overview: the account's facts and the texts of its general information.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::fact;
use crate::app::dossier::{DossierState, OVERVIEW_PARTS, OverviewPart};
use crate::domain::format::group_digits;
use crate::domain::{Account, Choice};
use crate::ui::{date, theme};

pub fn render(state: &DossierState, frame: &mut Frame, area: Rect) {
    let account = &state.dossier.account;
    let constraints = OVERVIEW_PARTS.iter().enumerate().map(|(i, part)| match part {
        OverviewPart::Facts => Constraint::Length(7),
        OverviewPart::Text(_) if i == state.selected => Constraint::Min(3),
        OverviewPart::Text(_) => Constraint::Length(2),
    });
    let areas = Layout::vertical(constraints).split(area);
    for (i, (part, rect)) in OVERVIEW_PARTS.iter().zip(areas.iter()).enumerate() {
        let selected = i == state.selected;
        match part {
            OverviewPart::Facts => facts(account, selected, frame, *rect),
            OverviewPart::Text(text) => {
                let body = text.get(account);
                let heading = heading(text.title(), selected);
                let mut lines = vec![heading];
                if body.trim().is_empty() {
                    lines.push(Line::styled("  (empty: select it and press e)", theme::dim()));
                } else {
                    lines.extend(body.lines().map(|l| Line::raw(format!("  {l}"))));
                }
                frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), *rect);
            }
        }
    }
}

fn heading(title: &str, selected: bool) -> Line<'static> {
    let style = if selected { theme::selected() } else { theme::header() };
    let marker = if selected { "▶ " } else { "  " };
    Line::from(vec![Span::raw(marker), Span::styled(title.to_string(), style)])
}

fn facts(account: &Account, selected: bool, frame: &mut Frame, area: Rect) {
    let [title, body] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
    frame.render_widget(Paragraph::new(heading("Facts (e to edit)", selected)), title);
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).spacing(1).areas(body);
    let or_dash = |s: &str| {
        if s.is_empty() { "—".to_string() } else { s.to_string() }
    };
    let number = |n: Option<i64>| n.map(group_digits).unwrap_or_else(|| "—".into());
    let since = match account.cooperation_start {
        Some(d) => format!("{}", d.format("%Y-%m-%d")),
        None => "—".into(),
    };
    let left_lines = vec![
        fact("  Type", account.client_type.label()),
        fact("  Status", account.status.label()),
        fact("  Level", format!("{} → {}", account.level_now.label(), account.level_target.label())),
        fact("  Industry", or_dash(&account.industry)),
        fact("  Region", or_dash(&account.region)),
    ];
    let right_lines = vec![
        fact("Annual sales", number(account.annual_sales)),
        fact("Headcount", number(account.headcount.map(i64::from))),
        fact("Cooperation since", since),
        fact("Contact every", account.contact_every_days.map_or("type's standard".into(), |d| format!("{d} days"))),
        fact("In keyplan since", date(Some(account.created_on))),
    ];
    frame.render_widget(Paragraph::new(left_lines), left);
    frame.render_widget(Paragraph::new(right_lines), right);
}
