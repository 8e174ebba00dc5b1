//! The built-in editor: the whole body for one long text.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear};

use super::theme;
use crate::app::App;
use crate::app::editor::Editor;

pub fn render(editor: &Editor, app: &App, frame: &mut Frame, area: Rect) {
    let account = app.dossier.as_ref().map(|d| d.dossier.account.name.as_str()).unwrap_or("");
    let changed = if editor.is_changed() { " ●" } else { "" };
    let block = Block::bordered()
        .title(Span::styled(format!(" {} — {account}{changed} ", editor.target.title()), theme::title()))
        .title_bottom(Line::styled(format!(" {} ", crate::l10n::text("editor-keys")), theme::dim()))
        .border_style(theme::focus());
    frame.render_widget(Clear, area);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    frame.render_widget(&editor.area, inner);
}
