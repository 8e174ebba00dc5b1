//! The append-only history: every change of every record, written in the
//! transaction that makes it, with what the record was and what it became,
//! when (UTC) and on which machine. Texts are kept whole, so every saved
//! version of a plan text can be read again; records as JSON.

use std::sync::OnceLock;

use rusqlite::{Connection, OptionalExtension, Row};
use serde::Serialize;

use super::error::{Result, StoreError};
use super::revisions::Kind;
use crate::domain::history::{Change, Entry, EntryId};
use crate::domain::{AccountId, TextPart};

/// The machine this process runs on, as the history names it.
pub fn machine() -> &'static str {
    static MACHINE: OnceLock<String> = OnceLock::new();
    MACHINE.get_or_init(|| crate::domain::text::clean_line(&gethostname::gethostname().to_string_lossy()))
}

/// What a new history row says; `record` is the row id of the record (the
/// account's for a text).
pub(crate) struct Written<'a> {
    pub account: AccountId,
    pub kind: &'static str,
    pub record: i64,
    pub part: &'a str,
    pub change: Change,
    pub revision: i64,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// Appends one row to the history.
pub(crate) fn append(conn: &Connection, row: &Written<'_>) -> Result<EntryId> {
    conn.prepare_cached(
        "INSERT INTO history (at, machine, account_id, kind, record_id, part, change, revision, before, after)
         VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(rusqlite::params![
        machine(),
        row.account,
        row.kind,
        row.record,
        row.part,
        row.change.key(),
        row.revision,
        row.before,
        row.after
    ])?;
    Ok(EntryId(conn.last_insert_rowid()))
}

/// Appends the change of a record, kept as JSON before and after it.
pub(crate) fn record<T: Serialize>(
    conn: &Connection,
    kind: Kind,
    account: AccountId,
    id: i64,
    change: Change,
    revision: i64,
    (before, after): (Option<&T>, Option<&T>),
) -> Result<EntryId> {
    let json = |value: Option<&T>| -> Result<Option<String>> {
        value.map(|v| serde_json::to_string(v).map_err(|e| StoreError::Invalid(e.to_string()))).transpose()
    };
    append(
        conn,
        &Written {
            account,
            kind: kind.key(),
            record: id,
            part: "",
            change,
            revision,
            before: json(before)?,
            after: json(after)?,
        },
    )
}

/// Appends a saved version of a long text.
pub(crate) fn record_text(
    conn: &Connection,
    account: AccountId,
    part: TextPart,
    change: Change,
    revision: i64,
    before: &str,
    after: &str,
) -> Result<EntryId> {
    append(
        conn,
        &Written {
            account,
            kind: TEXT,
            record: account.0,
            part: part.key(),
            change,
            revision,
            before: Some(before.to_string()),
            after: Some(after.to_string()),
        },
    )
}

/// The kind of a long text's rows.
pub(crate) const TEXT: &str = "text";
/// The kind of a snooze's rows (`part` holds the alert's key).
pub(crate) const SNOOZE: &str = "snooze";
/// The kind of a month of sales' rows (`part` holds the month).
pub(crate) const SALES: &str = "sales";
/// The kind of a plan review's rows.
pub(crate) const REVIEW: &str = "review";

const COLUMNS: &str = "id, at, machine, account_id, kind, record_id, part, change, revision, before, after";

fn entry_from_row(row: &Row<'_>) -> rusqlite::Result<Entry> {
    let at: String = row.get(1)?;
    Ok(Entry {
        id: EntryId(row.get(0)?),
        at: chrono::NaiveDateTime::parse_from_str(&at, "%Y-%m-%dT%H:%M:%SZ").unwrap_or_default(),
        machine: row.get(2)?,
        account_id: row.get(3)?,
        kind: row.get(4)?,
        record_id: row.get(5)?,
        part: row.get(6)?,
        change: Change::from_key(&row.get::<_, String>(7)?),
        revision: row.get(8)?,
        before: row.get(9)?,
        after: row.get(10)?,
    })
}

pub(crate) fn entry(conn: &Connection, id: EntryId) -> Result<Entry> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM history WHERE id = ?1"))?
        .query_row([id.0], entry_from_row)
        .optional()?
        .ok_or_else(|| StoreError::not_found("change", id.0))
}

/// An account's history, newest first; `kind` and `part` narrow it (a
/// text's versions: kind "text" and its part).
pub(crate) fn entries(
    conn: &Connection,
    account: AccountId,
    kind: Option<&str>,
    part: Option<&str>,
) -> Result<Vec<Entry>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM history
          WHERE account_id = ?1 AND (?2 IS NULL OR kind = ?2) AND (?3 IS NULL OR part = ?3)
          ORDER BY id DESC"
    ))?;
    let rows = stmt.query_map(rusqlite::params![account, kind, part], entry_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The history rows written after `mark` (an id): a transaction's own,
/// while it holds the write lock.
pub(crate) fn written_since(conn: &Connection, mark: i64) -> Result<Vec<EntryId>> {
    let mut stmt = conn.prepare_cached("SELECT id FROM history WHERE id > ?1 ORDER BY id")?;
    let rows = stmt.query_map([mark], |r| Ok(EntryId(r.get(0)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The newest history row's id (0 when there is none).
pub(crate) fn mark(conn: &Connection) -> Result<i64> {
    Ok(conn.prepare_cached("SELECT coalesce(max(id), 0) FROM history")?.query_row([], |r| r.get(0))?)
}
