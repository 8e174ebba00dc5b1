//! `keyplan demo`: the sample portfolio, or a synthetic one of any size,
//! into an empty database only.

use std::path::Path;
use std::time::Instant;

use chrono::NaiveDate;

use super::Failure;
use crate::sample::{Scale, sample_portfolio, synthetic_portfolio};
use crate::store::Store;

/// Opens the database and refuses one that already holds accounts.
fn open_empty(path: &Path) -> Result<Store, Failure> {
    let store = Store::open(path)?.store;
    let existing = store.account_count()?;
    if existing > 0 {
        return Err(Failure::user(format!(
            "{} already holds {existing} accounts: a demo portfolio only goes into an empty database",
            path.display()
        )));
    }
    Ok(store)
}

pub fn fill(path: &Path, today: NaiveDate) -> Result<(), Failure> {
    let mut store = open_empty(path)?;
    let count = store.insert_dossiers(sample_portfolio(today))?;
    let path = super::say::visible(&path.display().to_string());
    println!("Filled {path} with the sample portfolio: {count} accounts.");
    println!("Open it with: keyplan --db {path}");
    Ok(())
}

/// A synthetic portfolio in one transaction (all of it or nothing).
pub fn generate(path: &Path, scale: Scale) -> Result<(), Failure> {
    let mut store = open_empty(path)?;
    let started = Instant::now();
    let count = store.insert_dossiers(synthetic_portfolio(scale))?;
    println!(
        "Generated {count} accounts and {} touchpoints (seed {}) in {} in {:.1} s.",
        scale.touchpoints,
        scale.seed,
        super::say::visible(&path.display().to_string()),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
