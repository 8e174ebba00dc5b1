//! The conflict view: the user's version and the stored one side by side
//! (one above the other on a narrow screen), the words that differ lit.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::theme;
use crate::app::conflict::Conflict;
use crate::domain::diff::{self, Part};

/// Below this width the two versions are stacked.
const SIDE_BY_SIDE: u16 = 90;

pub fn render(conflict: &Conflict, frame: &mut Frame, area: Rect) {
    frame.render_widget(Clear, area);
    let block = Block::bordered()
        .title(Span::styled(format!(" {} was changed elsewhere ", conflict.title), theme::error()))
        .title_bottom(Line::styled(" m keep mine · t keep theirs · e merge in the editor · Esc back ", theme::dim()))
        .border_style(theme::error());
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let runs = diff::words(&conflict.theirs, &conflict.mine);
    let mine = side(&runs, Part::Added);
    let theirs = side(&runs, Part::Removed);
    let [left, right] = if area.width >= SIDE_BY_SIDE {
        Layout::horizontal([Constraint::Fill(1), Constraint::Fill(1)]).spacing(1).areas(inner)
    } else {
        Layout::vertical([Constraint::Fill(1), Constraint::Fill(1)]).areas(inner)
    };
    version(frame, left, " Yours (not saved) ", mine);
    version(frame, right, " Stored now ", theirs);
}

/// One version: the words both share, and its own words lit.
fn side(runs: &[(Part, String)], own: Part) -> Text<'static> {
    let style = if own == Part::Added { theme::good() } else { theme::late() };
    let mut lines: Vec<Line<'static>> = vec![Line::default()];
    for (part, text) in runs {
        if *part != Part::Same && *part != own {
            continue;
        }
        let style = if *part == own { style } else { ratatui::style::Style::default() };
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

fn version(frame: &mut Frame, area: Rect, title: &str, text: Text<'static>) {
    let block = Block::bordered().title(Span::styled(title.to_string(), theme::title()));
    frame.render_widget(Paragraph::new(text).block(block).wrap(Wrap { trim: false }), area);
}
