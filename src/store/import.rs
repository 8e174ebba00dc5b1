//! Writing an import: new accounts and additions to existing ones, all in
//! ONE transaction. What to add or merge is decided by the caller
//! (`interchange`) from a [`Snapshot`] taken inside that same transaction,
//! so the decision and the writes see the same database.
//!
//! Every text goes through the same cleaning as any other write: the rows
//! are written by the functions of the aggregates (`insert_*`, `update_*`),
//! the same the editor uses.

use rusqlite::{Connection, TransactionBehavior};

use super::Store;
use super::accounts::{insert_account, update_account_from_import};
use super::competitors::{insert_competitor, update_competitor_from_import};
use super::dossier::with_bulk_inserts;
use super::error::{Result, StoreError};
use super::people::{insert_person, set_reports_to, update_person_from_import};
use super::plan::{insert_milestone, insert_objective, update_milestone_from_import, update_objective_from_import};
use super::snapshot::Snapshot;
use super::texts::set_plan_text;
use super::touchpoints::{insert_touchpoint, update_touchpoint_from_import};
use crate::domain::{AccountId, Dossier, PersonId, PlanSection};

/// What an import writes for one account.
#[derive(Debug, Clone, PartialEq)]
pub struct DossierChanges {
    /// The existing account to add to, or None to add `dossier.account` as
    /// a new account (with its plan texts).
    pub account: Option<AccountId>,
    /// For an existing account: save the general information and the plan
    /// texts from `dossier` (an import never changes an account's name,
    /// type, levels, status or creation date).
    pub update_account: bool,
    /// The rows to write, in the orders `Dossier` documents. A row whose id
    /// is 0 is added; a row with an id updates that row of the account.
    /// People are the exception: a positive id is an existing person, zero
    /// or a negative id a new one, and `reports_to` or a touchpoint's people
    /// may refer to a new person by that negative id. An import only ever
    /// sets `reports_to`, never clears it.
    pub dossier: Dossier,
    /// For an existing account: the months of sales the import sets (each
    /// kept in the history, so it can be taken back). A new account's
    /// sales are `dossier.sales`.
    pub sales: Vec<crate::domain::MonthChange>,
}

impl Store {
    /// Runs an import: `plan` looks at the database and says what to write;
    /// the changes are applied in the same IMMEDIATE transaction, then
    /// committed, or rolled back when `commit` is false (a dry run that
    /// still proves every write would succeed). All or nothing.
    pub fn import<T, E: From<StoreError>>(
        &mut self,
        commit: bool,
        plan: impl FnOnce(&Snapshot<'_>) -> std::result::Result<(Vec<DossierChanges>, T), E>,
    ) -> std::result::Result<T, E> {
        self.import_watched(commit, &mut |_, _| true, plan)
    }

    /// The same, telling `go_on` how many accounts of how many are written
    /// (and once more before the commit); when it answers false, the
    /// transaction is rolled back and the answer is [`StoreError::Interrupted`].
    pub fn import_watched<T, E: From<StoreError>>(
        &mut self,
        commit: bool,
        go_on: super::GoOn<'_>,
        plan: impl FnOnce(&Snapshot<'_>) -> std::result::Result<(Vec<DossierChanges>, T), E>,
    ) -> std::result::Result<T, E> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(StoreError::from)?;
        let (changes, value) = plan(&Snapshot { conn: &tx })?;
        let mut done = 0;
        let mut each = |_: &DossierChanges| {
            done += 1;
            go_on(done - 1, changes.len())
        };
        // Additions to existing accounts row by row; new accounts (a whole
        // portfolio moving to a new machine) in bulk, as a generated one.
        apply_each(&tx, changes.iter().filter(|c| c.account.is_some()), &mut each)?;
        with_bulk_inserts(&tx, || apply_each(&tx, changes.iter().filter(|c| c.account.is_none()), &mut each))?;
        if !go_on(changes.len(), changes.len()) {
            return Err(StoreError::Interrupted.into());
        }
        if commit { tx.commit() } else { tx.rollback() }.map_err(StoreError::from)?;
        Ok(value)
    }
}

/// An import written while its file is read: each account is planned
/// against the database as it is at that moment and written at once, in one
/// IMMEDIATE transaction (see [`Store::import_streamed`]).
pub struct Importing<'a> {
    tx: &'a rusqlite::Transaction<'a>,
}

impl Importing<'_> {
    /// The database as this transaction sees it, the writes so far included.
    pub fn snapshot(&self) -> Snapshot<'_> {
        Snapshot { conn: self.tx }
    }

    /// Writes one account's changes (a new account, or additions to one).
    pub fn apply(&self, change: &DossierChanges) -> Result<AccountId> {
        apply(self.tx, change).map_err(|e| in_account(e, &change.dossier.account.name))
    }

    /// Runs `write`, which adds new accounts only (with [`Importing::apply`]),
    /// with the search index and the accounts' summaries brought up to date
    /// once at its end instead of by a trigger per row.
    pub fn in_bulk<T, E: From<StoreError>>(
        &self,
        write: impl FnOnce(&Self) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        let mut refused = None;
        let written = with_bulk_inserts(self.tx, || {
            write(self).map_err(|e| {
                refused = Some(e);
                StoreError::Interrupted
            })
        });
        match (written, refused) {
            (_, Some(e)) => Err(e),
            (written, None) => Ok(written?),
        }
    }
}

impl Store {
    /// Runs an import written as it is read: `work` plans and writes each
    /// account through the [`Importing`] it is given; everything is then
    /// committed, or rolled back when `commit` is false (a dry run) or
    /// when `work` fails. All or nothing.
    pub fn import_streamed<T, E: From<StoreError>>(
        &mut self,
        commit: bool,
        work: impl FnOnce(&Importing<'_>) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(StoreError::from)?;
        let value = work(&Importing { tx: &tx })?;
        if commit { tx.commit() } else { tx.rollback() }.map_err(StoreError::from)?;
        Ok(value)
    }
}

fn apply_each<'a>(
    conn: &Connection,
    changes: impl Iterator<Item = &'a DossierChanges>,
    go_on: &mut dyn FnMut(&DossierChanges) -> bool,
) -> Result<()> {
    for change in changes {
        if !go_on(change) {
            return Err(StoreError::Interrupted);
        }
        apply(conn, change).map_err(|e| in_account(e, &change.dossier.account.name))?;
    }
    Ok(())
}

/// Names the account in a user error, so a refused import says where.
fn in_account(error: StoreError, name: &str) -> StoreError {
    match error {
        StoreError::Invalid(message) => StoreError::Invalid(format!("account \"{name}\": {message}")),
        other => other,
    }
}

fn apply(conn: &Connection, change: &DossierChanges) -> Result<AccountId> {
    let dossier = &change.dossier;
    let account = match change.account {
        None => {
            let id = insert_account(conn, &dossier.account)?;
            for section in PlanSection::ALL {
                set_plan_text(conn, id, section, dossier.plan_text(section))?;
            }
            super::accounts::record_created(conn, id)?;
            super::sales::insert_sales(conn, id, &dossier.sales)?;
            id
        }
        Some(id) => {
            if change.update_account {
                update_account_from_import(conn, id, dossier)?;
            }
            for month in &change.sales {
                let month = crate::domain::MonthChange { account_id: id, ..month.clone() };
                super::sales::apply(conn, &month, crate::domain::history::Change::Update)?;
            }
            id
        }
    };
    for objective in &dossier.objectives {
        if objective.id.0 == 0 {
            insert_objective(conn, account, objective)?;
        } else {
            update_objective_from_import(conn, account, objective)?;
        }
    }
    for milestone in &dossier.milestones {
        if milestone.id.0 == 0 {
            insert_milestone(conn, account, milestone)?;
        } else {
            update_milestone_from_import(conn, account, milestone)?;
        }
    }
    let people = write_people(conn, account, dossier)?;
    for competitor in &dossier.competitors {
        if competitor.id.0 == 0 {
            insert_competitor(conn, account, competitor)?;
        } else {
            update_competitor_from_import(conn, account, competitor)?;
        }
    }
    // Oldest first, so new ids grow with time as if logged one by one (and
    // a dossier read back lists equal dates in the order it was written).
    for touchpoint in dossier.touchpoints.iter().rev() {
        let took_part = touchpoint.people.iter().map(|p| people.resolve(*p)).collect::<Result<Vec<_>>>()?;
        if touchpoint.id.0 == 0 {
            insert_touchpoint(conn, account, touchpoint, &took_part)?;
        } else {
            update_touchpoint_from_import(conn, account, touchpoint, &took_part)?;
        }
    }
    Ok(account)
}

/// The stored id of every person of the dossier, by position.
struct StoredPeople<'a> {
    people: &'a [crate::domain::Person],
    stored: Vec<PersonId>,
}

impl StoredPeople<'_> {
    /// A positive id is a person already stored; a negative one names a new
    /// person of this dossier.
    fn resolve(&self, id: PersonId) -> Result<PersonId> {
        if id.0 > 0 {
            return Ok(id);
        }
        let at = self.people.iter().position(|p| p.id == id && id.0 != 0);
        at.map(|i| self.stored[i]).ok_or_else(|| {
            StoreError::Invalid(format!("person {id} is referred to but is not among the dossier's people"))
        })
    }
}

fn write_people<'a>(conn: &Connection, account: AccountId, dossier: &'a Dossier) -> Result<StoredPeople<'a>> {
    let mut stored = Vec::with_capacity(dossier.people.len());
    for person in &dossier.people {
        if person.id.0 > 0 {
            update_person_from_import(conn, account, person)?;
            stored.push(person.id);
        } else {
            stored.push(insert_person(conn, account, person)?);
        }
    }
    let people = StoredPeople { people: &dossier.people, stored };
    for (person, me) in dossier.people.iter().zip(&people.stored) {
        if let Some(boss) = person.reports_to {
            set_reports_to(conn, account, *me, people.resolve(boss)?)?;
        }
    }
    Ok(people)
}
