//! Where a long list's window stands. It stays put while the selection moves
//! inside it and moves just enough to keep the selection in view, as a
//! reader expects; it also spares the terminal a scroll on every move.

use std::cell::Cell;

/// The first line shown of a list. Drawing reads and updates it through a
/// shared reference (drawing never changes the state otherwise), as
/// ratatui's own `TableState` offset is updated while rendering.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Viewport {
    first: Cell<usize>,
}

impl Viewport {
    /// The first line to show of `len` lines, `fit` at a time, with line
    /// `selected` in view.
    pub fn first_line(&self, selected: usize, fit: usize, len: usize) -> usize {
        let fit = fit.max(1);
        // A shorter list (filtered, or a smaller window) leaves no gap below.
        let mut first = self.first.get().min(len.saturating_sub(fit));
        if selected < first {
            first = selected;
        } else if selected >= first + fit {
            first = selected + 1 - fit;
        }
        self.first.set(first);
        first
    }
}

impl Viewport {
    /// Lines were put before the list: the same lines stay in view.
    pub fn shift(&self, lines: usize) {
        self.first.set(self.first.get() + lines);
    }
}

/// How far a text taller than its window (the help on a phone) is
/// scrolled. Keys move it; drawing, which alone knows the window, keeps it
/// within the text, so that `k` after `End` moves at once.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Scroll {
    offset: Cell<u16>,
}

impl Scroll {
    /// Down `lines` (up when negative).
    pub fn by(&self, lines: isize) {
        let offset = isize::try_from(self.offset.get()).unwrap_or(isize::MAX);
        self.offset.set(u16::try_from(offset.saturating_add(lines).max(0)).unwrap_or(u16::MAX));
    }

    pub fn to_top(&self) {
        self.offset.set(0);
    }

    /// To the end, wherever drawing finds it.
    pub fn to_bottom(&self) {
        self.offset.set(u16::MAX);
    }

    /// The lines scrolled past, at most `max`.
    pub fn within(&self, max: u16) -> u16 {
        let offset = self.offset.get().min(max);
        self.offset.set(offset);
        offset
    }
}

#[cfg(test)]
mod tests {
    use super::{Scroll, Viewport};

    #[test]
    fn a_scroll_stays_within_its_text() {
        let scroll = Scroll::default();
        scroll.by(-3);
        assert_eq!(scroll.within(10), 0);
        scroll.to_bottom();
        assert_eq!(scroll.within(10), 10);
        scroll.by(-1);
        assert_eq!(scroll.within(10), 9, "up from the end moves at once");
        scroll.by(100);
        assert_eq!(scroll.within(10), 10);
        scroll.to_top();
        assert_eq!(scroll.within(10), 0);
    }

    #[test]
    fn the_window_moves_only_when_the_selection_leaves_it() {
        let view = Viewport::default();
        let (fit, len) = (5, 100);
        let firsts: Vec<usize> = [0, 4, 5, 9, 8, 5, 4, 3, 0].iter().map(|&s| view.first_line(s, fit, len)).collect();
        // Down to the bottom edge, one past it, then back up: the window
        // waits until the selection reaches its top edge.
        assert_eq!(firsts, [0, 0, 1, 5, 5, 5, 4, 3, 0]);
    }

    #[test]
    fn a_shorter_list_or_taller_window_leaves_no_gap_below() {
        let view = Viewport::default();
        assert_eq!(view.first_line(90, 10, 100), 81);
        assert_eq!(view.first_line(5, 10, 12), 2, "filtered down to 12 lines");
        assert_eq!(view.first_line(5, 20, 12), 0, "all of it fits");
        assert_eq!(view.first_line(0, 0, 0), 0, "nothing to show");
    }
}
