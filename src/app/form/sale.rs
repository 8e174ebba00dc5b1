//! The sale form: one sale added to its month (to its product's row, if
//! the month has one), in hundredths as typed.

use chrono::NaiveDate;

use super::{Field, Form, Reader, Subject};
use crate::domain::AccountId;
use crate::domain::sales::{Month, Sale};
use crate::l10n;

pub fn form(account: AccountId, currency: Option<&str>, today: NaiveDate) -> Form {
    // The month just ended: the one a sale is usually entered for.
    let month = Month::of(today).previous();
    let fields = vec![
        Field::text("month", l10n::text("sale-label-month"), &month.to_string()),
        Field::text("amount", l10n::text("sale-label-amount"), ""),
        Field::text("profit", l10n::text("sale-label-profit"), ""),
        Field::text("volume", l10n::text("sale-label-volume"), ""),
        Field::text("product", l10n::text("sale-label-product"), ""),
    ];
    let title = match currency {
        Some(code) => crate::t!("sale-form-title-in", currency = code),
        None => l10n::text("sale-form-title").to_string(),
    };
    Form::new(title, Subject::Sale(account), fields).focus_on("amount")
}

pub fn read(form: &mut Form, today: NaiveDate) -> Option<Sale> {
    let Subject::Sale(account_id) = form.subject else { return None };
    let mut r = Reader::new(form, today);
    let typed = r.text("month");
    let month = match Month::parse(&typed) {
        None if typed.is_empty() => {
            r.fail("month", l10n::text("sale-month-required"));
            None
        }
        None => {
            r.fail("month", crate::t!("sale-month-invalid", input = typed.as_str()));
            None
        }
        Some(month) if month > Month::of(today) => {
            r.fail("month", crate::t!("sale-month-future", month = month.to_string()));
            None
        }
        Some(month) => Some(month),
    };
    let amount = r.hundredths("amount", true);
    if amount.is_none() && r.text("amount").is_empty() {
        r.fail("amount", l10n::text("sale-amount-required"));
    }
    let profit = r.hundredths("profit", true);
    let volume = r.hundredths("volume", false);
    let product = r.text("product");
    let ok = r.finish();
    Some(Sale { account_id, month: month?, product, amount: amount?, profit, volume }).filter(|_| ok)
}
