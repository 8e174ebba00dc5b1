//! Reading many dossiers from one snapshot: an export sees the whole
//! portfolio as it was at one moment, and an import decides what to merge
//! from the same state it then writes to.

use rusqlite::Connection;

use super::Store;
use super::accounts::load_account;
use super::codec::RowExt;
use super::competitors::competitors_of;
use super::error::{Result, StoreError};
use super::people::people_of;
use super::plan::{milestones_of, objectives_of};
use super::revisions::text_revisions;
use super::texts::plan_texts;
use super::touchpoints::{LogPage, touchpoints_of};
use crate::domain::{AccountId, AccountStatus, Dossier};

/// The few facts of an account needed to match an imported one against it.
#[derive(Debug, Clone, PartialEq)]
pub struct AccountKey {
    pub id: AccountId,
    pub name: String,
    pub status: AccountStatus,
    pub created_on: chrono::NaiveDate,
    /// What orders accounts in the portfolio: the ranked sales (largest
    /// first, unknown last), then the stored name key, then the id.
    pub ranked_sales: Option<i64>,
    pub name_key: String,
}

impl AccountKey {
    /// The portfolio's order, for accounts found apart.
    pub fn portfolio_order(&self, other: &AccountKey) -> std::cmp::Ordering {
        let rank = |k: &AccountKey| (k.ranked_sales.is_none(), std::cmp::Reverse(k.ranked_sales));
        rank(self).cmp(&rank(other)).then_with(|| (&self.name_key, self.id).cmp(&(&other.name_key, other.id)))
    }
}

/// The columns of an [`AccountKey`].
const KEY_COLUMNS: &str = "id, name, status, created_on, ranked_sales, name_key";

fn account_key(r: &rusqlite::Row<'_>) -> rusqlite::Result<AccountKey> {
    Ok(AccountKey {
        id: r.get("id")?,
        name: r.get("name")?,
        status: r.get("status")?,
        created_on: r.date("created_on")?,
        ranked_sales: r.get("ranked_sales")?,
        name_key: r.get("name_key")?,
    })
}

/// White space other than one plain space between words (`char::is_whitespace`):
/// what a stored name key may hold that a name compared word by word does not.
const UNUSUAL_SPACES: [char; 24] = [
    '\t', '\n', '\u{b}', '\u{c}', '\r', '\u{85}', '\u{a0}', '\u{1680}', '\u{2000}', '\u{2001}', '\u{2002}', '\u{2003}',
    '\u{2004}', '\u{2005}', '\u{2006}', '\u{2007}', '\u{2008}', '\u{2009}', '\u{200a}', '\u{2028}', '\u{2029}',
    '\u{202f}', '\u{205f}', '\u{3000}',
];

/// A consistent read view of the database (inside one transaction).
pub struct Snapshot<'a> {
    pub(super) conn: &'a Connection,
}

impl Store {
    /// Runs `read` on one snapshot of the database: every dossier it loads
    /// comes from the same moment, even when another connection writes.
    pub fn snapshot<T, E: From<StoreError>>(
        &self,
        read: impl FnOnce(&Snapshot<'_>) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        let tx = self.conn.unchecked_transaction().map_err(StoreError::from)?;
        let value = read(&Snapshot { conn: &tx })?;
        tx.finish().map_err(StoreError::from)?;
        Ok(value)
    }
}

impl Snapshot<'_> {
    /// Every account in portfolio order: largest annual sales first (the
    /// last twelve months of its history, else the typed figure; unknown
    /// last), then by name ignoring case, then in the order they were added.
    pub fn accounts(&self) -> Result<Vec<AccountKey>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {KEY_COLUMNS} FROM accounts ORDER BY ranked_sales DESC NULLS LAST, name_key, id"
        ))?;
        let rows = stmt.query_map([], account_key)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The accounts whose stored name key is `key` (trimmed, lower case),
    /// up to the id `up_to`, in portfolio order: one point of the names' index.
    pub fn accounts_keyed(&self, key: &str, up_to: AccountId) -> Result<Vec<AccountKey>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {KEY_COLUMNS} FROM accounts WHERE name_key = ?1 AND id <= ?2
              ORDER BY ranked_sales DESC NULLS LAST, name_key, id"
        ))?;
        let rows = stmt.query_map(rusqlite::params![key, up_to], account_key)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The few accounts whose name key holds two spaces in a row or white
    /// space other than a space (an import compares names word by word):
    /// one pass over the names' index.
    pub fn accounts_unusually_spaced(&self) -> Result<Vec<AccountKey>> {
        let glob = format!("*[{}]*", UNUSUAL_SPACES.iter().collect::<String>());
        let mut stmt = self
            .conn
            .prepare(&format!("SELECT {KEY_COLUMNS} FROM accounts WHERE name_key LIKE '%  %' OR name_key GLOB ?1"))?;
        let rows = stmt.query_map([glob], account_key)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The highest account id: accounts an import adds come above it.
    pub fn last_account(&self) -> Result<AccountId> {
        Ok(self.conn.query_row("SELECT coalesce(max(id), 0) FROM accounts", [], |r| r.get(0))?)
    }

    /// One whole dossier, in the orders [`Dossier`] documents.
    pub fn dossier(&self, id: AccountId) -> Result<Dossier> {
        let account = load_account(self.conn, id)?;
        let (charter, situation, strategy) = plan_texts(self.conn, id)?;
        Ok(Dossier {
            account,
            charter,
            situation,
            strategy,
            objectives: objectives_of(self.conn, id)?,
            milestones: milestones_of(self.conn, id)?,
            people: people_of(self.conn, id)?,
            competitors: competitors_of(self.conn, id)?,
            touchpoints: touchpoints_of(self.conn, id, LogPage::All)?,
            sales: super::sales::sales_of(self.conn, id)?,
            text_revisions: text_revisions(self.conn, id)?,
        })
    }

    /// The name of the account of the person with the global id `uid`,
    /// when that is an account other than `account`.
    pub fn person_elsewhere(&self, uid: &str, account: AccountId) -> Result<Option<String>> {
        use rusqlite::OptionalExtension;
        Ok(self
            .conn
            .prepare_cached(
                "SELECT a.name FROM people p JOIN accounts a ON a.id = p.account_id
                  WHERE p.uid = ?1 AND p.account_id != ?2",
            )?
            .query_row(rusqlite::params![uid, account], |r| r.get(0))
            .optional()?)
    }

    /// Every dossier, in portfolio order.
    pub fn portfolio(&self) -> Result<Vec<Dossier>> {
        self.accounts()?.iter().map(|a| self.dossier(a.id)).collect()
    }
}
