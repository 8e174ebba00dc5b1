//! `keyplan history` and `keyplan show --since-review / --since`: the
//! history of a dossier and what changed in its plan, from the shell.

use assert_cmd::Command;
use chrono::NaiveDate;
use keyplan::domain::{Account, AccountId, Milestone, Objective, ObjectiveId, PlanSection, TextPart};
use keyplan::store::Store;
use serde_json::Value;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn keyplan(dir: &tempfile::TempDir) -> Command {
    let mut cmd = Command::cargo_bin("keyplan").unwrap();
    // English, whatever the locale of the machine running the tests.
    cmd.env("LC_ALL", "C.UTF-8");
    cmd.env("XDG_CONFIG_HOME", dir.path())
        .env("HOME", dir.path())
        // The times are shown in the local zone: UTC here, as stored.
        .env("TZ", "UTC")
        .env_remove("KEYPLAN_DB")
        .env_remove("KEYPLAN_TODAY")
        .env_remove("NO_COLOR");
    cmd
}

/// Runs keyplan with `args` then `--db PATH`; returns (status code, stdout, stderr).
fn run(dir: &tempfile::TempDir, path: &std::path::Path, args: &[&str]) -> (i32, String, String) {
    let output = keyplan(dir).args(args).arg("--db").arg(path).output().unwrap();
    let text = |bytes: Vec<u8>| String::from_utf8(bytes).unwrap();
    (output.status.code().unwrap_or(-1), text(output.stdout), text(output.stderr))
}

const CHARTER: TextPart = TextPart::Plan(PlanSection::Charter);
const STRATEGY: TextPart = TextPart::Plan(PlanSection::Strategy);

/// Acme with two versions of its charter, an objective and a milestone.
fn acme() -> (tempfile::TempDir, std::path::PathBuf, Store, AccountId) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keyplan.db");
    let mut store = Store::open(&path).unwrap().store;
    let id = store.create_account(&Account::new("Acme Logistics", day("2026-01-10"))).unwrap();
    store.save_text(id, CHARTER, "A reliable partner in racks.", None).unwrap();
    store.save_text(id, CHARTER, "A strategic partner in racks and fibre.", None).unwrap();
    store.save_milestone(&Milestone::new(id, "Q4 review", day("2026-12-15"))).unwrap();
    (dir, path, store, id)
}

fn objective(account: AccountId, product: &str) -> Objective {
    Objective {
        id: ObjectiveId(0),
        account_id: account,
        year: 2027,
        product: product.into(),
        planned_volume: String::new(),
        expected_profit: None,
        resources: String::new(),
        stamp: Default::default(),
    }
}

#[test]
fn history_of_a_section_prints_each_version_as_a_word_diff() {
    let (dir, path, store, id) = acme();
    let (code, out, err) = run(&dir, &path, &["history", "acme", "--section", "charter"]);
    assert_eq!(code, 0, "{err}");
    let versions = store.text_history(id, CHARTER).unwrap();
    assert_eq!(versions.len(), 2);
    let newest = &versions[0];
    let line = format!(
        "{}  {}  #{}  Charter changed (+3 −1 words)",
        newest.at.format("%Y-%m-%d %H:%M"),
        keyplan::store::history::machine(),
        newest.id.0
    );
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "History of Acme Logistics, newest first");
    assert_eq!(lines[1], line, "{out}");
    assert_eq!(lines[2], "    A [-reliable-]{+strategic+} partner in racks{+ and fibre+}.");
    assert!(lines[3].ends_with("Charter changed (+5 −0 words)"), "{out}");
    assert_eq!(lines[4], "    {+A reliable partner in racks.+}");
    assert_eq!(lines.len(), 5, "the milestone is not the charter's history:\n{out}");

    let (code, all, _) = run(&dir, &path, &["history", "acme"]);
    assert_eq!(code, 0);
    assert!(all.contains("milestone «Q4 review (2026-12-15)» created"), "{all}");
    assert!(all.contains("account «Acme Logistics» created"), "{all}");
    let (code, implementation, _) = run(&dir, &path, &["history", "acme", "--section", "implementation"]);
    assert_eq!(code, 0);
    assert!(implementation.contains("Q4 review") && !implementation.contains("Charter"), "{implementation}");
}

#[test]
fn history_as_json_keeps_utc_times_and_whole_versions() {
    let (dir, path, store, id) = acme();
    let (code, out, err) = run(&dir, &path, &["history", "acme", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let rows: Value = serde_json::from_str(&out).unwrap();
    let rows = rows.as_array().unwrap();
    let stored = store.history(id, None, None).unwrap();
    assert_eq!(rows.len(), stored.len());
    assert_eq!(rows[0]["at"], stored[0].at.format("%Y-%m-%dT%H:%M:%SZ").to_string());
    // Newest first: the milestone, then the charter's two versions.
    assert_eq!(rows[0]["kind"], "milestone");
    assert_eq!(rows[0]["change"], "create");
    assert_eq!(rows[0]["after"]["title"], "Q4 review");
    assert_eq!(rows[0]["before"], Value::Null);
    assert_eq!(rows[1]["kind"], "text");
    assert_eq!(rows[1]["part"], "charter");
    assert_eq!(rows[1]["before"], "A reliable partner in racks.");
    assert_eq!(rows[1]["after"], "A strategic partner in racks and fibre.");
}

#[test]
fn show_since_review_prints_what_changed_in_the_plan_after_it() {
    let (dir, path, mut store, id) = acme();
    let (code, _, err) = run(&dir, &path, &["show", "acme", "--since-review"]);
    assert_eq!(code, 2, "no review yet is the user's question to fix");
    assert!(err.contains("has no review yet") && err.contains("--since DATE"), "{err}");

    store.review_plan(id, day("2026-09-30")).unwrap();
    let (code, out, _) = run(&dir, &path, &["show", "acme", "--since-review"]);
    assert_eq!(code, 0);
    assert_eq!(out, "Acme Logistics: nothing changed in the plan since the review of 2026-09-30\n");

    // After the review: the strategy, an objective, the milestone moved;
    // a person is no part of the plan.
    store.save_text(id, STRATEGY, "Grow with fibre.", None).unwrap();
    store.save_text(id, STRATEGY, "Grow with fibre and racks.", None).unwrap();
    store.save_objective(&objective(id, "Racks")).unwrap();
    let mut q4 = store.load_dossier(id).unwrap().milestones[0].clone();
    q4.due = day("2027-01-15");
    store.save_milestone(&q4).unwrap();
    store.save_person(&keyplan::domain::Person::new(id, "Anna")).unwrap();
    let (code, out, err) = run(&dir, &path, &["show", "acme", "--since-review"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "Acme Logistics: what changed in the plan since the review of 2026-09-30\n\
         \n\
         Strategy\n    {+Grow with fibre and racks.+}\n\
         \n\
         objective «2027 Racks» added\n\
         milestone «Q4 review (2027-01-15)» changed: due 2026-12-15 → 2027-01-15\n"
    );

    let (code, out, _) = run(&dir, &path, &["show", "acme", "--since-review", "--format", "json"]);
    assert_eq!(code, 0);
    let summary: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(summary["since"], "since the review of 2026-09-30");
    let changes = summary["changes"].as_array().unwrap();
    assert_eq!(changes.len(), 3);
    assert_eq!(changes[0]["part"], "strategy");
    assert_eq!(changes[2]["fields"][0]["field"], "due");
}

#[test]
fn show_since_a_day_counts_from_that_day() {
    let (dir, path, _store, _id) = acme();
    let (code, out, _) = run(&dir, &path, &["show", "acme", "--since", "2000-01-01"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("Acme Logistics: what changed in the plan since 2000-01-01\n"), "{out}");
    assert!(out.contains("Charter\n    {+A strategic partner in racks and fibre.+}\n"), "{out}");
    assert!(out.contains("milestone «Q4 review (2026-12-15)» added"), "{out}");
    let (code, out, _) = run(&dir, &path, &["show", "acme", "--since", "2999-01-01"]);
    assert_eq!(code, 0);
    assert_eq!(out, "Acme Logistics: nothing changed in the plan since 2999-01-01\n");
}

#[test]
fn wrong_input_is_refused_with_control_characters_shown_not_obeyed() {
    let (dir, path, _store, _id) = acme();
    let hostile = "X\u{1b}]0;PWNED\u{7}\u{1b}[2J";
    for args in [vec!["show", "acme", "--since", hostile], vec!["history", "acme", "--section", hostile]] {
        let (code, out, err) = run(&dir, &path, &args);
        assert_eq!(code, 2, "{args:?}");
        assert!(out.is_empty());
        assert!(!err.contains('\u{1b}') && !err.contains('\u{7}'), "{args:?}: {err:?}");
        assert!(err.contains("X^[]0;PWNED^G^[[2J"), "{args:?}: {err}");
    }
    let (code, _, err) = run(&dir, &path, &["show", "acme", "--since-review", "--section", "charter"]);
    assert_eq!(code, 2, "--since-review is about the whole plan: {err}");
}

#[test]
fn revert_brings_a_deleted_record_back_from_another_session_and_refuses_what_changed_since() {
    let (dir, path, mut store, id) = acme();
    let milestone = store.load_dossier(id).unwrap().milestones[0].id;
    store.delete_milestone(milestone, None).unwrap();
    let (code, out, err) = run(&dir, &path, &["history", "acme", "--section", "implementation"]);
    assert_eq!(code, 0, "{err}");
    let deleted = out.lines().find(|l| l.contains("deleted")).unwrap_or_else(|| panic!("{out}"));
    let number = deleted.split('#').nth(1).and_then(|rest| rest.split_whitespace().next()).unwrap();

    let (code, out, err) = run(&dir, &path, &["revert", number]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("Taken back:") && out.contains("Q4 review"), "{out}");
    let back = store.load_dossier(id).unwrap().milestones;
    assert_eq!(back.len(), 1);
    assert_eq!(back[0].title, "Q4 review");
    // Again: it is back already, and nothing is added.
    let (code, _, err) = run(&dir, &path, &["revert", number]);
    assert_eq!(code, 2, "{err}");
    assert_eq!(store.load_dossier(id).unwrap().milestones.len(), 1);

    // The charter's last change, after another edit: refused, nothing written.
    let versions = store.text_history(id, CHARTER).unwrap();
    store.save_text(id, CHARTER, "Changed again elsewhere.", None).unwrap();
    let (code, _, err) = run(&dir, &path, &["revert", &versions[0].id.0.to_string()]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("has changed since"), "{err}");
    assert_eq!(store.stored_text(id, CHARTER).unwrap().0, "Changed again elsewhere.");
    let (code, _, err) = run(&dir, &path, &["revert", "999999"]);
    assert_eq!(code, 2, "an unknown change is the user's to fix: {err}");
}
