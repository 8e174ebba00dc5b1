//! `keyplan sales add|list|import` and sales in the JSON export: real files
//! in the encodings accounting systems write, every refusal named by its
//! line, nothing half-imported.

use std::path::{Path, PathBuf};

use serde_json::Value;

use super::cli::keyplan;

const TODAY: &str = "2026-11-23";

/// A database with three accounts: Acme (UAH), Берізка (no currency),
/// Northwind (GEL).
fn portfolio() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("keyplan.db");
    let mut store = keyplan::store::Store::open(&db).unwrap().store;
    let day = chrono::NaiveDate::from_ymd_opt(2024, 1, 10).unwrap();
    for (name, currency) in [("Acme Logistics", Some("UAH")), ("Берізка", None), ("Northwind", Some("GEL"))] {
        let mut account = keyplan::domain::Account::new(name, day);
        account.currency = currency.map(str::to_string);
        store.create_account(&account).unwrap();
    }
    (dir, db)
}

/// Runs keyplan with `args`, `--db` and `--today`; (status, stdout, stderr).
fn run(dir: &tempfile::TempDir, db: &Path, args: &[&str]) -> (i32, String, String) {
    let out = keyplan(dir.path()).args(args).arg("--db").arg(db).arg("--today").arg(TODAY).output().unwrap();
    let text = |b: Vec<u8>| String::from_utf8(b).unwrap();
    (out.status.code().unwrap_or(-1), text(out.stdout), text(out.stderr))
}

fn ok(dir: &tempfile::TempDir, db: &Path, args: &[&str]) -> String {
    let (code, out, err) = run(dir, db, args);
    assert_eq!(code, 0, "{args:?}: {err}");
    out
}

fn write(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn listed(dir: &tempfile::TempDir, db: &Path, account: &str) -> Vec<Value> {
    serde_json::from_str::<Value>(&ok(dir, db, &["sales", "list", account, "--format", "json"]))
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn add_says_what_the_month_holds_and_refuses_the_future_and_another_currency() {
    let (dir, db) = portfolio();
    let out = ok(&dir, &db, &["sales", "add", "Acme", "--month", "2026-10", "--amount", "1 250,50"]);
    assert_eq!(out.trim(), "Acme Logistics: the sales of 2026-10 are now 1 250.50 UAH (one product row)");
    let out =
        ok(&dir, &db, &["sales", "add", "1", "--month", "31.10.2026", "--amount", "-250.50", "--currency", "uah"]);
    assert!(out.contains("now 1 000 UAH"), "a return counts: {out}");

    let (code, _, err) = run(&dir, &db, &["sales", "add", "Acme", "--month", "2026-12", "--amount", "1"]);
    assert_eq!(code, 2);
    assert!(err.contains("2026-12 has not come yet"), "{err}");
    let (code, _, err) =
        run(&dir, &db, &["sales", "add", "Acme", "--month", "2026-10", "--amount", "1", "--currency", "EUR"]);
    assert_eq!(code, 2);
    assert!(err.contains("Acme Logistics keeps its sales in UAH, not EUR"), "{err}");
    let (code, _, err) = run(&dir, &db, &["sales", "add", "Acme", "--month", "October", "--amount", "1"]);
    assert_eq!(code, 2);
    assert!(err.contains("\"October\" is not a month"), "{err}");
    let (code, _, err) = run(&dir, &db, &["sales", "add", "Acme", "--month", "2026-10", "--amount", "12x"]);
    assert_eq!(code, 2);
    assert!(err.contains("--amount"), "{err}");

    // An account without a currency (and no default) takes the one given.
    ok(&dir, &db, &["sales", "add", "Берізка", "--month", "2026-09", "--amount", "10", "--currency", "KZT"]);
    assert_eq!(listed(&dir, &db, "Берізка")[0]["currency"], "KZT");
}

#[test]
fn list_gives_english_fields_and_decimal_numbers() {
    let (dir, db) = portfolio();
    ok(&dir, &db, &["sales", "add", "Acme", "--month", "2026-09", "--amount", "100", "--product", "Sensors"]);
    ok(
        &dir,
        &db,
        &["sales", "add", "Acme", "--month", "2026-10", "--amount", "1250,5", "--profit", "300", "--volume", "12"],
    );
    let rows = listed(&dir, &db, "Acme");
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["month"], "2026-10", "newest first");
    assert_eq!(rows[0]["amount"], serde_json::json!(1250.5));
    assert_eq!(rows[0]["profit"], serde_json::json!(300));
    assert_eq!(rows[1]["product"], "Sensors");
    let raw = ok(&dir, &db, &["sales", "list", "Acme", "--format", "json"]);
    let fields = ["account_id", "account", "month", "product", "amount", "profit", "volume", "currency"];
    let at: Vec<usize> = fields.iter().map(|f| raw.find(&format!("\"{f}\":")).unwrap()).collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "fields in order: {raw}");

    let csv = ok(&dir, &db, &["sales", "list", "Acme", "--format", "csv"]);
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("account_id,account,month,product,amount,profit,volume,currency"));
    assert_eq!(lines.next(), Some("1,Acme Logistics,2026-10,,1250.5,300,12,UAH"));

    let text = ok(&dir, &db, &["sales", "list", "Acme"]);
    assert!(text.contains("1 250.50"), "{text}");
    assert!(text.contains("2 months, 1 350.50 UAH in all"), "{text}");
    let empty = ok(&dir, &db, &["sales", "list", "Northwind"]);
    assert!(empty.contains("Northwind has no sales history yet"), "{empty}");
}

#[test]
fn a_windows_1251_file_with_semicolons_and_ukrainian_headers_imports() {
    let (dir, db) = portfolio();
    let text = "Клієнт;Дата;Сума;Прибуток;Товар\n\
                Acme Logistics;31.10.2026;1 250,50;100,00;Датчики\n\
                Acme Logistics;05.10.2026;-50,50;;Датчики\n\
                1;10/2026;2 000;;\n\
                Берізка;2026-09-30;300;;\n";
    let file = write(&dir, "1c.csv", &keyplan::interchange::encoding::to_windows_1251(text));
    let out = ok(&dir, &db, &["sales", "import", file.to_str().unwrap()]);
    assert!(out.contains("4 rows added up into 2 months of 2 accounts"), "{out}");
    assert!(out.contains("2 months added, 0 replaced"), "{out}");
    let rows = listed(&dir, &db, "Acme");
    let sensors = rows.iter().find(|r| r["product"] == "Датчики").unwrap();
    assert_eq!(sensors["amount"], serde_json::json!(1200), "a return is counted");
    assert_eq!(sensors["profit"], serde_json::json!(100));
}

#[test]
fn a_utf8_file_with_a_byte_order_mark_and_commas_imports() {
    let (dir, db) = portfolio();
    let text = "\u{feff}account,month,amount,currency\nNorthwind,2026-08,\"1 000,25\",GEL\n";
    let file = write(&dir, "bom.csv", text.as_bytes());
    ok(&dir, &db, &["sales", "import", file.to_str().unwrap()]);
    assert_eq!(listed(&dir, &db, "Northwind")[0]["amount"], serde_json::json!(1000.25));
}

#[test]
fn every_refused_line_is_named_and_nothing_is_imported() {
    let (dir, db) = portfolio();
    let text = "account,month,amount,currency\n\
                Acme Logistics,2026-10,100,\n\
                Nobody Ltd,2026-10,100,\n\
                Acme Logistics,2027-01,100,\n\
                Acme Logistics,2026-10,twelve,\n\
                Acme Logistics,2026-10,100,EUR\n\
                Acme Logistics,,100,\n";
    let file = write(&dir, "bad.csv", text.as_bytes());
    let (code, out, err) = run(&dir, &db, &["sales", "import", file.to_str().unwrap()]);
    assert_eq!(code, 2, "{out}");
    for (line, why) in [
        (3, "no account has the id or the exact name \"Nobody Ltd\""),
        (4, "2027-01 has not come yet"),
        (5, "'twelve' is not a number"),
        (6, "keeps its sales in UAH, not EUR"),
        (7, "the month (or date) is empty"),
    ] {
        let said = err.lines().find(|l| l.contains(&format!("bad.csv line {line}"))).unwrap_or_default();
        assert!(said.contains(why), "line {line}: {err}");
    }
    assert!(err.contains("5 lines refused; nothing was imported"), "{err}");
    assert!(listed(&dir, &db, "Acme").is_empty(), "not even the good line");

    let missing = write(&dir, "columns.csv", b"client;sum\nAcme;1\n");
    let (code, _, err) = run(&dir, &db, &["sales", "import", missing.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(err.contains("columns.csv line 1"), "{err}");
    assert!(err.contains("found \"client\", \"sum\""), "{err}");
    assert!(err.contains("expected account, month, date, amount"), "{err}");
}

#[test]
fn dry_run_writes_nothing_the_same_file_twice_changes_nothing_and_a_correction_replaces() {
    let (dir, db) = portfolio();
    let first = "account,month,amount,product\nAcme Logistics,2026-09,100,\nAcme Logistics,2026-10,50,\n\
                 Acme Logistics,2026-10,50,\n";
    let file = write(&dir, "sales.csv", first.as_bytes());
    let path = file.to_str().unwrap();
    let dry = ok(&dir, &db, &["sales", "import", path, "--dry-run"]);
    assert!(dry.contains("add      Acme Logistics, 2026-10: 100"), "{dry}");
    assert!(dry.contains("2 months would be added"), "{dry}");
    assert!(dry.contains("one line repeats an earlier line exactly"), "{dry}");
    assert!(listed(&dir, &db, "Acme").is_empty(), "a dry run writes nothing");

    ok(&dir, &db, &["sales", "import", path]);
    let again = ok(&dir, &db, &["sales", "import", path]);
    assert!(again.contains("0 months added, 0 replaced, 2 already as in the file"), "{again}");
    assert_eq!(listed(&dir, &db, "Acme").len(), 2);

    let corrected = write(&dir, "sales.csv", b"account,month,amount\nAcme Logistics,2026-10,80\n");
    let dry = ok(&dir, &db, &["sales", "import", corrected.to_str().unwrap(), "--dry-run"]);
    assert!(dry.contains("replace  Acme Logistics, 2026-10: 100 → 80"), "{dry}");
    ok(&dir, &db, &["sales", "import", corrected.to_str().unwrap()]);
    let rows = listed(&dir, &db, "Acme");
    assert_eq!(rows[0]["amount"], serde_json::json!(80));
    assert_eq!(rows[1]["amount"], serde_json::json!(100), "a month the file does not name stays");

    // The history says it, and undo takes it back.
    let history = ok(&dir, &db, &["history", "Acme"]);
    let line = history.lines().find(|l| l.contains("Sales of 2026-10: 100 → 80")).expect(&history);
    let change = line.split('#').nth(1).unwrap().split_whitespace().next().unwrap().to_string();
    ok(&dir, &db, &["revert", &change]);
    assert_eq!(listed(&dir, &db, "Acme")[0]["amount"], serde_json::json!(100));
}

#[test]
fn an_import_sets_the_products_it_names_and_keeps_the_others_of_the_month() {
    let (dir, db) = portfolio();
    ok(&dir, &db, &["sales", "add", "Acme", "--month", "2026-10", "--amount", "100"]);
    ok(&dir, &db, &["sales", "add", "Acme", "--month", "2026-10", "--amount", "30", "--product", "Sensors"]);
    let file = write(
        &dir,
        "sensors.csv",
        b"account,month,amount,product\nAcme Logistics,2026-10,40,Sensors\n\
                                          Acme Logistics,2026-10,7,Cables\n",
    );
    let path = file.to_str().unwrap();
    let dry = ok(&dir, &db, &["sales", "import", path, "--dry-run"]);
    assert!(dry.contains("replace  Acme Logistics, 2026-10: 130 → 147"), "{dry}");
    assert!(dry.contains("(no product): 100 (stays)"), "{dry}");
    assert!(dry.contains("Sensors: 30 → 40"), "{dry}");
    assert!(dry.contains("Cables: 7 (added)"), "{dry}");
    ok(&dir, &db, &["sales", "import", path]);
    let rows = listed(&dir, &db, "Acme");
    let amount = |product: &str| rows.iter().find(|r| r["product"] == product).map(|r| r["amount"].clone());
    assert_eq!(amount(""), Some(serde_json::json!(100)), "the product the file does not name stays");
    assert_eq!(amount("Sensors"), Some(serde_json::json!(40)));
    assert_eq!(amount("Cables"), Some(serde_json::json!(7)));
    let again = ok(&dir, &db, &["sales", "import", path]);
    assert!(again.contains("1 already as in the file"), "{again}");

    // One month is one month, in every language.
    let september = write(&dir, "september.csv", b"account,month,amount\nAcme Logistics,2026-09,5\n");
    let dry = ok(&dir, &db, &["sales", "import", september.to_str().unwrap(), "--dry-run"]);
    assert!(dry.contains("1 month would be added, 0 replaced, 0 stay as they are"), "{dry}");
    let ru = keyplan(dir.path())
        .env("LC_ALL", "ru_RU.UTF-8")
        .args(["sales", "import", september.to_str().unwrap(), "--db"])
        .arg(&db)
        .args(["--today", TODAY])
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&ru.stdout);
    assert!(said.contains("добавлен 1 месяц, заменено — 0"), "{said}");
    let done = ok(&dir, &db, &["sales", "import", september.to_str().unwrap()]);
    assert!(done.contains("0 months added, 0 replaced, 1 already as in the file"), "{done}");
}

#[test]
fn sales_travel_in_the_json_export_and_a_reimport_changes_nothing() {
    let (dir, db) = portfolio();
    ok(&dir, &db, &["sales", "add", "Acme", "--month", "2026-10", "--amount", "1250,5", "--product", "Sensors"]);
    let export = ok(&dir, &db, &["export", "--format", "json"]);
    let doc: Value = serde_json::from_str(&export).unwrap();
    let acme = doc["accounts"].as_array().unwrap().iter().find(|a| a["account"]["name"] == "Acme Logistics").unwrap();
    assert_eq!(acme["account"]["currency"], "UAH");
    assert_eq!(acme["sales"][0]["amount"], serde_json::json!(1250.5));
    assert_eq!(acme["sales"][0]["month"], "2026-10");

    let file = write(&dir, "portfolio.json", export.as_bytes());
    let again = ok(&dir, &db, &["import", file.to_str().unwrap()]);
    assert!(again.contains("0 merged, 3 already there"), "{again}");

    let empty = dir.path().join("empty.db");
    ok(&dir, &empty, &["import", file.to_str().unwrap()]);
    assert_eq!(ok(&dir, &empty, &["export", "--format", "json"]).len(), export.len());
    assert_eq!(listed(&dir, &empty, "Acme")[0]["amount"], serde_json::json!(1250.5));

    // A changed month in the file replaces the stored one.
    let changed = export.replace("1250.5", "1300");
    let file = write(&dir, "changed.json", changed.as_bytes());
    let said = ok(&dir, &db, &["import", file.to_str().unwrap(), "--dry-run"]);
    assert!(said.contains("sales: 0 months added, 1 replaced"), "{said}");
}

#[test]
fn sales_speak_ukrainian() {
    let (dir, db) = portfolio();
    let out = keyplan(dir.path())
        .env("LC_ALL", "uk_UA.UTF-8")
        .args(["sales", "add", "Acme", "--month", "10.2026", "--amount", "1 250,50", "--db"])
        .arg(&db)
        .args(["--today", TODAY])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("продажі за 10.2026 тепер 1 250,50 UAH"), "{text}");
    let out =
        keyplan(dir.path()).env("LC_ALL", "uk_UA.UTF-8").args(["history", "Acme", "--db"]).arg(&db).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Продажі за 10.2026: — → 1 250,50"), "{text}");
}

#[test]
fn csv_outputs_quote_a_cell_a_spreadsheet_would_run_as_a_formula() {
    let (dir, db) = portfolio();
    {
        let mut store = keyplan::store::Store::open(&db).unwrap().store;
        let mut account =
            keyplan::domain::Account::new("@SUM(1+1)", chrono::NaiveDate::from_ymd_opt(2024, 1, 10).unwrap());
        account.currency = Some("UAH".into());
        account.industry = "=HYPERLINK(\"http://example.invalid\",\"x\")".into();
        store.create_account(&account).unwrap();
    }
    ok(&dir, &db, &["sales", "add", "4", "--month", "2026-10", "--amount", "100", "--product=-2+3"]);
    ok(&dir, &db, &["sales", "add", "4", "--month", "2026-09", "--amount=-50", "--product", "+Sensors"]);

    let sales = ok(&dir, &db, &["sales", "list", "4", "--format", "csv"]);
    assert!(sales.contains("4,'@SUM(1+1),2026-10,'-2+3,100"), "{sales}");
    assert!(sales.contains(",'+Sensors,-50"), "a negative amount stays a number: {sales}");
    let report = ok(&dir, &db, &["report", "pareto", "--format", "csv"]);
    assert!(report.contains(",'@SUM(1+1),"), "{report}");
    let list = ok(&dir, &db, &["list", "--format", "csv"]);
    assert!(list.contains(",'@SUM(1+1),"), "{list}");
    let export = ok(&dir, &db, &["export", "--format", "csv"]);
    assert!(export.contains("'@SUM(1+1),"), "{export}");
    assert!(export.contains(",\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"x\"\")\","), "{export}");
    assert!(!export.contains(",@") && !export.contains(",="), "{export}");

    // The quote goes again when the file is read back.
    let file = write(&dir, "portfolio.csv", export.as_bytes());
    let empty = dir.path().join("empty.db");
    ok(&dir, &empty, &["import", file.to_str().unwrap()]);
    let store = keyplan::store::Store::open(&empty).unwrap().store;
    let names: Vec<String> = store.list_accounts().unwrap().into_iter().map(|a| a.name).collect();
    assert!(names.contains(&"@SUM(1+1)".to_string()), "{names:?}");
    let sales = write(&dir, "sales.csv", ok(&dir, &db, &["sales", "list", "4", "--format", "csv"]).as_bytes());
    let dry = ok(&dir, &db, &["sales", "import", sales.to_str().unwrap(), "--dry-run"]);
    assert!(dry.contains("0 months would be added, 0 replaced, 2 stay as they are"), "{dry}");
}
