//! `keyplan list`: the portfolio from the shell — a table fitted to the
//! terminal, or JSON and CSV for other tools.

use std::path::Path;

use chrono::NaiveDate;
use serde::Serialize;

use super::{Failure, out};
use crate::domain::columns::AccountColumn;
use crate::domain::{AccountStatus, AccountSummary, Choice, KeyClientType, RelationshipLevel};

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListFormat {
    #[value(help = crate::l10n::text("cli-list-format-text"))]
    Text,
    #[value(help = crate::l10n::text("cli-list-format-json"))]
    Json,
    #[value(help = crate::l10n::text("cli-list-format-csv"))]
    Csv,
}

#[derive(clap::Args, Debug)]
pub struct ListArgs {
    #[arg(long, value_enum, default_value_t = ListFormat::Text)]
    pub format: ListFormat,
    #[arg(long, value_name = "STATUS", value_parser = parse_status, add = super::completions::choices::<AccountStatus>())]
    pub status: Option<AccountStatus>,
    #[arg(long)]
    pub excel: bool,
}

fn parse_status(text: &str) -> Result<AccountStatus, String> {
    AccountStatus::parse(text).ok_or_else(|| {
        let keys: Vec<&str> = AccountStatus::ALL.iter().map(|s| s.key()).collect();
        crate::t!("shell-choose-one-of", keys = keys.join(", "))
    })
}

/// One account as JSON and CSV show it, its fields named as
/// [`crate::domain::fields::LIST_KEYS`] (the export's names).
#[derive(Serialize)]
struct Row<'a> {
    id: i64,
    name: &'a str,
    client_type: KeyClientType,
    status: AccountStatus,
    level_now: RelationshipLevel,
    last_touchpoint: Option<NaiveDate>,
    next_due: Option<NaiveDate>,
    annual_sales: Option<i64>,
}

impl<'a> From<&'a AccountSummary> for Row<'a> {
    fn from(a: &'a AccountSummary) -> Self {
        Row {
            id: a.id.0,
            name: &a.name,
            client_type: a.client_type,
            status: a.status,
            level_now: a.level_now,
            last_touchpoint: a.last_touchpoint,
            next_due: a.next_due,
            annual_sales: a.annual_sales,
        }
    }
}

pub fn run(path: &Path, today: chrono::NaiveDate, args: &ListArgs) -> Result<(), Failure> {
    let store = super::open_for_analysis(path, today)?;
    let mut accounts = store.list_accounts()?;
    if let Some(status) = args.status {
        accounts.retain(|a| a.status == status);
    }
    // As in the workbench: ranked by sales, the closed accounts last.
    accounts.sort_by_key(|a| !a.status.is_open());
    let rows: Vec<Row> = accounts.iter().map(Row::from).collect();
    let printed = match args.format {
        ListFormat::Json => json(&rows)?,
        ListFormat::Csv => csv(&rows, out::csv_dialect(args.excel))?,
        ListFormat::Text if accounts.is_empty() => {
            super::say::warn(&match args.status {
                None => crate::l10n::text("shell-list-empty").to_string(),
                Some(status) => crate::t!("shell-list-none-with-status", status = status.key()),
            });
            return Ok(());
        }
        ListFormat::Text => table(&accounts, out::fit_width()),
    };
    out::print(&printed)
}

fn json(rows: &[Row]) -> Result<String, Failure> {
    let mut text = serde_json::to_string_pretty(rows).map_err(|e| Failure::user(e.to_string()))?;
    text.push('\n');
    Ok(text)
}

fn csv(rows: &[Row], dialect: crate::interchange::csv::Dialect) -> Result<String, Failure> {
    let mut writer = crate::interchange::csv::CsvOut::with_dialect(Vec::new(), true, dialect)?;
    if rows.is_empty() {
        writer.write_record(crate::domain::fields::LIST_KEYS).map_err(csv_error)?;
    }
    for row in rows {
        writer.serialize(row).map_err(csv_error)?;
    }
    let bytes = writer.into_inner().map_err(|e| Failure::user(e.to_string()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn csv_error(e: csv::Error) -> Failure {
    Failure::internal(format!("could not write CSV ({e})"))
}

use out::Column;

/// The table: every column at its natural width when piped; on a terminal,
/// the least needed columns go first, then long names are shortened.
pub(crate) fn table(accounts: &[AccountSummary], width: Option<usize>) -> String {
    let date = |d: Option<NaiveDate>| d.map(crate::l10n::date).unwrap_or_else(|| "—".into());
    // Dropped on a narrow terminal in the portfolio's order (the name never).
    let column = |header, right, field: AccountColumn, cell: &dyn Fn(&AccountSummary) -> String| Column {
        header,
        right,
        drop_order: field.drop_order(),
        cells: accounts.iter().map(cell).collect(),
    };
    let text = crate::l10n::text;
    let columns = vec![
        column(text("shell-list-id"), true, AccountColumn::Id, &|a| a.id.to_string()),
        column(text("shell-list-account"), false, AccountColumn::Name, &|a| a.name.clone()),
        column(text("shell-list-type"), false, AccountColumn::Type, &|a| a.client_type.label().into()),
        column(text("shell-list-level"), false, AccountColumn::Level, &|a| a.level_now.label().into()),
        column(text("shell-list-status"), false, AccountColumn::Status, &|a| a.status.label().into()),
        column(text("shell-list-last-contact"), false, AccountColumn::LastContact, &|a| date(a.last_touchpoint)),
        column(text("shell-list-next-due"), false, AccountColumn::NextDue, &|a| date(a.next_due)),
        column(text("shell-list-sales"), true, AccountColumn::Sales, &|a| {
            a.annual_sales.map(grouped).unwrap_or_default()
        }),
    ];
    out::table(columns, accounts.len(), width)
}

/// 12400000 as `12 400 000`: digit groups a reader takes in at a glance.
fn grouped(value: i64) -> String {
    let digits = value.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(' ');
        }
        out.push(c);
    }
    if value < 0 { format!("-{out}") } else { out }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::AccountId;

    fn summary(id: i64, name: &str, sales: Option<i64>) -> AccountSummary {
        AccountSummary {
            id: AccountId(id),
            name: name.into(),
            client_type: KeyClientType::ImageMaker,
            level_now: RelationshipLevel::Accountable,
            status: AccountStatus::AtRisk,
            annual_sales: sales,
            last_touchpoint: NaiveDate::from_ymd_opt(2026, 11, 20),
            next_due: None,
            window: None,
            currency: None,
        }
    }

    /// `list` names its fields as the export stores them, and every name
    /// written for other programs is one of the account's names.
    #[test]
    fn the_fields_have_the_stored_names() {
        use crate::domain::fields::{ACCOUNT_KEYS, FORMER_KEYS, LIST_KEYS};
        let row = serde_json::to_value(Row::from(&summary(1, "A", Some(5)))).unwrap();
        let mut keys: Vec<&str> = row.as_object().unwrap().keys().map(String::as_str).collect();
        let mut listed = LIST_KEYS.to_vec();
        keys.sort_unstable();
        listed.sort_unstable();
        assert_eq!(keys, listed);
        let csv = csv(&[Row::from(&summary(1, "A", Some(5)))], crate::interchange::csv::Dialect::Plain).unwrap();
        assert_eq!(csv.lines().next().unwrap(), LIST_KEYS.join(","));
        for key in LIST_KEYS.iter().chain(&crate::interchange::csv::EXPORT_HEADER) {
            assert!(ACCOUNT_KEYS.contains(key), "{key}");
        }
        // The former names still read as the fields they name.
        for (old, new) in FORMER_KEYS {
            assert!(ACCOUNT_KEYS.contains(new) && !ACCOUNT_KEYS.contains(old));
            let text = format!("name,{old}\nAcme,{}\n", if *new == "client_type" { "expert" } else { "proactive" });
            let (accounts, ignored) = crate::interchange::csv::read_accounts(
                std::path::Path::new("a.csv"),
                text.as_bytes(),
                NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
            )
            .unwrap();
            assert!(ignored.is_empty(), "{old}: {ignored:?}");
            let a = &accounts[0];
            assert!(a.client_type == KeyClientType::Expert || a.level_now == RelationshipLevel::Proactive, "{old}");
        }
    }

    #[test]
    fn groups_digits() {
        assert_eq!(grouped(12_400_000), "12 400 000");
        assert_eq!(grouped(900), "900");
        assert_eq!(grouped(-1_000), "-1 000");
    }

    #[test]
    fn the_table_fits_the_width_it_is_given() {
        let accounts =
            [summary(1, "Київстар Бізнес — найбільший клієнт", Some(12_400_000)), summary(12, "東京商事 🚀", None)];
        let wide = table(&accounts, None);
        assert!(wide.starts_with("ID  Account"), "{wide}");
        assert!(wide.contains("Image maker") && wide.contains("12 400 000"), "{wide}");
        for width in [30, 40, 60, 80] {
            let text = table(&accounts, Some(width));
            for line in text.lines() {
                assert!(out::width(line) <= width, "{width}: {line:?}\n{text}");
            }
            assert!(text.contains("Status"), "{text}");
        }
        let phone = table(&accounts, Some(40));
        assert!(!phone.contains("Level") && !phone.contains("Sales"), "{phone}");
        // At 80 columns the ranking's measure stays, and names are readable.
        let laptop = table(&accounts, Some(80));
        assert!(laptop.contains("Sales") && laptop.contains("12 400 000"), "{laptop}");
        assert!(laptop.contains("Київстар Бізнес — найбільший"), "{laptop}");
    }
}
