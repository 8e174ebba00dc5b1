//! Sales history: what each account bought, month by month.
//!
//! Amounts, profits and volumes are whole hundredths (`1 250,50` is 125050),
//! so nothing typed or imported is ever rounded; a negative amount is a
//! return and counts as one.

use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::ids::AccountId;

/// A calendar month, ordered in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    pub year: i32,
    /// 1 to 12.
    pub month: u32,
}

impl Month {
    pub fn new(year: i32, month: u32) -> Option<Month> {
        ((1..=12).contains(&month) && (1..=9999).contains(&year)).then_some(Month { year, month })
    }

    /// The month a day falls in.
    pub fn of(day: NaiveDate) -> Month {
        Month { year: day.year(), month: day.month() }
    }

    /// `2026-10` (as stored), `10/2026`, `10.2026`, or a whole date
    /// (`2026-10-31`, `31.10.2026`, `31/10/2026`).
    pub fn parse(text: &str) -> Option<Month> {
        let text = text.trim();
        let number = |s: &str| s.trim().parse::<u32>().ok().filter(|_| s.trim().bytes().all(|b| b.is_ascii_digit()));
        if let Some((y, m)) = text.split_once('-').filter(|(y, m)| y.len() == 4 && m.len() <= 2) {
            return Month::new(number(y)? as i32, number(m)?);
        }
        if let Some((m, y)) = text.split_once(['/', '.']).filter(|(m, y)| m.len() <= 2 && y.len() == 4) {
            return Month::new(number(y)? as i32, number(m)?);
        }
        ["%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y"]
            .iter()
            .find_map(|format| NaiveDate::parse_from_str(text, format).ok())
            .map(Month::of)
    }

    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).unwrap_or(NaiveDate::MIN)
    }

    pub fn last_day(self) -> NaiveDate {
        self.next().first_day().pred_opt().unwrap_or(NaiveDate::MAX)
    }

    pub fn next(self) -> Month {
        self.plus(1)
    }

    pub fn previous(self) -> Month {
        self.plus(-1)
    }

    /// This month moved by a number of months (either way).
    pub fn plus(self, months: i32) -> Month {
        let index = self.year * 12 + self.month as i32 - 1 + months;
        Month { year: index.div_euclid(12), month: index.rem_euclid(12) as u32 + 1 }
    }

    /// Months from `self` to `later` (0 when the same, negative when earlier).
    pub fn until(self, later: Month) -> i32 {
        (later.year * 12 + later.month as i32) - (self.year * 12 + self.month as i32)
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl Serialize for Month {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Month {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Month::parse(&text).ok_or_else(|| serde::de::Error::custom(format!("not a month: {text}")))
    }
}

/// A run of months, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Period {
    pub first: Month,
    pub through: Month,
}

impl Period {
    /// The twelve complete calendar months before the one `today` is in:
    /// the analysis' default period, and the window the portfolio ranks by.
    pub fn last_twelve_months(today: NaiveDate) -> Period {
        let through = Month::of(today).previous();
        Period { first: through.plus(-11), through }
    }

    /// A calendar year.
    pub fn year(year: i32) -> Period {
        Period { first: Month { year, month: 1 }, through: Month { year, month: 12 } }
    }

    /// A calendar year as far as it is complete on `today`: the current
    /// year ends with last month (a month under way would count as a month
    /// of low sales), a later year is empty.
    pub fn calendar_year(year: i32, today: NaiveDate) -> Period {
        let whole = Period::year(year);
        Period { through: whole.through.min(Month::of(today).previous()), ..whole }
    }

    pub fn contains(self, month: Month) -> bool {
        self.first <= month && month <= self.through
    }

    /// How many months it spans.
    pub fn months(self) -> u32 {
        (self.first.until(self.through) + 1).max(0) as u32
    }

    /// Every month of the period, oldest first.
    pub fn iter(self) -> impl Iterator<Item = Month> {
        (0..self.months() as i32).map(move |i| self.first.plus(i))
    }
}

/// One line of the history: an account's sales of one product in one month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sale {
    pub account_id: AccountId,
    pub month: Month,
    /// Empty when the source names no product.
    #[serde(default)]
    pub product: String,
    /// Hundredths of the account's currency; negative for a return.
    pub amount: i64,
    /// Hundredths, where known.
    #[serde(default)]
    pub profit: Option<i64>,
    /// Hundredths of a unit, where known.
    #[serde(default)]
    pub volume: Option<i64>,
}

/// An account's total of one month, over all products.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct MonthTotal {
    pub month: Month,
    pub amount: i64,
    pub profit: Option<i64>,
}

/// What writing sales does to one account's month: the rows it held and
/// the rows it will hold (each product once).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MonthChange {
    pub account_id: AccountId,
    pub month: Month,
    pub before: Vec<Sale>,
    pub after: Vec<Sale>,
}

impl MonthChange {
    /// The month had no sales before.
    pub fn adds(&self) -> bool {
        self.before.is_empty()
    }

    pub fn total_before(&self) -> i64 {
        self.before.iter().map(|s| s.amount).sum()
    }

    pub fn total_after(&self) -> i64 {
        self.after.iter().map(|s| s.amount).sum()
    }
}

/// Two figures that may be unknown added up: unknown only when both are
/// (a month's profit is known when any of its rows names one).
pub fn add_optional(a: Option<i64>, b: Option<i64>) -> Option<i64> {
    match (a, b) {
        (None, None) => None,
        (a, b) => Some(a.unwrap_or(0).saturating_add(b.unwrap_or(0))),
    }
}

/// The rows of one account, month and product added up (a file may list
/// every sale), in account, month and product order.
pub fn totals(rows: &[Sale]) -> Vec<Sale> {
    let mut sorted: Vec<&Sale> = rows.iter().collect();
    sorted.sort_by(|a, b| (a.account_id, a.month, &a.product).cmp(&(b.account_id, b.month, &b.product)));
    let mut out: Vec<Sale> = Vec::with_capacity(sorted.len());
    for row in sorted {
        match out.last_mut() {
            Some(last) if (last.account_id, last.month, &last.product) == (row.account_id, row.month, &row.product) => {
                last.amount = last.amount.saturating_add(row.amount);
                last.profit = add_optional(last.profit, row.profit);
                last.volume = add_optional(last.volume, row.volume);
            }
            _ => out.push(row.clone()),
        }
    }
    out
}

/// The changes that set, in every account-month named in `incoming`, the
/// rows of the products `incoming` names to its totals for them; rows of
/// products it does not name stay as they are (importing the same file
/// twice changes nothing; a corrected file replaces the products it covers).
/// `current` holds the stored rows of those months. Unchanged months are
/// left out. A change's `before` and `after` hold the whole month.
pub fn replacements(current: &[Sale], incoming: &[Sale]) -> Vec<MonthChange> {
    let incoming = totals(incoming);
    let current = totals(current);
    // Both sorted by account, month and product: one walk through each.
    let key = |s: &Sale| (s.account_id, s.month);
    let mut changes = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < incoming.len() {
        let at = key(&incoming[i]);
        let end = incoming[i..].iter().position(|s| key(s) != at).map_or(incoming.len(), |n| i + n);
        while j < current.len() && key(&current[j]) < at {
            j += 1;
        }
        let stored_end = current[j..].iter().position(|s| key(s) != at).map_or(current.len(), |n| j + n);
        let (before, named) = (&current[j..stored_end], &incoming[i..end]);
        let kept = before.iter().filter(|s| !named.iter().any(|n| n.product == s.product));
        let after = totals(&kept.chain(named).cloned().collect::<Vec<_>>());
        if before != after.as_slice() {
            changes.push(MonthChange { account_id: at.0, month: at.1, before: before.to_vec(), after });
        }
        (i, j) = (end, stored_end);
    }
    changes
}

/// The change that adds one sale to its month (to the row of its product,
/// if the month has one).
pub fn addition(current_month: &[Sale], sale: &Sale) -> MonthChange {
    let before = totals(current_month);
    let mut rows = before.clone();
    rows.push(sale.clone());
    MonthChange { account_id: sale.account_id, month: sale.month, before, after: totals(&rows) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn months_are_read_in_the_forms_accounting_files_use() {
        let october = Month { year: 2026, month: 10 };
        for text in ["2026-10", "10/2026", "10.2026", "2026-10-31", "31.10.2026", " 2026-10 "] {
            assert_eq!(Month::parse(text), Some(october), "{text}");
        }
        for text in ["2026-13", "13/2026", "2026", "", "октябрь", "2026-1x", "0/2026"] {
            assert_eq!(Month::parse(text), None, "{text}");
        }
    }

    #[test]
    fn months_count_across_years() {
        let january = Month { year: 2026, month: 1 };
        assert_eq!(january.previous(), Month { year: 2025, month: 12 });
        assert_eq!(january.plus(-13), Month { year: 2024, month: 12 });
        assert_eq!(january.plus(23), Month { year: 2027, month: 12 });
        assert_eq!(january.until(Month { year: 2027, month: 3 }), 14);
        assert_eq!(Month { year: 2026, month: 2 }.last_day(), day(2026, 2, 28));
        assert_eq!(Month { year: 2026, month: 12 }.last_day(), day(2026, 12, 31));
    }

    fn sale(account: i64, month: &str, product: &str, amount: i64) -> Sale {
        Sale {
            account_id: AccountId(account),
            month: Month::parse(month).unwrap(),
            product: product.into(),
            amount,
            profit: None,
            volume: None,
        }
    }

    #[test]
    fn rows_of_one_account_month_and_product_add_up() {
        let mut a = sale(1, "2026-10", "", 100);
        a.profit = Some(10);
        let rows = [a, sale(1, "2026-10", "", -30), sale(1, "2026-10", "Sensors", 5), sale(2, "2026-10", "", 7)];
        let t = totals(&rows);
        assert_eq!(t.len(), 3);
        assert_eq!((t[0].amount, t[0].profit), (70, Some(10)));
    }

    #[test]
    fn importing_the_same_rows_twice_changes_nothing_and_a_correction_replaces_its_products() {
        let file = [sale(1, "2026-10", "", 100), sale(1, "2026-10", "", 50), sale(1, "2026-11", "", 10)];
        let first = replacements(&[], &file);
        assert_eq!(first.len(), 2);
        assert!(first.iter().all(MonthChange::adds));
        let stored: Vec<Sale> = first.iter().flat_map(|c| c.after.clone()).collect();
        assert!(replacements(&stored, &file).is_empty());
        // Another product in October: the month's other product stays.
        let sensors = [sale(1, "2026-10", "Sensors", 140)];
        let change = replacements(&stored, &sensors);
        assert_eq!(change.len(), 1);
        assert!(!change[0].adds());
        assert_eq!(change[0].total_before(), 150);
        assert_eq!(change[0].after, [sale(1, "2026-10", "", 150), sale(1, "2026-10", "Sensors", 140)]);
        let stored: Vec<Sale> = [change[0].after.clone(), vec![sale(1, "2026-11", "", 10)]].concat();
        assert!(replacements(&stored, &sensors).is_empty(), "twice changes nothing");
        // A corrected file replaces the products it names, and only them.
        let change = replacements(&stored, &[sale(1, "2026-10", "Sensors", 120)]);
        assert_eq!(change.len(), 1);
        assert_eq!(change[0].total_before(), 290);
        assert_eq!(change[0].after, [sale(1, "2026-10", "", 150), sale(1, "2026-10", "Sensors", 120)]);
    }

    #[test]
    fn an_addition_adds_to_the_row_of_its_product() {
        let month = [sale(1, "2026-10", "", 100)];
        let change = addition(&month, &sale(1, "2026-10", "", 25));
        assert_eq!(change.after, [sale(1, "2026-10", "", 125)]);
        assert_eq!(addition(&month, &sale(1, "2026-10", "X", 1)).after.len(), 2);
    }

    #[test]
    fn the_default_period_is_the_twelve_complete_months_before_this_one() {
        let period = Period::last_twelve_months(day(2026, 12, 1));
        assert_eq!(period.first, Month { year: 2025, month: 12 });
        assert_eq!(period.through, Month { year: 2026, month: 11 });
        assert_eq!(period.months(), 12);
        assert_eq!(period.iter().count(), 12);
        assert!(!period.contains(Month { year: 2026, month: 12 }));
        let january = Period::last_twelve_months(day(2027, 1, 31));
        assert_eq!(january.through, Month { year: 2026, month: 12 });
        assert_eq!(Period::year(2026).months(), 12);
        let so_far = Period::calendar_year(2026, day(2026, 12, 1));
        assert_eq!((so_far.through, so_far.months()), (Month { year: 2026, month: 11 }, 11));
        assert_eq!(Period::calendar_year(2025, day(2026, 12, 1)).months(), 12);
        assert_eq!(Period::calendar_year(2027, day(2026, 12, 1)).months(), 0);
        assert_eq!(Period::calendar_year(2026, day(2026, 1, 15)).months(), 0);
    }
}
