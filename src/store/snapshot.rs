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
}

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
        let mut stmt = self.conn.prepare(
            "SELECT id, name, status, created_on FROM accounts
              ORDER BY ranked_sales DESC NULLS LAST, name_key, id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(AccountKey {
                id: r.get("id")?,
                name: r.get("name")?,
                status: r.get("status")?,
                created_on: r.date("created_on")?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
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
