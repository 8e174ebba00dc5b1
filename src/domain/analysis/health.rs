//! The health of the whole base (the audit the method asks for): regular
//! customers, one-time buyers, customers below the minimum order, and key
//! accounts that buy rarely.

use serde::Serialize;

use crate::domain::account::AccountStatus;
use crate::domain::ids::AccountId;

/// What the audit needs of one account.
#[derive(Debug, Clone, PartialEq)]
pub struct Buying {
    pub id: AccountId,
    pub status: AccountStatus,
    /// Months of the period with a purchase.
    pub buying_months: u32,
    /// Months with a purchase, ever.
    pub buying_months_ever: u32,
    /// Months of the period it was a customer.
    pub months: u32,
    /// Sales over the period, hundredths.
    pub amount: i64,
    /// An A account of the ABC analysis.
    pub key: bool,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Health {
    /// Accounts with a history.
    pub customers: usize,
    /// Bought in at least three months of every four of the period.
    pub regular: Vec<AccountId>,
    /// Bought in one month only, ever.
    pub one_time: Vec<AccountId>,
    /// Average month below the minimum order.
    pub below_minimum: Vec<AccountId>,
    /// A accounts that bought in fewer than one month of three.
    pub key_buying_rarely: Vec<AccountId>,
}

pub fn health(accounts: &[Buying], minimum_order: i64) -> Health {
    let mut h = Health::default();
    for a in accounts.iter().filter(|a| a.buying_months_ever > 0 || a.months > 0) {
        h.customers += 1;
        if a.months > 0 && a.buying_months * 4 >= a.months * 3 {
            h.regular.push(a.id);
        }
        if a.buying_months_ever == 1 {
            h.one_time.push(a.id);
        }
        if minimum_order > 0 && a.months > 0 && a.status.is_open() && a.amount < minimum_order * i64::from(a.months) {
            h.below_minimum.push(a.id);
        }
        if a.key && a.months > 0 && a.buying_months * 3 < a.months {
            h.key_buying_rarely.push(a.id);
        }
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    fn buying(id: i64, months: u32, buying_months: u32, ever: u32, amount: i64, key: bool) -> Buying {
        Buying {
            id: AccountId(id),
            status: AccountStatus::Active,
            buying_months,
            buying_months_ever: ever,
            months,
            amount,
            key,
        }
    }

    #[test]
    fn sorts_the_base_into_its_groups() {
        let base = [
            buying(1, 12, 12, 36, 1200, true),
            buying(2, 12, 9, 20, 900, false),
            buying(3, 12, 1, 1, 50, false),
            buying(4, 12, 3, 10, 3000, true),
            buying(5, 0, 0, 0, 0, false),
        ];
        let h = health(&base, 10);
        assert_eq!(h.customers, 4);
        assert_eq!(h.regular, [AccountId(1), AccountId(2)]);
        assert_eq!(h.one_time, [AccountId(3)]);
        assert_eq!(h.below_minimum, [AccountId(3)]);
        assert_eq!(h.key_buying_rarely, [AccountId(4)]);
        assert!(health(&base, 0).below_minimum.is_empty());
    }
}
