//! Global ids and revisions: one mechanism for every kind of record.
//!
//! Every record gets a UUID v7 when it is made and keeps it through export
//! and import. Every write names the revision it started from and moves the
//! stored one on by one, in its own transaction; when the stored revision
//! has moved on meanwhile (another workbench, a shell command, an import),
//! the write is refused with [`StoreError::Conflict`] and nothing changes.

use rusqlite::{Connection, OptionalExtension};

use super::error::{Result, StoreError};
use crate::domain::{AccountId, TextPart};

/// The kinds of record that carry a uid and a revision, and their tables
/// (a fixed list: table names are never formatted from input).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Account,
    Objective,
    Milestone,
    Person,
    Competitor,
    Touchpoint,
}

impl Kind {
    /// The name in the history, and in sentences.
    pub fn key(self) -> &'static str {
        match self {
            Kind::Account => "account",
            Kind::Objective => "objective",
            Kind::Milestone => "milestone",
            Kind::Person => "person",
            Kind::Competitor => "competitor",
            Kind::Touchpoint => "touchpoint",
        }
    }

    /// Its table: from this fixed list only, so the statements below,
    /// formatted with it, never hold anything typed or read from a file.
    fn table(self) -> &'static str {
        match self {
            Kind::Account => "accounts",
            Kind::Objective => "objectives",
            Kind::Milestone => "milestones",
            Kind::Person => "people",
            Kind::Competitor => "competitors",
            Kind::Touchpoint => "touchpoints",
        }
    }

    fn sql(self, statement: &str) -> String {
        statement.replace("{table}", self.table())
    }
}

/// A new global id: a UUID v7, which sorts by the time it was made.
pub fn new_uid() -> String {
    uuid::Uuid::now_v7().to_string()
}

/// The uid a new row gets: the one it brings (an import keeps the ids of
/// the exporting machine) when it is a well-formed UUID not yet used here,
/// else a new one.
pub(crate) fn uid_for(conn: &Connection, kind: Kind, given: &str) -> Result<String> {
    let Ok(parsed) = uuid::Uuid::parse_str(given.trim()) else {
        return Ok(new_uid());
    };
    let uid = parsed.hyphenated().to_string();
    Ok(if id_of_uid(conn, kind, &uid)?.is_some() { new_uid() } else { uid })
}

/// The row id of the record with a global id, if it is here. A record
/// deleted and brought back by undo has a new row id and the same uid.
pub(crate) fn id_of_uid(conn: &Connection, kind: Kind, uid: &str) -> Result<Option<i64>> {
    if uid.is_empty() {
        return Ok(None);
    }
    Ok(conn
        .prepare_cached(&kind.sql("SELECT id FROM {table} WHERE uid = ?1"))?
        .query_row([uid], |r| r.get(0))
        .optional()?)
}

/// The stored revision of a record; `None` when it does not exist.
pub(crate) fn revision_of(conn: &Connection, kind: Kind, id: i64) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached(&kind.sql("SELECT revision FROM {table} WHERE id = ?1"))?
        .query_row([id], |r| r.get(0))
        .optional()?)
}

/// Gives a record brought back from the history the revision after its
/// last one, so the history's revisions of it keep counting up.
pub(crate) fn continue_revisions(conn: &Connection, kind: Kind, id: i64, revision: i64) -> Result<()> {
    conn.prepare_cached(&kind.sql("UPDATE {table} SET revision = ?2 WHERE id = ?1"))?.execute([id, revision])?;
    Ok(())
}

/// The revision a write starts from: the one the user saw, or (`None`,
/// the shell and tests) the one stored; NotFound when the record is gone.
pub(crate) fn seen_or_stored(conn: &Connection, kind: Kind, id: i64, seen: Option<i64>) -> Result<i64> {
    match seen {
        Some(seen) => Ok(seen),
        None => revision_of(conn, kind, id)?.ok_or_else(|| StoreError::not_found(kind.key(), id)),
    }
}

/// Moves a record from revision `base` to the next one, which it returns;
/// refuses when the record is gone or its stored revision is not `base`.
pub(crate) fn advance(conn: &Connection, kind: Kind, id: i64, base: i64) -> Result<i64> {
    let changed = conn
        .prepare_cached(&kind.sql("UPDATE {table} SET revision = revision + 1 WHERE id = ?1 AND revision = ?2"))?
        .execute([id, base])?;
    if changed == 1 {
        return Ok(base + 1);
    }
    match revision_of(conn, kind, id)? {
        None => Err(StoreError::not_found(kind.key(), id)),
        Some(stored) => Err(StoreError::Conflict { what: format!("{} {id}", kind.key()), mine: base, theirs: stored }),
    }
}

/// The revision of one long text of an account (0: not saved since
/// revisions were kept).
pub(crate) fn text_revision(conn: &Connection, account: AccountId, part: TextPart) -> Result<i64> {
    let revision = conn
        .prepare_cached("SELECT revision FROM text_revisions WHERE account_id = ?1 AND part = ?2")?
        .query_row(rusqlite::params![account, part.key()], |r| r.get(0))
        .optional()?;
    Ok(revision.unwrap_or(0))
}

/// Every long text's revision of an account, in the order of [`TextPart::ALL`].
pub(crate) fn text_revisions(conn: &Connection, account: AccountId) -> Result<crate::domain::dossier::TextRevisions> {
    let mut revisions = crate::domain::dossier::TextRevisions::default();
    let mut stmt = conn.prepare_cached("SELECT part, revision FROM text_revisions WHERE account_id = ?1")?;
    let mut rows = stmt.query([account])?;
    while let Some(row) = rows.next()? {
        let part: String = row.get(0)?;
        if let Some(part) = TextPart::from_key(&part) {
            revisions.set(part, row.get(1)?);
        }
    }
    Ok(revisions)
}

/// Moves a long text from revision `base` to the next; refuses as
/// [`advance`] does.
pub(crate) fn advance_text(conn: &Connection, account: AccountId, part: TextPart, base: Option<i64>) -> Result<i64> {
    let stored = text_revision(conn, account, part)?;
    if let Some(base) = base
        && base != stored
    {
        return Err(StoreError::Conflict { what: part.title().to_string(), mine: base, theirs: stored });
    }
    conn.prepare_cached(
        "INSERT INTO text_revisions (account_id, part, revision) VALUES (?1, ?2, ?3)
         ON CONFLICT (account_id, part) DO UPDATE SET revision = excluded.revision",
    )?
    .execute(rusqlite::params![account, part.key(), stored + 1])?;
    Ok(stored + 1)
}
