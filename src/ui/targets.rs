//! What each drawn row shows, for the mouse: the screens name the record of
//! every row they draw (`crate::app::mouse::Targets`), and the runtime
//! places a click on the frame it belongs to. Drawing stays a function of
//! `&App`: the names are gathered beside the frame, on the drawing thread,
//! and taken with [`drawn`] once the frame is done.

use std::cell::RefCell;

use ratatui::layout::Rect;

use crate::app::mouse::{Target, Targets};

thread_local! {
    static DRAWN: RefCell<Targets> = RefCell::default();
}

/// A new frame begins: the rows of the last one are gone.
pub(super) fn begin() {
    DRAWN.with(|drawn| drawn.take());
}

/// What the last frame drawn on this thread showed where.
pub fn drawn() -> Targets {
    DRAWN.with(|drawn| drawn.borrow().clone())
}

pub(super) fn add(area: Rect, target: Target) {
    DRAWN.with(|drawn| drawn.borrow_mut().add(area, target));
}

/// Rows of `height` lines each from the top of `area`, one per target (None:
/// a row that shows no record, a heading), as far as `area` reaches.
pub(super) fn rows(area: Rect, height: u16, targets: impl IntoIterator<Item = Option<Target>>) {
    let height = height.max(1);
    let mut y = area.y;
    for target in targets {
        if y >= area.bottom() {
            break;
        }
        if let Some(target) = target {
            add(Rect::new(area.x, y, area.width, height.min(area.bottom() - y)), target);
        }
        y = y.saturating_add(height);
    }
}

/// The rows of a table drawn in `area` below `above` lines (a border, the
/// header), from the entry at `offset`.
pub(super) fn table(area: Rect, above: u16, offset: usize, target: impl Fn(usize) -> Option<Target>) {
    let body = Rect { y: area.y.saturating_add(above), height: area.height.saturating_sub(above), ..area };
    rows(body, 1, (offset..).map_while(|i| (i < offset + usize::from(body.height)).then(|| target(i))));
}

/// The titles of a line of tabs (each title a span, a space after it), one
/// target each, in order.
pub(super) fn line(tabs: &ratatui::text::Line, area: Rect, targets: impl IntoIterator<Item = Target>) {
    let mut x = area.x;
    for (span, target) in tabs.spans.iter().step_by(2).zip(targets) {
        let width = u16::try_from(span.width()).unwrap_or(u16::MAX);
        add(Rect::new(x, area.y, width, 1).intersection(area), target);
        x = x.saturating_add(width).saturating_add(1);
    }
}
