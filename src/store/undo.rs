//! Taking changes back: undo, redo and restoring a version from the
//! history. Every reversal is itself a change, checked against the
//! revision the history says the record is at, and kept in the history.

use rusqlite::Connection;
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::Store;
use super::accounts::{load_account, update_account};
use super::check::set_snooze;
use super::competitors::{competitor_by_id, delete_competitor, insert_competitor, update_competitor};
use super::error::{Result, StoreError};
use super::history::{REVIEW, SALES, SNOOZE, TEXT, entries, entry, record};
use super::people::{delete_person, insert_person, person_by_id, update_person};
use super::plan::{
    delete_milestone, delete_objective, insert_milestone, insert_objective, milestone_by_id, objective_by_id,
    update_milestone, update_objective,
};
use super::revisions::{Kind, continue_revisions, id_of_uid, text_revision};
use super::texts::{set_text, text_of};
use super::touchpoints::{delete_touchpoint, insert_touchpoint, touchpoint_by_id, update_touchpoint};
use crate::domain::history::{Change, Entry, EntryId};
use crate::domain::{
    Account, AccountId, Competitor, CompetitorId, Milestone, MilestoneId, Objective, ObjectiveId, Person, PersonId,
    Stamp, TextPart, Touchpoint, TouchpointId,
};

impl Store {
    /// Takes back the changes `entries` made (one step of undo, or of redo
    /// when they were an undo), newest first, in one transaction: all of
    /// them or none. Refused with [`StoreError::Conflict`] when a record
    /// has changed since. Returns the history rows of the reversal, which
    /// take it back in turn.
    pub fn revert(&mut self, entries: &[EntryId]) -> Result<Vec<EntryId>> {
        self.write(|tx| {
            for id in entries.iter().rev() {
                revert(tx, &entry(tx, *id)?)?;
            }
            Ok(())
        })?;
        Ok(self.written.clone())
    }

    /// Puts back the version of a long text that a history row holds (after
    /// the change it records), as a new version made from `base`.
    pub fn restore_text(&mut self, entry_id: EntryId, base: i64) -> Result<i64> {
        self.write(|tx| {
            let row = entry(tx, entry_id)?;
            let part = text_part(&row)?;
            let text = row.after.clone().unwrap_or_default();
            set_text(tx, row.account_id, part, &text, Some(base), Change::Restore)
        })
    }

    /// One row of the history.
    pub fn history_entry(&self, id: EntryId) -> Result<Entry> {
        entry(&self.conn, id)
    }

    /// An account's history, newest first; `kind` and `part` narrow it (the
    /// versions of one text: `Some("text")` and its part's key).
    pub fn history(&self, account: AccountId, kind: Option<&str>, part: Option<&str>) -> Result<Vec<Entry>> {
        entries(&self.conn, account, kind, part)
    }

    /// The versions of one long text, newest first.
    pub fn text_history(&self, account: AccountId, part: TextPart) -> Result<Vec<Entry>> {
        entries(&self.conn, account, Some(TEXT), Some(part.key()))
    }

    /// The day of the account's latest plan review, if any.
    pub fn last_review(&self, account: AccountId) -> Result<Option<chrono::NaiveDate>> {
        Ok(self.latest_review(account)?.as_ref().map(super::review::review_day))
    }

    /// A long text as stored now, with its revision.
    pub fn stored_text(&self, account: AccountId, part: TextPart) -> Result<(String, i64)> {
        Ok((text_of(&self.conn, account, part)?, text_revision(&self.conn, account, part)?))
    }

    pub fn objective(&self, id: ObjectiveId) -> Result<Objective> {
        objective_by_id(&self.conn, id)
    }

    pub fn milestone(&self, id: MilestoneId) -> Result<Milestone> {
        milestone_by_id(&self.conn, id)
    }

    pub fn person(&self, id: PersonId) -> Result<Person> {
        person_by_id(&self.conn, id)
    }

    pub fn competitor(&self, id: CompetitorId) -> Result<Competitor> {
        competitor_by_id(&self.conn, id)
    }

    pub fn touchpoint(&self, id: TouchpointId) -> Result<Touchpoint> {
        touchpoint_by_id(&self.conn, id)
    }
}

fn text_part(row: &Entry) -> Result<TextPart> {
    TextPart::from_key(&row.part).ok_or_else(|| StoreError::Invalid(format!("unknown text {:?}", row.part)))
}

/// The record a history row kept, read back from its JSON.
fn image<T: DeserializeOwned>(json: Option<&str>, row: &Entry) -> Result<T> {
    let json =
        json.ok_or_else(|| StoreError::Invalid(crate::t!("err-undo-no-version", change = row.id.0.to_string())))?;
    serde_json::from_str(json)
        .map_err(|_| StoreError::Invalid(crate::t!("err-undo-foreign", change = row.id.0.to_string())))
}

fn revert(conn: &Connection, row: &Entry) -> Result<()> {
    match row.kind.as_str() {
        TEXT => {
            let part = text_part(row)?;
            let (now, revision) = (text_of(conn, row.account_id, part)?, text_revision(conn, row.account_id, part)?);
            if now != row.after.as_deref().unwrap_or("") {
                return Err(changed_since(part.title(), row, revision));
            }
            let before = row.before.as_deref().unwrap_or("");
            set_text(conn, row.account_id, part, before, Some(revision), Change::Restore).map(|_| ())
        }
        SNOOZE => {
            let until = row.before.as_deref().and_then(|d| d.parse().ok());
            set_snooze(conn, row.account_id, &row.part, until)
        }
        // A review is taken back by a row that withdraws it, and done again
        // by recording it anew; what it changed has rows of its own.
        REVIEW => super::review::revert_review(conn, row),
        SALES => super::sales::revert(conn, row),
        "account" => match row.change {
            Change::Create => Err(StoreError::Invalid(crate::l10n::text("err-undo-new-account").into())),
            _ => {
                let mut account: Account = image(row.before.as_deref(), row)?;
                let stored = load_account(conn, account.id)?;
                check_unchanged(&stored, row)?;
                account.stamp = stored.stamp.clone();
                // The long texts are not part of the facts: keep them as they are.
                for part in crate::domain::AccountText::ALL {
                    part.set(&mut account, part.get(&stored).to_string());
                }
                update_account(conn, &account)
            }
        },
        "objective" => revert_record::<Objective>(conn, row),
        "milestone" => revert_record::<Milestone>(conn, row),
        "person" => revert_record::<Person>(conn, row),
        "competitor" => revert_record::<Competitor>(conn, row),
        "touchpoint" => revert_record::<Touchpoint>(conn, row),
        other => Err(StoreError::Invalid(format!("a change of {other:?} cannot be undone"))),
    }
}

fn changed_since(what: &str, row: &Entry, theirs: i64) -> StoreError {
    StoreError::Conflict { what: what.to_string(), mine: row.revision, theirs }
}

/// A change is taken back only from the state it left: the record as
/// stored now must be what the history row says it became (revisions
/// and row ids aside, which undo and redo themselves move on).
fn check_unchanged<T: Serialize + Stamped>(now: &T, row: &Entry) -> Result<()> {
    let content = |value: serde_json::Value| match value {
        serde_json::Value::Object(mut fields) => {
            // The row id too: a record brought back by undo has a new one.
            fields.remove("stamp");
            fields.remove("id");
            serde_json::Value::Object(fields)
        }
        other => other,
    };
    let now_json = serde_json::to_value(now).map_err(|e| StoreError::Invalid(e.to_string()))?;
    let then: serde_json::Value = image(row.after.as_deref(), row)?;
    if content(now_json) == content(then) {
        Ok(())
    } else {
        Err(changed_since(&format!("{} {}", row.kind, now.row_id()), row, now.stamp().revision))
    }
}

/// Reverts one change of a record: a creation is deleted, an update puts
/// the version before it back, a deletion brings the record back (with its
/// global id, under a new row id). The record is found by its global id.
fn revert_record<T: Record>(conn: &Connection, row: &Entry) -> Result<()> {
    match row.change {
        Change::Delete => {
            let gone: T = image(row.before.as_deref(), row)?;
            if id_of_uid(conn, T::KIND, &gone.stamp().uid)?.is_some() {
                return Err(StoreError::Invalid(format!("the {} is back already", row.kind)));
            }
            let mut back = T::insert(conn, &gone)?;
            continue_revisions(conn, T::KIND, back.row_id(), row.revision + 1)?;
            back.stamp_mut().revision = row.revision + 1;
            // Recorded as a creation, so a redo deletes it again.
            record(
                conn,
                T::KIND,
                row.account_id,
                back.row_id(),
                Change::Create,
                row.revision + 1,
                (None, Some(&back)),
            )?;
            Ok(())
        }
        change => {
            let then: T = image(row.after.as_deref().or(row.before.as_deref()), row)?;
            let id = id_of_uid(conn, T::KIND, &then.stamp().uid)?.unwrap_or(row.record_id);
            let now = T::load(conn, id)?;
            check_unchanged(&now, row)?;
            if change == Change::Create {
                return T::delete(conn, id, now.stamp().revision);
            }
            let mut before: T = image(row.before.as_deref(), row)?;
            *before.stamp_mut() = now.stamp().clone();
            before.set_row_id(id);
            T::update(conn, &before)
        }
    }
}

/// What undo needs of each kind of record.
trait Stamped {
    fn stamp(&self) -> &Stamp;
    fn stamp_mut(&mut self) -> &mut Stamp;
    fn row_id(&self) -> i64;
    fn set_row_id(&mut self, id: i64);
}

trait Record: Stamped + Serialize + DeserializeOwned {
    const KIND: Kind;
    fn load(conn: &Connection, id: i64) -> Result<Self>;
    fn update(conn: &Connection, record: &Self) -> Result<()>;
    fn delete(conn: &Connection, id: i64, seen: i64) -> Result<()>;
    /// Inserts it again and returns it as stored.
    fn insert(conn: &Connection, record: &Self) -> Result<Self>;
}

macro_rules! stamped {
    ($($t:ty),+) => {$(
        impl Stamped for $t {
            fn stamp(&self) -> &Stamp {
                &self.stamp
            }

            fn stamp_mut(&mut self) -> &mut Stamp {
                &mut self.stamp
            }

            fn row_id(&self) -> i64 {
                self.id.0
            }

            fn set_row_id(&mut self, id: i64) {
                self.id.0 = id;
            }
        }
    )+};
}

stamped!(Account, Objective, Milestone, Person, Competitor, Touchpoint);

impl Record for Objective {
    const KIND: Kind = Kind::Objective;
    fn load(conn: &Connection, id: i64) -> Result<Self> {
        objective_by_id(conn, ObjectiveId(id))
    }
    fn update(conn: &Connection, record: &Self) -> Result<()> {
        update_objective(conn, record)
    }
    fn delete(conn: &Connection, id: i64, seen: i64) -> Result<()> {
        delete_objective(conn, ObjectiveId(id), seen)
    }
    fn insert(conn: &Connection, record: &Self) -> Result<Self> {
        insert_objective(conn, record.account_id, record).and_then(|id| objective_by_id(conn, id))
    }
}

impl Record for Milestone {
    const KIND: Kind = Kind::Milestone;
    fn load(conn: &Connection, id: i64) -> Result<Self> {
        milestone_by_id(conn, MilestoneId(id))
    }
    fn update(conn: &Connection, record: &Self) -> Result<()> {
        update_milestone(conn, record).map(|_| ())
    }
    fn delete(conn: &Connection, id: i64, seen: i64) -> Result<()> {
        delete_milestone(conn, MilestoneId(id), seen)
    }
    fn insert(conn: &Connection, record: &Self) -> Result<Self> {
        insert_milestone(conn, record.account_id, record).and_then(|id| milestone_by_id(conn, id))
    }
}

impl Record for Person {
    const KIND: Kind = Kind::Person;
    fn load(conn: &Connection, id: i64) -> Result<Self> {
        person_by_id(conn, PersonId(id))
    }
    fn update(conn: &Connection, record: &Self) -> Result<()> {
        update_person(conn, record)
    }
    fn delete(conn: &Connection, id: i64, seen: i64) -> Result<()> {
        delete_person(conn, PersonId(id), seen)
    }
    /// Whom they reported to is left out: that person may be gone too.
    fn insert(conn: &Connection, record: &Self) -> Result<Self> {
        let restored = Person { reports_to: None, ..record.clone() };
        insert_person(conn, record.account_id, &restored).and_then(|id| person_by_id(conn, id))
    }
}

impl Record for Competitor {
    const KIND: Kind = Kind::Competitor;
    fn load(conn: &Connection, id: i64) -> Result<Self> {
        competitor_by_id(conn, CompetitorId(id))
    }
    fn update(conn: &Connection, record: &Self) -> Result<()> {
        update_competitor(conn, record)
    }
    fn delete(conn: &Connection, id: i64, seen: i64) -> Result<()> {
        delete_competitor(conn, CompetitorId(id), seen)
    }
    fn insert(conn: &Connection, record: &Self) -> Result<Self> {
        insert_competitor(conn, record.account_id, record).and_then(|id| competitor_by_id(conn, id))
    }
}

impl Record for Touchpoint {
    const KIND: Kind = Kind::Touchpoint;
    fn load(conn: &Connection, id: i64) -> Result<Self> {
        touchpoint_by_id(conn, TouchpointId(id))
    }
    fn update(conn: &Connection, record: &Self) -> Result<()> {
        update_touchpoint(conn, record)
    }
    fn delete(conn: &Connection, id: i64, seen: i64) -> Result<()> {
        delete_touchpoint(conn, TouchpointId(id), seen)
    }
    /// People deleted since are left out of the restored contact.
    fn insert(conn: &Connection, record: &Self) -> Result<Self> {
        let people: Vec<PersonId> = record
            .people
            .iter()
            .copied()
            .filter(|p| person_by_id(conn, *p).is_ok_and(|p| p.account_id == record.account_id))
            .collect();
        insert_touchpoint(conn, record.account_id, record, &people).and_then(|id| touchpoint_by_id(conn, id))
    }
}
