//! Plan against actual: an annual objective's planned volume and expected
//! profit beside what was sold that year, and the pace against the calendar.

use chrono::{Datelike, NaiveDate};

use crate::domain::sales::add_optional;
use serde::Serialize;

/// How far an objective is: actual against planned, both in hundredths.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct PlanProgress {
    pub planned: i64,
    pub actual: i64,
    /// actual / planned; None without a positive plan.
    pub done: Option<f64>,
    /// actual against the part of the plan the calendar has used up by
    /// today (1.0: on pace); None for a year not begun or without a plan.
    pub pace: Option<f64>,
}

/// The share of `year` gone by the end of `today` (0 before it, 1 after it).
pub fn pace(year: i32, today: NaiveDate) -> f64 {
    if today.year() < year {
        return 0.0;
    }
    if today.year() > year {
        return 1.0;
    }
    let days = if NaiveDate::from_ymd_opt(year, 2, 29).is_some() { 366.0 } else { 365.0 };
    f64::from(today.ordinal()) / days
}

pub fn plan_progress(planned: i64, actual: i64, year: i32, today: NaiveDate) -> PlanProgress {
    let done = (planned > 0).then(|| actual as f64 / planned as f64);
    let gone = pace(year, today);
    let pace = (planned > 0 && gone > 0.0).then(|| actual as f64 / (planned as f64 * gone));
    PlanProgress { planned, actual, done, pace }
}

/// The number a planned volume starts with, in hundredths: "1 200 t" is
/// 120000, "40 licences" 4000, "about 5" nothing (the text is free; only a
/// leading number is a plan to measure against).
pub fn planned_number(text: &str) -> Option<i64> {
    let text = text.trim();
    let end = text
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\'' | ',' | '.')))
        .map_or(text.len(), |(i, _)| i);
    let number = text[..end].trim();
    if number.is_empty() {
        return None;
    }
    crate::l10n::parse_amount(number).ok()
}

/// What was sold against one objective: the account's sales of the
/// objective's year, of its product where the rows name products.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Actual {
    /// Hundredths.
    pub amount: i64,
    pub profit: Option<i64>,
    pub volume: Option<i64>,
    /// The rows were matched by product (else: the account's whole sales).
    pub by_product: bool,
}

/// One year's sales of an account, per product (`""`: unnamed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProductYear {
    pub product: String,
    pub amount: i64,
    pub profit: Option<i64>,
    pub volume: Option<i64>,
}

/// The same product whatever the case and the spaces around it (compared
/// character by character: no copy is made).
fn same_product(a: &str, b: &str) -> bool {
    a.trim().chars().flat_map(char::to_lowercase).eq(b.trim().chars().flat_map(char::to_lowercase))
}

/// The actual sales for an objective of `product`: the rows of that product
/// when the year's rows name products and the objective names one; else
/// every row of the year.
pub fn actual_for(product: &str, rows: &[ProductYear]) -> Actual {
    let named = !product.trim().is_empty() && rows.iter().any(|r| !r.product.trim().is_empty());
    let mut actual = Actual { by_product: named, ..Actual::default() };
    for row in rows.iter().filter(|r| !named || same_product(&r.product, product)) {
        actual.amount += row.amount;
        actual.profit = add_optional(actual.profit, row.profit);
        actual.volume = add_optional(actual.volume, row.volume);
    }
    actual
}

/// An objective beside what was sold.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanLine {
    pub objective: crate::domain::plan::Objective,
    pub account: String,
    pub currency: Option<String>,
    pub actual: Actual,
    /// The planned volume's leading number against the volume sold.
    pub volume: Option<PlanProgress>,
    /// The expected profit against the profit sold.
    pub profit: Option<PlanProgress>,
}

impl PlanLine {
    pub fn new(
        objective: crate::domain::plan::Objective,
        account: String,
        currency: Option<String>,
        actual: Actual,
        today: NaiveDate,
    ) -> PlanLine {
        let Measures { volume, profit } =
            Measures::of(objective.year, &objective.planned_volume, objective.expected_profit, &actual, today);
        PlanLine { objective, account, currency, actual, volume, profit }
    }
}

/// How far an objective is, measured both ways: its planned volume's
/// leading number against the volume sold, its expected profit against
/// the profit sold.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Measures {
    pub volume: Option<PlanProgress>,
    pub profit: Option<PlanProgress>,
}

impl Measures {
    pub fn of(
        year: i32,
        planned_volume: &str,
        expected_profit: Option<i64>,
        actual: &Actual,
        today: NaiveDate,
    ) -> Measures {
        let volume = planned_number(planned_volume)
            .map(|planned| plan_progress(planned, actual.volume.unwrap_or(0), year, today));
        let profit = expected_profit
            .map(|units| plan_progress(units.saturating_mul(100), actual.profit.unwrap_or(0), year, today));
        Measures { volume, profit }
    }
}

/// The totals of a year's plan in one currency.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanTotals {
    /// None: amounts with no currency named.
    pub currency: Option<String>,
    pub objectives: usize,
    /// The profit the objectives that name one expect, hundredths.
    pub planned_profit: i64,
    /// The profit those objectives made, hundredths.
    pub profit: i64,
    /// The sales of the year, hundredths: an account's whole sales count
    /// once, however many of its objectives fall back on them.
    pub sales: i64,
}

impl PlanTotals {
    /// How much of the expected profit is made (0 when none is expected).
    pub fn done(&self) -> f64 {
        if self.planned_profit > 0 { self.profit as f64 / self.planned_profit as f64 } else { 0.0 }
    }
}

/// One line of totals per currency, in the order the currencies first
/// appear (accounts naming none are in `default`): amounts in different
/// currencies are never added up. The screen and the report both show these.
pub fn plan_totals(lines: &[PlanLine], default: Option<&str>) -> Vec<PlanTotals> {
    let mut tally = PlanTally::default();
    for line in lines {
        tally.add(line.objective.account_id, line.currency.as_deref().or(default), line.profit, &line.actual);
    }
    tally.totals()
}

/// The totals of a year's plan added up one objective at a time, in the
/// order the lines are shown: see [`plan_totals`].
#[derive(Debug, Default)]
pub struct PlanTally {
    totals: Vec<PlanTotals>,
    whole_sales_counted: std::collections::HashSet<crate::domain::AccountId>,
}

impl PlanTally {
    /// One objective of `account`, in `currency` (the account's own, else
    /// the default), expecting `profit`, against what was sold.
    pub fn add(
        &mut self,
        account: crate::domain::AccountId,
        currency: Option<&str>,
        profit: Option<PlanProgress>,
        actual: &Actual,
    ) {
        let at = match self.totals.iter().position(|t| t.currency.as_deref() == currency) {
            Some(at) => at,
            None => {
                self.totals.push(PlanTotals {
                    currency: currency.map(str::to_string),
                    objectives: 0,
                    planned_profit: 0,
                    profit: 0,
                    sales: 0,
                });
                self.totals.len() - 1
            }
        };
        let t = &mut self.totals[at];
        t.objectives += 1;
        if let Some(p) = profit {
            t.planned_profit += p.planned;
            t.profit += p.actual;
        }
        if actual.by_product || self.whole_sales_counted.insert(account) {
            t.sales += actual.amount;
        }
    }

    pub fn totals(self) -> Vec<PlanTotals> {
        self.totals
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn progress_and_pace() {
        // Half the plan sold by 2 July (183 of 365 days): just ahead of pace.
        let p = plan_progress(1000, 500, 2026, day(2026, 7, 2));
        assert_eq!(p.done, Some(0.5));
        assert!((p.pace.unwrap() - 500.0 / (1000.0 * 183.0 / 365.0)).abs() < 1e-9);
        assert_eq!(plan_progress(0, 500, 2026, day(2026, 7, 2)).done, None);
        assert_eq!(plan_progress(1000, 0, 2027, day(2026, 7, 2)).pace, None);
        assert_eq!(plan_progress(1000, 1200, 2025, day(2026, 7, 2)).pace, Some(1.2));
        assert_eq!(pace(2028, day(2028, 12, 31)), 1.0);
    }

    fn row(product: &str, amount: i64) -> ProductYear {
        ProductYear { product: product.into(), amount, profit: Some(amount / 10), volume: None }
    }

    #[test]
    fn actuals_match_the_product_where_the_rows_name_one() {
        let rows = [row("Sensors", 100), row("sensors ", 50), row("Racks", 30)];
        let a = actual_for("SENSORS", &rows);
        assert_eq!((a.amount, a.profit, a.by_product), (150, Some(15), true));
        assert_eq!(actual_for("", &rows).amount, 180, "an objective without a product: everything");
        let unnamed = [row("", 70)];
        assert_eq!(actual_for("Sensors", &unnamed).amount, 70, "rows without products: the account's sales");
        assert_eq!(actual_for("Cables", &rows).amount, 0);
    }

    #[test]
    fn a_planned_volume_is_measured_by_its_leading_number() {
        assert_eq!(planned_number("1 200 t"), Some(120_000));
        assert_eq!(planned_number("40 licences"), Some(4_000));
        assert_eq!(planned_number("2 500,5"), Some(250_050));
        assert_eq!(planned_number("about 5"), None);
        assert_eq!(planned_number(""), None);
    }

    #[test]
    fn totals_per_currency_count_an_accounts_whole_sales_once() {
        use crate::domain::ids::{AccountId, ObjectiveId};
        let line = |account: i64, profit: Option<i64>, currency: Option<&str>, amount: i64, by_product: bool| {
            let objective = crate::domain::plan::Objective {
                id: ObjectiveId(0),
                account_id: AccountId(account),
                year: 2026,
                product: String::new(),
                planned_volume: String::new(),
                expected_profit: profit,
                resources: String::new(),
                stamp: Default::default(),
            };
            let actual = Actual { amount, profit: Some(amount / 10), volume: None, by_product };
            PlanLine::new(objective, format!("A{account}"), currency.map(str::to_string), actual, day(2026, 7, 2))
        };
        let lines = [
            // Two objectives of one account, both falling back on its whole sales.
            line(1, Some(100), None, 50_000, false),
            line(1, None, Some("UAH"), 50_000, false),
            // An objective matched by product counts its own rows.
            line(2, Some(300), Some("UAH"), 7_000, true),
            line(2, Some(1), Some("UAH"), 3_000, true),
            line(3, Some(50), Some("EUR"), 20_000, false),
        ];
        let totals = plan_totals(&lines, Some("UAH"));
        assert_eq!(totals.len(), 2, "accounts naming no currency are in the default one: {totals:?}");
        let uah = &totals[0];
        assert_eq!(uah.currency.as_deref(), Some("UAH"));
        assert_eq!(uah.objectives, 4);
        assert_eq!(uah.sales, 50_000 + 7_000 + 3_000);
        assert_eq!(uah.planned_profit, (100 + 300 + 1) * 100, "only objectives expecting a profit");
        assert_eq!(uah.profit, 5_000 + 700 + 300);
        let eur = &totals[1];
        assert_eq!((eur.currency.as_deref(), eur.objectives, eur.sales), (Some("EUR"), 1, 20_000));
        assert!((eur.done() - 2_000.0 / 5_000.0).abs() < 1e-9);
        assert_eq!(plan_totals(&[], None), []);
    }
}
