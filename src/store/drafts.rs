//! Drafts: what is being typed in the editor or a form, kept after a pause
//! in typing so that a crash, a closed terminal or a dropped link loses
//! nothing. One row per thing typed, named by its key; written by the
//! workbench that types, read back when the same text or form opens again.

use chrono::NaiveDateTime;
use rusqlite::{OptionalExtension, Row, named_params};

use super::Store;
use super::error::Result;
use crate::domain::AccountId;

/// How a draft's time is stored: local wall-clock time to the second.
const SAVED_AT: &str = "%Y-%m-%d %H:%M:%S";

/// A kept draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    /// What is typed: `text:<account id>:<part>` or
    /// `form:<kind>:<record id or new>:<account id>`.
    pub key: String,
    pub account_id: Option<AccountId>,
    /// The host name of the machine that typed it.
    pub machine: String,
    pub saved_at: NaiveDateTime,
    /// The revision of the record the typing started from, when known.
    pub base_revision: Option<i64>,
    /// The text, or a form's fields as a JSON object.
    pub body: String,
}

impl Store {
    /// Writes the draft, replacing any under the same key. One small
    /// statement, its own transaction.
    pub fn save_draft(&mut self, draft: &Draft) -> Result<()> {
        self.conn
            .prepare_cached(
                "INSERT INTO drafts (key, account_id, machine, saved_at, base_revision, body)
                 VALUES (:key, :account, :machine, :saved_at, :base, :body)
                 ON CONFLICT (key) DO UPDATE SET account_id = excluded.account_id, machine = excluded.machine,
                     saved_at = excluded.saved_at, base_revision = excluded.base_revision, body = excluded.body",
            )?
            .execute(named_params! {
                ":key": draft.key,
                ":account": draft.account_id,
                ":machine": draft.machine,
                ":saved_at": draft.saved_at.format(SAVED_AT).to_string(),
                ":base": draft.base_revision,
                ":body": draft.body,
            })?;
        Ok(())
    }

    /// The draft kept under `key`, if any.
    pub fn draft(&self, key: &str) -> Result<Option<Draft>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT key, account_id, machine, saved_at, base_revision, body FROM drafts WHERE key = ?1",
            )?
            .query_row([key], read_draft)
            .optional()?)
    }

    /// Every draft whose key starts with `prefix`, newest first.
    pub fn drafts_starting(&self, prefix: &str) -> Result<Vec<Draft>> {
        let mut statement = self.conn.prepare_cached(
            "SELECT key, account_id, machine, saved_at, base_revision, body FROM drafts
             WHERE substr(key, 1, length(?1)) = ?1 ORDER BY saved_at DESC, key",
        )?;
        let drafts = statement.query_map([prefix], read_draft)?.collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(drafts)
    }

    /// Removes the draft (saved, or thrown away); nothing when there is none.
    pub fn delete_draft(&mut self, key: &str) -> Result<()> {
        self.conn.prepare_cached("DELETE FROM drafts WHERE key = ?1")?.execute([key])?;
        Ok(())
    }

    /// The keys of every draft waiting, oldest first: those of a new
    /// account, or of an account that still exists (a purged account's
    /// texts have nowhere to be offered).
    pub fn draft_keys(&self) -> Result<Vec<String>> {
        let mut statement = self.conn.prepare_cached(
            "SELECT key FROM drafts d
             WHERE d.account_id IS NULL OR EXISTS (SELECT 1 FROM accounts a WHERE a.id = d.account_id)
             ORDER BY saved_at, key",
        )?;
        let keys = statement.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(keys)
    }

    /// Whether the record a form's draft was typed for still exists.
    pub fn record_exists(&self, record: super::revisions::Kind, id: i64) -> Result<bool> {
        Ok(super::revisions::revision_of(&self.conn, record, id)?.is_some())
    }
}

fn read_draft(row: &Row<'_>) -> rusqlite::Result<Draft> {
    let saved_at: String = row.get(3)?;
    let saved_at = NaiveDateTime::parse_from_str(&saved_at, SAVED_AT)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(3, rusqlite::types::Type::Text, Box::new(e)))?;
    Ok(Draft {
        key: row.get(0)?,
        account_id: row.get(1)?,
        machine: row.get(2)?,
        saved_at,
        base_revision: row.get(4)?,
        body: row.get(5)?,
    })
}
