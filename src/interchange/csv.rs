//! CSV: the portfolio table out; accounts, or the people of one account, in.
//!
//! Reading takes the file's bytes in UTF-8 (with or without a byte order
//! mark), UTF-16 with one, or Windows-1251 (`super::encoding`), and maps the
//! header row's common column names in English, Ukrainian, Russian and
//! Georgian (`columns`: any case, spaces, dashes and underscores ignored):
//! for accounts `name`/`company`/`account` (`Назва`, `Название`, `დასახელება`),
//! `industry`/`sector`, `region`/`city`/`country` (joined), `headcount`/
//! `employees`, `annual sales`/`revenue`/`turnover`, `status`, `type`,
//! `level`, `target level`, `cooperation start`/`customer since`, ...; for
//! people `name`/`full name` (or `first name` + `last name`), `title`/`job
//! title`/`position`, `email`/`e-mail` (every such column), `phone`/`mobile`/
//! `tel` (every such column), `birthday`/`date of birth`, `notes`, `role`,
//! `influence`, `attitude`, `channel`. Other columns are reported and left
//! out. The separator (`,`, `;` or tab) is taken from the header row
//! (outside quotes). Numbers are read as amounts are typed (`1 250 000,50`),
//! dates as they are typed anywhere, birthdays also without a year (`31.12`).

use std::collections::HashMap;
use std::path::Path;

use chrono::NaiveDate;

use super::{ImportError, iso};
use crate::domain::{
    Account, AccountId, AccountStatus, AccountSummary, Attitude, BirthDate, BuyingRole, Choice, ContactChannel,
    Dossier, KeyClientType, Person, RelationshipLevel,
};

pub use read::{read_accounts, read_people};

pub(crate) mod columns;
pub mod out;
pub(crate) mod read;

pub use out::{CsvOut, Dialect};

use columns::{Columns, Field};

/// The header of the exported table; every column reads back in.
pub const EXPORT_HEADER: [&str; 15] = [
    "name",
    "client_type",
    "status",
    "level_now",
    "level_target",
    "industry",
    "region",
    "headcount",
    "annual_sales",
    "cooperation_start",
    "contact_every_days",
    "created_on",
    "people",
    "last_touchpoint",
    "next_due",
];

/// The portfolio table, in portfolio order: one row per account with its
/// facts, how many people it has, its last contact and its next due date
/// (from `summaries`, the portfolio list), written one dossier at a time.
pub fn write_portfolio<E: From<std::io::Error>>(
    out: &mut dyn std::io::Write,
    dossiers: impl IntoIterator<Item = Result<Dossier, E>>,
    summaries: &HashMap<AccountId, AccountSummary>,
    dialect: Dialect,
) -> Result<(), E> {
    let mut writer = CsvOut::with_dialect(out, false, dialect)?;
    writer.write_record(EXPORT_HEADER).map_err(io)?;
    let opt = |v: Option<String>| v.unwrap_or_default();
    for d in dossiers {
        let d = d?;
        let a = &d.account;
        let summary = summaries.get(&a.id);
        writer
            .write_record([
                a.name.clone(),
                a.client_type.key().into(),
                a.status.key().into(),
                a.level_now.key().into(),
                a.level_target.key().into(),
                a.industry.clone(),
                a.region.clone(),
                opt(a.headcount.map(|h| h.to_string())),
                opt(a.annual_sales.map(|s| s.to_string())),
                opt(a.cooperation_start.map(iso)),
                opt(a.contact_every_days.map(|d| d.to_string())),
                iso(a.created_on),
                d.people.len().to_string(),
                opt(summary.and_then(|s| s.last_touchpoint).map(iso)),
                opt(summary.and_then(|s| s.next_due).map(iso)),
            ])
            .map_err(io)?;
    }
    writer.flush()?;
    Ok(())
}

/// The csv writer's errors over an `io::Write` are I/O errors.
fn io(error: csv::Error) -> std::io::Error {
    std::io::Error::other(error.to_string())
}

/// A row of the file being read, to say where a value is wrong.
struct Row<'a> {
    file: &'a Path,
    line: usize,
}

impl Row<'_> {
    fn error(&self, column: &str, message: String) -> ImportError {
        ImportError::new(self.file, Some(self.line), message).at(crate::t!("import-csv-column", column = column))
    }

    /// `what` names the kind of value in the language spoken.
    fn choice<T: Choice>(&self, value: Option<(&str, &str)>, what: &str) -> Result<Option<T>, ImportError> {
        let Some((text, column)) = value else { return Ok(None) };
        match T::parse(text) {
            Some(v) => Ok(Some(v)),
            None => {
                let keys: Vec<&str> = T::ALL.iter().map(|v| v.key()).collect();
                Err(self.error(
                    column,
                    crate::t!("import-csv-not-a-choice", value = text, what = what, keys = keys.join(", ")),
                ))
            }
        }
    }

    fn number(&self, value: Option<(&str, &str)>) -> Result<Option<i64>, ImportError> {
        let Some((text, column)) = value else { return Ok(None) };
        parse_number(text)
            .map(Some)
            .ok_or_else(|| self.error(column, crate::t!("import-csv-not-a-number", value = text)))
    }

    fn date(&self, value: Option<(&str, &str)>, today: NaiveDate) -> Result<Option<NaiveDate>, ImportError> {
        let Some((text, column)) = value else { return Ok(None) };
        parse_date(text, today)
            .map(Some)
            .ok_or_else(|| self.error(column, crate::t!("import-csv-not-a-date", value = text)))
    }
}

impl Row<'_> {
    /// A date, or a day and month without a year (`31.12`, `--12-31`).
    fn birthday(&self, value: Option<(&str, &str)>, today: NaiveDate) -> Result<Option<BirthDate>, ImportError> {
        let Some((text, _)) = value else { return Ok(None) };
        match BirthDate::parse_typed(text, today) {
            Ok(birthday) => Ok(Some(birthday)),
            Err(_) => self.date(value, today).map(|d| d.map(BirthDate::Full)),
        }
    }
}

/// A whole number as spreadsheets write it, read by the one amount reader
/// (`1 250 000,50`, `1'250'000`, `1,250,000.50`, non-breaking spaces),
/// rounded to whole units. What it finds ambiguous (`1.250`) a spreadsheet
/// means as thousands, as keyplan has always read it.
fn parse_number(text: &str) -> Option<i64> {
    match crate::l10n::parse_amount(text) {
        Ok(hundredths) => {
            let whole = (hundredths.unsigned_abs() + 50) / 100;
            let whole = i64::try_from(whole).ok()?;
            Some(if hundredths < 0 { -whole } else { whole })
        }
        Err(_) => thousands(text),
    }
}

/// "18.500.000" and "1,250": every `.` and `,` groups thousands unless one
/// or two digits follow the last one.
fn thousands(text: &str) -> Option<i64> {
    let cleaned: String = text.chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '_' | '\'')).collect();
    let (whole, fraction) = match cleaned.rfind(['.', ',']) {
        Some(at) if (1..=2).contains(&(cleaned.len() - at - 1)) => (&cleaned[..at], &cleaned[at + 1..]),
        _ => (cleaned.as_str(), ""),
    };
    let digits: String = whole.chars().filter(|c| !matches!(c, '.' | ',')).collect();
    let (negative, digits) = match digits.strip_prefix('-') {
        Some(rest) => (true, rest.to_string()),
        None => (false, digits),
    };
    if digits.is_empty() || !digits.chars().chain(fraction.chars()).all(|c| c.is_ascii_digit()) {
        return None;
    }
    let mut value: i64 = digits.parse().ok()?;
    if fraction.starts_with(['5', '6', '7', '8', '9']) {
        value = value.checked_add(1)?;
    }
    Some(if negative { -value } else { value })
}

/// A date as typed anywhere in keyplan (`crate::domain::dates`), also with a
/// time after it (`2026-03-01T10:00`), or as `01.03.2026`.
fn parse_date(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    let text = text.trim();
    let day = text.split(['T', ' ']).next().unwrap_or(text);
    crate::domain::dates::parse_date(day, today).ok().or_else(|| NaiveDate::parse_from_str(day, "%d.%m.%Y").ok())
}

#[cfg(test)]
mod tests;
