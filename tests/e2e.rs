//! End to end: the built `keyplan` binary in a real pseudo-terminal, driven
//! by keystrokes, checked by what its screen shows. Every step waits (with a
//! deadline) for what the screen must show next; nothing sleeps and hopes.

#[path = "support/pty.rs"]
mod pty;

#[path = "e2e/drafts.rs"]
mod drafts;
#[path = "e2e/signals.rs"]
mod signals;
#[path = "e2e/terminals.rs"]
mod terminals;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use pty::{Launch, Tui};

const TODAY: &str = "2026-11-23";
const CTRL_S: &str = "\x13";
const ENTER: &str = "\r";
const ESC: &str = "\x1b";

fn home() -> tempfile::TempDir {
    tempfile::Builder::new().prefix("keyplan-e2e-").tempdir().expect("a temporary home")
}

fn db_path(home: &Path) -> PathBuf {
    home.join("work.db")
}

/// `keyplan --db <home>/work.db --today 2026-11-23` in a 100x30 terminal.
fn open_db(home: &Path) -> Launch<'_> {
    let db = db_path(home);
    Launch::new(home, &["--db", db.to_str().expect("a UTF-8 path"), "--today", TODAY])
}

/// Every file under `dir`, however deep.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return found;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(files_under(&path));
        } else {
            found.push(path);
        }
    }
    found
}

/// From the welcome screen: `a`, a name, Ctrl-S, and the new account's dossier is open.
fn add_first_account(tui: &mut Tui, name: &str) {
    tui.wait_for("Welcome to keyplan");
    tui.send("a");
    tui.wait_for("New account");
    tui.send(name);
    tui.wait_for_row(&["Name", name]);
    tui.send(CTRL_S);
    tui.wait_for(&format!("{name} ·"));
    tui.wait_for(&format!("{name} › Overview"));
}

/// Asserts the text cursor (a reverse-video cell) is on the row labelled
/// `focused` and not on the row labelled `other`.
fn assert_cursor_in(tui: &Tui, focused: &str, other: &str) {
    let focused_row = tui.row_of(focused).unwrap_or_else(|| panic!("no row shows {focused:?}\n{}", tui.dump()));
    let other_row = tui.row_of(other).unwrap_or_else(|| panic!("no row shows {other:?}\n{}", tui.dump()));
    assert!(tui.has_reversed_cell(focused_row), "the cursor is not in the {focused:?} field\n{}", tui.dump());
    assert!(!tui.has_reversed_cell(other_row), "a cursor shows in the {other:?} field\n{}", tui.dump());
}

#[test]
fn first_account_charter_and_touchpoint_survive_a_restart() {
    let home = home();
    let name = "Київстар Бізнес";
    let charter = "Мета 2027: стратегічне партнерство — ქართული ბაზარი, თბილისი";
    let summary = "Зустріч із CTO: пілот на 40 об'єктах";

    let mut tui = Tui::spawn(open_db(home.path()));
    tui.wait_for("Welcome to keyplan");
    tui.send("a");
    tui.wait_for("New account");
    assert_cursor_in(&tui, "Name", "Key-client type");
    tui.send(name);
    tui.wait_for_row(&["Name", name]);
    tui.send(CTRL_S);
    // The dossier opens: its title is the account's name.
    tui.wait_for(&format!("{name} ·"));
    tui.wait_for(&format!("{name} › Overview"));

    tui.send("2");
    tui.wait_for(&format!("{name} › Charter"));
    tui.send("e");
    tui.wait_for(&format!("Charter — {name}"));
    tui.send(charter);
    tui.wait_for(charter);
    tui.send(CTRL_S);
    tui.wait_gone("Esc cancel");
    tui.wait_for(charter);

    tui.send("l");
    tui.wait_for("Log a touchpoint");
    assert_cursor_in(&tui, "Summary", "Time (HH:MM)");
    tui.wait_for_row(&["Date", TODAY]);
    tui.send(summary);
    tui.wait_for_row(&["Summary", summary]);
    tui.send(CTRL_S);
    tui.wait_gone("Log a touchpoint");
    tui.send("7");
    tui.wait_for(&format!("{name} › Log"));
    tui.wait_for_row(&[TODAY, summary]);

    tui.send("q");
    tui.expect_clean_exit();

    // The same file again: everything is still there.
    let mut tui = Tui::spawn(open_db(home.path()));
    tui.wait_for("Key accounts (1)");
    tui.wait_for(name);
    tui.send(ENTER);
    tui.wait_for(&format!("{name} › Overview"));
    tui.send("2");
    tui.wait_for(&format!("{name} › Charter"));
    tui.wait_for(charter);
    tui.send("7");
    tui.wait_for(&format!("{name} › Log"));
    tui.wait_for_row(&[TODAY, summary]);
    tui.send("q");
    tui.expect_clean_exit();
}

#[test]
fn demo_portfolio_filters_in_cyrillic_and_leaves_no_database_behind() {
    let home = home();
    let launch = Launch::new(home.path(), &["--demo", "--today", TODAY]).size(80, 24);
    let mut tui = Tui::spawn(launch);
    tui.wait_for("Key accounts (");
    for account in ["Укрмережа Телеком", "Brambleford Foods", "Галицька Логісти", "Холод-Агро Дніпро"]
    {
        tui.wait_for(account);
    }

    tui.send("?");
    tui.wait_for("Keys: portfolio");
    tui.wait_for("filter");
    tui.send(ESC);
    tui.wait_gone("Keys: portfolio");

    tui.send("/");
    tui.wait_for("/ ▏");
    tui.send("гал");
    tui.wait_for("/ гал");
    tui.wait_until("only Галицька Логістика left in the table", |screen| {
        screen.contains("Галицька Логісти")
            && !screen.contains("Укрмережа Телеком")
            && !screen.contains("Brambleford Foods")
    });
    tui.wait_for("1 of ");

    // Enter keeps the filter and gives the keys back to the list; q then quits.
    tui.send(ENTER);
    tui.wait_gone("гал▏");
    tui.send("q");
    tui.expect_clean_exit();

    let databases: Vec<PathBuf> = files_under(home.path())
        .into_iter()
        .filter(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("keyplan.db")))
        .collect();
    assert!(databases.is_empty(), "--demo created a database in the data directory: {databases:?}");
    let left = files_under(&pty::tmp_dir(home.path()));
    assert!(left.is_empty(), "the throw-away sample files were not removed on quit: {left:?}");
}

/// A newcomer with a Ukrainian locale: the portfolio, its help and the
/// dossier speak Ukrainian, a contact logged "yesterday" typed as `вчора` is
/// stored as 22.11.2026 and shown that way; nothing of it is English.
#[test]
fn a_ukrainian_locale_gets_a_ukrainian_workbench_that_reads_local_dates() {
    let home = home();
    let launch = Launch::new(home.path(), &["--demo", "--today", TODAY]).size(80, 24).env("LANG", "uk_UA.UTF-8");
    let mut tui = Tui::spawn(launch);
    tui.wait_for("Ключові клієнти (");
    tui.wait_for("Частка");
    tui.send("?");
    tui.wait_for("Клавіші: портфель");
    tui.send(ESC);
    tui.wait_gone("Клавіші: портфель");

    tui.send(ENTER);
    tui.wait_for("1 Огляд");
    tui.send("l");
    tui.wait_for("Записати контакт");
    tui.send("Дзвінок щодо продовження");
    tui.send("\t");
    tui.send("\x15"); // Ctrl-U empties the prefilled date
    tui.send("вчора");
    tui.wait_for_row(&["Дата", "вчора"]);
    tui.send(CTRL_S);
    tui.wait_gone("Записати контакт");
    tui.send("7");
    tui.wait_for_row(&["22.11.2026", "Дзвінок щодо"]);
    for english in ["Key accounts", "Overview", "Share", "keys"] {
        assert!(!tui.text().contains(english), "{english:?} left in English:\n{}", tui.dump());
    }
    tui.send("q");
    tui.send("q");
    tui.expect_clean_exit();
}

#[test]
fn external_editor_edits_a_private_temporary_file() {
    let home = home();
    let record = home.path().join("record");
    std::fs::create_dir_all(&record).expect("a place for the editor's notes");
    let line = "Зовнішній редактор: ситуація стабільна, ცვლილება";
    let script = home.path().join("editor.sh");
    let body = format!(
        "#!/bin/sh\n\
         for last in \"$@\"; do :; done\n\
         printf '%s\\n' \"$last\" > '{record}/path'\n\
         stat -c %a \"$last\" > '{record}/mode'\n\
         printf '%s\\n' '{line}' >> \"$last\"\n\
         exit 0\n",
        record = record.display()
    );
    std::fs::write(&script, body).expect("write the editor script");
    let mut permissions = std::fs::metadata(&script).expect("the script").permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut permissions, 0o755);
    std::fs::set_permissions(&script, permissions).expect("make the script executable");

    let visual = format!("'{}'", script.display());
    let mut tui = Tui::spawn(open_db(home.path()).env("VISUAL", &visual));
    add_first_account(&mut tui, "Kolkheti Sensors");
    tui.send("3");
    tui.wait_for("Kolkheti Sensors › Situation");
    tui.send("E");
    tui.wait_for(line);
    tui.wait_for("Kolkheti Sensors › Situation");

    let received = std::fs::read_to_string(record.join("path")).expect("the editor recorded its file");
    let received = Path::new(received.trim_end());
    assert!(!received.as_os_str().is_empty(), "the editor was given no file");
    assert!(!received.exists(), "the temporary file {} is still there after the edit", received.display());
    let mode = std::fs::read_to_string(record.join("mode")).expect("the editor recorded the file's mode");
    assert_eq!(mode.trim(), "600", "the temporary file was readable by others while it existed");

    tui.send("q");
    tui.expect_clean_exit();

    // The edit was saved, not only shown.
    let mut tui = Tui::spawn(open_db(home.path()));
    tui.wait_for("Kolkheti Sensors");
    tui.send(ENTER);
    tui.wait_for("Kolkheti Sensors › Overview");
    tui.send("3");
    tui.wait_for(line);
    tui.send("q");
    tui.expect_clean_exit();
}

#[test]
fn quitting_restores_the_terminal() {
    let home = home();
    let mut tui = Tui::spawn(open_db(home.path()));
    let modes_before = tui.local_modes();
    tui.wait_for("Welcome to keyplan");
    assert!(tui.alternate_screen(), "the workbench does not use the alternate screen");
    tui.send("q");
    tui.expect_clean_exit();

    let raw = tui.raw();
    let entered = pty::find(&raw, b"\x1b[?1049h").expect("the alternate screen was entered");
    let left = pty::find(&raw[entered..], b"\x1b[?1049l");
    assert!(left.is_some(), "the alternate screen was never left");
    assert!(!tui.alternate_screen(), "the terminal is still on the alternate screen");
    assert!(pty::find(&raw, b"\x1b[?2004l").is_some(), "bracketed paste was left on");
    assert!(pty::find(&raw, b"\x1b[?25h").is_some(), "the cursor was left hidden");
    assert_eq!(tui.local_modes(), modes_before, "echo / line editing were not restored");
}

/// Bytes that are no SQLite database: a fixed pseudo-random sequence.
fn noise(len: usize) -> Vec<u8> {
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect()
}

fn keyplan(home: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_keyplan"));
    cmd.env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", home)
        .env("XDG_DATA_HOME", pty::data_dir(home))
        .env("XDG_CONFIG_HOME", pty::config_dir(home))
        .env("TMPDIR", home)
        .current_dir(home);
    cmd
}

fn assert_one_clean_line(stderr: &str) {
    assert!(stderr.starts_with("keyplan:"), "stderr does not start with 'keyplan:': {stderr:?}");
    assert_eq!(stderr.trim_end().lines().count(), 1, "stderr is more than one line: {stderr:?}");
    let lower = stderr.to_lowercase();
    assert!(!lower.contains("panicked") && !lower.contains("backtrace"), "a panic reached the user: {stderr:?}");
}

#[test]
fn refusals_from_the_shell_are_one_sentence_and_touch_nothing() {
    let home = home();
    let path = home.path().join("noise.db");
    let bytes = noise(64 * 1024);
    std::fs::write(&path, &bytes).expect("write the noise file");

    let out = keyplan(home.path())
        .args(["--db", path.to_str().expect("UTF-8"), "--today", TODAY])
        .write_stdin("")
        .assert()
        .code(2)
        .get_output()
        .clone();
    assert_one_clean_line(&String::from_utf8_lossy(&out.stderr));
    assert_eq!(std::fs::read(&path).expect("the noise file is still there"), bytes, "the file was changed");
    let around: Vec<PathBuf> = files_under(home.path()).into_iter().filter(|p| p != &path).collect();
    assert!(around.is_empty(), "files appeared next to the refused one: {around:?}");

    let out = keyplan(home.path())
        .args(["--today", "2026-02-30"])
        .write_stdin("")
        .assert()
        .code(2)
        .stderr(predicates::str::contains("2026-02-30"))
        .stderr(predicates::str::contains("not a date"))
        .get_output()
        .clone();
    assert_one_clean_line(&String::from_utf8_lossy(&out.stderr));
}

/// `keyplan --demo` at 100x30, showing its portfolio.
fn demo_at_full_size(home: &Path) -> Tui {
    let mut tui = Tui::spawn(Launch::new(home, &["--demo", "--today", TODAY]));
    tui.wait_for("Key accounts (");
    tui.wait_for("Укрмережа Телеком");
    tui
}

/// Resizes, then waits for the program to draw a frame for the new size.
fn resize_and_wait(tui: &mut Tui, cols: u16, rows: u16) {
    let mark = tui.output_mark();
    tui.resize(cols, rows);
    tui.wait_for_frame_since(mark);
}

#[test]
fn a_tiny_terminal_gets_a_sentence_and_the_portfolio_comes_back() {
    let home = home();
    let mut tui = demo_at_full_size(home.path());

    for _ in 0..4 {
        tui.resize(10, 4);
        tui.wait_for("needs a");
        // Nothing can be read at 1x1; it is enough that a frame comes.
        resize_and_wait(&mut tui, 1, 1);
        tui.resize(30, 8);
        tui.wait_for("40×10");
        tui.resize(100, 30);
        tui.wait_for("Key accounts (");
        tui.wait_for("Укрмережа Телеком");
    }

    // Keys wait while the window is too small: Enter does not open a
    // dossier nobody can see.
    tui.resize(30, 8);
    tui.wait_for("40×10");
    let mark = tui.output_mark();
    tui.send("\r");
    tui.wait_for_frame_since(mark);
    tui.resize(100, 30);
    tui.wait_for("Key accounts (");
    assert!(!tui.text().contains("1 Overview"), "{}", tui.dump());

    // Still listening to the keyboard.
    tui.send("?");
    tui.wait_for("Keys: portfolio");
    tui.send(ESC);
    tui.wait_gone("Keys: portfolio");
    tui.send("q");
    tui.expect_clean_exit();
}

#[test]
fn rapid_resizes_end_with_the_whole_portfolio_redrawn() {
    let home = home();
    let mut tui = demo_at_full_size(home.path());

    // Quicker than the program can follow: it is held still meanwhile, so
    // it sees only that the size ends where it began. The terminal lost its
    // picture at 1x1; the program must draw the whole portfolio again.
    tui.set_running(false);
    for _ in 0..5 {
        for (cols, rows) in [(10, 4), (1, 1), (30, 8), (100, 30)] {
            tui.resize(cols, rows);
        }
    }
    tui.set_running(true);
    tui.wait_for("Key accounts (");
    tui.wait_for("Укрмережа Телеком");
    tui.wait_for("? keys");
    tui.send("q");
    tui.expect_clean_exit();
}

#[test]
fn asked_to_end_it_ends_as_if_quit() {
    let home = home();
    let mut tui = Tui::spawn(Launch::new(home.path(), &["--demo", "--today", TODAY]));
    let modes_before = tui.local_modes();
    tui.wait_for("Укрмережа Телеком");
    tui.signal("-TERM");
    tui.expect_clean_exit();
    assert!(!tui.alternate_screen(), "the terminal is still on the alternate screen");
    assert_eq!(tui.local_modes(), modes_before, "echo / line editing were not restored");
    let left = files_under(&pty::tmp_dir(home.path()));
    assert!(left.is_empty(), "the throw-away sample was left behind: {left:?}");
}

/// The file with one account, written by the store, for two workbenches.
fn one_account(home: &Path, name: &str, contacts: &[&str]) -> keyplan::domain::AccountId {
    use keyplan::domain::{Account, Channel, Touchpoint};
    let mut store = keyplan::store::Store::open(&db_path(home)).expect("a database").store;
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 2).expect("a day");
    let id = store.create_account(&Account::new(name, day)).expect("an account");
    for (i, summary) in contacts.iter().enumerate() {
        let on = day + chrono::Days::new(i as u64);
        store.save_touchpoint(&Touchpoint::new(id, on, Channel::Call, *summary)).expect("a contact");
    }
    id
}

#[test]
fn two_workbenches_editing_one_charter_never_overwrite_each_other() {
    let home = home();
    let name = "Сільпо";
    let id = one_account(home.path(), name, &[]);
    let mut laptop = Tui::spawn(open_db(home.path()));
    let mut phone = Tui::spawn(open_db(home.path()).size(50, 20));
    for tui in [&mut laptop, &mut phone] {
        // (A 50-column portfolio has no room for names yet.)
        tui.wait_for("Key accounts (1)");
        tui.send(ENTER);
        tui.wait_for(&format!("{name} › Overview"));
        tui.send("2");
        tui.wait_for(&format!("{name} › Charter"));
        tui.send("e");
        tui.wait_for("Esc cancel");
    }
    laptop.send("Ноутбук: партнерство");
    laptop.wait_for("Ноутбук: партнерство");
    phone.send("Телефон: сервіс");
    phone.wait_for("Телефон: сервіс");
    phone.send(CTRL_S);
    phone.wait_for("Charter saved");
    laptop.send(CTRL_S);
    laptop.wait_for("was changed elsewhere");
    laptop.wait_for("Yours (not saved)");
    // Merge: both texts in the editor, saved together.
    laptop.send("e");
    laptop.wait_for("the stored version");
    laptop.send(CTRL_S);
    laptop.wait_for("Charter saved");
    let store = keyplan::store::Store::open(&db_path(home.path())).expect("the database").store;
    let (charter, revision) =
        store.stored_text(id, keyplan::domain::TextPart::Plan(keyplan::domain::PlanSection::Charter)).expect("it");
    assert!(charter.contains("Ноутбук: партнерство") && charter.contains("Телефон: сервіс"), "{charter}");
    assert_eq!(revision, 2, "two saves, neither over the other");
    for mut tui in [laptop, phone] {
        tui.send("q");
        tui.expect_clean_exit();
    }
}

#[test]
fn a_delete_question_deletes_the_contact_it_named_while_the_shell_logs_another() {
    let home = home();
    let name = "Нова Пошта";
    let id = one_account(home.path(), name, &["перший дзвінок", "другий дзвінок", "третій дзвінок"]);
    let mut tui = Tui::spawn(open_db(home.path()));
    tui.wait_for(name);
    tui.send(ENTER);
    tui.send("7");
    tui.wait_for(&format!("{name} › Log"));
    tui.send("j");
    tui.send("d");
    tui.wait_for("другий дзвінок»?");
    let db = db_path(home.path());
    Command::cargo_bin("keyplan")
        .expect("the binary")
        .env("LC_ALL", "C.UTF-8")
        .args(["log", name, "--summary", "з іншого терміналу", "--db", db.to_str().expect("UTF-8"), "--today", TODAY])
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path())
        .assert()
        .success();
    // The workbench sees the write (the list shifts under the question).
    tui.wait_for("з іншого терміналу");
    tui.send("y");
    tui.wait_for("Deleted");
    let store = keyplan::store::Store::open(&db).expect("the database").store;
    let left: Vec<String> =
        store.load_dossier(id).expect("the dossier").touchpoints.into_iter().map(|t| t.summary).collect();
    assert_eq!(left, ["з іншого терміналу", "третій дзвінок", "перший дзвінок"]);
    tui.send("q");
    tui.expect_clean_exit();
}

fn day_one() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 1, 5).expect("a date")
}

/// `work.db` with one account, Acme Logistics, and the store still open on it.
fn with_acme(home: &Path) -> (PathBuf, keyplan::store::Store) {
    let db = db_path(home);
    let mut store = keyplan::store::Store::open(&db).expect("a new database").store;
    store.create_account(&keyplan::domain::Account::new("Acme Logistics", day_one())).expect("an account");
    (db, store)
}

#[test]
fn the_workbench_writes_the_days_backup_and_says_so_when_it_cannot() {
    use std::os::unix::fs::PermissionsExt;
    let home = home();
    let (db, store) = with_acme(home.path());
    drop(store);

    let mut tui = Tui::spawn(open_db(home.path()));
    tui.wait_for("Acme Logistics");
    let backups = home.path().join("backups");
    let daily = backups.join(format!("work-daily-{TODAY}.db"));
    tui.wait_until("the day's backup", |_| daily.exists());
    tui.send("q");
    tui.expect_clean_exit();
    let mode = |path: &Path| std::fs::metadata(path).expect("it exists").permissions().mode() & 0o777;
    assert_eq!((mode(&backups), mode(&daily)), (0o700, 0o600));
    assert!(backups.join(format!("work-weekly-{TODAY}.db")).exists(), "the first of its week is kept as weekly");

    // The next day, where no backup can be written: one sentence, and the workbench works on.
    std::fs::remove_dir_all(&backups).expect("removed");
    std::fs::write(&backups, "a file in the way").expect("written");
    let launch =
        Launch::new(home.path(), &["--db", db.to_str().expect("UTF-8"), "--today", "2026-11-24"]).size(200, 30);
    let mut tui = Tui::spawn(launch);
    tui.wait_for("The daily backup was not written");
    tui.send(ENTER);
    tui.wait_for("Acme Logistics · Breadwinner");
    tui.send("q");
    tui.expect_clean_exit();
}

#[test]
fn a_restore_from_the_shell_shows_in_an_open_workbench() {
    let home = home();
    let (db, mut store) = with_acme(home.path());
    let copy = home.path().join("acme-only.db");
    store.backup_to(&copy).expect("a copy");
    store.create_account(&keyplan::domain::Account::new("Globex Trading", day_one())).expect("an account");
    drop(store);

    let mut tui = Tui::spawn(open_db(home.path()));
    tui.wait_for("Globex Trading");
    let restored = keyplan(home.path()).arg("--db").arg(&db).arg("restore").arg(&copy).output().expect("it runs");
    assert!(restored.status.success(), "{}", String::from_utf8_lossy(&restored.stderr));
    // The open workbench sees one whole change, as if another process had saved.
    tui.wait_gone("Globex Trading");
    tui.wait_for("Key accounts (1)");
    tui.send(ENTER);
    tui.wait_for("Acme Logistics › Overview");
    tui.send("q");
    tui.expect_clean_exit();
    let kept = String::from_utf8_lossy(&restored.stdout);
    assert!(kept.contains("kept in"), "{kept}");
}
