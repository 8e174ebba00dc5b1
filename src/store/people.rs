//! The decision-making map: the people at the customer.

use rusqlite::types::ToSql;
use rusqlite::{Connection, OptionalExtension, Row};

use super::codec::{NamedParams, RowExt};
use super::error::{Result, StoreError};
use super::history::record;
use super::revisions::{Kind, advance, seen_or_stored, uid_for};
use super::{Store, ensure_account, one_row};
use crate::domain::history::Change;
use crate::domain::people::valid_influence;
use crate::domain::text::{clean_line, clean_multiline};
use crate::domain::{AccountId, BirthDate, Person, PersonId};

impl Store {
    /// Inserts the person when their id is 0, else updates them from the
    /// revision they carry; returns the id. `reports_to` must be another
    /// person of the same account, and may not close a circle of people
    /// reporting to each other.
    pub fn save_person(&mut self, person: &Person) -> Result<PersonId> {
        self.write(|tx| {
            if person.id.0 == 0 {
                let id = insert_person(tx, person.account_id, person)?;
                if let Some(boss) = person.reports_to {
                    set_reports_to(tx, person.account_id, id, boss)?;
                }
                let after = person_by_id(tx, id)?;
                record(tx, Kind::Person, after.account_id, id.0, Change::Create, 1, (None, Some(&after)))?;
                return Ok(id);
            }
            update_person(tx, person)?;
            Ok(person.id)
        })
    }

    /// The people of one account, or of every account, each with their
    /// account's name: by account name, then by name (`keyplan people`).
    pub fn people_with_accounts(&self, account: Option<AccountId>) -> Result<Vec<(Person, String)>> {
        let columns = PERSON_COLUMNS.split(',').map(|c| format!("p.{}", c.trim())).collect::<Vec<_>>().join(", ");
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {columns}, a.name FROM people p JOIN accounts a ON a.id = p.account_id
              WHERE ?1 IS NULL OR p.account_id = ?1
              ORDER BY a.name_key, a.id, p.name, p.id"
        ))?;
        let rows = stmt.query_map([account], |row| Ok((person_from_row(row)?, row.get(15)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Deletes a person last seen at revision `seen`; whoever reported to
    /// them now reports to no one, and they disappear from the contacts
    /// they took part in. Their last version stays in the history.
    /// `seen: None` deletes it as stored (the shell, tests).
    pub fn delete_person(&mut self, id: PersonId, seen: Option<i64>) -> Result<()> {
        self.write(|tx| {
            let seen = seen_or_stored(tx, Kind::Person, id.0, seen)?;
            delete_person(tx, id, seen)
        })
    }
}

/// Updates every column of a person from the revision they carry, and
/// keeps the change in the history.
pub(crate) fn update_person(conn: &Connection, person: &Person) -> Result<()> {
    let before = person_by_id(conn, person.id)?;
    if before.account_id != person.account_id {
        return Err(StoreError::not_found("person", person.id.0));
    }
    if let Some(boss) = person.reports_to {
        check_reports_to(conn, person.account_id, person.id, boss)?;
    }
    let name = person_name(person)?;
    let revision = advance(conn, Kind::Person, person.id.0, person.stamp.revision)?;
    let details = Details::clean(person);
    let mut params = details.params();
    params.extend([
        (":id", &person.id as &dyn ToSql),
        (":account_id", &person.account_id),
        (":name", &name),
        (":reports_to", &person.reports_to),
    ]);
    let changed = conn.execute(
        "UPDATE people SET name = :name, job_title = :job_title, role = :role, influence = :influence,
                attitude = :attitude, reports_to = :reports_to, channel = :channel, phone = :phone,
                email = :email, birthday = :birthday, notes = :notes
          WHERE id = :id AND account_id = :account_id",
        params.as_slice(),
    )?;
    one_row(changed, "person", person.id.0)?;
    let after = person_by_id(conn, person.id)?;
    record(conn, Kind::Person, after.account_id, person.id.0, Change::Update, revision, (Some(&before), Some(&after)))?;
    Ok(())
}

pub(crate) fn delete_person(conn: &Connection, id: PersonId, seen: i64) -> Result<()> {
    let before = person_by_id(conn, id)?;
    let revision = advance(conn, Kind::Person, id.0, seen)?;
    one_row(conn.execute("DELETE FROM people WHERE id = ?1", [id])?, "person", id.0)?;
    record(conn, Kind::Person, before.account_id, id.0, Change::Delete, revision, (Some(&before), None))?;
    Ok(())
}

/// Inserts a person of `account` without their `reports_to` (set it with
/// [`set_reports_to`] once the boss exists too).
pub(crate) fn insert_person(conn: &Connection, account: AccountId, person: &Person) -> Result<PersonId> {
    ensure_account(conn, account)?;
    let name = person_name(person)?;
    let details = Details::clean(person);
    let mut params = details.params();
    let uid = uid_for(conn, Kind::Person, &person.stamp.uid)?;
    params.extend([(":account_id", &account as &dyn ToSql), (":name", &name), (":uid", &uid)]);
    conn.prepare_cached(
        "INSERT INTO people (account_id, name, job_title, role, influence, attitude, channel, phone,
                             email, birthday, notes, uid)
         VALUES (:account_id, :name, :job_title, :role, :influence, :attitude, :channel, :phone,
                 :email, :birthday, :notes, :uid)",
    )?
    .execute(params.as_slice())?;
    Ok(PersonId(conn.last_insert_rowid()))
}

/// An import's update of an existing person: their details, never their
/// name (by which they were matched) nor whom they report to.
pub(crate) fn update_person_from_import(conn: &Connection, account: AccountId, person: &Person) -> Result<()> {
    let stored = person_by_id(conn, person.id)?;
    if stored.account_id != account {
        return Err(StoreError::not_found("person", person.id.0));
    }
    let merged = Person {
        name: stored.name.clone(),
        reports_to: stored.reports_to,
        stamp: stored.stamp.clone(),
        account_id: account,
        ..person.clone()
    };
    update_person(conn, &merged)
}

/// A person's details as they will be stored, cleaned: the columns the
/// insert and both updates share.
struct Details<'a> {
    person: &'a Person,
    job_title: String,
    phone: String,
    email: String,
    birthday: Option<BirthDate>,
    notes: String,
}

impl<'a> Details<'a> {
    fn clean(person: &'a Person) -> Self {
        Details {
            person,
            job_title: clean_line(&person.job_title),
            phone: clean_line(&person.phone),
            email: clean_line(&person.email),
            birthday: person.birthday,
            notes: clean_multiline(&person.notes),
        }
    }

    fn params(&self) -> NamedParams<'_> {
        let params: [(&'static str, &dyn ToSql); 9] = [
            (":job_title", &self.job_title),
            (":role", &self.person.role),
            (":influence", &self.person.influence),
            (":attitude", &self.person.attitude),
            (":channel", &self.person.channel),
            (":phone", &self.phone),
            (":email", &self.email),
            (":birthday", &self.birthday),
            (":notes", &self.notes),
        ];
        params.to_vec()
    }
}

pub(crate) fn set_reports_to(conn: &Connection, account: AccountId, person: PersonId, boss: PersonId) -> Result<()> {
    check_reports_to(conn, account, person, boss)?;
    let changed = conn.prepare_cached("UPDATE people SET reports_to = ?1 WHERE id = ?2")?.execute([boss, person])?;
    one_row(changed, "person", person.0)
}

fn check_reports_to(conn: &Connection, account: AccountId, person: PersonId, boss: PersonId) -> Result<()> {
    if boss == person {
        return Err(StoreError::Invalid(crate::l10n::text("err-reports-to-self").into()));
    }
    let same_account: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM people WHERE id = ?1 AND account_id = ?2)",
        rusqlite::params![boss, account],
        |r| r.get(0),
    )?;
    if !same_account {
        return Err(StoreError::Invalid(crate::l10n::text("err-reports-to-other-account").into()));
    }
    // Walk up from the boss; UNION (not UNION ALL) stops on an old circle.
    let circle: bool = conn.query_row(
        "WITH RECURSIVE chain(id) AS (
             SELECT ?1
             UNION
             SELECT people.reports_to FROM people JOIN chain ON people.id = chain.id
              WHERE people.reports_to IS NOT NULL
         )
         SELECT EXISTS (SELECT 1 FROM chain WHERE id = ?2)",
        [boss, person],
        |r| r.get(0),
    )?;
    if circle {
        return Err(StoreError::Invalid(crate::l10n::text("err-reports-in-circle").into()));
    }
    Ok(())
}

fn check_influence(person: &Person) -> Result<()> {
    match person.influence.filter(|i| !valid_influence(*i)) {
        Some(influence) => Err(StoreError::Invalid(crate::t!("err-influence-range", influence = influence))),
        None => Ok(()),
    }
}

fn person_name(person: &Person) -> Result<String> {
    check_influence(person)?;
    let name = clean_line(&person.name);
    if name.is_empty() {
        return Err(StoreError::Invalid(crate::l10n::text("err-person-needs-name").into()));
    }
    Ok(name)
}

const PERSON_COLUMNS: &str = "id, account_id, name, job_title, role, influence, attitude, reports_to, channel,
     phone, email, birthday, notes, uid, revision";

/// By name.
pub(crate) fn people_of(conn: &Connection, account: AccountId) -> Result<Vec<Person>> {
    let mut stmt =
        conn.prepare_cached(&format!("SELECT {PERSON_COLUMNS} FROM people WHERE account_id = ?1 ORDER BY name, id"))?;
    let rows = stmt.query_map([account], person_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn person_by_id(conn: &Connection, id: PersonId) -> Result<Person> {
    conn.prepare_cached(&format!("SELECT {PERSON_COLUMNS} FROM people WHERE id = ?1"))?
        .query_row([id], person_from_row)
        .optional()?
        .ok_or_else(|| StoreError::not_found("person", id.0))
}

fn person_from_row(row: &Row<'_>) -> rusqlite::Result<Person> {
    Ok(Person {
        id: row.get(0)?,
        account_id: row.get(1)?,
        name: row.get(2)?,
        job_title: row.get(3)?,
        role: row.get(4)?,
        influence: row.get(5)?,
        attitude: row.get(6)?,
        reports_to: row.get(7)?,
        channel: row.get(8)?,
        phone: row.get(9)?,
        email: row.get(10)?,
        birthday: row.get(11)?,
        notes: row.get(12)?,
        stamp: row.stamp(13)?,
    })
}
