//! What the background check reads: a few index scans, never whole
//! dossiers, so it stays fast on a large database. Each query already leaves
//! out what the rules could not flag on `today` (done or future milestones
//! and follow-ups, birthdays outside the window); the rules decide the rest,
//! including which accounts are open, so no query needs to visit the
//! accounts' rows. A follow-up is open while `next_step_done` is empty:
//! marking it done and logging a contact as its follow-up both fill it.
//!
//! Columns are read by position: looking a name up costs more than decoding
//! the value, and these loops run over thousands of rows.

use chrono::{Datelike, Days, NaiveDate};
use rusqlite::{Connection, OptionalExtension, named_params};

use super::Store;
use super::codec::{RowExt, date};
use super::error::Result;
use super::history::{SNOOZE, Written, append};
use crate::domain::AccountId;
use crate::domain::alerts::WinBackDue;
use crate::domain::history::Change;
use crate::domain::{AccountFacts, AlertKey, Birthday, CheckInput, FollowUp, OpenMilestone, Snooze};

/// Lost and former accounts have no contact standard and raise no alert.
const OPEN: &str = "a.status NOT IN ('lost', 'former')";

impl Store {
    /// Everything the alert rules need on `today`, with round dates
    /// announced `within_days` ahead, read in one transaction so the lists
    /// agree with each other.
    pub fn check_input(&self, today: NaiveDate, within_days: u32) -> Result<CheckInput> {
        let tx = self.conn.unchecked_transaction()?;
        let input = CheckInput {
            accounts: accounts(&tx)?,
            follow_ups: follow_ups(&tx, today)?,
            milestones: milestones(&tx, today)?,
            birthdays: birthdays(&tx, today, within_days)?,
            win_backs: win_backs(&tx, today)?,
            snoozes: snoozes(&tx)?,
        };
        tx.finish()?;
        Ok(input)
    }

    /// Hides the alert of `account` up to and including `until` (replacing
    /// an earlier snooze); kept in the history, so it can be undone.
    pub fn snooze(&mut self, account: AccountId, key: AlertKey, until: NaiveDate) -> Result<()> {
        self.write(|tx| set_snooze(tx, account, &key.to_string(), Some(until)))
    }
}

/// Sets (or with `None` lifts) the snooze of an alert, and keeps the change
/// in the history: before and after are the dates.
pub(crate) fn set_snooze(conn: &Connection, account: AccountId, key: &str, until: Option<NaiveDate>) -> Result<()> {
    let before: Option<String> =
        conn.query_row("SELECT until FROM snoozes WHERE key = ?1", [key], |r| r.get(0)).optional()?;
    match until {
        Some(until) => conn.execute(
            "INSERT INTO snoozes (key, until) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET until = excluded.until",
            rusqlite::params![key, date(until)],
        )?,
        None => conn.execute("DELETE FROM snoozes WHERE key = ?1", [key])?,
    };
    append(
        conn,
        &Written {
            account,
            kind: SNOOZE,
            record: 0,
            part: key,
            change: Change::Update,
            revision: 0,
            before,
            after: until.map(|d| d.to_string()),
        },
    )?;
    Ok(())
}

/// In name order, as the rules rank them (read in index order, not sorted).
fn accounts(conn: &Connection) -> Result<Vec<AccountFacts>> {
    let sql = format!(
        "SELECT a.id, a.name, a.client_type, a.status, a.contact_every_days, a.created_on,
                a.cooperation_start, a.last_touchpoint, a.sales_last
           FROM accounts a INDEXED BY accounts_standards WHERE {OPEN}
          ORDER BY a.name_key, a.id"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([], |r| {
        Ok(AccountFacts {
            id: r.get(0)?,
            name: r.get(1)?,
            client_type: r.get(2)?,
            status: r.get(3)?,
            contact_every_days: r.get(4)?,
            created_on: r.date(5)?,
            cooperation_start: r.opt_date(6)?,
            last_touchpoint: r.opt_date(7)?,
            last_purchase: r.get(8)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Promised next steps, late and not closed (marked done or followed up).
fn follow_ups(conn: &Connection, today: NaiveDate) -> Result<Vec<FollowUp>> {
    let mut stmt = conn.prepare_cached(
        "SELECT t.id, t.account_id, t.date, t.next_step, t.next_step_due FROM touchpoints t
          WHERE t.next_step_due IS NOT NULL AND t.next_step_done IS NULL AND t.next_step_due < :today",
    )?;
    let rows = stmt.query_map(named_params! {":today": date(today)}, |r| {
        Ok(FollowUp {
            touchpoint_id: r.get(0)?,
            account_id: r.get(1)?,
            promised_on: r.date(2)?,
            next_step: r.get(3)?,
            due: r.date(4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Passed and not done.
fn milestones(conn: &Connection, today: NaiveDate) -> Result<Vec<OpenMilestone>> {
    let mut stmt = conn.prepare_cached(
        "SELECT m.id, m.account_id, m.title, m.due FROM milestones m WHERE m.done IS NULL AND m.due < :today",
    )?;
    let rows = stmt.query_map(named_params! {":today": date(today)}, |r| {
        Ok(OpenMilestone { id: r.get(0)?, account_id: r.get(1)?, title: r.get(2)?, due: r.date(3)? })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Win-back plans of lost and former accounts due by `today`.
fn win_backs(conn: &Connection, today: NaiveDate) -> Result<Vec<WinBackDue>> {
    let mut stmt = conn.prepare_cached(
        "SELECT a.id, a.name, a.status, a.win_back_means, a.win_back_note, a.win_back_due
           FROM accounts a INDEXED BY accounts_win_back
          WHERE a.win_back_means IS NOT NULL AND a.win_back_due <= :today AND a.status IN ('lost', 'former')",
    )?;
    let rows = stmt.query_map(named_params! {":today": date(today)}, |r| {
        Ok(WinBackDue {
            account_id: r.get(0)?,
            name: r.get::<_, String>(1)?.into(),
            status: r.get(2)?,
            means: r.get(3)?,
            note: r.get(4)?,
            due: r.date(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Birthdays whose month and day fall in the window (one day wider on each
/// side, so 29 February is never missed in a common year).
fn birthdays(conn: &Connection, today: NaiveDate, within_days: u32) -> Result<Vec<Birthday>> {
    // Two ranges (the window may cross New Year), each a range of the index.
    let mut stmt = conn.prepare_cached(
        "SELECT p.id, p.account_id, p.name, p.birthday FROM people p
          WHERE p.birthday IS NOT NULL AND substr(p.birthday, -5) BETWEEN :from1 AND :to1
         UNION ALL
         SELECT p.id, p.account_id, p.name, p.birthday FROM people p
          WHERE p.birthday IS NOT NULL AND substr(p.birthday, -5) BETWEEN :from2 AND :to2",
    )?;
    let [(from1, to1), (from2, to2)] = month_day_ranges(today, within_days);
    let params = named_params! {":from1": from1, ":to1": to1, ":from2": from2, ":to2": to2};
    let rows = stmt.query_map(params, |r| {
        Ok(Birthday { person_id: r.get(0)?, account_id: r.get(1)?, name: r.get(2)?, birthday: r.get(3)? })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Snoozes whose key no longer parses (written by a newer keyplan) are skipped.
fn snoozes(conn: &Connection) -> Result<Vec<Snooze>> {
    let mut stmt = conn.prepare_cached("SELECT key, until FROM snoozes")?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.date(1)?)))?;
    let mut snoozes = Vec::new();
    for row in rows {
        let (key, until) = row?;
        if let Ok(key) = key.parse::<AlertKey>() {
            snoozes.push(Snooze { key, until });
        }
    }
    Ok(snoozes)
}

/// The window of "MM-DD" texts from the day before `today` to the day after
/// `today + within_days`, as two ranges: the second is used when the window
/// crosses New Year (otherwise it is empty).
fn month_day_ranges(today: NaiveDate, within_days: u32) -> [(String, String); 2] {
    let md = |d: NaiveDate| format!("{:02}-{:02}", d.month(), d.day());
    let from = today.checked_sub_days(Days::new(1)).unwrap_or(today);
    let to = today.checked_add_days(Days::new(u64::from(within_days) + 1)).unwrap_or(today);
    let whole_year = within_days >= 364;
    let empty = || ("~".to_string(), "~".to_string());
    if whole_year {
        [("00-00".into(), "99-99".into()), empty()]
    } else if from.year() == to.year() {
        [(md(from), md(to)), empty()]
    } else {
        [(md(from), "12-31".into()), ("01-01".into(), md(to))]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn birthday_window_crosses_new_year_and_widens_by_a_day() {
        let [a, b] = month_day_ranges(d("2026-12-25"), 14);
        assert_eq!(a, ("12-24".to_string(), "12-31".to_string()));
        assert_eq!(b, ("01-01".to_string(), "01-09".to_string()));
        // In a common year a 29 February birthday is kept on the 28th: the
        // widened window still reaches "02-29".
        let [a, _] = month_day_ranges(d("2027-02-21"), 7);
        assert_eq!(a, ("02-20".to_string(), "03-01".to_string()));
        assert!((a.0.as_str()..=a.1.as_str()).contains(&"02-29"));
    }
}
