//! Terminals as they are: the mouse as a terminal sends it (SGR reports),
//! the settings' `mouse = false`, `TERM=dumb`, and a `--db` in a directory
//! that does not exist.

use super::pty::{self, Launch, Tui};
use super::{ENTER, ESC, TODAY, home};

/// SGR mouse reports, 1-based as the terminal sends them.
fn press(column: u16, row: u16) -> String {
    format!("\x1b[<0;{};{}M", column + 1, row + 1)
}

fn release(column: u16, row: u16) -> String {
    format!("\x1b[<0;{};{}m", column + 1, row + 1)
}

fn wheel_down(column: u16, row: u16) -> String {
    format!("\x1b[<65;{};{}M", column + 1, row + 1)
}

/// Where `text` starts on the screen (row, column), by the screen's text.
fn find(tui: &Tui, text: &str) -> (u16, u16) {
    let row = tui.row_of(text).unwrap_or_else(|| panic!("{text:?} is not on the screen\n{}", tui.dump()));
    let line = tui.text().lines().nth(usize::from(row)).unwrap_or_default().to_string();
    let column = line[..line.find(text).unwrap_or(0)].chars().count();
    (row, u16::try_from(column).unwrap())
}

/// The demo at 100x30, its first rows on screen.
fn demo(home: &std::path::Path) -> Tui {
    let mut tui = Tui::spawn(Launch::new(home, &["--demo", "--today", TODAY]));
    tui.wait_for("Key accounts (");
    tui.wait_for("Укрмережа Телеком");
    tui
}

#[test]
fn the_wheel_scrolls_a_click_selects_and_a_double_click_opens() {
    let home = home();
    let mut tui = demo(home.path());
    let raw = tui.raw();
    assert!(pty::find(&raw, b"\x1b[?1000h").is_some(), "clicks were not asked for");
    assert!(pty::find(&raw, b"\x1b[?1006h").is_some(), "SGR reports were not asked for");
    assert!(pty::find(&raw, b"\x1b[?1003h").is_none(), "every movement of the pointer was asked for");

    // The wheel over the list moves down it as ↓ does: Enter opens the second account.
    let (row, _) = find(&tui, "Укрмережа Телеком");
    tui.send(&wheel_down(10, row));
    tui.send(ENTER);
    tui.wait_for("Brambleford Foods Ltd › Overview");
    tui.send(ESC);
    tui.wait_for("Key accounts (");

    // A click on a row selects it (Enter then opens it).
    let click = |(row, column): (u16, u16)| format!("{}{}", press(column + 2, row), release(column + 2, row));
    tui.send(&click(find(&tui, "Алатау Логистик Центр")));
    tui.send(ENTER);
    tui.wait_for("Алатау Логистик Центр › Overview");
    tui.send(ESC);
    tui.wait_for("Key accounts (");

    // A double click opens it at once.
    let twice = click(find(&tui, "Галицька Логістика"));
    tui.send(&format!("{twice}{twice}"));
    tui.wait_for("Галицька Логістика › Overview");

    // A tab is a click away; a double click on a person opens the person's form.
    tui.send(&click(find(&tui, "6 People")));
    tui.wait_for("Галицька Логістика › People");
    let twice = click(find(&tui, "Василь Кравець"));
    tui.send(&format!("{twice}{twice}"));
    tui.wait_for("Edit Василь Кравець");
    tui.send(ESC);
    tui.wait_gone("Edit Василь Кравець");

    let mark = tui.output_mark();
    tui.send("q");
    tui.expect_clean_exit();
    assert!(pty::find(&tui.raw_since(mark), b"\x1b[?1000l").is_some(), "the mouse was not given back");
}

#[test]
fn mouse_false_in_the_settings_leaves_the_mouse_to_the_terminal() {
    let home = home();
    let config = pty::config_dir(home.path()).join("keyplan");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(config.join("settings.toml"), "mouse = false\n").unwrap();
    let mut tui = demo(home.path());
    assert!(pty::find(&tui.raw(), b"\x1b[?1000h").is_none(), "the mouse was taken");
    tui.send("?");
    tui.wait_for("database");
    assert!(!tui.text().contains("double click"), "the help offers a mouse it does not take\n{}", tui.dump());
    tui.send(ESC);
    tui.wait_gone("database");
    tui.send("q");
    tui.expect_clean_exit();
}

#[test]
fn the_help_names_the_database_file() {
    let home = home();
    let db = super::db_path(home.path());
    std::fs::copy(sample_db(home.path()), &db).unwrap();
    let mut tui = Tui::spawn(super::open_db(home.path()));
    tui.wait_for("Key accounts (");
    tui.send("?");
    tui.wait_for_row(&["database", db.to_str().unwrap()]);
    tui.send(ESC);
    tui.wait_gone("database");
    tui.send("q");
    tui.expect_clean_exit();
}

/// The sample portfolio in a file of its own, made by `keyplan demo`.
fn sample_db(home: &std::path::Path) -> std::path::PathBuf {
    let path = home.join("sample.db");
    assert_cmd::Command::cargo_bin("keyplan")
        .unwrap()
        .env("XDG_CONFIG_HOME", pty::config_dir(home))
        .env("HOME", home)
        .args(["demo", "--today", TODAY, "--db"])
        .arg(&path)
        .assert()
        .success();
    path
}

#[test]
fn term_dumb_gets_one_sentence_and_no_escape_sequence() {
    let home = home();
    let mut tui = Tui::spawn(Launch::new(home.path(), &["--demo"]).env("TERM", "dumb"));
    let status = tui.wait_exit();
    assert_eq!(status.exit_code(), 2, "{}", tui.dump());
    let raw = tui.raw();
    assert!(pty::find(&raw, b"\x1b").is_none(), "an escape sequence: {:?}", String::from_utf8_lossy(&raw));
    let text = String::from_utf8_lossy(&raw).to_string();
    assert!(text.contains("the workbench needs a terminal"), "{text}");
    assert_eq!(text.trim_end().lines().count(), 1, "{text}");
}

#[test]
fn show_and_search_on_a_dumb_terminal_are_plain() {
    let home = home();
    let db = sample_db(home.path());
    let db = db.to_str().unwrap();
    for args in [
        &["show", "Укрмережа", "--today", TODAY, "--db", db][..],
        &["search", "Укрмережа", "--db", db],
        &["list", "--today", TODAY, "--db", db],
    ] {
        let mut tui = Tui::spawn(Launch::new(home.path(), args).env("TERM", "dumb"));
        tui.expect_clean_exit();
        let raw = tui.raw();
        assert!(raw.len() > 100, "{args:?} printed: {:?}", String::from_utf8_lossy(&raw));
        assert!(pty::find(&raw, b"\x1b").is_none(), "{args:?}: {:?}", String::from_utf8_lossy(&raw));
    }
    // The same on a colour terminal is coloured: the test can tell.
    let mut tui = Tui::spawn(Launch::new(home.path(), &["show", "Укрмережа", "--today", TODAY, "--db", db]));
    tui.expect_clean_exit();
    assert!(pty::find(&tui.raw(), b"\x1b[").is_some(), "show on a terminal is coloured");
}

#[test]
fn a_database_in_a_missing_directory_is_refused_before_the_screen_changes() {
    let home = home();
    let missing = home.path().join("no-such-dir").join("work.db");
    let mut tui = Tui::spawn(Launch::new(home.path(), &["--db", missing.to_str().unwrap()]));
    let status = tui.wait_exit();
    assert_eq!(status.exit_code(), 2, "{}", tui.dump());
    let text = String::from_utf8_lossy(&tui.raw()).to_string();
    assert!(text.contains("no-such-dir does not exist"), "{text}");
    assert_eq!(text.trim_end().lines().count(), 1, "{text}");
    assert!(pty::find(&tui.raw(), b"\x1b[?1049h").is_none(), "the screen was taken first");
    assert!(!missing.parent().unwrap().exists(), "the directory was made");
}

/// The colour codes a whole first frame used, with `env` set.
fn colour_codes(env: &[(&str, &str)]) -> String {
    let home = home();
    let mut launch = Launch::new(home.path(), &["--demo", "--today", TODAY]);
    for (key, value) in env {
        launch = launch.env(key, value);
    }
    let mut tui = Tui::spawn(launch);
    tui.wait_for("Укрмережа Телеком");
    tui.wait_for("overdue");
    let raw = String::from_utf8_lossy(&tui.raw()).to_string();
    tui.send("q");
    tui.expect_clean_exit();
    raw
}

#[test]
fn colours_follow_what_the_terminal_advertises() {
    // 16 colours: the 16-colour syntax only (not even 38;5;1 for red).
    for term in ["screen", "linux", "xterm"] {
        let raw = colour_codes(&[("TERM", term)]);
        assert!(!raw.contains("38;5;") && !raw.contains("38;2;"), "TERM={term}: {raw:?}");
        assert!(raw.contains("\x1b[31") || raw.contains(";31m"), "TERM={term} shows red: {raw:?}");
    }
    let raw = colour_codes(&[("TERM", "xterm-256color")]);
    assert!(raw.contains("38;5;") && !raw.contains("38;2;"), "{raw:?}");
    let raw = colour_codes(&[("TERM", "xterm-256color"), ("COLORTERM", "truecolor")]);
    assert!(raw.contains("38;2;"), "{raw:?}");
    let raw = colour_codes(&[("TERM", "xterm-256color"), ("NO_COLOR", "1")]);
    for code in ["38;", "\x1b[31", "\x1b[33", ";31m", ";33m"] {
        assert!(!raw.contains(code), "NO_COLOR: {code:?} in {raw:?}");
    }
}
