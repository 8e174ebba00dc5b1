//! End to end, scrolling: the built workbench in a real pseudo-terminal
//! sends a scrolled list as a terminal scroll region, and what the terminal
//! then shows is exactly what a full repaint of the same state shows.

#[path = "support/pty.rs"]
mod pty;

use chrono::NaiveDate;
use keyplan::sample::{Scale, synthetic_portfolio};
use keyplan::store::Store;
use pty::{Launch, Tui, find};

const TODAY: &str = "2026-11-23";
/// The end of a scroll in a region (`ESC[nS` then `ESC[r`), up and down.
const SCROLLED_UP: &[u8] = b"S\x1b[r";
const SCROLLED_DOWN: &[u8] = b"T\x1b[r";

/// Presses one key and waits for the frame it causes.
fn press(tui: &mut Tui, key: &str) {
    let mark = tui.output_mark();
    tui.send(key);
    tui.wait_for_frame_since(mark);
}

/// Makes the program repaint everything for the same size: the size goes
/// away and comes back while it is held still, so it sees one resize and
/// clears the screen.
fn repaint(tui: &mut Tui, cols: u16, rows: u16) {
    tui.set_running(false);
    tui.resize(cols / 2, rows / 2);
    tui.resize(cols, rows);
    let mark = tui.output_mark();
    tui.set_running(true);
    tui.wait_for_frame_since(mark);
}

#[test]
fn a_scrolled_portfolio_and_log_look_exactly_like_a_repaint() {
    let home = tempfile::Builder::new().prefix("keyplan-e2e-").tempdir().unwrap();
    let db = home.path().join("big.db");
    let today = NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").unwrap();
    let mut store = Store::open(&db).unwrap().store;
    store.insert_dossiers(synthetic_portfolio(Scale { accounts: 120, touchpoints: 3000, seed: 7, today })).unwrap();
    drop(store);

    let (cols, rows) = (100, 30);
    let mut tui = Tui::spawn(Launch::new(home.path(), &["--db", db.to_str().unwrap(), "--today", TODAY]));
    tui.wait_for("Key accounts (120)");
    tui.wait_for("? keys");

    // Past the bottom of the portfolio's window, then back up past its top.
    let start = tui.output_mark();
    for _ in 0..40 {
        press(&mut tui, "j");
    }
    for _ in 0..35 {
        press(&mut tui, "k");
    }
    let sent = &tui.raw()[start..];
    assert!(find(sent, SCROLLED_UP).is_some(), "scrolling down used a scroll region");
    assert!(find(sent, SCROLLED_DOWN).is_some(), "scrolling up used a scroll region");
    let scrolled = tui.text();
    repaint(&mut tui, cols, rows);
    assert_eq!(tui.text(), scrolled, "the scrolled portfolio is what a repaint draws\n{}", tui.dump());

    // The largest account's log, scrolled down a long way.
    press(&mut tui, "g");
    press(&mut tui, "\r");
    press(&mut tui, "7");
    tui.wait_for("Touchpoint 1 of");
    for _ in 0..60 {
        press(&mut tui, "j");
    }
    tui.wait_for("Touchpoint 61 of");
    let scrolled = tui.text();
    repaint(&mut tui, cols, rows);
    assert_eq!(tui.text(), scrolled, "the scrolled log is what a repaint draws\n{}", tui.dump());

    tui.send("q");
    tui.expect_clean_exit();
}
