//! The workbench in a test: an `App` over a store in a temporary directory,
//! driven by keys and drawn into ratatui's TestBackend.

// Each test binary uses a part of this harness.
#![allow(dead_code)]

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use keyplan::app::App;
use keyplan::store::Store;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tempfile::TempDir;

/// The date every screen test believes it is.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

pub fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

pub struct Bench {
    pub app: App,
    _dir: TempDir,
}

/// A fresh database, filled by `fill` through the store, opened as the workbench.
pub fn bench_with(fill: impl FnOnce(&mut Store)) -> Bench {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("keyplan.db")).unwrap().store;
    fill(&mut store);
    Bench { app: App::new(store, today()).unwrap(), _dir: dir }
}

pub fn empty() -> Bench {
    bench_with(|_| {})
}

pub fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

impl Bench {
    pub fn press(&mut self, code: KeyCode) -> &mut Self {
        self.app.handle_key(key(code));
        self
    }

    /// Presses each character as its own key, like a person typing.
    pub fn keys(&mut self, text: &str) -> &mut Self {
        for c in text.chars() {
            self.app.handle_key(key(KeyCode::Char(c)));
        }
        self
    }

    pub fn ctrl(&mut self, c: char) -> &mut Self {
        self.app.handle_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
        self
    }

    pub fn draw_at(&self, width: u16, height: u16) -> Terminal<TestBackend> {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        terminal.draw(|frame| keyplan::ui::render(&self.app, frame)).unwrap();
        terminal
    }

    /// A second workbench on the same file (another terminal, a phone).
    pub fn another(&self) -> Bench {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&self.path()).unwrap().store;
        Bench { app: App::new(store, today()).unwrap(), _dir: dir }
    }

    pub fn path(&self) -> std::path::PathBuf {
        self.app.store.path().to_path_buf()
    }

    /// What the background check says when another process wrote.
    pub fn hears_of_a_change(&mut self) -> &mut Self {
        keyplan::app::update(
            &mut self.app,
            keyplan::app::Action::Checked { alerts: Vec::new(), today: today(), changed_elsewhere: true },
        );
        self
    }

    /// The screen at 80x24, the size everything must look right in.
    pub fn screen(&self) -> String {
        self.screen_at(80, 24)
    }

    /// The screen at any size, the temporary directory (which the `?` help
    /// names) read as `$TMP`, so a snapshot stays the same from run to run.
    pub fn screen_at(&self, width: u16, height: u16) -> String {
        let screen = self.draw_at(width, height).backend().to_string();
        screen.replace(&self._dir.path().display().to_string(), "$TMP")
    }
}

impl Bench {
    /// Pins the time and machine of the history's text versions, oldest
    /// first, so a snapshot of them stays the same from run to run; times
    /// are then shown in UTC. The history is append-only: its guard is
    /// lifted in this throw-away file only.
    pub fn pin_text_history(&mut self, versions: &[(&str, &str)]) {
        self.app.zone = keyplan::clock::Zone::Utc;
        let conn = rusqlite::Connection::open(self.app.store.path()).unwrap();
        conn.execute_batch("DROP TRIGGER history_is_append_only").unwrap();
        let ids: Vec<i64> = conn
            .prepare("SELECT id FROM history WHERE kind = 'text' ORDER BY id")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(ids.len(), versions.len(), "one time and machine per version");
        for (id, (at, machine)) in ids.iter().zip(versions) {
            conn.execute("UPDATE history SET at = ?1, machine = ?2 WHERE id = ?3", rusqlite::params![at, machine, id])
                .unwrap();
        }
    }
}

/// The mouse, as the runtime places it: on the frame last drawn (80x24).
impl Bench {
    /// Where `text` starts on the screen at 80x24: (column, row) in cells.
    pub fn cell_of(&self, text: &str) -> (u16, u16) {
        let terminal = self.draw_at(80, 24);
        let buffer = terminal.backend().buffer();
        for row in 0..buffer.area.height {
            // Each cell's symbol, with the column it starts at.
            let mut line = String::new();
            let mut starts = Vec::new();
            for column in 0..buffer.area.width {
                let symbol = buffer[(column, row)].symbol();
                starts.push((line.len(), column));
                line.push_str(symbol);
            }
            if let Some(at) = line.find(text) {
                let column = starts.iter().rev().find(|(byte, _)| *byte <= at).map_or(0, |(_, c)| *c);
                return (column, row);
            }
        }
        panic!("{text:?} is not on the screen:\n{}", self.screen());
    }

    /// The targets of the frame on screen, as the runtime keeps them.
    pub fn frame_targets(&self) -> keyplan::app::mouse::Targets {
        self.draw_at(80, 24);
        keyplan::ui::targets::drawn()
    }

    /// A press of the left button at `cell` on the frame whose rows are `targets`.
    pub fn press_on(&mut self, targets: &keyplan::app::mouse::Targets, (column, row): (u16, u16), double: bool) {
        use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
        use keyplan::app::mouse::{Pointer, pointer};
        let event =
            MouseEvent { kind: MouseEventKind::Down(MouseButton::Left), column, row, modifiers: KeyModifiers::NONE };
        let mut last = None;
        let now = std::time::Instant::now();
        let mut found = pointer(event, targets, &mut last, now);
        if double {
            found = pointer(event, targets, &mut last, now);
            assert!(matches!(found, Some(Pointer::DoubleClick(_))), "{found:?}");
        }
        if let Some(found) = found {
            self.app.point(found);
        }
    }

    /// A click on `text` as the screen shows it now.
    pub fn click(&mut self, text: &str) -> &mut Self {
        let (cell, targets) = (self.cell_of(text), self.frame_targets());
        self.press_on(&targets, cell, false);
        self
    }

    pub fn double_click(&mut self, text: &str) -> &mut Self {
        let (cell, targets) = (self.cell_of(text), self.frame_targets());
        self.press_on(&targets, cell, true);
        self
    }

    /// One turn of the wheel (a touch scroll on a phone), down or up.
    pub fn wheel(&mut self, down: bool) -> &mut Self {
        use keyplan::app::mouse::Pointer;
        self.app.point(if down { Pointer::WheelDown } else { Pointer::WheelUp });
        self
    }
}
