//! The dossier travels whole: `keyplan show`, `export` and `import` from the
//! shell, over temporary databases filled with the sample portfolio.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use keyplan::domain::{AccountId, Dossier, Milestone, MilestoneId};
use keyplan::store::Store;
use keyplan::store::import::DossierChanges;
use serde_json::Value;
use tempfile::TempDir;

const TODAY: &str = "2026-11-23";

#[path = "support/cli.rs"]
mod cli;

fn keyplan(dir: &TempDir) -> Command {
    let mut cmd = cli::keyplan(dir.path());
    cmd.args(["--today", TODAY]);
    cmd
}

/// A temporary directory with the sample portfolio in `sample.db`.
fn sample() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sample.db");
    keyplan(&dir).arg("demo").arg("--db").arg(&path).assert().success();
    (dir, path)
}

/// Runs keyplan with `--db path` and returns (status code, stdout, stderr).
fn run(dir: &TempDir, db: &Path, args: &[&str]) -> (i32, String, String) {
    let out = keyplan(dir).args(args).arg("--db").arg(db).output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

fn ok(dir: &TempDir, db: &Path, args: &[&str]) -> String {
    let (code, stdout, stderr) = run(dir, db, args);
    assert_eq!(code, 0, "keyplan {args:?} failed: {stderr}");
    stdout
}

fn export_json(dir: &TempDir, db: &Path) -> String {
    ok(dir, db, &["export", "--format", "json"])
}

fn write(dir: &TempDir, name: &str, content: &[u8]) -> PathBuf {
    let path = dir.path().join(name);
    fs::write(&path, content).unwrap();
    path
}

fn arg(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// One sentence on one line, naming the file.
fn assert_one_sentence(stderr: &str, file: &Path) {
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "one line: {stderr}");
    assert!(lines[0].starts_with("keyplan: "), "{stderr}");
    assert!(lines[0].contains(arg(file)), "names the file: {stderr}");
}

#[test]
fn show_prints_a_dossier_in_every_format() {
    let (dir, db) = sample();

    let text = ok(&dir, &db, &["show", "укрм"]);
    assert!(text.starts_with("Укрмережа Телеком\n"));
    for heading in ["== General information ==", "== Charter ==", "== Implementation ==", "== People ==", "== Log =="] {
        assert!(text.contains(heading), "{heading}");
    }
    assert!(!text.contains('\u{1b}'), "no escape sequences into a pipe");

    let md = ok(&dir, &db, &["show", "укрмережа телеком", "--format", "md"]);
    assert!(md.starts_with("# Укрмережа Телеком\n"));
    for heading in ["## General information", "## Situation assessment", "## Strategy", "## People", "## Competitors"] {
        assert!(md.contains(heading), "{heading}");
    }

    let json: Value = serde_json::from_str(&ok(&dir, &db, &["show", "1", "--format", "json"])).unwrap();
    let keys: Vec<&str> = json.as_object().unwrap().keys().map(String::as_str).collect();
    for key in [
        "account",
        "charter",
        "situation",
        "strategy",
        "objectives",
        "milestones",
        "people",
        "competitors",
        "touchpoints",
    ] {
        assert!(keys.contains(&key), "{key} in {keys:?}");
    }
    assert_eq!(json["account"]["name"], "Укрмережа Телеком");
    let dates: Vec<&str> =
        json["touchpoints"].as_array().unwrap().iter().map(|t| t["date"].as_str().unwrap()).collect();
    assert!(dates.len() > 5);
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "newest first: {dates:?}");
    assert!(!json["people"][0]["name"].as_str().unwrap().is_empty());

    let people: Value =
        serde_json::from_str(&ok(&dir, &db, &["show", "укрм", "--format", "json", "--section", "people"])).unwrap();
    let keys: Vec<&str> = people.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, vec!["account", "people"]);
    let log = ok(&dir, &db, &["show", "укрм", "--section", "log"]);
    assert!(log.contains("== Log ==") && !log.contains("== Charter =="));
    let charter = ok(&dir, &db, &["show", "укрм", "--format", "md", "--section", "charter"]);
    assert!(charter.contains("## Charter") && !charter.contains("## People"));

    let (code, stdout, stderr) = run(&dir, &db, &["show", "укрм", "--section", "finances"]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("no section \"finances\""), "{stderr}");
}

#[test]
fn show_of_an_ambiguous_or_unknown_account_lists_candidates_and_exits_2() {
    let (dir, db) = sample();
    let file = write(&dir, "acme.csv", b"name,industry\nAcme Foods,Food\nAcme Logistics,Freight\n");
    ok(&dir, &db, &["import", arg(&file)]);
    let (code, stdout, stderr) = run(&dir, &db, &["show", "acme"]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(stderr.contains("Acme Foods") && stderr.contains("Acme Logistics"), "{stderr}");
    assert!(ok(&dir, &db, &["show", "acme log"]).starts_with("Acme Logistics\n"));

    let (code, _, stderr) = run(&dir, &db, &["show", "no such customer"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("no account matches"), "{stderr}");
}

#[test]
fn json_export_imports_into_an_empty_database_and_exports_the_same_bytes() {
    let (dir, db) = sample();
    let first = export_json(&dir, &db);
    let file = write(&dir, "portfolio.json", first.as_bytes());
    let empty = dir.path().join("empty.db");
    let said = ok(&dir, &empty, &["import", arg(&file)]);
    assert!(said.contains("10 accounts added"), "{said}");
    let second = export_json(&dir, &empty);
    assert_eq!(first, second, "byte for byte");

    // Everything is there: every account, person and touchpoint.
    let doc: Value = serde_json::from_str(&second).unwrap();
    assert_eq!(doc["format"], "keyplan-portfolio");
    assert_eq!(doc["version"], 2);
    let accounts = doc["accounts"].as_array().unwrap();
    assert_eq!(accounts.len(), 10);
    // Every record travels with its global id, which the import kept (the
    // bytes are equal): a calendar sees the same events from either machine.
    for account in accounts {
        let uid = account["account"]["uid"].as_str().unwrap();
        assert_eq!(uuid::Uuid::parse_str(uid).unwrap().get_version_num(), 7);
        for list in ["objectives", "milestones", "people", "competitors", "touchpoints"] {
            assert!(account[list].as_array().unwrap().iter().all(|r| r["uid"].is_string()), "{list}");
        }
    }
    let calendar = |db: &Path| ok(&dir, db, &["export", "--format", "ics"]);
    assert_eq!(calendar(&db), calendar(&empty), "the same UIDs after the move");
    let count = |key: &str| accounts.iter().map(|a| a[key].as_array().unwrap().len()).sum::<usize>();
    let sample = keyplan::sample::sample_portfolio(chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
    assert_eq!(count("people"), sample.iter().map(|d| d.people.len()).sum::<usize>());
    assert_eq!(count("touchpoints"), sample.iter().map(|d| d.touchpoints.len()).sum::<usize>());

    // Importing the same file again adds nothing, to either database.
    let again = ok(&dir, &empty, &["import", arg(&file)]);
    assert!(again.contains("0 accounts added, 0 merged, 10 already there"), "{again}");
    assert_eq!(export_json(&dir, &empty), first);
    let onto_itself = ok(&dir, &db, &["import", arg(&file)]);
    assert!(onto_itself.contains("10 already there"), "{onto_itself}");
    assert_eq!(export_json(&dir, &db), first);
}

#[test]
fn import_merges_what_is_missing_and_keeps_what_is_there() {
    let (dir, db) = sample();
    let mut doc: Value = serde_json::from_str(&export_json(&dir, &db)).unwrap();
    let account = &mut doc["accounts"][0];
    account["account"]["industry"] = "Something else".into();
    account["touchpoints"].as_array_mut().unwrap().insert(
        0,
        serde_json::json!({"date": "2026-11-22", "channel": "call", "people": [1], "summary": "Called about the anniversary"}),
    );
    account["people"][0]["email"] =
        format!("{}, second@example.org", account["people"][0]["email"].as_str().unwrap()).into();
    let file = write(&dir, "changed.json", serde_json::to_string(&doc).unwrap().as_bytes());

    let dry = ok(&dir, &db, &["import", arg(&file), "--dry-run"]);
    assert!(dry.contains("merge into account \"Укрмережа Телеком\""), "{dry}");
    assert!(dry.contains("keep industry"), "{dry}");
    assert!(dry.contains("add touchpoint \"2026-11-22 Called about the anniversary\""), "{dry}");
    assert!(dry.contains("e-mail"), "{dry}");

    let said = ok(&dir, &db, &["import", arg(&file)]);
    assert!(said.contains("0 accounts added, 1 merged, 9 already there"), "{said}");
    let shown: Value = serde_json::from_str(&ok(&dir, &db, &["show", "укрм", "--format", "json"])).unwrap();
    assert_eq!(shown["account"]["industry"], "Телекомунікації", "kept");
    assert_eq!(shown["touchpoints"][0]["summary"], "Called about the anniversary");
    assert_eq!(shown["touchpoints"][0]["people"].as_array().unwrap().len(), 1);
    assert!(shown["people"][0]["email"].as_str().unwrap().ends_with(", second@example.org"));
    let again = ok(&dir, &db, &["import", arg(&file)]);
    assert!(again.contains("10 already there"), "{again}");
}

#[test]
fn markdown_export_holds_every_account() {
    let (dir, db) = sample();
    let md = ok(&dir, &db, &["export", "--format", "md"]);
    let names = keyplan::sample::sample_portfolio(chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
    for d in &names {
        assert!(md.contains(&format!("# {}\n", d.account.name)), "{}", d.account.name);
    }
    assert_eq!(md.matches("\n---\n").count(), names.len() - 1, "accounts separated");
    assert_eq!(md.matches("\n## People\n").count(), names.len());
}

#[test]
fn csv_export_parses_back_and_imports_as_the_same_accounts() {
    let (dir, db) = sample();
    let csv_text = ok(&dir, &db, &["export", "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(&headers[0], "name");
    assert!(headers.iter().any(|h| h == "last_touchpoint"));
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 10);
    assert_eq!(&rows[0][0], "Укрмережа Телеком", "portfolio order: largest first");
    assert!(rows.iter().all(|r| r.len() == headers.len()));

    let file = write(&dir, "portfolio.csv", csv_text.as_bytes());
    let before = export_json(&dir, &db);
    let said = ok(&dir, &db, &["import", arg(&file)]);
    assert!(said.contains("0 accounts added, 0 merged, 10 already there"), "{said}");
    assert_eq!(export_json(&dir, &db), before);
    let empty = dir.path().join("empty.db");
    ok(&dir, &empty, &["import", arg(&file)]);
    let again = ok(&dir, &empty, &["export", "--format", "csv"]);
    // Every account with every fact of its own the file carries (the typed annual
    // sales among them). The order may differ: the portfolio ranks by the
    // sales history where there is one, and the table does not carry it.
    let facts = |text: &str| {
        let mut rows: Vec<Vec<String>> = csv::Reader::from_reader(text.as_bytes())
            .records()
            .map(|r| r.unwrap().iter().take(12).map(str::to_string).collect())
            .collect();
        rows.sort();
        rows
    };
    assert_eq!(facts(&again), facts(&csv_text));
}

#[test]
fn ics_is_well_formed_with_folded_lines_and_unique_uids() {
    let (dir, db) = sample();
    let ics = ok(&dir, &db, &["export", "--format", "ics"]);
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    let physical: Vec<&str> = ics.split("\r\n").collect();
    assert_eq!(physical.last(), Some(&""));
    let mut folded = 0;
    for line in &physical {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
        assert!(!line.contains('\n') && !line.contains('\r'));
        folded += usize::from(line.starts_with(' '));
    }
    assert!(folded > 0, "long Cyrillic summaries are folded");

    // Unfold, then check the nesting and the properties.
    let unfolded = ics.replace("\r\n ", "");
    let mut stack: Vec<&str> = Vec::new();
    let mut uids = std::collections::HashSet::new();
    let mut events = 0;
    for line in unfolded.split("\r\n").filter(|l| !l.is_empty()) {
        let (name, value) = line.split_once(':').unwrap_or_else(|| panic!("no colon: {line}"));
        match name {
            "BEGIN" => stack.push(value),
            "END" => assert_eq!(stack.pop(), Some(value)),
            "UID" => assert!(uids.insert(value.to_string()), "duplicate UID {value}"),
            "DTSTART;VALUE=DATE" | "DTEND;VALUE=DATE" => {
                assert!(chrono::NaiveDate::parse_from_str(value, "%Y%m%d").is_ok(), "{line}");
                events += usize::from(name.starts_with("DTSTART"));
            }
            _ => {}
        }
        if name == "SUMMARY" || name == "DESCRIPTION" {
            assert!(!value.replace("\\,", "").replace("\\;", "").contains([',', ';']), "escaped: {value}");
        }
    }
    assert!(stack.is_empty());
    assert!(events > 5);
    assert_eq!(uids.len(), events, "one UID per event");
    // The same data exports the same calendar: subscribers see updates, not copies.
    assert_eq!(ok(&dir, &db, &["export", "--format", "ics"]), ics);
}

#[test]
fn export_to_a_file_is_private_and_complete() {
    let (dir, db) = sample();
    let out = dir.path().join("out").join("portfolio.json");
    fs::create_dir(out.parent().unwrap()).unwrap();
    fs::write(&out, "old content").unwrap();
    let said = ok(&dir, &db, &["export", "--output", arg(&out)]);
    assert!(said.contains("10 accounts"), "{said}");
    assert_eq!(fs::metadata(&out).unwrap().permissions().mode() & 0o777, 0o600);
    assert_eq!(fs::read_to_string(&out).unwrap(), export_json(&dir, &db));
    let leftovers: Vec<_> = fs::read_dir(out.parent().unwrap()).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "no temporary file left behind");
}

#[test]
fn an_export_never_writes_over_the_database() {
    let (dir, db) = sample();
    let before = export_json(&dir, &db);
    let wal = format!("{}-wal", db.display());
    let relative = dir.path().join(".").join(db.file_name().unwrap());
    for target in [arg(&db), wal.as_str(), arg(&relative)] {
        let (code, _, stderr) = run(&dir, &db, &["export", "--output", target]);
        assert_eq!(code, 2, "{target}: {stderr}");
        assert!(stderr.contains("is the database itself"), "{stderr}");
    }
    assert_eq!(export_json(&dir, &db), before, "the database is as it was");
}

/// The database file and its export, to compare before and after.
fn state(dir: &TempDir, db: &Path) -> (Vec<u8>, String) {
    (fs::read(db).unwrap(), export_json(dir, db))
}

#[test]
fn bad_files_change_nothing_and_name_the_line() {
    let (dir, db) = sample();
    let before = state(&dir, &db);

    let full = export_json(&dir, &db);
    let cut = &full[..full.len() / 2];
    let truncated = write(&dir, "truncated.json", cut.as_bytes());
    let (code, _, stderr) = run(&dir, &db, &["import", arg(&truncated)]);
    assert_eq!(code, 2);
    assert_one_sentence(&stderr, &truncated);
    let last_line = cut.lines().count();
    assert!(stderr.contains(&format!(" line {last_line}")), "names line {last_line}: {stderr}");

    let no_name = write(&dir, "people.csv", b"industry,region\nTelecom,Kyiv\n");
    let (code, _, stderr) = run(&dir, &db, &["import", arg(&no_name)]);
    assert_eq!(code, 2);
    assert_one_sentence(&stderr, &no_name);
    assert!(stderr.contains("line 1") && stderr.contains("name"), "{stderr}");

    let bad_row = write(&dir, "rows.csv", b"name,employees\nNew One,10\nNew Two,lots\n");
    let (code, _, stderr) = run(&dir, &db, &["import", arg(&bad_row)]);
    assert_eq!(code, 2);
    assert!(stderr.contains("line 3, column \"employees\""), "{stderr}");

    let malformed = write(
        &dir,
        "cards.vcf",
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Fine Person\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN Broken\r\nEND:VCARD\r\n",
    );
    let (code, _, stderr) = run(&dir, &db, &["import", arg(&malformed), "--account", "укрм"]);
    assert_eq!(code, 2);
    assert_one_sentence(&stderr, &malformed);
    assert!(stderr.contains("line 7"), "{stderr}");

    let unended = write(&dir, "unended.vcf", b"BEGIN:VCARD\nVERSION:4.0\nFN:Half\n");
    let (code, _, stderr) = run(&dir, &db, &["import", arg(&unended), "--account", "укрм"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("line 3") && stderr.contains("END:VCARD"), "{stderr}");

    assert!(state(&dir, &db) == before, "the database is byte for byte the same");
}

#[test]
fn a_write_that_fails_halfway_leaves_nothing_behind() {
    let (dir, db) = sample();
    let before = state(&dir, &db);
    let mut store = Store::open(&db).unwrap().store;
    let mut first = Dossier::new(keyplan::domain::Account::new("Half Imported", chrono::NaiveDate::MIN));
    first.charter = "written first".into();
    let mut second = Dossier::new(keyplan::domain::Account::new("Never There", chrono::NaiveDate::MIN));
    second.milestones.push(Milestone {
        id: MilestoneId(0),
        account_id: AccountId(0),
        title: String::new(), // refused by the store
        due: chrono::NaiveDate::MIN,
        done: None,
        note: String::new(),
        stamp: Default::default(),
    });
    let result = store.import(true, |_| {
        let changes = [first, second]
            .into_iter()
            .map(|dossier| DossierChanges { account: None, update_account: false, dossier, sales: Vec::new() })
            .collect();
        Ok::<_, keyplan::store::StoreError>((changes, ()))
    });
    let error = result.unwrap_err().to_string();
    assert!(error.contains("Never There") && error.contains("title"), "{error}");
    drop(store);
    assert!(state(&dir, &db) == before);
}

const VCARDS: &str = "BEGIN:VCARD\r\n\
VERSION:3.0\r\n\
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=A8=D0=B5=D0=B2=D1=87=D0=B5=D0=BD=D0=BA=D0=BE;=D0=9E=D0=BA=D1=81=D0=B0=\r\n\
=D0=BD=D0=B0;;;\r\n\
FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=9E=D0=BA=D1=81=D0=B0=D0=BD=D0=B0 =D0=A8=D0=B5=D0=B2=D1=87=D0=B5=D0=BD=\r\n\
=D0=BA=D0=BE\r\n\
TITLE:Head of IoT procurement\\, B2B\r\n\
EMAIL;TYPE=INTERNET,WORK:oksana.shevchenko@ukrmerezha.example\r\n\
EMAIL;TYPE=INTERNET,HOME:oksana.s@mail.ex\r\n ample\r\n\
TEL;TYPE=CELL:+380 67 123 45 67\r\n\
BDAY:1984-02-29\r\n\
NOTE:Met at the Kyiv IoT forum.\\nPrefers short e-mails.\r\n\
ORG:Укрмережа Телеком\r\n\
END:VCARD\r\n\
BEGIN:VCARD\r\n\
VERSION:4.0\r\n\
FN:Тарас Гнатюк\r\n\
N:Гнатюк;Тарас;;;\r\n\
TITLE:Directeur tech\r\n\x20nique\r\n\
EMAIL;TYPE=work:taras@ukrmerezha.example\r\n\
EMAIL;TYPE=home:taras.h@example.org\r\n\
TEL;VALUE=uri;TYPE=\"voice,cell\":tel:+380-50-765-43-21\r\n\
BDAY:19790612\r\n\
PHOTO;MEDIATYPE=image/png:data:image/png;base64,iVBORw0KGgo=\r\n\
END:VCARD\r\n";

#[test]
fn vcards_3_and_4_come_in_once() {
    let (dir, db) = sample();
    let file = write(&dir, "contacts.vcf", VCARDS.as_bytes());
    let before = state(&dir, &db);
    let dry = ok(&dir, &db, &["import", arg(&file), "--account", "укрм", "--dry-run"]);
    assert!(dry.contains("add person \"Оксана Шевченко\""), "{dry}");
    assert!(dry.contains("add person \"Тарас Гнатюк\""), "{dry}");
    assert!(dry.contains("ignored: ORG (1)") && dry.contains("PHOTO (1)"), "{dry}");
    assert!(state(&dir, &db) == before, "a dry run changes nothing");

    let said = ok(&dir, &db, &["import", arg(&file), "--account", "укрм"]);
    assert!(said.contains("2 people added"), "{said}");
    let shown: Value =
        serde_json::from_str(&ok(&dir, &db, &["show", "укрм", "--format", "json", "--section", "people"])).unwrap();
    let person = |name: &str| {
        shown["people"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == name)
            .unwrap_or_else(|| panic!("{name}"))
            .clone()
    };
    let oksana = person("Оксана Шевченко");
    assert_eq!(oksana["job_title"], "Head of IoT procurement, B2B");
    assert_eq!(oksana["email"], "oksana.shevchenko@ukrmerezha.example, oksana.s@mail.example");
    assert_eq!(oksana["phone"], "+380 67 123 45 67");
    assert_eq!(oksana["birthday"], "1984-02-29");
    assert_eq!(oksana["notes"], "Met at the Kyiv IoT forum.\nPrefers short e-mails.");
    let taras = person("Тарас Гнатюк");
    assert_eq!(taras["job_title"], "Directeur technique");
    assert_eq!(taras["email"], "taras@ukrmerezha.example, taras.h@example.org");
    assert_eq!(taras["phone"], "+380-50-765-43-21");

    let after = export_json(&dir, &db);
    let again = ok(&dir, &db, &["import", arg(&file), "--account", "укрм"]);
    assert!(again.contains("0 people added, 0 merged, 2 already there"), "{again}");
    assert_eq!(export_json(&dir, &db), after, "nothing duplicated");

    let (code, _, stderr) = run(&dir, &db, &["import", arg(&file)]);
    assert_eq!(code, 2, "a vCard needs --account");
    assert!(stderr.contains("--account"), "{stderr}");
}

#[test]
fn people_from_csv_merge_by_email() {
    let (dir, db) = sample();
    let shown: Value = serde_json::from_str(&ok(&dir, &db, &["show", "укрм", "--format", "json"])).unwrap();
    let someone = &shown["people"][0];
    let email = someone["email"].as_str().unwrap();
    let text = format!(
        "Full Name;Job Title;E-mail;Mobile;Birthday\n\
         Different Spelling;;{email};+380 99 000 11 22;\n\
         Новий Контакт;Бухгалтер;new@example.org;;01.02.1990\n"
    );
    let file = write(&dir, "people.csv", text.as_bytes());
    let said = ok(&dir, &db, &["import", arg(&file), "--account", "укрм"]);
    assert!(said.contains("1 person added, 1 merged"), "{said}");
    let after: Value = serde_json::from_str(&ok(&dir, &db, &["show", "укрм", "--format", "json"])).unwrap();
    let matched = after["people"].as_array().unwrap().iter().find(|p| p["id"] == someone["id"]).unwrap();
    assert_eq!(matched["name"], someone["name"], "the name is kept");
    assert!(matched["phone"].as_str().unwrap().ends_with("+380 99 000 11 22"));
    let again = ok(&dir, &db, &["import", arg(&file), "--account", "укрм"]);
    assert!(again.contains("0 people added, 0 merged, 2 already there"), "{again}");
}

#[test]
fn dry_run_changes_nothing_not_even_a_missing_database() {
    let (dir, db) = sample();
    let file = write(&dir, "portfolio.json", export_json(&dir, &db).as_bytes());
    let missing = dir.path().join("nowhere.db");
    let said = ok(&dir, &missing, &["import", arg(&file), "--dry-run"]);
    assert!(said.contains("add account \"Укрмережа Телеком\""), "{said}");
    assert!(said.contains("Dry run, nothing changed: 10 accounts would be added"), "{said}");
    assert!(!missing.exists(), "no database was created");

    let before = state(&dir, &db);
    let csv = write(&dir, "new.csv", b"company,city,country,revenue\nNova Poshta Cargo,Kyiv,Ukraine,\"2,500,000\"\n");
    let said = ok(&dir, &db, &["import", arg(&csv), "--dry-run"]);
    assert!(said.contains("add account \"Nova Poshta Cargo\""), "{said}");
    assert!(state(&dir, &db) == before);
    ok(&dir, &db, &["import", arg(&csv)]);
    let shown: Value = serde_json::from_str(&ok(&dir, &db, &["show", "nova", "--format", "json"])).unwrap();
    assert_eq!(shown["account"]["region"], "Kyiv, Ukraine");
    assert_eq!(shown["account"]["annual_sales"], 2_500_000);
}

#[test]
fn touchpoints_dated_ahead_are_refused_beyond_two_days() {
    let (dir, db) = sample();
    let before = state(&dir, &db);
    let portfolio = |dates: &[&str]| {
        let touchpoints: Vec<String> = dates
            .iter()
            .map(|d| format!("{{\"date\": \"{d}\", \"channel\": \"call\", \"summary\": \"Call of {d}\"}}"))
            .collect();
        format!(
            "{{\"format\": \"keyplan-portfolio\", \"version\": 1, \"accounts\": [{{\"account\": {{\"name\": \"Future Co\"}}, \"touchpoints\": [{}]}}]}}",
            touchpoints.join(", ")
        )
    };
    for dates in [&["2026-11-01", "2099-01-01"][..], &["2026-11-01", "2026-11-25", "2026-11-26"]] {
        let (late, wrong) = (dates[dates.len() - 1], dates.len() - 1);
        let file = write(&dir, "ahead.json", portfolio(dates).as_bytes());
        let (code, _, stderr) = run(&dir, &db, &["import", arg(&file)]);
        assert_eq!(code, 2, "{stderr}");
        assert_one_sentence(&stderr, &file);
        let named = format!("account \"Future Co\", touchpoint {} (\"Call of {late}\")", wrong + 1);
        assert!(stderr.contains(&named), "names the record {named}: {stderr}");
        assert!(stderr.contains(&format!("{late} is more than 2 days after today (2026-11-23)")), "{stderr}");
        assert!(state(&dir, &db) == before, "nothing of the file came in");
    }
    // Two days ahead (another machine's clock) is fine.
    let file = write(&dir, "fine.json", portfolio(&["2026-11-01", "2026-11-25"]).as_bytes());
    assert!(ok(&dir, &db, &["import", arg(&file)]).contains("1 account added"));
}

#[test]
fn control_characters_from_files_are_cleaned() {
    let (dir, db) = sample();
    let file = write(&dir, "evil.csv", "name,industry\n\"Evil\u{1b}[2J Corp\",\"Bell\u{7}\"\n".as_bytes());
    ok(&dir, &db, &["import", arg(&file)]);
    let shown: Value = serde_json::from_str(&ok(&dir, &db, &["show", "evil", "--format", "json"])).unwrap();
    assert_eq!(shown["account"]["name"], "Evil^[[2J Corp");
    assert_eq!(shown["account"]["industry"], "Bell^G");
    let text = ok(&dir, &db, &["show", "evil"]);
    assert!(!text.contains('\u{1b}') && !text.contains('\u{7}'));
    // Importing it again matches the cleaned name: nothing new.
    assert!(ok(&dir, &db, &["import", arg(&file)]).contains("1 already there"));
}

#[test]
fn an_import_keeps_search_and_last_contacts_in_step_and_the_triggers_work_after() {
    let (dir, db) = sample();
    let mut doc: Value = serde_json::from_str(&export_json(&dir, &db)).unwrap();
    // A new account (written in bulk) and an addition to an existing one
    // (written row by row), in one file.
    let mut new = doc["accounts"][1].clone();
    new["account"]["name"] = "Зоряна Логістика".into();
    new["touchpoints"]
        .as_array_mut()
        .unwrap()
        .insert(0, serde_json::json!({"date": "2026-11-20", "channel": "call", "summary": "Обговорили хладоагент"}));
    doc["accounts"][0]["touchpoints"]
        .as_array_mut()
        .unwrap()
        .insert(0, serde_json::json!({"date": "2026-11-22", "channel": "call", "summary": "Домовились про семінар"}));
    doc["accounts"].as_array_mut().unwrap().push(new);
    let file = write(&dir, "more.json", serde_json::to_string(&doc).unwrap().as_bytes());
    let said = ok(&dir, &db, &["import", arg(&file)]);
    assert!(said.contains("1 account added, 1 merged, 9 already there"), "{said}");

    let found = ok(&dir, &db, &["search", "хладоагент"]);
    assert!(found.contains("Зоряна Логістика"), "the new account's log is searchable: {found}");
    let found = ok(&dir, &db, &["search", "семінар"]);
    assert!(found.contains("Укрмережа Телеком"), "the added touchpoint is searchable: {found}");
    let listed: Value = serde_json::from_str(&ok(&dir, &db, &["list", "--format", "json"])).unwrap();
    let row = listed.as_array().unwrap().iter().find(|a| a["name"] == "Зоряна Логістика").unwrap().clone();
    assert_eq!(row["last_touchpoint"], "2026-11-20", "the new account's last contact: {row}");

    // The triggers set aside for the bulk write are back.
    ok(&dir, &db, &["log", "Зоряна", "--summary", "Підписали протокол", "--date", "2026-11-23"]);
    let found = ok(&dir, &db, &["search", "протокол"]);
    assert!(found.contains("Зоряна Логістика"), "{found}");
    let listed: Value = serde_json::from_str(&ok(&dir, &db, &["list", "--format", "json"])).unwrap();
    let row = listed.as_array().unwrap().iter().find(|a| a["name"] == "Зоряна Логістика").unwrap().clone();
    assert_eq!(row["last_touchpoint"], "2026-11-23", "{row}");
}

/// An Excel file saved in Kyiv: Windows-1251, semicolons, Ukrainian headers.
#[test]
fn imports_an_excel_csv_saved_in_kyiv() {
    let (dir, db) = sample();
    let text = "Назва;Галузь;Регіон;Річний обсяг продажів;Дата початку співпраці\r\n\
                Київська Логістика;Логістика;Київ;1 250 000,50;\r\n";
    let file = write(&dir, "kyiv.csv", &keyplan::interchange::encoding::to_windows_1251(text));
    let said = ok(&dir, &db, &["import", arg(&file)]);
    assert!(said.contains("Left out: column \"Дата початку співпраці\""), "{said}");
    let shown: Value = serde_json::from_str(&ok(&dir, &db, &["show", "Київська", "--format", "json"])).unwrap();
    assert_eq!(shown["account"]["industry"], "Логістика");
    assert_eq!(shown["account"]["region"], "Київ");
    assert_eq!(shown["account"]["annual_sales"], 1_250_001);

    let koi8 = write(&dir, "koi8.csv", b"\xee\xc1\xda\xd7\xc1\xce\xc9\xc5;\xef\xd4\xd2\xc1\xd3\xcc\xd8\n\xf2\xcf\xcd\xc1\xdb\xcb\xc1;\xf4\xcf\xd2\xc7\xcf\xd7\xcc\xd1\n");
    let (code, _, stderr) = run(&dir, &db, &["import", arg(&koi8)]);
    assert_eq!(code, 2);
    assert_one_sentence(&stderr, &koi8);
    assert!(stderr.contains("(UTF-8, UTF-16, Windows-1251)"), "{stderr}");
}

/// Apple's birthday without a year is kept as a day and month, exported as
/// `--12-31`, and announced without an age.
#[test]
fn a_vcard_birthday_without_a_year() {
    let (dir, db) = sample();
    let file = write(
        &dir,
        "apple.vcf",
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Lesia Moroz\r\nBDAY;X-APPLE-OMIT-YEAR=1604:1604-11-30\r\nEND:VCARD\r\n",
    );
    ok(&dir, &db, &["import", arg(&file), "--account", "укрм"]);
    let shown: Value =
        serde_json::from_str(&ok(&dir, &db, &["show", "укрм", "--format", "json", "--section", "people"])).unwrap();
    let lesia = shown["people"].as_array().unwrap().iter().find(|p| p["name"] == "Lesia Moroz").unwrap().clone();
    assert_eq!(lesia["birthday"], "--11-30");
    let check = ok(&dir, &db, &["check"]);
    assert!(check.contains("Lesia Moroz has a birthday in 7 days (2026-11-30)"), "{check}");
    assert!(!check.contains("turns 422"), "{check}");
}

/// A portfolio document of `entries` (account entries as JSON), with the
/// header first or, as a hand-written file may have it, last.
fn document(entries: &[String], header_last: bool, version: u32) -> String {
    let header = format!("\"format\": \"keyplan-portfolio\", \"version\": {version}");
    let accounts = format!("\"accounts\": [{}]", entries.join(",\n"));
    if header_last { format!("{{{accounts},\n{header}}}\n") } else { format!("{{{header},\n{accounts}}}\n") }
}

fn entry(account: &str, touchpoints: &[(&str, &str)]) -> String {
    let touchpoints: Vec<String> = touchpoints
        .iter()
        .map(|(date, summary)| format!("{{\"date\": \"{date}\", \"channel\": \"call\", \"summary\": \"{summary}\"}}"))
        .collect();
    format!("{{\"account\": {account}, \"touchpoints\": [{}]}}", touchpoints.join(", "))
}

#[test]
fn an_open_name_twice_in_one_file_is_one_account_merged_once() {
    let (dir, db) = sample();
    let entries = [
        entry(r#"{"name": "Twice Ltd"}"#, &[("2026-10-01", "First call")]),
        entry(r#"{"name": "Lost Twice", "status": "lost"}"#, &[]),
        entry(
            r#"{"name": "twice   LTD", "industry": "Rail"}"#,
            &[("2026-10-01", "First call"), ("2026-10-05", "Second")],
        ),
    ];
    let file = write(&dir, "twice.json", document(&entries, false, 2).as_bytes());
    let dry = ok(&dir, &db, &["import", arg(&file), "--dry-run"]);
    assert_eq!(
        dry,
        "add account \"Twice Ltd\" with 2 touchpoints\nadd account \"Lost Twice\"\n\
         Dry run, nothing changed: 2 accounts would be added, 0 merged, 0 already there.\n"
    );
    assert!(ok(&dir, &db, &["import", arg(&file)]).contains("2 accounts added, 0 merged, 0 already there"));
    let shown: Value = serde_json::from_str(&ok(&dir, &db, &["show", "twice ltd", "--format", "json"])).unwrap();
    assert_eq!(shown["account"]["industry"], "Rail");
    assert_eq!(shown["touchpoints"].as_array().unwrap().len(), 2, "{shown}");
    // Made once, as a whole: the history holds its creation and no update.
    let history = ok(&dir, &db, &["history", "twice ltd"]);
    assert_eq!(history.lines().count(), 2, "{history}");
    assert!(history.contains("account «Twice Ltd» created"), "{history}");
    assert!(ok(&dir, &db, &["import", arg(&file)]).contains("0 accounts added, 0 merged, 2 already there"));

    // Into a stored account: its two entries merge once, as one account.
    let entries = [
        entry(r#"{"name": "Twice Ltd"}"#, &[("2026-10-07", "Third")]),
        entry(r#"{"name": "TWICE LTD"}"#, &[("2026-10-08", "Fourth"), ("2026-10-07", "Third")]),
        entry(r#"{"name": "Lost Twice", "status": "lost"}"#, &[("2026-10-09", "Win-back call")]),
        entry(r#"{"name": "Lost Twice", "status": "lost"}"#, &[]),
    ];
    let file = write(&dir, "again.json", document(&entries, false, 2).as_bytes());
    let dry = ok(&dir, &db, &["import", arg(&file), "--dry-run"]);
    assert_eq!(
        dry,
        "merge into account \"Twice Ltd\":\n  add touchpoint \"2026-10-07 Third\"\n  add touchpoint \"2026-10-08 Fourth\"\n\
         merge into account \"Lost Twice\":\n  add touchpoint \"2026-10-09 Win-back call\"\nadd account \"Lost Twice\"\n\
         Dry run, nothing changed: 1 account would be added, 2 merged, 0 already there; new in existing accounts: 3 touchpoints.\n"
    );
}

#[test]
fn a_header_after_the_accounts_is_read_and_a_bad_one_lets_nothing_in() {
    let (dir, db) = sample();
    let entries = [entry(r#"{"name": "Header Last"}"#, &[("2026-10-01", "Call")])];
    let before = state(&dir, &db);
    for (version, refusal) in [(9, "newer keyplan"), (1, "")] {
        let file = write(&dir, "last.json", document(&entries, true, version).as_bytes());
        if refusal.is_empty() {
            assert!(ok(&dir, &db, &["import", arg(&file)]).contains("1 account added"));
        } else {
            let (code, _, stderr) = run(&dir, &db, &["import", arg(&file)]);
            assert_eq!(code, 2, "{stderr}");
            assert_one_sentence(&stderr, &file);
            assert!(stderr.contains(refusal), "{stderr}");
            assert!(state(&dir, &db) == before, "nothing of the file came in");
        }
    }
    let shown: Value = serde_json::from_str(&ok(&dir, &db, &["show", "header last", "--format", "json"])).unwrap();
    assert_eq!(shown["touchpoints"][0]["summary"], "Call");
}

#[test]
fn a_problem_in_the_third_account_takes_back_the_first_two() {
    let (dir, db) = sample();
    let before = state(&dir, &db);
    let fine =
        [entry(r#"{"name": "First Fine"}"#, &[("2026-10-01", "Call")]), entry(r#"{"name": "Second Fine"}"#, &[])];
    // Refused by the store when written, and refused as read.
    let third = [
        (entry(r#"{"name": "Third", "currency": "nope"}"#, &[]), "\"nope\""),
        (entry(r#"{"name": "Third", "status": "asleep"}"#, &[]), "line 4"),
    ];
    for (third, said) in third {
        let entries = [fine[0].clone(), fine[1].clone(), third];
        for db in [db.clone(), dir.path().join("new.db")] {
            let file = write(&dir, "third.json", document(&entries, false, 2).as_bytes());
            let (code, _, stderr) = run(&dir, &db, &["import", arg(&file)]);
            assert_eq!(code, 2, "{stderr}");
            assert_one_sentence(&stderr, &file);
            assert!(stderr.contains(said), "{stderr}");
            assert!(!dir.path().join("new.db").exists(), "no new database was left");
        }
    }
    assert!(state(&dir, &db) == before, "nothing of the file came in");
}

#[test]
fn an_export_comes_in_through_a_pipe_too() {
    let (dir, db) = sample();
    let exported = export_json(&dir, &db);
    let empty = dir.path().join("piped.db");
    // Read twice (a survey, then the writing): a pipe is copied aside first.
    let out = keyplan(&dir)
        .args(["import", "/dev/stdin", "--format", "json", "--db"])
        .arg(&empty)
        .write_stdin(exported.clone())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("10 accounts added"));
    assert_eq!(export_json(&dir, &empty), exported);
}
