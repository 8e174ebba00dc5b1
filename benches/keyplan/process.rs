//! Whole processes, timed from the outside: the workbench starting in a
//! pseudo-terminal, `keyplan show`, and the `sqlite3` floor they are held to.

use std::io::{Read, Write};
use std::path::Path;
use std::process::Command;
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

use super::reference::today;
use super::stats::Samples;

const KEYPLAN: &str = env!("CARGO_BIN_EXE_keyplan");
/// The end of a synchronized update: a whole frame has been flushed.
const FRAME_END: &[u8] = b"\x1b[?2026l";

/// A workbench in a 120x40 pseudo-terminal.
struct Workbench {
    child: Box<dyn portable_pty::Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    output: Receiver<Vec<u8>>,
    seen: Vec<u8>,
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

impl Workbench {
    fn start(db: &Path, home: &Path) -> Workbench {
        let pair = native_pty_system()
            .openpty(PtySize { rows: 40, cols: 120, pixel_width: 0, pixel_height: 0 })
            .expect("a pseudo-terminal");
        let mut cmd = CommandBuilder::new(KEYPLAN);
        cmd.args(["--db", &db.to_string_lossy(), "--today", &today().to_string()]);
        cmd.env("TERM", "xterm-256color");
        cmd.env("HOME", home);
        cmd.env("XDG_CONFIG_HOME", home);
        let child = pair.slave.spawn_command(cmd).expect("keyplan starts");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("a reader");
        let writer = pair.master.take_writer().expect("a writer");
        let (tx, output) = channel();
        std::thread::spawn(move || {
            let mut buf = [0u8; 65536];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        Workbench { child, writer, output, seen: Vec::new(), _master: pair.master }
    }

    /// Waits until `count` whole frames have been flushed.
    fn frames(&mut self, count: usize) {
        let deadline = Instant::now() + Duration::from_secs(60);
        while self.seen.windows(FRAME_END.len()).filter(|w| *w == FRAME_END).count() < count {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.output.recv_timeout(left) {
                Ok(bytes) => self.seen.extend(bytes),
                Err(_) => panic!("no frame within a minute"),
            }
        }
    }

    fn frame_count(&mut self) -> usize {
        while let Ok(bytes) = self.output.try_recv() {
            self.seen.extend(bytes);
        }
        self.seen.windows(FRAME_END.len()).filter(|w| *w == FRAME_END).count()
    }

    /// Types keys and waits for the frame each one causes.
    fn press(&mut self, keys: &str) {
        for key in keys.chars() {
            let before = self.frame_count();
            let mut utf8 = [0u8; 4];
            self.writer.write_all(key.encode_utf8(&mut utf8).as_bytes()).expect("a key is sent");
            self.writer.flush().expect("the key is flushed");
            self.frames(before + 1);
        }
    }

    fn pid(&self) -> u32 {
        self.child.process_id().expect("a process id")
    }

    fn quit(mut self) {
        let _ = self.writer.write_all(b"q");
        let _ = self.writer.flush();
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            while self.output.try_recv().is_ok() {}
            std::thread::yield_now();
        }
        let _ = self.child.kill();
    }
}

/// Process start to the first portfolio frame flushed, in milliseconds.
pub fn startup(db: &Path, runs: usize) -> Samples {
    let home = tempfile::tempdir().expect("a temporary home");
    let mut samples = Samples::new();
    for _ in 0..runs {
        let started = Instant::now();
        let mut workbench = Workbench::start(db, home.path());
        workbench.frames(1);
        samples.push_time(started.elapsed());
        workbench.quit();
    }
    samples
}

/// `sqlite3` opening the file and running one query: the floor.
pub fn sqlite_floor(db: &Path, runs: usize) -> Option<Samples> {
    let available = Command::new("sqlite3").arg("-version").output().is_ok_and(|o| o.status.success());
    if !available {
        return None;
    }
    let mut samples = Samples::new();
    for _ in 0..runs {
        let started = Instant::now();
        let out = Command::new("sqlite3").arg(db).arg("SELECT count(*) FROM accounts").output().ok()?;
        samples.push_time(started.elapsed());
        assert!(out.status.success());
    }
    Some(samples)
}

/// `keyplan ARGS --db DB --today …` as a whole process, its output read to
/// the end; the last run's stdout.
pub fn whole(db: &Path, args: &[&str], runs: usize) -> (Samples, Vec<u8>) {
    let home = tempfile::tempdir().expect("a temporary home");
    let mut samples = Samples::new();
    let mut stdout = Vec::new();
    for _ in 0..runs {
        let started = Instant::now();
        let out = Command::new(KEYPLAN)
            .args(args)
            .arg("--db")
            .arg(db)
            .args(["--today", &today().to_string()])
            .env("XDG_CONFIG_HOME", home.path())
            .env("HOME", home.path())
            .output()
            .expect("keyplan runs");
        samples.push_time(started.elapsed());
        assert!(out.status.success(), "keyplan {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
        stdout = out.stdout;
    }
    (samples, stdout)
}

/// An account's name and the shortest beginning of it that names only it.
pub fn name_and_prefix(db: &Path, id: i64) -> (String, String) {
    let store = keyplan::store::Store::open(db).expect("the reference database opens").store;
    let name = store.account_name(keyplan::domain::AccountId(id)).expect("it reads").expect("the account exists").1;
    let chars: Vec<char> = name.chars().collect();
    let prefix = (3..=chars.len())
        .map(|n| chars[..n].iter().collect::<String>())
        .find(|p| store.account_names_from(p).is_ok_and(|found| found.len() == 1))
        .unwrap_or_else(|| name.clone());
    (name, prefix)
}

/// Peak resident memory (VmHWM, in MB) of a workbench that starts, opens the
/// largest dossier, walks 600 contacts down its log, jumps to its oldest
/// contact and walks 300 back up, shows the agenda and filters the portfolio.
pub fn peak_memory(db: &Path) -> f64 {
    let home = tempfile::tempdir().expect("a temporary home");
    let mut workbench = Workbench::start(db, home.path());
    workbench.frames(1);
    // Let the background check report too: it holds every alert. Its
    // frame is the third: the second shows the rest of the portfolio, read
    // after the first (the reference portfolios are longer than its head).
    let deadline = Instant::now() + Duration::from_secs(30);
    while workbench.frame_count() < 3 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    workbench.press("\r7");
    workbench.press(&"j".repeat(600));
    workbench.press("G");
    workbench.press(&"k".repeat(300));
    workbench.press("\x1bA");
    workbench.press("\x1b/");
    workbench.press("кс");
    let status = std::fs::read_to_string(format!("/proc/{}/status", workbench.pid())).unwrap_or_default();
    workbench.quit();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

/// `sqlite3` reading what `keyplan report abc-xyz` reads (every account's
/// window totals), printed to a pipe: the floor of that report's data.
pub fn sqlite_report_floor(db: &Path, runs: usize) -> Option<Samples> {
    const QUERY: &str = "SELECT id, name, client_type, status, sales_12m, profit_12m, sales_sq_12m, sales_first, \
                         buying_months_12m, buying_months FROM accounts WHERE sales_first IS NOT NULL";
    sqlite_printing(db, &[QUERY], runs)
}

/// `sqlite3 -json` printing every touchpoint of `account`'s log in the
/// log's order: the floor of `keyplan show ACCOUNT --format json --log all`.
pub fn sqlite_log_floor(db: &Path, account: i64, runs: usize) -> Option<Samples> {
    let query =
        format!("SELECT * FROM touchpoints WHERE account_id = {account} ORDER BY date DESC, time DESC, id DESC");
    sqlite_printing(db, &["-json", &query], runs)
}

/// `sqlite3 [OPTIONS] DB QUERY` timed with its output read to the end.
fn sqlite_printing(db: &Path, args: &[&str], runs: usize) -> Option<Samples> {
    let (options, query) = args.split_at(args.len().saturating_sub(1));
    let mut samples = Samples::new();
    for _ in 0..runs {
        let started = Instant::now();
        let out = Command::new("sqlite3").args(options).arg(db).args(query).output().ok()?;
        samples.push_time(started.elapsed());
        assert!(out.status.success());
    }
    Some(samples)
}

/// `keyplan sales import` of an accounting file of `rows` rows (one row
/// per sale, two products, the twelve months of the analysis window for
/// every account, amounts written `1 234,56` with `;` between cells) into
/// a copy of the reference database, as a whole process. Returns the
/// seconds and the file's size in bytes.
pub fn sales_import(db: &Path, accounts: usize, rows: usize) -> (f64, u64) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let copy = dir.path().join("copy.db");
    std::fs::copy(db, &copy).expect("the reference database is copied");
    let file = dir.path().join("sales.csv");
    let mut out = std::io::BufWriter::new(std::fs::File::create(&file).expect("the file is made"));
    writeln!(out, "account;date;product;amount;profit").expect("written");
    let through = keyplan::domain::Period::last_twelve_months(today()).through;
    for i in 0..rows {
        let account = i % accounts + 1;
        let month = through.plus(-(((i / accounts) % 12) as i32));
        let day = 1 + (i / (accounts * 12)) % 28;
        let cents = 10_000 + (i * 7_919) % 9_000_000;
        let (units, hundredths) = (cents / 100, cents % 100);
        let grouped = if units >= 1000 { format!("{} {:03}", units / 1000, units % 1000) } else { units.to_string() };
        let product = if i % 3 == 0 { "Сервіс" } else { "Датчики" };
        writeln!(
            out,
            "{account};{day:02}.{:02}.{};{product};{grouped},{hundredths:02};{}",
            month.month,
            month.year,
            units / 5
        )
        .expect("written");
    }
    drop(out);
    let size = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
    let home = tempfile::tempdir().expect("a temporary home");
    let started = Instant::now();
    let out = Command::new(KEYPLAN)
        .args(["sales", "import"])
        .arg(&file)
        .arg("--db")
        .arg(&copy)
        .args(["--today", &today().to_string()])
        .env("XDG_CONFIG_HOME", home.path())
        .env("HOME", home.path())
        .output()
        .expect("keyplan sales import runs");
    let seconds = started.elapsed().as_secs_f64();
    assert!(out.status.success(), "the import failed: {}", String::from_utf8_lossy(&out.stderr));
    (seconds, size)
}

/// `keyplan ARGS --db DB --today …` once, as a whole process: its seconds
/// and its peak resident memory (VmHWM, read while it runs: the high-water
/// mark of its own image; the `ru_maxrss` of a child started by vfork would
/// count this bench's memory too), in MB.
fn once_with_peak(db: &Path, args: &[&std::ffi::OsStr], home: &Path) -> (f64, f64) {
    let started = Instant::now();
    let mut child = Command::new(KEYPLAN)
        .args(args)
        .arg("--db")
        .arg(db)
        .args(["--today", &today().to_string()])
        .env("XDG_CONFIG_HOME", home)
        .env("HOME", home)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("keyplan runs");
    let status_file = format!("/proc/{}/status", child.id());
    let mut peak_kb = 0.0_f64;
    let status = loop {
        let status = std::fs::read_to_string(&status_file).unwrap_or_default();
        if let Some(kb) = status
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        {
            peak_kb = peak_kb.max(kb);
        }
        if let Some(status) = child.try_wait().expect("keyplan is waited for") {
            break status;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let seconds = started.elapsed().as_secs_f64();
    let mut stderr = String::new();
    if let Some(mut pipe) = child.stderr.take() {
        let _ = pipe.read_to_string(&mut stderr);
    }
    assert!(status.success(), "keyplan {args:?} failed: {stderr}");
    (seconds, peak_kb / 1024.0)
}

/// What the export group measures: `keyplan export --format json -o FILE`
/// of the reference database, and `keyplan import FILE` of that export into
/// a new database file, each once as a whole process.
pub struct ExportImport {
    pub export_seconds: f64,
    pub file_mb: f64,
    pub import_seconds: f64,
    pub import_peak_mb: f64,
}

pub fn export_and_import(db: &Path) -> ExportImport {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let file = dir.path().join("portfolio.json");
    let new = dir.path().join("new.db");
    let home = tempfile::tempdir().expect("a temporary home");
    let os = |s: &'static str| std::ffi::OsStr::new(s);
    let (export_seconds, _) =
        once_with_peak(db, &[os("export"), os("--format"), os("json"), os("-o"), file.as_os_str()], home.path());
    let file_mb = std::fs::metadata(&file).map_or(0.0, |m| m.len() as f64 / 1e6);
    let (import_seconds, import_peak_mb) = once_with_peak(&new, &[os("import"), file.as_os_str()], home.path());
    ExportImport { export_seconds, file_mb, import_seconds, import_peak_mb }
}
