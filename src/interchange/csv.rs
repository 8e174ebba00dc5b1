//! CSV: the portfolio table out; accounts, or the people of one account, in.
//!
//! Reading maps the header row's common column names (any case, spaces,
//! dashes and underscores ignored): for accounts `name`/`company`/`account`,
//! `industry`/`sector`, `region`/`city`/`country` (joined), `headcount`/
//! `employees`, `annual sales`/`revenue`/`turnover`, `status`, `type`,
//! `level`, `target level`, `cooperation start`/`customer since`, ...; for
//! people `name`/`full name` (or `first name` + `last name`), `title`/`job
//! title`/`position`, `email`/`e-mail` (every such column), `phone`/`mobile`/
//! `tel` (every such column), `birthday`/`date of birth`, `notes`, `role`,
//! `influence`, `attitude`, `channel`. Other columns are reported and left
//! out. The separator (`,`, `;` or tab) is taken from the header row.

use std::collections::HashMap;
use std::path::Path;

use chrono::NaiveDate;

use super::{ImportError, iso};
use crate::domain::{
    Account, AccountId, AccountStatus, AccountSummary, Attitude, BuyingRole, Choice, ContactChannel, Dossier,
    KeyClientType, Person, RelationshipLevel,
};

pub use read::{read_accounts, read_people};

mod read;

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
) -> Result<(), E> {
    let mut writer = csv::Writer::from_writer(out);
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Name,
    Industry,
    Region,
    Headcount,
    Sales,
    Status,
    Type,
    LevelNow,
    LevelTarget,
    Since,
    Every,
    Description,
    History,
    Org,
    Market,
    Products,
    CreatedOn,
    // People
    FullName,
    First,
    Middle,
    Last,
    Title,
    Email,
    Phone,
    Birthday,
    Notes,
    Role,
    Influence,
    Attitude,
    Channel,
}

/// Column names for accounts, most specific first (the first present wins
/// when two columns mean the same field; region columns are all joined).
const ACCOUNT_COLUMNS: &[(&str, Field)] = &[
    ("name", Field::Name),
    ("accountname", Field::Name),
    ("companyname", Field::Name),
    ("company", Field::Name),
    ("account", Field::Name),
    ("organisation", Field::Name),
    ("organization", Field::Name),
    ("customer", Field::Name),
    ("client", Field::Name),
    ("industry", Field::Industry),
    ("sector", Field::Industry),
    ("region", Field::Region),
    ("city", Field::Region),
    ("state", Field::Region),
    ("country", Field::Region),
    ("location", Field::Region),
    ("headcount", Field::Headcount),
    ("employees", Field::Headcount),
    ("numberofemployees", Field::Headcount),
    ("noofemployees", Field::Headcount),
    ("employeecount", Field::Headcount),
    ("staff", Field::Headcount),
    ("annualsales", Field::Sales),
    ("sales", Field::Sales),
    ("annualrevenue", Field::Sales),
    ("revenue", Field::Sales),
    ("turnover", Field::Sales),
    ("status", Field::Status),
    ("clienttype", Field::Type),
    ("keyclienttype", Field::Type),
    ("accounttype", Field::Type),
    ("type", Field::Type),
    ("levelnow", Field::LevelNow),
    ("relationshiplevel", Field::LevelNow),
    ("level", Field::LevelNow),
    ("leveltarget", Field::LevelTarget),
    ("targetlevel", Field::LevelTarget),
    ("cooperationstart", Field::Since),
    ("cooperationsince", Field::Since),
    ("customersince", Field::Since),
    ("since", Field::Since),
    ("contacteverydays", Field::Every),
    ("contactevery", Field::Every),
    ("description", Field::Description),
    ("about", Field::Description),
    ("notes", Field::Description),
    ("developmenthistory", Field::History),
    ("history", Field::History),
    ("orgstructure", Field::Org),
    ("organisationalstructure", Field::Org),
    ("marketenvironment", Field::Market),
    ("preferredproducts", Field::Products),
    ("products", Field::Products),
    ("createdon", Field::CreatedOn),
];

const PEOPLE_COLUMNS: &[(&str, Field)] = &[
    ("name", Field::FullName),
    ("fullname", Field::FullName),
    ("displayname", Field::FullName),
    ("contactname", Field::FullName),
    ("contact", Field::FullName),
    ("firstname", Field::First),
    ("givenname", Field::First),
    ("middlename", Field::Middle),
    ("additionalname", Field::Middle),
    ("lastname", Field::Last),
    ("surname", Field::Last),
    ("familyname", Field::Last),
    ("jobtitle", Field::Title),
    ("title", Field::Title),
    ("position", Field::Title),
    ("birthday", Field::Birthday),
    ("dateofbirth", Field::Birthday),
    ("birthdate", Field::Birthday),
    ("dob", Field::Birthday),
    ("notes", Field::Notes),
    ("note", Field::Notes),
    ("comments", Field::Notes),
    ("buyingrole", Field::Role),
    ("role", Field::Role),
    ("influence", Field::Influence),
    ("attitude", Field::Attitude),
    ("preferredchannel", Field::Channel),
    ("channel", Field::Channel),
];

/// Lower case letters and digits only: "E-mail 1" -> "email1".
fn normalise(header: &str) -> String {
    header.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

fn people_field(key: &str) -> Option<Field> {
    if let Some((_, f)) = PEOPLE_COLUMNS.iter().find(|(k, _)| *k == key) {
        return Some(*f);
    }
    // "Email 2", "E-mail Address", "Work phone", "Mobile phone": but not
    // the "... Type" or "... Label" columns some address books add.
    if key.ends_with("type") || key.ends_with("label") {
        return None;
    }
    if key.contains("email") {
        Some(Field::Email)
    } else if ["phone", "mobile", "tel", "cell"].iter().any(|w| key.contains(w)) {
        Some(Field::Phone)
    } else {
        None
    }
}

/// The columns of the file: which field each one feeds.
struct Columns {
    fields: Vec<Option<Field>>,
    headers: Vec<String>,
}

impl Columns {
    /// The value of `field` in `record`: the first non-empty of its columns.
    fn one<'r>(&self, record: &'r csv::StringRecord, field: Field) -> Option<(&'r str, &str)> {
        self.fields.iter().enumerate().filter(|(_, f)| **f == Some(field)).find_map(|(i, _)| {
            let value = record.get(i)?.trim();
            (!value.is_empty()).then(|| (value, self.headers[i].as_str()))
        })
    }

    /// Every non-empty value of `field`, in column order.
    fn all<'r>(&self, record: &'r csv::StringRecord, field: Field) -> Vec<&'r str> {
        self.fields
            .iter()
            .enumerate()
            .filter(|(_, f)| **f == Some(field))
            .filter_map(|(i, _)| record.get(i).map(str::trim).filter(|v| !v.is_empty()))
            .collect()
    }

    fn has(&self, field: Field) -> bool {
        self.fields.contains(&Some(field))
    }

    fn ignored(&self) -> Vec<String> {
        self.fields
            .iter()
            .zip(&self.headers)
            .filter(|(f, h)| f.is_none() && !h.trim().is_empty())
            .map(|(_, h)| format!("column \"{h}\""))
            .collect()
    }
}

/// A row of the file being read, to say where a value is wrong.
struct Row<'a> {
    file: &'a Path,
    line: usize,
}

impl Row<'_> {
    fn error(&self, column: &str, message: String) -> ImportError {
        ImportError::new(self.file, Some(self.line), message).at(format!("column \"{column}\""))
    }

    fn choice<T: Choice>(&self, value: Option<(&str, &str)>, what: &str) -> Result<Option<T>, ImportError> {
        let Some((text, column)) = value else { return Ok(None) };
        match T::parse(text) {
            Some(v) => Ok(Some(v)),
            None => {
                let keys: Vec<&str> = T::ALL.iter().map(|v| v.key()).collect();
                Err(self.error(column, format!("\"{text}\" is not a {what} (one of {})", keys.join(", "))))
            }
        }
    }

    fn number(&self, value: Option<(&str, &str)>) -> Result<Option<i64>, ImportError> {
        let Some((text, column)) = value else { return Ok(None) };
        parse_number(text).map(Some).ok_or_else(|| self.error(column, format!("\"{text}\" is not a whole number")))
    }

    fn date(&self, value: Option<(&str, &str)>) -> Result<Option<NaiveDate>, ImportError> {
        let Some((text, column)) = value else { return Ok(None) };
        parse_date(text)
            .map(Some)
            .ok_or_else(|| self.error(column, format!("\"{text}\" is not a date (YYYY-MM-DD or DD.MM.YYYY)")))
    }
}

/// "18 500 000", "18,500,000", "18.500.000" and "18 500 000,00" are all
/// 18500000: a `.` or `,` followed by one or two digits at the end is the
/// decimal mark (the amount is rounded), every other one groups thousands.
fn parse_number(text: &str) -> Option<i64> {
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

/// `2026-03-01`, `2026-03-01T...`, `01.03.2026`.
fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    let day = text.split(['T', ' ']).next().unwrap_or(text);
    NaiveDate::parse_from_str(day, "%Y-%m-%d").or_else(|_| NaiveDate::parse_from_str(day, "%d.%m.%Y")).ok()
}

#[cfg(test)]
mod tests;
