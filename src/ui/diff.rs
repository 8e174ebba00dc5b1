//! Two versions of a text side by side (one above the other on a narrow
//! screen), the words only one of them has lit: the conflict view and the
//! history's "this version against now" draw with this one widget.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::theme;
use crate::domain::diff::{self, Part};

/// Below this width the two versions are stacked.
const SIDE_BY_SIDE: u16 = 90;

/// One of the two versions: its title and its text.
pub struct Shown<'a> {
    pub title: &'a str,
    pub text: &'a str,
}

/// Which version comes first (left, or on top).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum First {
    Old,
    New,
}

/// `old` and `new` in two panes: the words only `old` has lit as removed,
/// those only `new` has as added.
pub fn render(frame: &mut Frame, area: Rect, old: Shown<'_>, new: Shown<'_>, first: First) {
    let runs = diff::words(old.text, new.text);
    let [a, b] = if area.width >= SIDE_BY_SIDE {
        Layout::horizontal([Constraint::Fill(1), Constraint::Fill(1)]).spacing(1).areas(area)
    } else {
        Layout::vertical([Constraint::Fill(1), Constraint::Fill(1)]).areas(area)
    };
    let (old_area, new_area) = if first == First::Old { (a, b) } else { (b, a) };
    pane(frame, old_area, old.title, side(&runs, Part::Removed));
    pane(frame, new_area, new.title, side(&runs, Part::Added));
}

/// Where a version's first own word is: its line, and the spans of that
/// line before it.
type FirstChange = (usize, usize);

/// One version: the words both share, and its own words lit; and where its
/// first own word is.
fn side(runs: &[(Part, String)], own: Part) -> (Text<'static>, FirstChange) {
    let lit = if own == Part::Added { theme::good() } else { theme::late() };
    let mut lines: Vec<Line<'static>> = vec![Line::default()];
    let mut first_change = None;
    for (part, text) in runs {
        if *part != Part::Same && *part != own {
            continue;
        }
        if *part == own && first_change.is_none() {
            let line = lines.len() - 1;
            first_change = Some((line, lines[line].spans.len()));
        }
        let style = if *part == own { lit } else { Style::default() };
        let mut pieces = text.split('\n');
        if let Some(first) = pieces.next()
            && !first.is_empty()
            && let Some(line) = lines.last_mut()
        {
            line.push_span(Span::styled(first.to_string(), style));
        }
        for piece in pieces {
            lines.push(Line::from(Span::styled(piece.to_string(), style)));
        }
    }
    (Text::from(lines), first_change.unwrap_or((0, 0)))
}

/// A version in its box, scrolled so that its first own word is in sight
/// (on a phone the difference may be far down a long text).
fn pane(frame: &mut Frame, area: Rect, title: &str, (text, (line, spans)): (Text<'static>, FirstChange)) {
    let title = super::cut(&format!(" {title} "), usize::from(area.width.saturating_sub(2)));
    let block = Block::bordered().title(Span::styled(title, theme::title()));
    let inner = block.inner(area);
    let mut before: Vec<Line<'static>> = text.lines.iter().take(line).cloned().collect();
    if let Some(partial) = text.lines.get(line) {
        before.push(Line::from(partial.spans.iter().take(spans).cloned().collect::<Vec<_>>()));
    }
    // The row the first own word is on (the last row of what precedes it).
    let row = Paragraph::new(Text::from(before)).wrap(Wrap { trim: false }).line_count(inner.width.max(1));
    let row = row.saturating_sub(1);
    // Below the fold: scroll so a row of what comes before stays in sight.
    let scroll = if row < usize::from(inner.height) { 0 } else { row.saturating_sub(1) };
    let scroll = u16::try_from(scroll).unwrap_or(u16::MAX);
    frame.render_widget(Paragraph::new(text).block(block).wrap(Wrap { trim: false }).scroll((scroll, 0)), area);
}
