//! A table fitted to its window: on a narrow one (a phone over SSH) the
//! columns that matter least give way first, the main column (a name, a
//! summary) is shortened last, and every cut cell ends in "…".

use ratatui::layout::Constraint;
use ratatui::text::Line;
use ratatui::widgets::{Cell, Row, Table};
use unicode_width::UnicodeWidthStr;

use super::{column_widths, cut, cut_line, theme};
use crate::domain::columns;

/// What a shared column counts for while deciding which columns give way.
const FILL_LEAST: u16 = 8;

/// What the main column keeps before others give way: a name a third of
/// the width, a text (a summary) half of it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Main {
    Name,
    Text,
}

/// A column: its header, its width, and how readily it gives way (highest
/// first; 0 is the main column, never left out, only shortened).
pub(crate) struct Column {
    header: String,
    constraint: Constraint,
    drop_order: u8,
}

impl Column {
    /// A column `width` wide (its header's width when that is wider).
    pub(crate) fn fixed(header: &str, width: u16, drop_order: u8) -> Column {
        let width = width.max(u16::try_from(header.width()).unwrap_or(u16::MAX));
        Column { header: header.to_string(), constraint: Constraint::Length(width), drop_order }
    }

    /// A column sharing what is left, `weight` parts of it.
    pub(crate) fn fill(header: &str, weight: u16, drop_order: u8) -> Column {
        Column { header: header.to_string(), constraint: Constraint::Fill(weight), drop_order }
    }

    /// What the column takes while the others are decided.
    fn counted(&self) -> usize {
        match self.constraint {
            Constraint::Length(w) => usize::from(w),
            _ => usize::from(FILL_LEAST),
        }
    }
}

/// `columns` with `rows` of cells (one per column, in the same order) as a
/// table `width` wide: the columns that give way first are left out until
/// the main column has room for its longest cell, up to the part of the
/// width `main` keeps; each cell is cut to its column. Cells are
/// `spacing` apart.
pub(crate) fn fitted<C: Into<Line<'static>>>(
    columns: Vec<Column>,
    rows: Vec<Vec<C>>,
    (width, main, spacing): (u16, Main, u16),
) -> Table<'static> {
    let rows: Vec<Vec<Line<'static>>> = rows.into_iter().map(|r| r.into_iter().map(Into::into).collect()).collect();
    let main_column = columns.iter().position(|c| c.drop_order == 0);
    let longest = main_column.map_or(0, |m| rows.iter().filter_map(|r| r.get(m)).map(Line::width).max().unwrap_or(0));
    let mut shown: Vec<usize> = (0..columns.len()).collect();
    columns::make_room(
        &mut shown,
        |&i| columns[i].drop_order,
        |&i| columns[i].counted(),
        (usize::from(width), usize::from(spacing)),
        match main {
            Main::Name => columns::name_needs(usize::from(width), longest),
            Main::Text => columns::text_needs(usize::from(width), longest),
        },
    );
    let constraints: Vec<Constraint> = shown.iter().map(|&i| columns[i].constraint).collect();
    let widths = column_widths(&constraints, width, spacing);
    let header = Row::new(shown.iter().zip(&widths).map(|(&i, &w)| Cell::from(cut(&columns[i].header, w))))
        .style(theme::header());
    let rows: Vec<Row> = rows
        .into_iter()
        .map(|mut cells| {
            let cells: Vec<Cell> = shown
                .iter()
                .zip(&widths)
                .map(|(&i, &w)| {
                    let line = cells.get_mut(i).map(std::mem::take).unwrap_or_default();
                    Cell::from(cut_line(line, w))
                })
                .collect();
            Row::new(cells)
        })
        .collect();
    Table::new(rows, constraints).header(header).column_spacing(spacing)
}
