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
    /// The temporary directory (which the `?` help names) reads `$TMP`.
    pub fn screen(&self) -> String {
        let screen = self.draw_at(80, 24).backend().to_string();
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
