//! The terminal side: setup and restore on every exit path, the event loop,
//! and suspending the screen for `$VISUAL`/`$EDITOR`.

use std::io::{self, Stdout, Write};
use std::process::Command;
use std::time::Duration;

use crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste, Event, KeyCode, KeyEvent, KeyModifiers};
use crossterm::terminal::{BeginSynchronizedUpdate, EndSynchronizedUpdate, EnterAlternateScreen, enable_raw_mode};
use crossterm::{execute, queue};
use ratatui::Terminal;
use ratatui::backend::{Backend, CrosstermBackend};

use crate::app::editor::ExternalEdit;
use crate::app::{Action, App, update};
use crate::checker::{CheckEvent, Checker, Worker};
use crate::scrolling::ScrollingBackend;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::channel;

/// How long the loop waits for a key before looking at other news.
const POLL: Duration = Duration::from_millis(100);

/// The workbench's terminal: crossterm on stdout, with moved rows sent as scrolls.
pub type WorkbenchTerminal = Terminal<ScrollingBackend<CrosstermBackend<Stdout>>>;

/// Runs the workbench until the user quits. The terminal is restored
/// whatever happens, panics included. `scroll_regions` false sends every
/// frame as plain cell updates, for terminals that mishandle scrolling.
pub fn run(app: &mut App, check: Option<(Checker, Duration)>, scroll_regions: bool) -> io::Result<()> {
    install_panic_hook();
    let mut terminal = match open_terminal(scroll_regions) {
        Ok(terminal) => terminal,
        Err(error) => {
            ratatui::restore();
            return Err(error);
        }
    };
    let result = execute!(io::stdout(), EnableBracketedPaste).and_then(|()| event_loop(&mut terminal, app, check));
    let _ = execute!(io::stdout(), DisableBracketedPaste);
    ratatui::restore();
    result
}

/// What `ratatui::try_init` does, over our backend: raw mode and the
/// alternate screen, which starts blank as the backend is told.
fn open_terminal(scroll_regions: bool) -> io::Result<WorkbenchTerminal> {
    enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen)?;
    let backend = CrosstermBackend::new(io::stdout());
    let size = backend.size()?;
    Terminal::new(if scroll_regions {
        ScrollingBackend::new(backend, size)
    } else {
        ScrollingBackend::without_scrolling(backend)
    })
}

/// Installed once, before the terminal is touched: a panic message must
/// land on a restored terminal.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableBracketedPaste);
        ratatui::restore();
        previous(info);
    }));
}

fn event_loop(terminal: &mut WorkbenchTerminal, app: &mut App, check: Option<(Checker, Duration)>) -> io::Result<()> {
    // The first frame comes before the background check starts, so the two
    // do not compete for the processor while the user waits to see anything.
    // Asked to end as soon as anything shows, it ends as `q` does.
    let stopped = stop_on_signals();
    draw(terminal, app)?;
    let (events, results) = channel();
    let worker = check.map(|(checker, interval)| Worker::spawn(checker, interval, events));
    let mut dirty = false;
    while app.running && !stopped.load(Ordering::Relaxed) {
        // News from the background check: no key needs to be pressed.
        while let Ok(event) = results.try_recv() {
            update(app, check_action(event));
            dirty = true;
        }
        if std::mem::take(&mut app.saved)
            && let Some(worker) = &worker
        {
            worker.saved();
        }
        if dirty {
            draw(terminal, app)?;
            dirty = false;
        }
        if let Some(edit) = app.external_edit.clone() {
            let text = edit_externally(terminal, &edit)?;
            update(app, Action::ExternalEditDone(text));
            dirty = true;
            continue;
        }
        if !event::poll(POLL)? {
            continue;
        }
        match event::read()? {
            // Only Ctrl-C acts while the window is too small to show anything
            // (the frame is drawn again all the same: nothing changes).
            Event::Key(key) if !fits(terminal) && !is_ctrl_c(&key) => {}
            Event::Key(key) => app.handle_key(key),
            Event::Paste(text) => update(app, Action::Paste(text)),
            // The terminal may have lost its picture even when the size ends
            // where it began (a burst of resizes): repaint everything.
            Event::Resize(..) => terminal.clear()?,
            _ => continue,
        }
        dirty = true;
    }
    Ok(())
}

/// Set when the process is asked to end (SIGTERM): the loop then ends the
/// way `q` does, so the terminal is restored, the file checkpointed and a
/// throw-away sample removed. Nothing can be asked any more: what was typed
/// and not saved is lost, as it would be anyway.
///
/// SIGHUP (the terminal is gone) keeps its default, ending the process at
/// once: crossterm reads a closed terminal in a loop that never returns, so
/// a process that outlived its terminal would spin for ever.
fn stop_on_signals() -> Arc<AtomicBool> {
    let stopped = Arc::new(AtomicBool::new(false));
    // Without the handler the default (ending at once) still applies.
    let _ = signal_hook::flag::register(signal_hook::consts::SIGTERM, Arc::clone(&stopped));
    stopped
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
fn edit_externally(terminal: &mut WorkbenchTerminal, edit: &ExternalEdit) -> io::Result<Option<String>> {
    // NamedTempFile is created 0600 and removed when dropped.
    let mut file = tempfile::Builder::new().prefix("keyplan-").suffix(".md").tempfile()?;
    file.write_all(edit.text.as_bytes())?;
    file.flush()?;

    let _ = execute!(io::stdout(), DisableBracketedPaste);
    ratatui::restore();
    let editor = std::env::var("VISUAL")
        .ok()
        .filter(|v| !v.trim().is_empty())
        .or_else(|| std::env::var("EDITOR").ok().filter(|v| !v.trim().is_empty()))
        .unwrap_or_else(|| "vi".to_string());
    // Through the shell, so arguments in the variable ("code --wait") are honoured.
    let status = Command::new("sh").arg("-c").arg(format!("{editor} \"$1\"")).arg("keyplan").arg(file.path()).status();

    *terminal = open_terminal(terminal.backend().scrolls())?;
    execute!(io::stdout(), EnableBracketedPaste)?;
    // The edited text matters more than a perfect first frame: a terminal
    // that does not answer a query must not lose it.
    let _ = terminal.clear();
    match status {
        Ok(s) if s.success() => {
            Ok(std::fs::read(file.path()).ok().map(|bytes| String::from_utf8_lossy(&bytes).into_owned()))
        }
        _ => Ok(None),
    }
}
