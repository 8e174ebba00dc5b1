//! The Pareto line: the portfolio ranked by its share of sales, with the
//! cumulative share, and the line drawn where it reaches the cut-off.

use serde::Serialize;

use super::{AccountSales, AnalysisSettings};
use crate::domain::account::AccountStatus;

/// What the line says about an account that does not sit where its status
/// says it should.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Pointer {
    /// Carries the business (above the line) but is not worked as a key
    /// account: a prospect, or a lost or former customer.
    NotKeyAboveLine,
    /// Worked as a key account, yet among the last accounts that together
    /// make the smallest part of sales (beyond the B threshold).
    KeyFarBelowLine,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ParetoRow {
    pub rank: usize,
    pub account: AccountSales,
    /// Fraction of the period's total (of positive amounts); negative for
    /// an account whose returns outweigh its purchases.
    pub share: f64,
    /// The share of this account and every account ranked above it.
    pub cumulative_share: f64,
    /// Among the accounts that together make the cut-off (the one that
    /// crosses it included).
    pub above_line: bool,
    pub pointer: Option<Pointer>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Pareto {
    pub rows: Vec<ParetoRow>,
    /// Hundredths: the sum of the positive amounts the shares divide.
    pub total: i64,
    /// How many accounts sit above the line.
    pub above_line: usize,
    pub cutoff: f64,
}

/// Ranks the accounts by sales over the period, largest first (equal
/// amounts by name, then id, so the order never depends on the input's).
pub fn pareto(accounts: &[AccountSales], settings: &AnalysisSettings) -> Pareto {
    let mut ranked: Vec<&AccountSales> = accounts.iter().collect();
    ranked.sort_by(|a, b| b.amount.cmp(&a.amount).then_with(|| a.name.cmp(&b.name)).then(a.id.cmp(&b.id)));
    let total: i64 = ranked.iter().map(|a| a.amount.max(0)).sum();
    let mut running = 0i64;
    let mut rows = Vec::with_capacity(ranked.len());
    for (i, account) in ranked.into_iter().enumerate() {
        let before = fraction(running, total);
        running += account.amount.max(0);
        let above_line = total > 0 && account.amount > 0 && before < settings.pareto_cutoff;
        let worked = matches!(account.status, AccountStatus::Active | AccountStatus::AtRisk);
        let pointer = if above_line && !worked {
            Some(Pointer::NotKeyAboveLine)
        } else if worked && total > 0 && (before >= settings.abc_b || account.amount <= 0) {
            Some(Pointer::KeyFarBelowLine)
        } else {
            None
        };
        rows.push(ParetoRow {
            rank: i + 1,
            account: account.clone(),
            share: fraction(account.amount, total),
            cumulative_share: fraction(running, total),
            above_line,
            pointer,
        });
    }
    let above_line = rows.iter().filter(|r| r.above_line).count();
    Pareto { rows, total, above_line, cutoff: settings.pareto_cutoff }
}

fn fraction(part: i64, total: i64) -> f64 {
    if total > 0 { part as f64 / total as f64 } else { 0.0 }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::analysis::tests::sales;

    #[test]
    fn the_line_includes_the_account_that_crosses_the_cutoff() {
        let accounts = [sales(1, "A", 50), sales(2, "B", 25), sales(3, "C", 15), sales(4, "D", 10)];
        let p = pareto(&accounts, &AnalysisSettings::default());
        let above: Vec<_> = p.rows.iter().map(|r| r.above_line).collect();
        // 50 + 25 make 75 %: the third account crosses 80 % and is above the line.
        assert_eq!(above, [true, true, true, false]);
        assert_eq!(p.above_line, 3);
        assert!((p.rows[1].cumulative_share - 0.75).abs() < 1e-9);
        assert!((p.rows[3].cumulative_share - 1.0).abs() < 1e-9);
        assert_eq!(p.total, 100);
    }

    #[test]
    fn one_account_carries_everything() {
        let p = pareto(&[sales(1, "Only", 7)], &AnalysisSettings::default());
        assert!(p.rows[0].above_line);
        assert_eq!(p.rows[0].share, 1.0);
    }

    #[test]
    fn nothing_sold_draws_no_line_and_divides_by_nothing() {
        let p = pareto(&[sales(1, "A", 0), sales(2, "B", 0)], &AnalysisSettings::default());
        assert_eq!(p.above_line, 0);
        assert!(p.rows.iter().all(|r| r.share == 0.0 && r.cumulative_share == 0.0));
        assert!(pareto(&[], &AnalysisSettings::default()).rows.is_empty());
    }

    #[test]
    fn returns_rank_last_and_do_not_move_the_cumulative_share() {
        let p = pareto(&[sales(1, "Returns", -30), sales(2, "Buyer", 100)], &AnalysisSettings::default());
        assert_eq!(p.rows[0].account.name, "Buyer");
        assert_eq!(p.total, 100);
        assert!((p.rows[1].share + 0.3).abs() < 1e-9);
        assert_eq!(p.rows[1].cumulative_share, 1.0);
        assert!(!p.rows[1].above_line);
        assert_eq!(p.rows[1].pointer, Some(Pointer::KeyFarBelowLine));
    }

    #[test]
    fn points_at_prospects_above_the_line_and_key_accounts_far_below_it() {
        let mut big = sales(1, "Big prospect", 85);
        big.status = AccountStatus::Prospect;
        let accounts = [big, sales(2, "Middle", 11), sales(3, "Tiny key", 4)];
        let p = pareto(&accounts, &AnalysisSettings::default());
        assert_eq!(p.rows[0].pointer, Some(Pointer::NotKeyAboveLine));
        assert_eq!(p.rows[1].pointer, None);
        assert_eq!(p.rows[2].pointer, Some(Pointer::KeyFarBelowLine));
    }

    #[test]
    fn equal_amounts_rank_by_name() {
        let p = pareto(&[sales(2, "Beta", 10), sales(1, "Alpha", 10)], &AnalysisSettings::default());
        assert_eq!(p.rows[0].account.name, "Alpha");
    }
}
