//! `keyplan people [ACCOUNT]`: the people at the customers, out to the
//! address book — a table fitted to the terminal, JSON, CSV or vCards —
//! and `--email QUERY`, the query a mail program asks an address book
//! (mutt's `query_command`).

use std::path::Path;

use serde::Serialize;

use super::{Failure, out, resolve};
use crate::domain::{Attitude, BirthDate, BuyingRole, Choice, Person};
use crate::interchange::vcard;

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum PeopleFormat {
    #[value(help = crate::l10n::text("cli-people-format-text"))]
    Text,
    #[value(help = crate::l10n::text("cli-people-format-json"))]
    Json,
    #[value(help = crate::l10n::text("cli-people-format-csv"))]
    Csv,
    #[value(help = crate::l10n::text("cli-people-format-vcf"))]
    Vcf,
}

#[derive(clap::Args, Debug)]
pub struct PeopleArgs {
    #[arg(value_name = "ACCOUNT", add = super::completions::accounts())]
    pub account: Option<String>,
    #[arg(long, value_enum)]
    pub format: Option<PeopleFormat>,
    #[arg(long, value_enum, value_name = "VERSION")]
    pub vcard: Option<vcard::Version>,
    #[arg(long, value_name = "QUERY", conflicts_with_all = ["format", "vcard"])]
    pub email: Option<String>,
    #[arg(long, conflicts_with = "email")]
    pub excel: bool,
}

/// One person as JSON and CSV show them.
#[derive(Serialize)]
struct Row<'a> {
    id: i64,
    uid: &'a str,
    account_id: i64,
    account: &'a str,
    name: &'a str,
    job_title: &'a str,
    role: Option<BuyingRole>,
    influence: Option<u8>,
    attitude: Option<Attitude>,
    email: &'a str,
    phone: &'a str,
    birthday: Option<BirthDate>,
    notes: &'a str,
}

const CSV_HEADER: [&str; 13] = [
    "id",
    "uid",
    "account_id",
    "account",
    "name",
    "job_title",
    "role",
    "influence",
    "attitude",
    "email",
    "phone",
    "birthday",
    "notes",
];

impl<'a> Row<'a> {
    fn new(p: &'a Person, account: &'a str) -> Self {
        Row {
            id: p.id.0,
            uid: &p.stamp.uid,
            account_id: p.account_id.0,
            account,
            name: &p.name,
            job_title: &p.job_title,
            role: p.role,
            influence: p.influence,
            attitude: p.attitude,
            email: &p.email,
            phone: &p.phone,
            birthday: p.birthday,
            notes: &p.notes,
        }
    }
}

pub fn run(path: &Path, args: &PeopleArgs) -> Result<(), Failure> {
    let store = super::open_for_reading(path)?;
    let account = args.account.as_deref().map(|wanted| resolve::account(&store, wanted)).transpose()?;
    let people = store.people_with_accounts(account)?;
    drop(store);
    if let Some(query) = &args.email {
        return email_query(&people, query);
    }
    let format = match (args.format, args.vcard) {
        (None, Some(_)) => PeopleFormat::Vcf,
        (Some(format), Some(_)) if format != PeopleFormat::Vcf => {
            return Err(Failure::user(crate::l10n::text("shell-people-vcard-needs-vcf")));
        }
        (format, _) => format.unwrap_or(PeopleFormat::Text),
    };
    let rows: Vec<Row> = people.iter().map(|(p, a)| Row::new(p, a)).collect();
    let printed = match format {
        PeopleFormat::Json => {
            let mut text = serde_json::to_string_pretty(&rows).map_err(|e| Failure::internal(e.to_string()))?;
            text.push('\n');
            text
        }
        PeopleFormat::Csv => csv(&rows, out::csv_dialect(args.excel))?,
        PeopleFormat::Vcf => {
            vcard::write_cards(people.iter().map(|(p, a)| (p, a.as_str())), args.vcard.unwrap_or_default())
        }
        PeopleFormat::Text if people.is_empty() => {
            super::say::warn(crate::l10n::text("shell-people-empty"));
            return Ok(());
        }
        PeopleFormat::Text => table(&people, account.is_none(), out::terminal_width()),
    };
    out::print(&printed)
}

fn csv(rows: &[Row], dialect: crate::interchange::csv::Dialect) -> Result<String, Failure> {
    let error = |e: csv::Error| Failure::internal(format!("could not write CSV ({e})"));
    let mut writer = crate::interchange::csv::CsvOut::with_dialect(Vec::new(), true, dialect)?;
    if rows.is_empty() {
        writer.write_record(CSV_HEADER).map_err(error)?;
    }
    for row in rows {
        writer.serialize(row).map_err(error)?;
    }
    let bytes = writer.into_inner().map_err(error)?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// The people as a table; the account column only when they are of several.
pub(crate) fn table(people: &[(Person, String)], with_account: bool, width: Option<usize>) -> String {
    use out::{Column, NAME};
    let column = |header, right, drop_order, cell: &dyn Fn(&(Person, String)) -> String| Column {
        header,
        right,
        drop_order,
        cells: people.iter().map(cell).collect(),
    };
    // Dropped on a narrow terminal, highest first: what reaches the person
    // (e-mail, phone) stays longest after the name and the account.
    let text = crate::l10n::text;
    let mut columns = vec![
        column(text("shell-list-id"), true, 6, &|(p, _)| p.id.to_string()),
        column(text("shell-people-name"), false, NAME, &|(p, _)| p.name.clone()),
    ];
    if with_account {
        columns.push(column(text("shell-list-account"), false, 1, &|(_, a)| a.clone()));
    }
    columns.extend([
        column(text("shell-people-title"), false, 4, &|(p, _)| p.job_title.clone()),
        column(text("shell-people-role"), false, 5, &|(p, _)| {
            p.role.map(|r| r.label().to_string()).unwrap_or_default()
        }),
        column(text("shell-people-email"), false, 2, &|(p, _)| p.email.clone()),
        column(text("shell-people-phone"), false, 3, &|(p, _)| p.phone.clone()),
        column(text("shell-people-birthday"), false, 7, &|(p, _)| p.birthday.map(BirthDate::shown).unwrap_or_default()),
    ]);
    out::table(columns, people.len(), width)
}

/// mutt's query format: a first line for the status bar, then one
/// `address<TAB>name<TAB>account` line per address. Nothing found exits 1,
/// as address books do for mail programs.
fn email_query(people: &[(Person, String)], query: &str) -> Result<(), Failure> {
    let lines = query_lines(people, query);
    if lines.is_empty() {
        out::print(&format!(
            "{}\n",
            crate::t!("shell-people-query-none", query = crate::domain::text::clean_line(query))
        ))?;
        return Err(Failure::nothing_found());
    }
    let mut text = format!("{}\n", crate::t!("shell-people-query-found", count = lines.len()));
    for line in lines {
        text.push_str(&line);
        text.push('\n');
    }
    out::print(&text)
}

/// The `address<TAB>name<TAB>account` lines that `query` matches, in any
/// case and script: a person whose name or account matches gives every
/// address; otherwise the addresses that match.
fn query_lines(people: &[(Person, String)], query: &str) -> Vec<String> {
    let query = query.trim().to_lowercase();
    let has = |text: &str| text.to_lowercase().contains(&query);
    let field = |text: &str| text.replace('\t', " ");
    let mut lines = Vec::new();
    for (person, account) in people {
        let whole = has(&person.name) || has(account);
        for address in person.email.split([',', ';']).map(str::trim).filter(|e| !e.is_empty()) {
            if whole || has(address) {
                lines.push(format!("{}\t{}\t{}", field(address), field(&person.name), field(account)));
            }
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::AccountId;

    fn people() -> Vec<(Person, String)> {
        let mut olena = Person::new(AccountId(1), "Олена Петренко");
        olena.email = "olena@kyivstar.ua, o.p@example.org".into();
        let mut nino = Person::new(AccountId(2), "ნინო ბერიძე");
        nino.email = "nino@gwp.ge".into();
        let mut ivan = Person::new(AccountId(2), "Иван Соколов");
        ivan.email = String::new();
        vec![(olena, "Київстар Бізнес".into()), (nino, "თბილისის წყალი".into()), (ivan, "GWP".into())]
    }

    #[test]
    fn the_query_matches_name_address_and_account_in_any_case() {
        let people = people();
        assert_eq!(
            query_lines(&people, "ОЛЕНА"),
            vec![
                "olena@kyivstar.ua\tОлена Петренко\tКиївстар Бізнес",
                "o.p@example.org\tОлена Петренко\tКиївстар Бізнес"
            ]
        );
        assert_eq!(query_lines(&people, "example"), vec!["o.p@example.org\tОлена Петренко\tКиївстар Бізнес"]);
        // Georgian capitals (Mtavruli) fold to the letters names are written in.
        assert_eq!(query_lines(&people, "ᲗᲑᲘᲚᲘᲡᲘᲡ"), vec!["nino@gwp.ge\tნინო ბერიძე\tთბილისის წყალი"]);
        assert_eq!(query_lines(&people, "київстар").len(), 2);
        assert!(query_lines(&people, "Соколов").is_empty(), "no address, nothing to offer");
        assert!(query_lines(&people, "nobody").is_empty());
    }

    #[test]
    fn the_table_fits_and_keeps_names() {
        let people = people();
        let wide = table(&people, true, None);
        assert!(wide.contains("Account") && wide.contains("olena@kyivstar.ua"), "{wide}");
        for width in [40, 50, 80] {
            let text = table(&people, true, Some(width));
            for line in text.lines() {
                assert!(out::width(line) <= width, "{width}: {line:?}\n{text}");
            }
            assert!(text.contains("ნინო"), "{text}");
        }
        assert!(!table(&people, false, None).contains("Account"));
    }
}
