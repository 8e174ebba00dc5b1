//! ABC-XYZ: A, B and C by the cumulative share of sales (or profit), X, Y
//! and Z by how regular the monthly purchases are (the coefficient of
//! variation: standard deviation over mean, months without sales counting
//! as zero). Too little history gives no class, never a guess.

use std::collections::HashMap;

use serde::Serialize;

use super::{AccountSales, AnalysisSettings};
use crate::domain::ids::AccountId;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Abc {
    A,
    B,
    C,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Xyz {
    X,
    Y,
    Z,
}

impl Abc {
    pub const ALL: [Abc; 3] = [Abc::A, Abc::B, Abc::C];
    pub fn letter(self) -> &'static str {
        match self {
            Abc::A => "A",
            Abc::B => "B",
            Abc::C => "C",
        }
    }
}

impl Xyz {
    pub const ALL: [Xyz; 3] = [Xyz::X, Xyz::Y, Xyz::Z];
    pub fn letter(self) -> &'static str {
        match self {
            Xyz::X => "X",
            Xyz::Y => "Y",
            Xyz::Z => "Z",
        }
    }
}

/// What the ABC classes rank by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    #[default]
    Sales,
    Profit,
}

impl Basis {
    /// What an account is ranked by: its sales, or its profit when known.
    pub fn value(self, account: &AccountSales) -> Option<i64> {
        match self {
            Basis::Sales => Some(account.amount),
            Basis::Profit => account.profit,
        }
    }
}

/// One account's classes.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct AbcXyz {
    pub abc: Option<Abc>,
    pub xyz: Option<Xyz>,
    /// The coefficient of variation of its monthly sales, when defined.
    pub cv: Option<f64>,
}

impl AbcXyz {
    /// `AX`, `C·` (no XYZ class), `··` (none): two characters for a column.
    pub fn code(self) -> String {
        format!("{}{}", self.abc.map_or("·", Abc::letter), self.xyz.map_or("·", Xyz::letter))
    }
}

/// Every account's classes, and the matrix they make.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Classes {
    pub by_account: HashMap<AccountId, AbcXyz>,
    pub matrix: Matrix,
}

impl Classes {
    pub fn of(&self, id: AccountId) -> AbcXyz {
        self.by_account.get(&id).copied().unwrap_or_default()
    }
}

/// One cell of the matrix: how many accounts, and their share of sales.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct Cell {
    pub accounts: usize,
    /// Hundredths.
    pub amount: i64,
    pub share: f64,
}

/// The 3x3 matrix, ABC down and XYZ across, and what falls outside it.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Matrix {
    pub cells: [[Cell; 3]; 3],
    /// Accounts with an ABC class but too little history (or no purchases)
    /// for an XYZ class, per ABC class.
    pub without_xyz: [Cell; 3],
    /// Accounts with no class at all.
    pub unclassified: usize,
}

impl Matrix {
    pub fn cell(&self, abc: Abc, xyz: Xyz) -> Cell {
        self.cells[abc as usize][xyz as usize]
    }
}

/// The coefficient of variation of `months` monthly totals whose sum and
/// sum of squares are given (months without sales are zeros inside them):
/// None when there are no months or the mean is not above zero.
pub fn coefficient_of_variation(sum: f64, sum_of_squares: f64, months: u32) -> Option<f64> {
    if months == 0 {
        return None;
    }
    let n = f64::from(months);
    let mean = sum / n;
    if mean <= 0.0 {
        return None;
    }
    // Clamped: rounding can leave a hair below zero when every month is equal.
    let variance = (sum_of_squares / n - mean * mean).max(0.0);
    Some(variance.sqrt() / mean)
}

/// Classifies every account over one period.
pub fn classify(accounts: &[AccountSales], basis: Basis, settings: &AnalysisSettings) -> Classes {
    let value = |a: &AccountSales| basis.value(a);
    let total: i64 = accounts.iter().filter_map(value).map(|v| v.max(0)).sum();
    let abc = abc_classes(accounts, basis, settings, total);
    let sales_total: i64 = accounts.iter().map(|a| a.amount.max(0)).sum();
    let share = |amount: i64| if sales_total > 0 { amount.max(0) as f64 / sales_total as f64 } else { 0.0 };
    let mut classes = Classes::default();
    for account in accounts {
        let class = class_of(account, &abc, settings);
        let cell = match (class.abc, class.xyz) {
            (Some(a), Some(x)) => Some(&mut classes.matrix.cells[a as usize][x as usize]),
            (Some(a), None) => Some(&mut classes.matrix.without_xyz[a as usize]),
            (None, _) => None,
        };
        match cell {
            Some(cell) => {
                cell.accounts += 1;
                cell.amount += account.amount;
                cell.share += share(account.amount);
            }
            None => classes.matrix.unclassified += 1,
        }
        classes.by_account.insert(account.id, class);
    }
    classes
}

/// The classes of the largest accounts of a group whose positive total
/// (of `basis`) is `total`, without the rest of the group: exact for each
/// account when every account of the group larger than it is among
/// `largest` (the first rows of a ranking), by the same rules as [`classify`].
pub fn classify_largest(
    largest: &[AccountSales],
    basis: Basis,
    settings: &AnalysisSettings,
    total: i64,
) -> HashMap<AccountId, AbcXyz> {
    let abc = abc_classes(largest, basis, settings, total);
    largest.iter().map(|a| (a.id, class_of(a, &abc, settings))).collect()
}

/// A/B/C by the share of `total` the accounts before each one (largest
/// first, then by name) already make up.
fn abc_classes(
    accounts: &[AccountSales],
    basis: Basis,
    settings: &AnalysisSettings,
    total: i64,
) -> HashMap<AccountId, Abc> {
    let value = |a: &AccountSales| basis.value(a);
    let mut ranked: Vec<&AccountSales> = accounts.iter().filter(|a| value(a).is_some()).collect();
    ranked.sort_by(|a, b| value(b).cmp(&value(a)).then_with(|| a.name.cmp(&b.name)).then(a.id.cmp(&b.id)));
    let mut abc = HashMap::new();
    let mut running = 0i64;
    for account in ranked {
        let v = value(account).unwrap_or(0);
        if total <= 0 {
            break;
        }
        let before = running as f64 / total as f64;
        running += v.max(0);
        let class = if v <= 0 || before >= settings.abc_b {
            Abc::C
        } else if before < settings.abc_a {
            Abc::A
        } else {
            Abc::B
        };
        abc.insert(account.id, class);
    }
    abc
}

/// One account's classes: its A/B/C from `abc`, its X/Y/Z from the spread
/// of its monthly sales when it has history enough.
fn class_of(account: &AccountSales, abc: &HashMap<AccountId, Abc>, settings: &AnalysisSettings) -> AbcXyz {
    let cv = if account.months >= settings.xyz_min_months.max(1) {
        coefficient_of_variation(account.amount as f64, account.sum_of_squares, account.months)
    } else {
        None
    };
    let xyz = cv.map(|cv| {
        if cv <= settings.xyz_x {
            Xyz::X
        } else if cv <= settings.xyz_y {
            Xyz::Y
        } else {
            Xyz::Z
        }
    });
    AbcXyz { abc: abc.get(&account.id).copied(), xyz, cv }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::analysis::tests::{monthly, sales};

    fn settings() -> AnalysisSettings {
        AnalysisSettings::default()
    }

    #[test]
    fn abc_by_cumulative_share_with_the_crossing_account_in_the_class_it_starts_in() {
        let accounts =
            [sales(1, "A1", 70), sales(2, "A2", 20), sales(3, "B1", 6), sales(4, "C1", 3), sales(5, "C2", 1)];
        let c = classify(&accounts, Basis::Sales, &settings());
        let got: Vec<_> = (1..=5).map(|i| c.of(AccountId(i)).abc).collect();
        assert_eq!(got, [Some(Abc::A), Some(Abc::A), Some(Abc::B), Some(Abc::C), Some(Abc::C)]);
    }

    #[test]
    fn a_single_account_is_a() {
        let c = classify(&[monthly(1, &[10; 12])], Basis::Sales, &settings());
        assert_eq!(c.of(AccountId(1)).abc, Some(Abc::A));
        assert_eq!(c.of(AccountId(1)).xyz, Some(Xyz::X));
        assert_eq!(c.matrix.cell(Abc::A, Xyz::X).accounts, 1);
        assert!((c.matrix.cell(Abc::A, Xyz::X).share - 1.0).abs() < 1e-9);
    }

    #[test]
    fn all_zeros_give_no_class() {
        let c = classify(&[monthly(1, &[0; 12]), monthly(2, &[0; 12])], Basis::Sales, &settings());
        assert_eq!(c.of(AccountId(1)), AbcXyz::default());
        assert_eq!(c.matrix.unclassified, 2);
    }

    #[test]
    fn one_month_of_history_is_too_little_for_xyz() {
        let c = classify(&[monthly(1, &[500])], Basis::Sales, &settings());
        assert_eq!(c.of(AccountId(1)).abc, Some(Abc::A));
        assert_eq!(c.of(AccountId(1)).xyz, None);
        assert_eq!(c.matrix.without_xyz[0].accounts, 1);
    }

    #[test]
    fn xyz_edges_follow_the_thresholds_inclusively() {
        // Mean 100; alternating 90/110 gives exactly 10 % (X), 75/125 25 % (Y).
        let x = monthly(1, &[90, 110, 90, 110, 90, 110, 90, 110, 90, 110, 90, 110]);
        let y = monthly(2, &[75, 125, 75, 125, 75, 125, 75, 125, 75, 125, 75, 125]);
        let z = monthly(3, &[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1200]);
        let c = classify(&[x, y, z], Basis::Sales, &settings());
        assert_eq!(c.of(AccountId(1)).xyz, Some(Xyz::X));
        assert_eq!(c.of(AccountId(2)).xyz, Some(Xyz::Y));
        assert_eq!(c.of(AccountId(3)).xyz, Some(Xyz::Z));
        assert!((c.of(AccountId(1)).cv.unwrap() - 0.10).abs() < 1e-9);
        assert!((c.of(AccountId(3)).cv.unwrap() - 11f64.sqrt()).abs() < 1e-9);
    }

    #[test]
    fn months_without_sales_count_as_zero() {
        let regular = monthly(1, &[100; 12]);
        let gaps = monthly(2, &[100, 0, 100, 0, 100, 0, 100, 0, 100, 0, 100, 0]);
        let c = classify(&[regular, gaps], Basis::Sales, &settings());
        assert_eq!(c.of(AccountId(1)).cv, Some(0.0));
        assert_eq!(c.of(AccountId(2)).cv, Some(1.0));
    }

    #[test]
    fn net_returns_are_c_without_variation() {
        let c = classify(&[monthly(1, &[100; 12]), monthly(2, &[-10; 12])], Basis::Sales, &settings());
        assert_eq!(c.of(AccountId(2)).abc, Some(Abc::C));
        assert_eq!(c.of(AccountId(2)).xyz, None);
        assert_eq!(c.of(AccountId(2)).cv, None);
    }

    #[test]
    fn by_profit_leaves_accounts_without_profit_unclassified() {
        let mut with = sales(1, "With", 10);
        with.profit = Some(3);
        let without = sales(2, "Without", 90);
        let c = classify(&[with, without], Basis::Profit, &settings());
        assert_eq!(c.of(AccountId(1)).abc, Some(Abc::A));
        assert_eq!(c.of(AccountId(2)).abc, None);
    }

    #[test]
    fn the_variation_of_equal_months_is_zero_not_a_rounding_error() {
        let big = 123_456_789_012_f64;
        assert_eq!(coefficient_of_variation(big * 12.0, big * big * 12.0, 12), Some(0.0));
        assert_eq!(coefficient_of_variation(0.0, 0.0, 12), None);
        assert_eq!(coefficient_of_variation(5.0, 25.0, 0), None);
    }

    #[test]
    fn codes_show_missing_classes_visibly() {
        assert_eq!(AbcXyz { abc: Some(Abc::A), xyz: Some(Xyz::Z), cv: None }.code(), "AZ");
        assert_eq!(AbcXyz { abc: Some(Abc::C), xyz: None, cv: None }.code(), "C·");
        assert_eq!(AbcXyz::default().code(), "··");
    }

    #[test]
    fn the_largest_accounts_get_the_classes_the_whole_group_gives_them() {
        // Ties, a return, a zero, spreads of every kind.
        let amounts = [900, 500, 500, 300, 120, 120, 80, 40, 40, 20, 5, 0, -30];
        let accounts: Vec<AccountSales> = amounts
            .iter()
            .enumerate()
            .map(|(i, &a)| {
                let id = i as i64 + 1;
                let spread = [a / 2, a, a * 3 / 2, a, a / 4 + i as i64];
                AccountSales { name: format!("Account {:02}", 20 - i), ..monthly(id, &spread) }
            })
            .collect();
        let whole = classify(&accounts, Basis::Sales, &settings());
        let total: i64 = accounts.iter().map(|a| a.amount.max(0)).sum();
        for first in 1..=accounts.len() {
            let largest = classify_largest(&accounts[..first], Basis::Sales, &settings(), total);
            for a in &accounts[..first] {
                assert_eq!(largest[&a.id], whole.by_account[&a.id], "the first {first}: {}", a.name);
            }
        }
    }
}
