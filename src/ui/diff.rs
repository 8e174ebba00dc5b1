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

/// One version: the words both share, and its own words lit.
fn side(runs: &[(Part, String)], own: Part) -> Text<'static> {
    let lit = if own == Part::Added { theme::good() } else { theme::late() };
    let mut lines: Vec<Line<'static>> = vec![Line::default()];
    for (part, text) in runs {
        if *part != Part::Same && *part != own {
            continue;
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
    Text::from(lines)
}

fn pane(frame: &mut Frame, area: Rect, title: &str, text: Text<'static>) {
    let block = Block::bordered().title(Span::styled(format!(" {title} "), theme::title()));
    frame.render_widget(Paragraph::new(text).block(block).wrap(Wrap { trim: false }), area);
}
