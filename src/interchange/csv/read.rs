//! Reading a CSV file: the separator, the header row, the records, and the
//! accounts or people they hold.

use super::columns::{ACCOUNT_COLUMNS, PEOPLE_COLUMNS, expected, field_in, normalise, people_field};
use super::*;
use crate::interchange::encoding;
use crate::l10n;

/// The separator the header row uses most outside quotes: comma,
/// semicolon or tab.
pub(crate) fn separator(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or_default();
    let mut quoted = false;
    let mut counts = [0usize; 3];
    for b in header.bytes() {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let separators = [b',', b';', b'\t'];
    (0..3).rev().max_by_key(|i| counts[*i]).map_or(b',', |i| separators[i])
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

pub(crate) fn csv_error(file: &Path, error: &csv::Error) -> ImportError {
    let line = error.position().map(|p| p.line() as usize);
    let message = match error.kind() {
        csv::ErrorKind::Utf8 { .. } => crate::t!("import-encoding-unknown", tried = encoding::TRIED),
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

/// Turns every record that is not blank into one value with `read`, then
/// checks the quotes up to the last line read.
fn each_record<T>(
    file: &Path,
    text: &str,
    reader: &mut csv::Reader<&[u8]>,
    mut read: impl FnMut(Row<'_>, &csv::StringRecord) -> Result<T, ImportError>,
) -> Result<Vec<T>, ImportError> {
    let mut values = Vec::new();
    let mut last_line = 1;
    for row in records(file, reader) {
        let (line, record) = row?;
        last_line = line;
        if record.iter().all(|v| v.trim().is_empty()) {
            continue;
        }
        values.push(read(Row { file, line }, &record)?);
    }
    check_quotes(file, text, last_line)?;
    Ok(values)
}

/// The csv reader takes an unclosed quote to run to the end of the file;
/// an odd number of quote marks says that happened, in the last record read.
pub(crate) fn check_quotes(file: &Path, text: &str, last_line: usize) -> Result<(), ImportError> {
    if text.matches('"').count() % 2 == 1 {
        return Err(ImportError::new(file, Some(last_line.max(1)), l10n::text("import-csv-unclosed-quote")));
    }
    Ok(())
}

/// Accounts, one per row, each as a dossier of only its general information,
/// from the file's bytes (UTF-8, UTF-16 or Windows-1251, see `encoding`).
/// Returns them with the columns that were not used.
pub fn read_accounts(file: &Path, bytes: &[u8], today: NaiveDate) -> Result<(Vec<Account>, Vec<String>), ImportError> {
    let text = encoding::decode(file, bytes)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let mut reader = reader(text);
    let columns = header_columns(file, &mut reader, |key| field_in(ACCOUNT_COLUMNS, key))?;
    if !columns.has(Field::Name) {
        return Err(ImportError::new(
            file,
            Some(1),
            crate::t!("import-csv-no-account-name", found = columns.found(), expected = expected(ACCOUNT_COLUMNS)),
        ));
    }
    let accounts = each_record(file, text, &mut reader, |at, record| {
        let line = at.line;
        let Some((name, _)) = columns.one(record, Field::Name) else {
            return Err(ImportError::new(file, Some(line), l10n::text("import-csv-account-name-empty")));
        };
        let mut a = Account::new(name, today);
        a.id = AccountId(0);
        if let Some(t) =
            at.choice::<KeyClientType>(columns.one(record, Field::Type), l10n::text("import-csv-what-type"))?
        {
            a.client_type = t;
        }
        if let Some(s) =
            at.choice::<AccountStatus>(columns.one(record, Field::Status), l10n::text("import-csv-what-status"))?
        {
            a.status = s;
        }
        if let Some(l) =
            at.choice::<RelationshipLevel>(columns.one(record, Field::LevelNow), l10n::text("import-csv-what-level"))?
        {
            a.level_now = l;
        }
        if let Some(l) = at
            .choice::<RelationshipLevel>(columns.one(record, Field::LevelTarget), l10n::text("import-csv-what-level"))?
        {
            a.level_target = l;
        }
        let text_of = |f| columns.one(record, f).map(|(v, _)| v.to_string()).unwrap_or_default();
        a.industry = text_of(Field::Industry);
        a.region = columns.all(record, Field::Region).join(", ");
        a.description = text_of(Field::Description);
        a.development_history = text_of(Field::History);
        a.org_structure = text_of(Field::Org);
        a.market_environment = text_of(Field::Market);
        a.preferred_products = text_of(Field::Products);
        let headcount = columns.one(record, Field::Headcount);
        a.headcount = match at.number(headcount)? {
            None => None,
            Some(n) => Some(u32::try_from(n).map_err(|_| {
                at.error(headcount.map_or("", |h| h.1), crate::t!("import-csv-not-a-headcount", value = n))
            })?),
        };
        a.annual_sales = at.number(columns.one(record, Field::Sales))?;
        a.cooperation_start = at.date(columns.one(record, Field::Since), today)?;
        if let Some(created) = at.date(columns.one(record, Field::CreatedOn), today)? {
            a.created_on = created;
        }
        let every = columns.one(record, Field::Every);
        a.contact_every_days = match at.number(every)? {
            None => None,
            Some(n) => Some(
                u32::try_from(n)
                    .ok()
                    .filter(|n| *n > 0)
                    .ok_or_else(|| at.error(every.map_or("", |e| e.1), crate::t!("import-csv-not-days", value = n)))?,
            ),
        };
        Ok(a)
    })?;
    Ok((accounts, columns.ignored()))
}

/// People, one per row, for one account (`--account`), from the file's
/// bytes as [`read_accounts`] reads them.
pub fn read_people(file: &Path, bytes: &[u8], today: NaiveDate) -> Result<(Vec<Person>, Vec<String>), ImportError> {
    let text = encoding::decode(file, bytes)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let mut reader = reader(text);
    let columns = header_columns(file, &mut reader, people_field)?;
    if !columns.has(Field::FullName) && !columns.has(Field::First) && !columns.has(Field::Last) {
        return Err(ImportError::new(
            file,
            Some(1),
            crate::t!("import-csv-no-person-name", found = columns.found(), expected = expected(PEOPLE_COLUMNS)),
        ));
    }
    let people = each_record(file, text, &mut reader, |at, record| {
        let line = at.line;
        let name = match columns.one(record, Field::FullName) {
            Some((full, _)) => full.to_string(),
            None => [Field::First, Field::Middle, Field::Last]
                .iter()
                .filter_map(|f| columns.one(record, *f).map(|v| v.0))
                .collect::<Vec<_>>()
                .join(" "),
        };
        if name.trim().is_empty() {
            return Err(ImportError::new(file, Some(line), l10n::text("import-csv-person-name-empty")));
        }
        let mut p = Person::new(AccountId(0), name);
        p.job_title = columns.one(record, Field::Title).map(|v| v.0.to_string()).unwrap_or_default();
        p.email = columns.all(record, Field::Email).join(", ");
        p.phone = columns.all(record, Field::Phone).join(", ");
        p.notes = columns.all(record, Field::Notes).join("\n");
        p.birthday = at.birthday(columns.one(record, Field::Birthday), today)?;
        p.role = at.choice::<BuyingRole>(columns.one(record, Field::Role), l10n::text("import-csv-what-role"))?;
        p.attitude =
            at.choice::<Attitude>(columns.one(record, Field::Attitude), l10n::text("import-csv-what-attitude"))?;
        p.channel =
            at.choice::<ContactChannel>(columns.one(record, Field::Channel), l10n::text("import-csv-what-channel"))?;
        let influence = columns.one(record, Field::Influence);
        p.influence = match at.number(influence)? {
            None => None,
            Some(n) => {
                Some(u8::try_from(n).ok().filter(|i| crate::domain::people::valid_influence(*i)).ok_or_else(|| {
                    at.error(influence.map_or("", |i| i.1), crate::t!("import-csv-not-influence", value = n))
                })?)
            }
        };
        Ok(p)
    })?;
    Ok((people, columns.ignored()))
}
