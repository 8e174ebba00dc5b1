//! The search box: the query as typed, then each hit on two lines — where
//! it was found, and the text around it with the matched words lit.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, List, ListItem, ListState, Paragraph};

use super::{targets, theme};
use crate::app::mouse::{HitKey, Target};
use crate::app::search::{LIVE_LIMIT, SearchState};
use crate::domain::{Choice, SearchHit};
use crate::{l10n, t};

pub fn render(state: &SearchState, frame: &mut Frame, area: Rect) {
    let rect = super::centered(area, area.width.saturating_sub(4).min(100), area.height.saturating_sub(2));
    frame.render_widget(Clear, rect);
    let block = Block::bordered().title(format!(" {} ", l10n::text("search-title"))).border_style(theme::focus());
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let [input, info, list] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(1), Constraint::Fill(1)]).areas(inner);

    let typed = Line::from(vec![
        Span::styled("› ", theme::focus()),
        Span::raw(state.query.clone()),
        Span::styled("▏", theme::focus()),
    ]);
    frame.render_widget(Paragraph::new(typed), input);

    let (text, style) = match (&state.error, state.hits.len()) {
        (Some(error), _) => (error.clone(), theme::error()),
        (None, 0) if state.query.trim().is_empty() => (l10n::text("search-hint").to_string(), theme::dim()),
        (None, 0) => (l10n::text("search-nothing").to_string(), theme::dim()),
        (None, n) => {
            let count = if n >= LIVE_LIMIT { t!("search-first", count = n) } else { t!("search-found", count = n) };
            (format!("{count} · {}", l10n::text("search-keys")), theme::dim())
        }
    };
    frame.render_widget(Paragraph::new(Span::styled(super::cut(&text, usize::from(info.width)), style)), info);

    let items: Vec<ListItem> = state.hits.iter().map(|hit| item(hit, usize::from(list.width))).collect();
    let hits = List::new(items).highlight_style(theme::selected());
    let mut list_state = ListState::default().with_selected((!state.hits.is_empty()).then_some(state.selected));
    frame.render_stateful_widget(hits, list, &mut list_state);
    // Two lines a hit, from the first the list showed.
    let shown = state.hits.iter().skip(list_state.offset()).map(|hit| Some(Target::Hit(HitKey::of(hit))));
    targets::rows(list, 2, shown);
}

/// Two lines: the account and the place; the snippet, matches highlighted;
/// each cut with "…" to `width`.
fn item(hit: &SearchHit, width: usize) -> ListItem<'static> {
    let mut place = format!(" · {}", hit.kind.label());
    if let Some(date) = hit.date {
        place.push_str(&format!(" · {}", l10n::date(date)));
    }
    let head = Line::from(vec![Span::styled(hit.account.clone(), theme::title()), Span::styled(place, theme::dim())]);
    let mut spans = vec![Span::raw("  ")];
    for (part, is_match) in hit.parts() {
        spans.push(if is_match { Span::styled(part.to_string(), theme::focus()) } else { Span::raw(part.to_string()) });
    }
    ListItem::new(vec![super::cut_line(head, width), super::cut_line(Line::from(spans), width)])
}
