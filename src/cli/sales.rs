//! `keyplan sales add|list|import`: the sales history from the shell. One
//! month typed at a time, the history listed (for a person or a script),
//! and the files accounting systems write imported all or nothing: each
//! account-month the file names is set to the file's total for it, so the
//! same file twice changes nothing and a corrected file replaces.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::{Failure, out, resolve};
use crate::domain::sales::{MonthChange, Sale, replacements, totals};
use crate::domain::text::clean_line;
use crate::domain::{Account, AccountId, Month};
use crate::interchange::ImportError;
use crate::interchange::sales_csv::{self, Refusal, SalesFile};
use crate::l10n::{self, Currency};
use crate::store::Store;
use crate::t;

#[derive(clap::Args, Debug)]
pub struct SalesArgs {
    #[command(subcommand)]
    pub command: SalesCommand,
}

#[derive(clap::Subcommand, Debug)]
pub enum SalesCommand {
    Add(AddArgs),
    List(ListArgs),
    Import(ImportArgs),
}

#[derive(clap::Args, Debug)]
pub struct AddArgs {
    #[arg(add = super::completions::accounts())]
    pub account: String,
    #[arg(long, value_name = "MONTH")]
    pub month: String,
    #[arg(long, value_name = "AMOUNT", allow_hyphen_values = true)]
    pub amount: String,
    #[arg(long, value_name = "AMOUNT", allow_hyphen_values = true)]
    pub profit: Option<String>,
    #[arg(long, value_name = "QUANTITY", allow_hyphen_values = true)]
    pub volume: Option<String>,
    #[arg(long, value_name = "NAME")]
    pub product: Option<String>,
    #[arg(long, value_name = "CODE")]
    pub currency: Option<String>,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListFormat {
    Text,
    Json,
    Csv,
}

#[derive(clap::Args, Debug)]
pub struct ListArgs {
    #[arg(add = super::completions::accounts())]
    pub account: String,
    #[arg(long, value_enum, default_value_t = ListFormat::Text)]
    pub format: ListFormat,
    #[arg(long)]
    pub excel: bool,
}

#[derive(clap::Args, Debug)]
pub struct ImportArgs {
    #[arg(value_hint = clap::ValueHint::FilePath)]
    pub file: PathBuf,
    #[arg(long)]
    pub dry_run: bool,
}

pub fn run(path: &Path, today: NaiveDate, args: &SalesArgs) -> Result<(), Failure> {
    match &args.command {
        SalesCommand::Add(args) => add(path, today, args),
        SalesCommand::List(args) => list(path, args),
        SalesCommand::Import(args) => import(path, today, args),
    }
}

/// The fields of every row of `sales list --format json|csv`, in order.
pub const FIELDS: [&str; 8] = ["account_id", "account", "month", "product", "amount", "profit", "volume", "currency"];

/// An amount in hundredths as a plain decimal number: `1250.5`, `-0.25`, `300`.
pub fn decimal(hundredths: i64) -> String {
    let sign = if hundredths < 0 { "-" } else { "" };
    let (whole, cents) = (hundredths.unsigned_abs() / 100, hundredths.unsigned_abs() % 100);
    match cents {
        0 => format!("{sign}{whole}"),
        c if c % 10 == 0 => format!("{sign}{whole}.{}", c / 10),
        c => format!("{sign}{whole}.{c:02}"),
    }
}

/// An amount as a person reads it, with the currency's code when known.
fn money(hundredths: i64, currency: Option<&str>) -> String {
    match currency {
        Some(code) => format!("{} {code}", l10n::amount(hundredths)),
        None => l10n::amount(hundredths),
    }
}

/// The currency an account's sales are in: its own, else the settings' default.
fn currency_of(account: &Account) -> Option<String> {
    account.currency.clone().or_else(|| l10n::currency().map(|c| c.code().to_string()))
}

/// What a currency named for an account's sales means: nothing to do (the
/// same as the account's, or none named), the account takes it (it had
/// none and there is no default), or a refusal.
fn currency_check(account: &Account, given: Option<Currency>) -> Result<Option<String>, String> {
    let Some(given) = given else { return Ok(None) };
    match currency_of(account) {
        Some(have) if have.eq_ignore_ascii_case(given.code()) => Ok(None),
        Some(have) => {
            Err(t!("sales-currency-other", name = account.name.as_str(), have = have, given = given.code().to_string()))
        }
        None => Ok(Some(given.code().to_string())),
    }
}

fn parse_month(option: &str, text: &str, today: NaiveDate) -> Result<Month, Failure> {
    let month = Month::parse(text)
        .ok_or_else(|| Failure::user(format!("{option}: {}", t!("sales-month-invalid", found = text))))?;
    future(month, today).map_err(|e| Failure::user(format!("{option}: {e}")))?;
    Ok(month)
}

/// A month after today's is refused: its sales cannot be known yet.
fn future(month: Month, today: NaiveDate) -> Result<(), String> {
    if month > Month::of(today) {
        return Err(t!("sales-month-future", month = shown(month)));
    }
    Ok(())
}

/// A month as the language writes it.
pub fn shown(month: Month) -> String {
    l10n::month_year(month.year, month.month)
}

fn parse_amount(option: &str, text: &str) -> Result<i64, Failure> {
    l10n::parse_amount(text).map_err(|e| Failure::user(format!("{option}: {e}")))
}

fn add(path: &Path, today: NaiveDate, args: &AddArgs) -> Result<(), Failure> {
    let month = parse_month("--month", &args.month, today)?;
    let amount = parse_amount("--amount", &args.amount)?;
    let profit = args.profit.as_deref().map(|p| parse_amount("--profit", p)).transpose()?;
    let volume = args.volume.as_deref().map(|v| parse_amount("--volume", v)).transpose()?;
    let given = match args.currency.as_deref() {
        None => None,
        Some(code) => Some(Currency::parse(code).ok_or_else(|| {
            Failure::user(format!("--currency: {}", t!("err-currency-code", code = clean_line(code))))
        })?),
    };
    let mut store = super::open_for_writing(path)?;
    store.keep_sales_window(today)?;
    let id = resolve::account_to_write(&store, &args.account)?;
    let account = store.load_account(id)?;
    let take = currency_check(&account, given).map_err(Failure::user)?;
    let sale = Sale {
        account_id: id,
        month,
        product: args.product.as_deref().map(clean_line).unwrap_or_default(),
        amount,
        profit,
        volume,
    };
    let change = store.add_sale(&sale)?;
    if let Some(code) = &take {
        store.set_currency(id, code)?;
    }
    let currency = take.or_else(|| currency_of(&account));
    let mut text = t!(
        "sales-added",
        name = account.name.as_str(),
        month = shown(month),
        total = money(change.total_after(), currency.as_deref()),
        products = change.after.len()
    );
    text.push('\n');
    out::print(&super::say::visible(&text))
}

fn list(path: &Path, args: &ListArgs) -> Result<(), Failure> {
    let store = super::open_for_reading(path)?;
    let id = resolve::account(&store, &args.account)?;
    let account = store.load_account(id)?;
    let rows = store.sales(id)?;
    let currency = currency_of(&account);
    let text = match args.format {
        ListFormat::Text => table(&account, &rows, currency.as_deref()),
        ListFormat::Json => json(&account, &rows, currency.as_deref()),
        ListFormat::Csv => csv(&account, &rows, currency.as_deref(), super::out::csv_dialect(args.excel))?,
    };
    out::print(&text)
}

fn table(account: &Account, rows: &[Sale], currency: Option<&str>) -> String {
    let name = super::say::visible(&account.name);
    if rows.is_empty() {
        return format!("{}\n", t!("sales-list-empty", name = name));
    }
    let heading = match currency {
        Some(code) => t!("sales-list-title-in", name = name, currency = code),
        None => t!("sales-list-title", name = name),
    };
    let optional = |v: Option<i64>| v.map(l10n::amount).unwrap_or_default();
    let header = [
        l10n::text("sales-column-month"),
        l10n::text("sales-column-product"),
        l10n::text("sales-column-amount"),
        l10n::text("sales-column-profit"),
        l10n::text("sales-column-volume"),
    ];
    let cells: Vec<[String; 5]> = rows
        .iter()
        .map(|s| {
            [
                shown(s.month),
                super::say::visible(&s.product),
                l10n::amount(s.amount),
                optional(s.profit),
                optional(s.volume),
            ]
        })
        .collect();
    let mut widths: [usize; 5] = header.map(out::width);
    for row in &cells {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(out::width(cell));
        }
    }
    let line = |cells: [&str; 5]| -> String {
        let parts: Vec<String> = cells.iter().enumerate().map(|(i, c)| out::pad(c, widths[i], i >= 2)).collect();
        format!("{}\n", parts.join("  ").trim_end())
    };
    let mut text = format!("{heading}\n{}", line(header));
    for row in &cells {
        text.push_str(&line([&row[0], &row[1], &row[2], &row[3], &row[4]]));
    }
    let total: i64 = rows.iter().map(|s| s.amount).sum();
    let months = rows.iter().map(|s| s.month).collect::<HashSet<_>>().len();
    text.push_str(&format!("{}\n", t!("sales-list-total", months = months, total = money(total, currency))));
    text
}

fn number(hundredths: i64) -> serde_json::Value {
    serde_json::from_str(&decimal(hundredths)).unwrap_or(serde_json::Value::Null)
}

/// One row of `sales list --format json`, its fields in [`FIELDS`] order.
#[derive(serde::Serialize)]
struct Row<'a> {
    account_id: i64,
    account: &'a str,
    month: String,
    product: &'a str,
    amount: serde_json::Value,
    profit: Option<serde_json::Value>,
    volume: Option<serde_json::Value>,
    currency: Option<&'a str>,
}

fn json(account: &Account, rows: &[Sale], currency: Option<&str>) -> String {
    let list: Vec<Row<'_>> = rows
        .iter()
        .map(|s| Row {
            account_id: account.id.0,
            account: &account.name,
            month: s.month.to_string(),
            product: &s.product,
            amount: number(s.amount),
            profit: s.profit.map(number),
            volume: s.volume.map(number),
            currency,
        })
        .collect();
    let mut text = serde_json::to_string_pretty(&list).unwrap_or_default();
    text.push('\n');
    text
}

fn csv(
    account: &Account,
    rows: &[Sale],
    currency: Option<&str>,
    dialect: crate::interchange::csv::Dialect,
) -> Result<String, Failure> {
    let mut writer = crate::interchange::csv::CsvOut::with_dialect(Vec::new(), false, dialect)?;
    let failed = |e: ::csv::Error| Failure::internal(e.to_string());
    writer.write_record(FIELDS).map_err(failed)?;
    let optional = |v: Option<i64>| v.map(decimal).unwrap_or_default();
    for s in rows {
        writer
            .write_record([
                account.id.0.to_string(),
                account.name.clone(),
                s.month.to_string(),
                s.product.clone(),
                decimal(s.amount),
                optional(s.profit),
                optional(s.volume),
                currency.unwrap_or_default().to_string(),
            ])
            .map_err(failed)?;
    }
    let bytes = writer.into_inner().map_err(|e| Failure::internal(e.to_string()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// How many refused lines are named one by one; the rest are counted.
const NAMED_REFUSALS: usize = 100;

fn import(path: &Path, today: NaiveDate, args: &ImportArgs) -> Result<(), Failure> {
    let file = &args.file;
    let bytes = std::fs::read(file).map_err(|e| {
        let reason = match e.kind() {
            std::io::ErrorKind::NotFound => l10n::text("shell-no-such-file").to_string(),
            std::io::ErrorKind::PermissionDenied => l10n::text("shell-permission-denied").to_string(),
            _ => e.to_string(),
        };
        Failure::user(t!("shell-cannot-read", path = file.display().to_string(), reason = reason))
    })?;
    let bar = super::progress::bytes(bytes.len() as u64, l10n::text("sales-import-reading"));
    let read = sales_csv::read(file, &bytes, |at| bar.set_position(at));
    drop(bytes);
    let mut read = read.map_err(|e| {
        bar.finish_and_clear();
        Failure::user(super::say::visible(&e.to_string()))
    })?;

    let mut store = if args.dry_run { super::open_for_reading(path)? } else { super::open_for_writing(path)? };
    if !args.dry_run {
        // The totals the portfolio ranks by are kept for the current window.
        store.keep_sales_window(today)?;
    }
    bar.set_message(l10n::text("sales-import-checking"));
    let checked = check(&store, &mut read, today);
    let (sales, currencies) = match checked {
        Ok(found) => found,
        Err(refused) => {
            bar.finish_and_clear();
            return Err(refusal(file, &refused));
        }
    };
    let incoming = totals(&sales);
    drop(sales);
    let months: Vec<(AccountId, Month)> = {
        let mut months: Vec<(AccountId, Month)> = incoming.iter().map(|s| (s.account_id, s.month)).collect();
        months.dedup();
        months
    };
    let current = store.sales_of_months(&months)?;
    let changes = replacements(&current, &incoming);
    drop(current);
    let names: HashMap<AccountId, String> = store.account_names()?.into_iter().map(|(id, n, _)| (id, n)).collect();
    if !args.dry_run {
        bar.set_message(l10n::text("sales-import-writing"));
        store.import_sales(&changes, &currencies).map_err(|e| {
            let user = e.is_user_error();
            let failure = Failure::from(e);
            if user {
                Failure::user(t!("shell-import-refused", path = file.display().to_string(), reason = failure.message))
            } else {
                failure
            }
        })?;
    }
    bar.finish_and_clear();

    let accounts = months.iter().map(|(a, _)| *a).collect::<HashSet<_>>().len();
    let added = changes.iter().filter(|c| c.adds()).count();
    let replaced = changes.len() - added;
    let same = months.len() - changes.len();
    let mut text = String::new();
    if args.dry_run {
        for change in &changes {
            text.push_str(&format!("{}\n", change_line(change, &names)));
        }
    }
    for (id, code) in &currencies {
        let name = names.get(id).map_or("", String::as_str);
        text.push_str(&format!("{}\n", t!("sales-import-currency-set", name = name, currency = code.as_str())));
    }
    text.push_str(&format!(
        "{}\n",
        t!("sales-import-rows", rows = read.lines.len(), months = months.len(), accounts = accounts)
    ));
    if read.repeated > 0 {
        text.push_str(&format!("{}\n", t!("sales-import-repeated", lines = read.repeated)));
    }
    let summary = if args.dry_run {
        t!("sales-import-dry-run", added = added, replaced = replaced, same = same)
    } else {
        t!("sales-import-done", path = file.display().to_string(), added = added, replaced = replaced, same = same)
    };
    text.push_str(&format!("{summary}\n"));
    if !read.ignored.is_empty() {
        text.push_str(&format!("{}\n", t!("shell-import-left-out", columns = read.ignored.join(", "))));
    }
    out::print(&super::say::visible(&text))
}

/// The lines of a dry run for one month: the month added, or replaced
/// (before → after); when the month holds several products, a line for
/// each product added, replaced or staying as it is.
fn change_line(change: &MonthChange, names: &HashMap<AccountId, String>) -> String {
    let mut text = month_line(change, names);
    if change.before.len().max(change.after.len()) > 1 {
        for line in product_lines(change) {
            text.push_str(&format!("\n           {line}"));
        }
    }
    text
}

/// Each product of a changed month: added, replaced or staying.
fn product_lines(change: &MonthChange) -> Vec<String> {
    let amount = |rows: &[Sale], product: &str| rows.iter().find(|s| s.product == product).map(|s| s.amount);
    let mut products: Vec<&str> = change.before.iter().chain(&change.after).map(|s| s.product.as_str()).collect();
    products.sort_unstable();
    products.dedup();
    products
        .into_iter()
        .map(|product| {
            let label = if product.is_empty() {
                l10n::text("sales-import-no-product").to_string()
            } else {
                product.to_string()
            };
            match (amount(&change.before, product), amount(&change.after, product)) {
                (None, after) => {
                    t!("sales-import-product-added", product = label, after = l10n::amount(after.unwrap_or(0)))
                }
                (Some(before), Some(after)) if before == after => {
                    t!("sales-import-product-kept", product = label, amount = l10n::amount(after))
                }
                (Some(before), after) => t!(
                    "sales-import-product-replaced",
                    product = label,
                    before = l10n::amount(before),
                    after = l10n::amount(after.unwrap_or(0))
                ),
            }
        })
        .collect()
}

/// The line of one month in a dry run: added, or replaced (before → after).
fn month_line(change: &MonthChange, names: &HashMap<AccountId, String>) -> String {
    let name = names.get(&change.account_id).map_or("", String::as_str);
    let month = shown(change.month);
    if change.adds() {
        t!("sales-import-would-add", name = name, month = month, after = l10n::amount(change.total_after()))
    } else {
        t!(
            "sales-import-would-replace",
            name = name,
            month = month,
            before = l10n::amount(change.total_before()),
            after = l10n::amount(change.total_after())
        )
    }
}

/// The lines as sales of stored accounts, with the currencies accounts
/// without one take; or every line refused (the reader's and these).
#[allow(clippy::type_complexity)]
fn check(
    store: &Store,
    file: &mut SalesFile,
    today: NaiveDate,
) -> Result<(Vec<Sale>, Vec<(AccountId, String)>), Vec<Refusal>> {
    let mut refused = std::mem::take(&mut file.refused);
    let names = match store.account_names() {
        Ok(names) => names,
        Err(e) => return Err(vec![Refusal { line: 1, reason: e.to_string() }]),
    };
    let by_id: HashMap<i64, AccountId> = names.iter().map(|(id, _, _)| (id.0, *id)).collect();
    let mut by_name: HashMap<String, Vec<(AccountId, bool)>> = HashMap::new();
    for (id, name, status) in &names {
        by_name.entry(name_key(name)).or_default().push((*id, status.is_open()));
    }
    let mut resolved: HashMap<String, Result<AccountId, String>> = HashMap::new();
    let mut accounts: HashMap<AccountId, Account> = HashMap::new();
    // The currency an account without one takes from the file (the first given).
    let mut taking: HashMap<AccountId, String> = HashMap::new();
    let mut sales = Vec::with_capacity(file.lines.len());
    for line in &file.lines {
        let found = resolved
            .entry(line.account.clone())
            .or_insert_with(|| account_named(&line.account, &by_id, &by_name))
            .clone();
        let id = match found {
            Ok(id) => id,
            Err(reason) => {
                refused.push(Refusal { line: line.line, reason });
                continue;
            }
        };
        if let Err(reason) = future(line.month, today) {
            refused.push(Refusal { line: line.line, reason });
            continue;
        }
        let account = match accounts.entry(id) {
            std::collections::hash_map::Entry::Occupied(found) => found.into_mut(),
            std::collections::hash_map::Entry::Vacant(slot) => match store.load_account(id) {
                Ok(account) => slot.insert(account),
                Err(e) => return Err(vec![Refusal { line: line.line, reason: e.to_string() }]),
            },
        };
        if let Some(given) = line.currency {
            let code = given.code().to_string();
            match taking.get(&id) {
                Some(taken) if *taken != code => {
                    let reason =
                        t!("sales-currency-other", name = account.name.as_str(), have = taken.as_str(), given = code);
                    refused.push(Refusal { line: line.line, reason });
                    continue;
                }
                Some(_) => {}
                None => match currency_check(account, Some(given)) {
                    Ok(Some(take)) => {
                        taking.insert(id, take);
                    }
                    Ok(None) => {}
                    Err(reason) => {
                        refused.push(Refusal { line: line.line, reason });
                        continue;
                    }
                },
            }
        }
        sales.push(Sale {
            account_id: id,
            month: line.month,
            product: clean_line(&line.product),
            amount: line.amount,
            profit: line.profit,
            volume: line.volume,
        });
    }
    if !refused.is_empty() {
        refused.sort_by_key(|r| r.line);
        return Err(refused);
    }
    let mut currencies: Vec<(AccountId, String)> = taking.into_iter().collect();
    currencies.sort();
    Ok((sales, currencies))
}

/// The name as accounts are told apart: trimmed, lower case, single spaces.
fn name_key(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// The account a file's line names: its id, or its exact name (an open
/// account before a closed one of the same name); never a guess.
fn account_named(
    text: &str,
    by_id: &HashMap<i64, AccountId>,
    by_name: &HashMap<String, Vec<(AccountId, bool)>>,
) -> Result<AccountId, String> {
    let shown = super::say::visible(text.trim());
    if let Some(id) = text.trim().parse::<i64>().ok().and_then(|n| by_id.get(&n)) {
        return Ok(*id);
    }
    let candidates = by_name.get(&name_key(text)).map(Vec::as_slice).unwrap_or_default();
    let open: Vec<(AccountId, bool)> = candidates.iter().filter(|(_, open)| *open).copied().collect();
    match (open.as_slice(), candidates) {
        ([one], _) | ([], [one]) => Ok(one.0),
        ([], []) => Err(t!("sales-import-account-unknown", account = shown)),
        _ => Err(t!("sales-import-account-ambiguous", account = shown, count = candidates.len())),
    }
}

/// Every refused line named, then that nothing was imported.
fn refusal(file: &Path, refused: &[Refusal]) -> Failure {
    let mut lines: Vec<String> = refused
        .iter()
        .take(NAMED_REFUSALS)
        .map(|r| ImportError::new(file, Some(r.line), r.reason.clone()).to_string())
        .collect();
    if refused.len() > NAMED_REFUSALS {
        lines.push(t!("sales-import-more-refused", count = refused.len() - NAMED_REFUSALS));
    }
    lines.push(t!("sales-import-refused", path = file.display().to_string(), count = refused.len()));
    Failure::user(super::say::visible(&lines.join("\n")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_as_plain_decimal_numbers() {
        assert_eq!(decimal(125_050), "1250.5");
        assert_eq!(decimal(125_055), "1250.55");
        assert_eq!(decimal(30_000), "300");
        assert_eq!(decimal(-25), "-0.25");
        assert_eq!(decimal(-150), "-1.5");
        assert_eq!(decimal(0), "0");
    }
}
