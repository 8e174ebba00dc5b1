//! The conflict view: the user's version and the stored one side by side
//! (one above the other on a narrow screen), the words that differ lit.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear};

use super::diff::{self, First, Shown};
use super::theme;
use crate::app::conflict::Conflict;
use crate::{l10n, t};
use unicode_width::UnicodeWidthStr;

/// Below this width the keys are named in short.
const SHORT_KEYS: u16 = 70;

pub fn render(conflict: &Conflict, frame: &mut Frame, area: Rect) {
    frame.render_widget(Clear, area);
    let long = l10n::text("conflict-keys");
    // The long names when they fit the window, else the short ones.
    let keys = if area.width >= SHORT_KEYS && long.width() + 2 < usize::from(area.width) {
        long
    } else {
        l10n::text("conflict-keys-short")
    };
    let room = usize::from(area.width.saturating_sub(2));
    let title = super::cut(&format!(" {} ", t!("conflict-title", what = conflict.title.as_str())), room);
    let block = Block::bordered()
        .title(Span::styled(title, theme::error()))
        .title_bottom(Line::styled(super::cut(&format!(" {keys} "), room), theme::dim()))
        .border_style(theme::error());
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let theirs = Shown { title: l10n::text("conflict-theirs"), text: &conflict.theirs };
    let mine = Shown { title: l10n::text("conflict-mine"), text: &conflict.mine };
    diff::render(frame, inner, theirs, mine, First::New);
}
