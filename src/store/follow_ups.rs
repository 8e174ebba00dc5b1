//! Promised next steps (follow-ups): which are open, and how they close,
//! explicitly: marked done, or a later contact logged as their follow-up.

use chrono::NaiveDate;

use super::Store;
use super::codec::RowExt;
use super::error::{Result, StoreError};
use super::history::record;
use super::revisions::Kind;
use super::touchpoints::{insert_touchpoint, touchpoint_by_id, update_touchpoint};
use crate::domain::history::Change;
use crate::domain::{AccountId, OpenNextStep, Touchpoint, TouchpointId};

impl Store {
    /// Logs a new touchpoint as the follow-up of earlier promises of its
    /// account: in one transaction, the touchpoint is inserted and each
    /// promise in `follows_up` is closed with its date and its id (each a
    /// change kept in the history). Refused as a whole when one of them is
    /// not an open next step of the account or was promised after this
    /// contact.
    pub fn log_touchpoint(&mut self, touchpoint: &Touchpoint, follows_up: &[TouchpointId]) -> Result<TouchpointId> {
        self.write(|tx| {
            let id = insert_touchpoint(tx, touchpoint.account_id, touchpoint, &touchpoint.people)?;
            let after = touchpoint_by_id(tx, id)?;
            record(tx, Kind::Touchpoint, after.account_id, id.0, Change::Create, 1, (None, Some(&after)))?;
            for &earlier in follows_up {
                let mut promise = touchpoint_by_id(tx, earlier)?;
                let problem = if promise.account_id != touchpoint.account_id {
                    Some(crate::t!("err-follow-up-other-account", id = earlier.0))
                } else if promise.next_step_due.is_none() && promise.next_step.trim().is_empty() {
                    Some(crate::t!("err-follow-up-no-step", id = earlier.0))
                } else if let Some(done) = promise.next_step_done {
                    Some(crate::t!("err-follow-up-closed", id = earlier.0, date = crate::l10n::date(done)))
                } else if promise.date > touchpoint.date {
                    Some(crate::t!(
                        "err-follow-up-later",
                        id = earlier.0,
                        promised = crate::l10n::date(promise.date),
                        date = crate::l10n::date(touchpoint.date)
                    ))
                } else {
                    None
                };
                if let Some(problem) = problem {
                    return Err(StoreError::Invalid(problem));
                }
                promise.next_step_done = Some(touchpoint.date);
                promise.followed_by = Some(id);
                update_touchpoint(tx, &promise)?;
            }
            Ok(id)
        })
    }

    /// The account's open follow-ups: next steps promised for a date, not
    /// marked done and not followed up, the soonest due first, then in the
    /// order they were promised. Read from the index of open follow-ups
    /// (the one the check reads), so even a log of tens of thousands of
    /// contacts answers at once: `l` shows them in its form. (A step
    /// promised without a date raises no alert; `x` closes it in the log.)
    pub fn open_next_steps(&self, account: AccountId) -> Result<Vec<OpenNextStep>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, date, next_step, next_step_due FROM touchpoints INDEXED BY touchpoints_open_follow_up
              WHERE account_id = ?1 AND next_step_due IS NOT NULL AND next_step_done IS NULL
              ORDER BY next_step_due, date, id",
        )?;
        let rows = stmt.query_map([account], |r| {
            Ok(OpenNextStep {
                touchpoint_id: r.get(0)?,
                promised_on: r.date(1)?,
                next_step: r.get(2)?,
                due: r.opt_date(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Marks the promised next step of a touchpoint (last seen at revision
    /// `seen`; `None`: as stored) done on a day, or open again with `None`
    /// (which also forgets the contact that followed it).
    pub fn set_follow_up_done(&mut self, id: TouchpointId, seen: Option<i64>, done: Option<NaiveDate>) -> Result<()> {
        self.write(|tx| {
            let mut touchpoint = touchpoint_by_id(tx, id)?;
            touchpoint.stamp.revision = seen.unwrap_or(touchpoint.stamp.revision);
            touchpoint.next_step_done = done;
            update_touchpoint(tx, &touchpoint)
        })
    }
}
