//! Dates typed on the command line: a shift back (`--date -3d`) is a value,
//! not a flag; local forms and words work in any interface language.

use crate::cli;

const TODAY: &str = "2026-11-23";

/// The sample portfolio, made by `keyplan demo`.
fn sample() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keyplan.db");
    cli::keyplan(dir.path()).args(["demo", "--today", TODAY, "--db"]).arg(&path).assert().success();
    (dir, path)
}

/// Runs keyplan with `args`, then `--today TODAY --db PATH`; returns (status code, stdout, stderr).
fn run(dir: &tempfile::TempDir, path: &std::path::Path, args: &[&str]) -> (i32, String, String) {
    let output = cli::keyplan(dir.path()).args(args).args(["--today", TODAY, "--db"]).arg(path).output().unwrap();
    let text = |bytes: Vec<u8>| String::from_utf8(bytes).unwrap();
    (output.status.code().unwrap_or(-1), text(output.stdout), text(output.stderr))
}

#[test]
fn a_shift_back_is_a_date_not_a_flag() {
    let (dir, path) = sample();
    for (date, expected) in [
        (&["--date", "-3d"][..], "2026-11-20"),
        (&["-d", "-2w"], "2026-11-09"),
        (&["--date", "-1м"], "2026-10-23"),
        (&["--date=-1d"], "2026-11-22"),
        (&["--date", "вчора"], "2026-11-22"),
        (&["--date", "გუშინ"], "2026-11-22"),
        (&["--date", "20.11.2026"], "2026-11-20"),
        (&["--date", "20.11.26"], "2026-11-20"),
        (&["--date", "20.11"], "2026-11-20"),
    ] {
        let mut args = vec!["log", "укрмережа", "-s", "x"];
        args.extend_from_slice(date);
        let (code, out, err) = run(&dir, &path, &args);
        assert_eq!(code, 0, "{date:?}: {err}");
        assert!(out.contains(&format!("  {expected}  ")), "{date:?}: {out}");
    }
}

#[test]
fn a_due_date_takes_a_shift_and_a_day_and_month_is_the_next_one() {
    let (dir, path) = sample();
    for (due, expected) in
        [("+1w", "2026-11-30"), ("+1т", "2026-11-30"), ("01.03", "2027-03-01"), ("завтра", "2026-11-24")]
    {
        let args = ["log", "укрмережа", "-s", "x", "--next-step", "Send the offer", "--due", due];
        let (code, out, err) = run(&dir, &path, &args);
        assert_eq!(code, 0, "{due}: {err}");
        assert!(out.contains(&format!("(due {expected})")), "{due}: {out}");
    }
}

#[test]
fn an_unknown_flag_after_a_shift_is_still_refused() {
    let (dir, path) = sample();
    let (code, out, err) = run(&dir, &path, &["log", "укрмережа", "-s", "x", "--date", "-3d", "--bogus"]);
    assert_eq!(code, 2, "{err}");
    assert!(out.is_empty(), "{out}");
    assert!(err.contains("--bogus"), "{err}");
    let (code, _, err) = run(&dir, &path, &["log", "укрмережа", "-s", "x", "--bogus", "--date", "-3d"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--bogus"), "{err}");
}

#[test]
fn other_date_options_take_a_shift_back_too() {
    let (dir, path) = sample();
    let (code, _, err) = run(&dir, &path, &["show", "укрмережа", "--since", "-1w"]);
    assert_eq!(code, 0, "show --since -1w: {err}");
    let output = cli::keyplan(dir.path()).args(["check", "--today", "-1d", "--db"]).arg(&path).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "--today -1d: {}", String::from_utf8_lossy(&output.stderr));
    let (code, out, err) = run(&dir, &path, &["done", "галицька", "--milestone", "заміна", "--date", "-1d"]);
    assert_eq!(code, 0, "done --date -1d: {err}");
    assert!(out.contains("2026-11-22"), "{out}");
}

#[test]
fn a_refused_date_is_one_sentence_in_the_interface_language() {
    let (dir, path) = sample();
    for (lang, expected) in [
        ("en", "--date: 'someday' is not a date: use YYYY-MM-DD, DD.MM.YYYY"),
        ("uk", "«someday» — не дата: введіть РРРР-ММ-ДД, ДД.ММ.РРРР"),
        ("ru", "«someday» — не дата: введите ГГГГ-ММ-ДД, ДД.ММ.ГГГГ"),
        ("ka", "„someday“ არ არის თარიღი"),
    ] {
        let (code, out, err) = run(&dir, &path, &["--lang", lang, "log", "укрмережа", "-s", "x", "--date", "someday"]);
        assert_eq!(code, 2, "{lang}: {err}");
        assert!(out.is_empty(), "{lang}: {out}");
        assert!(err.contains(expected), "{lang}: {err}");
    }
    let (code, _, err) = run(&dir, &path, &["log", "укрмережа", "-s", "x", "--date", "31.02"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("'31.02' is not a date: the month has no such day"), "{err}");
}
