//! Writing an import: new accounts and additions to existing ones, all in
//! ONE transaction. What to add or merge is decided by the caller
//! (`interchange`) from a [`Snapshot`] taken inside that same transaction,
//! so the decision and the writes see the same database.
//!
//! Every text goes through the same cleaning as any other write: the insert
//! functions of the aggregates are reused, and the updates below clean with
//! the same functions.

use rusqlite::{Connection, TransactionBehavior, named_params};

use super::Store;
use super::accounts::insert_account;
use super::codec::{opt_date, opt_time};
use super::error::{Result, StoreError};
use super::one_row;
use super::people::{insert_competitor, insert_person, set_reports_to};
use super::plan::{insert_milestone, insert_objective, set_plan_text};
use super::snapshot::Snapshot;
use super::touchpoints::insert_touchpoint;
use crate::domain::text::{clean_line, clean_multiline};
use crate::domain::{AccountId, Dossier, PersonId, PlanSection, Touchpoint};

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
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(StoreError::from)?;
        let (changes, value) = plan(&Snapshot { conn: &tx })?;
        for change in &changes {
            apply(&tx, change).map_err(|e| in_account(e, &change.dossier.account.name))?;
        }
        if commit { tx.commit() } else { tx.rollback() }.map_err(StoreError::from)?;
        Ok(value)
    }
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
            id
        }
        Some(id) => {
            if change.update_account {
                update_account(conn, id, dossier)?;
            }
            id
        }
    };
    for objective in &dossier.objectives {
        if objective.id.0 == 0 {
            insert_objective(conn, account, objective)?;
        } else {
            let changed = conn.execute(
                "UPDATE objectives SET year = :year, product = :product, planned_volume = :planned_volume,
                        expected_profit = :expected_profit, resources = :resources
                  WHERE id = :id AND account_id = :account_id",
                named_params! {
                    ":id": objective.id,
                    ":account_id": account,
                    ":year": objective.year,
                    ":product": clean_line(&objective.product),
                    ":planned_volume": clean_line(&objective.planned_volume),
                    ":expected_profit": objective.expected_profit,
                    ":resources": clean_line(&objective.resources),
                },
            )?;
            one_row(changed, "objective", objective.id.0)?;
        }
    }
    for milestone in &dossier.milestones {
        if milestone.id.0 == 0 {
            insert_milestone(conn, account, milestone)?;
        } else {
            let changed = conn.execute(
                "UPDATE milestones SET done = :done, note = :note WHERE id = :id AND account_id = :account_id",
                named_params! {
                    ":id": milestone.id,
                    ":account_id": account,
                    ":done": opt_date(milestone.done),
                    ":note": clean_multiline(&milestone.note),
                },
            )?;
            one_row(changed, "milestone", milestone.id.0)?;
        }
    }
    let people = write_people(conn, account, dossier)?;
    for competitor in &dossier.competitors {
        if competitor.id.0 == 0 {
            insert_competitor(conn, account, competitor)?;
        } else {
            let changed = conn.execute(
                "UPDATE competitors SET position = :position, strengths = :strengths, weaknesses = :weaknesses
                  WHERE id = :id AND account_id = :account_id",
                named_params! {
                    ":id": competitor.id,
                    ":account_id": account,
                    ":position": clean_multiline(&competitor.position),
                    ":strengths": clean_multiline(&competitor.strengths),
                    ":weaknesses": clean_multiline(&competitor.weaknesses),
                },
            )?;
            one_row(changed, "competitor", competitor.id.0)?;
        }
    }
    // Oldest first, so new ids grow with time as if logged one by one (and
    // a dossier read back lists equal dates in the order it was written).
    for touchpoint in dossier.touchpoints.iter().rev() {
        let took_part = touchpoint.people.iter().map(|p| people.resolve(*p)).collect::<Result<Vec<_>>>()?;
        if touchpoint.id.0 == 0 {
            insert_touchpoint(conn, account, touchpoint, &took_part)?;
        } else {
            update_touchpoint(conn, account, touchpoint, &took_part)?;
        }
    }
    Ok(account)
}

fn update_account(conn: &Connection, id: AccountId, dossier: &Dossier) -> Result<()> {
    let account = &dossier.account;
    if account.contact_every_days == Some(0) {
        return Err(StoreError::Invalid("the contact frequency must be at least one day".into()));
    }
    let changed = conn.execute(
        "UPDATE accounts SET industry = :industry, region = :region, headcount = :headcount,
                annual_sales = :annual_sales, cooperation_start = :cooperation_start,
                description = :description, development_history = :development_history,
                org_structure = :org_structure, market_environment = :market_environment,
                preferred_products = :preferred_products, contact_every_days = :contact_every_days,
                charter = :charter, situation = :situation, strategy = :strategy
          WHERE id = :id",
        named_params! {
            ":id": id,
            ":industry": clean_line(&account.industry),
            ":region": clean_line(&account.region),
            ":headcount": account.headcount,
            ":annual_sales": account.annual_sales,
            ":cooperation_start": opt_date(account.cooperation_start),
            ":description": clean_multiline(&account.description),
            ":development_history": clean_multiline(&account.development_history),
            ":org_structure": clean_multiline(&account.org_structure),
            ":market_environment": clean_multiline(&account.market_environment),
            ":preferred_products": clean_line(&account.preferred_products),
            ":contact_every_days": account.contact_every_days,
            ":charter": clean_multiline(&dossier.charter),
            ":situation": clean_multiline(&dossier.situation),
            ":strategy": clean_multiline(&dossier.strategy),
        },
    )?;
    one_row(changed, "account", id.0)
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
            if let Some(influence) = person.influence.filter(|i| !crate::domain::people::valid_influence(*i)) {
                return Err(StoreError::Invalid(format!("influence is 1 to 5, not {influence}")));
            }
            let changed = conn.execute(
                "UPDATE people SET job_title = :job_title, role = :role, influence = :influence,
                        attitude = :attitude, channel = :channel, phone = :phone, email = :email,
                        birthday = :birthday, notes = :notes
                  WHERE id = :id AND account_id = :account_id",
                named_params! {
                    ":id": person.id,
                    ":account_id": account,
                    ":job_title": clean_line(&person.job_title),
                    ":role": person.role,
                    ":influence": person.influence,
                    ":attitude": person.attitude,
                    ":channel": person.channel,
                    ":phone": clean_line(&person.phone),
                    ":email": clean_line(&person.email),
                    ":birthday": opt_date(person.birthday),
                    ":notes": clean_multiline(&person.notes),
                },
            )?;
            one_row(changed, "person", person.id.0)?;
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

fn update_touchpoint(
    conn: &Connection,
    account: AccountId,
    touchpoint: &Touchpoint,
    people: &[PersonId],
) -> Result<()> {
    let changed = conn.execute(
        "UPDATE touchpoints SET time = :time, outcome = :outcome, reason = :reason, next_step = :next_step,
                next_step_due = :next_step_due, next_step_done = :next_step_done
          WHERE id = :id AND account_id = :account_id",
        named_params! {
            ":id": touchpoint.id,
            ":account_id": account,
            ":time": opt_time(touchpoint.time),
            ":outcome": touchpoint.outcome,
            ":reason": clean_multiline(&touchpoint.reason),
            ":next_step": clean_line(&touchpoint.next_step),
            ":next_step_due": opt_date(touchpoint.next_step_due),
            ":next_step_done": opt_date(touchpoint.next_step_done),
        },
    )?;
    one_row(changed, "touchpoint", touchpoint.id.0)?;
    // Who took part: the merged list replaces the old one, in its order.
    conn.execute("DELETE FROM touchpoint_people WHERE touchpoint_id = ?1", [touchpoint.id])?;
    let mut belongs = conn.prepare_cached("SELECT EXISTS (SELECT 1 FROM people WHERE id = ?1 AND account_id = ?2)")?;
    let mut link = conn.prepare_cached(
        "INSERT OR IGNORE INTO touchpoint_people (touchpoint_id, person_id, position) VALUES (?1, ?2, ?3)",
    )?;
    for (position, person) in people.iter().enumerate() {
        let ok: bool = belongs.query_row(rusqlite::params![person, account], |r| r.get(0))?;
        if !ok {
            return Err(StoreError::Invalid(format!(
                "person {person} is not one of the account's people, so cannot take part in its contact"
            )));
        }
        let position = i64::try_from(position).unwrap_or(i64::MAX);
        link.execute(rusqlite::params![touchpoint.id, person, position])?;
    }
    Ok(())
}
