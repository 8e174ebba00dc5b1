//! The dossier's view of the sales history: months for the Sales section,
//! the contact rhythm, the people's last contacts and the plan against
//! actual; and the form that adds a sale.

use std::collections::HashMap;

use super::App;
use super::dossier::{DossierExtra, SalesMonth};
use crate::domain::analysis::{PlanLine, ProductYear, actual_for};
use crate::domain::cadence_of;
use crate::domain::sales::{Month, Period, Sale};
use crate::store::StoreError;

/// How many months the Sales section shows, newest first.
pub const SALES_MONTHS: i32 = 36;

impl App {
    /// Reads what the dossier's sections show beside the plan.
    pub(crate) fn extra_for(
        &self,
        account: &crate::domain::Account,
        objectives: &[crate::domain::Objective],
    ) -> Result<DossierExtra, StoreError> {
        let id = account.id;
        let rows = self.store.sales(id)?;
        let this_month = Month::of(self.today);
        let rhythm_period = Period { first: this_month.plus(-12), through: this_month };
        let plan = objectives
            .iter()
            .map(|o| {
                let year = Period::year(o.year);
                let sold = by_product(rows.iter().filter(|s| year.contains(s.month)));
                let actual = actual_for(&o.product, &sold);
                PlanLine::new(o.clone(), account.name.clone(), account.currency.clone(), actual, self.today)
            })
            .collect();
        Ok(DossierExtra {
            months: months(&rows, this_month),
            rhythm: self.store.rhythm(id, rhythm_period)?,
            last_contacts: self.store.last_contacts(id, self.today)?,
            standard: cadence_of(
                account.status,
                account.client_type,
                account.contact_every_days,
                &self.settings.cadence,
            ),
            plan,
        })
    }
}

/// The year's rows summed per product.
fn by_product<'a>(rows: impl Iterator<Item = &'a Sale>) -> Vec<ProductYear> {
    let mut out: Vec<ProductYear> = Vec::new();
    for row in rows {
        let add = |a: Option<i64>, b: Option<i64>| match (a, b) {
            (None, None) => None,
            (a, b) => Some(a.unwrap_or(0) + b.unwrap_or(0)),
        };
        match out.iter_mut().find(|p| p.product == row.product) {
            Some(p) => {
                p.amount += row.amount;
                p.profit = add(p.profit, row.profit);
                p.volume = add(p.volume, row.volume);
            }
            None => out.push(ProductYear {
                product: row.product.clone(),
                amount: row.amount,
                profit: row.profit,
                volume: row.volume,
            }),
        }
    }
    out
}

/// The months the Sales section shows: from the newest with a row (or the
/// last complete one) back [`SALES_MONTHS`] months, not before the first
/// month of the history; a month without rows as zero.
fn months(rows: &[Sale], this_month: Month) -> Vec<SalesMonth> {
    let Some(first) = rows.iter().map(|r| r.month).min() else { return Vec::new() };
    let newest = rows.iter().map(|r| r.month).max().unwrap_or(first).max(this_month.previous());
    let mut grouped: HashMap<Month, SalesMonth> = HashMap::new();
    for row in rows {
        let m = grouped.entry(row.month).or_insert_with(|| SalesMonth::empty(row.month));
        m.amount += row.amount;
        m.profit = match (m.profit, row.profit) {
            (None, None) => None,
            (a, b) => Some(a.unwrap_or(0) + b.unwrap_or(0)),
        };
        m.volume = match (m.volume, row.volume) {
            (None, None) => None,
            (a, b) => Some(a.unwrap_or(0) + b.unwrap_or(0)),
        };
        if !row.product.trim().is_empty() && !m.products.contains(&row.product) {
            m.products.push(row.product.clone());
        }
    }
    (0..SALES_MONTHS)
        .map(|back| newest.plus(-back))
        .take_while(|m| *m >= first)
        .map(|month| grouped.remove(&month).unwrap_or_else(|| SalesMonth::empty(month)))
        .collect()
}

/// `n` in the Sales section: the form of a sale for the open account.
pub(super) fn new_sale(app: &mut App) {
    let Some(state) = app.dossier.as_ref() else { return };
    let account = &state.dossier.account;
    let form = super::form::sale::form(account.id, account.currency.as_deref(), app.today);
    super::update::open_form(app, form);
}
