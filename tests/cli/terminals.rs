//! Terminals as they are: the workbench without one says so in one
//! sentence and writes nothing to stdout; `show` fits the width `COLUMNS`
//! gives. (A real terminal, `TERM=dumb` and the mouse are in the e2e tests.)

use unicode_width::UnicodeWidthStr;

use crate::cli;

const TODAY: &str = "2026-11-23";

#[test]
fn the_workbench_without_a_terminal_says_so_in_one_sentence_and_writes_nothing_to_stdout() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keyplan.db");
    for args in [vec!["--db", path.to_str().unwrap()], vec!["--demo"], vec![]] {
        // As `keyplan | cat` or a cron job runs it: stdout and stdin are no terminal.
        let output = cli::keyplan(dir.path()).args(&args).env("TERM", "xterm-256color").output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}: the usage code");
        assert!(output.stdout.is_empty(), "{args:?} wrote to stdout: {:?}", String::from_utf8_lossy(&output.stdout));
        let err = String::from_utf8(output.stderr).unwrap();
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.starts_with("keyplan: the workbench needs a terminal"), "{err}");
        for command in ["list", "show", "log", "check", "search", "export", "report"] {
            assert!(err.contains(command), "{command} is not named: {err}");
        }
        assert!(!err.contains('\u{1b}'), "{err:?}");
    }
    assert!(!path.exists(), "no database is made for a workbench that cannot run");
    let data = dir.path().join(".local");
    assert!(!data.exists(), "nor in the default place");
}

#[test]
fn the_sentence_comes_in_the_interface_language() {
    let dir = tempfile::tempdir().unwrap();
    let output = cli::keyplan(dir.path()).args(["--lang", "uk"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let err = String::from_utf8(output.stderr).unwrap();
    assert!(err.contains("потрібен термінал"), "{err}");
}

#[test]
fn show_fits_the_width_columns_gives() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keyplan.db");
    cli::keyplan(dir.path()).args(["demo", "--today", TODAY, "--db"]).arg(&path).assert().success();
    let show = |columns: Option<&str>| {
        let mut cmd = cli::keyplan(dir.path());
        cmd.args(["show", "Укрмережа", "--today", TODAY, "--db"]).arg(&path);
        if let Some(columns) = columns {
            cmd.env("COLUMNS", columns);
        }
        let output = cmd.output().unwrap();
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8(output.stdout).unwrap()
    };
    let widest = |text: &str| text.lines().map(|line| line.width()).max().unwrap_or(0);
    let plain = show(None);
    assert!(widest(&plain) > 50, "a pipe without COLUMNS keeps lines as written");
    for columns in ["50", "72"] {
        let fitted = show(Some(columns));
        let limit: usize = columns.parse().unwrap();
        assert!(widest(&fitted) <= limit, "COLUMNS={columns}:\n{fitted}");
        assert!(widest(&fitted) > limit - 10, "COLUMNS={columns} uses the room it has:\n{fitted}");
        assert!(!fitted.contains('\u{1b}'), "no colour into a pipe");
    }
    // Not a number: as if unset.
    assert_eq!(show(Some("wide")), plain);
}
