//! What the background check reads: a few aggregate queries over open
//! accounts, never whole dossiers, so it stays fast on a large database.

use chrono::NaiveDate;
use rusqlite::Connection;

use super::Store;
use super::codec::{RowExt, date};
use super::error::Result;
use crate::domain::{AccountFacts, AlertKey, Birthday, CheckInput, FollowUp, OpenMilestone, Snooze};

/// Lost and former accounts have no contact standard and raise no alert.
const OPEN: &str = "a.status NOT IN ('lost', 'former')";

impl Store {
    /// Everything the alert rules need, read in one transaction so the
    /// lists agree with each other.
    pub fn check_input(&self) -> Result<CheckInput> {
        let tx = self.conn.unchecked_transaction()?;
        let input = CheckInput {
            accounts: accounts(&tx)?,
            follow_ups: follow_ups(&tx)?,
            milestones: milestones(&tx)?,
            birthdays: birthdays(&tx)?,
            snoozes: snoozes(&tx)?,
        };
        tx.finish()?;
        Ok(input)
    }

    /// Hides the alert up to and including `until` (replacing an earlier snooze).
    pub fn snooze(&mut self, key: AlertKey, until: NaiveDate) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO snoozes (key, until) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET until = excluded.until",
                rusqlite::params![key.to_string(), date(until)],
            )?;
            Ok(())
        })
    }
}

fn accounts(conn: &Connection) -> Result<Vec<AccountFacts>> {
    let sql = format!(
        "SELECT a.id, a.name, a.client_type, a.status, a.contact_every_days, a.created_on,
                a.cooperation_start,
                (SELECT MAX(t.date) FROM touchpoints t WHERE t.account_id = a.id) AS last_touchpoint
           FROM accounts a WHERE {OPEN}"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([], |r| {
        Ok(AccountFacts {
            id: r.get("id")?,
            name: r.get("name")?,
            client_type: r.get("client_type")?,
            status: r.get("status")?,
            contact_every_days: r.get("contact_every_days")?,
            created_on: r.date("created_on")?,
            cooperation_start: r.opt_date("cooperation_start")?,
            last_touchpoint: r.opt_date("last_touchpoint")?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn follow_ups(conn: &Connection) -> Result<Vec<FollowUp>> {
    let sql = format!(
        "SELECT t.id, t.account_id, t.date, t.next_step, t.next_step_due
           FROM touchpoints t JOIN accounts a ON a.id = t.account_id
          WHERE t.next_step_due IS NOT NULL AND t.next_step_done IS NULL AND {OPEN}"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([], |r| {
        Ok(FollowUp {
            touchpoint_id: r.get("id")?,
            account_id: r.get("account_id")?,
            promised_on: r.date("date")?,
            next_step: r.get("next_step")?,
            due: r.date("next_step_due")?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn milestones(conn: &Connection) -> Result<Vec<OpenMilestone>> {
    let sql = format!(
        "SELECT m.id, m.account_id, m.title, m.due
           FROM milestones m JOIN accounts a ON a.id = m.account_id
          WHERE m.done IS NULL AND {OPEN}"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([], |r| {
        Ok(OpenMilestone {
            id: r.get("id")?,
            account_id: r.get("account_id")?,
            title: r.get("title")?,
            due: r.date("due")?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn birthdays(conn: &Connection) -> Result<Vec<Birthday>> {
    let sql = format!(
        "SELECT p.id, p.account_id, p.name, p.birthday
           FROM people p JOIN accounts a ON a.id = p.account_id
          WHERE p.birthday IS NOT NULL AND {OPEN}"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([], |r| {
        Ok(Birthday {
            person_id: r.get("id")?,
            account_id: r.get("account_id")?,
            name: r.get("name")?,
            birthday: r.date("birthday")?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Snoozes whose key no longer parses (written by a newer keyplan) are skipped.
fn snoozes(conn: &Connection) -> Result<Vec<Snooze>> {
    let mut stmt = conn.prepare_cached("SELECT key, until FROM snoozes")?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>("key")?, r.date("until")?)))?;
    let mut snoozes = Vec::new();
    for row in rows {
        let (key, until) = row?;
        if let Ok(key) = key.parse::<AlertKey>() {
            snoozes.push(Snooze { key, until });
        }
    }
    Ok(snoozes)
}
