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
    let room = usize::from(area.width.saturating_sub(2));
    // The "●" of unsaved changes stays in sight when the name is cut.
    let title = format!(" {} — {account}", editor.target.title());
    let title =
        format!("{}{changed} ", super::cut(&title, room.saturating_sub(if changed.is_empty() { 1 } else { 3 })));
    let block = Block::bordered()
        .title(Span::styled(title, theme::title()))
        .title_bottom(Line::styled(super::cut(&format!(" {} ", crate::l10n::text("editor-keys")), room), theme::dim()))
        .border_style(theme::focus());
    frame.render_widget(Clear, area);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    frame.render_widget(&editor.area, inner);
}
