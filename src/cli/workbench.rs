//! Opening the interactive workbench on a database file.

use std::path::Path;

use super::Failure;
use crate::app::App;
use crate::checker::{Checker, Opening};
use crate::clock::Clock;
use crate::store::Store;

/// One sentence: the workbench needs a terminal, and the commands that do not.
pub fn needs_a_terminal() -> Failure {
    Failure::user(crate::l10n::text("shell-workbench-needs-terminal"))
}

/// Opens the workbench on `path`. A file given (`--db`, `KEYPLAN_DB`) in a
/// directory that does not exist is refused, as the commands refuse it: a
/// mistyped path never becomes a new empty portfolio somewhere unexpected.
/// The default place's directory is made on first use.
pub fn open(path: &Path, given: bool, clock: Clock) -> Result<(), Failure> {
    if given && !super::directory_exists(path) {
        return Err(super::no_directory(path));
    }
    let mut opened = Store::open(path)?;
    opened.store.keep_sales_window(clock.today())?;
    let mut app = App::new(opened.store, clock.today())?;
    if let Some(backup) = opened.backup {
        app.say(crate::t!("shell-workbench-upgraded", backup = backup.display().to_string()));
    }
    run(app, path, clock, false)
}

/// The sample portfolio in a throw-away directory, removed on quit (or by
/// the next `--demo` when this one is killed).
pub fn open_demo(clock: Clock) -> Result<(), Failure> {
    let dir = super::demo_dir::make(&std::env::temp_dir())?;
    let path = dir.path().join("sample.db");
    let mut store = Store::open(&path)?.store;
    for dossier in crate::sample::sample_portfolio(clock.today()) {
        store.insert_dossier(&dossier)?;
    }
    store.keep_sales_window(clock.today())?;
    let mut app = App::new(store, clock.today())?;
    app.say(crate::l10n::text("shell-workbench-sample"));
    run(app, &path, clock, true)
}

/// Starts the background check beside the workbench and runs it until quit.
/// The check reads `clock` on every run, and the workbench follows its day.
fn run(mut app: App, path: &Path, clock: Clock, demo: bool) -> Result<(), Failure> {
    let (settings, warning) = crate::settings::load();
    if let Some(warning) = warning {
        app.complain(warning);
    }
    app.set_settings(settings);
    app.colours = crate::terminal::ColourDepth::from_env();
    // Opened by the check's own thread, after the first frame.
    let routine = (settings.backups.routine && !demo).then_some(settings.backups.keep);
    let (at, check_settings) = (path.to_path_buf(), settings.check_settings());
    let open: Opening = Box::new(move || {
        let checker = Checker::open(&at, clock, check_settings)?;
        // Not for a throw-away sample: its backups would outlive it.
        Ok(match routine {
            Some(keep) => checker.with_routine_backups(keep),
            None => checker,
        })
    });
    let ran = crate::runtime::run(&mut app, Some((open, settings.check_interval())), settings.scroll_regions);
    // The background check's connection is not waited for, so SQLite's own
    // checkpoint at the last close may never come: make the file whole now.
    let _ = app.store.checkpoint();
    ran?;
    Ok(())
}
