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

/// The separator the header row uses most: comma, semicolon or tab.
fn separator(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or_default();
    [b',', b';', b'\t'].into_iter().max_by_key(|s| header.bytes().filter(|b| b == s).count()).unwrap_or(b',')
}

fn reader(text: &str) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new().delimiter(separator(text)).flexible(true).from_reader(text.as_bytes())
}

fn header_columns(
    file: &Path,
    reader: &mut csv::Reader<&[u8]>,
    field_of: impl Fn(&str) -> Option<Field>,
) -> Result<Columns, ImportError> {
    let headers = reader.headers().map_err(|e| csv_error(file, &e))?.clone();
    let mut fields = Vec::with_capacity(headers.len());
    for h in &headers {
        fields.push(field_of(&normalise(h)));
    }
    Ok(Columns { fields, headers: headers.iter().map(str::to_string).collect() })
}

fn csv_error(file: &Path, error: &csv::Error) -> ImportError {
    let line = error.position().map(|p| p.line() as usize);
    let message = match error.kind() {
        csv::ErrorKind::Utf8 { .. } => "the text is not UTF-8: save the file as UTF-8 CSV".to_string(),
        _ => error.to_string(),
    };
    ImportError::new(file, line, message)
}

fn records(
    file: &Path,
    reader: &mut csv::Reader<&[u8]>,
) -> impl Iterator<Item = Result<(usize, csv::StringRecord), ImportError>> {
    reader.records().map(move |r| {
        let record = r.map_err(|e| csv_error(file, &e))?;
        let line = record.position().map_or(0, |p| p.line() as usize);
        Ok((line, record))
    })
}

/// The csv reader takes an unclosed quote to run to the end of the file;
/// an odd number of quote marks says that happened, in the last record read.
fn check_quotes(file: &Path, text: &str, last_line: usize) -> Result<(), ImportError> {
    if text.matches('"').count() % 2 == 1 {
        return Err(ImportError::new(
            file,
            Some(last_line.max(1)),
            "a quoted value that starts here is never closed (a \" is missing)",
        ));
    }
    Ok(())
}

/// Accounts, one per row, each as a dossier of only its general information.
/// Returns them with the columns that were not used.
pub fn read_accounts(file: &Path, text: &str, today: NaiveDate) -> Result<(Vec<Account>, Vec<String>), ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = reader(text);
    let columns =
        header_columns(file, &mut reader, |key| ACCOUNT_COLUMNS.iter().find(|(k, _)| *k == key).map(|(_, f)| *f))?;
    if !columns.has(Field::Name) {
        return Err(ImportError::new(
            file,
            Some(1),
            "there is no column for the account's name (call it name, company or account)",
        ));
    }
    let mut accounts = Vec::new();
    let mut last_line = 1;
    for row in records(file, &mut reader) {
        let (line, record) = row?;
        last_line = line;
        if record.iter().all(|v| v.trim().is_empty()) {
            continue;
        }
        let at = Row { file, line };
        let Some((name, _)) = columns.one(&record, Field::Name) else {
            return Err(ImportError::new(file, Some(line), "the account's name is empty"));
        };
        let mut a = Account::new(name, today);
        a.id = AccountId(0);
        if let Some(t) = at.choice::<KeyClientType>(columns.one(&record, Field::Type), "key-client type")? {
            a.client_type = t;
        }
        if let Some(s) = at.choice::<AccountStatus>(columns.one(&record, Field::Status), "status")? {
            a.status = s;
        }
        if let Some(l) = at.choice::<RelationshipLevel>(columns.one(&record, Field::LevelNow), "relationship level")? {
            a.level_now = l;
        }
        if let Some(l) =
            at.choice::<RelationshipLevel>(columns.one(&record, Field::LevelTarget), "relationship level")?
        {
            a.level_target = l;
        }
        let text_of = |f| columns.one(&record, f).map(|(v, _)| v.to_string()).unwrap_or_default();
        a.industry = text_of(Field::Industry);
        a.region = columns.all(&record, Field::Region).join(", ");
        a.description = text_of(Field::Description);
        a.development_history = text_of(Field::History);
        a.org_structure = text_of(Field::Org);
        a.market_environment = text_of(Field::Market);
        a.preferred_products = text_of(Field::Products);
        let headcount = columns.one(&record, Field::Headcount);
        a.headcount = match at.number(headcount)? {
            None => None,
            Some(n) => Some(
                u32::try_from(n)
                    .map_err(|_| at.error(headcount.map_or("", |h| h.1), format!("{n} is not a headcount")))?,
            ),
        };
        a.annual_sales = at.number(columns.one(&record, Field::Sales))?;
        a.cooperation_start = at.date(columns.one(&record, Field::Since))?;
        if let Some(created) = at.date(columns.one(&record, Field::CreatedOn))? {
            a.created_on = created;
        }
        let every = columns.one(&record, Field::Every);
        a.contact_every_days = match at.number(every)? {
            None => None,
            Some(n) => Some(u32::try_from(n).ok().filter(|n| *n > 0).ok_or_else(|| {
                at.error(every.map_or("", |e| e.1), format!("{n} is not a number of days (1 or more)"))
            })?),
        };
        accounts.push(a);
    }
    check_quotes(file, text, last_line)?;
    Ok((accounts, columns.ignored()))
}

/// People, one per row, for one account (`--account`).
pub fn read_people(file: &Path, text: &str) -> Result<(Vec<Person>, Vec<String>), ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = reader(text);
    let columns = header_columns(file, &mut reader, people_field)?;
    if !columns.has(Field::FullName) && !columns.has(Field::First) && !columns.has(Field::Last) {
        return Err(ImportError::new(
            file,
            Some(1),
            "there is no column for the person's name (call it name or full name, or first name and last name)",
        ));
    }
    let mut people = Vec::new();
    let mut last_line = 1;
    for row in records(file, &mut reader) {
        let (line, record) = row?;
        last_line = line;
        if record.iter().all(|v| v.trim().is_empty()) {
            continue;
        }
        let at = Row { file, line };
        let name = match columns.one(&record, Field::FullName) {
            Some((full, _)) => full.to_string(),
            None => [Field::First, Field::Middle, Field::Last]
                .iter()
                .filter_map(|f| columns.one(&record, *f).map(|v| v.0))
                .collect::<Vec<_>>()
                .join(" "),
        };
        if name.trim().is_empty() {
            return Err(ImportError::new(file, Some(line), "the person's name is empty"));
        }
        let mut p = Person::new(AccountId(0), name);
        p.job_title = columns.one(&record, Field::Title).map(|v| v.0.to_string()).unwrap_or_default();
        p.email = columns.all(&record, Field::Email).join(", ");
        p.phone = columns.all(&record, Field::Phone).join(", ");
        p.notes = columns.all(&record, Field::Notes).join("\n");
        p.birthday = at.date(columns.one(&record, Field::Birthday))?;
        p.role = at.choice::<BuyingRole>(columns.one(&record, Field::Role), "buying role")?;
        p.attitude = at.choice::<Attitude>(columns.one(&record, Field::Attitude), "attitude")?;
        p.channel = at.choice::<ContactChannel>(columns.one(&record, Field::Channel), "channel")?;
        let influence = columns.one(&record, Field::Influence);
        p.influence = match at.number(influence)? {
            None => None,
            Some(n) => Some(
                u8::try_from(n)
                    .ok()
                    .filter(|i| crate::domain::people::valid_influence(*i))
                    .ok_or_else(|| at.error(influence.map_or("", |i| i.1), format!("influence is 1 to 5, not {n}")))?,
            ),
        };
        people.push(p);
    }
    check_quotes(file, text, last_line)?;
    Ok((people, columns.ignored()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    #[test]
    fn maps_common_account_columns() {
        let text = "Company;Sector;City;Country;Employees;Annual Revenue;Status;Website\n\
                    Acme;Logistics;Lviv;Ukraine;1 200;18 500 000,00;at risk;acme.example\n";
        // A semicolon file: the comma inside the number is a thousands mark.
        let (accounts, ignored) = read_accounts(Path::new("a.csv"), text, today()).unwrap();
        let a = &accounts[0];
        assert_eq!(a.name, "Acme");
        assert_eq!(a.industry, "Logistics");
        assert_eq!(a.region, "Lviv, Ukraine");
        assert_eq!(a.headcount, Some(1200));
        assert_eq!(a.status, AccountStatus::AtRisk);
        assert_eq!(a.annual_sales, Some(18_500_000));
        assert_eq!(ignored, vec!["column \"Website\""]);
    }

    #[test]
    fn refuses_what_it_cannot_read_with_line_and_column() {
        let e = read_accounts(Path::new("a.csv"), "industry,region\nx,y\n", today()).unwrap_err();
        assert_eq!(e.line, Some(1));
        assert!(e.message.contains("no column for the account's name"));
        let e = read_accounts(Path::new("a.csv"), "name,employees\nA,10\nB,many\n", today()).unwrap_err();
        assert_eq!(e.to_string(), "a.csv line 3, column \"employees\": \"many\" is not a whole number");
        let e = read_accounts(Path::new("a.csv"), "name\nA\n\"B\nC\nD\n", today()).unwrap_err();
        assert_eq!(e.line, Some(3));
        assert!(e.message.contains("never closed"));
        let e = read_accounts(Path::new("a.csv"), "name,status\nA,asleep\n", today()).unwrap_err();
        assert!(e.to_string().starts_with("a.csv line 2, column \"status\": \"asleep\" is not a status"));
    }

    #[test]
    fn maps_people_columns_and_joins_emails_and_phones() {
        let text = "First Name,Last Name,Job Title,E-mail Address,E-mail 2 Address,Mobile Phone,Business Phone,Birthday\n\
                    Олена,Коваль,Комерційний директор,o@x.ua,olena@y.ua,+380 50 000 00 00,,1976-12-01\n";
        let (people, _) = read_people(Path::new("p.csv"), text).unwrap();
        let p = &people[0];
        assert_eq!(p.name, "Олена Коваль");
        assert_eq!(p.job_title, "Комерційний директор");
        assert_eq!(p.email, "o@x.ua, olena@y.ua");
        assert_eq!(p.phone, "+380 50 000 00 00");
        assert_eq!(p.birthday, NaiveDate::from_ymd_opt(1976, 12, 1));
        let e = read_people(Path::new("p.csv"), "title,email\nx,y\n").unwrap_err();
        assert!(e.message.contains("no column for the person's name"));
    }

    #[test]
    fn numbers_in_several_spellings() {
        assert_eq!(parse_number("18 500 000"), Some(18_500_000));
        assert_eq!(parse_number("18,500,000"), Some(18_500_000));
        assert_eq!(parse_number("1200.50"), Some(1201));
        assert_eq!(parse_number("-3"), Some(-3));
        assert_eq!(parse_number("12k"), None);
        assert_eq!(parse_number("18.500.000"), Some(18_500_000));
        assert_eq!(parse_number("18 500 000,49"), Some(18_500_000));
        assert_eq!(parse_number("1,234.56"), Some(1235));
        assert_eq!(parse_number("-"), None);
    }
}
