//! A database written by an older keyplan still answers the read-only
//! commands: it is upgraded (with a backup) on first use.

#[path = "support/old_schema.rs"]
mod old_schema;

use assert_cmd::Command;
use chrono::NaiveDate;
use keyplan::store::Store;
use keyplan::store::schema::STEPS;

#[test]
fn show_and_check_upgrade_an_older_database_first() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    drop(Store::open_with_migrations(&path, &STEPS[..2]).unwrap().store);
    let conn = rusqlite::Connection::open(&path).unwrap();
    for dossier in keyplan::sample::sample_portfolio(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()) {
        old_schema::write_dossier(&conn, &dossier);
    }
    drop(conn);
    let run = |args: &[&str]| {
        Command::cargo_bin("keyplan")
            .unwrap()
            .args(args)
            .arg("--db")
            .arg(&path)
            .args(["--today", "2026-11-23"])
            .env("XDG_CONFIG_HOME", dir.path())
            .env("HOME", dir.path())
            .output()
            .unwrap()
    };
    let shown = run(&["show", "1"]);
    assert!(shown.status.success(), "{}", String::from_utf8_lossy(&shown.stderr));
    let notice = String::from_utf8_lossy(&shown.stderr);
    assert!(notice.contains("upgraded") && notice.contains(".bak"), "{notice}");
    assert!(String::from_utf8_lossy(&shown.stdout).contains("Укрмережа"));
    let checked = run(&["check"]);
    assert!(checked.status.success());
    assert!(checked.stderr.is_empty(), "upgraded once, quiet after: {}", String::from_utf8_lossy(&checked.stderr));
}

#[test]
fn an_older_database_that_cannot_be_upgraded_in_place_says_so() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("shared");
    std::fs::create_dir(&folder).unwrap();
    let path = folder.join("old.db");
    drop(Store::open_with_migrations(&path, &STEPS[..2]).unwrap());
    let before = std::fs::read(&path).unwrap();
    // Without write bits (honoured even for root, who runs the tests).
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o555)).unwrap();
    let output = Command::cargo_bin("keyplan")
        .unwrap()
        .args(["list", "--db"])
        .arg(&path)
        .env("XDG_CONFIG_HOME", dir.path())
        .env("HOME", dir.path())
        .output()
        .unwrap();
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o700)).unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("older keyplan") && stderr.contains("copy it to a directory you can write"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(std::fs::read(&path).unwrap() == before, "left as it was");
}
