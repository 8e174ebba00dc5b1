//! A real pseudo-terminal for the end-to-end tests: the built binary runs in
//! it, a reader thread feeds everything it prints into a `vt100` parser, and
//! the tests poll the parsed screen with a deadline instead of sleeping.
//!
//! The reader also answers the cursor-position query (`ESC [ 6 n`) the way a
//! real terminal does, unless a test asks for a terminal that never answers
//! (keyplan itself never asks; ratatui would, when it clears the screen).

// Each test binary uses a part of this harness.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};

/// How long any one expected change of the screen may take.
pub const DEADLINE: Duration = Duration::from_secs(10);
/// How often the screen is looked at while waiting.
const POLL: Duration = Duration::from_millis(20);
/// The terminal's question "where is the cursor?".
const CURSOR_QUERY: &[u8] = b"\x1b[6n";
/// The end of a synchronized update: one whole frame was drawn.
const FRAME_END: &[u8] = b"\x1b[?2026l";

type Writer = Arc<Mutex<Box<dyn Write + Send>>>;

/// What a test sets up before starting the program: arguments and environment.
pub struct Launch<'a> {
    pub args: Vec<String>,
    /// HOME, XDG_DATA_HOME, XDG_CONFIG_HOME and TMPDIR all point under here.
    pub home: &'a Path,
    pub env: Vec<(String, String)>,
    pub cols: u16,
    pub rows: u16,
    /// Whether the terminal answers the cursor-position query.
    pub answers_cursor: bool,
}

impl<'a> Launch<'a> {
    pub fn new(home: &'a Path, args: &[&str]) -> Self {
        let args = args.iter().map(|a| a.to_string()).collect();
        Launch { args, home, env: Vec::new(), cols: 100, rows: 30, answers_cursor: true }
    }

    /// A terminal (or a slow link) that never answers the cursor-position query.
    pub fn never_answering_cursor_queries(mut self) -> Self {
        self.answers_cursor = false;
        self
    }

    pub fn size(mut self, cols: u16, rows: u16) -> Self {
        self.cols = cols;
        self.rows = rows;
        self
    }

    pub fn env(mut self, key: &str, value: &str) -> Self {
        self.env.push((key.to_string(), value.to_string()));
        self
    }
}

/// The directories a launched program is told to use, made on demand.
pub fn data_dir(home: &Path) -> std::path::PathBuf {
    home.join("data")
}

pub fn config_dir(home: &Path) -> std::path::PathBuf {
    home.join("config")
}

pub fn tmp_dir(home: &Path) -> std::path::PathBuf {
    home.join("tmp")
}

pub struct Tui {
    parser: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
    writer: Writer,
    master: Box<dyn MasterPty + Send>,
    child: Box<dyn Child + Send + Sync>,
    reader: Option<JoinHandle<()>>,
    exit: Option<ExitStatus>,
}

impl Tui {
    pub fn spawn(launch: Launch<'_>) -> Tui {
        let pty = native_pty_system();
        let size = PtySize { rows: launch.rows, cols: launch.cols, pixel_width: 0, pixel_height: 0 };
        let pair = pty.openpty(size).expect("open a pseudo-terminal");

        let home = launch.home;
        for dir in [data_dir(home), config_dir(home), tmp_dir(home)] {
            std::fs::create_dir_all(&dir).expect("make the test's directories");
        }
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_keyplan"));
        cmd.args(&launch.args);
        cmd.cwd(home);
        cmd.env_clear();
        cmd.env("PATH", std::env::var("PATH").unwrap_or_else(|_| "/usr/bin:/bin".to_string()));
        cmd.env("HOME", home);
        cmd.env("XDG_DATA_HOME", data_dir(home));
        cmd.env("XDG_CONFIG_HOME", config_dir(home));
        cmd.env("TMPDIR", tmp_dir(home));
        cmd.env("TERM", "xterm-256color");
        cmd.env("LANG", "C.UTF-8");
        for (key, value) in &launch.env {
            cmd.env(key, value);
        }
        let child = pair.slave.spawn_command(cmd).expect("start keyplan in the pseudo-terminal");
        // Only the child may hold the terminal's other end, so that reading
        // ends when it exits.
        drop(pair.slave);

        let parser = Arc::new(Mutex::new(vt100::Parser::new(launch.rows, launch.cols, 0)));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let writer: Writer = Arc::new(Mutex::new(pair.master.take_writer().expect("the terminal's input")));
        let source = pair.master.try_clone_reader().expect("the terminal's output");
        let reader = {
            let (parser, raw) = (parser.clone(), raw.clone());
            let answers = launch.answers_cursor.then(|| writer.clone());
            std::thread::spawn(move || read_output(source, &parser, &raw, answers.as_ref()))
        };
        Tui { parser, raw, writer, master: pair.master, child, reader: Some(reader), exit: None }
    }

    /// Types bytes as the keyboard would: text, `\r` for Enter, `\x13` for Ctrl-S.
    pub fn send(&self, keys: &str) {
        let mut writer = lock(&self.writer);
        writer.write_all(keys.as_bytes()).expect("type into the terminal");
        writer.flush().expect("flush the terminal's input");
    }

    /// The screen as text, one line per row.
    pub fn text(&self) -> String {
        lock(&self.parser).screen().contents()
    }

    /// Everything the program printed so far, escape sequences included.
    pub fn raw(&self) -> Vec<u8> {
        lock(&self.raw).clone()
    }

    pub fn alternate_screen(&self) -> bool {
        lock(&self.parser).screen().alternate_screen()
    }

    /// The screen numbered row by row, for failure messages.
    pub fn dump(&self) -> String {
        let parser = lock(&self.parser);
        let (rows, cols) = parser.screen().size();
        let mut out = format!("---- screen {cols}x{rows} ----\n");
        for (i, row) in parser.screen().rows(0, cols).enumerate() {
            out.push_str(&format!("{i:>2}|{row}\n"));
        }
        out.push_str("---- end of screen ----");
        out
    }

    /// Waits until `ready` holds for the screen's text, or fails with the screen.
    pub fn wait_until(&mut self, what: &str, ready: impl Fn(&str) -> bool) {
        let deadline = Instant::now() + DEADLINE;
        loop {
            if ready(&self.text()) {
                return;
            }
            if let Some(status) = self.poll_exit() {
                panic!("keyplan exited ({status:?}) while waiting for {what}\n{}", self.dump());
            }
            if Instant::now() > deadline {
                panic!("gave up after {DEADLINE:?} waiting for {what}\n{}", self.dump());
            }
            std::thread::sleep(POLL);
        }
    }

    /// Waits until the screen shows `text`.
    pub fn wait_for(&mut self, text: &str) {
        self.wait_until(&format!("{text:?} on the screen"), |screen| screen.contains(text));
    }

    /// Waits until the screen no longer shows `text`.
    pub fn wait_gone(&mut self, text: &str) {
        self.wait_until(&format!("{text:?} to leave the screen"), |screen| !screen.contains(text));
    }

    /// Waits until one row shows every one of `parts`.
    pub fn wait_for_row(&mut self, parts: &[&str]) {
        self.wait_until(&format!("one row showing all of {parts:?}"), |screen| {
            screen.lines().any(|line| parts.iter().all(|p| line.contains(p)))
        });
    }

    /// The first row whose text contains `needle`.
    pub fn row_of(&self, needle: &str) -> Option<u16> {
        let parser = lock(&self.parser);
        let (_, cols) = parser.screen().size();
        parser.screen().rows(0, cols).position(|row| row.contains(needle)).map(|i| i as u16)
    }

    /// Whether a cell of the row is drawn in reverse video: where a text field
    /// draws its cursor.
    pub fn has_reversed_cell(&self, row: u16) -> bool {
        let parser = lock(&self.parser);
        let (_, cols) = parser.screen().size();
        (0..cols).any(|col| parser.screen().cell(row, col).is_some_and(|cell| cell.inverse()))
    }

    /// Resizes the terminal as a window manager would: the emulated screen
    /// keeps what fits (like xterm), then the program is told.
    pub fn resize(&self, cols: u16, rows: u16) {
        lock(&self.parser).screen_mut().set_size(rows, cols);
        self.master
            .resize(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 })
            .expect("resize the pseudo-terminal");
    }

    /// Stops (`false`) or continues (`true`) the program, as a busy machine
    /// or a slow link would, to make a race of signals certain.
    pub fn set_running(&self, running: bool) {
        self.signal(if running { "-CONT" } else { "-STOP" });
    }

    /// The program's state letter from `/proc` (`T` when stopped), if it runs.
    pub fn process_state(&self) -> Option<char> {
        let pid = self.child.process_id()?;
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
        // After the command's name in parentheses, which may hold spaces.
        stat.rsplit_once(')')?.1.trim_start().chars().next()
    }

    /// Waits until the program's state (from `/proc`) satisfies `wanted`.
    pub fn wait_for_state(&mut self, what: &str, wanted: impl Fn(char) -> bool) {
        let deadline = Instant::now() + DEADLINE;
        while !self.process_state().is_some_and(&wanted) {
            if let Some(status) = self.poll_exit() {
                panic!("keyplan exited ({status:?}) while waiting to be {what}\n{}", self.dump());
            }
            if Instant::now() > deadline {
                panic!("gave up after {DEADLINE:?} waiting for keyplan to be {what}\n{}", self.dump());
            }
            std::thread::sleep(POLL);
        }
    }

    /// Waits until what was printed since `mark` holds `bytes`: the reader
    /// may still be catching up with what the program wrote before it
    /// stopped or ended.
    pub fn wait_for_bytes_since(&mut self, mark: usize, bytes: &[u8], what: &str) {
        let deadline = Instant::now() + DEADLINE;
        while find(&self.raw_since(mark), bytes).is_none() {
            if Instant::now() > deadline {
                panic!("gave up after {DEADLINE:?} waiting for {what}\n{}", self.dump());
            }
            std::thread::sleep(POLL);
        }
    }

    /// Everything printed since `mark`.
    pub fn raw_since(&self, mark: usize) -> Vec<u8> {
        lock(&self.raw)[mark..].to_vec()
    }

    /// Sends a signal (`-TERM`, `-HUP`...) to the program.
    pub fn signal(&self, signal: &str) {
        let pid = self.child.process_id().expect("keyplan's process id");
        // The shell's own `kill`: no procps needed.
        let status = std::process::Command::new("sh")
            .args(["-c", "kill \"$1\" \"$2\"", "sh", signal, &pid.to_string()])
            .status()
            .expect("run sh");
        assert!(status.success(), "kill {signal} {pid} failed");
    }

    /// A mark in the output, for `wait_for_frame_since`.
    pub fn output_mark(&self) -> usize {
        lock(&self.raw).len()
    }

    /// Waits until a whole frame (its closing synchronized-update marker)
    /// was printed after `mark`.
    pub fn wait_for_frame_since(&mut self, mark: usize) {
        let raw = self.raw.clone();
        let what = "a frame drawn after the mark";
        let deadline = Instant::now() + DEADLINE;
        loop {
            if find(&lock(&raw)[mark..], FRAME_END).is_some() {
                return;
            }
            if let Some(status) = self.poll_exit() {
                panic!("keyplan exited ({status:?}) while waiting for {what}\n{}", self.dump());
            }
            if Instant::now() > deadline {
                panic!("gave up after {DEADLINE:?} waiting for {what}\n{}", self.dump());
            }
            std::thread::sleep(POLL);
        }
    }

    /// The terminal's local modes (echo, canonical input...), as text.
    pub fn local_modes(&self) -> String {
        let termios = self.master.get_termios().expect("the terminal's settings");
        format!("{:?}", termios.local_flags)
    }

    fn poll_exit(&mut self) -> Option<ExitStatus> {
        if self.exit.is_none() {
            self.exit = self.child.try_wait().expect("ask whether keyplan still runs");
        }
        self.exit.clone()
    }

    /// Waits for the program to end, then for the last of its output.
    pub fn wait_exit(&mut self) -> ExitStatus {
        let deadline = Instant::now() + DEADLINE;
        let status = loop {
            if let Some(status) = self.poll_exit() {
                break status;
            }
            if Instant::now() > deadline {
                panic!("keyplan did not exit within {DEADLINE:?}\n{}", self.dump());
            }
            std::thread::sleep(POLL);
        };
        let reader = self.reader.take().expect("the reader thread");
        while !reader.is_finished() {
            if Instant::now() > deadline {
                panic!("the terminal's output did not end within {DEADLINE:?} of keyplan exiting");
            }
            std::thread::sleep(POLL);
        }
        reader.join().expect("the reader thread ends cleanly");
        status
    }

    /// Waits for the program to end and asserts it ended with status 0.
    pub fn expect_clean_exit(&mut self) {
        let status = self.wait_exit();
        assert!(status.success(), "keyplan exited with {status:?}\n{}", self.dump());
    }
}

impl Drop for Tui {
    fn drop(&mut self) {
        // A failed test must not leave its program running.
        if self.poll_exit().is_none() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn read_output(
    mut source: Box<dyn Read + Send>,
    parser: &Mutex<vt100::Parser>,
    raw: &Mutex<Vec<u8>>,
    answers: Option<&Writer>,
) {
    let mut buf = [0u8; 8192];
    // Where the search for unanswered cursor queries starts in `raw`.
    let mut scanned = 0;
    loop {
        let n = match source.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => n,
        };
        let chunk = &buf[..n];
        let (queries, cursor) = {
            let mut raw = lock(raw);
            raw.extend_from_slice(chunk);
            let mut queries = 0;
            while let Some(at) = find(&raw[scanned..], CURSOR_QUERY) {
                queries += 1;
                scanned += at + CURSOR_QUERY.len();
            }
            // A query may be cut in two by the read; look again at its start next time.
            scanned = scanned.max(raw.len().saturating_sub(CURSOR_QUERY.len() - 1));
            let mut parser = lock(parser);
            parser.process(chunk);
            (queries, parser.screen().cursor_position())
        };
        let Some(writer) = answers else { continue };
        for _ in 0..queries {
            let answer = format!("\x1b[{};{}R", cursor.0 + 1, cursor.1 + 1);
            let mut writer = lock(writer);
            let _ = writer.write_all(answer.as_bytes()).and_then(|()| writer.flush());
        }
    }
}

pub fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}
