//! `keyplan demo`: the sample portfolio, or a synthetic one of any size,
//! into an empty database only; all of it or nothing (`fresh`), with a
//! progress bar on a terminal and Ctrl-C that changes nothing (`progress`).

use std::path::Path;
use std::time::Instant;

use chrono::NaiveDate;

use super::Failure;
use super::fresh::Target;
use super::progress::{self, Interrupt};
use crate::domain::Dossier;
use crate::sample::{Scale, sample_portfolio, synthetic_portfolio};
use crate::store::Store;

/// Opens the database and refuses one that already holds accounts.
fn open_empty(path: &Path, shown: &Path) -> Result<Store, Failure> {
    let store = Store::open(path)?.store;
    let existing = store.account_count()?;
    if existing > 0 {
        return Err(Failure::user(crate::t!(
            "shell-demo-not-empty",
            path = shown.display().to_string(),
            count = existing
        )));
    }
    Ok(store)
}

pub fn fill(path: &Path, today: NaiveDate) -> Result<(), Failure> {
    let dossiers = sample_portfolio(today);
    let total = dossiers.len();
    let count = write(path, dossiers, total, today)?;
    let path = super::say::visible(&path.display().to_string());
    println!("{}", crate::t!("shell-demo-filled", path = path.as_str(), count = count));
    println!("{}", crate::t!("shell-demo-open", path = path.as_str()));
    Ok(())
}

/// A synthetic portfolio in one transaction (all of it or nothing).
pub fn generate(path: &Path, scale: Scale) -> Result<(), Failure> {
    let started = Instant::now();
    let total = scale.accounts;
    let count = write(path, synthetic_portfolio(scale), total, scale.today)?;
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

/// The dossiers into the empty database at `path`, or into nothing when
/// Ctrl-C comes first; returns how many.
fn write(
    path: &Path,
    dossiers: impl IntoIterator<Item = Dossier>,
    total: usize,
    today: NaiveDate,
) -> Result<usize, Failure> {
    let interrupt = Interrupt::watch()?;
    let target = Target::new(path)?;
    let mut store = open_empty(target.working_path(), path)?;
    interrupt.attach(store.interrupt_handle());
    let bar = progress::records(total as u64, crate::l10n::text("shell-demo-progress"));
    let mut go_on = |done: usize, _: usize| {
        bar.set_position(done as u64);
        !interrupt.stopped()
    };
    let count = store.insert_dossiers_watched(dossiers, total, &mut go_on).map_err(|e| interrupt.judge(e.into()))?;
    bar.finish_and_clear();
    if !target.is_new() {
        // Committed into the database: what follows is no longer undone.
        interrupt.detach();
    }
    // The portfolio ranks by the twelve months before today's.
    store.keep_sales_window(today).map_err(|e| interrupt.judge(e.into()))?;
    drop(store);
    interrupt.check()?;
    target.finish()?;
    Ok(count)
}
