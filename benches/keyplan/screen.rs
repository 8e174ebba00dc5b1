//! Keystroke to frame, in process: the real update and the real drawing into
//! the workbench's backend (scrolls included) at 120x40, counting the bytes a
//! terminal would get.

use std::cell::Cell;
use std::io::{self, Write};
use std::path::Path;
use std::rc::Rc;
use std::time::Instant;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use keyplan::app::{Action, App, update};
use keyplan::checker::Checker;
use keyplan::domain::CheckSettings;
use keyplan::scrolling::ScrollingBackend;
use keyplan::store::Store;
use keyplan::terminal::frame::OneWritePerFrame;
use ratatui::backend::CrosstermBackend;
use ratatui::layout::{Rect, Size};
use ratatui::{Terminal, TerminalOptions, Viewport};

use super::reference::today;
use super::stats::Samples;

/// A writer that keeps only the count, and whether a full clear was sent
/// (shared cells: the backend owns the writer).
#[derive(Default, Clone)]
pub struct Counter {
    pub bytes: Rc<Cell<usize>>,
    pub clears: Rc<Cell<usize>>,
    /// `write` calls: each may cost a packet over SSH.
    pub writes: Rc<Cell<usize>>,
}

impl Write for Counter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.bytes.set(self.bytes.get() + buf.len());
        self.writes.set(self.writes.get() + 1);
        // CSI 2 J: erase the whole display.
        let clears = buf.windows(4).filter(|w| w == b"\x1b[2J").count();
        self.clears.set(self.clears.get() + clears);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

pub struct Bench {
    pub app: App,
    terminal: Terminal<ScrollingBackend<CrosstermBackend<OneWritePerFrame<Counter>>>>,
    counter: Counter,
}

impl Bench {
    pub fn open(path: &Path) -> Bench {
        let mut store = Store::open(path).expect("the reference database opens").store;
        store.keep_sales_window(today()).expect("the analysis window is current");
        let mut app = App::new(store, today()).expect("the workbench starts");
        // As the runtime does after its first frame.
        app.load_rest().expect("the rest of the portfolio is read");
        let mut checker = Checker::open(path, today(), CheckSettings::default()).expect("the checker opens");
        let alerts = checker.run().expect("the check runs");
        update(&mut app, Action::Checked { alerts, today: today(), changed_elsewhere: false });
        let viewport = Viewport::Fixed(Rect::new(0, 0, 120, 40));
        let counter = Counter::default();
        let backend =
            ScrollingBackend::new(CrosstermBackend::new(OneWritePerFrame::new(counter.clone())), Size::new(120, 40));
        let terminal =
            Terminal::with_options(backend, TerminalOptions { viewport }).expect("a terminal over a counter");
        let mut bench = Bench { app, terminal, counter };
        bench.frame();
        bench
    }

    fn frame(&mut self) {
        keyplan::runtime::draw(&mut self.terminal, &self.app).expect("a frame is drawn");
    }

    /// One key: update, draw. Returns milliseconds and bytes written.
    pub fn key(&mut self, code: KeyCode) -> (f64, usize) {
        let before = self.counter.bytes.get();
        let started = Instant::now();
        self.app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
        self.frame();
        let ms = started.elapsed().as_secs_f64() * 1000.0;
        (ms, self.counter.bytes.get() - before)
    }

    /// `write` calls so far.
    pub fn writes(&self) -> usize {
        self.counter.writes.get()
    }

    pub fn clears(&self) -> usize {
        self.counter.clears.get()
    }
}

pub struct KeystrokeResults {
    pub move_time: Samples,
    pub move_bytes: Samples,
    /// `write` calls per selection move (one frame each).
    pub move_writes: Samples,
    pub scroll_bytes: Samples,
    pub filter_time: Samples,
    pub open_time: Samples,
    /// `G` and `g` in the longest log: to its oldest contact and back.
    pub log_ends_time: Samples,
    /// `PgUp` from the oldest contact of the longest log, page by page.
    pub log_page_time: Samples,
    pub clears: usize,
}

pub fn keystrokes(path: &Path, rounds: usize) -> KeystrokeResults {
    let mut bench = Bench::open(path);
    let clears_before = bench.clears();
    let mut results = KeystrokeResults {
        move_time: Samples::new(),
        move_bytes: Samples::new(),
        move_writes: Samples::new(),
        scroll_bytes: Samples::new(),
        filter_time: Samples::new(),
        open_time: Samples::new(),
        log_ends_time: Samples::new(),
        log_page_time: Samples::new(),
        clears: 0,
    };
    // Moving the selection within the screen: down and up again.
    for i in 0..rounds {
        let code = if i % 2 == 0 { KeyCode::Char('j') } else { KeyCode::Char('k') };
        let writes = bench.writes();
        let (ms, bytes) = bench.key(code);
        results.move_time.push(ms);
        results.move_bytes.push(bytes as f64);
        results.move_writes.push((bench.writes() - writes) as f64);
    }
    // Scrolling: past the last visible row every key moves the table one row.
    for _ in 0..40 {
        bench.key(KeyCode::Char('j'));
    }
    for _ in 0..rounds.min(500) {
        let (_, bytes) = bench.key(KeyCode::Char('j'));
        results.scroll_bytes.push(bytes as f64);
    }
    bench.key(KeyCode::Char('g'));
    // Typing into the filter: one character, then taking it back.
    bench.key(KeyCode::Char('/'));
    for i in 0..rounds {
        let code = if i % 2 == 0 { KeyCode::Char('а') } else { KeyCode::Backspace };
        let (ms, _) = bench.key(code);
        results.filter_time.push(ms);
    }
    bench.key(KeyCode::Esc);
    bench.key(KeyCode::Char('g'));
    // Opening the account with the longest log (the largest one, ranked first).
    for _ in 0..rounds.min(200) {
        let (ms, _) = bench.key(KeyCode::Enter);
        results.open_time.push(ms);
        bench.key(KeyCode::Esc);
    }
    // Its log: each end read from the log's index (keyset pages), then up
    // from the oldest contact a page at a time.
    bench.key(KeyCode::Enter);
    bench.key(KeyCode::Char('7'));
    for i in 0..rounds.min(200) {
        let code = if i % 2 == 0 { KeyCode::Char('G') } else { KeyCode::Char('g') };
        let (ms, _) = bench.key(code);
        results.log_ends_time.push(ms);
    }
    bench.key(KeyCode::Char('G'));
    for _ in 0..rounds.min(300) {
        let (ms, _) = bench.key(KeyCode::PageUp);
        results.log_page_time.push(ms);
    }
    bench.key(KeyCode::Esc);
    results.clears = bench.clears() - clears_before;
    results
}

/// A pasted paragraph is one line: 7,000 characters of words.
pub fn long_line() -> String {
    let words = ["поставки", "ლოჯისტიკა", "pilot", "об'єктів", "contract", "сервіс", "40", "—"];
    let mut line = String::new();
    let mut i = 0;
    while line.chars().count() < 7000 {
        line.push_str(words[i % words.len()]);
        line.push(' ');
        i += 1;
    }
    line.chars().take(7000).collect()
}

/// Typing at the end of a 7,000-character line in the built-in editor (the
/// charter of the largest account): one character, then taking it back.
pub fn long_line_keystrokes(path: &Path, rounds: usize) -> Samples {
    let mut bench = Bench::open(path);
    bench.key(KeyCode::Enter);
    bench.key(KeyCode::Char('2'));
    bench.key(KeyCode::Char('e'));
    update(&mut bench.app, Action::Paste(long_line()));
    bench.frame();
    let mut samples = Samples::new();
    for i in 0..rounds {
        let code = if i % 2 == 0 { KeyCode::Char('ї') } else { KeyCode::Backspace };
        let (ms, _) = bench.key(code);
        samples.push(ms);
    }
    samples
}

/// The analysis screen as a user first meets it: a fresh workbench (its own
/// connection, nothing cached), `r`, then Tab through the other four tabs;
/// each key's data is read when its tab is first shown.
pub struct AnalysisResults {
    pub open: Samples,
    /// One per tab after the first, in the order Tab reaches them.
    pub tabs: Vec<Samples>,
}

pub fn analysis(path: &Path, rounds: usize) -> AnalysisResults {
    let mut results = AnalysisResults { open: Samples::new(), tabs: (0..4).map(|_| Samples::new()).collect() };
    for _ in 0..rounds {
        let mut bench = Bench::open(path);
        let (ms, _) = bench.key(KeyCode::Char('r'));
        results.open.push(ms);
        for tab in &mut results.tabs {
            let (ms, _) = bench.key(KeyCode::Tab);
            tab.push(ms);
        }
    }
    results
}
