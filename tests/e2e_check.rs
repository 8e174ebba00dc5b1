//! End to end, the background check: the workbench is open, another process
//! writes a touchpoint to the same file, and the counts on the status line
//! change with no key pressed.

#[path = "support/pty.rs"]
mod pty;

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use keyplan::domain::{Channel, Touchpoint};
use keyplan::store::Store;
use pty::{Launch, Tui};

/// "9 overdue · 1 due" → (9, 1), read off the status line.
fn counts(screen: &str) -> Option<(usize, usize)> {
    let status = screen.lines().last()?;
    let at = status.find(" overdue · ")?;
    let overdue = status[..at].rsplit(' ').next()?.parse().ok()?;
    let due = status[at + " overdue · ".len()..].split(' ').next()?.parse().ok()?;
    Some((overdue, due))
}

#[test]
fn a_touchpoint_from_another_process_clears_its_flag_without_a_key() {
    let home = tempfile::Builder::new().prefix("keyplan-e2e-").tempdir().unwrap();
    let db = home.path().join("work.db");
    let mut store = Store::open(&db).unwrap().store;
    store.insert_dossiers(keyplan::sample::sample_portfolio(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap())).unwrap();

    // A year on, every open account is overdue for a touchpoint.
    let year_on = "2027-11-23";
    let mut tui = Tui::spawn(Launch::new(home.path(), &["--db", db.to_str().unwrap(), "--today", year_on]));
    tui.wait_until("the counts on the status line", |screen| counts(screen).is_some());
    let (overdue, due) = counts(&tui.text()).unwrap();
    assert!(overdue >= 8, "{}", tui.dump());

    // Another process (this test) logs a touchpoint with the first account.
    let first = store.list_accounts().unwrap()[0].clone();
    let started = Instant::now();
    let today = NaiveDate::from_ymd_opt(2027, 11, 23).unwrap();
    store.save_touchpoint(&Touchpoint::new(first.id, today, Channel::Call, "Back in touch")).unwrap();

    // No key is sent: the worker notices the write on its own. The contact
    // clears the account's flag and closes its open follow-up too.
    tui.wait_until("the overdue count to drop", |screen| counts(screen).is_some_and(|(o, _)| o < overdue));
    assert!(started.elapsed() < Duration::from_secs(2), "the change showed within two seconds");
    let screen = tui.text();
    let row = screen.lines().find(|l| l.contains(first.name.as_str())).unwrap();
    assert!(row.contains("2027-11-23") && !row.contains('!'), "the account's flag is gone: {row}");
    let others = screen.lines().filter(|l| l.starts_with("│!")).count();
    assert_eq!(others, 7, "every other open account is still flagged\n{}", tui.dump());
    assert_eq!(counts(&screen).unwrap().1, due);
    tui.send("q");
    tui.expect_clean_exit();
}
