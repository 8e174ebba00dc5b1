//! The background check and full-text search, in process on the reference database.

use std::path::Path;
use std::time::Instant;

use keyplan::checker::Checker;
use keyplan::domain::CheckSettings;

use super::reference::today;
use super::stats::Samples;

/// The whole check (its queries and its rules), as the worker runs it.
pub fn check(db: &Path, runs: usize) -> (Samples, usize) {
    let mut checker = Checker::open(db, today(), CheckSettings::default()).expect("the checker opens");
    let mut samples = Samples::new();
    let mut alerts = 0;
    for _ in 0..runs {
        let started = Instant::now();
        alerts = checker.run().expect("the check runs").len();
        samples.push_time(started.elapsed());
    }
    (samples, alerts)
}
