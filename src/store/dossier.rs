//! A whole dossier at once: loading one for the screen, inserting one (the
//! sample portfolio, an import) in a single transaction.

use std::collections::HashMap;

use super::Store;
use super::accounts::{insert_account, load_account};
use super::competitors::{competitors_of, insert_competitor};
use super::error::{Result, StoreError};
use super::people::{insert_person, people_of, set_reports_to};
use super::plan::{insert_milestone, insert_objective, milestones_of, objectives_of};
use super::revisions::text_revisions;
use super::texts::{plan_texts, set_plan_text};
use super::touchpoints::{LogPage, insert_touchpoint, newer_count, touchpoint_count, touchpoints_of};
use crate::domain::{AccountId, Dossier, PersonId, PlanSection, Touchpoint};

impl Store {
    /// Everything about one account: objectives by year and product,
    /// milestones by due date, people and competitors by name, touchpoints
    /// newest first with the ids of the people who took part.
    pub fn load_dossier(&self, id: AccountId) -> Result<Dossier> {
        self.load_dossier_page(id, LogPage::All)
    }

    /// A dossier with only the newest `log_limit` touchpoints, and how many
    /// the log holds in all: what the workbench needs to show a screen.
    pub fn load_dossier_recent(&self, id: AccountId, log_limit: usize) -> Result<(Dossier, usize)> {
        let dossier = self.load_dossier_page(id, LogPage::Newest(log_limit))?;
        let total = if dossier.touchpoints.len() < log_limit {
            dossier.touchpoints.len()
        } else {
            touchpoint_count(&self.conn, id)?
        };
        Ok((dossier, total))
    }

    /// The `limit` touchpoints of an account's log just older than `than`, newest first.
    pub fn touchpoints_older(&self, id: AccountId, than: &Touchpoint, limit: usize) -> Result<Vec<Touchpoint>> {
        touchpoints_of(&self.conn, id, LogPage::Older(than, limit))
    }

    /// The `limit` touchpoints of an account's log just newer than `than`, newest first.
    pub fn touchpoints_newer(&self, id: AccountId, than: &Touchpoint, limit: usize) -> Result<Vec<Touchpoint>> {
        touchpoints_of(&self.conn, id, LogPage::Newer(than, limit))
    }

    /// `from` (or where it stood, if it has gone) and the older ones, `limit` in all, newest first.
    pub fn touchpoints_from(&self, id: AccountId, from: &Touchpoint, limit: usize) -> Result<Vec<Touchpoint>> {
        touchpoints_of(&self.conn, id, LogPage::From(from, limit))
    }

    /// The newest `limit` touchpoints of an account's log, newest first.
    pub fn newest_touchpoints(&self, id: AccountId, limit: usize) -> Result<Vec<Touchpoint>> {
        touchpoints_of(&self.conn, id, LogPage::Newest(limit))
    }

    /// The oldest `limit` touchpoints of an account's log, newest first.
    pub fn oldest_touchpoints(&self, id: AccountId, limit: usize) -> Result<Vec<Touchpoint>> {
        touchpoints_of(&self.conn, id, LogPage::Oldest(limit))
    }

    /// Where `touchpoint` stands in its account's log: how many are newer.
    pub fn touchpoints_newer_count(&self, id: AccountId, touchpoint: &Touchpoint) -> Result<usize> {
        newer_count(&self.conn, id, touchpoint)
    }

    fn load_dossier_page(&self, id: AccountId, log: LogPage<'_>) -> Result<Dossier> {
        // One read transaction: all parts come from the same snapshot even
        // when another connection writes in between.
        let tx = self.conn.unchecked_transaction()?;
        let account = load_account(&tx, id)?;
        let (charter, situation, strategy) = plan_texts(&tx, id)?;
        let dossier = Dossier {
            account,
            charter,
            situation,
            strategy,
            objectives: objectives_of(&tx, id)?,
            milestones: milestones_of(&tx, id)?,
            people: people_of(&tx, id)?,
            competitors: competitors_of(&tx, id)?,
            touchpoints: touchpoints_of(&tx, id, log)?,
            sales: super::sales::sales_of(&tx, id)?,
            text_revisions: text_revisions(&tx, id)?,
        };
        tx.commit()?;
        Ok(dossier)
    }

    /// Inserts a whole dossier as a new account, all or nothing, and returns
    /// the new account's id. The ids inside the dossier are local to it: a
    /// `reports_to` or a touchpoint's people refer to `dossier.people[i].id`,
    /// and are mapped to the new rows. Other ids and `account_id`s are ignored.
    pub fn insert_dossier(&mut self, dossier: &Dossier) -> Result<AccountId> {
        self.write(|tx| {
            let id = insert_dossier(tx, dossier)?;
            super::accounts::record_created(tx, id)?;
            Ok(id)
        })
    }

    /// Inserts many dossiers in one transaction (a generated portfolio):
    /// all of them or none. Returns how many were inserted.
    pub fn insert_dossiers(&mut self, dossiers: impl IntoIterator<Item = Dossier>) -> Result<usize> {
        self.insert_dossiers_watched(dossiers, 0, &mut |_, _| true)
    }

    /// The same, telling `go_on` how many of `total` are in after each one
    /// (and once more before the commit); when it answers false, nothing is
    /// written and the answer is [`StoreError::Interrupted`].
    pub fn insert_dossiers_watched(
        &mut self,
        dossiers: impl IntoIterator<Item = Dossier>,
        total: usize,
        go_on: super::GoOn<'_>,
    ) -> Result<usize> {
        self.write(|tx| {
            let count = super::sales::with_bulk_cache(tx, || {
                with_bulk_inserts(tx, || {
                    let mut count = 0;
                    for dossier in dossiers {
                        if !go_on(count, total) {
                            return Err(StoreError::Interrupted);
                        }
                        insert_dossier(tx, &dossier)?;
                        count += 1;
                    }
                    Ok(count)
                })
            })?;
            if !go_on(count, total) {
                return Err(StoreError::Interrupted);
            }
            Ok(count)
        })
    }
}

/// Runs `insert`, which adds new accounts with everything in them, with the
/// search index and the accounts' log summaries brought up to date in bulk
/// at the end instead of by a trigger per row. New rows only: `insert` must
/// not change rows that existed before it.
pub(crate) fn with_bulk_inserts<T>(tx: &rusqlite::Connection, insert: impl FnOnce() -> Result<T>) -> Result<T> {
    with_bulk_log_summary(tx, || super::search::with_bulk_index(tx, || super::sales::with_bulk_new_sales(tx, insert)))
}

fn insert_dossier(tx: &rusqlite::Transaction<'_>, dossier: &Dossier) -> Result<AccountId> {
    let account = insert_account(tx, &dossier.account)?;
    for section in PlanSection::ALL {
        set_plan_text(tx, account, section, dossier.plan_text(section))?;
    }
    for objective in &dossier.objectives {
        insert_objective(tx, account, objective)?;
    }
    for milestone in &dossier.milestones {
        insert_milestone(tx, account, milestone)?;
    }

    let mut people = LocalIds::default();
    let mut new_ids = Vec::with_capacity(dossier.people.len());
    for person in &dossier.people {
        let id = insert_person(tx, account, person)?;
        people.add(person.id, id);
        new_ids.push(id);
    }
    for (person, new_id) in dossier.people.iter().zip(&new_ids) {
        if let Some(boss) = person.reports_to {
            let boss = people.resolve(boss, &person.name)?;
            set_reports_to(tx, account, *new_id, boss)?;
        }
    }

    for competitor in &dossier.competitors {
        insert_competitor(tx, account, competitor)?;
    }
    // Oldest first, so ids grow with time as if logged one by one.
    for touchpoint in dossier.touchpoints.iter().rev() {
        let took_part = touchpoint
            .people
            .iter()
            .map(|local| people.resolve(*local, &touchpoint.summary))
            .collect::<Result<Vec<_>>>()?;
        insert_touchpoint(tx, account, touchpoint, &took_part)?;
    }
    super::sales::insert_sales(tx, account, &dossier.sales)?;
    Ok(account)
}

/// Inserts new accounts with their logs while the triggers that keep each
/// account's last contact and log length, each person's last contact and
/// the contacts per month and the refusals per month (schemas 4, 10 and
/// 15) are set aside (dropped and
/// created again from their own SQL, in the same transaction); the new
/// accounts' summaries are then computed once, as the migrations do.
/// For new accounts only: `insert` must not add touchpoints to existing ones.
fn with_bulk_log_summary<T>(tx: &rusqlite::Connection, insert: impl FnOnce() -> Result<T>) -> Result<T> {
    const TRIGGERS: [&str; 4] = [
        "touchpoints_last_insert",
        "touchpoint_people_last_insert",
        "touchpoints_mix_insert",
        "touchpoints_refusals_insert",
    ];
    let mut saved = Vec::with_capacity(TRIGGERS.len());
    for name in TRIGGERS {
        let sql: String =
            tx.query_row("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?1", [name], |r| r.get(0))?;
        saved.push(sql);
    }
    let mark: i64 = tx.query_row("SELECT coalesce(max(id), 0) FROM accounts", [], |r| r.get(0))?;
    for name in TRIGGERS {
        tx.execute_batch(&format!("DROP TRIGGER {name}"))?;
    }
    let value = insert()?;
    tx.execute(
        "UPDATE accounts
            SET last_touchpoint = (SELECT max(t.date) FROM touchpoints t WHERE t.account_id = accounts.id),
                touchpoint_count = (SELECT count(*) FROM touchpoints t WHERE t.account_id = accounts.id)
          WHERE id > ?1",
        [mark],
    )?;
    tx.execute(
        "UPDATE people SET last_contact = x.last
           FROM (SELECT tp.person_id AS id, max(t.date) AS last
                   FROM touchpoints t JOIN touchpoint_people tp ON tp.touchpoint_id = t.id
                  WHERE t.account_id > ?1 GROUP BY tp.person_id) AS x
          WHERE people.id = x.id",
        [mark],
    )?;
    tx.execute(
        "INSERT INTO contact_months (month, channel, outcome, count)
         SELECT substr(date, 1, 7), channel, coalesce(outcome, ''), count(*) FROM touchpoints
          WHERE account_id > ?1 GROUP BY 1, 2, 3
         ON CONFLICT (month, channel, outcome) DO UPDATE SET count = count + excluded.count",
        [mark],
    )?;
    tx.execute(
        "INSERT INTO refusal_months (month, reason, count, first)
         SELECT substr(date, 1, 7), reason, count(*), min(date) FROM touchpoints
          WHERE account_id > ?1 AND outcome IN ('refusal', 'deal_lost') GROUP BY 1, 2
         ON CONFLICT (month, reason) DO UPDATE SET count = count + excluded.count, first = min(first, excluded.first)",
        [mark],
    )?;
    for sql in saved {
        tx.execute_batch(&sql)?;
    }
    Ok(value)
}

/// Local person ids of a dossier mapped to the ids of the inserted rows.
/// A local id given to two people is ambiguous, and an error only if used.
#[derive(Default)]
struct LocalIds {
    map: HashMap<PersonId, Option<PersonId>>,
}

impl LocalIds {
    fn add(&mut self, local: PersonId, stored: PersonId) {
        self.map.entry(local).and_modify(|slot| *slot = None).or_insert(Some(stored));
    }

    /// `whose` names what refers to the person, for the error sentence.
    fn resolve(&self, local: PersonId, whose: &str) -> Result<PersonId> {
        match self.map.get(&local) {
            Some(Some(stored)) => Ok(*stored),
            Some(None) => {
                Err(StoreError::Invalid(crate::t!("err-dossier-person-twice", whose = short(whose), person = local.0)))
            }
            None => Err(StoreError::Invalid(crate::t!(
                "err-dossier-person-unknown",
                whose = short(whose),
                person = local.0
            ))),
        }
    }
}

/// The start of a text, to name it in a sentence.
fn short(text: &str) -> String {
    let first_line = text.lines().next().unwrap_or_default();
    let mut out: String = first_line.chars().take(40).collect();
    if out.chars().count() < first_line.chars().count() {
        out.push('…');
    }
    crate::domain::text::clean_line(&out)
}
