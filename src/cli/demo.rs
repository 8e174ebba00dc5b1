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
        return Err(Failure::user(crate::t!(
            "shell-demo-not-empty",
            path = path.display().to_string(),
            count = existing
        )));
    }
    Ok(store)
}

pub fn fill(path: &Path, today: NaiveDate) -> Result<(), Failure> {
    let mut store = open_empty(path)?;
    let count = store.insert_dossiers(sample_portfolio(today))?;
    // The portfolio ranks by the twelve months before today's.
    store.keep_sales_window(today)?;
    let path = super::say::visible(&path.display().to_string());
    println!("{}", crate::t!("shell-demo-filled", path = path.as_str(), count = count));
    println!("{}", crate::t!("shell-demo-open", path = path.as_str()));
    Ok(())
}

/// A synthetic portfolio in one transaction (all of it or nothing).
pub fn generate(path: &Path, scale: Scale) -> Result<(), Failure> {
    let mut store = open_empty(path)?;
    let started = Instant::now();
    let count = store.insert_dossiers(synthetic_portfolio(scale))?;
    store.keep_sales_window(scale.today)?;
    println!(
        "{}",
        crate::t!(
            "shell-demo-generated",
            count = count,
            touchpoints = scale.touchpoints,
            seed = scale.seed.to_string(),
            path = super::say::visible(&path.display().to_string()),
            seconds = format!("{:.1}", started.elapsed().as_secs_f64())
        )
    );
    Ok(())
}
