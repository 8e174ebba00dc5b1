//! The background check: its own read connection, the alert rules, and the
//! triggers that make it run again — at start, after a local save, every
//! interval, and as soon as another process changes the database
//! (`PRAGMA data_version`). It never touches the input thread: results go
//! back as messages, and quitting never waits for it. After its first run of
//! each day it also writes the routine backup, off the keystroke path.

use std::path::Path;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::thread;
use std::time::{Duration, Instant};

use chrono::NaiveDate;

use crate::clock::Clock;
use crate::domain::{Alert, CheckSettings, check};
use crate::store::backups::Retention;
use crate::store::{Store, StoreError};

/// How often the worker asks SQLite whether another connection committed.
/// Cheap (no I/O beyond the WAL index), and well inside the two seconds a
/// change from another terminal may take to show.
pub const WATCH: Duration = Duration::from_millis(400);

/// What the worker reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckEvent {
    /// A fresh result as of `today`; `changed_elsewhere` when another connection wrote.
    Alerts {
        alerts: Vec<Alert>,
        today: NaiveDate,
        changed_elsewhere: bool,
    },
    Failed(String),
    /// The routine backup could not be written: a sentence saying why.
    BackupFailed(String),
}

/// The check itself, without a thread: deterministic to test.
pub struct Checker {
    store: Store,
    clock: Clock,
    settings: CheckSettings,
    seen_version: Option<i64>,
    /// Routine backups, when on, and the day the last one was attempted.
    backups: Option<Retention>,
    backed_up_on: Option<NaiveDate>,
}

impl Checker {
    /// `clock` is a [`Clock`] or a fixed date.
    pub fn open(path: &Path, clock: impl Into<Clock>, settings: CheckSettings) -> Result<Self, StoreError> {
        Ok(Checker {
            store: Store::open_read_only(path)?,
            clock: clock.into(),
            settings,
            seen_version: None,
            backups: None,
            backed_up_on: None,
        })
    }

    /// Also writes the day's routine backup (see [`Store::routine_backup`])
    /// after the first check of each day, keeping `keep` of them.
    pub fn with_routine_backups(mut self, keep: Retention) -> Self {
        self.backups = Some(keep);
        self
    }

    /// The routine backup of `today`, once a day: None when written, already
    /// there or turned off; else one sentence saying what failed (nothing
    /// else is affected, and it is not tried again until the next day).
    pub fn routine_backup(&mut self, today: NaiveDate) -> Option<String> {
        let keep = self.backups?;
        if self.backed_up_on == Some(today) {
            return None;
        }
        self.backed_up_on = Some(today);
        self.store.routine_backup(today, keep).err().map(|e| crate::t!("status-backup-failed", reason = e.to_string()))
    }

    /// Runs the rules over the database as it is now, as of today.
    pub fn run(&mut self) -> Result<Vec<Alert>, StoreError> {
        self.run_on(self.clock.today())
    }

    fn run_on(&mut self, today: NaiveDate) -> Result<Vec<Alert>, StoreError> {
        // Read the version first: a write landing during the check is seen next time.
        self.seen_version = Some(self.store.data_version()?);
        let input = self.store.check_input(today, self.settings.within_days)?;
        Ok(check(input, today, &self.settings))
    }

    /// True when another connection has committed since the last run.
    pub fn changed(&self) -> Result<bool, StoreError> {
        Ok(Some(self.store.data_version()?) != self.seen_version)
    }
}

/// The handle the runtime keeps: dropping it stops the worker.
pub struct Worker {
    saved: Sender<()>,
}

/// Opens the checker on the worker's own thread, so that its connection is
/// made while the first frame is already on screen.
pub type Opening = Box<dyn FnOnce() -> Result<Checker, StoreError> + Send>;

impl Worker {
    /// Starts the worker thread; it reports on `events` (the runtime's one
    /// inbound channel, or a channel of its own) until either side hangs up.
    pub fn spawn<T: From<CheckEvent> + Send + 'static>(
        checker: Checker,
        interval: Duration,
        events: Sender<T>,
    ) -> Worker {
        Worker::spawn_opening(Box::new(move || Ok(checker)), interval, events)
    }

    /// The same, the checker opened first on the worker's thread; a
    /// checker that cannot open is reported as a failed check.
    pub fn spawn_opening<T: From<CheckEvent> + Send + 'static>(
        open: Opening,
        interval: Duration,
        events: Sender<T>,
    ) -> Worker {
        let (saved, triggers) = channel();
        thread::Builder::new()
            .name("keyplan-check".into())
            .spawn(move || match open() {
                Ok(checker) => work(checker, interval, &triggers, &events),
                Err(e) => {
                    let _ = events.send(CheckEvent::Failed(e.to_string()).into());
                }
            })
            .map_or_else(|_| Worker { saved: channel().0 }, |_| Worker { saved })
    }

    /// Tells the worker a local save happened: check again now.
    pub fn saved(&self) {
        let _ = self.saved.send(());
    }
}

fn work<T: From<CheckEvent>>(mut checker: Checker, interval: Duration, triggers: &Receiver<()>, events: &Sender<T>) {
    let report = |checker: &mut Checker, changed_elsewhere: bool| {
        let today = checker.clock.today();
        let event = match checker.run_on(today) {
            Ok(alerts) => CheckEvent::Alerts { alerts, today, changed_elsewhere },
            Err(e) => CheckEvent::Failed(e.to_string()),
        };
        if events.send(event.into()).is_err() {
            return false;
        }
        // After the answer the user waits for: the day's backup.
        match checker.routine_backup(today) {
            Some(failed) => events.send(CheckEvent::BackupFailed(failed).into()).is_ok(),
            None => true,
        }
    };
    if !report(&mut checker, false) {
        return;
    }
    let mut last_run = Instant::now();
    loop {
        // Waiting on the trigger channel doubles as the cancellable sleep.
        let run = match triggers.recv_timeout(WATCH) {
            Ok(()) => {
                while triggers.try_recv().is_ok() {}
                Some(false)
            }
            Err(RecvTimeoutError::Disconnected) => return,
            Err(RecvTimeoutError::Timeout) => match checker.changed() {
                Ok(true) => Some(true),
                Ok(false) if last_run.elapsed() >= interval => Some(false),
                Ok(false) => None,
                Err(e) => {
                    if events.send(CheckEvent::Failed(e.to_string()).into()).is_err() {
                        return;
                    }
                    None
                }
            },
        };
        if let Some(changed_elsewhere) = run {
            if !report(&mut checker, changed_elsewhere) {
                return;
            }
            last_run = Instant::now();
        }
    }
}
