//! The decision-making map (people at the customer) and the competitors.

use rusqlite::types::ToSql;
use rusqlite::{Connection, Row, named_params};

use super::codec::{NamedParams, RowExt, SqlDate, opt_date};
use super::error::{Result, StoreError};
use super::{Store, ensure_account, one_row};
use crate::domain::people::valid_influence;
use crate::domain::text::{clean_line, clean_multiline};
use crate::domain::{AccountId, Competitor, CompetitorId, Person, PersonId};

impl Store {
    /// Inserts the person when their id is 0, else updates them; returns the id.
    /// `reports_to` must be another person of the same account, and may not
    /// close a circle of people reporting to each other.
    pub fn save_person(&mut self, person: &Person) -> Result<PersonId> {
        self.write(|tx| {
            if person.id.0 == 0 {
                let id = insert_person(tx, person.account_id, person)?;
                if let Some(boss) = person.reports_to {
                    set_reports_to(tx, person.account_id, id, boss)?;
                }
                return Ok(id);
            }
            if let Some(boss) = person.reports_to {
                check_reports_to(tx, person.account_id, person.id, boss)?;
            }
            let name = person_name(person)?;
            let details = Details::clean(person);
            let mut params = details.params();
            params.extend([
                (":id", &person.id as &dyn ToSql),
                (":account_id", &person.account_id),
                (":name", &name),
                (":reports_to", &person.reports_to),
            ]);
            let changed = tx.execute(
                "UPDATE people SET name = :name, job_title = :job_title, role = :role, influence = :influence,
                        attitude = :attitude, reports_to = :reports_to, channel = :channel, phone = :phone,
                        email = :email, birthday = :birthday, notes = :notes
                  WHERE id = :id AND account_id = :account_id",
                params.as_slice(),
            )?;
            one_row(changed, "person", person.id.0)?;
            Ok(person.id)
        })
    }

    /// Deletes a person; whoever reported to them now reports to no one, and
    /// they disappear from the contacts they took part in.
    pub fn delete_person(&mut self, id: PersonId) -> Result<()> {
        self.write(|tx| one_row(tx.execute("DELETE FROM people WHERE id = ?1", [id])?, "person", id.0))
    }

    /// Inserts the competitor when its id is 0, else updates it; returns the id.
    pub fn save_competitor(&mut self, competitor: &Competitor) -> Result<CompetitorId> {
        self.write(|tx| {
            if competitor.id.0 == 0 {
                return insert_competitor(tx, competitor.account_id, competitor);
            }
            let changed = tx.execute(
                "UPDATE competitors SET name = :name, position = :position, strengths = :strengths,
                        weaknesses = :weaknesses
                  WHERE id = :id AND account_id = :account_id",
                named_params! {
                    ":id": competitor.id,
                    ":account_id": competitor.account_id,
                    ":name": competitor_name(competitor)?,
                    ":position": clean_multiline(&competitor.position),
                    ":strengths": clean_multiline(&competitor.strengths),
                    ":weaknesses": clean_multiline(&competitor.weaknesses),
                },
            )?;
            one_row(changed, "competitor", competitor.id.0)?;
            Ok(competitor.id)
        })
    }

    pub fn delete_competitor(&mut self, id: CompetitorId) -> Result<()> {
        self.write(|tx| one_row(tx.execute("DELETE FROM competitors WHERE id = ?1", [id])?, "competitor", id.0))
    }
}

/// Inserts a person of `account` without their `reports_to` (set it with
/// [`set_reports_to`] once the boss exists too).
pub(crate) fn insert_person(conn: &Connection, account: AccountId, person: &Person) -> Result<PersonId> {
    ensure_account(conn, account)?;
    let name = person_name(person)?;
    let details = Details::clean(person);
    let mut params = details.params();
    params.extend([(":account_id", &account as &dyn ToSql), (":name", &name)]);
    conn.prepare_cached(
        "INSERT INTO people (account_id, name, job_title, role, influence, attitude, channel, phone,
                             email, birthday, notes)
         VALUES (:account_id, :name, :job_title, :role, :influence, :attitude, :channel, :phone,
                 :email, :birthday, :notes)",
    )?
    .execute(params.as_slice())?;
    Ok(PersonId(conn.last_insert_rowid()))
}

/// An import's update of an existing person: their details, never their
/// name (by which they were matched) nor whom they report to.
pub(crate) fn update_person_from_import(conn: &Connection, account: AccountId, person: &Person) -> Result<()> {
    check_influence(person)?;
    let details = Details::clean(person);
    let mut params = details.params();
    params.extend([(":id", &person.id as &dyn ToSql), (":account_id", &account)]);
    let changed = conn.execute(
        "UPDATE people SET job_title = :job_title, role = :role, influence = :influence,
                attitude = :attitude, channel = :channel, phone = :phone, email = :email,
                birthday = :birthday, notes = :notes
          WHERE id = :id AND account_id = :account_id",
        params.as_slice(),
    )?;
    one_row(changed, "person", person.id.0)
}

/// A person's details as they will be stored, cleaned: the columns the
/// insert and both updates share.
struct Details<'a> {
    person: &'a Person,
    job_title: String,
    phone: String,
    email: String,
    birthday: Option<SqlDate>,
    notes: String,
}

impl<'a> Details<'a> {
    fn clean(person: &'a Person) -> Self {
        Details {
            person,
            job_title: clean_line(&person.job_title),
            phone: clean_line(&person.phone),
            email: clean_line(&person.email),
            birthday: opt_date(person.birthday),
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
        return Err(StoreError::Invalid("a person cannot report to themselves".into()));
    }
    let same_account: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM people WHERE id = ?1 AND account_id = ?2)",
        rusqlite::params![boss, account],
        |r| r.get(0),
    )?;
    if !same_account {
        return Err(StoreError::Invalid("a person can only report to someone at the same account".into()));
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
        return Err(StoreError::Invalid("that would make people report to each other in a circle".into()));
    }
    Ok(())
}

fn check_influence(person: &Person) -> Result<()> {
    match person.influence.filter(|i| !valid_influence(*i)) {
        Some(influence) => Err(StoreError::Invalid(format!("influence is 1 to 5, not {influence}"))),
        None => Ok(()),
    }
}

fn person_name(person: &Person) -> Result<String> {
    check_influence(person)?;
    let name = clean_line(&person.name);
    if name.is_empty() {
        return Err(StoreError::Invalid("a person needs a name".into()));
    }
    Ok(name)
}

pub(crate) fn insert_competitor(
    conn: &Connection,
    account: AccountId,
    competitor: &Competitor,
) -> Result<CompetitorId> {
    ensure_account(conn, account)?;
    conn.prepare_cached(
        "INSERT INTO competitors (account_id, name, position, strengths, weaknesses)
         VALUES (:account_id, :name, :position, :strengths, :weaknesses)",
    )?
    .execute(named_params! {
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
    one_row(changed, "competitor", competitor.id.0)
}

fn competitor_name(competitor: &Competitor) -> Result<String> {
    let name = clean_line(&competitor.name);
    if name.is_empty() {
        return Err(StoreError::Invalid("a competitor needs a name".into()));
    }
    Ok(name)
}

/// By name.
pub(crate) fn people_of(conn: &Connection, account: AccountId) -> Result<Vec<Person>> {
    let mut stmt = conn.prepare(
        "SELECT id, account_id, name, job_title, role, influence, attitude, reports_to, channel,
                phone, email, birthday, notes
           FROM people WHERE account_id = ?1 ORDER BY name, id",
    )?;
    let rows = stmt.query_map([account], person_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn person_from_row(row: &Row<'_>) -> rusqlite::Result<Person> {
    Ok(Person {
        id: row.get("id")?,
        account_id: row.get("account_id")?,
        name: row.get("name")?,
        job_title: row.get("job_title")?,
        role: row.get("role")?,
        influence: row.get("influence")?,
        attitude: row.get("attitude")?,
        reports_to: row.get("reports_to")?,
        channel: row.get("channel")?,
        phone: row.get("phone")?,
        email: row.get("email")?,
        birthday: row.opt_date("birthday")?,
        notes: row.get("notes")?,
    })
}

/// By name.
pub(crate) fn competitors_of(conn: &Connection, account: AccountId) -> Result<Vec<Competitor>> {
    let mut stmt = conn.prepare(
        "SELECT id, account_id, name, position, strengths, weaknesses
           FROM competitors WHERE account_id = ?1 ORDER BY name, id",
    )?;
    let rows = stmt.query_map([account], |row| {
        Ok(Competitor {
            id: row.get("id")?,
            account_id: row.get("account_id")?,
            name: row.get("name")?,
            position: row.get("position")?,
            strengths: row.get("strengths")?,
            weaknesses: row.get("weaknesses")?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
