//! The terminal side: setup and restore on every exit path, the event loop
//! over one inbound channel, the effects `update` asks for, signals, and
//! suspending the screen for `$VISUAL`/`$EDITOR` or Ctrl-Z.

mod inbound;

use std::io::{self, Stdout, Write};
use std::process::Command;
use std::sync::atomic::Ordering;
use std::sync::mpsc::channel;
use std::time::{Duration, Instant};

use crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, Event, KeyCode, KeyEvent, KeyModifiers,
};
use crossterm::terminal::{BeginSynchronizedUpdate, EndSynchronizedUpdate, EnterAlternateScreen, enable_raw_mode};
use crossterm::{execute, queue};
use ratatui::Terminal;
use ratatui::backend::{Backend, CrosstermBackend};

use crate::app::editor::ExternalEdit;
use crate::app::mouse::{Press, Targets};
use crate::app::{Action, App, Effect, update};
use crate::checker::{CheckEvent, Opening, Worker};
use crate::scrolling::ScrollingBackend;
use crate::terminal::frame::OneWritePerFrame;
use crate::terminal::sgr::SixteenColourSyntax;
use inbound::{DraftClock, Inbound, Input, Signal, SignalForwarder, Timer};

/// The workbench's terminal: crossterm on stdout, with moved rows sent as
/// scrolls and the named colours in the 16-colour syntax.
pub type WorkbenchTerminal =
    Terminal<ScrollingBackend<CrosstermBackend<SixteenColourSyntax<OneWritePerFrame<Stdout>>>>>;

/// How long restoring a terminal that hung up may take before the process
/// goes on without it.
const HUNG_UP_RESTORE: Duration = Duration::from_millis(500);

/// How the loop ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ending {
    /// `q`, or asked to end by a signal while the terminal is still there.
    Quit,
    /// The terminal is gone (SIGHUP, or it cannot be read): never block on it.
    HungUp,
}

/// Runs the workbench until the user quits. The terminal is restored
/// whatever happens, panics included. `scroll_regions` false sends every
/// frame as plain cell updates, for terminals that mishandle scrolling.
pub fn run(app: &mut App, check: Option<(Opening, Duration)>, scroll_regions: bool) -> io::Result<()> {
    install_panic_hook();
    let mouse = app.settings.mouse;
    let mut terminal = match open_terminal(scroll_regions, mouse) {
        Ok(terminal) => terminal,
        Err(error) => {
            restore();
            return Err(error);
        }
    };
    let result =
        execute!(io::stdout(), EnableBracketedPaste).and_then(|()| event_loop(&mut terminal, app, check, mouse));
    match result {
        Ok(Ending::HungUp) => {
            restore_within(HUNG_UP_RESTORE);
            // Dropping the terminal would write to it once more.
            std::mem::forget(terminal);
        }
        _ => restore(),
    }
    result.map(|_| ())
}

/// Bracketed paste off, the mouse given back (every reporting mode, whether
/// taken or not), raw mode off, the main screen, the cursor shown.
fn restore() {
    let _ = execute!(io::stdout(), DisableBracketedPaste, DisableMouseCapture, crossterm::cursor::Show);
    ratatui::restore();
}

/// Restores on a thread of its own and waits at most `limit`: a terminal
/// that hung up must not hold the process (and the draft is written already).
fn restore_within(limit: Duration) {
    let (done, finished) = channel();
    let spawned = std::thread::Builder::new().name("keyplan-restore".into()).spawn(move || {
        restore();
        let _ = done.send(());
    });
    if spawned.is_ok() {
        let _ = finished.recv_timeout(limit);
    }
}

/// What `ratatui::try_init` does, over our backend: raw mode and the
/// alternate screen, which starts blank as the backend is told; and the
/// mouse, unless the settings leave it to the terminal.
fn open_terminal(scroll_regions: bool, mouse: bool) -> io::Result<WorkbenchTerminal> {
    enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen)?;
    if mouse {
        execute!(io::stdout(), CaptureMouse)?;
    }
    let backend = CrosstermBackend::new(SixteenColourSyntax::new(OneWritePerFrame::new(io::stdout())));
    let size = backend.size()?;
    Terminal::new(if scroll_regions {
        ScrollingBackend::new(backend, size)
    } else {
        ScrollingBackend::without_scrolling(backend)
    })
}

/// Presses, releases and the wheel (1000), reported in SGR form (1006: any
/// column, unambiguous). Not crossterm's `EnableMouseCapture`, which also
/// asks for every movement of the pointer (1003): over SSH each would cost
/// a report and wake the loop for nothing. `DisableMouseCapture` turns
/// every mode off again.
struct CaptureMouse;

impl crossterm::Command for CaptureMouse {
    fn write_ansi(&self, f: &mut impl std::fmt::Write) -> std::fmt::Result {
        f.write_str("\x1b[?1000h\x1b[?1006h")
    }
}

/// Installed once, before the terminal is touched: a panic message must
/// land on a restored terminal.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}

/// The threads that feed the loop, and what it keeps between messages.
struct Runtime {
    worker: Option<Worker>,
    input: Input,
    signals: SignalForwarder,
    timer: Timer,
    drafts: DraftClock,
    ending: Ending,
    /// Back from our own stop: the SIGCONT that woke us is already answered.
    resumed: bool,
    /// The mouse is taken (the settings' `mouse`).
    mouse: bool,
    /// What the rows of the frame on screen show, for a click.
    targets: Targets,
    /// The last press of the left button, to tell a double click.
    press: Option<Press>,
}

fn event_loop(
    terminal: &mut WorkbenchTerminal,
    app: &mut App,
    check: Option<(Opening, Duration)>,
    mouse: bool,
) -> io::Result<Ending> {
    // Signals are answered from before the first frame: a terminal that
    // shows the workbench is one that gets back what it lent.
    let (sender, inbound) = channel();
    let signals = SignalForwarder::spawn(sender.clone())?;
    // crossterm starts listening for SIGWINCH on its first look at the
    // terminal: look now, so a resize right after the first frame (before
    // the reader thread runs) is not lost. Nothing is read or taken.
    crossterm::event::poll(Duration::ZERO)?;
    // The first frame comes before the background check starts, so the two
    // do not compete for the processor while the user waits to see anything.
    draw(terminal, app)?;
    // The first frame showed the portfolio's first rows: the rest now,
    // before any key is read and before the check competes for the processor.
    if app.portfolio.is_head() {
        if let Err(e) = app.load_rest() {
            app.complain(e.to_string());
        }
        draw(terminal, app)?;
    }
    let mut runtime = Runtime {
        worker: check.map(|(open, interval)| Worker::spawn_opening(open, interval, sender.clone())),
        input: Input::spawn(sender.clone())?,
        signals,
        timer: Timer::spawn(sender)?,
        drafts: DraftClock::default(),
        ending: Ending::Quit,
        resumed: false,
        mouse,
        targets: crate::ui::targets::drawn(),
        press: None,
    };
    while app.running {
        // Blocks until something happens: nothing is drawn, read or polled meanwhile.
        let Ok(first) = inbound.recv() else { break };
        let mut redraw = handle(terminal, app, &mut runtime, first)?;
        // Whatever came meanwhile (a paste, a burst of resizes) makes one frame.
        while app.running
            && let Ok(next) = inbound.try_recv()
        {
            redraw |= handle(terminal, app, &mut runtime, next)?;
        }
        redraw |= carry_out(terminal, app, &mut runtime)?;
        if redraw && app.running {
            draw(terminal, app)?;
            runtime.targets = crate::ui::targets::drawn();
        }
    }
    Ok(runtime.ending)
}

/// One message from the channel; true when the screen may have changed.
fn handle(
    terminal: &mut WorkbenchTerminal,
    app: &mut App,
    runtime: &mut Runtime,
    message: Inbound,
) -> io::Result<bool> {
    match message {
        Inbound::Terminal(event) => return on_terminal(terminal, app, runtime, event),
        Inbound::Check(event) => update(app, check_action(event)),
        Inbound::DraftDue => {
            update(app, Action::KeepDraft);
            runtime.drafts.kept(Instant::now());
        }
        Inbound::TerminalLost => end(app, runtime, Ending::HungUp, true),
        Inbound::Signal(signal) => match signal {
            Signal::Interrupt | Signal::Terminate => end(app, runtime, Ending::Quit, true),
            Signal::HangUp => end(app, runtime, Ending::HungUp, true),
            Signal::Quit => end(app, runtime, Ending::Quit, false),
            Signal::Stop => suspend(terminal, runtime)?,
            // Our own stop came back whole in `suspend`. Anyone else's
            // SIGSTOP left the screen as it was; the terminal's modes may
            // have been reset meanwhile, so raw mode is set again quietly.
            Signal::Continue if std::mem::take(&mut runtime.resumed) => return Ok(false),
            Signal::Continue => {
                let _ = crossterm::terminal::disable_raw_mode();
                enable_raw_mode()?;
                return Ok(false);
            }
        },
    }
    Ok(true)
}

fn on_terminal(
    terminal: &mut WorkbenchTerminal,
    app: &mut App,
    runtime: &mut Runtime,
    event: Event,
) -> io::Result<bool> {
    match event {
        // Only Ctrl-C acts while the window is too small to show anything
        // (the frame is drawn again all the same: nothing changes).
        Event::Key(key) if !fits(terminal) && !is_ctrl_c(&key) => {}
        Event::Key(key) => app.handle_key(key),
        // Placed on the frame on screen: a click reaches the record its row showed.
        Event::Mouse(mouse) if fits(terminal) => {
            let now = Instant::now();
            match crate::app::mouse::pointer(mouse, &runtime.targets, &mut runtime.press, now) {
                Some(pointer) => app.point(pointer),
                None => return Ok(false),
            }
        }
        Event::Paste(text) => update(app, Action::Paste(text)),
        // The terminal may have lost its picture even when the size ends
        // where it began (a burst of resizes): repaint everything.
        Event::Resize(..) => terminal.clear()?,
        _ => return Ok(false),
    }
    Ok(true)
}

/// Ends the loop the way `q` does; `keep` first keeps what is typed as a draft.
fn end(app: &mut App, runtime: &mut Runtime, ending: Ending, keep: bool) {
    if keep {
        update(app, Action::KeepDraft);
    }
    runtime.ending = ending;
    app.running = false;
}

/// Carries out what `update` asked for; true when the screen changed.
fn carry_out(terminal: &mut WorkbenchTerminal, app: &mut App, runtime: &mut Runtime) -> io::Result<bool> {
    let mut redraw = false;
    loop {
        let effects = app.take_effects();
        if effects.is_empty() {
            return Ok(redraw);
        }
        for effect in effects {
            match effect {
                Effect::Saved => {
                    if let Some(worker) = &runtime.worker {
                        worker.saved();
                    }
                }
                Effect::WriteDraft => runtime.timer.set(runtime.drafts.typed(Instant::now())),
                Effect::EditExternally(edit) => {
                    let text = edit_externally(terminal, runtime, &edit)?;
                    update(app, Action::ExternalEditDone(edit, text));
                    redraw = true;
                }
                Effect::Suspend => {
                    suspend(terminal, runtime)?;
                    redraw = true;
                }
            }
        }
    }
}

/// Ctrl-Z or SIGTSTP: the terminal as the shell wants it, then stopped
/// until SIGCONT (the shell's `fg`), then the workbench whole again.
fn suspend(terminal: &mut WorkbenchTerminal, runtime: &mut Runtime) -> io::Result<()> {
    runtime.input.pause();
    restore();
    let _ = signal_hook::low_level::raise(signal_hook::consts::SIGSTOP);
    runtime.resumed = true;
    let back = come_back(terminal, runtime.mouse);
    runtime.input.resume();
    back
}

/// After our stop: raw mode, the alternate screen and bracketed paste
/// again, and the whole frame, since the shell drew over the screen meanwhile.
fn come_back(terminal: &mut WorkbenchTerminal, mouse: bool) -> io::Result<()> {
    // Raw mode is set again even when crossterm believes it on: the shell
    // may have reset the terminal while we were stopped.
    let _ = crossterm::terminal::disable_raw_mode();
    *terminal = open_terminal(terminal.backend().scrolls(), mouse)?;
    execute!(io::stdout(), EnableBracketedPaste)?;
    terminal.clear()
}

fn fits(terminal: &WorkbenchTerminal) -> bool {
    terminal.size().is_ok_and(|size| crate::ui::fits(size.width, size.height))
}

fn is_ctrl_c(key: &KeyEvent) -> bool {
    key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c')
}

fn check_action(event: CheckEvent) -> Action {
    match event {
        CheckEvent::Alerts { alerts, today, changed_elsewhere } => Action::Checked { alerts, today, changed_elsewhere },
        CheckEvent::Failed(message) => Action::CheckFailed(message),
        CheckEvent::BackupFailed(message) => Action::BackupFailed(message),
    }
}

/// One frame, scrolls included, wrapped in synchronized-update markers so slow
/// links never show half a frame. Generic over the writer so benchmarks can
/// count the bytes a frame costs.
pub fn draw<W: Write>(terminal: &mut Terminal<ScrollingBackend<CrosstermBackend<W>>>, app: &App) -> io::Result<()> {
    queue!(terminal.backend_mut(), BeginSynchronizedUpdate)?;
    terminal.draw(|frame| crate::ui::render(app, frame))?;
    execute!(terminal.backend_mut(), EndSynchronizedUpdate)?;
    Ok(())
}

/// Suspends the screen, runs the user's editor on a private temporary file,
/// and comes back. Returns the edited text, or None when the editor failed.
fn edit_externally(
    terminal: &mut WorkbenchTerminal,
    runtime: &Runtime,
    edit: &ExternalEdit,
) -> io::Result<Option<String>> {
    // NamedTempFile is created 0600 and removed when dropped.
    let mut file = tempfile::Builder::new().prefix("keyplan-").suffix(".md").tempfile()?;
    file.write_all(edit.text.as_bytes())?;
    file.flush()?;

    // The editor reads the keyboard now, and its Ctrl-C is its own.
    runtime.input.pause();
    runtime.signals.foreign.store(true, Ordering::SeqCst);
    restore();
    let editor = std::env::var("VISUAL")
        .ok()
        .filter(|v| !v.trim().is_empty())
        .or_else(|| std::env::var("EDITOR").ok().filter(|v| !v.trim().is_empty()))
        .unwrap_or_else(|| "vi".to_string());
    // Through the shell, so arguments in the variable ("code --wait") are honoured.
    let status = Command::new("sh").arg("-c").arg(format!("{editor} \"$1\"")).arg("keyplan").arg(file.path()).status();

    runtime.signals.foreign.store(false, Ordering::SeqCst);
    *terminal = open_terminal(terminal.backend().scrolls(), runtime.mouse)?;
    execute!(io::stdout(), EnableBracketedPaste)?;
    runtime.input.resume();
    // The edited text matters more than a perfect first frame.
    let _ = terminal.clear();
    match status {
        Ok(s) if s.success() => {
            Ok(std::fs::read(file.path()).ok().map(|bytes| String::from_utf8_lossy(&bytes).into_owned()))
        }
        _ => Ok(None),
    }
}
