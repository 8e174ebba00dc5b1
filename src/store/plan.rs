//! The implementation of the relationship plan: the annual objectives and
//! the milestones (review points). Its texts are in `texts`.

use chrono::NaiveDate;
use rusqlite::types::ToSql;
use rusqlite::{Connection, OptionalExtension, Row, named_params};

use super::codec::{NamedParams, RowExt, date, opt_date};
use super::error::{Result, StoreError};
use super::history::record;
use super::review::record_review;
use super::revisions::{Kind, advance, revision_of, seen_or_stored, uid_for};
use super::{Store, ensure_account, one_row};
use crate::domain::history::Change;
use crate::domain::text::{clean_line, clean_multiline};
use crate::domain::{AccountId, Milestone, MilestoneId, Objective, ObjectiveId};

impl Store {
    /// Inserts the objective when its id is 0, else updates it from the
    /// revision it carries; returns its id.
    pub fn save_objective(&mut self, objective: &Objective) -> Result<ObjectiveId> {
        self.write(|tx| {
            if objective.id.0 == 0 {
                let id = insert_objective(tx, objective.account_id, objective)?;
                let after = objective_by_id(tx, id)?;
                record(tx, Kind::Objective, after.account_id, id.0, Change::Create, 1, (None, Some(&after)))?;
                return Ok(id);
            }
            update_objective(tx, objective)?;
            Ok(objective.id)
        })
    }

    /// Deletes an objective as last seen at revision `seen`; its last
    /// version stays in the history.
    /// `seen: None` deletes it as stored (the shell, tests).
    pub fn delete_objective(&mut self, id: ObjectiveId, seen: Option<i64>) -> Result<()> {
        self.write(|tx| {
            let seen = seen_or_stored(tx, Kind::Objective, id.0, seen)?;
            delete_objective(tx, id, seen)
        })
    }

    /// Inserts the milestone when its id is 0, else updates it from the
    /// revision it carries; returns its id.
    pub fn save_milestone(&mut self, milestone: &Milestone) -> Result<MilestoneId> {
        self.write(|tx| {
            if milestone.id.0 == 0 {
                let id = insert_milestone(tx, milestone.account_id, milestone)?;
                let after = milestone_by_id(tx, id)?;
                record(tx, Kind::Milestone, after.account_id, id.0, Change::Create, 1, (None, Some(&after)))?;
                return Ok(id);
            }
            update_milestone(tx, milestone)
        })
    }

    /// Marks a milestone (last seen at revision `seen`) done on a day, or
    /// open again with `None`. A milestone marked done is a review of the
    /// plan, recorded as such.
    /// `seen: None` acts on the milestone as stored (the agenda, the shell).
    pub fn set_milestone_done(&mut self, id: MilestoneId, seen: Option<i64>, done: Option<NaiveDate>) -> Result<()> {
        self.write(|tx| {
            let mut milestone = milestone_by_id(tx, id)?;
            milestone.stamp.revision = seen.unwrap_or(milestone.stamp.revision);
            milestone.done = done;
            update_milestone(tx, &milestone)?;
            if let Some(day) = done {
                record_review(tx, milestone.account_id, id.0, day, &milestone.title)?;
            }
            Ok(())
        })
    }

    /// `seen: None` deletes it as stored (the shell, tests).
    pub fn delete_milestone(&mut self, id: MilestoneId, seen: Option<i64>) -> Result<()> {
        self.write(|tx| {
            let seen = seen_or_stored(tx, Kind::Milestone, id.0, seen)?;
            delete_milestone(tx, id, seen)
        })
    }
}

/// Updates every column of an objective from the revision it carries, and
/// keeps the change in the history.
pub(crate) fn update_objective(conn: &Connection, objective: &Objective) -> Result<()> {
    let before = objective_by_id(conn, objective.id)?;
    if before.account_id != objective.account_id {
        return Err(StoreError::not_found("objective", objective.id.0));
    }
    let revision = advance(conn, Kind::Objective, objective.id.0, objective.stamp.revision)?;
    write_objective(conn, objective)?;
    let after = objective_by_id(conn, objective.id)?;
    record(
        conn,
        Kind::Objective,
        after.account_id,
        objective.id.0,
        Change::Update,
        revision,
        (Some(&before), Some(&after)),
    )?;
    Ok(())
}

/// An import's update of an objective, whatever its revision.
pub(crate) fn update_objective_from_import(conn: &Connection, account: AccountId, objective: &Objective) -> Result<()> {
    let mut objective = objective.clone();
    objective.account_id = account;
    objective.stamp.revision = revision_of(conn, Kind::Objective, objective.id.0)?
        .ok_or_else(|| StoreError::not_found("objective", objective.id.0))?;
    update_objective(conn, &objective)
}

fn write_objective(conn: &Connection, objective: &Objective) -> Result<()> {
    let texts = objective_texts(objective);
    let mut params = objective_params(objective, &texts);
    params.extend([(":id", &objective.id as &dyn ToSql), (":account_id", &objective.account_id)]);
    let changed = conn.execute(
        "UPDATE objectives SET year = :year, product = :product, planned_volume = :planned_volume,
                expected_profit = :expected_profit, resources = :resources
          WHERE id = :id AND account_id = :account_id",
        params.as_slice(),
    )?;
    one_row(changed, "objective", objective.id.0)
}

pub(crate) fn delete_objective(conn: &Connection, id: ObjectiveId, seen: i64) -> Result<()> {
    let before = objective_by_id(conn, id)?;
    let revision = advance(conn, Kind::Objective, id.0, seen)?;
    one_row(conn.execute("DELETE FROM objectives WHERE id = ?1", [id])?, "objective", id.0)?;
    record(conn, Kind::Objective, before.account_id, id.0, Change::Delete, revision, (Some(&before), None))?;
    Ok(())
}

pub(crate) fn update_milestone(conn: &Connection, milestone: &Milestone) -> Result<MilestoneId> {
    let before = milestone_by_id(conn, milestone.id)?;
    if before.account_id != milestone.account_id {
        return Err(StoreError::not_found("milestone", milestone.id.0));
    }
    let title = milestone_title(milestone)?;
    let revision = advance(conn, Kind::Milestone, milestone.id.0, milestone.stamp.revision)?;
    let changed = conn.execute(
        "UPDATE milestones SET title = :title, due = :due, done = :done, note = :note
          WHERE id = :id AND account_id = :account_id",
        named_params! {
            ":id": milestone.id,
            ":account_id": milestone.account_id,
            ":title": title,
            ":due": date(milestone.due),
            ":done": opt_date(milestone.done),
            ":note": clean_multiline(&milestone.note),
        },
    )?;
    one_row(changed, "milestone", milestone.id.0)?;
    let after = milestone_by_id(conn, milestone.id)?;
    record(
        conn,
        Kind::Milestone,
        after.account_id,
        milestone.id.0,
        Change::Update,
        revision,
        (Some(&before), Some(&after)),
    )?;
    Ok(milestone.id)
}

pub(crate) fn delete_milestone(conn: &Connection, id: MilestoneId, seen: i64) -> Result<()> {
    let before = milestone_by_id(conn, id)?;
    let revision = advance(conn, Kind::Milestone, id.0, seen)?;
    one_row(conn.execute("DELETE FROM milestones WHERE id = ?1", [id])?, "milestone", id.0)?;
    record(conn, Kind::Milestone, before.account_id, id.0, Change::Delete, revision, (Some(&before), None))?;
    Ok(())
}

pub(crate) fn insert_objective(conn: &Connection, account: AccountId, objective: &Objective) -> Result<ObjectiveId> {
    ensure_account(conn, account)?;
    let texts = objective_texts(objective);
    let mut params = objective_params(objective, &texts);
    let uid = uid_for(conn, Kind::Objective, &objective.stamp.uid)?;
    params.extend([(":account_id", &account as &dyn ToSql), (":uid", &uid)]);
    conn.prepare_cached(
        "INSERT INTO objectives (account_id, year, product, planned_volume, expected_profit, resources, uid)
         VALUES (:account_id, :year, :product, :planned_volume, :expected_profit, :resources, :uid)",
    )?
    .execute(params.as_slice())?;
    Ok(ObjectiveId(conn.last_insert_rowid()))
}

/// An objective's texts as they will be stored: product, planned volume,
/// resources.
fn objective_texts(objective: &Objective) -> [String; 3] {
    [clean_line(&objective.product), clean_line(&objective.planned_volume), clean_line(&objective.resources)]
}

fn objective_params<'a>(objective: &'a Objective, texts: &'a [String; 3]) -> NamedParams<'a> {
    let params: [(&'static str, &dyn ToSql); 5] = [
        (":year", &objective.year),
        (":product", &texts[0]),
        (":planned_volume", &texts[1]),
        (":expected_profit", &objective.expected_profit),
        (":resources", &texts[2]),
    ];
    params.to_vec()
}

pub(crate) fn insert_milestone(conn: &Connection, account: AccountId, milestone: &Milestone) -> Result<MilestoneId> {
    ensure_account(conn, account)?;
    let title = milestone_title(milestone)?;
    let uid = uid_for(conn, Kind::Milestone, &milestone.stamp.uid)?;
    conn.prepare_cached(
        "INSERT INTO milestones (account_id, title, due, done, note, uid)
         VALUES (:account_id, :title, :due, :done, :note, :uid)",
    )?
    .execute(named_params! {
        ":uid": uid,
        ":account_id": account,
        ":title": title,
        ":due": date(milestone.due),
        ":done": opt_date(milestone.done),
        ":note": clean_multiline(&milestone.note),
    })?;
    Ok(MilestoneId(conn.last_insert_rowid()))
}

/// An import's update of an existing milestone: its done date and note,
/// never its title or due date (by which it was matched).
pub(crate) fn update_milestone_from_import(conn: &Connection, account: AccountId, milestone: &Milestone) -> Result<()> {
    let mut stored = milestone_by_id(conn, milestone.id)?;
    if stored.account_id != account {
        return Err(StoreError::not_found("milestone", milestone.id.0));
    }
    stored.done = milestone.done;
    stored.note = milestone.note.clone();
    update_milestone(conn, &stored).map(|_| ())
}

fn milestone_title(milestone: &Milestone) -> Result<String> {
    let title = clean_line(&milestone.title);
    if title.is_empty() {
        return Err(StoreError::Invalid(crate::l10n::text("err-milestone-needs-title").into()));
    }
    Ok(title)
}

pub(crate) const OBJECTIVE_COLUMNS: &str =
    "id, account_id, year, product, planned_volume, expected_profit, resources, uid, revision";

/// By year, then product.
pub(crate) fn objectives_of(conn: &Connection, account: AccountId) -> Result<Vec<Objective>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {OBJECTIVE_COLUMNS} FROM objectives WHERE account_id = ?1 ORDER BY year, product, id"
    ))?;
    let rows = stmt.query_map([account], objective_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn objective_by_id(conn: &Connection, id: ObjectiveId) -> Result<Objective> {
    conn.prepare_cached(&format!("SELECT {OBJECTIVE_COLUMNS} FROM objectives WHERE id = ?1"))?
        .query_row([id], objective_from_row)
        .optional()?
        .ok_or_else(|| StoreError::not_found("objective", id.0))
}

pub(crate) fn objective_from_row(row: &Row<'_>) -> rusqlite::Result<Objective> {
    Ok(Objective {
        id: row.get(0)?,
        account_id: row.get(1)?,
        year: row.get(2)?,
        product: row.get(3)?,
        planned_volume: row.get(4)?,
        expected_profit: row.get(5)?,
        resources: row.get(6)?,
        stamp: row.stamp(7)?,
    })
}

const MILESTONE_COLUMNS: &str = "id, account_id, title, due, done, note, uid, revision";

/// By due date.
pub(crate) fn milestones_of(conn: &Connection, account: AccountId) -> Result<Vec<Milestone>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {MILESTONE_COLUMNS} FROM milestones WHERE account_id = ?1 ORDER BY due, id"
    ))?;
    let rows = stmt.query_map([account], milestone_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn milestone_by_id(conn: &Connection, id: MilestoneId) -> Result<Milestone> {
    conn.prepare_cached(&format!("SELECT {MILESTONE_COLUMNS} FROM milestones WHERE id = ?1"))?
        .query_row([id], milestone_from_row)
        .optional()?
        .ok_or_else(|| StoreError::not_found("milestone", id.0))
}

fn milestone_from_row(row: &Row<'_>) -> rusqlite::Result<Milestone> {
    Ok(Milestone {
        id: row.get(0)?,
        account_id: row.get(1)?,
        title: row.get(2)?,
        due: row.date(3)?,
        done: row.opt_date(4)?,
        note: row.get(5)?,
        stamp: row.stamp(6)?,
    })
}
