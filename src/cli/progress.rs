//! Long work from the shell (a generated portfolio, an import, an export, a
//! sales file): a progress bar on stderr when it is a terminal, nothing when
//! it is piped; and Ctrl-C, which stops the work before anything is changed
//! ("interrupted: nothing was changed", exit code 130) instead of killing
//! the process halfway through a file.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::{Handle, Signals};

use crate::l10n;

/// Files above this size show a progress line on a terminal.
const FROM_BYTES: u64 = 4 << 20;
/// Work on fewer records than this ends before a bar would help.
const FROM_RECORDS: u64 = 500;

/// The progress through a file's bytes (the sales import).
pub(super) fn bytes(size: u64, message: &str) -> ProgressBar {
    bar(size, size >= FROM_BYTES, message, "{msg} {wide_bar} {percent:>3}%  {elapsed}".into())
}

/// The progress through records: how many of how many, and the time left.
pub(super) fn records(total: u64, message: &str) -> ProgressBar {
    // The words are the catalogue's; braces in them would be read as fields.
    let left = l10n::text("progress-left").replace(['{', '}'], "");
    let template = format!("{{msg}} {{wide_bar}} {{human_pos}}/{{human_len}}  {{eta}} {left}");
    bar(total, total >= FROM_RECORDS, message, template)
}

/// A bar on stderr when it is a terminal and the work is large enough;
/// a hidden one (every call a no-op) otherwise.
fn bar(length: u64, large: bool, message: &str, template: String) -> ProgressBar {
    if !large || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(length), ProgressDrawTarget::stderr());
    let style = ProgressStyle::with_template(&template).unwrap_or_else(|_| ProgressStyle::default_bar());
    bar.set_style(style);
    bar.set_message(message.to_string());
    bar
}

/// Ctrl-C (SIGINT), SIGTERM and SIGHUP while long work runs: each sets a
/// flag the work looks at between records, and stops the SQLite statement
/// running at that moment (a bulk index update can take seconds). The work
/// then rolls back or removes what it had written and the command ends
/// with [`super::Failure::interrupted`].
pub(super) struct Interrupt {
    stopped: Arc<AtomicBool>,
    /// Set by [`Interrupt::detach`]: the work can no longer be undone.
    detached: AtomicBool,
    database: Arc<Mutex<Option<rusqlite::InterruptHandle>>>,
    handle: Handle,
    listener: Option<JoinHandle<()>>,
}

impl Interrupt {
    /// Starts listening; from [`Interrupt::attach`] on, a database is told
    /// to stop its running statement too.
    pub(super) fn watch() -> Result<Interrupt, super::Failure> {
        let mut signals = Signals::new([SIGINT, SIGTERM, SIGHUP])?;
        let handle = signals.handle();
        let stopped = Arc::new(AtomicBool::new(false));
        let database: Arc<Mutex<Option<rusqlite::InterruptHandle>>> = Arc::default();
        let (flag, to_stop) = (Arc::clone(&stopped), Arc::clone(&database));
        let listener = std::thread::spawn(move || {
            for _ in signals.forever() {
                flag.store(true, Ordering::SeqCst);
                if let Ok(guard) = to_stop.lock()
                    && let Some(database) = guard.as_ref()
                {
                    database.interrupt();
                }
            }
        });
        Ok(Interrupt { stopped, detached: AtomicBool::new(false), database, handle, listener: Some(listener) })
    }

    /// The database whose statements a signal stops.
    pub(super) fn attach(&self, database: rusqlite::InterruptHandle) {
        if let Ok(mut guard) = self.database.lock() {
            *guard = Some(database);
        }
    }

    /// The work is written for good (committed into an existing database):
    /// a signal from now on no longer stops a statement, and the command
    /// ends as it would have.
    pub(super) fn detach(&self) {
        self.detached.store(true, Ordering::SeqCst);
        if let Ok(mut guard) = self.database.lock() {
            *guard = None;
        }
    }

    /// Ends with [`super::Failure::interrupted`] when a signal came.
    pub(super) fn check(&self) -> Result<(), super::Failure> {
        if self.stopped() { Err(super::Failure::interrupted()) } else { Ok(()) }
    }

    /// Whether a signal asked the work to stop.
    pub(super) fn stopped(&self) -> bool {
        self.stopped.load(Ordering::SeqCst) && !self.detached.load(Ordering::SeqCst)
    }

    /// The failure to end with when the work was stopped, else `failure`:
    /// an interrupted SQLite statement reports itself as an error.
    pub(super) fn judge(&self, failure: super::Failure) -> super::Failure {
        if self.stopped() { super::Failure::interrupted() } else { failure }
    }
}

impl Drop for Interrupt {
    fn drop(&mut self) {
        self.handle.close();
        if let Some(listener) = self.listener.take() {
            let _ = listener.join();
        }
    }
}
