//! What the lookup commands (`list`, `people`, `log`, `search`) share about
//! stdout: the width to fit (`COLUMNS`, or the terminal's), tables fitted to
//! it, whether colour is welcome, and writing that takes a closed pipe calmly.

use std::io::{IsTerminal, Write};

use unicode_width::UnicodeWidthStr;

use super::Failure;
use crate::domain::columns;

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
    printed(out.write_all(text.as_bytes()).and_then(|()| out.flush()))
}

/// What writing to standard output came to: a closed pipe (`keyplan … |
/// head`) is not an error worth a message.
pub fn printed(written: std::io::Result<()>) -> Result<(), Failure> {
    match written {
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

/// The drop order of the column that names the row: never dropped, only shortened.
pub const NAME: u8 = 0;

/// A column of a text table: its header, whether it is a number, and how
/// readily it is dropped when the terminal is narrow (higher goes first).
pub struct Column {
    pub header: &'static str,
    pub right: bool,
    pub drop_order: u8,
    pub cells: Vec<String>,
}

/// A table of `rows` rows (`list`, `people`): every column at its natural
/// width when piped (`width` `None`); on a terminal, the least needed
/// columns go first, then long names are shortened with `…`.
pub fn table(mut columns: Vec<Column>, rows: usize, width: Option<usize>) -> String {
    let natural = |c: &Column| c.cells.iter().map(|s| self::width(s)).chain([self::width(c.header)]).max().unwrap_or(0);
    let mut name_width = columns.iter().find(|c| c.drop_order == NAME).map_or(0, natural);
    if let Some(limit) = width {
        // Columns are dropped, least needed first, rather than names cut
        // short (the portfolio's rule: a name keeps a third of the width).
        let need = columns::name_needs(limit, name_width);
        let room = columns::make_room(&mut columns, |c| c.drop_order, natural, (limit, 2), need);
        name_width = name_width.min(room.max(need));
    }
    let widths: Vec<usize> =
        columns.iter().map(|c| if c.drop_order == NAME { name_width } else { natural(c) }).collect();
    let line = |cells: Vec<(&str, &Column)>| {
        let mut text = String::new();
        for (i, (cell, column)) in cells.iter().enumerate() {
            if i > 0 {
                text.push_str("  ");
            }
            let cell = truncate(cell, widths[i]);
            let last = i + 1 == cells.len();
            text.push_str(&if last && !column.right { cell } else { pad(&cell, widths[i], column.right) });
        }
        text.truncate(text.trim_end().len());
        text.push('\n');
        text
    };
    let mut text = line(columns.iter().map(|c| (c.header, c)).collect());
    for row in 0..rows {
        text.push_str(&line(columns.iter().map(|c| (c.cells[row].as_str(), c)).collect()));
    }
    text
}

/// The CSV layout: for spreadsheet programs with `--excel` or the setting
/// `csv_excel = true`, else plain.
pub fn csv_dialect(excel: bool) -> crate::interchange::csv::Dialect {
    use crate::interchange::csv::Dialect;
    if excel || crate::settings::interface().csv_excel { Dialect::Excel } else { Dialect::Plain }
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
