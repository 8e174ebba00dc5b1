//! The conflict view: the user's version and the stored one side by side
//! (one above the other on a narrow screen), the words that differ lit.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear};

use super::diff::{self, First, Shown};
use super::theme;
use crate::app::conflict::Conflict;

/// Below this width the keys are named in short.
const SHORT_KEYS: u16 = 70;

pub fn render(conflict: &Conflict, frame: &mut Frame, area: Rect) {
    frame.render_widget(Clear, area);
    let keys = if area.width >= SHORT_KEYS {
        " m keep mine · t keep theirs · e merge in the editor · Esc back "
    } else {
        " m mine · t theirs · e merge · Esc back "
    };
    let block = Block::bordered()
        .title(Span::styled(format!(" {} was changed elsewhere ", conflict.title), theme::error()))
        .title_bottom(Line::styled(keys, theme::dim()))
        .border_style(theme::error());
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let theirs = Shown { title: "Stored now", text: &conflict.theirs };
    let mine = Shown { title: "Yours (not saved)", text: &conflict.mine };
    diff::render(frame, inner, theirs, mine, First::New);
}
