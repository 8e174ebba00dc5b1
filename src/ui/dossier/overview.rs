//! The Overview: the account's facts and the texts of its general information.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::{date, fact};
use crate::app::dossier::{DossierState, OVERVIEW_PARTS, OverviewPart};
use crate::domain::analysis::losses::closing_facts;
use crate::domain::format::group_digits;
use crate::domain::{Account, Choice};
use crate::ui::theme;
use crate::{l10n, t};

pub fn render(state: &DossierState, frame: &mut Frame, area: Rect) {
    let account = &state.dossier.account;
    let texts: Vec<Option<TextBlock>> = OVERVIEW_PARTS
        .iter()
        .enumerate()
        .map(|(i, part)| match part {
            OverviewPart::Facts => None,
            OverviewPart::Text(text) => Some(TextBlock::new(text.title(), text.get(account), i == state.selected)),
        })
        .collect();
    let closing = closing_facts(account, |d| date(Some(d)));
    let facts_height = FACTS_HEIGHT + u16::try_from(closing.len()).unwrap_or(0);
    let heights = heights(&texts, state.selected, area, facts_height);
    let constraints = heights.iter().map(|&h| Constraint::Length(h)).chain([Constraint::Fill(1)]);
    let areas = Layout::vertical(constraints).split(area);
    for (i, (text, rect)) in texts.into_iter().zip(areas.iter()).enumerate() {
        match text {
            None => facts(account, &closing, i == state.selected, frame, *rect),
            Some(block) => block.render(frame, *rect),
        }
    }
}

const FACTS_HEIGHT: u16 = 7;
/// Body text is indented under its heading, wrapped lines too.
const INDENT: u16 = 2;

/// A heading and its text.
struct TextBlock {
    heading: Line<'static>,
    body: Paragraph<'static>,
}

impl TextBlock {
    fn new(title: &str, body: &str, selected: bool) -> Self {
        let body = if body.trim().is_empty() {
            Paragraph::new(Line::styled(l10n::text("dossier-text-empty"), theme::dim()))
        } else {
            Paragraph::new(body.lines().map(|l| Line::raw(l.to_string())).collect::<Vec<_>>())
        };
        TextBlock { heading: heading(title, selected), body: body.wrap(Wrap { trim: false }) }
    }

    /// Rows to show all of it at `width`.
    fn height(&self, width: u16) -> u16 {
        let body = self.body.line_count(width.saturating_sub(INDENT));
        u16::try_from(body).unwrap_or(u16::MAX).saturating_add(1)
    }

    /// The heading, and as much of the text as `area` holds: a text cut
    /// short ends in "…" (its heading does when none of it fits).
    fn render(self, frame: &mut Frame, area: Rect) {
        let [title, body] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
        let [_, body] = Layout::horizontal([Constraint::Length(INDENT), Constraint::Fill(1)]).areas(body);
        let mut heading = self.heading;
        if body.height == 0 {
            heading.spans.push(Span::styled(" …", theme::dim()));
        }
        frame.render_widget(Paragraph::new(crate::ui::cut_line(heading, usize::from(title.width))), title);
        if body.height > 0 {
            crate::ui::wrapped(frame, self.body, ratatui::widgets::Block::new(), body);
        }
    }
}

/// The rows of each part: every text as much as it needs when the screen
/// has room; otherwise its heading and first line, the selected one the
/// first to grow. The facts keep their rows.
fn heights(texts: &[Option<TextBlock>], selected: usize, area: Rect, facts_height: u16) -> Vec<u16> {
    let wanted: Vec<u16> = texts.iter().map(|t| t.as_ref().map_or(facts_height, |t| t.height(area.width))).collect();
    let mut heights: Vec<u16> =
        texts.iter().zip(&wanted).map(|(t, &n)| if t.is_some() { n.min(2) } else { n }).collect();
    // Too short for every heading and first line (a phone): the texts
    // after the selected one keep only their headings first, so the facts
    // are never squeezed out.
    for i in (0..heights.len()).rev() {
        if heights.iter().sum::<u16>() <= area.height {
            break;
        }
        if texts[i].is_some() && i != selected {
            heights[i] = heights[i].min(1);
        }
    }
    let mut left = area.height.saturating_sub(heights.iter().sum());
    let order = std::iter::once(selected).chain((0..wanted.len()).filter(|&i| i != selected));
    for i in order {
        let grow = wanted[i].saturating_sub(heights[i]).min(left);
        heights[i] += grow;
        left -= grow;
    }
    heights
}

fn heading(title: &str, selected: bool) -> Line<'static> {
    let style = if selected { theme::selected() } else { theme::header() };
    let marker = if selected { "▶ " } else { "  " };
    Line::from(vec![Span::raw(marker), Span::styled(title.to_string(), style)])
}

fn facts(account: &Account, closing: &[(&str, String)], selected: bool, frame: &mut Frame, area: Rect) {
    let rows = u16::try_from(closing.len()).unwrap_or(0);
    let [title, body, below] =
        Layout::vertical([Constraint::Length(1), Constraint::Fill(1), Constraint::Length(rows)]).areas(area);
    // The currency, the closing and the win-back plan, when there are any, under both columns.
    let [_, below] = Layout::horizontal([Constraint::Length(INDENT), Constraint::Fill(1)]).areas(below);
    let lines: Vec<Line> = closing
        .iter()
        .map(|(label, value)| crate::ui::cut_line(fact(label, value.clone()), usize::from(below.width)))
        .collect();
    frame.render_widget(Paragraph::new(lines), below);
    let facts_heading = heading(l10n::text("dossier-facts-heading"), selected);
    frame.render_widget(Paragraph::new(crate::ui::cut_line(facts_heading, usize::from(title.width))), title);
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).spacing(1).areas(body);
    let or_dash = |s: &str| {
        if s.is_empty() { "—".to_string() } else { s.to_string() }
    };
    let number = |n: Option<i64>| n.map(group_digits).unwrap_or_else(|| "—".into());
    let every = match account.contact_every_days {
        Some(days) => t!("dossier-contact-every-days", days = days),
        None => l10n::text("dossier-contact-standard").to_string(),
    };
    let left_lines = vec![
        fact(l10n::text("dossier-fact-type"), account.client_type.label()),
        fact(l10n::text("dossier-fact-status"), account.status.label()),
        fact(
            l10n::text("dossier-fact-level"),
            format!("{} → {}", account.level_now.label(), account.level_target.label()),
        ),
        fact(l10n::text("dossier-fact-industry"), or_dash(&account.industry)),
        fact(l10n::text("dossier-fact-region"), or_dash(&account.region)),
    ];
    let right_lines = vec![
        fact(l10n::text("dossier-fact-annual-sales"), account.annual_sales.map_or_else(|| "—".into(), l10n::money)),
        fact(l10n::text("dossier-fact-headcount"), number(account.headcount.map(i64::from))),
        fact(l10n::text("dossier-fact-cooperation-since"), date(account.cooperation_start)),
        fact(l10n::text("dossier-fact-contact-every"), every),
        fact(l10n::text("dossier-fact-in-keyplan-since"), date(Some(account.created_on))),
    ];
    // The left column is indented under the heading.
    let [_, left] = Layout::horizontal([Constraint::Length(INDENT), Constraint::Fill(1)]).areas(left);
    // Narrow columns (a phone) cut a long value with "…": the form shows it whole.
    let fitted = |lines: Vec<Line<'static>>, width: u16| -> Vec<Line<'static>> {
        lines.into_iter().map(|l| crate::ui::cut_line(l, usize::from(width))).collect()
    };
    frame.render_widget(Paragraph::new(fitted(left_lines, left.width)), left);
    frame.render_widget(Paragraph::new(fitted(right_lines, right.width)), right);
}
