//! The background check and full-text search, in process on the reference database.

use std::path::Path;
use std::time::Instant;

use keyplan::checker::Checker;
use keyplan::domain::CheckSettings;
use keyplan::store::Store;

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

/// One search query, `runs` times.
pub fn search(db: &Path, query: &str, runs: usize) -> (Samples, usize) {
    let store = Store::open_read_only(db).expect("the reference database opens");
    let mut samples = Samples::new();
    let mut hits = 0;
    for _ in 0..runs {
        let started = Instant::now();
        hits = store.search(query, 20).expect("the search runs").len();
        samples.push_time(started.elapsed());
    }
    (samples, hits)
}

/// A word written once in the million touchpoints: the code of one contact.
pub fn rare_word(db: &Path) -> String {
    let conn = rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .expect("the reference database opens");
    let summary: String = conn
        .query_row("SELECT summary FROM touchpoints WHERE id = (SELECT max(id) / 2 FROM touchpoints)", [], |r| r.get(0))
        .expect("a touchpoint in the middle of the log");
    // The generator ends each summary with a code like "ref-123456)".
    summary.rsplit("ref-").next().unwrap_or_default().trim_end_matches(')').to_string()
}
