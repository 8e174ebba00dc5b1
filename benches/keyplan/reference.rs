//! The reference database: 10,000 accounts, about 100,000 people,
//! 1,000,000 touchpoints and ten years of monthly sales, generated once into target/ and reused while the
//! schema and the generator stay the same.

use std::path::PathBuf;
use std::time::Instant;

use chrono::NaiveDate;
use keyplan::sample::{Scale, synthetic_portfolio};
use keyplan::store::{SCHEMA_VERSION, Store};

/// The date the reference database is measured on.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("a valid date")
}

/// The reference portfolio of `cargo bench`.
pub const ACCOUNTS: usize = 10_000;
/// The second reference size, of `cargo bench -- scale`.
pub const SCALED_ACCOUNTS: usize = 50_000;

/// The portfolio measured: the reference (or `KEYPLAN_BENCH_ACCOUNTS`
/// accounts), or the second size when `scaled`; 100 touchpoints an account.
pub fn scale(scaled: bool) -> Scale {
    let accounts = if scaled { SCALED_ACCOUNTS } else { env_number("KEYPLAN_BENCH_ACCOUNTS", ACCOUNTS) };
    of(accounts, env_number("KEYPLAN_BENCH_TOUCHPOINTS", accounts * 100))
}

/// `accounts` accounts with `touchpoints` touchpoints in all.
pub fn of(accounts: usize, touchpoints: usize) -> Scale {
    Scale { accounts, touchpoints, seed: 1, today: today() }
}

fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// The database file of `scale`, made on first use (about 40 s at the
/// reference size, 5 times that at the second).
pub fn database(scale: Scale) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target").join("bench-data");
    let name = format!("reference-a{}-t{}-s{}-v{SCHEMA_VERSION}.db", scale.accounts, scale.touchpoints, scale.seed);
    let path = dir.join(name);
    if path.exists() {
        return path;
    }
    std::fs::create_dir_all(&dir).expect("target/bench-data can be created");
    let partial = dir.join("generating.db");
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", partial.display()));
    }
    eprintln!("generating the reference database ({} accounts, {} touchpoints)…", scale.accounts, scale.touchpoints);
    let started = Instant::now();
    let mut store = Store::open(&partial).expect("the bench database opens").store;
    store.insert_dossiers(synthetic_portfolio(scale)).expect("the portfolio is generated");
    store.keep_sales_window(scale.today).expect("the analysis window is set");
    drop(store);
    std::fs::rename(&partial, &path).expect("the finished database is moved in place");
    eprintln!("generated in {:.1} s: {}", started.elapsed().as_secs_f64(), path.display());
    path
}
