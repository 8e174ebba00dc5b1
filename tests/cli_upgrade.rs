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
            .env("LC_ALL", "C.UTF-8")
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
        .env("LC_ALL", "C.UTF-8")
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

/// Runs keyplan with `args` on the database `path`: (status, stdout, stderr).
fn keyplan(dir: &std::path::Path, path: &std::path::Path, args: &[&str]) -> (i32, String, String) {
    let output = Command::cargo_bin("keyplan")
        .unwrap()
        .env("LC_ALL", "C.UTF-8")
        .args(args)
        .arg("--db")
        .arg(path)
        .env("XDG_CONFIG_HOME", dir)
        .env("HOME", dir)
        .env_remove("KEYPLAN_DB")
        .output()
        .unwrap();
    let text = |b: Vec<u8>| String::from_utf8(b).unwrap();
    (output.status.code().unwrap_or(-1), text(output.stdout), text(output.stderr))
}

#[test]
fn backup_then_restore_round_trip_from_the_shell() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keyplan.db");
    let (code, _, err) = keyplan(dir.path(), &path, &["demo"]);
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = keyplan(dir.path(), &path, &["backup"]);
    assert_eq!(code, 0, "{err}");
    let copy = std::path::PathBuf::from(out.trim_end());
    assert!(copy.starts_with(dir.path().join("backups")), "{out}");
    assert_eq!(std::fs::metadata(&copy).unwrap().permissions().mode() & 0o777, 0o600);
    assert_eq!(std::fs::metadata(dir.path().join("backups")).unwrap().permissions().mode() & 0o777, 0o700);

    // A copy at a path of one's choice, never over an existing file.
    let chosen = dir.path().join("handover.db");
    let (code, out, _) = keyplan(dir.path(), &path, &["backup", chosen.to_str().unwrap()]);
    assert_eq!((code, out.trim_end()), (0, chosen.to_str().unwrap()));
    let (code, _, err) = keyplan(dir.path(), &path, &["backup", chosen.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");

    let (code, _, err) = keyplan(dir.path(), &path, &["log", "brambleford", "-s", "After the backup"]);
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = keyplan(dir.path(), &path, &["restore", copy.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("kept in"), "{out}");
    let log = ["show", "brambleford", "--section", "log", "--format", "md"];
    let (code, shown, err) = keyplan(dir.path(), &path, &log);
    assert_eq!(code, 0, "{err}");
    assert!(shown.contains("Brambleford") && !shown.contains("After the backup"), "logged since, gone: {shown}");
    let kept = out.lines().find_map(|l| l.split("kept in ").nth(1)).unwrap();
    let (_, shown, _) = keyplan(dir.path(), std::path::Path::new(kept), &log);
    assert!(shown.contains("After the backup"), "it is in the copy written before: {shown}");
}

#[test]
fn restore_refuses_a_backup_of_a_newer_keyplan_with_one_sentence() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keyplan.db");
    keyplan(dir.path(), &path, &["demo"]);
    let newer = dir.path().join("newer.db");
    keyplan(dir.path(), &path, &["backup", newer.to_str().unwrap()]);
    rusqlite::Connection::open(&newer).unwrap().pragma_update(None, "user_version", 99).unwrap();
    let before = std::fs::read(&path).unwrap();
    let (code, out, err) = keyplan(dir.path(), &path, &["restore", newer.to_str().unwrap()]);
    assert_eq!(code, 2, "{out}");
    assert!(err.contains("newer keyplan") && err.trim_end().lines().count() == 1, "{err}");
    let (code, _, err) = keyplan(dir.path(), &path, &["restore", "/etc/hostname"]);
    assert_eq!(code, 2);
    assert!(err.contains("not a keyplan database"), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), before, "the database is left as it was");
}
