//! The one inbound channel and the threads that feed it: the terminal's
//! keys (a reader thread over crossterm's events), signals, and the draft
//! timer. The background check sends on it too. The event loop blocks on
//! the channel and wakes only when something happened.

use std::sync::mpsc::{RecvTimeoutError, Sender, channel};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread;
use std::time::{Duration, Instant};

use crossterm::event::{self, Event};
use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};
use signal_hook::iterator::Signals;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::checker::CheckEvent;

/// Everything the loop waits for.
#[derive(Debug)]
pub enum Inbound {
    Terminal(Event),
    /// The terminal cannot be read any more (it was closed).
    TerminalLost,
    Check(CheckEvent),
    /// The pause in typing came: time to keep a draft.
    DraftDue,
    Signal(Signal),
}

impl From<CheckEvent> for Inbound {
    fn from(event: CheckEvent) -> Self {
        Inbound::Check(event)
    }
}

/// The signals the workbench answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signal {
    /// SIGINT (`kill -INT`; Ctrl-C is a key in raw mode).
    Interrupt,
    /// SIGQUIT.
    Quit,
    /// SIGTERM.
    Terminate,
    /// SIGHUP: the terminal is gone.
    HangUp,
    /// SIGTSTP (`kill -TSTP`; Ctrl-Z is a key in raw mode).
    Stop,
    /// SIGCONT: back from a stop.
    Continue,
}

impl Signal {
    fn from_raw(signal: i32) -> Option<Signal> {
        Some(match signal {
            SIGINT => Signal::Interrupt,
            SIGQUIT => Signal::Quit,
            SIGTERM => Signal::Terminate,
            SIGHUP => Signal::HangUp,
            SIGTSTP => Signal::Stop,
            SIGCONT => Signal::Continue,
            _ => return None,
        })
    }
}

/// How long the reader waits for a key before it looks whether it is asked
/// to pause (for `$EDITOR`, which needs the keyboard). Only the reader
/// thread wakes this often, and only to look at a flag; the loop sleeps.
const PAUSE_WITHIN: Duration = Duration::from_millis(150);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reading {
    On,
    PauseAsked,
    Paused,
    Ended,
}

/// The handle on the reader thread.
pub struct Input {
    state: Arc<(Mutex<Reading>, Condvar)>,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl Input {
    pub fn spawn(inbound: Sender<Inbound>) -> std::io::Result<Input> {
        let state = Arc::new((Mutex::new(Reading::On), Condvar::new()));
        let shared = Arc::clone(&state);
        thread::Builder::new().name("keyplan-keys".into()).spawn(move || read_terminal(&shared, &inbound))?;
        Ok(Input { state })
    }

    /// Stops reading the terminal, and returns once the reader holds still:
    /// another program is about to read it.
    pub fn pause(&self) {
        let (mutex, changed) = &*self.state;
        let mut reading = lock(mutex);
        if *reading == Reading::On {
            *reading = Reading::PauseAsked;
        }
        while *reading == Reading::PauseAsked {
            reading = changed.wait(reading).unwrap_or_else(|poisoned| poisoned.into_inner());
        }
    }

    pub fn resume(&self) {
        let (mutex, changed) = &*self.state;
        let mut reading = lock(mutex);
        if *reading == Reading::Paused {
            *reading = Reading::On;
            changed.notify_all();
        }
    }
}

fn read_terminal(state: &(Mutex<Reading>, Condvar), inbound: &Sender<Inbound>) {
    let (mutex, changed) = state;
    let end = |inbound: &Sender<Inbound>, lost: bool| {
        *lock(mutex) = Reading::Ended;
        changed.notify_all();
        if lost {
            let _ = inbound.send(Inbound::TerminalLost);
        }
    };
    loop {
        {
            let mut reading = lock(mutex);
            loop {
                match *reading {
                    Reading::On => break,
                    Reading::PauseAsked => {
                        *reading = Reading::Paused;
                        changed.notify_all();
                    }
                    Reading::Paused | Reading::Ended => {}
                }
                reading = changed.wait(reading).unwrap_or_else(|poisoned| poisoned.into_inner());
            }
        }
        let event = match event::poll(PAUSE_WITHIN) {
            Ok(false) => continue,
            Ok(true) => event::read(),
            Err(e) => Err(e),
        };
        match event {
            Ok(event) => {
                if inbound.send(Inbound::Terminal(event)).is_err() {
                    return end(inbound, false);
                }
            }
            Err(_) => return end(inbound, true),
        }
    }
}

/// Forwards signals to the channel. While `$EDITOR` runs, SIGINT, SIGQUIT
/// and SIGTSTP belong to it (as `system()` ignores them in the caller):
/// `foreign` drops them then.
pub struct SignalForwarder {
    pub foreign: Arc<AtomicBool>,
}

impl SignalForwarder {
    pub fn spawn(inbound: Sender<Inbound>) -> std::io::Result<SignalForwarder> {
        let mut signals = Signals::new([SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGTSTP, SIGCONT])?;
        let foreign = Arc::new(AtomicBool::new(false));
        let editing = Arc::clone(&foreign);
        thread::Builder::new().name("keyplan-signals".into()).spawn(move || {
            for raw in signals.forever() {
                let Some(signal) = Signal::from_raw(raw) else { continue };
                let theirs = matches!(signal, Signal::Interrupt | Signal::Quit | Signal::Stop);
                if theirs && editing.load(Ordering::SeqCst) {
                    continue;
                }
                if inbound.send(Inbound::Signal(signal)).is_err() {
                    return;
                }
            }
        })?;
        Ok(SignalForwarder { foreign })
    }
}

/// A timer that sends [`Inbound::DraftDue`] once at the time last set; a new
/// time replaces the old. Sleeping on its own channel makes it cancellable:
/// it ends when the loop drops it.
pub struct Timer {
    set: Sender<Instant>,
}

impl Timer {
    pub fn spawn(inbound: Sender<Inbound>) -> std::io::Result<Timer> {
        let (set, times) = channel::<Instant>();
        thread::Builder::new().name("keyplan-timer".into()).spawn(move || {
            let mut due: Option<Instant> = None;
            loop {
                let next = match due {
                    None => times.recv().map_err(|_| RecvTimeoutError::Disconnected),
                    Some(at) => times.recv_timeout(at.saturating_duration_since(Instant::now())),
                };
                match next {
                    Ok(at) => due = Some(at),
                    Err(RecvTimeoutError::Timeout) => {
                        due = None;
                        if inbound.send(Inbound::DraftDue).is_err() {
                            return;
                        }
                    }
                    Err(RecvTimeoutError::Disconnected) => return,
                }
            }
        })?;
        Ok(Timer { set })
    }

    pub fn set(&self, at: Instant) {
        let _ = self.set.send(at);
    }
}

/// When to keep a draft: after a pause in typing, at least this often
/// while typing goes on, and never more often than every few seconds.
#[derive(Debug, Default)]
pub struct DraftClock {
    first_change: Option<Instant>,
    last_write: Option<Instant>,
}

/// The pause in typing after which a draft is kept.
pub const DRAFT_IDLE: Duration = Duration::from_secs(1);
/// The longest typing goes on without a draft.
const DRAFT_LONGEST: Duration = Duration::from_secs(5);
/// The shortest time between two drafts.
const DRAFT_GAP: Duration = Duration::from_secs(2);

impl DraftClock {
    /// Something was typed `now`: when the draft is due.
    pub fn typed(&mut self, now: Instant) -> Instant {
        let first = *self.first_change.get_or_insert(now);
        let due = (now + DRAFT_IDLE).min(first + DRAFT_LONGEST);
        self.last_write.map_or(due, |last| due.max(last + DRAFT_GAP))
    }

    /// The draft was kept `now`.
    pub fn kept(&mut self, now: Instant) {
        self.first_change = None;
        self.last_write = Some(now);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_waits_for_a_pause_but_not_for_ever_and_not_too_often() {
        let start = Instant::now();
        let mut clock = DraftClock::default();
        assert_eq!(clock.typed(start), start + DRAFT_IDLE, "a pause after the first key");
        let later = start + Duration::from_millis(4500);
        assert_eq!(clock.typed(later), start + DRAFT_LONGEST, "typing on does not put it off for ever");
        clock.kept(start + DRAFT_LONGEST);
        let next = start + DRAFT_LONGEST + Duration::from_millis(100);
        assert_eq!(clock.typed(next), start + DRAFT_LONGEST + DRAFT_GAP, "not again at once");
    }
}
