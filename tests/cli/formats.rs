//! Long work and formats other tools read: the export's format from the
//! file's extension, what `export -o` says it wrote, CSV for spreadsheets
//! and against formula injection, no progress bar when piped, Ctrl-C during
//! a generated portfolio, and Markdown that hostile text cannot break
//! (checked with pandoc).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command as Process, Stdio};
use std::time::{Duration, Instant};

use assert_cmd::Command;
use tempfile::TempDir;

use crate::cli;

const TODAY: &str = "2026-11-23";

fn keyplan(dir: &TempDir) -> Command {
    let mut cmd = cli::keyplan(dir.path());
    cmd.env("KEYPLAN_TODAY", TODAY);
    cmd
}

/// The sample portfolio in `dir/keyplan.db`.
fn sample() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keyplan.db");
    keyplan(&dir).args(["demo", "--db"]).arg(&path).assert().success();
    (dir, path)
}

fn run(dir: &TempDir, db: &Path, args: &[&str]) -> std::process::Output {
    keyplan(dir).arg("--db").arg(db).args(args).output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn the_extension_chooses_the_format_and_a_contradiction_is_refused() {
    let (dir, db) = sample();
    let out = |name: &str| dir.path().join(name);
    for (name, starts) in
        [("p.md", "# "), ("p.csv", "name,client_type,"), ("p.ics", "BEGIN:VCALENDAR"), ("p.json", "{")]
    {
        let ran = run(&dir, &db, &["export", "-o", out(name).to_str().unwrap()]);
        assert!(ran.status.success(), "{name}: {}", text(&ran.stderr));
        let written = fs::read_to_string(out(name)).unwrap();
        assert!(written.starts_with(starts), "{name}: {}", &written[..written.len().min(80)]);
    }
    // The calendar counts its events, the others their accounts.
    let ics = run(&dir, &db, &["export", "-o", out("p.ics").to_str().unwrap()]);
    let said = text(&ics.stdout);
    let events = fs::read_to_string(out("p.ics")).unwrap().matches("BEGIN:VEVENT").count();
    assert!(said.starts_with(&format!("Wrote {events} events to ")), "{said}");
    let md = run(&dir, &db, &["export", "-o", out("p.md").to_str().unwrap()]);
    assert!(text(&md.stdout).starts_with("Wrote 10 accounts to "), "{}", text(&md.stdout));

    // --format and the name must agree; the name of a format export cannot write is refused.
    for args in [["--format", "json", "-o", "x.csv"], ["--format", "md", "-o", "x.ics"]] {
        let mut all = vec!["export"];
        all.extend(args);
        let ran = keyplan(&dir).current_dir(dir.path()).arg("--db").arg(&db).args(&all).output().unwrap();
        assert_eq!(ran.status.code(), Some(2), "{args:?}");
        let said = text(&ran.stderr);
        assert_eq!(said.lines().count(), 1, "{said}");
        assert!(said.contains("contradicts") && said.contains(args[3]), "{said}");
        assert!(!dir.path().join(args[3]).exists());
    }
    let ran =
        keyplan(&dir).current_dir(dir.path()).arg("--db").arg(&db).args(["export", "-o", "x.vcf"]).output().unwrap();
    assert_eq!(ran.status.code(), Some(2));
    assert!(text(&ran.stderr).contains(".json, .md, .csv or .ics"), "{}", text(&ran.stderr));
    // Agreeing, and a name without a known extension (JSON, as before).
    let ran = run(&dir, &db, &["export", "--format", "csv", "-o", out("x.CSV").to_str().unwrap()]);
    assert!(ran.status.success(), "{}", text(&ran.stderr));
    let ran = run(&dir, &db, &["export", "--format", "md", "-o", out("notes.txt").to_str().unwrap()]);
    assert!(ran.status.success() && fs::read_to_string(out("notes.txt")).unwrap().starts_with("# "));
    run(&dir, &db, &["export", "-o", out("backup").to_str().unwrap()]);
    assert!(fs::read_to_string(out("backup")).unwrap().starts_with('{'));
    // `-o -` is standard output, never a file named "-".
    let mut stdout = keyplan(&dir);
    stdout.current_dir(dir.path()).arg("--db").arg(&db).args(["export", "--format", "ics", "-o", "-"]);
    let ran = stdout.output().unwrap();
    assert!(ran.status.success() && text(&ran.stdout).starts_with("BEGIN:VCALENDAR"), "{}", text(&ran.stderr));
    assert!(!dir.path().join("-").exists());
}

#[test]
fn csv_for_spreadsheets_and_against_formulas_in_every_csv() {
    let (dir, db) = sample();
    let ran = run(&dir, &db, &["log", "1", "--summary", "x"]);
    assert!(ran.status.success(), "{}", text(&ran.stderr));
    // A hostile name in every CSV that names accounts.
    let json = dir.path().join("p.json");
    run(&dir, &db, &["export", "-o", json.to_str().unwrap()]);
    let hostile = fs::read_to_string(&json).unwrap().replacen("\"name\": \"", "\"name\": \"=HYPERLINK(1)", 1);
    fs::write(&json, hostile).unwrap();
    let other = dir.path().join("other.db");
    let ran = run(&dir, &other, &["import", json.to_str().unwrap()]);
    assert!(ran.status.success(), "{}", text(&ran.stderr));
    let id = text(&run(&dir, &other, &["list", "--format", "csv"]).stdout)
        .lines()
        .find(|l| l.contains("HYPERLINK"))
        .and_then(|l| l.split(',').next().map(String::from))
        .unwrap();
    for args in [
        vec!["list", "--format", "csv"],
        vec!["export", "--format", "csv"],
        vec!["report", "pareto", "--format", "csv", "--year", "2026"],
        vec!["sales", "list", &id, "--format", "csv"],
    ] {
        let out = text(&run(&dir, &other, &args).stdout);
        assert!(out.contains("'=HYPERLINK(1)"), "{args:?}: {out}");
        assert!(!out.contains(",=HYPERLINK") && !out.starts_with("=HYPERLINK"), "{args:?}");
        // With --excel: a byte order mark, semicolons and CRLF.
        let mut excel = args.clone();
        excel.push("--excel");
        let out = run(&dir, &other, &excel).stdout;
        assert!(out.starts_with("\u{feff}".as_bytes()), "{excel:?}");
        let out = text(&out);
        let header = out.trim_start_matches('\u{feff}').split("\r\n").next().unwrap().to_string();
        assert!(header.contains(';') && !header.contains(','), "{excel:?}: {header}");
        assert!(out.split('\n').all(|l| l.is_empty() || l.ends_with('\r')), "{excel:?}: {out:?}");
        assert!(out.contains("'=HYPERLINK(1)"), "{excel:?}");
    }
    // The people's CSV too.
    let out = run(&dir, &other, &["people", "--format", "csv", "--excel"]).stdout;
    assert!(out.starts_with("\u{feff}".as_bytes()), "people --excel");
    let out = text(&out);
    assert!(out.trim_start_matches('\u{feff}').split("\r\n").next().unwrap().contains(";account;"), "{out}");
    // A negative amount stays a number.
    let sales = text(&run(&dir, &other, &["sales", "add", &id, "--month", "2026-10", "--amount=-120"]).stderr);
    assert!(sales.is_empty(), "{sales}");
    let out = text(&run(&dir, &other, &["sales", "list", &id, "--format", "csv"]).stdout);
    assert!(out.contains(",2026-10,,-120") || out.contains(",-120,"), "{out}");
    assert!(!out.contains("'-120"), "{out}");
    // The setting does what --excel does.
    let config = dir.path().join("keyplan");
    fs::create_dir_all(&config).unwrap();
    fs::write(config.join("settings.toml"), "csv_excel = true\n").unwrap();
    let out = run(&dir, &other, &["list", "--format", "csv"]).stdout;
    assert!(out.starts_with("\u{feff}".as_bytes()), "{}", text(&out));
}

#[test]
fn list_names_the_fields_as_the_export_does() {
    let (dir, db) = sample();
    let csv = text(&run(&dir, &db, &["list", "--format", "csv"]).stdout);
    assert_eq!(
        csv.lines().next().unwrap(),
        "id,name,client_type,status,level_now,last_touchpoint,next_due,annual_sales"
    );
    let json: serde_json::Value =
        serde_json::from_slice(&run(&dir, &db, &["list", "--format", "json"]).stdout).unwrap();
    let first = &json[0];
    assert!(first.get("client_type").is_some() && first.get("level_now").is_some(), "{first}");
    assert!(first.get("type").is_none() && first.get("relationship_level").is_none());
    let export = text(&run(&dir, &db, &["export", "--format", "csv"]).stdout);
    assert!(export.starts_with("name,client_type,status,level_now,"), "{export}");
}

#[test]
fn no_progress_bar_when_piped() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("big.db");
    let ran =
        keyplan(&dir).args(["demo", "--accounts", "600", "--touchpoints", "1200", "--db"]).arg(&db).output().unwrap();
    assert!(ran.status.success(), "{}", text(&ran.stderr));
    assert!(ran.stderr.is_empty(), "{:?}", text(&ran.stderr));
    let json = dir.path().join("big.json");
    let ran = run(&dir, &db, &["export", "-o", json.to_str().unwrap()]);
    assert!(ran.status.success() && ran.stderr.is_empty(), "{:?}", text(&ran.stderr));
    let ran = run(&dir, &dir.path().join("copy.db"), &["import", json.to_str().unwrap()]);
    assert!(ran.status.success(), "{}", text(&ran.stderr));
    assert!(ran.stderr.is_empty(), "{:?}", text(&ran.stderr));
}

/// Waits for `ready`, failing after a generous deadline.
fn wait_for(what: &str, ready: impl Fn() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while !ready() {
        assert!(Instant::now() < deadline, "gave up waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Files in `dir` whose names begin with `prefix`.
fn named(dir: &Path, prefix: &str) -> Vec<String> {
    fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.starts_with(prefix))
        .collect()
}

#[test]
fn ctrl_c_during_a_generated_portfolio_leaves_no_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("new.db");
    let args = ["demo", "--accounts", "5000", "--touchpoints", "500000", "--db"];
    interrupted_when_begun(&dir, &args, &db, "keyplan demo");
    assert!(!db.exists(), "a half-made database was left");
    assert!(named(dir.path(), ".keyplan-new-").is_empty(), "{:?}", named(dir.path(), ""));
}

#[test]
fn ctrl_c_during_an_import_of_an_export_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    // 2,000 accounts of 50 contacts each: read, then written while it is stopped.
    let mut entries = Vec::new();
    for a in 0..2000 {
        let touchpoints: Vec<String> = (0..50)
            .map(|t| format!("{{\"date\": \"2026-{:02}-{:02}\", \"channel\": \"call\", \"summary\": \"Call {t} of account {a}\"}}", 1 + t % 10, 1 + t % 28))
            .collect();
        entries.push(format!(
            "{{\"account\": {{\"name\": \"Account {a}\"}}, \"touchpoints\": [{}]}}",
            touchpoints.join(",")
        ));
    }
    let file = dir.path().join("large.json");
    let document =
        format!("{{\"format\": \"keyplan-portfolio\", \"version\": 2, \"accounts\": [\n{}\n]}}\n", entries.join(",\n"));
    fs::write(&file, document).unwrap();
    let db = dir.path().join("new.db");
    interrupted_when_begun(&dir, &["import", file.to_str().unwrap(), "--db"], &db, "keyplan import");
    assert!(!db.exists(), "a half-made database was left");
    assert!(named(dir.path(), ".keyplan-new-").is_empty(), "{:?}", named(dir.path(), ""));
}

/// Runs keyplan with `args` and `db`, sends SIGINT once its new database
/// file is there (the work has begun and listens), and checks that it ends
/// as interrupted, having changed nothing.
fn interrupted_when_begun(dir: &TempDir, args: &[&str], db: &Path, what: &str) {
    let bin = assert_cmd::cargo::cargo_bin("keyplan");
    let mut child = Process::new(bin)
        .args(args)
        .arg(db)
        .env("LC_ALL", "C.UTF-8")
        .env("HOME", dir.path())
        .env("XDG_CONFIG_HOME", dir.path())
        .env("KEYPLAN_TODAY", TODAY)
        .env_remove("KEYPLAN_DB")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The work has begun (and listens for Ctrl-C) once its new file is there.
    wait_for("the new file", || !named(dir.path(), ".keyplan-new-").is_empty());
    let pid = i32::try_from(child.id()).unwrap();
    // SAFETY: a signal to the child this test started.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGINT) }, 0);
    let deadline = Instant::now() + Duration::from_secs(120);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(Instant::now() < deadline, "{what} did not stop after SIGINT");
        std::thread::sleep(Duration::from_millis(20));
    };
    let output = child.wait_with_output().unwrap();
    assert_eq!(status.code(), Some(130), "{}", text(&output.stderr));
    assert_eq!(text(&output.stderr), "keyplan: interrupted: nothing was changed\n");
    assert!(output.stdout.is_empty(), "{}", text(&output.stdout));
}

/// A dossier whose every text is Markdown that would restructure the document.
const HOSTILE: &str = r##"{"format": "keyplan-portfolio", "version": 2, "accounts": [{
  "account": {"name": "*Bold* _x_ <b>Acme</b> [link](http://x)", "industry": "# not a heading",
              "description": "<script>alert(1)</script>\n| a | b |\n|---|---|"},
  "charter": "```\nstill the charter\n~~~ tilde\n# not a heading\n- not a list\n1. not a list\n> not a quote\n\n    indented",
  "situation": "Situation **plain** &amp; $x$ ^up^ ~down~ \\backslash\n===",
  "strategy": "<div>\nraw html\n</div>\n: definition\n(a) fancy",
  "people": [{"ref": 1, "name": "[Anna](http://evil)", "job_title": "`code`", "notes": "+ plus\n* star"}],
  "competitors": [{"name": "<img src=x onerror=alert(1)>", "position": "---"}],
  "touchpoints": [{"date": "2026-11-20", "channel": "meeting", "people": [1], "summary": "```\nfenced?"}]
}]}"##;

/// The words pandoc must show as they were written, each on its line.
const WRITTEN: &[&str] = &[
    "*Bold* _x_ <b>Acme</b> [link](http://x)",
    "# not a heading",
    "<script>alert(1)</script>",
    "| a | b |",
    "```",
    "still the charter",
    "~~~ tilde",
    "- not a list",
    "1. not a list",
    "> not a quote",
    "Situation **plain** &amp; $x$ ^up^ ~down~ \\backslash",
    "<div>",
    ": definition",
    "(a) fancy",
    "[Anna](http://evil)",
    "`code`",
    "+ plus",
    "* star",
    "<img src=x onerror=alert(1)>",
    "fenced?",
];

fn pandoc(markdown: &str, from: &str, to: &str) -> Option<String> {
    let mut child = Process::new("pandoc")
        .args(["-f", from, "-t", to, "--wrap=none"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .ok()?;
    use std::io::Write;
    child.stdin.take()?.write_all(markdown.as_bytes()).ok()?;
    let output = child.wait_with_output().ok()?;
    assert!(output.status.success());
    Some(text(&output.stdout))
}

#[test]
fn hostile_text_cannot_break_the_markdown_in_pandoc() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("keyplan.db");
    let file = dir.path().join("hostile.json");
    fs::write(&file, HOSTILE).unwrap();
    let ran = run(&dir, &db, &["import", file.to_str().unwrap()]);
    assert!(ran.status.success(), "{}", text(&ran.stderr));
    let exported = text(&run(&dir, &db, &["export", "--format", "md"]).stdout);
    let shown = text(&run(&dir, &db, &["show", "1", "--format", "md"]).stdout);
    assert!(exported.contains(shown.trim()), "show and export write the same document");
    // pandoc's own Markdown and GitHub's.
    for from in ["markdown-smart", "gfm"] {
        let Some(plain) = pandoc(&exported, from, "plain") else {
            panic!("pandoc is needed for this test (apt-get install pandoc)");
        };
        for words in WRITTEN {
            assert!(plain.contains(words), "{from}: {words:?} is not shown as written:\n{plain}");
        }
        let html = pandoc(&exported, from, "html").unwrap();
        // The sections are still headings: h2 each, the account its h1.
        for section in [
            "General information",
            "Charter",
            "Situation assessment",
            "Strategy",
            "Implementation",
            "People",
            "Log",
            "Competitors",
        ] {
            assert!(html.contains(&format!(">{section}</h2>")), "{from}: {section} is no longer a heading:\n{html}");
        }
        assert_eq!(html.matches("<h1").count(), 1, "{from}:\n{html}");
        for markup in [
            "<b>",
            "<script",
            "<img",
            "<div>",
            "<code>",
            "<em>Bold",
            "<em>x",
            "<strong>plain",
            "<a ",
            "<pre",
            "<blockquote",
            "<dl",
            "<sup",
            "<sub",
            "<del",
            "class=\"math",
            "<li>not a list",
            "<li>plus",
            "<li>star",
            "<th>a",
            "<h1>not",
            "<h2>===",
        ] {
            assert!(!html.contains(markup), "{from}: {markup} in\n{html}");
        }
    }
}
