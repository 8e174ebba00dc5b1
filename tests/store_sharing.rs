//! One database, several writers: the workbench (its own connection plus
//! the background check's) and `keyplan log` from a shell, at once. POSIX
//! drops every lock a process holds on a file when the process closes any
//! descriptor of that file, so nothing in keyplan may open and close the
//! database beside SQLite while SQLite has it open: other processes would
//! then checkpoint and delete the write-ahead log under the workbench's
//! feet, and its later writes would be lost or corrupt the file.

use assert_cmd::Command;
use chrono::NaiveDate;
use keyplan::checker::Checker;
use keyplan::domain::{Channel, CheckSettings, Touchpoint};
use keyplan::store::Store;

const TODAY: &str = "2026-11-23";

fn keyplan(dir: &tempfile::TempDir) -> Command {
    let mut cmd = Command::cargo_bin("keyplan").unwrap();
    // English, whatever the locale of the machine running the tests.
    cmd.env("LC_ALL", "C.UTF-8");
    cmd.env("XDG_CONFIG_HOME", dir.path()).env("HOME", dir.path()).env_remove("KEYPLAN_DB").args(["--today", TODAY]);
    cmd
}

fn summaries(path: &std::path::Path) -> Vec<String> {
    let conn = rusqlite::Connection::open(path).unwrap();
    let mut stmt = conn.prepare("SELECT summary FROM touchpoints ORDER BY id").unwrap();
    stmt.query_map([], |r| r.get(0)).unwrap().collect::<Result<_, _>>().unwrap()
}

#[test]
fn the_workbench_and_the_shell_write_to_one_file_and_nothing_is_lost() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keyplan.db");
    keyplan(&dir).arg("demo").arg("--db").arg(&path).assert().success();
    let today = NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").unwrap();

    // The workbench: its store, then the background check's connection.
    let mut store = Store::open(&path).unwrap().store;
    let mut checker = Checker::open(&path, today, CheckSettings::default()).unwrap();
    checker.run().unwrap();
    let account = store.list_accounts().unwrap()[0].id;
    let id = account.0.to_string();

    let log = |summary: &str| {
        keyplan(&dir).args(["log", &id, "--summary", summary, "--db"]).arg(&path).assert().success();
    };
    log("from the shell, first");
    store.save_touchpoint(&Touchpoint::new(account, today, Channel::Call, "from the workbench")).unwrap();
    log("from the shell, second");
    checker.run().unwrap();
    drop(checker);
    drop(store);

    let all = summaries(&path);
    let last: Vec<&str> = all.iter().rev().take(3).rev().map(String::as_str).collect();
    assert_eq!(last, ["from the shell, first", "from the workbench", "from the shell, second"]);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let integrity: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(integrity, "ok");
}
