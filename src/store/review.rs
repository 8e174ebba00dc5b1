//! Plan reviews and next year's plan. A review is a recorded event (a row
//! of the history); what changed in the plan since is read from the rows
//! after it. Carrying the plan into the next year is one transaction, so
//! one undo takes it back.

use chrono::{Datelike, Months, NaiveDate, NaiveDateTime};
use rusqlite::{Connection, OptionalExtension};

use super::Store;
use super::error::Result;
use super::history::{REVIEW, TEXT, Written, append, entries, record};
use super::plan::{insert_objective, milestones_of, objective_by_id, objectives_of, update_milestone};
use super::revisions::Kind;
use crate::domain::history::{Change, Entry};
use crate::domain::{AccountId, Objective, ObjectiveId, PlanSection, TextPart};

/// The latest review of a plan and whether the plan changed after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReviewStatus {
    pub day: NaiveDate,
    pub changed_since: bool,
}

/// What carrying a plan into the next year did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Carried {
    /// Objectives copied with the new year.
    pub objectives: usize,
    /// Open milestones moved one year on.
    pub milestones: usize,
}

impl Store {
    /// Records a review of the account's plan on `day` ("review the plan").
    pub fn review_plan(&mut self, account: AccountId, day: NaiveDate) -> Result<()> {
        self.write(|tx| {
            super::ensure_account(tx, account)?;
            record_review(tx, account, 0, day, "")
        })
    }

    /// The latest review and whether any plan text, objective or milestone
    /// changed after it; `None` when the plan was never reviewed.
    pub fn review_status(&self, account: AccountId) -> Result<Option<ReviewStatus>> {
        let Some(review) = latest_review(&self.conn, account)? else { return Ok(None) };
        let changed_since = plan_changed_after(&self.conn, account, review.id.0)?;
        Ok(Some(ReviewStatus { day: review_day(&review), changed_since }))
    }

    /// The latest review's row, whose day is in `after`.
    pub fn latest_review(&self, account: AccountId) -> Result<Option<Entry>> {
        latest_review(&self.conn, account)
    }

    /// The changes of the plan (its three texts, objectives and milestones)
    /// after the history row `after_id`, or at and after `since` (UTC),
    /// oldest first.
    pub fn plan_changes(&self, account: AccountId, after_id: i64, since: NaiveDateTime) -> Result<Vec<Entry>> {
        let mut rows: Vec<Entry> = entries(&self.conn, account, None, None)?
            .into_iter()
            .filter(|e| e.id.0 > after_id && e.at >= since && is_plan(e))
            .collect();
        rows.reverse();
        Ok(rows)
    }

    /// Next year's plan: this `year`'s objectives are copied with `year + 1`
    /// (one whose product already has an objective that year is left
    /// alone, so carrying twice copies nothing twice), and the milestones
    /// due in `year` and not done move to the same day a year on (29
    /// February to the 28th): still open, they belong to the new plan, and
    /// the history keeps the date they had. One transaction, one undo.
    pub fn carry_into_next_year(&mut self, account: AccountId, year: i32) -> Result<Carried> {
        self.write(|tx| {
            super::ensure_account(tx, account)?;
            let mut carried = Carried::default();
            let objectives = objectives_of(tx, account)?;
            let next: Vec<&Objective> = objectives.iter().filter(|o| o.year == year + 1).collect();
            for objective in objectives.iter().filter(|o| o.year == year) {
                if next.iter().any(|n| n.product.trim().eq_ignore_ascii_case(objective.product.trim())) {
                    continue;
                }
                let copy =
                    Objective { id: ObjectiveId(0), year: year + 1, stamp: Default::default(), ..objective.clone() };
                let id = insert_objective(tx, account, &copy)?;
                let after = objective_by_id(tx, id)?;
                record(tx, Kind::Objective, account, id.0, Change::Create, 1, (None, Some(&after)))?;
                carried.objectives += 1;
            }
            for milestone in milestones_of(tx, account)? {
                if milestone.done.is_some() || milestone.due.year() != year {
                    continue;
                }
                let Some(due) = milestone.due.checked_add_months(Months::new(12)) else { continue };
                update_milestone(tx, &crate::domain::Milestone { due, ..milestone })?;
                carried.milestones += 1;
            }
            Ok(carried)
        })
    }
}

/// The plan's part of the history: its texts, objectives and milestones.
pub fn is_plan(entry: &Entry) -> bool {
    match entry.kind.as_str() {
        TEXT => matches!(TextPart::from_key(&entry.part), Some(TextPart::Plan(_))),
        kind => kind == Kind::Objective.key() || kind == Kind::Milestone.key(),
    }
}

/// The day a review row records.
pub fn review_day(entry: &Entry) -> NaiveDate {
    entry.after.as_deref().and_then(|d| d.parse().ok()).unwrap_or_else(|| entry.at.date())
}

/// Records a review of the plan on `day`: `milestone` is the milestone
/// whose completion it was (0 for "review the plan"), `title` its title.
pub(crate) fn record_review(
    conn: &Connection,
    account: AccountId,
    milestone: i64,
    day: NaiveDate,
    title: &str,
) -> Result<()> {
    append(
        conn,
        &Written {
            account,
            kind: REVIEW,
            record: milestone,
            part: "",
            change: Change::Review,
            revision: 0,
            before: Some(title.to_string()),
            after: Some(day.to_string()),
        },
    )?;
    Ok(())
}

/// The review with the latest day (of two on one day, the later row),
/// leaving out those taken back.
fn latest_review(conn: &Connection, account: AccountId) -> Result<Option<Entry>> {
    let rows = entries(conn, account, Some(REVIEW), None)?;
    let withdrawn: Vec<i64> =
        rows.iter().filter(|e| e.change == Change::Delete).filter_map(|e| e.part.parse().ok()).collect();
    Ok(rows
        .into_iter()
        .filter(|e| e.change == Change::Review && !withdrawn.contains(&e.id.0))
        .max_by_key(|e| (review_day(e), e.id)))
}

/// Undo of a review: a row that withdraws it (its `part` names the review
/// row); undo of that withdrawal records the review again.
pub(crate) fn revert_review(conn: &Connection, row: &Entry) -> Result<()> {
    let (change, part) = match row.change {
        Change::Delete => (Change::Review, String::new()),
        _ => (Change::Delete, row.id.0.to_string()),
    };
    append(
        conn,
        &Written {
            account: row.account_id,
            kind: REVIEW,
            record: row.record_id,
            part: &part,
            change,
            revision: 0,
            before: row.before.clone(),
            after: row.after.clone(),
        },
    )?;
    Ok(())
}

fn plan_changed_after(conn: &Connection, account: AccountId, after_id: i64) -> Result<bool> {
    let plan_texts = [PlanSection::Charter, PlanSection::Situation, PlanSection::Strategy].map(|s| s.key());
    let found: Option<i64> = conn
        .prepare_cached(
            "SELECT 1 FROM history
              WHERE account_id = ?1 AND id > ?2
                AND (kind IN ('objective', 'milestone') OR (kind = 'text' AND part IN (?3, ?4, ?5)))
              LIMIT 1",
        )?
        .query_row(rusqlite::params![account, after_id, plan_texts[0], plan_texts[1], plan_texts[2]], |r| r.get(0))
        .optional()?;
    Ok(found.is_some())
}
