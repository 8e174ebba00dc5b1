//! Signals and the terminal: every signal that ends or stops the workbench
//! gives the terminal back as it found it; SIGCONT brings the workbench back
//! whole. A terminal that never answers the cursor-position query loses nothing.

use super::pty::{self, Launch, Tui};
use super::{ESC, TODAY, home};

/// The demo portfolio at 100x30, on screen.
fn demo(home: &std::path::Path) -> Tui {
    let mut tui = Tui::spawn(Launch::new(home, &["--demo", "--today", TODAY]));
    tui.wait_for("Key accounts (");
    tui.wait_for("Укрмережа Телеком");
    tui
}

/// Whether the terminal echoes and edits lines, as a shell wants it.
fn cooked(modes: &str) -> bool {
    let flags: Vec<&str> = modes.split(['(', ')', '|']).map(str::trim).collect();
    ["ECHO", "ICANON", "ISIG"].iter().all(|flag| flags.contains(flag))
}

/// The bytes that give the terminal back were written after `mark`, and the
/// terminal echoes and edits lines again.
fn assert_given_back(tui: &mut Tui, mark: usize) {
    for (bytes, what) in [
        (&b"\x1b[?1049l"[..], "the main screen"),
        (b"\x1b[?25h", "the cursor shown"),
        (b"\x1b[?2004l", "bracketed paste off"),
        (b"\x1b[?1000l", "the mouse given back"),
    ] {
        tui.wait_for_bytes_since(mark, bytes, &format!("{what} to be restored"));
    }
    assert!(!tui.alternate_screen(), "the terminal is still on the alternate screen");
    let modes = tui.local_modes();
    assert!(cooked(&modes), "echo / line editing were not restored: {modes}");
}

fn ends_and_gives_the_terminal_back(signal: &str) {
    let home = home();
    let mut tui = demo(home.path());
    assert!(!cooked(&tui.local_modes()), "the workbench runs in raw mode");
    let mark = tui.output_mark();
    tui.signal(signal);
    tui.expect_clean_exit();
    assert_given_back(&mut tui, mark);
    let left = super::files_under(&pty::tmp_dir(home.path()));
    assert!(left.is_empty(), "the throw-away sample was left behind after {signal}: {left:?}");
}

#[test]
fn sigint_ends_and_gives_the_terminal_back() {
    ends_and_gives_the_terminal_back("-INT");
}

#[test]
fn sigquit_ends_and_gives_the_terminal_back() {
    ends_and_gives_the_terminal_back("-QUIT");
}

#[test]
fn sigterm_ends_and_gives_the_terminal_back() {
    ends_and_gives_the_terminal_back("-TERM");
}

#[test]
fn sighup_ends_and_gives_the_terminal_back() {
    ends_and_gives_the_terminal_back("-HUP");
}

/// Stopped by `stop` (a signal, or keys typed), the terminal is given back
/// and the process stops; SIGCONT brings the whole screen back.
fn suspends_and_comes_back(stop: impl FnOnce(&Tui)) {
    let home = home();
    let mut tui = demo(home.path());
    tui.send("?");
    tui.wait_for("Keys: portfolio");

    let mark = tui.output_mark();
    stop(&tui);
    tui.wait_for_state("stopped", |state| state == 'T');
    assert_given_back(&mut tui, mark);

    let mark = tui.output_mark();
    tui.signal("-CONT");
    tui.wait_for("Keys: portfolio");
    tui.wait_for("Укрмережа Телеком");
    assert!(pty::find(&tui.raw_since(mark), b"\x1b[?1049h").is_some(), "the alternate screen was not entered again");
    assert!(tui.alternate_screen());
    assert!(!cooked(&tui.local_modes()), "raw mode was not set again");

    // Still listening to the keyboard.
    tui.send(ESC);
    tui.wait_gone("Keys: portfolio");
    tui.send("q");
    tui.expect_clean_exit();
    assert!(cooked(&tui.local_modes()));
}

#[test]
fn sigtstp_suspends_and_sigcont_redraws() {
    suspends_and_comes_back(|tui| tui.signal("-TSTP"));
}

#[test]
fn ctrl_z_suspends_and_sigcont_redraws() {
    suspends_and_comes_back(|tui| tui.send("\x1a"));
}

#[test]
fn a_terminal_that_never_answers_the_cursor_query_loses_nothing_on_a_resize() {
    let home = home();
    let launch = Launch::new(home.path(), &["--demo", "--today", TODAY]).never_answering_cursor_queries();
    let mut tui = Tui::spawn(launch);
    tui.wait_for("Укрмережа Телеком");
    tui.send("\r2e");
    tui.wait_for("Esc cancel");
    let text = "Текст, набраний перед зміною розміру вікна";
    tui.send(text);
    tui.wait_for(text);

    for (cols, rows) in [(80, 24), (120, 40), (100, 30)] {
        let mark = tui.output_mark();
        tui.resize(cols, rows);
        tui.wait_for_frame_since(mark);
    }
    tui.wait_for(text);
    // Nothing was asked, so nothing can wait for an answer and give up.
    assert!(pty::find(&tui.raw(), b"\x1b[6n").is_none(), "the cursor position was asked of the terminal");

    let more = " і після неї";
    tui.send(more);
    tui.wait_for(&format!("{text}{more}"));
    tui.send("\x13");
    tui.wait_gone("Esc cancel");
    tui.wait_for(&format!("{text}{more}"));
    tui.send("q");
    tui.expect_clean_exit();
}
