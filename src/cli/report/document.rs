//! What a report says to a person, once: headings, sentences, tables and
//! the places of its charts. The terminal, Markdown and HTML each draw it.

use crate::cli::out;

/// A chart of the HTML report (the terminal and Markdown leave it out).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chart {
    Pareto,
    Matrix,
    Plan,
    Losses,
    Channels,
}

#[derive(Debug, Clone)]
pub enum Part {
    /// A report's title (level 2) or a part of it (level 3).
    Heading(u8, String),
    Paragraph(String),
    Table(Table),
    Chart(Chart),
}

/// How readily a column goes when the terminal is narrow: `Name` is
/// shortened, never dropped; `Keep` stays whole; `Drop(n)` goes, highest
/// first, before a name is cut below a third of the width.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    Name,
    Keep,
    Drop(u8),
}

#[derive(Debug, Clone)]
pub struct Column {
    pub header: String,
    pub right: bool,
    pub fit: Fit,
}

impl Column {
    pub fn text(header: &str, fit: Fit) -> Column {
        Column { header: header.to_string(), right: false, fit }
    }

    pub fn number(header: &str, fit: Fit) -> Column {
        Column { header: header.to_string(), right: true, fit }
    }
}

#[derive(Debug, Clone, Default)]
pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<String>>,
    /// A line drawn across the table after this many rows, with its label
    /// (the Pareto cut-off).
    pub line: Option<(usize, String)>,
}

impl Table {
    pub fn new(columns: Vec<Column>) -> Table {
        Table { columns, rows: Vec::new(), line: None }
    }

    pub fn push(&mut self, row: Vec<String>) {
        debug_assert_eq!(row.len(), self.columns.len());
        self.rows.push(row);
    }
}

/// The parts as plain text for a terminal of `width` columns (`None`: a
/// pipe or a file, every column at its natural width).
pub fn text(parts: &[Part], width: Option<usize>) -> String {
    let mut out = String::new();
    for part in parts {
        match part {
            Part::Heading(level, title) => {
                if !out.is_empty() {
                    out.push('\n');
                }
                out.push_str(title);
                out.push('\n');
                let rule = if *level <= 2 { '=' } else { '-' };
                let columns = out::width(title).min(width.unwrap_or(usize::MAX));
                out.extend(std::iter::repeat_n(rule, columns));
                out.push('\n');
            }
            Part::Paragraph(text) => {
                out.push_str(text);
                out.push('\n');
            }
            Part::Table(table) => out.push_str(&fitted(table, width)),
            Part::Chart(_) => {}
        }
    }
    out
}

/// The table with its least needed columns dropped and its names shortened
/// ("…") to fit `width`, as `keyplan list` fits the portfolio.
pub fn fitted(table: &Table, width: Option<usize>) -> String {
    let natural = |i: usize| {
        table.rows.iter().map(|r| out::width(&r[i])).chain([out::width(&table.columns[i].header)]).max().unwrap_or(0)
    };
    let mut shown: Vec<usize> = (0..table.columns.len()).collect();
    let mut widths: Vec<usize> = shown.iter().map(|&i| natural(i)).collect();
    let name = table.columns.iter().position(|c| c.fit == Fit::Name);
    let total = |shown: &[usize], widths: &[usize]| {
        shown.iter().map(|&i| widths[i]).sum::<usize>() + 2 * shown.len().saturating_sub(1)
    };
    if let Some(limit) = width {
        let name_width = name.map_or(0, |n| widths[n]);
        let min_name = (limit / 3).max(10).min(name_width);
        while total(&shown, &widths) > limit {
            let without_name = total(&shown, &widths) - name_width;
            if name.is_some() && limit.saturating_sub(without_name) >= min_name {
                break;
            }
            let droppable = shown
                .iter()
                .enumerate()
                .filter_map(|(at, &i)| match table.columns[i].fit {
                    Fit::Drop(order) => Some((order, at)),
                    _ => None,
                })
                .max();
            let Some((_, at)) = droppable else { break };
            shown.remove(at);
        }
        if let Some(n) = name {
            let without_name = total(&shown, &widths) - name_width;
            widths[n] = name_width.min(limit.saturating_sub(without_name).max(min_name));
        }
    }
    let line = |cells: Vec<&str>| {
        let mut text = String::new();
        for (at, (&i, cell)) in shown.iter().zip(cells).enumerate() {
            if at > 0 {
                text.push_str("  ");
            }
            let column = &table.columns[i];
            let cell = out::truncate(cell, widths[i]);
            let last = at + 1 == shown.len();
            text.push_str(&if last && !column.right { cell } else { out::pad(&cell, widths[i], column.right) });
        }
        text.truncate(text.trim_end().len());
        text.push('\n');
        text
    };
    let full = total(&shown, &widths);
    let mut text = line(shown.iter().map(|&i| table.columns[i].header.as_str()).collect());
    for (n, row) in table.rows.iter().enumerate() {
        if let Some((after, label)) = &table.line
            && *after == n
        {
            text.push_str(&rule(label, full.min(width.unwrap_or(usize::MAX))));
        }
        text.push_str(&line(shown.iter().map(|&i| row[i].as_str()).collect()));
    }
    text
}

/// `── label ─────` across `columns`.
fn rule(label: &str, columns: usize) -> String {
    let head = format!("── {} ", out::truncate(label, columns.saturating_sub(4)));
    let rest = columns.saturating_sub(out::width(&head));
    format!("{head}{}\n", "─".repeat(rest))
}

/// The parts as Markdown (pipe tables, readable as they are and in pandoc).
pub fn markdown(parts: &[Part]) -> String {
    let mut out = String::new();
    for part in parts {
        match part {
            Part::Heading(level, title) => {
                out.push_str(&format!("{} {}\n\n", "#".repeat(usize::from(*level)), md(title)));
            }
            Part::Paragraph(text) => out.push_str(&format!("{}\n\n", md(text))),
            Part::Table(table) => {
                let row = |cells: Vec<String>| format!("| {} |\n", cells.join(" | "));
                out.push_str(&row(table.columns.iter().map(|c| md(&c.header)).collect()));
                out.push_str(&row(table
                    .columns
                    .iter()
                    .map(|c| if c.right { "---:".into() } else { "---".into() })
                    .collect()));
                for (n, cells) in table.rows.iter().enumerate() {
                    if let Some((after, label)) = &table.line
                        && *after == n
                    {
                        let mut line: Vec<String> = vec![String::new(); table.columns.len()];
                        line[0] = format!("**{}**", md(&format!("── {label}")));
                        out.push_str(&row(line));
                    }
                    out.push_str(&row(cells.iter().map(|c| md(c)).collect()));
                }
                out.push('\n');
            }
            Part::Chart(_) => {}
        }
    }
    out
}

/// Text made literal for Markdown: the one escaping of `interchange::markdown`.
fn md(text: &str) -> String {
    crate::interchange::markdown::escape(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> Table {
        let mut t = Table::new(vec![
            Column::number("#", Fit::Keep),
            Column::text("Account", Fit::Name),
            Column::number("Sales", Fit::Keep),
            Column::text("Status", Fit::Drop(2)),
            Column::text("Note", Fit::Drop(1)),
        ]);
        t.push(vec![
            "1".into(),
            "Київстар Бізнес — найбільший клієнт".into(),
            "12 400 000".into(),
            "Active".into(),
            "key".into(),
        ]);
        t.push(vec!["2".into(), "東京商事 🚀".into(), "900".into(), "Prospect".into(), String::new()]);
        t.line = Some((1, "80% of sales above this line".into()));
        t
    }

    #[test]
    fn columns_drop_before_names_shrink_and_every_line_fits() {
        let wide = fitted(&table(), None);
        assert!(wide.contains("Київстар Бізнес — найбільший клієнт") && wide.contains("Status"), "{wide}");
        for width in [30, 40, 60, 80] {
            let text = fitted(&table(), Some(width));
            for line in text.lines() {
                assert!(out::width(line) <= width, "{width}: {line:?}\n{text}");
            }
            assert!(text.contains("12 400 000"), "{text}");
            assert!(text.contains("── 80%"), "{text}");
        }
        let narrow = fitted(&table(), Some(40));
        assert!(!narrow.contains("Status") && narrow.contains('…'), "{narrow}");
    }

    #[test]
    fn markdown_escapes_what_would_be_markup() {
        assert_eq!(md("<script>a|b</script>"), "\\<script\\>a\\|b\\</script\\>");
        let text = markdown(&[Part::Table(table())]);
        assert!(
            text.starts_with("| \\# | Account | Sales | Status | Note |\n| ---: | --- | ---: | --- | --- |\n"),
            "{text}"
        );
        assert!(text.contains("| **── 80% of sales above this line** |"), "{text}");
    }
}
