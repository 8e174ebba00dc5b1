//! The dossier: one account, one section at a time.

mod implementation;
mod log;
mod overview;
mod people;
mod sales;
mod text;

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::theme;
use crate::app::App;
use crate::app::dossier::DossierState;
use crate::app::mouse::Target;
use crate::domain::Choice;
use crate::domain::DossierSection;
use crate::{l10n, t};
use unicode_width::UnicodeWidthStr;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let Some(state) = &app.dossier else { return };
    let account = &state.dossier.account;
    let title = Line::from(vec![
        Span::styled(format!(" {} ", account.name), theme::title()),
        Span::styled(
            format!(
                "· {} · {} → {} · {} ",
                account.client_type.label(),
                account.level_now.label(),
                account.level_target.label(),
                account.status.label()
            ),
            theme::dim(),
        ),
    ]);
    let block = Block::bordered().title(super::cut_line(title, usize::from(area.width.saturating_sub(2))));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [tabs_area, body] = Layout::vertical([Constraint::Length(2), Constraint::Fill(1)]).areas(inner);
    let tab_line = tabs(state.section, tabs_area.width);
    super::targets::line(&tab_line, tabs_area, DossierSection::TABS.map(Target::Section));
    let review = super::cut_line(review(state), usize::from(tabs_area.width));
    frame.render_widget(Paragraph::new(vec![tab_line, review]), tabs_area);
    rhythm(state, &app.portfolio.class(account.id), frame, tabs_area);
    render_section(app, state, frame, body);
}

fn render_section(app: &App, state: &DossierState, frame: &mut Frame, area: Rect) {
    match state.section {
        DossierSection::Overview => overview::render(state, frame, area),
        DossierSection::Charter | DossierSection::Situation | DossierSection::Strategy => {
            text::render(state, frame, area)
        }
        DossierSection::Implementation => implementation::render(state, app.today, frame, area),
        DossierSection::People => people::render_people(state, app.today, frame, area),
        DossierSection::Log => log::render(state, app.today, frame, area),
        DossierSection::Competitors => people::render_competitors(state, frame, area),
        DossierSection::Sales => sales::render(state, frame, area),
    }
}

/// Under the tabs on the left: the account's ABC-XYZ class, and the
/// contacts of the last twelve months and this one as a sparkline.
fn rhythm(state: &DossierState, class: &str, frame: &mut Frame, area: Rect) {
    let months = state.extra.rhythm.len() as u16;
    // No class at all (no sales history): only the contacts.
    let class = if class.chars().all(|c| c == '·') { "" } else { class };
    let label = if class.is_empty() {
        format!("{} ", l10n::text("analysis-dossier-rhythm"))
    } else {
        format!("{class} · {} ", l10n::text("analysis-dossier-rhythm"))
    };
    let label_w = label.width() as u16;
    // Only where the review's sentence leaves room for it.
    let review_w = review(state).width() as u16;
    if area.height < 2 || months == 0 || label_w + months + review_w + 2 > area.width {
        return;
    }
    let y = area.y + 1;
    let label = Line::from(vec![
        Span::styled(class.to_string(), theme::title()),
        Span::styled(label[class.len()..].to_string(), theme::dim()),
    ]);
    frame.render_widget(Paragraph::new(label), Rect::new(area.x, y, label_w, 1));
    let data: Vec<u64> = state.extra.rhythm.iter().map(|&n| u64::from(n)).collect();
    let spark = ratatui::widgets::Sparkline::default().data(&data).style(theme::good());
    frame.render_widget(spark, Rect::new(area.x + label_w, y, months, 1));
}

/// Under the tabs, when the plan was ever reviewed: since when it is
/// unchanged, or that it changed after the last review.
fn review(state: &DossierState) -> Line<'static> {
    match state.review {
        Some(review) if review.changed_since => {
            Line::styled(t!("dossier-review-changed", day = l10n::date(review.day)), theme::focus())
        }
        Some(review) => Line::styled(t!("dossier-review-unchanged", day = l10n::date(review.day)), theme::dim()),
        None => Line::default(),
    }
    .right_aligned()
}

/// "1 Overview 2 Charter …": full titles when they fit, short ones when
/// not, and when even those do not fit, every other tab's title cut to the
/// same length, ending in "…" (the current tab always has its whole title).
fn tabs(current: DossierSection, width: u16) -> Line<'static> {
    let room = usize::from(width) + 1;
    let cost = |title: fn(DossierSection) -> &'static str| -> usize {
        DossierSection::TABS.iter().map(|s| title(*s).width() + s.number().to_string().len() + 2).sum()
    };
    let title: fn(DossierSection) -> &'static str =
        if cost(DossierSection::title) <= room { DossierSection::title } else { DossierSection::short_title };
    // The longest a title may be: the most that lets every tab fit.
    let fixed: usize =
        DossierSection::TABS.iter().map(|s| s.number().to_string().len() + 2).sum::<usize>() + title(current).width();
    let names = |cap: usize| -> usize {
        DossierSection::TABS.iter().filter(|s| **s != current).map(|s| title(*s).width().min(cap)).sum()
    };
    let longest = DossierSection::TABS.iter().map(|s| title(*s).width()).max().unwrap_or(0);
    let cap = (0..=longest).rev().find(|&cap| fixed + names(cap) <= room).unwrap_or(0);
    // What is left over lets the first cut titles keep one letter more.
    let mut spare = room.saturating_sub(fixed + names(cap));
    let mut spans = Vec::new();
    for section in DossierSection::TABS {
        let name = if section == current {
            title(section).to_string()
        } else if cap > 0 && title(section).width() > cap && spare > 0 {
            spare -= 1;
            cut(title(section), cap + 1)
        } else {
            cut(title(section), cap)
        };
        let label = format!("{} {name}", section.number()).trim_end().to_string();
        let style = if section == current {
            theme::selected().add_modifier(ratatui::style::Modifier::BOLD)
        } else {
            theme::dim()
        };
        spans.push(Span::styled(label, style));
        spans.push(Span::raw(" "));
    }
    Line::from(spans)
}

/// The rows of a section's list drawn as a table in `area` below `above`
/// lines, from the entry at `offset`: each names its record, for a click.
pub(super) fn point_at_items(state: &DossierState, area: Rect, above: u16, offset: usize) {
    super::targets::table(area, above, offset, |i| state.item_at(i).map(Target::Item));
}

/// `text` in at most `width` columns, ending in "…" when cut; nothing when
/// not even one letter and the "…" fit.
fn cut(text: &str, width: usize) -> String {
    if width < 2 && text.width() > width { String::new() } else { super::cut(text, width) }
}

/// A labelled value for detail panes: "Phone: +380 …".
pub(super) fn fact(label: &str, value: impl Into<String>) -> Line<'static> {
    Line::from(vec![Span::styled(format!("{label}: "), theme::title()), Span::raw(value.into())])
}

/// The width of the widest of `texts`.
pub(super) fn widest<'a>(texts: impl IntoIterator<Item = &'a str>) -> u16 {
    let width = texts.into_iter().map(UnicodeWidthStr::width).max().unwrap_or(0);
    u16::try_from(width).unwrap_or(u16::MAX)
}

/// An optional date as the dossier shows it, in the language's way.
pub(super) fn date(value: Option<NaiveDate>) -> String {
    value.map(l10n::date).unwrap_or_else(|| "—".to_string())
}

/// Stand-ins for keys in a message, replaced by the keys drawn as keys:
/// `t!("dossier-empty-people", key = KEYS[0])`.
pub(super) const KEYS: [&str; 2] = ["\u{1}", "\u{2}"];

/// A message formatted with [`KEYS`] for its keys, in `style`, with
/// `keys[i]` drawn as a key where `KEYS[i]` stands.
pub(super) fn with_keys(message: &str, keys: &[&str], style: Style) -> Line<'static> {
    let mut spans = Vec::new();
    let mut rest = message;
    while let Some((at, i)) = KEYS.iter().enumerate().filter_map(|(i, k)| rest.find(k).map(|at| (at, i))).min() {
        if at > 0 {
            spans.push(Span::styled(rest[..at].to_string(), style));
        }
        spans.push(Span::styled(keys.get(i).copied().unwrap_or_default().to_string(), theme::key()));
        rest = &rest[at + KEYS[i].len()..];
    }
    if !rest.is_empty() {
        spans.push(Span::styled(rest.to_string(), style));
    }
    Line::from(spans)
}

/// A placeholder for an empty list, saying how to fill it: `message` was
/// formatted with `KEYS[0]` for `key`.
pub(super) fn empty_hint(message: &str, key: &str) -> Paragraph<'static> {
    Paragraph::new(with_keys(message, &[key], theme::dim())).wrap(Wrap { trim: true })
}
