//! Every CSV keyplan writes (export, list, report, sales list) goes through
//! `CsvOut`: a text cell that a spreadsheet would take for a formula (it
//! begins with `=`, `+`, `-`, `@`, a tab or a carriage return, and is not a
//! number) is written with a single quote before it, so opening the file
//! never runs what a name or a note holds; a number (`-120`, `-50.25`) stays
//! a number. Reading a CSV takes the quote off again (`unguard`), so exports
//! read back as written. The Excel dialect adds a byte order mark (Excel
//! reads UTF-8 only with one), semicolons and CRLF line ends.

use std::borrow::Cow;
use std::io::Write;

use serde::Serialize;

/// What begins a cell that a spreadsheet may run as a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// The cell as written to a CSV file: `'=SUM(A1)`, but `-50.25` as it is.
pub fn cell(text: &str) -> Cow<'_, str> {
    if text.starts_with(FORMULA_STARTS) && !is_number(text) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// A value read from a CSV file without the quote `cell` put before it.
pub fn unguard(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_STARTS) && !is_number(rest) => rest,
        _ => text,
    }
}

/// A number as numbers are written (a sign, digits, a point, an exponent).
fn is_number(text: &str) -> bool {
    text.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | 'e' | 'E')) && text.parse::<f64>().is_ok()
}

/// How the file is laid out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Dialect {
    /// Commas and LF, no byte order mark: what other tools read.
    #[default]
    Plain,
    /// For spreadsheet programs (`--excel`, `csv_excel = true`): UTF-8 with
    /// a byte order mark, semicolons, CRLF.
    Excel,
}

fn builder(dialect: Dialect) -> csv::WriterBuilder {
    let mut builder = csv::WriterBuilder::new();
    builder.has_headers(false);
    if dialect == Dialect::Excel {
        builder.delimiter(b';').terminator(csv::Terminator::CRLF);
    }
    builder
}

/// A CSV writer whose every cell goes through `cell`.
pub struct CsvOut<W: Write> {
    inner: csv::Writer<W>,
    /// `serialize` writes the rows' field names before the first row.
    header_due: bool,
}

impl<W: Write> CsvOut<W> {
    /// `header_from_rows`: the first `serialize`d row brings its field
    /// names as the header (unless a record was written before).
    pub fn new(out: W, header_from_rows: bool) -> CsvOut<W> {
        CsvOut { inner: builder(Dialect::Plain).from_writer(out), header_due: header_from_rows }
    }

    /// A writer in `dialect`; the Excel dialect's byte order mark is
    /// written at once.
    pub fn with_dialect(mut out: W, header_from_rows: bool, dialect: Dialect) -> std::io::Result<CsvOut<W>> {
        if dialect == Dialect::Excel {
            out.write_all("\u{feff}".as_bytes())?;
        }
        Ok(CsvOut { inner: builder(dialect).from_writer(out), header_due: header_from_rows })
    }

    pub fn write_record<I, T>(&mut self, record: I) -> csv::Result<()>
    where
        I: IntoIterator<Item = T>,
        T: AsRef<str>,
    {
        self.header_due = false;
        self.inner.write_record(record.into_iter().map(|c| cell(c.as_ref()).into_owned()))
    }

    /// One row of a struct, its cells guarded as `write_record`'s.
    pub fn serialize<T: Serialize>(&mut self, row: &T) -> csv::Result<()> {
        let mut scratch = csv::WriterBuilder::new().has_headers(self.header_due).from_writer(Vec::new());
        scratch.serialize(row)?;
        let bytes = scratch.into_inner().map_err(|e| csv::Error::from(e.into_error()))?;
        let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(bytes.as_slice());
        for record in reader.records() {
            self.write_record(record?.iter())?;
        }
        Ok(())
    }

    pub fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }

    pub fn into_inner(self) -> csv::Result<W> {
        self.inner.into_inner().map_err(|e| csv::Error::from(e.into_error()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_quoted_and_numbers_are_not() {
        for (text, written) in [
            ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"),
            ("+380 44 123 45 67", "'+380 44 123 45 67"),
            ("-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("-", "'-"),
            ("\tcmd", "'\tcmd"),
            ("\r=1", "'\r=1"),
            ("-120", "-120"),
            ("-50.25", "-50.25"),
            ("-1e3", "-1e3"),
            ("Acme = best", "Acme = best"),
            ("", ""),
        ] {
            assert_eq!(cell(text), written, "{text}");
            assert_eq!(unguard(&cell(text)), text, "reads back: {text}");
        }
        assert_eq!(unguard("'quoted"), "'quoted", "only the guard's quote goes");
    }

    #[test]
    fn serialized_rows_are_guarded_and_bring_their_header_once() {
        #[derive(Serialize)]
        struct Row {
            name: String,
            amount: f64,
        }
        let mut out = CsvOut::new(Vec::new(), true);
        out.serialize(&Row { name: "=1+1".into(), amount: -5.5 }).unwrap();
        out.serialize(&Row { name: "Acme, \"Ltd\"\nline".into(), amount: 2.0 }).unwrap();
        let text = String::from_utf8(out.into_inner().unwrap()).unwrap();
        assert_eq!(text, "name,amount\n'=1+1,-5.5\n\"Acme, \"\"Ltd\"\"\nline\",2.0\n");
    }

    #[test]
    fn the_excel_dialect_has_a_byte_order_mark_semicolons_and_crlf() {
        let mut out = CsvOut::with_dialect(Vec::new(), false, Dialect::Excel).unwrap();
        out.write_record(["name", "amount"]).unwrap();
        out.write_record(["Acme; Ltd", "-120"]).unwrap();
        out.write_record(["=1+1", "2.5"]).unwrap();
        let text = String::from_utf8(out.into_inner().unwrap()).unwrap();
        assert_eq!(text, "\u{feff}name;amount\r\n\"Acme; Ltd\";-120\r\n'=1+1;2.5\r\n");
    }
}
