//! What the analysis screen and the reports read: the sales analysis of a
//! period, plan against actual, the loss report and the activity. Each is
//! one read; the rules that judge them live in `domain::analysis`.

use std::collections::HashMap;

use unicode_width::UnicodeWidthStr;

use chrono::NaiveDate;

use super::Store;
use super::codec::RowExt;
use super::error::Result;
use super::plan::{OBJECTIVE_COLUMNS, objective_from_row};
use crate::domain::analysis::activity::{Activity, Coverage, Mix, Rhythm, counts_for_coverage, uncovered};
use crate::domain::analysis::{
    Actual, AnalysisSettings, Basis, Closed, Lapse, LapsingRule, LossReport, Measures, PlanLine, PlanTally, PlanTotals,
    ProductYear, SalesAnalysis, WinBack, actual_for, lapse,
};
use crate::domain::sales::{Month, Period};
use crate::domain::{AccountId, AccountStatus, BuyingRole, CadenceDefaults, Channel, Choice, Outcome, cadence_of};

impl Store {
    /// Pareto, ABC-XYZ and the health of the base over `period`, in one
    /// currency: `currencies.1` when some account is in it, else the
    /// currency of most accounts; `currencies.0` is the settings' default
    /// (the currency of accounts that name none).
    pub fn sales_analysis(
        &self,
        period: Period,
        basis: Basis,
        settings: &AnalysisSettings,
        currencies: (Option<&str>, Option<&str>),
    ) -> Result<SalesAnalysis> {
        let accounts = self.analysis_accounts(period)?;
        let all: usize = self.conn.query_row("SELECT count(*) FROM accounts", [], |r| r.get(0))?;
        Ok(SalesAnalysis::new(&accounts, all - accounts.len(), period, basis, settings, currencies))
    }

    /// Every objective of `year` beside what its account sold that year
    /// (the year's totals per account and product the triggers keep), by
    /// account name: every page of [`Store::plan_page`] at once.
    pub fn plan_lines(&self, year: i32, today: NaiveDate) -> Result<Vec<PlanLine>> {
        self.plan_page(year, today, 0, None)
    }

    /// What the Plan tab needs of every objective of `year` before it shows
    /// a few of them: how many there are, the totals per currency (in the
    /// lines' order, as [`plan_totals`](crate::domain::analysis::plan_totals)
    /// adds them), how far each is and the widest account name, read
    /// without making a line of any of them.
    pub fn plan_year(&self, year: i32, today: NaiveDate, default: Option<&str>) -> Result<PlanYear> {
        // Each objective's account and measures, in account order.
        let mut stmt = self.conn.prepare_cached(
            "SELECT account_id, product, planned_volume, expected_profit FROM objectives INDEXED BY objectives_plan
              WHERE year = ?1 ORDER BY account_id, id",
        )?;
        let mut sold_stmt = YearSales::statement(&self.conn)?;
        let mut sold = YearSales::new(&mut sold_stmt, year)?;
        let mut measured: Vec<(AccountId, Measures, Actual)> = Vec::new();
        let mut rows = stmt.query([year])?;
        while let Some(r) = rows.next()? {
            let account: AccountId = r.get(0)?;
            let actual = actual_for(text(r, 1)?, sold.of(account)?);
            let measures = Measures::of(year, text(r, 2)?, r.get(3)?, &actual, today);
            measured.push((account, measures, actual));
        }
        // Then in the accounts' name order, as the lines are shown.
        let mut tally = PlanTally::default();
        let mut longest_name = 0;
        if !measured.is_empty() {
            let mut stmt = self.conn.prepare_cached(
                "SELECT id, name, currency FROM accounts INDEXED BY accounts_named ORDER BY name_key, id",
            )?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                let account: AccountId = r.get(0)?;
                let from = measured.partition_point(|(a, ..)| *a < account);
                let to = from + measured[from..].partition_point(|(a, ..)| *a == account);
                if from == to {
                    continue;
                }
                // No name is wider than its bytes are many: most need no measuring.
                let name = text(r, 1)?;
                if name.len() > longest_name {
                    longest_name = longest_name.max(name.width());
                }
                let currency = optional_text(r, 2)?.or(default);
                for (_, measures, actual) in &measured[from..to] {
                    tally.add(account, currency, measures.profit, actual);
                }
            }
        }
        Ok(PlanYear {
            count: measured.len(),
            totals: tally.totals(),
            measures: measured.into_iter().map(|(_, m, _)| m).collect(),
            longest_name,
        })
    }

    /// `limit` lines (None: all) of `year`'s plan from the `offset`-th, by
    /// account name: the names' index walked, each account's objectives
    /// from the year's index and its sales of the year from theirs.
    pub fn plan_page(&self, year: i32, today: NaiveDate, offset: usize, limit: Option<usize>) -> Result<Vec<PlanLine>> {
        let columns = OBJECTIVE_COLUMNS.split(", ").map(|c| format!("o.{c}")).collect::<Vec<_>>().join(", ");
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {columns}, a.name, a.currency FROM accounts a INDEXED BY accounts_named
               JOIN objectives o INDEXED BY objectives_year ON o.year = ?1 AND o.account_id = a.id
              ORDER BY a.name_key, a.id, o.id LIMIT ?2 OFFSET ?3"
        ))?;
        let name_at = OBJECTIVE_COLUMNS.split(", ").count();
        let mut sold = self.conn.prepare_cached(
            "SELECT product, amount, profit, profit_rows, volume, volume_rows FROM sales_years
              WHERE year = ?1 AND account_id = ?2",
        )?;
        let mut lines = Vec::with_capacity(limit.unwrap_or(0));
        // LIMIT -1: no limit.
        let limit = limit.map_or(-1, |n| i64::try_from(n).unwrap_or(i64::MAX));
        let mut rows = stmt.query(rusqlite::params![year, limit, offset])?;
        while let Some(r) = rows.next()? {
            let objective = objective_from_row(r)?;
            let rows: Vec<ProductYear> = sold
                .query_map(rusqlite::params![year, objective.account_id], |r| product_year(r, 0))?
                .collect::<rusqlite::Result<_>>()?;
            let actual = actual_for(&objective.product, &rows);
            lines.push(PlanLine::new(objective, r.get(name_at)?, r.get(name_at + 1)?, actual, today));
        }
        Ok(lines)
    }

    /// Lost and former accounts by quarter and reason, the win-back list,
    /// and the refusals and lost deals logged within `period`.
    pub fn loss_report(&self, period: Period) -> Result<LossReport> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, name, status, closed_on, loss_reason, loss_note, win_back_means, win_back_note, win_back_due
               FROM accounts INDEXED BY accounts_lost WHERE status IN ('lost', 'former')
              ORDER BY closed_on, name_key, id",
        )?;
        let closed: Vec<Closed> = stmt
            .query_map([], |r| {
                Ok(Closed {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    status: r.get::<_, AccountStatus>(2)?,
                    closed_on: r.opt_date(3)?,
                    reason: r.get(4)?,
                    note: r.get(5)?,
                    win_back: match (r.get(6)?, r.opt_date(8)?) {
                        (Some(means), Some(due)) => Some(WinBack { means, note: r.get(7)?, due }),
                        _ => None,
                    },
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        // Counted per reason as typed from the months the triggers keep,
        // the one written first first.
        let mut stmt = self.conn.prepare_cached(
            "SELECT reason, sum(count), min(first) FROM refusal_months
              WHERE month BETWEEN ?1 AND ?2
              GROUP BY reason ORDER BY 3, 1",
        )?;
        let refusals: Vec<(String, usize)> = stmt
            .query_map(rusqlite::params![period.first, period.through], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(LossReport::new(closed, refusals))
    }

    /// The contacts of `period` by channel and outcome, the uncovered
    /// decision makers and influencers of open accounts, and every open
    /// account (largest first) with its contacts per month. `whole` (a
    /// report) reads all of it; else the people are only counted, for
    /// [`Store::coverage_page`] to read as they are shown, and the accounts'
    /// names and months are left for [`Store::rhythms`].
    pub fn activity(
        &self,
        period: Period,
        today: NaiveDate,
        cadence: &CadenceDefaults,
        whole: bool,
    ) -> Result<Activity> {
        let mut by_channel: HashMap<Channel, u32> = HashMap::new();
        let mut by_outcome: HashMap<Option<Outcome>, u32> = HashMap::new();
        let mut total = 0;
        let mut stmt = self.conn.prepare_cached(
            "SELECT channel, outcome, sum(count) FROM contact_months WHERE month BETWEEN ?1 AND ?2 GROUP BY 1, 2",
        )?;
        let mut rows = stmt.query(rusqlite::params![period.first, period.through])?;
        while let Some(r) = rows.next()? {
            let (channel, outcome, n): (Channel, String, u32) = (r.get(0)?, r.get(1)?, r.get(2)?);
            let outcome = Outcome::ALL.iter().copied().find(|o| o.key() == outcome);
            *by_channel.entry(channel).or_default() += n;
            *by_outcome.entry(outcome).or_default() += n;
            total += n;
        }
        let mix = Mix {
            by_channel: Channel::ALL.iter().map(|c| (*c, by_channel.get(c).copied().unwrap_or(0))).collect(),
            by_outcome: std::iter::once(None)
                .chain(Outcome::ALL.iter().copied().map(Some))
                .map(|o| (o, by_outcome.get(&o).copied().unwrap_or(0)))
                .collect(),
            total,
        };
        let mut counts: HashMap<AccountId, Vec<(Month, u32)>> = HashMap::new();
        if whole {
            let mut stmt = self.conn.prepare_cached(
                "SELECT account_id, substr(date, 1, 7), count(*) FROM touchpoints INDEXED BY touchpoints_date
                  WHERE date BETWEEN ?1 AND ?2 GROUP BY 1, 2",
            )?;
            let mut rows = stmt.query(rusqlite::params![first_day(period), last_day(period)])?;
            while let Some(r) = rows.next()? {
                counts.entry(r.get(0)?).or_default().push((r.get(1)?, r.get(2)?));
            }
        }
        // The accounts' names are read with their months: for all of them
        // in a report, else as [`Store::rhythms`] fills the rows shown.
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, CASE WHEN ?1 THEN name END FROM accounts WHERE status NOT IN ('lost', 'former')
              ORDER BY ranked_sales DESC NULLS LAST, name_key, id",
        )?;
        let mut rhythms = Vec::new();
        let mut rows = stmt.query([whole])?;
        while let Some(r) = rows.next()? {
            let id: AccountId = r.get(0)?;
            rhythms.push(if whole {
                Rhythm::of(id, r.get(1)?, counts.get(&id).map_or(&[][..], Vec::as_slice), period)
            } else {
                Rhythm { account_id: id, name: String::new(), months: Vec::new() }
            });
        }
        let mut activity = Activity { rhythms, mix, coverage: Vec::new(), uncovered_count: 0, coverage_from: 0 };
        if whole {
            activity.coverage = self.coverage_page(0, usize::MAX, today, cadence)?;
            activity.uncovered_count = activity.coverage.len();
        } else {
            activity.uncovered_count = self.count_uncovered(today, cadence)?;
        }
        Ok(activity)
    }

    /// How many decision makers and influencers of open accounts are
    /// uncovered on `today`: each open account's standard from its own
    /// index, then every such person's last contact from theirs, no name
    /// read.
    fn count_uncovered(&self, today: NaiveDate, cadence: &CadenceDefaults) -> Result<usize> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, status, client_type, contact_every_days FROM accounts INDEXED BY accounts_standards
              WHERE status NOT IN ('lost', 'former')",
        )?;
        let mut standards: HashMap<AccountId, Option<crate::domain::Cadence>> = HashMap::new();
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            standards.insert(r.get(0)?, cadence_of(r.get(1)?, r.get(2)?, r.get(3)?, cadence));
        }
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT account_id, last_contact FROM people INDEXED BY people_coverage WHERE role IN ({})",
            coverage_roles()
        ))?;
        let mut count = 0;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let Some(standard) = standards.get(&r.get(0)?) else { continue };
            // A contact dated after today (typed ahead) does not cover anyone yet.
            let last_contact = r.opt_date(1)?.filter(|d| *d <= today);
            count += usize::from(uncovered(last_contact, *standard, today));
        }
        Ok(count)
    }

    /// `limit` of the uncovered decision makers and influencers of open
    /// accounts from the `from`-th, by account name and then their own: the
    /// open accounts in name order from their index, each one's people from
    /// theirs, until the page is full.
    pub fn coverage_page(
        &self,
        from: usize,
        limit: usize,
        today: NaiveDate,
        cadence: &CadenceDefaults,
    ) -> Result<Vec<Coverage>> {
        let mut accounts = self.conn.prepare_cached(
            "SELECT id, name, status, client_type, contact_every_days FROM accounts INDEXED BY accounts_standards
              WHERE status NOT IN ('lost', 'former') ORDER BY name_key, id",
        )?;
        let mut people = self.conn.prepare_cached(&format!(
            "SELECT id, name, role, last_contact FROM people INDEXED BY people_coverage
              WHERE account_id = ?1 AND role IN ({})",
            coverage_roles()
        ))?;
        let mut page = Vec::new();
        let mut passed = 0;
        let mut rows = accounts.query([])?;
        while let Some(r) = rows.next()? {
            if page.len() >= limit {
                break;
            }
            let Some(standard) = cadence_of(r.get(2)?, r.get(3)?, r.get(4)?, cadence) else { continue };
            let account_id: AccountId = r.get(0)?;
            let mut found: Vec<Coverage> = Vec::new();
            let mut persons = people.query([account_id])?;
            while let Some(p) = persons.next()? {
                // A contact dated after today (typed ahead) does not cover anyone yet.
                let last_contact = p.opt_date(3)?.filter(|d| *d <= today);
                if !uncovered(last_contact, Some(standard), today) {
                    continue;
                }
                found.push(Coverage {
                    person_id: p.get(0)?,
                    name: p.get(1)?,
                    role: p.get(2)?,
                    account_id,
                    account: String::new(),
                    last_contact,
                    standard_days: Some(standard.max_days),
                    uncovered: true,
                });
            }
            if passed + found.len() <= from {
                passed += found.len();
                continue;
            }
            found.sort_by(|p, q| p.name.cmp(&q.name).then(p.person_id.cmp(&q.person_id)));
            let account: String = r.get(1)?;
            let skip = from.saturating_sub(passed);
            passed += found.len();
            for mut person in found.into_iter().skip(skip).take(limit - page.len()) {
                person.account = account.clone();
                page.push(person);
            }
        }
        Ok(page)
    }

    /// Fills the names and contacts per month of the rhythms at `indexes`
    /// that are not read yet.
    pub fn rhythms(&self, activity: &mut Activity, indexes: std::ops::Range<usize>, period: Period) -> Result<()> {
        let end = indexes.end.min(activity.rhythms.len());
        let mut name = self.conn.prepare_cached("SELECT name FROM accounts WHERE id = ?1")?;
        for rhythm in &mut activity.rhythms[indexes.start.min(end)..end] {
            if rhythm.months.is_empty() {
                rhythm.name = name.query_row([rhythm.account_id], |r| r.get(0))?;
                rhythm.months = self.rhythm(rhythm.account_id, period)?;
            }
        }
        Ok(())
    }

    /// One account's contacts per month over `period` (the dossier's rhythm):
    /// a count of one range of the log's index per month, which stays cheap
    /// for the longest log (grouping its rows by month does not).
    pub fn rhythm(&self, account: AccountId, period: Period) -> Result<Vec<u32>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT count(*) FROM touchpoints WHERE account_id = ?1 AND date BETWEEN ?2 AND ?3")?;
        period
            .iter()
            .map(|month| {
                let (first, last) = (super::codec::date(month.first_day()), super::codec::date(month.last_day()));
                Ok(stmt.query_row(rusqlite::params![account, first, last], |r| r.get(0))?)
            })
            .collect()
    }
}

/// The Plan tab's view of a whole year: see [`Store::plan_year`].
#[derive(Debug, Clone, PartialEq)]
pub struct PlanYear {
    /// How many objectives the year has.
    pub count: usize,
    pub totals: Vec<PlanTotals>,
    /// How far each objective is, in no particular order.
    pub measures: Vec<Measures>,
    /// The widest name of an account with an objective that year, in columns.
    pub longest_name: usize,
}

/// A year's sales per account and product, walked once in account order:
/// each account's rows are asked for in that order.
struct YearSales<'c> {
    rows: rusqlite::Rows<'c>,
    /// The next row not yet handed out, with its account.
    ahead: Option<(AccountId, ProductYear)>,
    /// The rows of the account asked for last.
    current: Vec<ProductYear>,
    current_of: Option<AccountId>,
}

impl<'c> YearSales<'c> {
    /// The statement the walk reads, kept by the caller while it walks.
    fn statement(conn: &rusqlite::Connection) -> Result<rusqlite::CachedStatement<'_>> {
        Ok(conn.prepare_cached(
            "SELECT account_id, product, amount, profit, profit_rows, volume, volume_rows FROM sales_years
              WHERE year = ?1 ORDER BY account_id, product",
        )?)
    }

    fn new(stmt: &'c mut rusqlite::CachedStatement<'_>, year: i32) -> Result<YearSales<'c>> {
        let rows = stmt.query([year])?;
        let mut walk = YearSales { rows, ahead: None, current: Vec::new(), current_of: None };
        walk.ahead = walk.next()?;
        Ok(walk)
    }

    fn next(&mut self) -> Result<Option<(AccountId, ProductYear)>> {
        let Some(r) = self.rows.next()? else { return Ok(None) };
        Ok(Some((r.get(0)?, product_year(r, 1)?)))
    }

    /// The rows of `account`: accounts are asked for in ascending order.
    fn of(&mut self, account: AccountId) -> Result<&[ProductYear]> {
        if self.current_of != Some(account) {
            self.current.clear();
            while let Some((id, row)) = self.ahead.take_if(|(id, _)| *id <= account) {
                if id == account {
                    self.current.push(row);
                }
                self.ahead = self.next()?;
            }
            self.current_of = Some(account);
        }
        Ok(&self.current)
    }
}

/// The text at `column`, borrowed from the row.
fn text<'r>(r: &'r rusqlite::Row<'_>, column: usize) -> rusqlite::Result<&'r str> {
    optional_text(r, column).map(Option::unwrap_or_default)
}

/// The text at `column`, borrowed from the row, or None for NULL.
fn optional_text<'r>(r: &'r rusqlite::Row<'_>, column: usize) -> rusqlite::Result<Option<&'r str>> {
    r.get_ref(column)?
        .as_str_or_null()
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(column, rusqlite::types::Type::Text, Box::new(e)))
}

/// A row of `sales_years` from its `product` column on.
fn product_year(r: &rusqlite::Row<'_>, from: usize) -> rusqlite::Result<ProductYear> {
    let known = |value: i64, rows: i64| (rows > 0).then_some(value);
    Ok(ProductYear {
        product: r.get(from)?,
        amount: r.get(from + 1)?,
        profit: known(r.get(from + 2)?, r.get(from + 3)?),
        volume: known(r.get(from + 4)?, r.get(from + 5)?),
    })
}

/// The roles coverage is judged by, as stored keys for an SQL list (a fixed
/// list, never input).
fn coverage_roles() -> String {
    BuyingRole::ALL
        .iter()
        .filter(|r| counts_for_coverage(Some(**r)))
        .map(|r| format!("'{}'", r.key()))
        .collect::<Vec<_>>()
        .join(", ")
}

fn first_day(period: Period) -> super::codec::SqlDate {
    super::codec::date(period.first.first_day())
}

fn last_day(period: Period) -> super::codec::SqlDate {
    super::codec::date(period.through.last_day())
}

/// An open account's last purchase, as lapsing is judged from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LastPurchase {
    pub id: AccountId,
    pub name: String,
    pub status: AccountStatus,
    pub client_type: crate::domain::KeyClientType,
    /// The last month with a positive total.
    pub month: Month,
}

impl Store {
    /// The open accounts lapsing on `today` by `rule`, the longest without a
    /// purchase first (the oldest last purchase: days are counted from its
    /// month's end), then by name, as the tab and the report list them: only the accounts whose last purchase (kept by the triggers)
    /// is old enough for some key-client type are read, from their index.
    pub fn lapsing(&self, today: NaiveDate, rule: &LapsingRule) -> Result<Vec<(LastPurchase, Lapse)>> {
        let Some(through) = rule.latest_lapsing_month(today) else { return Ok(Vec::new()) };
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, name, status, client_type, sales_last FROM accounts INDEXED BY accounts_lapsing
              WHERE sales_last IS NOT NULL AND status NOT IN ('lost', 'former') AND sales_last <= ?1
              ORDER BY sales_last, name_key, id",
        )?;
        let mut found = Vec::new();
        let mut rows = stmt.query([through])?;
        while let Some(r) = rows.next()? {
            let purchase = LastPurchase {
                id: r.get(0)?,
                name: r.get(1)?,
                status: r.get(2)?,
                client_type: r.get(3)?,
                month: r.get(4)?,
            };
            if let Some(lapse) = lapse(Some(purchase.month), purchase.status, purchase.client_type, today, rule) {
                found.push((purchase, lapse));
            }
        }
        Ok(found)
    }

    /// The day each person of an account was last contacted (up to
    /// `today`), as the triggers of schema 10 keep it on the person: a long
    /// log is not read again.
    pub fn last_contacts(
        &self,
        account: AccountId,
        today: NaiveDate,
    ) -> Result<HashMap<crate::domain::PersonId, NaiveDate>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, last_contact FROM people WHERE account_id = ?1 AND last_contact IS NOT NULL")?;
        let rows = stmt.query_map([account], |r| Ok((r.get(0)?, r.date(1)?)))?;
        Ok(rows
            .collect::<rusqlite::Result<HashMap<crate::domain::PersonId, NaiveDate>>>()?
            .into_iter()
            .filter(|(_, day)| *day <= today)
            .collect())
    }
}
