//! `keyplan people`: the people out to an address book and back, the query
//! of a mail program, and the completion that knows the accounts.

use std::collections::BTreeSet;
use std::path::Path;

use chrono::NaiveDate;
use keyplan::domain::{Account, Person};
use keyplan::store::Store;

use super::lookup::{json, run, sample};
use crate::cli;

/// The UIDs of a vCard file, unfolded.
fn uids(cards: &str) -> BTreeSet<String> {
    cards
        .replace("\r\n ", "")
        .lines()
        .filter_map(|l| l.strip_prefix("UID:urn:uuid:"))
        .map(|u| u.trim_end().to_string())
        .collect()
}

#[test]
fn people_go_out_as_vcards_and_come_back_adding_nothing() {
    let (dir, path) = sample();
    let people = json(&dir, &path, &["people", "--format", "json"]);
    let people = people.as_array().unwrap();
    assert!(people.len() > 10, "the sample has people");
    let first = &people[0];
    let account = first["account_id"].as_i64().unwrap().to_string();
    let of_account: Vec<&serde_json::Value> =
        people.iter().filter(|p| p["account_id"] == first["account_id"]).collect();

    let (code, text, _) = run(&dir, &path, &["people", &account]);
    assert_eq!(code, 0);
    assert!(text.lines().next().unwrap().contains("Name"), "{text}");
    assert!(!text.contains("Account"), "one account's people need no account column:\n{text}");
    assert_eq!(text.lines().count(), of_account.len() + 1, "{text}");
    let (_, csv, _) = run(&dir, &path, &["people", "--format", "csv"]);
    assert!(csv.starts_with("id,uid,account_id,account,name,job_title,"), "{csv}");
    assert!(csv.contains(",'+44 113 496 0140,"), "a phone number is no formula for a spreadsheet:\n{csv}");

    for version in ["4.0", "3.0"] {
        let (code, cards, err) = run(&dir, &path, &["people", &account, "--vcard", version]);
        assert_eq!(code, 0, "{err}");
        assert_eq!(cards.matches("BEGIN:VCARD\r\n").count(), of_account.len());
        assert!(cards.contains(&format!("VERSION:{version}\r\n")));
        assert!(!cards.replace("\r\n", "").contains('\n'), "every line ends in CRLF");
        assert!(cards.split("\r\n").all(|l| l.len() <= 75), "folded at 75 octets");
        let wanted: BTreeSet<String> = of_account.iter().map(|p| p["uid"].as_str().unwrap().to_string()).collect();
        assert_eq!(uids(&cards), wanted, "each card's UID is the person's global id");
        let (_, again, _) = run(&dir, &path, &["people", &account, "--format", "vcf", "--vcard", version]);
        assert_eq!(again, cards, "the same export twice gives the same bytes");

        let file = dir.path().join(format!("people-{version}.vcf"));
        std::fs::write(&file, &cards).unwrap();
        let (code, out, err) = run(&dir, &path, &["import", file.to_str().unwrap(), "--account", &account]);
        assert_eq!(code, 0, "{err}");
        let expected = format!("0 people added, 0 merged, {} already there", of_account.len());
        assert!(out.contains(&expected), "{out}");
    }
    // Matched by the UID alone: a card renamed on the phone, its addresses gone.
    let (_, cards, _) = run(&dir, &path, &["people", &account, "--format", "vcf"]);
    let renamed: String = cards
        .replace("\r\n ", "")
        .split("\r\n")
        .filter(|l| !l.starts_with("EMAIL") && !l.starts_with("TEL") && !l.starts_with("N:"))
        .map(|l| if l.starts_with("FN:") { "FN:Someone Else Entirely\r\n".to_string() } else { format!("{l}\r\n") })
        .collect();
    let file = dir.path().join("renamed.vcf");
    std::fs::write(&file, renamed.trim_end()).unwrap();
    let (code, out, err) = run(&dir, &path, &["import", file.to_str().unwrap(), "--account", &account]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("0 people added"), "{out}");
    // Everyone's cards, back into one account: the others' people are theirs.
    let (_, everyone, _) = run(&dir, &path, &["people", "--format", "vcf"]);
    let file = dir.path().join("everyone.vcf");
    std::fs::write(&file, everyone).unwrap();
    let (code, out, err) = run(&dir, &path, &["import", file.to_str().unwrap(), "--account", &account, "--dry-run"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(&format!("0 people would be added, 0 merged, {} already there", people.len())), "{out}");
    let again = json(&dir, &path, &["people", "--format", "json"]);
    assert_eq!(again.as_array().unwrap().len(), people.len(), "no one was added");

    // Another machine: the portfolio moved by its JSON export keeps the UIDs.
    let (_, export, _) = run(&dir, &path, &["export", "--format", "json"]);
    let moved = dir.path().join("moved.json");
    std::fs::write(&moved, export).unwrap();
    let other = dir.path().join("other.db");
    let (code, _, err) = run(&dir, &other, &["import", moved.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let (_, here, _) = run(&dir, &path, &["people", "--format", "vcf"]);
    let (_, there, _) = run(&dir, &other, &["people", "--format", "vcf"]);
    assert_eq!(uids(&here), uids(&there));
    assert_eq!(uids(&here).len(), people.len());

    let (code, _, err) = run(&dir, &path, &["people", "--format", "csv", "--vcard", "3.0"]);
    assert_eq!(code, 2);
    assert!(err.contains("--format vcf"), "{err}");
}

/// A database with a Ukrainian and a Georgian account and a person in each.
fn two_accounts(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("keyplan.db");
    let mut store = Store::open(&path).unwrap().store;
    let day = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
    let ua = store.create_account(&Account::new("Київстар Бізнес", day)).unwrap();
    let mut olena = Person::new(ua, "Олена Петренко");
    olena.email = "olena@kyivstar.ua, o.petrenko@example.org".into();
    store.save_person(&olena).unwrap();
    let ka = store.create_account(&Account::new("თბილისის წყალი", day)).unwrap();
    let mut nino = Person::new(ka, "ნინო ბერიძე");
    nino.email = "nino@gwp.ge".into();
    store.save_person(&nino).unwrap();
    path
}

#[test]
fn the_mail_query_answers_in_mutts_format_and_exits_1_for_no_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = two_accounts(dir.path());
    let (code, out, _) = run(&dir, &path, &["people", "--email", "ОЛЕНА"]);
    assert_eq!(code, 0);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "keyplan: 2 matches");
    assert_eq!(lines[1], "olena@kyivstar.ua\tОлена Петренко\tКиївстар Бізнес");
    assert_eq!(lines[2], "o.petrenko@example.org\tОлена Петренко\tКиївстар Бізнес");
    let (_, out, _) = run(&dir, &path, &["people", "--email", "ᲗᲑᲘᲚᲘᲡᲘᲡ"]);
    assert_eq!(out, "keyplan: 1 match\nnino@gwp.ge\tნინო ბერიძე\tთბილისის წყალი\n", "Georgian capitals");
    let (_, out, _) = run(&dir, &path, &["people", "--email", "gwp"]);
    assert!(out.contains("nino@gwp.ge"), "{out}");

    let (code, out, err) = run(&dir, &path, &["people", "--email", "nobody"]);
    assert_eq!((code, err.as_str()), (1, ""), "no one: exit 1 and no complaint");
    assert_eq!(out, "keyplan: no address matches “nobody”\n");
    // A query is quoted with its control characters shown, never obeyed.
    let (code, out, _) = run(&dir, &path, &["people", "--email", "X\u{1b}]0;PWNED\u{7}\u{1b}[2J"]);
    assert_eq!(code, 1);
    assert_eq!(out, "keyplan: no address matches “X^[]0;PWNED^G^[[2J”\n");
}

/// `COMPLETE=SHELL keyplan -- WORDS`: what the shell's Tab gets.
fn complete(dir: &tempfile::TempDir, shell: &str, db: Option<&Path>, words: &[&str]) -> (i32, String, String) {
    let mut cmd = cli::keyplan(dir.path());
    cmd.env("COMPLETE", shell).env("_CLAP_COMPLETE_INDEX", (words.len() - 1).to_string()).arg("--").args(words);
    if let Some(db) = db {
        cmd.env("KEYPLAN_DB", db);
    }
    let output = cmd.output().unwrap();
    let text = |bytes: Vec<u8>| String::from_utf8(bytes).unwrap();
    (output.status.code().unwrap_or(-1), text(output.stdout), text(output.stderr))
}

#[test]
fn tab_completes_account_names_from_the_database_and_the_values_of_options() {
    let dir = tempfile::tempdir().unwrap();
    let path = two_accounts(dir.path());
    // fish: one candidate a line, its help after a tab.
    let (code, out, err) = complete(&dir, "fish", Some(&path), &["keyplan", "show", "Ки"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.lines().any(|l| l.starts_with("Київстар Бізнес")), "{out:?}");
    assert!(!out.contains("თბილისის"), "{out:?}");
    // bash puts a candidate in as it is: the space is escaped.
    let (_, out, _) = complete(&dir, "bash", Some(&path), &["keyplan", "show", "ки"]);
    assert_eq!(out, "Київстар\\ Бізнес");
    let (_, out, _) = complete(&dir, "bash", Some(&path), &["keyplan", "log", "წყ"]);
    assert_eq!(out, "თბილისის\\ წყალი", "the beginning of a later word");
    // The database named on the command line, not the environment's.
    let db = path.to_str().unwrap();
    let (_, out, _) = complete(&dir, "bash", None, &["keyplan", "--db", db, "history", "Київ"]);
    assert_eq!(out, "Київстар\\ Бізнес");

    let (_, out, _) = complete(&dir, "fish", Some(&path), &["keyplan", "list", "--status", ""]);
    let values: Vec<&str> = out.lines().map(|l| l.split('\t').next().unwrap()).collect();
    assert_eq!(values, ["active", "prospect", "at_risk", "lost", "former"], "{out}");
    let (_, out, _) = complete(&dir, "fish", Some(&path), &["keyplan", "show", "x", "--section", "imp"]);
    assert!(out.starts_with("implementation"), "{out}");
    let (_, out, _) = complete(&dir, "fish", Some(&path), &["keyplan", "log", "x", "--channel", ""]);
    assert!(out.lines().any(|l| l.starts_with("call")), "{out}");
    let (_, out, _) = complete(&dir, "fish", Some(&path), &["keyplan", "people", "--format", "v"]);
    assert!(out.starts_with("vcf"), "{out}");

    // No database: no candidates, and not a word on the terminal.
    let missing = dir.path().join("missing.db");
    let (code, out, err) = complete(&dir, "bash", Some(&missing), &["keyplan", "show", "Ки"]);
    assert_eq!((code, out.as_str(), err.as_str()), (0, "", ""));
    assert!(!missing.exists(), "a Tab creates no database");

    // `keyplan completions bash` prints what the shell sources.
    let output = cli::keyplan(dir.path()).args(["completions", "bash"]).output().unwrap();
    let script = String::from_utf8(output.stdout).unwrap();
    assert!(script.contains("COMPLETE=\"bash\"") && script.contains("-F _clap_complete_keyplan keyplan"), "{script}");
}

/// python's vobject (what khard reads cards with) parses both versions and
/// finds each field as written. CI installs it (.ci/run); elsewhere its
/// absence is said, not hidden.
#[test]
fn python_vobject_reads_the_cards() {
    let dir = tempfile::tempdir().unwrap();
    let path = two_accounts(dir.path());
    let probe = std::process::Command::new("python3").args(["-c", "import vobject"]).output();
    if !probe.as_ref().is_ok_and(|o| o.status.success()) {
        assert!(std::env::var_os("CI").is_none(), "CI installs python's vobject (.ci/run)");
        eprintln!("skipped: python3 with vobject is not here (pip install vobject)");
        return;
    }
    let script = r#"
import sys, vobject
cards = list(vobject.readComponents(open(sys.argv[1], encoding="utf-8").read()))
for c in cards:
    emails = ",".join(e.value for e in c.contents.get("email", []))
    print("|".join([c.version.value, c.uid.value, c.fn.value, c.n.value.family, c.org.value[0], emails]))
"#;
    for version in ["4.0", "3.0"] {
        let (_, cards, _) = run(&dir, &path, &["people", "--vcard", version]);
        let file = dir.path().join("people.vcf");
        std::fs::write(&file, &cards).unwrap();
        let output = std::process::Command::new("python3").args(["-c", script]).arg(&file).output().unwrap();
        let err = String::from_utf8_lossy(&output.stderr);
        assert!(output.status.success(), "vobject refused the {version} cards: {err}");
        let out = String::from_utf8(output.stdout).unwrap();
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 2, "{out}");
        let olena: Vec<&str> = lines[0].split('|').collect();
        assert_eq!(olena[0], version);
        assert!(olena[1].starts_with("urn:uuid:"), "{out}");
        assert_eq!(
            &olena[2..],
            ["Олена Петренко", "Петренко", "Київстар Бізнес", "olena@kyivstar.ua,o.petrenko@example.org"]
        );
        assert!(lines[1].contains("ნინო ბერიძე|ბერიძე|თბილისის წყალი|nino@gwp.ge"), "{out}");
    }
}
