//! The relationship plan: its three texts, the annual objectives and the
//! milestones (review points).

use chrono::NaiveDate;
use rusqlite::types::ToSql;
use rusqlite::{Connection, Row, named_params};

use super::codec::{NamedParams, RowExt, date, opt_date};
use super::error::{Result, StoreError};
use super::{Store, ensure_account, one_row};
use crate::domain::text::{clean_line, clean_multiline};
use crate::domain::{AccountId, Milestone, MilestoneId, Objective, ObjectiveId, PlanSection};

impl Store {
    /// Saves one of the plan's texts.
    pub fn save_plan_text(&mut self, account: AccountId, section: PlanSection, text: &str) -> Result<()> {
        self.write(|tx| set_plan_text(tx, account, section, text))
    }

    /// Inserts the objective when its id is 0, else updates it; returns its id.
    pub fn save_objective(&mut self, objective: &Objective) -> Result<ObjectiveId> {
        self.write(|tx| {
            if objective.id.0 == 0 {
                return insert_objective(tx, objective.account_id, objective);
            }
            update_objective(tx, objective.account_id, objective)?;
            Ok(objective.id)
        })
    }

    pub fn delete_objective(&mut self, id: ObjectiveId) -> Result<()> {
        self.write(|tx| one_row(tx.execute("DELETE FROM objectives WHERE id = ?1", [id])?, "objective", id.0))
    }

    /// Inserts the milestone when its id is 0, else updates it; returns its id.
    pub fn save_milestone(&mut self, milestone: &Milestone) -> Result<MilestoneId> {
        self.write(|tx| {
            if milestone.id.0 == 0 {
                return insert_milestone(tx, milestone.account_id, milestone);
            }
            let title = milestone_title(milestone)?;
            let changed = tx.execute(
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
            Ok(milestone.id)
        })
    }

    /// Marks a milestone done on a day, or open again with `None`.
    pub fn set_milestone_done(&mut self, id: MilestoneId, done: Option<NaiveDate>) -> Result<()> {
        self.write(|tx| {
            let changed =
                tx.execute("UPDATE milestones SET done = ?1 WHERE id = ?2", rusqlite::params![opt_date(done), id])?;
            one_row(changed, "milestone", id.0)
        })
    }

    pub fn delete_milestone(&mut self, id: MilestoneId) -> Result<()> {
        self.write(|tx| one_row(tx.execute("DELETE FROM milestones WHERE id = ?1", [id])?, "milestone", id.0))
    }
}

/// The statement for one section: the column is chosen from a fixed list,
/// never formatted from input.
fn plan_text_sql(section: PlanSection) -> &'static str {
    match section {
        PlanSection::Charter => "UPDATE accounts SET charter = ?1 WHERE id = ?2",
        PlanSection::Situation => "UPDATE accounts SET situation = ?1 WHERE id = ?2",
        PlanSection::Strategy => "UPDATE accounts SET strategy = ?1 WHERE id = ?2",
    }
}

pub(crate) fn set_plan_text(conn: &Connection, account: AccountId, section: PlanSection, text: &str) -> Result<()> {
    let changed =
        conn.prepare_cached(plan_text_sql(section))?.execute(rusqlite::params![clean_multiline(text), account])?;
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

pub(crate) fn insert_objective(conn: &Connection, account: AccountId, objective: &Objective) -> Result<ObjectiveId> {
    ensure_account(conn, account)?;
    let texts = objective_texts(objective);
    let mut params = objective_params(objective, &texts);
    params.push((":account_id", &account));
    conn.prepare_cached(
        "INSERT INTO objectives (account_id, year, product, planned_volume, expected_profit, resources)
         VALUES (:account_id, :year, :product, :planned_volume, :expected_profit, :resources)",
    )?
    .execute(params.as_slice())?;
    Ok(ObjectiveId(conn.last_insert_rowid()))
}

/// Saves every column of an existing objective of `account`; shared by the
/// editor and the import.
pub(crate) fn update_objective(conn: &Connection, account: AccountId, objective: &Objective) -> Result<()> {
    let texts = objective_texts(objective);
    let mut params = objective_params(objective, &texts);
    params.extend([(":id", &objective.id as &dyn ToSql), (":account_id", &account)]);
    let changed = conn.execute(
        "UPDATE objectives SET year = :year, product = :product, planned_volume = :planned_volume,
                expected_profit = :expected_profit, resources = :resources
          WHERE id = :id AND account_id = :account_id",
        params.as_slice(),
    )?;
    one_row(changed, "objective", objective.id.0)
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
    conn.prepare_cached(
        "INSERT INTO milestones (account_id, title, due, done, note)
         VALUES (:account_id, :title, :due, :done, :note)",
    )?
    .execute(named_params! {
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
    let changed = conn.execute(
        "UPDATE milestones SET done = :done, note = :note WHERE id = :id AND account_id = :account_id",
        named_params! {
            ":id": milestone.id,
            ":account_id": account,
            ":done": opt_date(milestone.done),
            ":note": clean_multiline(&milestone.note),
        },
    )?;
    one_row(changed, "milestone", milestone.id.0)
}

fn milestone_title(milestone: &Milestone) -> Result<String> {
    let title = clean_line(&milestone.title);
    if title.is_empty() {
        return Err(StoreError::Invalid("a milestone needs a title".into()));
    }
    Ok(title)
}

/// By year, then product.
pub(crate) fn objectives_of(conn: &Connection, account: AccountId) -> Result<Vec<Objective>> {
    let mut stmt = conn.prepare(
        "SELECT id, account_id, year, product, planned_volume, expected_profit, resources
           FROM objectives WHERE account_id = ?1 ORDER BY year, product, id",
    )?;
    let rows = stmt.query_map([account], objective_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn objective_from_row(row: &Row<'_>) -> rusqlite::Result<Objective> {
    Ok(Objective {
        id: row.get("id")?,
        account_id: row.get("account_id")?,
        year: row.get("year")?,
        product: row.get("product")?,
        planned_volume: row.get("planned_volume")?,
        expected_profit: row.get("expected_profit")?,
        resources: row.get("resources")?,
    })
}

/// By due date.
pub(crate) fn milestones_of(conn: &Connection, account: AccountId) -> Result<Vec<Milestone>> {
    let mut stmt = conn.prepare(
        "SELECT id, account_id, title, due, done, note
           FROM milestones WHERE account_id = ?1 ORDER BY due, id",
    )?;
    let rows = stmt.query_map([account], |row| {
        Ok(Milestone {
            id: row.get("id")?,
            account_id: row.get("account_id")?,
            title: row.get("title")?,
            due: row.date("due")?,
            done: row.opt_date("done")?,
            note: row.get("note")?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
