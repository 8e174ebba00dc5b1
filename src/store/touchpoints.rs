//! The contact log: touchpoints and who took part (their promised next
//! steps close in `follow_ups`).

use rusqlite::types::ToSql;
use rusqlite::{Connection, OptionalExtension};

use super::codec::{NamedParams, RowExt, SqlDate, SqlTime, date, opt_date, opt_time};
use super::error::{Result, StoreError};
use super::history::record;
use super::revisions::{Kind, advance, seen_or_stored, uid_for};
use super::{Store, ensure_account, one_row};
use crate::domain::history::Change;
use crate::domain::text::{clean_line, clean_multiline};
use crate::domain::{AccountId, Channel, PersonId, Touchpoint, TouchpointId};

impl Store {
    /// Inserts the touchpoint when its id is 0, else updates it from the
    /// revision it carries; either way its people links are replaced by
    /// `touchpoint.people`, who must all be people of the account. Returns
    /// the id.
    pub fn save_touchpoint(&mut self, touchpoint: &Touchpoint) -> Result<TouchpointId> {
        self.write(|tx| {
            if touchpoint.id.0 == 0 {
                let id = insert_touchpoint(tx, touchpoint.account_id, touchpoint, &touchpoint.people)?;
                let after = touchpoint_by_id(tx, id)?;
                record(tx, Kind::Touchpoint, after.account_id, id.0, Change::Create, 1, (None, Some(&after)))?;
                return Ok(id);
            }
            update_touchpoint(tx, touchpoint)?;
            Ok(touchpoint.id)
        })
    }

    /// Deletes a touchpoint last seen at revision `seen`; its last version
    /// stays in the history.
    /// `seen: None` deletes it as stored (the shell, tests).
    pub fn delete_touchpoint(&mut self, id: TouchpointId, seen: Option<i64>) -> Result<()> {
        self.write(|tx| {
            let seen = seen_or_stored(tx, Kind::Touchpoint, id.0, seen)?;
            delete_touchpoint(tx, id, seen)
        })
    }

    /// The channel of the most recently logged touchpoint of any account.
    pub fn last_channel(&self) -> Result<Option<Channel>> {
        match self.conn.query_row("SELECT channel FROM touchpoints ORDER BY id DESC LIMIT 1", [], |r| r.get(0)) {
            Err(rusqlite::Error::QueryReturnedNoRows) => Ok(None),
            other => Ok(Some(other?)),
        }
    }

    /// The likely channel of the account's next touchpoint: the channel of
    /// its newest contact (as its log shows it first), else the channel of
    /// the touchpoint logged last with any account; None in an empty log.
    pub fn channel_for(&self, account: AccountId) -> Result<Option<Channel>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT channel FROM touchpoints WHERE account_id = ?1 ORDER BY date DESC, time DESC, id DESC LIMIT 1",
        )?;
        match stmt.query_row([account], |r| r.get(0)) {
            Err(rusqlite::Error::QueryReturnedNoRows) => self.last_channel(),
            other => Ok(Some(other?)),
        }
    }

    /// Where a touchpoint stands in its account's log, newest first (0 is
    /// the newest), so a screen can read the log that far; `None` when the
    /// account has no such touchpoint.
    pub fn touchpoint_position(&self, account: AccountId, id: TouchpointId) -> Result<Option<usize>> {
        Ok(self.touchpoint_in_log(account, id)?.map(|(_, position)| position))
    }

    /// A touchpoint of `account` and where it stands in its log (how many
    /// are newer, counted in the log's index); `None` when the account has
    /// no such touchpoint.
    pub fn touchpoint_in_log(&self, account: AccountId, id: TouchpointId) -> Result<Option<(Touchpoint, usize)>> {
        match touchpoint_by_id(&self.conn, id) {
            Err(StoreError::NotFound(_)) => Ok(None),
            Err(e) => Err(e),
            Ok(touchpoint) if touchpoint.account_id != account => Ok(None),
            Ok(touchpoint) => {
                let position = newer_count(&self.conn, account, &touchpoint)?;
                Ok(Some((touchpoint, position)))
            }
        }
    }
}

/// Inserts a touchpoint of `account` with `people` (ids of this database).
pub(crate) fn insert_touchpoint(
    conn: &Connection,
    account: AccountId,
    touchpoint: &Touchpoint,
    people: &[PersonId],
) -> Result<TouchpointId> {
    ensure_account(conn, account)?;
    let columns = Columns::clean(touchpoint);
    let mut params = columns.params();
    let uid = uid_for(conn, Kind::Touchpoint, &touchpoint.stamp.uid)?;
    params.extend([(":account_id", &account as &dyn ToSql), (":uid", &uid)]);
    conn.prepare_cached(
        "INSERT INTO touchpoints (account_id, date, time, channel, summary, outcome, reason, next_step,
                                  next_step_due, next_step_done, uid)
         VALUES (:account_id, :date, :time, :channel, :summary, :outcome, :reason, :next_step,
                 :next_step_due, :next_step_done, :uid)",
    )?
    .execute(params.as_slice())?;
    let id = TouchpointId(conn.last_insert_rowid());
    link_people(conn, account, id, people)?;
    Ok(id)
}

/// Updates every column of a touchpoint and who took part, from the
/// revision it carries, and keeps the change in the history.
pub(crate) fn update_touchpoint(conn: &Connection, touchpoint: &Touchpoint) -> Result<()> {
    let before = touchpoint_by_id(conn, touchpoint.id)?;
    if before.account_id != touchpoint.account_id {
        return Err(StoreError::not_found("touchpoint", touchpoint.id.0));
    }
    let revision = advance(conn, Kind::Touchpoint, touchpoint.id.0, touchpoint.stamp.revision)?;
    let columns = Columns::clean(touchpoint);
    let mut params = columns.params();
    // A promise open again forgets the contact that had followed it.
    let followed_by = touchpoint.followed_by.filter(|_| touchpoint.next_step_done.is_some());
    params.extend([
        (":id", &touchpoint.id as &dyn ToSql),
        (":account_id", &touchpoint.account_id),
        (":followed_by", &followed_by),
    ]);
    let changed = conn.execute(
        "UPDATE touchpoints SET date = :date, time = :time, channel = :channel, summary = :summary,
                outcome = :outcome, reason = :reason, next_step = :next_step,
                next_step_due = :next_step_due, next_step_done = :next_step_done,
                followed_by = :followed_by
          WHERE id = :id AND account_id = :account_id",
        params.as_slice(),
    )?;
    one_row(changed, "touchpoint", touchpoint.id.0)?;
    link_people(conn, touchpoint.account_id, touchpoint.id, &touchpoint.people)?;
    let after = touchpoint_by_id(conn, touchpoint.id)?;
    record(
        conn,
        Kind::Touchpoint,
        after.account_id,
        touchpoint.id.0,
        Change::Update,
        revision,
        (Some(&before), Some(&after)),
    )?;
    Ok(())
}

pub(crate) fn delete_touchpoint(conn: &Connection, id: TouchpointId, seen: i64) -> Result<()> {
    let before = touchpoint_by_id(conn, id)?;
    let revision = advance(conn, Kind::Touchpoint, id.0, seen)?;
    one_row(conn.execute("DELETE FROM touchpoints WHERE id = ?1", [id])?, "touchpoint", id.0)?;
    record(conn, Kind::Touchpoint, before.account_id, id.0, Change::Delete, revision, (Some(&before), None))?;
    Ok(())
}

/// An import's update of an existing touchpoint: its time, outcome, reason
/// and next step, never its date, channel or summary (by which it was
/// matched); who took part is replaced by `people`, in their order.
pub(crate) fn update_touchpoint_from_import(
    conn: &Connection,
    account: AccountId,
    touchpoint: &Touchpoint,
    people: &[PersonId],
) -> Result<()> {
    let stored = touchpoint_by_id(conn, touchpoint.id)?;
    if stored.account_id != account {
        return Err(StoreError::not_found("touchpoint", touchpoint.id.0));
    }
    let merged = Touchpoint {
        time: touchpoint.time,
        outcome: touchpoint.outcome,
        reason: touchpoint.reason.clone(),
        next_step: touchpoint.next_step.clone(),
        next_step_due: touchpoint.next_step_due,
        next_step_done: touchpoint.next_step_done,
        people: people.to_vec(),
        ..stored
    };
    update_touchpoint(conn, &merged)
}

/// A touchpoint's columns as they will be stored, cleaned: shared by the
/// insert and the updates.
struct Columns<'a> {
    touchpoint: &'a Touchpoint,
    date: SqlDate,
    time: Option<SqlTime>,
    summary: String,
    reason: String,
    next_step: String,
    next_step_due: Option<SqlDate>,
    next_step_done: Option<SqlDate>,
}

impl<'a> Columns<'a> {
    fn clean(touchpoint: &'a Touchpoint) -> Self {
        Columns {
            touchpoint,
            date: date(touchpoint.date),
            time: opt_time(touchpoint.time),
            summary: clean_multiline(&touchpoint.summary),
            reason: clean_multiline(&touchpoint.reason),
            next_step: clean_line(&touchpoint.next_step),
            next_step_due: opt_date(touchpoint.next_step_due),
            next_step_done: opt_date(touchpoint.next_step_done),
        }
    }

    /// Every column but the ids.
    fn params(&self) -> NamedParams<'_> {
        let params: [(&'static str, &dyn ToSql); 9] = [
            (":date", &self.date),
            (":time", &self.time),
            (":channel", &self.touchpoint.channel),
            (":summary", &self.summary),
            (":outcome", &self.touchpoint.outcome),
            (":reason", &self.reason),
            (":next_step", &self.next_step),
            (":next_step_due", &self.next_step_due),
            (":next_step_done", &self.next_step_done),
        ];
        params.to_vec()
    }
}

/// Replaces who took part, keeping the given order and dropping repeats.
fn link_people(conn: &Connection, account: AccountId, touchpoint: TouchpointId, people: &[PersonId]) -> Result<()> {
    conn.prepare_cached("DELETE FROM touchpoint_people WHERE touchpoint_id = ?1")?.execute([touchpoint])?;
    let mut belongs = conn.prepare_cached("SELECT EXISTS (SELECT 1 FROM people WHERE id = ?1 AND account_id = ?2)")?;
    let mut link = conn.prepare_cached(
        "INSERT OR IGNORE INTO touchpoint_people (touchpoint_id, person_id, position) VALUES (?1, ?2, ?3)",
    )?;
    for (position, person) in people.iter().enumerate() {
        let ok: bool = belongs.query_row(rusqlite::params![person, account], |r| r.get(0))?;
        if !ok {
            return Err(StoreError::Invalid(crate::t!("err-person-not-of-account", person = person.0)));
        }
        let position = i64::try_from(position).unwrap_or(i64::MAX);
        link.execute(rusqlite::params![touchpoint, person, position])?;
    }
    Ok(())
}

/// Which part of an account's log to read. Pages away from the newest
/// contacts are found from a touchpoint already shown (keyset paging over
/// the log's index), never by counting rows from the top: the oldest page of
/// a log of 350,000 contacts costs what the newest does.
#[derive(Debug, Clone, Copy)]
pub(crate) enum LogPage<'a> {
    /// The whole log.
    All,
    /// The newest `n`.
    Newest(usize),
    /// The `n` just older than a touchpoint.
    Older(&'a Touchpoint, usize),
    /// The `n` just newer than a touchpoint.
    Newer(&'a Touchpoint, usize),
    /// A touchpoint itself and the `n - 1` older ones.
    From(&'a Touchpoint, usize),
    /// The oldest `n`.
    Oldest(usize),
}

/// The log's order is date, time (none before any), id, all descending;
/// the date bounds the range of the index, the rest is checked within it.
const OLDER: &str = "date <= :date AND (date < :date OR coalesce(time, '') < coalesce(:time, '')
                     OR (coalesce(time, '') = coalesce(:time, '') AND id < :id))";
const NEWER: &str = "date >= :date AND (date > :date OR coalesce(time, '') > coalesce(:time, '')
                     OR (coalesce(time, '') = coalesce(:time, '') AND id > :id))";
const FROM: &str = "date <= :date AND (date < :date OR coalesce(time, '') < coalesce(:time, '')
                    OR (coalesce(time, '') = coalesce(:time, '') AND id <= :id))";
const NEWEST_FIRST: &str = "ORDER BY date DESC, time DESC, id DESC";
const OLDEST_FIRST: &str = "ORDER BY date, time, id";

/// Newest first (date, then time, then the order they were logged), each
/// with its people; two queries, however deep in the log the page lies.
pub(crate) fn touchpoints_of(conn: &Connection, account: AccountId, page: LogPage<'_>) -> Result<Vec<Touchpoint>> {
    let limit = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
    let (condition, order, limit, from) = match page {
        LogPage::All => ("1", NEWEST_FIRST, -1, None),
        LogPage::Newest(n) => ("1", NEWEST_FIRST, limit(n), None),
        LogPage::Older(t, n) => (OLDER, NEWEST_FIRST, limit(n), Some(t)),
        LogPage::Newer(t, n) => (NEWER, OLDEST_FIRST, limit(n), Some(t)),
        LogPage::From(t, n) => (FROM, NEWEST_FIRST, limit(n), Some(t)),
        LogPage::Oldest(n) => ("1", OLDEST_FIRST, limit(n), None),
    };
    let key = from.map(|t| (SqlDate(t.date), t.time.map(SqlTime), t.id));
    let mut params: Vec<(&str, &dyn ToSql)> = vec![(":account", &account), (":limit", &limit)];
    if let Some((date, time, id)) = &key {
        params.extend([(":date", date as &dyn ToSql), (":time", time), (":id", id)]);
    }
    let chosen = format!(
        "SELECT id FROM touchpoints INDEXED BY touchpoints_account_date
          WHERE account_id = :account AND {condition} {order} LIMIT :limit"
    );

    let mut links = conn.prepare_cached(&format!(
        "SELECT tp.touchpoint_id, tp.person_id FROM touchpoint_people tp
          WHERE tp.touchpoint_id IN ({chosen})
          ORDER BY tp.touchpoint_id, tp.position"
    ))?;
    let people =
        TookPart(links.query_map(params.as_slice(), |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?);

    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {TOUCHPOINT_COLUMNS} FROM touchpoints INDEXED BY touchpoints_account_date
          WHERE account_id = :account AND {condition} {order} LIMIT :limit"
    ))?;
    let rows = stmt.query_map(params.as_slice(), |row| touchpoint_from_row(row, &people))?;
    let mut read: Vec<Touchpoint> = rows.collect::<rusqlite::Result<_>>()?;
    if order == OLDEST_FIRST {
        read.reverse();
    }
    Ok(read)
}

/// How many touchpoints of the account's log are newer than `touchpoint`:
/// where it stands in the log (0 is the newest).
pub(crate) fn newer_count(conn: &Connection, account: AccountId, touchpoint: &Touchpoint) -> Result<usize> {
    let time = touchpoint.time.map(SqlTime);
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT count(*) FROM touchpoints INDEXED BY touchpoints_account_date WHERE account_id = :account AND {NEWER}"
    ))?;
    let params: [(&str, &dyn ToSql); 4] =
        [(":account", &account), (":date", &SqlDate(touchpoint.date)), (":time", &time), (":id", &touchpoint.id)];
    let count: i64 = stmt.query_row(params.as_slice(), |r| r.get(0))?;
    Ok(usize::try_from(count).unwrap_or(0))
}

const TOUCHPOINT_COLUMNS: &str = "id, account_id, date, time, channel, summary, outcome, reason, next_step,
     next_step_due, next_step_done, uid, revision, followed_by";

/// Who took part in each touchpoint read, by touchpoint id, in the order
/// they were named: sorted, so a long log needs no hashing to match them.
struct TookPart(Vec<(TouchpointId, PersonId)>);

impl TookPart {
    fn of(&self, id: TouchpointId) -> Vec<PersonId> {
        let from = self.0.partition_point(|(t, _)| *t < id);
        self.0[from..].iter().take_while(|(t, _)| *t == id).map(|(_, p)| *p).collect()
    }
}

fn touchpoint_from_row(row: &rusqlite::Row<'_>, people: &TookPart) -> rusqlite::Result<Touchpoint> {
    let id: TouchpointId = row.get(0)?;
    Ok(Touchpoint {
        id,
        account_id: row.get(1)?,
        date: row.date(2)?,
        time: row.opt_time(3)?,
        channel: row.get(4)?,
        people: people.of(id),
        summary: row.get(5)?,
        outcome: row.get(6)?,
        reason: row.get(7)?,
        next_step: row.get(8)?,
        next_step_due: row.opt_date(9)?,
        next_step_done: row.opt_date(10)?,
        stamp: row.stamp(11)?,
        followed_by: row.get(13)?,
    })
}

/// One touchpoint with who took part.
pub(crate) fn touchpoint_by_id(conn: &Connection, id: TouchpointId) -> Result<Touchpoint> {
    let mut links =
        conn.prepare_cached("SELECT person_id FROM touchpoint_people WHERE touchpoint_id = ?1 ORDER BY position")?;
    let took_part = links.query_map([id], |r| Ok((id, r.get(0)?)))?.collect::<rusqlite::Result<_>>()?;
    let people = TookPart(took_part);
    conn.prepare_cached(&format!("SELECT {TOUCHPOINT_COLUMNS} FROM touchpoints WHERE id = ?1"))?
        .query_row([id], |row| touchpoint_from_row(row, &people))
        .optional()?
        .ok_or_else(|| StoreError::not_found("touchpoint", id.0))
}

/// The length of an account's log, kept on the account by triggers.
pub(crate) fn touchpoint_count(conn: &Connection, account: AccountId) -> Result<usize> {
    let mut stmt = conn.prepare_cached("SELECT touchpoint_count FROM accounts WHERE id = ?1")?;
    Ok(stmt.query_row([account], |r| r.get(0))?)
}
