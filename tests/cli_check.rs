//! `keyplan check` from the shell: the same rules and results as the agenda.

use assert_cmd::Command;
use chrono::NaiveDate;
use keyplan::domain::{CheckSettings, check};
use keyplan::store::Store;

fn sample() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keyplan.db");
    Command::cargo_bin("keyplan")
        .unwrap()
        .env("LC_ALL", "C.UTF-8")
        .args(["demo", "--today", "2026-11-23", "--db"])
        .arg(&path)
        .env("XDG_CONFIG_HOME", dir.path())
        .assert()
        .success();
    (dir, path)
}

fn keyplan(dir: &tempfile::TempDir) -> Command {
    let mut cmd = Command::cargo_bin("keyplan").unwrap();
    // English, whatever the locale of the machine running the tests.
    cmd.env("LC_ALL", "C.UTF-8");
    cmd.env("XDG_CONFIG_HOME", dir.path()).env("HOME", dir.path()).env_remove("KEYPLAN_DB").env_remove("KEYPLAN_TODAY");
    cmd
}

#[test]
fn json_lists_the_same_alerts_as_the_rules() {
    let (dir, path) = sample();
    let output =
        keyplan(&dir).args(["check", "--format", "json", "--today", "2027-11-23", "--db"]).arg(&path).output().unwrap();
    assert!(output.status.success());
    let printed: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let store = Store::open_read_only(&path).unwrap();
    let day = NaiveDate::from_ymd_opt(2027, 11, 23).unwrap();
    let expected = check(store.check_input(day, 14).unwrap(), day, &CheckSettings::default());
    assert_eq!(printed, serde_json::to_value(&expected).unwrap());
    let first = &printed[0];
    for field in ["kind", "severity", "account_id", "account", "date", "days", "text"] {
        assert!(!first[field].is_null(), "{field} is present");
    }
}

#[test]
fn text_is_one_line_per_alert() {
    let (dir, path) = sample();
    let output = keyplan(&dir).args(["check", "--today", "2026-11-23", "--db"]).arg(&path).output().unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines.len() > 5);
    assert!(lines.iter().all(|l| l.starts_with("overdue ") || l.starts_with("due ") || l.starts_with("upcoming ")));
    assert!(!text.contains('\u{1b}'), "no escape sequences in piped output");
}

#[test]
fn exit_code_says_whether_anything_is_overdue() {
    let (dir, path) = sample();
    keyplan(&dir).args(["check", "--exit-code", "--today", "2026-11-23", "--db"]).arg(&path).assert().code(1);
    keyplan(&dir).args(["check", "--today", "2026-11-23", "--db"]).arg(&path).assert().code(0);
    // The sample holds late items on purpose; an empty database has nothing overdue.
    let empty = dir.path().join("empty.db");
    Store::open(&empty).unwrap();
    keyplan(&dir)
        .args(["check", "--exit-code", "--today", "2026-11-23", "--db"])
        .arg(&empty)
        .assert()
        .code(0)
        .stdout("");
}

#[test]
fn within_widens_the_window_for_round_dates() {
    let (dir, path) = sample();
    let count = |within: &str| {
        let out = keyplan(&dir)
            .args(["check", "--format", "json", "--today", "2026-11-23", "--within", within, "--db"])
            .arg(&path)
            .output()
            .unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        v.as_array().unwrap().iter().filter(|a| a["severity"] == "upcoming").count()
    };
    assert!(count("0") < count("14"));
    keyplan(&dir).args(["check", "--within", "1000", "--db"]).arg(&path).assert().code(2);
}

#[test]
fn a_missing_database_is_one_sentence_and_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope.db");
    let out = keyplan(&dir).args(["check", "--db"]).arg(&missing).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.starts_with("keyplan: "), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(!missing.exists(), "check never creates a database");
}
