//! Portfolio analysis from the sales history (DOMAIN.md, "Why key accounts"
//! and "Classifying accounts"): the Pareto line, the ABC-XYZ classes, plan
//! against actual, lapsing and lost customers, the health of the base.
//! Pure functions over plain inputs: the store reads them, the screens,
//! the reports and the check show what these rules say.

pub mod activity;
pub mod classes;
pub mod health;
pub mod losses;
pub mod pareto;
pub mod plan;

pub use activity::{Activity, Coverage, Mix, Rhythm};
pub use classes::{Abc, AbcXyz, Basis, Classes, Matrix, Xyz, classify, classify_largest, coefficient_of_variation};
pub use health::{Buying, Health, health};
pub use losses::{Closed, Lapse, LapsingRule, LossReason, LossReport, Quarter, WinBack, WinBackMeans, lapse};
pub use pareto::{Pareto, ParetoRow, Pointer, pareto};
pub use plan::{
    Actual, Measures, PlanLine, PlanProgress, PlanTally, PlanTotals, ProductYear, actual_for, pace, plan_progress,
    plan_totals, planned_number,
};

use super::account::{AccountStatus, KeyClientType};
use super::ids::AccountId;
use serde::Serialize;

use super::sales::{Month, Period};

/// What one account brings to the analysis over a period.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct AccountSales {
    pub id: AccountId,
    pub name: String,
    pub client_type: KeyClientType,
    pub status: AccountStatus,
    /// Sales over the period, in hundredths.
    pub amount: i64,
    /// Profit over the period, in hundredths; None when no row names one.
    pub profit: Option<i64>,
    /// The sum of the squared monthly totals over the period (their spread).
    pub sum_of_squares: f64,
    /// Months of the period the account was a customer: from its first
    /// month of history (or the period's start) to the period's end; 0 when
    /// it has no history before the period ends.
    pub months: u32,
    /// The first month of the account's history, if it has one.
    pub first: Option<Month>,
    /// Months of the period with a purchase (a positive total).
    pub buying_months: u32,
    /// Months with a purchase, ever.
    pub buying_months_ever: u32,
    /// Its own currency (None: the settings' default).
    pub currency: Option<String>,
}

/// The currency an account's amounts are in: its own, else the default
/// (None when neither is known).
pub fn currency_of(own: Option<&str>, default: Option<&str>) -> Option<String> {
    own.or(default).map(str::to_string)
}

/// The currencies of the accounts, most accounts first (then the larger
/// total, then the code): amounts in different currencies are never added
/// up, so each is analysed on its own.
pub fn currencies(accounts: &[AccountSales], default: Option<&str>) -> Vec<(Option<String>, usize)> {
    let mut groups: Vec<(Option<String>, usize, i64)> = Vec::new();
    for a in accounts {
        let code = currency_of(a.currency.as_deref(), default);
        match groups.iter_mut().find(|(c, _, _)| *c == code) {
            Some((_, n, total)) => {
                *n += 1;
                *total += a.amount.max(0);
            }
            None => groups.push((code, 1, a.amount.max(0))),
        }
    }
    groups.sort_by(|a, b| b.1.cmp(&a.1).then(b.2.cmp(&a.2)).then_with(|| a.0.cmp(&b.0)));
    groups.into_iter().map(|(c, n, _)| (c, n)).collect()
}

/// The currency analysed of `groups` (from [`currencies`]): `wanted` when
/// some account is in it, else the currency of most accounts.
pub fn chosen_currency(groups: &[(Option<String>, usize)], wanted: Option<&str>) -> Option<String> {
    groups
        .iter()
        .map(|(c, _)| c.clone())
        .find(|c| wanted.is_some() && c.as_deref() == wanted)
        .or_else(|| groups.first().map(|(c, _)| c.clone()))
        .flatten()
}

/// Every account's classes, drawn within its own currency.
pub fn classify_per_currency(
    accounts: &[AccountSales],
    basis: Basis,
    settings: &AnalysisSettings,
    default: Option<&str>,
) -> std::collections::HashMap<AccountId, AbcXyz> {
    per_currency(accounts, default, |_, group| classify(group, basis, settings).by_account)
}

/// The classes of the largest accounts of each currency (the first rows of
/// a ranking), each currency's cut drawn from `total` of it, the whole
/// group's positive total (see [`classify_largest`]).
pub fn classify_largest_per_currency(
    largest: &[AccountSales],
    basis: Basis,
    settings: &AnalysisSettings,
    default: Option<&str>,
    total: impl Fn(Option<&str>) -> i64,
) -> std::collections::HashMap<AccountId, AbcXyz> {
    per_currency(largest, default, |code, group| classify_largest(group, basis, settings, total(code)))
}

/// `classes` of each currency's accounts, gathered.
fn per_currency(
    accounts: &[AccountSales],
    default: Option<&str>,
    classes: impl Fn(Option<&str>, &[AccountSales]) -> std::collections::HashMap<AccountId, AbcXyz>,
) -> std::collections::HashMap<AccountId, AbcXyz> {
    let mut by_account = std::collections::HashMap::new();
    for (code, _) in currencies(accounts, default) {
        let group: Vec<AccountSales> =
            accounts.iter().filter(|a| currency_of(a.currency.as_deref(), default) == code).cloned().collect();
        by_account.extend(classes(code.as_deref(), &group));
    }
    by_account
}

/// The analysis of sales over one period: the Pareto line, the ABC-XYZ
/// classes and the health of the base (one definition for the screen, the
/// reports and the portfolio's class column).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SalesAnalysis {
    pub period: Period,
    pub basis: Basis,
    pub pareto: Pareto,
    pub classes: Classes,
    pub health: Health,
    /// Accounts with no sales history (shown, never guessed).
    pub without_history: usize,
    /// The currency analysed (None: amounts with no currency named).
    pub currency: Option<String>,
    /// Every currency of the period's accounts, most accounts first, with
    /// how many accounts are in it.
    pub currencies: Vec<(Option<String>, usize)>,
}

impl SalesAnalysis {
    /// The analysis of the accounts in one currency: `wanted` when some
    /// account is in it, else the currency of most accounts. `default` is
    /// the currency of accounts that name none.
    pub fn new(
        all: &[AccountSales],
        without_history: usize,
        period: Period,
        basis: Basis,
        settings: &AnalysisSettings,
        (default, wanted): (Option<&str>, Option<&str>),
    ) -> SalesAnalysis {
        let currencies = currencies(all, default);
        let currency = chosen_currency(&currencies, wanted);
        let accounts: Vec<AccountSales> =
            all.iter().filter(|a| currency_of(a.currency.as_deref(), default) == currency).cloned().collect();
        let accounts = accounts.as_slice();
        let pareto = pareto(accounts, settings);
        let classes = classify(accounts, basis, settings);
        let buying: Vec<Buying> = accounts
            .iter()
            .map(|a| Buying {
                id: a.id,
                status: a.status,
                buying_months: a.buying_months,
                buying_months_ever: a.buying_months_ever,
                months: a.months,
                amount: a.amount,
                key: classes.of(a.id).abc == Some(Abc::A),
            })
            .collect();
        let health = health(&buying, settings.minimum_order);
        SalesAnalysis { period, basis, pareto, classes, health, without_history, currency, currencies }
    }
}

/// The thresholds of the analysis, from the settings.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AnalysisSettings {
    /// Where the Pareto line is drawn: the cumulative share of sales (0.8).
    pub pareto_cutoff: f64,
    /// A up to this cumulative share (0.80), B up to this one (0.95), C the rest.
    pub abc_a: f64,
    pub abc_b: f64,
    /// X up to this coefficient of variation (0.10), Y up to this one (0.25), Z above.
    pub xyz_x: f64,
    pub xyz_y: f64,
    /// Fewer months of history than this in the period: no XYZ class (6).
    pub xyz_min_months: u32,
    /// When an account counts as lost, by key-client type.
    pub lapsing: LapsingRule,
    /// A customer whose average month is below this (hundredths) buys below
    /// the minimum order; 0: no threshold.
    pub minimum_order: i64,
}

impl Default for AnalysisSettings {
    fn default() -> Self {
        AnalysisSettings {
            pareto_cutoff: 0.80,
            abc_a: 0.80,
            abc_b: 0.95,
            xyz_x: 0.10,
            xyz_y: 0.25,
            xyz_min_months: 6,
            lapsing: LapsingRule::default(),
            minimum_order: 0,
        }
    }
}

/// Months of `period` an account whose history starts in `first` was a
/// customer: all of them when it started before, none when after.
pub fn months_as_customer(first: Option<Month>, period: Period) -> u32 {
    match first {
        None => 0,
        Some(first) if first > period.through => 0,
        Some(first) => Period { first: first.max(period.first), through: period.through }.months(),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// An active account with a total and no monthly detail (twelve months).
    pub fn sales(id: i64, name: &str, amount: i64) -> AccountSales {
        AccountSales {
            id: AccountId(id),
            name: name.to_string(),
            client_type: KeyClientType::Breadwinner,
            status: AccountStatus::Active,
            amount,
            profit: None,
            sum_of_squares: 0.0,
            months: 12,
            first: Month::new(2025, 1),
            buying_months: 12,
            buying_months_ever: 12,
            currency: None,
        }
    }

    /// An active account with these monthly totals.
    pub fn monthly(id: i64, months: &[i64]) -> AccountSales {
        AccountSales {
            amount: months.iter().sum(),
            sum_of_squares: months.iter().map(|&m| (m as f64) * (m as f64)).sum(),
            months: months.len() as u32,
            ..sales(id, &format!("Account {id}"), 0)
        }
    }

    #[test]
    fn months_as_customer_count_from_the_first_month_in_the_period() {
        let period = Period::year(2026);
        assert_eq!(months_as_customer(None, period), 0);
        assert_eq!(months_as_customer(Month::new(2020, 3), period), 12);
        assert_eq!(months_as_customer(Month::new(2026, 10), period), 3);
        assert_eq!(months_as_customer(Month::new(2027, 1), period), 0);
    }

    #[test]
    fn amounts_in_different_currencies_are_never_added_up() {
        let mut gbp = sales(3, "Leeds", 900);
        gbp.currency = Some("GBP".into());
        let accounts = [sales(1, "Kyiv", 100), sales(2, "Lviv", 50), gbp];
        let in_uah = SalesAnalysis::new(
            &accounts,
            0,
            Period::year(2026),
            Basis::Sales,
            &AnalysisSettings::default(),
            (Some("UAH"), None),
        );
        assert_eq!(in_uah.currency.as_deref(), Some("UAH"), "the currency of most accounts");
        assert_eq!(in_uah.pareto.total, 150);
        assert_eq!(in_uah.currencies, [(Some("UAH".to_string()), 2), (Some("GBP".to_string()), 1)]);
        let in_gbp = SalesAnalysis::new(
            &accounts,
            0,
            Period::year(2026),
            Basis::Sales,
            &AnalysisSettings::default(),
            (Some("UAH"), Some("GBP")),
        );
        assert_eq!((in_gbp.pareto.rows.len(), in_gbp.pareto.total), (1, 900));
        let classes = classify_per_currency(&accounts, Basis::Sales, &AnalysisSettings::default(), Some("UAH"));
        assert_eq!(classes[&AccountId(3)].abc, Some(Abc::A), "first in its own currency");
    }
}
