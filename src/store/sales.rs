//! Sales history: each account's sales per month and product (migration
//! 008), written one month at a time so every change is kept in the
//! history and can be taken back; and the analysis window the triggers
//! keep each account's totals for.

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension};

use super::Store;
use super::error::{Result, StoreError};
use super::history::{SALES, Written, append};
use crate::domain::analysis::{AccountSales, months_as_customer};
use crate::domain::history::Change;
use crate::domain::sales::{Month, MonthChange, MonthTotal, Period, Sale, addition};
use crate::domain::text::clean_line;
use crate::domain::{AccountId, AccountStatus, KeyClientType};

/// The largest amount a row may hold, in hundredths: a thousand billion
/// units, far above any real month, far below where sums could overflow.
pub const MAX_AMOUNT: i64 = 100_000_000_000_000;

const ROWS_OF_MONTH: &str = "SELECT account_id, month, product, amount, profit, volume FROM sales
  WHERE account_id = ?1 AND month = ?2 ORDER BY product";

impl Store {
    /// Every sales row of an account, newest month first, by product.
    pub fn sales(&self, account: AccountId) -> Result<Vec<Sale>> {
        sales_of(&self.conn, account)
    }

    /// The rows stored for each of these account-months (what an import
    /// compares a file with).
    pub fn sales_of_months(&self, months: &[(AccountId, Month)]) -> Result<Vec<Sale>> {
        let mut stmt = self.conn.prepare_cached(ROWS_OF_MONTH)?;
        let mut out = Vec::new();
        for (account, month) in months {
            let rows = stmt.query_map(rusqlite::params![account, month], sale_from_row)?;
            for row in rows {
                out.push(row?);
            }
        }
        Ok(out)
    }

    /// An account's monthly totals, oldest first: every month of `period`
    /// (a month without sales as zero), or every month with sales.
    pub fn month_totals(&self, account: AccountId, period: Option<Period>) -> Result<Vec<MonthTotal>> {
        let (first, through) = match period {
            Some(p) => (p.first.to_string(), p.through.to_string()),
            None => ("0000-01".to_string(), "9999-12".to_string()),
        };
        let mut stmt = self.conn.prepare_cached(
            "SELECT month, amount, profit FROM sales_months
              WHERE account_id = ?1 AND month BETWEEN ?2 AND ?3 ORDER BY month",
        )?;
        let rows = stmt.query_map(rusqlite::params![account, first, through], |r| {
            Ok(MonthTotal { month: r.get(0)?, amount: r.get(1)?, profit: r.get(2)? })
        })?;
        let stored: Vec<MonthTotal> = rows.collect::<rusqlite::Result<_>>()?;
        Ok(match period {
            None => stored,
            Some(period) => period
                .iter()
                .map(|month| {
                    stored.iter().find(|t| t.month == month).copied().unwrap_or(MonthTotal {
                        month,
                        amount: 0,
                        profit: None,
                    })
                })
                .collect(),
        })
    }

    /// Adds one sale to its month (to its product's row, if there is one).
    pub fn add_sale(&mut self, sale: &Sale) -> Result<MonthChange> {
        check_sale(sale)?;
        self.write(|tx| {
            super::ensure_account(tx, sale.account_id)?;
            let current = rows_of_month(tx, sale.account_id, sale.month)?;
            let change = addition(&current, sale);
            apply(tx, &change, Change::Update)?;
            Ok(change)
        })
    }

    /// Writes these month changes, all or none. Each must start from the
    /// rows stored now: a month changed since it was read (another
    /// workbench, a second import) refuses the whole write.
    pub fn apply_sales(&mut self, changes: &[MonthChange]) -> Result<()> {
        for change in changes {
            change.after.iter().try_for_each(check_sale)?;
        }
        self.write(|tx| {
            for change in changes {
                super::ensure_account(tx, change.account_id)?;
                apply(tx, change, Change::Update)?;
            }
            Ok(())
        })
    }

    /// A sales import: these month changes and the currencies of accounts
    /// that had none, all in one transaction, all or nothing.
    pub fn import_sales(&mut self, changes: &[MonthChange], currencies: &[(AccountId, String)]) -> Result<()> {
        for change in changes {
            change.after.iter().try_for_each(check_sale)?;
        }
        self.write(|tx| {
            for (account, code) in currencies {
                let mut stored = super::accounts::load_account(tx, *account)?;
                stored.currency = Some(code.clone());
                super::accounts::update_account(tx, &stored)?;
            }
            let write = || {
                for change in changes {
                    super::ensure_account(tx, change.account_id)?;
                    apply(tx, change, Change::Update)?;
                }
                Ok(())
            };
            if changes.len() >= BULK_FROM { with_bulk_totals(tx, changes, write) } else { write() }
        })
    }

    /// Sets an account's currency (an ISO 4217 code, already checked), as
    /// a sales import does for an account that had none.
    pub fn set_currency(&mut self, account: AccountId, code: &str) -> Result<()> {
        let mut stored = self.load_account(account)?;
        stored.currency = Some(code.to_string());
        self.update_account(&stored)
    }

    /// Whether the analysis window is the twelve months before `today`'s.
    pub fn sales_window_is_current(&self, today: NaiveDate) -> Result<bool> {
        Ok(window(&self.conn)? == Some(Period::last_twelve_months(today)))
    }

    /// Moves the analysis window to the twelve complete months before
    /// `today`'s, when a new month has begun since it was last moved,
    /// recomputing every account's window totals. Cheap when nothing moves.
    pub fn keep_sales_window(&mut self, today: NaiveDate) -> Result<()> {
        let wanted = Period::last_twelve_months(today);
        if window(&self.conn)? == Some(wanted) {
            return Ok(());
        }
        let tx = self.conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        if window(&tx)? != Some(wanted) {
            move_window(&tx, wanted)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// What every account with a history brings to the analysis of
    /// `period`: from the totals the triggers keep when it is the window,
    /// else summed from the monthly totals.
    pub fn analysis_accounts(&self, period: Period) -> Result<Vec<AccountSales>> {
        let kept = window(&self.conn)? == Some(period);
        let sql = if kept {
            "SELECT id, name, client_type, status, sales_12m, profit_12m, sales_sq_12m, sales_first,
                    buying_months_12m, buying_months, currency
               FROM accounts INDEXED BY accounts_window WHERE sales_first IS NOT NULL AND sales_first <= ?2"
        } else {
            "SELECT a.id, a.name, a.client_type, a.status,
                    coalesce(sum(m.amount), 0), sum(m.profit), coalesce(sum(CAST(m.amount AS REAL) * m.amount), 0.0),
                    a.sales_first, count(CASE WHEN m.amount > 0 THEN 1 END), a.buying_months, a.currency
               FROM accounts a LEFT JOIN sales_months m ON m.account_id = a.id AND m.month BETWEEN ?1 AND ?2
              WHERE a.sales_first IS NOT NULL AND a.sales_first <= ?2
              GROUP BY a.id"
        };
        let mut stmt = self.conn.prepare_cached(sql)?;
        let rows = stmt.query_map(rusqlite::params![period.first, period.through], |r| {
            let first: Option<Month> = r.get(7)?;
            Ok(AccountSales {
                id: r.get(0)?,
                name: r.get(1)?,
                client_type: r.get::<_, KeyClientType>(2)?,
                status: r.get::<_, AccountStatus>(3)?,
                amount: r.get::<_, Option<i64>>(4)?.unwrap_or(0),
                profit: r.get(5)?,
                sum_of_squares: r.get::<_, Option<f64>>(6)?.unwrap_or(0.0),
                months: months_as_customer(first, period),
                first,
                buying_months: r.get(8)?,
                buying_months_ever: r.get(9)?,
                currency: r.get(10)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// From this many month changes on, an import writes the rows with the
/// totals' triggers set aside and computes the totals once at the end.
const BULK_FROM: usize = 2_000;

/// The triggers that keep the monthly and yearly totals and each account's figures.
const TOTALS_TRIGGERS: [&str; 9] = [
    "sales_insert",
    "sales_delete",
    "sales_update",
    "sales_years_insert",
    "sales_years_delete",
    "sales_years_update",
    "sales_months_insert",
    "sales_months_update",
    "sales_months_delete",
];

/// Runs `write`, which changes the months of `changes` only, with the
/// totals' triggers dropped (and created again from their own SQL, in the
/// same transaction); the monthly totals of those months and the figures of
/// their accounts are then computed from the rows, as the triggers would
/// have left them.
fn with_bulk_totals(tx: &Connection, changes: &[MonthChange], write: impl FnOnce() -> Result<()>) -> Result<()> {
    with_bulk_cache(tx, || bulk_totals(tx, changes, write))
}

/// Runs `write`, a large write in one transaction, with a page cache that
/// holds what it touches: pages all over the tables and their indexes are
/// then not read again from the write-ahead log (a search through every
/// block of its index for each page, which grows with the transaction).
/// The cache is put back after the write.
pub(crate) fn with_bulk_cache<T>(tx: &Connection, write: impl FnOnce() -> Result<T>) -> Result<T> {
    let cache: i64 = tx.query_row("PRAGMA cache_size", [], |r| r.get(0))?;
    tx.pragma_update(None, "cache_size", BULK_CACHE_KIB)?;
    let written = write();
    tx.pragma_update(None, "cache_size", cache)?;
    written
}

/// `PRAGMA cache_size` during a large write: negative means KiB (256 MiB).
const BULK_CACHE_KIB: i64 = -262_144;

fn bulk_totals(tx: &Connection, changes: &[MonthChange], write: impl FnOnce() -> Result<()>) -> Result<()> {
    let saved = drop_totals_triggers(tx)?;
    write()?;
    tx.execute_batch(
        "CREATE TEMP TABLE IF NOT EXISTS touched_months (account_id INTEGER, month TEXT, PRIMARY KEY (account_id, month));
         DELETE FROM temp.touched_months;",
    )?;
    {
        let mut insert =
            tx.prepare_cached("INSERT OR IGNORE INTO temp.touched_months (account_id, month) VALUES (?1, ?2)")?;
        for change in changes {
            insert.execute(rusqlite::params![change.account_id, change.month])?;
        }
    }
    tx.execute_batch(
        "DELETE FROM sales_months
          WHERE (account_id, month) IN (SELECT account_id, month FROM temp.touched_months);
         INSERT INTO sales_months (account_id, month, amount, profit)
         SELECT s.account_id, s.month, sum(s.amount), sum(s.profit)
           FROM sales s JOIN temp.touched_months t ON t.account_id = s.account_id AND t.month = s.month
          GROUP BY s.account_id, s.month;",
    )?;
    year_totals(tx, "SELECT DISTINCT account_id, CAST(substr(month, 1, 4) AS INTEGER) FROM temp.touched_months")?;
    account_figures(tx, "SELECT DISTINCT account_id FROM temp.touched_months")?;
    tx.execute_batch("DELETE FROM temp.touched_months;")?;
    restore_triggers(tx, saved)
}

/// Runs `insert`, which adds new accounts with their sales (a generated
/// portfolio, an import's new accounts), with the totals' triggers set
/// aside; the new accounts' monthly totals and figures are computed once at
/// the end, as the triggers would have left them. New accounts only.
pub(crate) fn with_bulk_new_sales<T>(tx: &Connection, insert: impl FnOnce() -> Result<T>) -> Result<T> {
    let mark: i64 = tx.query_row("SELECT coalesce(max(id), 0) FROM accounts", [], |r| r.get(0))?;
    let saved = drop_totals_triggers(tx)?;
    let value = insert()?;
    tx.execute(
        "INSERT INTO sales_months (account_id, month, amount, profit)
         SELECT account_id, month, sum(amount), sum(profit) FROM sales WHERE account_id > ?1
          GROUP BY account_id, month",
        [mark],
    )?;
    year_totals(
        tx,
        &format!(
            "SELECT DISTINCT account_id, CAST(substr(month, 1, 4) AS INTEGER) FROM sales_months WHERE account_id > {mark}"
        ),
    )?;
    account_figures(tx, &format!("SELECT DISTINCT account_id FROM sales_months WHERE account_id > {mark}"))?;
    restore_triggers(tx, saved)?;
    Ok(value)
}

/// The yearly totals per product of the account-years `years` (a SELECT of
/// account ids and years) computed from the sales rows, as the triggers
/// would have left them.
fn year_totals(tx: &Connection, years: &str) -> Result<()> {
    tx.execute_batch(&format!(
        "CREATE TEMP TABLE IF NOT EXISTS touched_years (account_id INTEGER, year INTEGER, PRIMARY KEY (account_id, year));
         DELETE FROM temp.touched_years;
         INSERT INTO temp.touched_years (account_id, year) {years};
         DELETE FROM sales_years WHERE (account_id, year) IN (SELECT account_id, year FROM temp.touched_years);
         INSERT INTO sales_years (year, account_id, product, amount, profit, profit_rows, volume, volume_rows, rows)
         SELECT t.year, s.account_id, s.product, sum(s.amount), coalesce(sum(s.profit), 0), count(s.profit),
                coalesce(sum(s.volume), 0), count(s.volume), count(*)
           FROM temp.touched_years t
           JOIN sales s ON s.account_id = t.account_id
                       AND s.month BETWEEN printf('%04d-01', t.year) AND printf('%04d-12', t.year)
          GROUP BY t.year, s.account_id, s.product;
         DELETE FROM temp.touched_years;"
    ))?;
    Ok(())
}

/// Drops the totals' triggers; returns their SQL to create them again.
fn drop_totals_triggers(tx: &Connection) -> Result<Vec<String>> {
    let mut saved = Vec::with_capacity(TOTALS_TRIGGERS.len());
    for name in TOTALS_TRIGGERS {
        let sql: String =
            tx.query_row("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?1", [name], |r| r.get(0))?;
        saved.push(sql);
        tx.execute_batch(&format!("DROP TRIGGER {name}"))?;
    }
    Ok(saved)
}

fn restore_triggers(tx: &Connection, saved: Vec<String>) -> Result<()> {
    for sql in saved {
        tx.execute_batch(&sql)?;
    }
    Ok(())
}

/// Each account's figures (first and last month, buying months, the
/// window's totals) computed from its monthly totals, for the accounts
/// `ids` (a SELECT of account ids) names.
fn account_figures(tx: &Connection, ids: &str) -> Result<()> {
    tx.execute_batch(&format!(
        "UPDATE accounts
            SET (sales_first, sales_last, buying_months, sales_12m, profit_12m, sales_sq_12m, buying_months_12m) =
                (SELECT min(m.month),
                        max(CASE WHEN m.amount > 0 THEN m.month END),
                        count(CASE WHEN m.amount > 0 THEN 1 END),
                        CASE WHEN count(m.month) = 0 THEN NULL
                             ELSE coalesce(sum(CASE WHEN m.month BETWEEN w.first AND w.through THEN m.amount END), 0) END,
                        CASE WHEN count(m.month) = 0 THEN NULL
                             ELSE coalesce(sum(CASE WHEN m.month BETWEEN w.first AND w.through THEN m.profit END), 0) END,
                        CASE WHEN count(m.month) = 0 THEN NULL
                             ELSE coalesce(sum(CASE WHEN m.month BETWEEN w.first AND w.through
                                                    THEN CAST(m.amount AS REAL) * m.amount END), 0.0) END,
                        count(CASE WHEN m.amount > 0 AND m.month BETWEEN w.first AND w.through THEN 1 END)
                   FROM sales_window w LEFT JOIN sales_months m ON m.account_id = accounts.id)
          WHERE id IN ({ids});"
    ))?;
    Ok(())
}

/// Every sales row of an account, newest month first, by product (the
/// order of [`crate::domain::Dossier::sales`]).
pub(crate) fn sales_of(conn: &Connection, account: AccountId) -> Result<Vec<Sale>> {
    let mut stmt = conn.prepare_cached(
        "SELECT account_id, month, product, amount, profit, volume FROM sales
          WHERE account_id = ?1 ORDER BY month DESC, product",
    )?;
    let rows = stmt.query_map([account], sale_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Writes the sales rows of a new account (a dossier inserted whole: the
/// sample, a generated portfolio), rows of one month and product added up,
/// without history: the account itself is new. The triggers keep the totals.
pub(crate) fn insert_sales(conn: &Connection, account: AccountId, rows: &[Sale]) -> Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    let mut keyed: Vec<Sale> = rows.iter().map(|s| Sale { account_id: account, ..s.clone() }).collect();
    keyed.iter_mut().for_each(|s| s.product = clean_line(&s.product));
    let rows = crate::domain::sales::totals(&keyed);
    rows.iter().try_for_each(check_sale)?;
    let mut insert = conn.prepare_cached(
        "INSERT INTO sales (account_id, month, product, amount, profit, volume) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for row in &rows {
        insert.execute(rusqlite::params![account, row.month, row.product, row.amount, row.profit, row.volume])?;
    }
    Ok(())
}

/// The window the stored totals are kept for, if it was ever set.
fn window(conn: &Connection) -> Result<Option<Period>> {
    Ok(conn
        .prepare_cached("SELECT first, through FROM sales_window WHERE one = 1")?
        .query_row([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
        .optional()?
        .and_then(|(first, through)| Some(Period { first: Month::parse(&first)?, through: Month::parse(&through)? })))
}

fn move_window(conn: &Connection, period: Period) -> Result<()> {
    conn.execute(
        "UPDATE sales_window SET first = ?1, through = ?2 WHERE one = 1",
        rusqlite::params![period.first, period.through],
    )?;
    conn.execute(
        "UPDATE accounts
            SET (sales_12m, profit_12m, sales_sq_12m, buying_months_12m) =
                (SELECT coalesce(sum(m.amount), 0), coalesce(sum(m.profit), 0),
                        coalesce(sum(CAST(m.amount AS REAL) * m.amount), 0.0), count(CASE WHEN m.amount > 0 THEN 1 END)
                   FROM sales_months m
                  WHERE m.account_id = accounts.id AND m.month BETWEEN ?1 AND ?2)
          WHERE sales_first IS NOT NULL",
        rusqlite::params![period.first, period.through],
    )?;
    Ok(())
}

fn sale_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Sale> {
    Ok(Sale {
        account_id: r.get(0)?,
        month: r.get(1)?,
        product: r.get(2)?,
        amount: r.get(3)?,
        profit: r.get(4)?,
        volume: r.get(5)?,
    })
}

pub(crate) fn rows_of_month(conn: &Connection, account: AccountId, month: Month) -> Result<Vec<Sale>> {
    let mut stmt = conn.prepare_cached(ROWS_OF_MONTH)?;
    let rows = stmt.query_map(rusqlite::params![account, month], sale_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A row the store accepts: a product name on one line, amounts a month
/// can hold.
fn check_sale(sale: &Sale) -> Result<()> {
    let too_big = |v: i64| !(-MAX_AMOUNT..=MAX_AMOUNT).contains(&v);
    if too_big(sale.amount) || sale.profit.is_some_and(too_big) || sale.volume.is_some_and(too_big) {
        return Err(StoreError::Invalid(crate::t!("err-sales-too-large", month = sale.month.to_string())));
    }
    Ok(())
}

/// Replaces one account-month's rows with `change.after`, when they are
/// still `change.before`, and keeps the change in the history (kind
/// `sales`, the month as its part, the rows before and after as JSON).
pub(crate) fn apply(conn: &Connection, change: &MonthChange, kind: Change) -> Result<()> {
    let stored = rows_of_month(conn, change.account_id, change.month)?;
    if crate::domain::sales::totals(&stored) != crate::domain::sales::totals(&change.before) {
        return Err(StoreError::Invalid(crate::t!("err-sales-changed-since", month = change.month.to_string())));
    }
    conn.prepare_cached("DELETE FROM sales WHERE account_id = ?1 AND month = ?2")?
        .execute(rusqlite::params![change.account_id, change.month])?;
    let mut insert = conn.prepare_cached(
        "INSERT INTO sales (account_id, month, product, amount, profit, volume) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for row in &change.after {
        insert.execute(rusqlite::params![
            change.account_id,
            change.month,
            clean_line(&row.product),
            row.amount,
            row.profit,
            row.volume
        ])?;
    }
    let json = |rows: &[Sale]| serde_json::to_string(rows).map_err(|e| StoreError::Invalid(e.to_string()));
    let part = change.month.to_string();
    append(
        conn,
        &Written {
            account: change.account_id,
            kind: SALES,
            record: change.account_id.0,
            part: &part,
            change: kind,
            revision: 0,
            before: Some(json(&change.before)?),
            after: Some(json(&change.after)?),
        },
    )?;
    Ok(())
}

/// Takes back a change of a month's sales: the month must still hold what
/// the change left.
pub(crate) fn revert(conn: &Connection, entry: &crate::domain::history::Entry) -> Result<()> {
    let rows = |json: Option<&str>| -> Result<Vec<Sale>> {
        serde_json::from_str(json.unwrap_or("[]"))
            .map_err(|_| StoreError::Invalid(crate::t!("err-undo-foreign", change = entry.id.0.to_string())))
    };
    let month = Month::parse(&entry.part)
        .ok_or_else(|| StoreError::Invalid(crate::t!("err-undo-foreign", change = entry.id.0.to_string())))?;
    let change = MonthChange {
        account_id: entry.account_id,
        month,
        before: rows(entry.after.as_deref())?,
        after: rows(entry.before.as_deref())?,
    };
    apply(conn, &change, Change::Restore)
}
