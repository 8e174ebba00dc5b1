//! `keyplan report` through the built binary, on the sample portfolio with
//! two years of monthly sales written through the library: every report
//! in text, JSON, CSV and Markdown, the HTML file, Ukrainian, bad input.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use keyplan::domain::analysis::{LossReason, WinBack, WinBackMeans};
use keyplan::domain::{AccountId, Month, Sale};
use keyplan::store::Store;
use serde_json::Value;
use tempfile::TempDir;

use crate::cli;

const TODAY: &str = "2026-11-23";
const HOSTILE: &str = "<script>alert(1)</script> X\u{1b}]0;PWNED\u{7}";

fn day(text: &str) -> chrono::NaiveDate {
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// The sample portfolio in `dir/keyplan.db`, without sales.
fn sample() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keyplan.db");
    cli::keyplan(dir.path()).args(["demo", "--today", TODAY, "--db"]).arg(&path).assert().success();
    // The sample comes with three years of sales; these tests write their own.
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute("DELETE FROM sales", []).unwrap();
    // The sales these tests write are in one currency: the accounts' own go.
    conn.execute("UPDATE accounts SET currency = NULL", []).unwrap();
    drop(conn);
    (dir, path)
}

/// The sample with sales for 2024-11 .. 2026-10: account 1 steady (the
/// breadwinner), 2 seasonal, 3 irregular, 4 renamed to a hostile name,
/// 5 stopped buying in May 2026 (lapsing), 8 only three months (too little
/// history for X/Y/Z), 9 lost to a competitor and on the win-back list.
fn with_sales() -> (TempDir, PathBuf) {
    let (dir, path) = sample();
    let mut store = Store::open(&path).unwrap().store;
    let first = Month::new(2024, 11).unwrap();
    for i in 0..24 {
        let month = first.plus(i);
        let amounts: [(i64, i64); 7] = [
            (1, 1_000_000 * 100),
            (2, if matches!(month.month, 11 | 12 | 1) { 400_000 * 100 } else { 100_000 * 100 }),
            (3, if i % 3 == 0 { 300_000 * 100 } else { 10_000 * 100 }),
            (4, 50_000 * 100 + i64::from(i % 2) * 5_000 * 100),
            (5, if month <= Month::new(2026, 5).unwrap() { 80_000 * 100 } else { 0 }),
            (8, if i >= 21 { 20_000 * 100 } else { 0 }),
            (9, if i < 12 { 60_000 * 100 } else { 0 }),
        ];
        for (account, amount) in amounts {
            if amount == 0 {
                continue;
            }
            let sale = Sale {
                account_id: AccountId(account),
                month,
                product: String::new(),
                amount,
                profit: Some(amount / 5),
                volume: None,
            };
            store.add_sale(&sale).unwrap();
        }
    }
    let mut hostile = store.load_account(AccountId(4)).unwrap();
    hostile.name = HOSTILE.into();
    store.update_account(&hostile).unwrap();
    let mut lost = store.load_account(AccountId(9)).unwrap();
    lost.closed_on = Some(day("2026-02-10"));
    lost.loss_reason = Some(LossReason::Competitor);
    lost.win_back =
        Some(WinBack { means: WinBackMeans::Meeting, note: "new price list".into(), due: day("2026-12-10") });
    store.update_account(&lost).unwrap();
    store.keep_sales_window(day(TODAY)).unwrap();
    drop(store);
    (dir, path)
}

struct Ran {
    code: i32,
    stdout: String,
    stderr: String,
}

fn report(dir: &TempDir, db: &Path, args: &[&str]) -> Ran {
    let output =
        cli::keyplan(dir.path()).arg("report").args(args).args(["--today", TODAY, "--db"]).arg(db).output().unwrap();
    Ran {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

fn json(dir: &TempDir, db: &Path, args: &[&str]) -> Value {
    let ran = report(dir, db, args);
    assert_eq!(ran.code, 0, "{}", ran.stderr);
    serde_json::from_str(&ran.stdout).unwrap_or_else(|e| panic!("{e}: {}", ran.stdout))
}

#[test]
fn pareto_in_text_draws_the_cut_off_and_points_at_accounts() {
    let (dir, db) = with_sales();
    let ran = report(&dir, &db, &["pareto"]);
    assert_eq!(ran.code, 0, "{}", ran.stderr);
    let text = ran.stdout;
    assert!(text.starts_with("Pareto: who carries the sales\n"), "{text}");
    assert!(text.contains("2025-11 – 2026-10"), "{text}");
    assert!(text.contains("── 80.0% of sales above this line ──"), "{text}");
    // The breadwinner first, its share as a percentage, amounts grouped.
    let first = text.lines().find(|l| l.trim_start().starts_with("1  ")).unwrap();
    assert!(first.contains("Укрмережа Телеком") && first.contains("12 000 000"), "{first}");
    assert!(text.contains('%'), "{text}");
    // The hostile name is shown, never obeyed.
    assert!(!text.contains('\u{1b}') && !text.contains('\u{7}'), "{text:?}");
    // Cut-off before the line: the line sits between rows.
    let line = text.lines().position(|l| l.starts_with("── 80.0%")).unwrap();
    assert!(line > 3, "{text}");
}

#[test]
fn pareto_and_abc_xyz_in_json_give_one_object_per_account() {
    let (dir, db) = with_sales();
    let pareto = json(&dir, &db, &["pareto", "--format", "json"]);
    assert_eq!(pareto["report"], "pareto");
    assert_eq!(pareto["period"]["first"], "2025-11");
    assert_eq!(pareto["period"]["through"], "2026-10");
    assert_eq!(pareto["basis"], "sales");
    let accounts = pareto["accounts"].as_array().unwrap();
    let first = &accounts[0];
    assert_eq!(first["id"], 1);
    assert_eq!(first["name"], "Укрмережа Телеком");
    assert_eq!(first["amount"].as_f64(), Some(12_000_000.0));
    let share = first["share"].as_f64().unwrap();
    assert!(share > 0.0 && share < 1.0, "{share}");
    assert_eq!(first["cumulative_share"].as_f64(), Some(share));
    let last = accounts.last().unwrap();
    assert!((last["cumulative_share"].as_f64().unwrap() - 1.0).abs() < 1e-9);

    let classes = json(&dir, &db, &["abc-xyz", "--format", "json"]);
    assert_eq!(classes["report"], "abc-xyz");
    let accounts = classes["accounts"].as_array().unwrap();
    let of = |id: i64| accounts.iter().find(|a| a["id"] == id).unwrap().clone();
    for field in ["id", "name", "amount", "share", "cumulative_share", "abc", "xyz", "cv"] {
        assert!(of(1).get(field).is_some(), "{field} missing: {}", of(1));
    }
    assert_eq!(of(1)["abc"], "A");
    assert_eq!(of(1)["xyz"], "X");
    assert_eq!(of(1)["cv"].as_f64(), Some(0.0));
    assert_eq!(of(2)["xyz"], "Z");
    // Three months: too little history to say how regularly it buys.
    assert_eq!(of(8)["xyz"], Value::Null);
    assert_eq!(of(8)["cv"], Value::Null);
    assert_eq!(of(4)["name"], "<script>alert(1)</script> X^[]0;PWNED^G");
    let cells = classes["matrix"].as_array().unwrap();
    assert_eq!(cells.len(), 12);
    let profit = json(&dir, &db, &["abc-xyz", "--format", "json", "--basis", "profit"]);
    assert_eq!(profit["basis"], "profit");
    assert_eq!(profit["accounts"][0]["amount"].as_f64(), Some(2_400_000.0));
}

#[test]
fn abc_xyz_in_text_shows_the_matrix_then_the_accounts() {
    let (dir, db) = with_sales();
    let text = report(&dir, &db, &["abc-xyz"]).stdout;
    let matrix = text.find("ABC-XYZ matrix").unwrap();
    let accounts = text.find("Accounts and their classes").unwrap();
    assert!(matrix < accounts, "{text}");
    assert!(text.lines().any(|l| l.starts_with("A ") && l.contains(" · ")), "{text}");
    assert!(text.lines().any(|l| l.contains("Укрмережа Телеком") && l.contains("AX")), "{text}");
}

#[test]
fn every_report_writes_csv_with_english_headers() {
    let (dir, db) = with_sales();
    let headers = [
        ("pareto", "rank,id,name,status,amount,share,cumulative_share,above_line,pointer"),
        ("abc-xyz", "rank,id,name,status,amount,share,cumulative_share,abc,xyz,cv"),
        ("plan", "objective_id,account_id,account,product,currency,planned_volume,"),
        ("lost", "state,id,name,last_purchase,days_without_purchase,closed_on,quarter,reason,note,"),
        ("activity", "id,name,contacts,2025-11,"),
    ];
    for (name, header) in headers {
        let ran = report(&dir, &db, &[name, "--format", "csv"]);
        assert_eq!(ran.code, 0, "{name}: {}", ran.stderr);
        assert!(ran.stdout.starts_with(header), "{name}:\n{}", ran.stdout);
        assert!(ran.stdout.lines().count() > 1, "{name}:\n{}", ran.stdout);
    }
    let lost = report(&dir, &db, &["lost", "--format", "csv"]).stdout;
    assert!(lost.contains("lapsing,5,"), "{lost}");
    assert!(lost.contains("lost,9,") && lost.contains("competitor") && lost.contains("meeting"), "{lost}");
}

#[test]
fn every_report_writes_markdown_tables() {
    let (dir, db) = with_sales();
    for name in ["pareto", "abc-xyz", "plan", "lost", "activity"] {
        let ran = report(&dir, &db, &[name, "--format", "md"]);
        assert_eq!(ran.code, 0, "{name}: {}", ran.stderr);
        assert!(ran.stdout.starts_with("## "), "{name}:\n{}", ran.stdout);
        assert!(ran.stdout.contains("\n| ") && ran.stdout.contains("| --- |"), "{name}:\n{}", ran.stdout);
    }
    let pareto = report(&dir, &db, &["pareto", "--format", "md"]).stdout;
    assert!(pareto.contains("\\<script\\>alert(1)\\</script\\>"), "{pareto}");
}

#[test]
fn plan_lost_and_activity_in_text() {
    let (dir, db) = with_sales();
    let plan = report(&dir, &db, &["plan"]).stdout;
    assert!(plan.starts_with("Plan vs actual 2026\n"), "{plan}");
    assert!(plan.contains('█') || plan.contains('░'), "{plan}");
    let lost = report(&dir, &db, &["lost"]).stdout;
    assert!(lost.contains("Lapsing") && lost.contains("Галицька Логістика"), "{lost}");
    assert!(lost.contains("2026-Q1") && lost.contains("Competitor"), "{lost}");
    assert!(lost.contains("Win-back list") && lost.contains("2026-12-10") && lost.contains("Meeting"), "{lost}");
    let activity = report(&dir, &db, &["activity"]).stdout;
    assert!(activity.contains("Contacts per account and month"), "{activity}");
    assert!(activity.chars().any(|c| ('▁'..='█').contains(&c)), "{activity}");
    let json = json(&dir, &db, &["activity", "--format", "json"]);
    assert_eq!(json["months"].as_array().unwrap().len(), 12);
    assert!(json["by_channel"][0]["channel"].is_string());
}

#[test]
fn a_report_in_ukrainian() {
    let (dir, db) = with_sales();
    let ran = report(&dir, &db, &["pareto", "--lang", "uk"]);
    assert!(ran.stdout.starts_with("Парето: хто дає продажі\n"), "{}", ran.stdout);
    assert!(ran.stdout.contains("80,0% продажів над цією лінією"), "{}", ran.stdout);
    let json = json(&dir, &db, &["pareto", "--format", "json", "--lang", "uk"]);
    assert_eq!(json["accounts"][0]["status"], "active");
}

#[test]
fn the_html_report_is_one_private_self_contained_file() {
    let (dir, db) = with_sales();
    let out = dir.path().join("report.html");
    let ran = report(&dir, &db, &["--format", "html", "--output", out.to_str().unwrap(), "--lang", "uk"]);
    assert_eq!(ran.code, 0, "{}", ran.stderr);
    let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"uk\">"), "{}", &html[..200]);
    assert_eq!(html.matches("<svg").count(), 5, "five charts");
    assert!(!html.contains("http://") && !html.contains("https://"), "nothing to fetch");
    assert!(!html.contains("<script") && !html.contains("src="), "no scripts, no sources");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; X^[]0;PWNED^G"), "the hostile name, escaped");
    assert!(!html.contains('\u{1b}') && !html.contains('\u{7}'));
    for title in ["Парето", "ABC-XYZ", "План і факт 2026", "Втрачені клієнти", "Активність"]
    {
        assert!(html.contains(title), "{title}");
    }
    balanced(&html);
    // Piped rather than given --output, the page goes to stdout.
    let piped = report(&dir, &db, &["all", "--format", "html"]);
    assert!(piped.stdout.starts_with("<!DOCTYPE html>"), "{}", piped.stderr);
}

/// Every element opened is closed, in order (void elements aside).
fn balanced(html: &str) {
    const VOID: [&str; 4] = ["meta", "br", "hr", "img"];
    let mut open: Vec<String> = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        rest = &rest[at + 1..];
        let end = rest.find('>').expect("a tag ends");
        let tag = &rest[..end];
        rest = &rest[end + 1..];
        if tag.starts_with('!') {
            continue;
        }
        let name: String = tag.trim_start_matches('/').chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
        if tag.starts_with('/') {
            assert_eq!(open.pop().as_deref(), Some(name.as_str()), "</{name}> closes nothing open");
        } else if !tag.ends_with('/') && !VOID.contains(&name.as_str()) {
            open.push(name);
        }
    }
    assert!(open.is_empty(), "left open: {open:?}");
}

#[test]
fn too_little_history_is_said_not_guessed() {
    let (dir, db) = sample();
    let ran = report(&dir, &db, &["pareto"]);
    assert_eq!(ran.code, 0, "{}", ran.stderr);
    assert!(ran.stdout.contains("No sales recorded for 2025-11 – 2026-10: not enough history"), "{}", ran.stdout);
    let classes = json(&dir, &db, &["abc-xyz", "--format", "json"]);
    assert_eq!(classes["accounts"], serde_json::json!([]));
    let (dir, db) = with_sales();
    let old = report(&dir, &db, &["abc-xyz", "--year", "2019"]);
    assert_eq!(old.code, 0);
    assert!(old.stdout.contains("No sales recorded for 2019: not enough history"), "{}", old.stdout);
    let year = json(&dir, &db, &["pareto", "--format", "json", "--year", "2025"]);
    assert_eq!(year["period"]["first"], "2025-01");
}

#[test]
fn bad_input_gets_one_sentence_and_exit_code_2() {
    let (dir, db) = sample();
    let cases: [(&[&str], &str); 5] = [
        (&["pareto", "--year", "abc"], "abc is not a year: --year wants a calendar year such as 2025"),
        (&["forecast"], "invalid value 'forecast'"),
        (&[], "Name the report: pareto, abc-xyz, plan, lost, activity or all."),
        (&["all", "--format", "csv"], "CSV holds one report at a time"),
        (&["pareto", "--year", "2025", "--period", "last-12-months"], "cannot be used with"),
    ];
    for (args, said) in cases {
        let ran = report(&dir, &db, args);
        assert_eq!(ran.code, 2, "{args:?}: {}", ran.stderr);
        assert!(ran.stderr.contains(said), "{args:?}: {}", ran.stderr);
        assert!(ran.stdout.is_empty(), "{args:?}: {}", ran.stdout);
    }
    let output = dir.path().join("keyplan.db");
    let into_db = report(&dir, &db, &["pareto", "--output", output.to_str().unwrap()]);
    assert_eq!(into_db.code, 2, "{}", into_db.stderr);
}

/// The sample's accounts buy in four currencies: a report analyses the
/// accounts of one (most accounts, or `--currency`) and names the others,
/// never adding amounts across them.
#[test]
fn amounts_in_different_currencies_are_analysed_apart() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("keyplan.db");
    cli::keyplan(dir.path()).args(["demo", "--today", TODAY, "--db"]).arg(&db).assert().success();
    let report_in = |currency: Option<&str>| {
        let mut args = vec!["pareto", "--format", "json"];
        args.extend(currency.map(|c| ["--currency", c]).into_iter().flatten());
        json(&dir, &db, &args)
    };
    let default = report_in(None);
    let currency = default["currency"].as_str().unwrap().to_string();
    let others: Vec<String> = default["other_currencies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["currency"].as_str().unwrap().into())
        .collect();
    assert!(!others.is_empty() && !others.contains(&currency), "{others:?}");
    let gbp = report_in(Some("gbp"));
    assert_eq!(gbp["currency"], "GBP");
    let names: Vec<&str> = gbp["accounts"].as_array().unwrap().iter().map(|a| a["name"].as_str().unwrap()).collect();
    assert!(names.iter().all(|n| ["Brambleford Foods Ltd", "St Aldhelm University Hospitals", "Meridian Freight Lines"].contains(n)), "{names:?}");
    let text = report(&dir, &db, &["pareto", "--currency", "GBP"]).stdout;
    assert!(text.contains("Amounts in GBP."), "{text}");
}
