//! `keyplan list`: the portfolio from the shell — a table fitted to the
//! terminal, or JSON and CSV for other tools.

use std::path::Path;

use chrono::NaiveDate;
use serde::Serialize;

use super::{Failure, out};
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
    #[arg(long, value_name = "STATUS", value_parser = parse_status)]
    pub status: Option<AccountStatus>,
}

fn parse_status(text: &str) -> Result<AccountStatus, String> {
    AccountStatus::parse(text).ok_or_else(|| {
        let keys: Vec<&str> = AccountStatus::ALL.iter().map(|s| s.key()).collect();
        crate::t!("shell-choose-one-of", keys = keys.join(", "))
    })
}

/// One account as JSON and CSV show it.
#[derive(Serialize)]
struct Row<'a> {
    id: i64,
    name: &'a str,
    #[serde(rename = "type")]
    client_type: KeyClientType,
    status: AccountStatus,
    relationship_level: RelationshipLevel,
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
            relationship_level: a.level_now,
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
        ListFormat::Csv => csv(&rows)?,
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

fn csv(rows: &[Row]) -> Result<String, Failure> {
    let mut writer = crate::interchange::csv::CsvOut::new(Vec::new(), true);
    if rows.is_empty() {
        writer.write_record(CSV_HEADER).map_err(csv_error)?;
    }
    for row in rows {
        writer.serialize(row).map_err(csv_error)?;
    }
    let bytes = writer.into_inner().map_err(|e| Failure::user(e.to_string()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

const CSV_HEADER: [&str; 8] =
    ["id", "name", "type", "status", "relationship_level", "last_touchpoint", "next_due", "annual_sales"];

fn csv_error(e: csv::Error) -> Failure {
    Failure::internal(format!("could not write CSV ({e})"))
}

/// The drop order of the account's name: never dropped, only shortened.
const NAME: u8 = 0;

/// A column of the text table: its header, whether it is a number, and how
/// readily it is dropped when the terminal is narrow (higher goes first).
struct Column {
    header: &'static str,
    right: bool,
    drop_order: u8,
    cells: Vec<String>,
}

/// The table: every column at its natural width when piped; on a terminal,
/// the least needed columns go first, then long names are shortened.
pub(crate) fn table(accounts: &[AccountSummary], width: Option<usize>) -> String {
    let date = |d: Option<NaiveDate>| d.map(crate::l10n::date).unwrap_or_else(|| "—".into());
    let column = |header, right, drop_order, cell: &dyn Fn(&AccountSummary) -> String| Column {
        header,
        right,
        drop_order,
        cells: accounts.iter().map(cell).collect(),
    };
    // Dropped on a narrow terminal, highest first: the level and the type
    // are in the dossier, the order already says the sales; the status (at
    // risk, lost) and what comes due stay longest, with readable names.
    let text = crate::l10n::text;
    let mut columns = vec![
        column(text("shell-list-id"), true, 3, &|a| a.id.to_string()),
        column(text("shell-list-account"), false, NAME, &|a| a.name.clone()),
        column(text("shell-list-type"), false, 6, &|a| a.client_type.label().into()),
        column(text("shell-list-level"), false, 7, &|a| a.level_now.label().into()),
        column(text("shell-list-status"), false, 1, &|a| a.status.label().into()),
        column(text("shell-list-last-contact"), false, 4, &|a| date(a.last_touchpoint)),
        column(text("shell-list-next-due"), false, 2, &|a| date(a.next_due)),
        column(text("shell-list-sales"), true, 5, &|a| a.annual_sales.map(grouped).unwrap_or_default()),
    ];
    let natural = |c: &Column| c.cells.iter().map(|s| out::width(s)).chain([out::width(c.header)]).max().unwrap_or(0);
    let total = |columns: &[Column]| columns.iter().map(natural).sum::<usize>() + 2 * columns.len().saturating_sub(1);
    let mut account_width = columns.iter().find(|c| c.drop_order == NAME).map_or(0, natural);
    if let Some(limit) = width {
        // Names keep a third of the width (at least 10 columns): columns
        // are dropped, least needed first, rather than names cut short.
        let min_name = (limit / 3).max(10);
        while total(&columns) > limit {
            let without_name = total(&columns) - account_width;
            if limit.saturating_sub(without_name) >= min_name.min(account_width) {
                break;
            }
            let Some(i) =
                (0..columns.len()).filter(|&i| columns[i].drop_order >= 1).max_by_key(|&i| columns[i].drop_order)
            else {
                break;
            };
            columns.remove(i);
        }
        let without_name = total(&columns) - account_width;
        account_width = account_width.min(limit.saturating_sub(without_name).max(min_name.min(account_width)));
    }
    let widths: Vec<usize> =
        columns.iter().map(|c| if c.drop_order == NAME { account_width } else { natural(c) }).collect();
    let line = |cells: Vec<(&str, &Column)>| {
        let mut text = String::new();
        for (i, (cell, column)) in cells.iter().enumerate() {
            if i > 0 {
                text.push_str("  ");
            }
            let cell = out::truncate(cell, widths[i]);
            let last = i + 1 == cells.len();
            text.push_str(&if last && !column.right { cell } else { out::pad(&cell, widths[i], column.right) });
        }
        text.truncate(text.trim_end().len());
        text.push('\n');
        text
    };
    let mut text = line(columns.iter().map(|c| (c.header, c)).collect());
    for row in 0..accounts.len() {
        text.push_str(&line(columns.iter().map(|c| (c.cells[row].as_str(), c)).collect()));
    }
    text
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
