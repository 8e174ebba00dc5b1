//! `keyplan demo`: the sample portfolio, into an empty database only.

use std::path::Path;

use chrono::NaiveDate;

use super::Failure;
use crate::store::Store;

pub fn fill(path: &Path, today: NaiveDate) -> Result<(), Failure> {
    let mut store = Store::open(path)?.store;
    let existing = store.account_count()?;
    if existing > 0 {
        return Err(Failure::user(format!(
            "{} already holds {existing} accounts: the sample portfolio only goes into an empty database",
            path.display()
        )));
    }
    let portfolio = crate::sample::sample_portfolio(today);
    let count = portfolio.len();
    for dossier in &portfolio {
        store.insert_dossier(dossier)?;
    }
    println!("Filled {} with the sample portfolio: {count} accounts.", path.display());
    println!("Open it with: keyplan --db {}", path.display());
    Ok(())
}
