//! The competitors courting the same customer.

use rusqlite::{Connection, OptionalExtension, Row, named_params};

use super::codec::RowExt;
use super::error::{Result, StoreError};
use super::history::record;
use super::revisions::{Kind, advance, seen_or_stored, uid_for};
use super::{Store, ensure_account, one_row};
use crate::domain::history::Change;
use crate::domain::text::{clean_line, clean_multiline};
use crate::domain::{AccountId, Competitor, CompetitorId};

impl Store {
    /// Inserts the competitor when its id is 0, else updates it from the
    /// revision it carries; returns the id.
    pub fn save_competitor(&mut self, competitor: &Competitor) -> Result<CompetitorId> {
        self.write(|tx| {
            if competitor.id.0 == 0 {
                let id = insert_competitor(tx, competitor.account_id, competitor)?;
                let after = competitor_by_id(tx, id)?;
                record(tx, Kind::Competitor, after.account_id, id.0, Change::Create, 1, (None, Some(&after)))?;
                return Ok(id);
            }
            update_competitor(tx, competitor)?;
            Ok(competitor.id)
        })
    }

    /// `seen: None` deletes it as stored (the shell, tests).
    pub fn delete_competitor(&mut self, id: CompetitorId, seen: Option<i64>) -> Result<()> {
        self.write(|tx| {
            let seen = seen_or_stored(tx, Kind::Competitor, id.0, seen)?;
            delete_competitor(tx, id, seen)
        })
    }
}

pub(crate) fn update_competitor(conn: &Connection, competitor: &Competitor) -> Result<()> {
    let before = competitor_by_id(conn, competitor.id)?;
    if before.account_id != competitor.account_id {
        return Err(StoreError::not_found("competitor", competitor.id.0));
    }
    let name = competitor_name(competitor)?;
    let revision = advance(conn, Kind::Competitor, competitor.id.0, competitor.stamp.revision)?;
    let changed = conn.execute(
        "UPDATE competitors SET name = :name, position = :position, strengths = :strengths,
                weaknesses = :weaknesses
          WHERE id = :id AND account_id = :account_id",
        named_params! {
            ":id": competitor.id,
            ":account_id": competitor.account_id,
            ":name": name,
            ":position": clean_multiline(&competitor.position),
            ":strengths": clean_multiline(&competitor.strengths),
            ":weaknesses": clean_multiline(&competitor.weaknesses),
        },
    )?;
    one_row(changed, "competitor", competitor.id.0)?;
    let after = competitor_by_id(conn, competitor.id)?;
    record(
        conn,
        Kind::Competitor,
        after.account_id,
        competitor.id.0,
        Change::Update,
        revision,
        (Some(&before), Some(&after)),
    )?;
    Ok(())
}

pub(crate) fn delete_competitor(conn: &Connection, id: CompetitorId, seen: i64) -> Result<()> {
    let before = competitor_by_id(conn, id)?;
    let revision = advance(conn, Kind::Competitor, id.0, seen)?;
    one_row(conn.execute("DELETE FROM competitors WHERE id = ?1", [id])?, "competitor", id.0)?;
    record(conn, Kind::Competitor, before.account_id, id.0, Change::Delete, revision, (Some(&before), None))?;
    Ok(())
}

pub(crate) fn insert_competitor(
    conn: &Connection,
    account: AccountId,
    competitor: &Competitor,
) -> Result<CompetitorId> {
    ensure_account(conn, account)?;
    conn.prepare_cached(
        "INSERT INTO competitors (account_id, name, position, strengths, weaknesses, uid)
         VALUES (:account_id, :name, :position, :strengths, :weaknesses, :uid)",
    )?
    .execute(named_params! {
        ":uid": uid_for(conn, Kind::Competitor, &competitor.stamp.uid)?,
        ":account_id": account,
        ":name": competitor_name(competitor)?,
        ":position": clean_multiline(&competitor.position),
        ":strengths": clean_multiline(&competitor.strengths),
        ":weaknesses": clean_multiline(&competitor.weaknesses),
    })?;
    Ok(CompetitorId(conn.last_insert_rowid()))
}

/// An import's update of an existing competitor: its texts, never its name
/// (by which it was matched).
pub(crate) fn update_competitor_from_import(
    conn: &Connection,
    account: AccountId,
    competitor: &Competitor,
) -> Result<()> {
    let stored = competitor_by_id(conn, competitor.id)?;
    if stored.account_id != account {
        return Err(StoreError::not_found("competitor", competitor.id.0));
    }
    let merged = Competitor {
        name: stored.name.clone(),
        stamp: stored.stamp.clone(),
        account_id: account,
        ..competitor.clone()
    };
    update_competitor(conn, &merged)
}

fn competitor_name(competitor: &Competitor) -> Result<String> {
    let name = clean_line(&competitor.name);
    if name.is_empty() {
        return Err(StoreError::Invalid(crate::l10n::text("err-competitor-needs-name").into()));
    }
    Ok(name)
}

const COMPETITOR_COLUMNS: &str = "id, account_id, name, position, strengths, weaknesses, uid, revision";

/// By name.
pub(crate) fn competitors_of(conn: &Connection, account: AccountId) -> Result<Vec<Competitor>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COMPETITOR_COLUMNS} FROM competitors WHERE account_id = ?1 ORDER BY name, id"
    ))?;
    let rows = stmt.query_map([account], competitor_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn competitor_by_id(conn: &Connection, id: CompetitorId) -> Result<Competitor> {
    conn.prepare_cached(&format!("SELECT {COMPETITOR_COLUMNS} FROM competitors WHERE id = ?1"))?
        .query_row([id], competitor_from_row)
        .optional()?
        .ok_or_else(|| StoreError::not_found("competitor", id.0))
}

fn competitor_from_row(row: &Row<'_>) -> rusqlite::Result<Competitor> {
    Ok(Competitor {
        id: row.get(0)?,
        account_id: row.get(1)?,
        name: row.get(2)?,
        position: row.get(3)?,
        strengths: row.get(4)?,
        weaknesses: row.get(5)?,
        stamp: row.stamp(6)?,
    })
}
