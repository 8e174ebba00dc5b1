//! The long texts of an account: the plan's charter, situation and
//! strategy, and the Overview's five. Each is saved on its own, from its
//! own revision, and every saved version is kept in the history.

use rusqlite::{Connection, OptionalExtension};

use super::error::{Result, StoreError};
use super::history::record_text;
use super::revisions::{advance_text, text_revision};
use super::{Store, one_row};
use crate::domain::history::Change;
use crate::domain::text::{clean_line, clean_multiline};
use crate::domain::{AccountId, AccountText, PlanSection, TextPart};

impl Store {
    /// Saves one of the long texts of an account (a plan text or an
    /// Overview text) and returns its new revision. `base` is the revision
    /// the editing started from: when the stored one has moved on, nothing
    /// is written ([`StoreError::Conflict`]); `None` writes over whatever is
    /// stored (an import's merge). Every saved version is kept in the history.
    pub fn save_text(&mut self, account: AccountId, part: TextPart, text: &str, base: Option<i64>) -> Result<i64> {
        self.write(|tx| set_text(tx, account, part, text, base, Change::Update))
    }
}

/// The statement that writes one text. Its column is the text's key, from
/// the fixed list of [`TextPart`]: never anything typed or read from a file.
fn text_sql(part: TextPart) -> String {
    format!("UPDATE accounts SET {} = ?1 WHERE id = ?2", part.key())
}

/// One long text of an account as stored.
pub(crate) fn text_of(conn: &Connection, account: AccountId, part: TextPart) -> Result<String> {
    conn.prepare_cached(&format!("SELECT {} FROM accounts WHERE id = ?1", part.key()))?
        .query_row([account], |r| r.get(0))
        .optional()?
        .ok_or_else(|| StoreError::not_found("account", account.0))
}

/// Writes a long text from revision `base` (None: whatever is stored) and
/// keeps the version in the history; returns the new revision. Writing the
/// text that is already there changes nothing.
pub(crate) fn set_text(
    conn: &Connection,
    account: AccountId,
    part: TextPart,
    text: &str,
    base: Option<i64>,
    change: Change,
) -> Result<i64> {
    let before = text_of(conn, account, part)?;
    let after = if matches!(part, TextPart::Account(AccountText::PreferredProducts)) {
        clean_line(text)
    } else {
        clean_multiline(text)
    };
    if after == before {
        let stored = text_revision(conn, account, part)?;
        return match base {
            Some(base) if base != stored => {
                Err(StoreError::Conflict { what: part.title().to_string(), mine: base, theirs: stored })
            }
            _ => Ok(stored),
        };
    }
    let revision = advance_text(conn, account, part, base)?;
    let changed = conn.prepare_cached(&text_sql(part))?.execute(rusqlite::params![after, account])?;
    one_row(changed, "account", account.0)?;
    record_text(conn, account, part, change, revision, &before, &after)?;
    Ok(revision)
}

/// A plan text as a new account is made: no history of its own (the
/// account's creation is the record).
pub(crate) fn set_plan_text(conn: &Connection, account: AccountId, section: PlanSection, text: &str) -> Result<()> {
    let changed = conn
        .prepare_cached(&text_sql(TextPart::Plan(section)))?
        .execute(rusqlite::params![clean_multiline(text), account])?;
    one_row(changed, "account", account.0)
}

/// The three plan texts of an account: charter, situation, strategy.
pub(crate) fn plan_texts(conn: &Connection, account: AccountId) -> Result<(String, String, String)> {
    match conn.query_row("SELECT charter, situation, strategy FROM accounts WHERE id = ?1", [account], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?))
    }) {
        Err(rusqlite::Error::QueryReturnedNoRows) => Err(StoreError::not_found("account", account.0)),
        other => Ok(other?),
    }
}
