//! Sales from the CSV files accounting systems write: one row per sale or
//! per month, with the columns `account` (an id or the exact name), `date`
//! or `month`, `amount`, and optionally `profit`, `volume`, `product` and
//! `currency`, their headers also in Ukrainian, Russian and Georgian
//! (`csv::columns::SALES_COLUMNS`). The bytes are read as every CSV import
//! reads them (`encoding`: UTF-8 with or without a byte order mark, UTF-16,
//! Windows-1251; `,` or `;`); amounts as people type them (`1 250,50`,
//! `1'250.50`, a minus for a return); months as `2026-10`, `10/2026`, or
//! any date in them (`2026-10-31`, `31.10.2026`).
//!
//! Reading checks each line on its own and collects every refusal with its
//! line number; what needs the database (which account, its currency, the
//! calendar) is the caller's.

use std::collections::HashSet;
use std::hash::{Hash, Hasher};
use std::path::Path;

use super::ImportError;
use super::csv::columns::{Columns, Field, SALES_COLUMNS, expected, field_in, name_of, normalise};
use super::csv::read::{check_quotes, csv_error, separator};
use super::encoding;
use crate::domain::sales::Month;
use crate::l10n::{self, Currency};

/// One line of the file, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SalesLine {
    /// Its line number in the file (the header is line 1).
    pub line: usize,
    /// The account as the file names it: an id or a name.
    pub account: String,
    pub month: Month,
    pub product: String,
    /// Hundredths; negative for a return.
    pub amount: i64,
    pub profit: Option<i64>,
    pub volume: Option<i64>,
    pub currency: Option<Currency>,
}

/// A line refused, and why (one sentence).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub line: usize,
    pub reason: String,
}

/// What a file holds: its lines, the ones refused, and how many lines
/// repeat an earlier one exactly (added up like any other).
#[derive(Debug, Default)]
pub struct SalesFile {
    pub lines: Vec<SalesLine>,
    pub refused: Vec<Refusal>,
    pub repeated: usize,
    /// Columns keyplan does not read, as the refusal and the report name them.
    pub ignored: Vec<String>,
}

/// Reads the file's bytes; `progress` is told the bytes read so far now
/// and then. A file that cannot be read at all (its encoding, a missing
/// column, a broken quote) is an error; a wrong value refuses its line.
pub fn read(file: &Path, bytes: &[u8], mut progress: impl FnMut(u64)) -> Result<SalesFile, ImportError> {
    let text = encoding::decode(file, bytes)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let mut reader = csv::ReaderBuilder::new().delimiter(separator(text)).flexible(true).from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|e| csv_error(file, &e))?.clone();
    let columns = Columns {
        fields: headers.iter().map(|h| field_in(SALES_COLUMNS, &normalise(h))).collect(),
        headers: headers.iter().map(str::to_string).collect(),
    };
    let mut missing = Vec::new();
    let name = |field| name_of(SALES_COLUMNS, field);
    if !columns.has(Field::SaleAccount) {
        missing.push(format!("\"{}\"", name(Field::SaleAccount)));
    }
    if !columns.has(Field::SaleMonth) && !columns.has(Field::SaleDate) {
        missing.push(format!("\"{}\"/\"{}\"", name(Field::SaleMonth), name(Field::SaleDate)));
    }
    if !columns.has(Field::SaleAmount) {
        missing.push(format!("\"{}\"", name(Field::SaleAmount)));
    }
    if !missing.is_empty() {
        return Err(ImportError::new(
            file,
            Some(1),
            crate::t!(
                "sales-import-columns-missing",
                missing = missing.join(", "),
                found = columns.found(),
                expected = expected(SALES_COLUMNS)
            ),
        ));
    }
    let mut out = SalesFile { ignored: columns.ignored(), ..SalesFile::default() };
    let mut seen: HashSet<u64> = HashSet::new();
    let mut record = csv::StringRecord::new();
    let mut last_line = 1;
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => return Err(csv_error(file, &e)),
        }
        let position = record.position().map_or(0, |p| p.byte());
        let line = record.position().map_or(0, |p| p.line() as usize);
        last_line = line;
        if line.is_multiple_of(4096) {
            progress(position);
        }
        if record.iter().all(|v| v.trim().is_empty()) {
            continue;
        }
        let read = if record.iter().skip(columns.headers.len()).any(|v| !v.trim().is_empty()) {
            // More values than columns: most often a decimal comma in a
            // comma-separated file, which would otherwise cut the amount.
            Err(crate::t!("sales-import-too-many-fields", fields = record.len(), columns = columns.headers.len()))
        } else {
            read_line(&columns, &record, line)
        };
        match read {
            Ok(sale) => {
                let mut hasher = std::collections::hash_map::DefaultHasher::new();
                record.iter().for_each(|v| v.trim().hash(&mut hasher));
                if !seen.insert(hasher.finish()) {
                    out.repeated += 1;
                }
                out.lines.push(sale);
            }
            Err(reason) => out.refused.push(Refusal { line, reason }),
        }
    }
    check_quotes(file, text, last_line)?;
    progress(bytes.len() as u64);
    Ok(out)
}

/// One record as a sale, or why not.
fn read_line(columns: &Columns, record: &csv::StringRecord, line: usize) -> Result<SalesLine, String> {
    let column = |header: &str| crate::t!("import-csv-column", column = header);
    let Some((account, _)) = columns.one(record, Field::SaleAccount) else {
        return Err(l10n::text("sales-import-account-empty").to_string());
    };
    let month = match columns.one(record, Field::SaleMonth).or_else(|| columns.one(record, Field::SaleDate)) {
        None => return Err(l10n::text("sales-import-month-empty").to_string()),
        Some((text, header)) => Month::parse(text)
            .ok_or_else(|| format!("{}: {}", column(header), crate::t!("sales-month-invalid", found = text)))?,
    };
    let amount = |field: Field| -> Result<Option<i64>, String> {
        match columns.one(record, field) {
            None => Ok(None),
            Some((text, header)) => l10n::parse_amount(text).map(Some).map_err(|e| format!("{}: {e}", column(header))),
        }
    };
    let Some(value) = amount(Field::SaleAmount)? else {
        return Err(l10n::text("sales-import-amount-empty").to_string());
    };
    let currency = match columns.one(record, Field::SaleCurrency) {
        None => None,
        Some((text, header)) => Some(
            Currency::parse(text)
                .ok_or_else(|| format!("{}: {}", column(header), crate::t!("err-currency-code", code = text)))?,
        ),
    };
    Ok(SalesLine {
        line,
        account: account.to_string(),
        month,
        product: columns.one(record, Field::SaleProduct).map(|(p, _)| p.to_string()).unwrap_or_default(),
        amount: value,
        profit: amount(Field::SaleProfit)?,
        volume: amount(Field::SaleVolume)?,
        currency,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_text(text: &str) -> Result<SalesFile, ImportError> {
        read(Path::new("sales.csv"), text.as_bytes(), |_| {})
    }

    #[test]
    fn reads_monthly_rows_with_decimal_commas_and_every_date_form() {
        let _en = l10n::scoped(l10n::Language::Ukrainian);
        let file = read_text(
            "Клієнт;Дата;Сума;Прибуток;Товар\nАкме;31.10.2026;1 250,50;100;Датчики\n\
             Акме;2026-10-05;-50;;\n12;10/2026;1\u{a0}000;;\n\n",
        )
        .unwrap();
        assert!(file.refused.is_empty(), "{:?}", file.refused);
        assert_eq!(file.lines.len(), 3);
        assert_eq!(file.lines[0].amount, 125_050);
        assert_eq!(file.lines[0].profit, Some(10_000));
        assert_eq!(file.lines[1].amount, -5_000);
        assert_eq!(file.lines[2].month, Month { year: 2026, month: 10 });
        assert_eq!(file.lines[2].line, 4);
    }

    #[test]
    fn a_missing_column_names_the_columns_found_and_expected() {
        let _en = l10n::scoped(l10n::Language::English);
        let e = read_text("customer,when,sum\nAcme,2026-10,1\n").unwrap_err();
        assert_eq!(e.line, Some(1));
        assert!(e.message.contains("month"), "{}", e.message);
        assert!(e.message.contains("\"when\""), "{}", e.message);
        assert!(e.message.contains("account, month, date, amount"), "{}", e.message);
    }

    #[test]
    fn each_bad_line_is_refused_with_its_number_and_repeats_are_counted() {
        let _en = l10n::scoped(l10n::Language::English);
        let file = read_text(
            "account,month,amount,currency\nAcme,2026-10,12x,\nAcme,2026-13,1,\nAcme,2026-10,1,EURO\n\
             Acme,2026-10,5,\nAcme,2026-10,5,\n,2026-10,5,\n",
        )
        .unwrap();
        let lines: Vec<usize> = file.refused.iter().map(|r| r.line).collect();
        assert_eq!(lines, vec![2, 3, 4, 7]);
        assert!(file.refused[0].reason.contains("12x"), "{}", file.refused[0].reason);
        assert_eq!(file.lines.len(), 2);
        assert_eq!(file.repeated, 1);
    }

    #[test]
    fn a_line_with_more_values_than_columns_is_refused() {
        let _en = l10n::scoped(l10n::Language::English);
        let file =
            read_text("account,month,amount\nAcme,2026-10,1250,5\nAcme,2026-11,7,\nAcme,2026-12,\"1250,5\"\n").unwrap();
        let lines: Vec<usize> = file.refused.iter().map(|r| r.line).collect();
        assert_eq!(lines, vec![2], "an empty value after the last column is no more value");
        assert!(file.refused[0].reason.contains("4 values"), "{}", file.refused[0].reason);
        assert!(file.refused[0].reason.contains("3 columns"), "{}", file.refused[0].reason);
        assert_eq!(file.lines.iter().map(|l| l.amount).collect::<Vec<_>>(), [700, 125_050]);
    }
}
