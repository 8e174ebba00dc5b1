//! Losing and winning back customers from the shell: `keyplan close`,
//! `keyplan win-back`, and the `lapsing` and `win_back` alerts of
//! `keyplan check --format json`.

use assert_cmd::Command;
use chrono::NaiveDate;
use keyplan::domain::sales::{Month, Sale};
use keyplan::domain::{Account, AccountId, AccountStatus};
use keyplan::store::Store;
use serde_json::Value;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn keyplan(dir: &tempfile::TempDir, lang: &str) -> Command {
    let mut cmd = Command::cargo_bin("keyplan").unwrap();
    cmd.env("LC_ALL", lang)
        .env("XDG_CONFIG_HOME", dir.path())
        .env("HOME", dir.path())
        .env_remove("KEYPLAN_DB")
        .env_remove("KEYPLAN_TODAY")
        .env_remove("NO_COLOR");
    cmd
}

/// Runs keyplan in English on 2026-12-02; returns (status code, stdout, stderr).
fn run(dir: &tempfile::TempDir, path: &std::path::Path, args: &[&str]) -> (i32, String, String) {
    run_in(dir, path, "C.UTF-8", args)
}

fn run_in(dir: &tempfile::TempDir, path: &std::path::Path, lang: &str, args: &[&str]) -> (i32, String, String) {
    let output = keyplan(dir, lang).args(args).arg("--db").arg(path).arg("--today").arg("2026-12-02").output().unwrap();
    let text = |bytes: Vec<u8>| String::from_utf8(bytes).unwrap();
    (output.status.code().unwrap_or(-1), text(output.stdout), text(output.stderr))
}

/// Acme (last purchase in May 2026, contacted every 3650 days) and Gone (active for now).
fn portfolio() -> (tempfile::TempDir, std::path::PathBuf, Store, AccountId, AccountId) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keyplan.db");
    let mut store = Store::open(&path).unwrap().store;
    let mut acme = Account::new("Acme", day("2024-01-01"));
    acme.contact_every_days = Some(3650);
    let acme = store.create_account(&acme).unwrap();
    let sale = Sale {
        account_id: acme,
        month: Month::parse("2026-05").unwrap(),
        product: String::new(),
        amount: 100_000,
        profit: None,
        volume: None,
    };
    store.add_sale(&sale).unwrap();
    let mut gone = Account::new("Gone Ltd", day("2024-01-01"));
    gone.contact_every_days = Some(3650);
    let gone = store.create_account(&gone).unwrap();
    (dir, path, store, acme, gone)
}

#[test]
fn closing_and_a_win_back_show_in_the_check_as_json() {
    let (dir, path, store, _acme, gone) = portfolio();
    let (code, out, err) = run(
        &dir,
        &path,
        &["close", "gone", "--as", "lost", "--reason", "competitor", "--note", "went to Beta", "-d", "2026-11-01"],
    );
    assert_eq!((code, err.as_str()), (0, ""), "{out}");
    assert_eq!(out, "Gone Ltd: closed as lost on 2026-11-01 (competitor).\n");
    let closed = store.load_account(gone).unwrap();
    assert_eq!((closed.status, closed.closed_on), (AccountStatus::Lost, Some(day("2026-11-01"))));
    assert_eq!(closed.loss_note, "went to Beta");

    // Closing it again would overwrite the closing date, reason and note.
    let (code, out, err) = run(
        &dir,
        &path,
        &["close", "gone", "--as", "former", "--reason", "price", "--note", "oops", "-d", "2026-11-20"],
    );
    assert_eq!((code, out.as_str()), (2, ""), "{err}");
    assert!(err.contains("Gone Ltd is already lost (closed on 2026-11-01): nothing was changed"), "{err}");
    assert!(err.contains("the account's form in the workbench"), "{err}");
    let kept = store.load_account(gone).unwrap();
    assert_eq!(
        (kept.status, kept.closed_on, kept.loss_reason),
        (AccountStatus::Lost, Some(day("2026-11-01")), closed.loss_reason)
    );
    assert_eq!(kept.loss_note, "went to Beta");

    let (code, out, err) = run(
        &dir,
        &path,
        &["win-back", "Gone Ltd", "--means", "special_offer", "--date", "2026-12-01", "--note", "10% off"],
    );
    assert_eq!((code, err.as_str()), (0, ""), "{out}");
    assert_eq!(out, "Gone Ltd: win-back with special offer on 2026-12-01.\n");

    let (code, out, _) = run(&dir, &path, &["check", "--format", "json"]);
    assert_eq!(code, 0);
    let alerts: Value = serde_json::from_str(&out).unwrap();
    let found: Vec<(&str, &str, &str, i64)> = alerts
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["kind"].as_str().unwrap(),
                a["severity"].as_str().unwrap(),
                a["account"].as_str().unwrap(),
                a["days"].as_i64().unwrap(),
            )
        })
        .collect();
    // Both overdue, the longest late first: Acme counts as lost for 5 days.
    assert_eq!(found, [("lapsing", "overdue", "Acme", 5), ("win_back", "overdue", "Gone Ltd", 1)]);
    assert_eq!(
        alerts[0]["text"],
        "Acme: no purchase for 185 days; lost after 180: close it as lost or plan a win-back"
    );
    let (_, text, _) = run(&dir, &path, &["check"]);
    assert!(
        text.contains("Gone Ltd: win-back (Special offer) \"10% off\" is 1 day late (planned for 2026-12-01)"),
        "{text}"
    );

    let (code, out, _) = run(&dir, &path, &["win-back", "gone", "--clear"]);
    assert_eq!((code, out.as_str()), (0, "Gone Ltd is off the win-back list.\n"));
    let (_, out, _) = run(&dir, &path, &["check", "--format", "json"]);
    assert!(!out.contains("win_back"), "{out}");
}

#[test]
fn the_lost_client_criterion_comes_from_the_settings() {
    let (dir, path, _store, _acme, _gone) = portfolio();
    let config = dir.path().join("keyplan");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(config.join("settings.toml"), "[analysis]\nlost_after_days = 150\n").unwrap();
    let (_, out, err) = run(&dir, &path, &["check", "--format", "json"]);
    assert_eq!(err, "");
    let alerts: Value = serde_json::from_str(&out).unwrap();
    assert_eq!((alerts[0]["kind"].as_str(), alerts[0]["severity"].as_str()), (Some("lapsing"), Some("overdue")));
}

#[test]
fn bad_input_gets_one_sentence_and_changes_nothing() {
    let (dir, path, store, _acme, gone) = portfolio();
    let cases: [(&[&str], i32, &str); 6] = [
        (&["close", "gone", "--as", "active", "--reason", "price"], 2, "choose one of lost, former"),
        (
            &["close", "gone", "--as", "lost", "--reason", "weather"],
            2,
            "choose one of price, quality, service, competitor, relocation, other",
        ),
        (&["close", "gone", "--as", "lost"], 2, "--reason"),
        (
            &["close", "gone", "--as", "lost", "--reason", "price", "--date", "2027-01-01"],
            2,
            "--date: the closing date 2027-01-01 is after today (2026-12-02)",
        ),
        (
            &["win-back", "gone", "--means", "gift", "--date", "2027-01-10"],
            2,
            "Gone Ltd is open (active): only lost and former accounts go on the win-back list",
        ),
        (&["win-back", "gone", "--means", "gift"], 2, "say how and when: --means and --date (or --clear)"),
    ];
    for (args, expected_code, expected) in cases {
        let (code, out, err) = run(&dir, &path, args);
        assert_eq!((code, out.as_str()), (expected_code, ""), "{args:?}: {err}");
        assert!(err.contains(expected), "{args:?}: {err}");
    }
    let (code, _, err) = run(&dir, &path, &["win-back", "gone", "--clear", "--means", "gift"]);
    assert_eq!(code, 2, "{err}");
    let untouched = store.load_account(gone).unwrap();
    assert_eq!((untouched.status, untouched.closed_on, untouched.win_back), (AccountStatus::Active, None, None));
}

#[test]
fn the_sentences_speak_ukrainian() {
    let (dir, path, _store, _acme, _gone) = portfolio();
    let (code, out, _) =
        run_in(&dir, &path, "uk_UA.UTF-8", &["close", "gone", "--as", "former", "--reason", "relocation"]);
    assert_eq!(code, 0);
    assert_eq!(out, "Gone Ltd: закрито зі статусом «колишній» 02.12.2026 (причина: переїзд).\n");
    let (_, out, _) = run_in(&dir, &path, "uk_UA.UTF-8", &["check"]);
    assert!(out.contains("Acme: немає закупівель 185 днів; втрачений через 180"), "{out}");
}
