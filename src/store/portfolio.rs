//! The portfolio list: every account ranked, or only its first rows with
//! the totals the store keeps (schema 13), for a first screen whose cost
//! does not grow with the portfolio.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::Row;

use super::Store;
use super::codec::RowExt;
use super::error::Result;
use crate::domain::account::WindowSales;
use crate::domain::sales::Month;
use crate::domain::{AccountId, AccountSummary, CurrencyTotals, PortfolioTotals};

/// The portfolio, largest accounts first, read from one covering index;
/// the last contact, the next open milestone and the sales of the analysis
/// window are kept on the account by triggers.
const LIST_ACCOUNTS: &str = "
SELECT a.id, a.name, a.client_type, a.level_now, a.status, a.ranked_sales, a.last_touchpoint, a.next_milestone,
       a.sales_12m, a.sales_sq_12m, a.sales_first, a.currency
  FROM accounts a INDEXED BY accounts_portfolio
 ORDER BY a.ranked_sales DESC NULLS LAST, a.name_key, a.id";

/// The due date of every open follow-up, from its covering index. A
/// follow-up is open until it is marked done or followed up (both set
/// `next_step_done`), as the alert rules say: no later contact closes it.
const OPEN_FOLLOW_UPS: &str = "SELECT account_id, next_step_due FROM touchpoints
  WHERE next_step_due IS NOT NULL AND next_step_done IS NULL";

/// One account's earliest open follow-up, from the same index.
const FIRST_OPEN_FOLLOW_UP: &str = "SELECT min(next_step_due) FROM touchpoints
  WHERE account_id = ?1 AND next_step_due IS NOT NULL AND next_step_done IS NULL";

/// The first rows of the portfolio in its ranking, open and closed alike,
/// with the portfolio's totals.
#[derive(Debug, Clone, PartialEq)]
pub struct PortfolioHead {
    /// In the order of [`Store::list_accounts`].
    pub rows: Vec<AccountSummary>,
    pub totals: PortfolioTotals,
    /// The rows are every account.
    pub complete: bool,
}

impl Store {
    /// Every account, ranked by annual sales (the analysis window's, else
    /// the typed figure; unknown last), then by name.
    pub fn list_accounts(&self) -> Result<Vec<AccountSummary>> {
        // Columns by position: these loops run over every account.
        let mut promised: HashMap<AccountId, NaiveDate> = HashMap::new();
        let mut stmt = self.conn.prepare_cached(OPEN_FOLLOW_UPS)?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let due = row.date(1)?;
            promised.entry(row.get(0)?).and_modify(|first| *first = due.min(*first)).or_insert(due);
        }
        let mut stmt = self.conn.prepare_cached(LIST_ACCOUNTS)?;
        let rows = stmt.query_map([], |row| summary(row, promised.get(&row.get(0)?).copied()))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The first `limit` rows of [`Store::list_accounts`] and the totals:
    /// a few pages of one index and one of the totals, however large the
    /// portfolio.
    pub fn portfolio_head(&self, limit: usize) -> Result<PortfolioHead> {
        let totals = self.portfolio_totals()?;
        let mut stmt = self.conn.prepare_cached(&format!("{LIST_ACCOUNTS} LIMIT ?1"))?;
        let mut follow_up = self.conn.prepare_cached(FIRST_OPEN_FOLLOW_UP)?;
        let mut rows = stmt.query([i64::try_from(limit).unwrap_or(i64::MAX)])?;
        let mut head = Vec::with_capacity(limit.min(1024));
        while let Some(row) = rows.next()? {
            let id: AccountId = row.get(0)?;
            let due = follow_up.query_row([id], |r| r.opt_date(0))?;
            head.push(summary(row, due)?);
        }
        let complete = head.len() < limit || head.len() == totals.accounts();
        Ok(PortfolioHead { rows: head, totals, complete })
    }

    /// The totals the triggers keep, per currency.
    pub fn portfolio_totals(&self) -> Result<PortfolioTotals> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT currency, accounts, open_sales, window_sales FROM portfolio_totals WHERE accounts > 0
              ORDER BY currency",
        )?;
        let rows = stmt.query_map([], |r| {
            let code: String = r.get(0)?;
            Ok(CurrencyTotals {
                currency: (!code.is_empty()).then_some(code),
                accounts: r.get(1)?,
                open_sales: r.get(2)?,
                window_sales: r.get(3)?,
            })
        })?;
        Ok(PortfolioTotals { currencies: rows.collect::<rusqlite::Result<_>>()? })
    }
}

/// One row of [`LIST_ACCOUNTS`], by position, with its earliest open follow-up.
fn summary(row: &Row<'_>, follow_up: Option<NaiveDate>) -> rusqlite::Result<AccountSummary> {
    Ok(AccountSummary {
        id: row.get(0)?,
        name: row.get(1)?,
        client_type: row.get(2)?,
        level_now: row.get(3)?,
        status: row.get(4)?,
        annual_sales: row.get(5)?,
        last_touchpoint: row.opt_date(6)?,
        next_due: row.opt_date(7)?.into_iter().chain(follow_up).min(),
        window: match (row.get::<_, Option<i64>>(8)?, row.get::<_, Option<Month>>(10)?) {
            (Some(amount), Some(first)) => {
                Some(WindowSales { amount, sum_of_squares: row.get::<_, Option<f64>>(9)?.unwrap_or(0.0), first })
            }
            _ => None,
        },
        currency: row.get(11)?,
    })
}
