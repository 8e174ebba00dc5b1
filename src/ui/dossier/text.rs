//! Charter, situation assessment and strategy: long text, wrapped and scrollable.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use super::{KEYS, with_keys};
use crate::app::dossier::DossierState;
use crate::t;
use crate::ui::theme;

pub fn render(state: &DossierState, frame: &mut Frame, area: Rect) {
    let Some(section) = state.section.plan_section() else {
        return;
    };
    let text = state.dossier.plan_text(section);
    if text.trim().is_empty() {
        let lines = vec![
            Line::styled(section.title(), theme::title()),
            Line::styled(section.hint(), theme::dim()),
            Line::raw(""),
            with_keys(&t!("dossier-plan-empty", here = KEYS[0], editor = KEYS[1]), &["e", "E"], Style::new()),
        ];
        frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), area);
        return;
    }
    let paragraph = Paragraph::new(text.to_string()).wrap(Wrap { trim: false });
    // Clamp the scroll so `G` shows the end rather than an empty page.
    let lines = paragraph.line_count(area.width) as u16;
    let scroll = state.scroll.min(lines.saturating_sub(area.height));
    frame.render_widget(paragraph.scroll((scroll, 0)), area);
}
