//! Hostile conditions met through the built binary: input that carries
//! terminal escape sequences, damaged and empty database files, a directory
//! that cannot be written, and the exit code of each (README, "Exit codes").

use std::ffi::OsString;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tempfile::TempDir;

const TODAY: &str = "2026-11-23";

/// Sets the terminal title, writes the clipboard and clears the screen when
/// written raw to a terminal.
const PAYLOAD: &str = "X\u{1b}]0;PWNED\u{7}\u{1b}]52;c;UFdORUQ=\u{7}\u{1b}[2J";

use crate::cli;

fn keyplan(dir: &TempDir) -> Command {
    cli::keyplan(dir.path())
}

/// The sample portfolio in `dir/sub/keyplan.db`.
fn sample() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sub").join("keyplan.db");
    keyplan(&dir).args(["demo", "--today", TODAY, "--db"]).arg(&path).assert().success();
    (dir, path)
}

struct Ran {
    code: i32,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

impl Ran {
    fn text(&self) -> String {
        format!("{}{}", String::from_utf8_lossy(&self.stdout), String::from_utf8_lossy(&self.stderr))
    }
}

fn run<I, S>(dir: &TempDir, args: I) -> Ran
where
    I: IntoIterator<Item = S>,
    S: Into<OsString>,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    let output = keyplan(dir).args(&args).output().unwrap();
    Ran { code: output.status.code().unwrap_or(-1), stdout: output.stdout, stderr: output.stderr }
}

/// `keyplan ARGS --today TODAY --db PATH`.
fn on(dir: &TempDir, db: &Path, args: &[&str]) -> Ran {
    let mut all: Vec<OsString> = args.iter().map(OsString::from).collect();
    all.extend(["--today".into(), TODAY.into(), "--db".into(), db.as_os_str().to_owned()]);
    run(dir, all)
}

/// Valid UTF-8 without a single control character but the line break.
fn assert_inert(what: &str, bytes: &[u8]) {
    let text = std::str::from_utf8(bytes).unwrap_or_else(|e| panic!("{what}: not UTF-8 ({e})"));
    if let Some(c) = text.chars().find(|c| (c.is_control() && *c != '\n') || *c == '\u{7f}') {
        panic!("{what}: control character U+{:04X} reaches the terminal in {text:?}", c as u32);
    }
}

#[test]
fn input_with_escape_sequences_is_quoted_visibly_everywhere() {
    let (dir, db) = sample();
    let file = |name: &str, content: String| {
        let path = dir.path().join(name);
        fs::write(&path, content).unwrap();
        path.into_os_string()
    };
    let pl = PAYLOAD;
    let json = |account: &str| {
        format!("{{\"format\": \"keyplan-portfolio\", \"version\": 1, \"accounts\": [{{\"account\": {account}}}]}}")
    };
    let card = |lines: &str| format!("BEGIN:VCARD\r\n{lines}\r\nEND:VCARD\r\n");
    let db_arg = db.as_os_str().to_owned();
    let with_db = |args: Vec<OsString>| {
        let mut all = args;
        all.extend(["--today".into(), TODAY.into(), "--db".into(), db_arg.clone()]);
        all
    };
    let os = |args: &[&str]| args.iter().map(OsString::from).collect::<Vec<_>>();
    let probes: Vec<(&str, Vec<OsString>)> = vec![
        ("log ACCOUNT", with_db(os(&["log", pl, "--summary", "hi"]))),
        ("log --date", with_db(os(&["log", "1", "--summary", "hi", "--date", pl]))),
        ("log --with", with_db(os(&["log", "1", "--summary", "hi", "--with", pl]))),
        ("log --time", with_db(os(&["log", "1", "--summary", "hi", "--time", pl]))),
        ("log --due", with_db(os(&["log", "1", "--summary", "hi", "--next-step", "call", "--due", pl]))),
        ("log --channel", with_db(os(&["log", "1", "--summary", "hi", "--channel", pl]))),
        ("--today", os(&["list", "--today", pl, "--db", db.to_str().unwrap()])),
        ("--db", os(&["list", "--db", &format!("{}/{pl}", dir.path().display())])),
        ("KEYPLAN_DB-like path to log", os(&["log", "1", "-s", "hi", "--db", &format!("/nowhere/{pl}")])),
        ("show ACCOUNT", with_db(os(&["show", pl]))),
        ("show --section", with_db(os(&["show", "1", "--section", pl]))),
        ("search", with_db(os(&["search", pl]))),
        ("unknown flag", os(&["list", &format!("--{pl}")])),
        ("unknown value", os(&["list", "--format", pl])),
        ("unknown command", os(&[pl])),
        ("CSV cell", {
            let csv = file("cells.csv", format!("name,employees\nNew,{pl}\n"));
            with_db(vec!["import".into(), csv])
        }),
        ("CSV header left out", {
            // Without `;`, which would be taken for the separator.
            let csv = file("headers.csv", format!("name,{}\nQuite New,1\n", pl.replace(';', " ")));
            with_db(vec!["import".into(), csv, "--dry-run".into()])
        }),
        ("CSV header left out, imported", {
            let csv = file("headers2.csv", format!("name,{}\nBrand New,1\n", pl.replace(';', " ")));
            with_db(vec!["import".into(), csv])
        }),
        ("JSON enum value", {
            let path = file("enum.json", json(&format!("{{\"name\": \"A\", \"client_type\": \"{}\"}}", escaped(pl))));
            with_db(vec!["import".into(), path])
        }),
        ("JSON field name", {
            let path = file("field.json", json(&format!("{{\"name\": \"A\", \"{}\": 1}}", escaped(pl))));
            with_db(vec!["import".into(), path])
        }),
        ("vCard VERSION", {
            let path = file("version.vcf", card(&format!("VERSION:{pl}\r\nFN:A")));
            with_db(vec!["import".into(), path, "--account".into(), "1".into()])
        }),
        ("vCard BDAY", {
            let path = file("bday.vcf", card(&format!("VERSION:3.0\r\nFN:A\r\nBDAY:1970-01-0{pl}")));
            with_db(vec!["import".into(), path, "--account".into(), "1".into()])
        }),
        ("vCard CHARSET", {
            let path = file("charset.vcf", card(&format!("VERSION:2.1\r\nFN;CHARSET={pl}:A")));
            with_db(vec!["import".into(), path, "--account".into(), "1".into()])
        }),
        ("imported file name", {
            let path = file(&format!("{pl}.csv"), "name\nNamed By File\n".to_string());
            with_db(vec!["import".into(), path])
        }),
        ("refused file name", {
            let path = file(&format!("{pl}.txt"), "not,a\nportfolio".to_string());
            with_db(vec!["import".into(), path, "--format".into(), "json".into()])
        }),
        ("export to a file", {
            let output = dir.path().join(format!("{pl}.json")).into_os_string();
            with_db(vec!["export".into(), "--output".into(), output])
        }),
    ];
    let mut echoed = 0;
    for (what, args) in probes {
        let ran = run(&dir, args);
        assert_inert(&format!("{what} (stdout)"), &ran.stdout);
        assert_inert(&format!("{what} (stderr)"), &ran.stderr);
        let text = ran.text();
        assert!(text.contains("X^["), "{what}: no message quoting the probe visibly:\n{text}");
        echoed += usize::from(text.contains("PWNED^G"));
    }
    // clap cuts a flag at `=`, the vCard parameter at `;`: all the others show the whole probe.
    assert!(echoed >= 24, "the escapes are quoted visibly ({echoed} did)");
}

/// A JSON string literal's content for `text`.
fn escaped(text: &str) -> String {
    let quoted = serde_json::to_string(text).unwrap();
    quoted[1..quoted.len() - 1].to_string()
}

#[test]
fn each_exit_code_means_one_thing() {
    let (dir, db) = sample();
    assert_eq!(on(&dir, &db, &["check"]).code, 0, "success");
    assert_eq!(on(&dir, &db, &["check", "--exit-code"]).code, 1, "alerts found");
    assert_eq!(on(&dir, &db, &["list", "--no-such-flag"]).code, 2, "usage");
    assert_eq!(on(&dir, &db, &["show", "no such account anywhere"]).code, 2, "unknown account");
    assert_eq!(on(&dir, &db, &["list", "--format", "yaml"]).code, 2, "unknown value");
    assert_eq!(run(&dir, ["list", "--db", dir.path().to_str().unwrap()]).code, 2, "a directory is no database");
    let foreign = dir.path().join("notes.txt");
    fs::write(&foreign, "not a database at all, just some notes that are long enough to fill a header ......").unwrap();
    assert_eq!(run(&dir, [OsString::from("list"), "--db".into(), foreign.into()]).code, 2, "a refused file");
    let damaged = copy_with(&db, "damaged.db", |bytes| bytes[44] ^= 0xff);
    let ran = on(&dir, &damaged, &["check", "--exit-code"]);
    assert_eq!(ran.code, 3, "damaged, and never 1 (\"something is overdue\") for it: {}", ran.text());
    let help = run(&dir, ["--help"]);
    assert_eq!(help.code, 0);
    let help = String::from_utf8(help.stdout).unwrap();
    for line in
        ["Exit codes:", "  0  success", "  1  check --exit-code", "  2  a mistake", "  3  the database is damaged"]
    {
        assert!(help.contains(line), "--help lists {line:?}:\n{help}");
    }
}

/// A copy of `db` (checkpointed: the file alone is whole) beside it, changed by `damage`.
fn copy_with(db: &Path, name: &str, damage: impl FnOnce(&mut Vec<u8>)) -> PathBuf {
    let mut bytes = fs::read(db).unwrap();
    assert!(fs::metadata(keyplan_wal(db)).map_or(true, |m| m.len() == 0), "the sample is checkpointed");
    damage(&mut bytes);
    let copy = db.with_file_name(name);
    fs::write(&copy, bytes).unwrap();
    copy
}

fn keyplan_wal(db: &Path) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push("-wal");
    PathBuf::from(name)
}

/// The page size and root pages of the sample's tables, read from its header and schema.
fn pages(db: &Path) -> (usize, Vec<usize>) {
    let conn = rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    let size: usize = conn.query_row("PRAGMA page_size", [], |r| r.get(0)).unwrap();
    let mut roots = conn.prepare("SELECT rootpage FROM sqlite_schema WHERE rootpage > 1").unwrap();
    let roots = roots.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect();
    (size, roots)
}

#[test]
fn a_damaged_file_is_named_with_its_backups_and_exits_3() {
    let (dir, db) = sample();
    let (page, roots) = pages(&db);
    let length = fs::metadata(&db).unwrap().len() as usize;
    let damaged = [
        copy_with(&db, "truncated.db", |b| b.truncate(length / 2)),
        copy_with(&db, "stub.db", |b| b.truncate(60)),
        copy_with(&db, "header.db", |b| b[21] ^= 0x01),
        copy_with(&db, "magic.db", |b| b[3] ^= 0xff),
        copy_with(&db, "application.db", |b| b[70] ^= 0x20),
        // Bit flips in the b-tree header of every table and index.
        copy_with(&db, "pages.db", |b| {
            for root in &roots {
                b[(root - 1) * page] ^= 0x55;
            }
        }),
    ];
    let backups = db.parent().unwrap().join("backups");
    for file in &damaged {
        let before = fs::read(file).unwrap();
        for command in [&["list"][..], &["check", "--exit-code"], &["show", "1"], &["search", "foods"], &["export"]] {
            let ran = on(&dir, file, command);
            let stderr = String::from_utf8(ran.stderr).unwrap();
            assert_eq!(ran.code, 3, "{command:?} on {}: {stderr}", file.display());
            assert_eq!(stderr.lines().count(), 1, "one sentence: {stderr}");
            for part in [format!("{} is damaged", file.display()), backups.display().to_string()] {
                assert!(stderr.contains(&part), "{command:?} says {part:?}: {stderr}");
            }
            assert!(stderr.contains(".before-v") && stderr.contains("keyplan restore PATH"), "{stderr}");
        }
        assert!(fs::read(file).unwrap() == before, "{} is left as it was", file.display());
    }
}

#[test]
fn read_commands_never_set_up_an_empty_file() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.db");
    fs::write(&empty, b"").unwrap();
    for command in [&["list"][..], &["show", "acme"], &["check"], &["search", "acme"], &["export"]] {
        let ran = on(&dir, &empty, command);
        let stderr = String::from_utf8(ran.stderr).unwrap();
        assert_eq!(ran.code, 2, "{command:?}: {stderr}");
        assert!(stderr.contains("is empty, not a keyplan database"), "{stderr}");
        assert_eq!(fs::metadata(&empty).unwrap().len(), 0, "{command:?} left the file empty");
    }
    let names: Vec<_> = fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names, vec![OsString::from("empty.db")], "no -wal, no -shm");
}

/// The commands that only read, and one that writes, in a directory that
/// cannot be written. Shared by the two tests below.
fn reads_work_and_writes_refuse(dir: &TempDir, db: &Path) {
    let before = fs::read(db).unwrap();
    for command in [&["list"][..], &["show", "1"], &["check"], &["search", "foods"], &["export", "--format", "csv"]] {
        let ran = on(dir, db, command);
        assert_eq!(ran.code, 0, "{command:?}: {}", ran.text());
        assert!(!ran.stdout.is_empty(), "{command:?} printed");
    }
    for command in [&["log", "1", "-s", "Call"][..], &["demo"]] {
        let ran = on(dir, db, command);
        let stderr = String::from_utf8(ran.stderr).unwrap();
        assert_eq!(ran.code, 2, "{command:?}: {stderr}");
        assert!(stderr.contains("in a directory keyplan cannot write") && stderr.lines().count() == 1, "{stderr}");
    }
    let names: Vec<_> = fs::read_dir(db.parent().unwrap()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names, vec![OsString::from("keyplan.db")], "nothing made beside it");
    assert!(fs::read(db).unwrap() == before);
}

/// Tests run as root, for whom the kernel ignores the directory's bits; this
/// covers keyplan honouring the bits (mode 0555), as it honours a 0400 file.
#[test]
fn a_directory_without_write_bits_is_read_but_never_written() {
    let (dir, db) = sample();
    let folder = db.parent().unwrap();
    fs::set_permissions(folder, fs::Permissions::from_mode(0o555)).unwrap();
    reads_work_and_writes_refuse(&dir, &db);
    fs::set_permissions(folder, fs::Permissions::from_mode(0o700)).unwrap();
}

/// A real read-only mount (a bind mount in a private mount namespace), where
/// the kernel refuses every write, root's too. Needs `unshare` and the right
/// to mount; where the machine denies both it says so and checks nothing.
#[test]
fn a_read_only_mount_is_read_but_never_written() {
    let (dir, db) = sample();
    let probe = std::process::Command::new("unshare").args(["-m", "true"]).status();
    if !probe.is_ok_and(|s| s.success()) {
        eprintln!("SKIPPED: no private mount namespace here (unshare -m); the 0555 test covers the bits");
        return;
    }
    let (mount, shared) = (dir.path().join("mount"), dir.path().join("shared"));
    fs::create_dir(&mount).unwrap();
    fs::create_dir(&shared).unwrap();
    fs::rename(db.parent().unwrap(), shared.join("plain")).unwrap();
    with_changes_in_the_wal(&shared.join("plain/keyplan.db"), &shared);
    let this = std::env::current_exe().unwrap();
    let status = std::process::Command::new("unshare")
        .args([
            "-m",
            "sh",
            "-c",
            "mount --bind -o ro \"$1\" \"$2\" && exec \"$3\" --exact --nocapture inside_a_read_only_mount",
        ])
        .args(["sh", shared.to_str().unwrap(), mount.to_str().unwrap(), this.to_str().unwrap()])
        .env("KEYPLAN_TEST_MOUNT", &mount)
        .env("KEYPLAN_TEST_HOME", dir.path())
        .status()
        .unwrap();
    assert!(status.success(), "the checks inside the mount failed");
}

/// Copies of `db` with a renamed first account that is still in the `-wal`:
/// `wal/` with the `-shm` that indexes it, `wal-only/` without.
fn with_changes_in_the_wal(db: &Path, into: &Path) {
    let scratch = tempfile::tempdir().unwrap();
    let copy = scratch.path().join("keyplan.db");
    fs::copy(db, &copy).unwrap();
    let conn = rusqlite::Connection::open(&copy).unwrap();
    conn.execute_batch("PRAGMA wal_autocheckpoint = 0; UPDATE accounts SET name = 'Renamed In The Log' WHERE id = 1;")
        .unwrap();
    for (folder, suffixes) in [("wal", &["", "-wal", "-shm"][..]), ("wal-only", &["", "-wal"])] {
        fs::create_dir(into.join(folder)).unwrap();
        for suffix in suffixes {
            let name = format!("keyplan.db{suffix}");
            fs::copy(scratch.path().join(&name), into.join(folder).join(&name)).unwrap();
        }
    }
    assert!(fs::metadata(into.join("wal-only/keyplan.db-wal")).unwrap().len() > 0, "the change is in the -wal");
}

/// Runs inside the mount namespace of the test above (and does nothing outside it).
#[test]
fn inside_a_read_only_mount() {
    let (Some(mount), Some(home)) = (std::env::var_os("KEYPLAN_TEST_MOUNT"), std::env::var_os("KEYPLAN_TEST_HOME"))
    else {
        return;
    };
    let mount = PathBuf::from(mount);
    let denied = fs::write(mount.join("probe"), b"x").unwrap_err();
    assert_eq!(denied.raw_os_error(), Some(30), "EROFS: the mount is read-only, {denied}");
    let dir = tempfile::TempDir::new_in(home).unwrap();
    reads_work_and_writes_refuse(&dir, &mount.join("plain/keyplan.db"));

    // Changes still in the -wal are read through the -shm that is there...
    let shown = on(&dir, &mount.join("wal/keyplan.db"), &["show", "1", "--format", "json"]);
    assert_eq!(shown.code, 0, "{}", shown.text());
    assert!(shown.text().contains("Renamed In The Log"), "the -wal's change is read: {}", shown.text());
    // ...and without one they cannot be: one sentence, not an old portfolio.
    let refused = on(&dir, &mount.join("wal-only/keyplan.db"), &["list"]);
    let stderr = String::from_utf8(refused.stderr).unwrap();
    assert_eq!(refused.code, 2, "{stderr}");
    assert!(stderr.contains("-wal") && stderr.lines().count() == 1 && refused.stdout.is_empty(), "{stderr}");
}
