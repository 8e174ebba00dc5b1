//! What the lookup commands (`list`, `log`, `search`) share about stdout:
//! the width to fit (`COLUMNS`, or the terminal's), whether colour is welcome, and
//! writing that takes a closed pipe calmly.

use std::io::{IsTerminal, Write};

use unicode_width::UnicodeWidthStr;

use super::Failure;

/// The terminal's width when stdout is a terminal; `None` for a pipe or a file.
pub fn terminal_width() -> Option<usize> {
    if !std::io::stdout().is_terminal() {
        return None;
    }
    crossterm::terminal::size().ok().map(|(w, _)| usize::from(w)).filter(|w| *w > 0)
}

/// The width text is fitted to: `COLUMNS` when set, else the terminal's;
/// `None` for a pipe or a file without `COLUMNS`.
pub fn fit_width() -> Option<usize> {
    crate::terminal::fit_width_here()
}

/// Colour only for a terminal that shows it: never with `NO_COLOR` set
/// (no-color.org) or `TERM=dumb`.
pub fn colour() -> bool {
    crate::terminal::stdout_colour()
}

/// Writes to stdout; a closed pipe (`keyplan list | head -3`) is no error.
pub fn print(text: &str) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}

/// Columns a text takes on a terminal (wide scripts take two per character).
pub fn width(text: &str) -> usize {
    text.width()
}

pub use crate::domain::text::truncate;

/// `text` padded with spaces to `columns`, on the left for numbers.
pub fn pad(text: &str, columns: usize, right_align: bool) -> String {
    let fill = " ".repeat(columns.saturating_sub(width(text)));
    if right_align { format!("{fill}{text}") } else { format!("{text}{fill}") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncates_and_pads_by_columns_not_bytes() {
        assert_eq!(truncate("Київстар Бізнес", 8), "Київста…");
        assert_eq!(truncate("東京商事", 5), "東京…");
        assert_eq!(truncate("short", 8), "short");
        assert_eq!(pad("東京", 6, false), "東京  ");
        assert_eq!(pad("42", 4, true), "  42");
    }
}
