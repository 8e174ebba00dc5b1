//! The command line: clap definitions and one small file per command.

mod backup;
mod check;
mod close;
mod completions;
mod demo;
mod demo_dir;
mod done;
mod exit;
mod export;
mod fresh;
mod help;
mod history;
mod import;
mod language;
mod list;
mod log;
mod man;
mod out;
mod people;
mod progress;
mod report;
pub mod resolve;
mod restore;
mod revert;
pub mod sales;
mod say;
mod search;
mod show;
mod workbench;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::clock::Clock;
use crate::domain::dates;

pub use exit::{Exit, Failure};

#[derive(Parser, Debug)]
// The texts of the help are the catalogues' (`help::localize`).
#[command(name = "keyplan", bin_name = "keyplan", version, long_about = None)]
pub struct Cli {
    #[arg(long, global = true, env = "KEYPLAN_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,

    #[arg(long, global = true, env = "KEYPLAN_TODAY", value_name = "DATE", allow_hyphen_values = true)]
    pub today: Option<String>,

    #[arg(long, global = true, value_name = "LANG", value_parser = language::parse)]
    pub lang: Option<crate::l10n::Language>,

    #[arg(long, conflicts_with = "db")]
    pub demo: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    Demo {
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
        accounts: Option<u64>,
        #[arg(long, value_name = "M", requires = "accounts", value_parser = clap::value_parser!(u64).range(0..=100_000_000))]
        touchpoints: Option<u64>,
        #[arg(long, value_name = "S", requires = "accounts", default_value_t = 1)]
        seed: u64,
    },
    Check {
        #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
        format: OutputFormat,
        #[arg(long)]
        exit_code: bool,
        #[arg(long, value_name = "DAYS", value_parser = clap::value_parser!(u32).range(0..=366))]
        within: Option<u32>,
    },
    Show(show::ShowArgs),
    History(history::HistoryArgs),
    Export(export::ExportArgs),
    Import(import::ImportArgs),
    List(list::ListArgs),
    Log(log::LogArgs),
    Done(done::DoneArgs),
    Close(close::CloseArgs),
    WinBack(close::WinBackArgs),
    Revert(revert::RevertArgs),
    Backup(backup::BackupArgs),
    Restore(restore::RestoreArgs),
    People(people::PeopleArgs),
    Search(search::SearchArgs),
    Report(report::ReportArgs),
    Sales(sales::SalesArgs),
    Completions(completions::CompletionsArgs),
    Man,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutputFormat {
    Text,
    Json,
}

/// The command line with every help text in the current language.
pub fn definition() -> clap::Command {
    use clap::CommandFactory;
    help::localize(Cli::command())
}

pub fn main() -> ExitCode {
    use clap::FromArgMatches;
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    language::choose(&args);
    // A Tab in the shell: the candidates, then exit.
    completions::answer();
    // Plain styles: clap's colours in an error could not be told from
    // escapes in what was typed, which `usage` shows visibly.
    let parsed = definition()
        .styles(clap::builder::Styles::plain())
        .try_get_matches_from(&args)
        .and_then(|matches| Cli::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => return usage(&e),
    };
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            if !failure.message.is_empty() {
                say::warn(&failure.message);
            }
            ExitCode::from(failure.exit.code())
        }
    }
}

/// clap's help and version as they are; its errors (which quote what was
/// typed) made visible, with its exit code (2).
fn usage(e: &clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        // Help quotes nothing typed: parsed again, it comes in colour.
        let _ = match definition().try_get_matches() {
            Err(styled) => styled.print(),
            Ok(_) => e.print(),
        };
    } else {
        eprint!("{}", say::visible(&e.render().ansi().to_string()));
    }
    ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(Exit::Mistake.code()))
}

fn run(cli: Cli) -> Result<(), Failure> {
    let clock = clock(cli.today.as_deref())?;
    let database = cli.db.clone();
    // A damaged page found by any query is named after the file here.
    command(cli, clock).map_err(|failure| match database_path(database) {
        Ok(path) => failure.about(&path),
        Err(_) => failure,
    })
}

fn command(cli: Cli, clock: Clock) -> Result<(), Failure> {
    let today = clock.today();
    match cli.command {
        Some(Command::Demo { accounts: None, .. }) => demo::fill(&database_path(cli.db)?, today),
        Some(Command::Demo { accounts: Some(accounts), touchpoints, seed }) => {
            let accounts = accounts as usize;
            let touchpoints = touchpoints.map_or(accounts.saturating_mul(100), |t| t as usize);
            let scale = crate::sample::Scale { accounts, touchpoints, seed, today };
            demo::generate(&database_path(cli.db)?, scale)
        }
        Some(Command::Check { format, exit_code, within }) => {
            let options = check::CheckOptions { format, exit_code, within };
            let overdue = check::run(&database_path(cli.db)?, today, &options)?;
            if options.exit_code && overdue {
                return Err(Failure::alerts());
            }
            Ok(())
        }
        Some(Command::Show(args)) => show::run(&database_path(cli.db)?, today, &args),
        Some(Command::History(args)) => history::run(&database_path(cli.db)?, &args),
        Some(Command::Export(args)) => export::run(&database_path(cli.db)?, today, &args),
        Some(Command::Import(args)) => import::run(&database_path(cli.db)?, today, &args),
        Some(Command::List(args)) => list::run(&database_path(cli.db)?, today, &args),
        Some(Command::Log(args)) => log::run(&database_path(cli.db)?, today, &args),
        Some(Command::Done(args)) => done::run(&database_path(cli.db)?, today, &args),
        Some(Command::Close(args)) => close::run_close(&database_path(cli.db)?, today, &args),
        Some(Command::WinBack(args)) => close::run_win_back(&database_path(cli.db)?, today, &args),
        Some(Command::Revert(args)) => revert::run(&database_path(cli.db)?, &args),
        Some(Command::Backup(args)) => backup::run(&database_path(cli.db)?, &args),
        Some(Command::Restore(args)) => restore::run(&database_path(cli.db)?, &args),
        Some(Command::People(args)) => people::run(&database_path(cli.db)?, &args),
        Some(Command::Search(args)) => search::run(&database_path(cli.db)?, &args),
        Some(Command::Report(args)) => report::run(&database_path(cli.db)?, today, &args),
        Some(Command::Sales(args)) => sales::run(&database_path(cli.db)?, today, &args),
        Some(Command::Completions(args)) => completions::run(&args),
        Some(Command::Man) => man::run(),
        // Refused before any file is touched or any escape sequence written.
        None if !crate::terminal::workbench_can_run_here() => Err(workbench::needs_a_terminal()),
        None if cli.demo => workbench::open_demo(clock),
        None => {
            let given = cli.db.is_some();
            workbench::open(&database_path(cli.db)?, given, clock)
        }
    }
}

/// Whether the directory a file given on the command line would live in
/// exists: a mistyped `--db` never becomes a new portfolio somewhere
/// unexpected (the default place's directory is made on first use).
pub fn directory_exists(path: &Path) -> bool {
    path.parent().is_none_or(|dir| dir.as_os_str().is_empty() || dir.is_dir())
}

/// The sentence refusing a file whose directory does not exist.
pub fn no_directory(path: &Path) -> Failure {
    let dir = path.parent().unwrap_or(path);
    Failure::user(crate::t!("shell-workbench-no-directory", path = dir.display().to_string()))
}

/// The clock is injected here, once, for every screen and command: the
/// local calendar, or the date `--today` gives.
pub fn clock(option: Option<&str>) -> Result<Clock, Failure> {
    match option.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(Clock::Local),
        Some(text) => dates::parse_date(text, Clock::Local.today())
            .map(Clock::Fixed)
            .map_err(|e| Failure::user(format!("--today: {e}"))),
    }
}

/// The database's file name in the platform data directory.
pub const DATABASE_FILE: &str = "keyplan.db";

/// `--db`, `KEYPLAN_DB`, or keyplan.db in the platform data directory.
pub fn database_path(option: Option<PathBuf>) -> Result<PathBuf, Failure> {
    if let Some(path) = option {
        return Ok(path);
    }
    directories::ProjectDirs::from("", "", "keyplan")
        .map(|dirs| dirs.data_dir().join(DATABASE_FILE))
        .ok_or_else(|| Failure::user(crate::l10n::text("shell-no-home")))
}

/// Opens an existing database for a command that adds to it (upgrading an
/// older one first, with its backup): it never starts one in a mistyped path.
pub fn open_for_writing(path: &std::path::Path) -> Result<crate::store::Store, Failure> {
    use crate::store::{Store, StoreError};
    if !path.exists() {
        return Err(StoreError::Missing { path: path.to_path_buf() }.into());
    }
    let opened = Store::open(path)?;
    if let Some(backup) = &opened.backup {
        say::warn(&upgraded(path, backup));
    }
    Ok(opened.store)
}

/// The warning after an upgrade: the file, and where its previous version is kept.
pub fn upgraded(path: &std::path::Path, backup: &std::path::Path) -> String {
    crate::t!("shell-upgraded", path = path.display().to_string(), backup = backup.display().to_string())
}

/// Opens a database for a command that reads sales figures (the portfolio's
/// ranking, the analysis): as [`open_for_reading`], with the analysis window
/// first moved to the twelve months before `today`'s when a month has begun
/// since keyplan last ran. A file keyplan may not write keeps its window.
pub fn open_for_analysis(path: &std::path::Path, today: chrono::NaiveDate) -> Result<crate::store::Store, Failure> {
    let store = open_for_reading(path)?;
    if store.sales_window_is_current(today)? {
        return Ok(store);
    }
    drop(store);
    if let Ok(opened) = crate::store::Store::open(path) {
        let mut store = opened.store;
        store.keep_sales_window(today)?;
    }
    Ok(crate::store::Store::open_read_only(path)?)
}

/// Opens a database for a command that only reads. A file written by an
/// older keyplan is upgraded first (with its backup, as the workbench
/// would), so `ssh host keyplan show acme` keeps working after an update.
pub fn open_for_reading(path: &std::path::Path) -> Result<crate::store::Store, Failure> {
    use crate::store::{Store, StoreError};
    match Store::open_read_only(path) {
        Err(StoreError::TooOld { found, known, .. }) => {
            let opened = Store::open(path).map_err(|e| match e {
                StoreError::ReadOnly { .. } | StoreError::ReadOnlyDirectory { .. } => Failure::user(crate::t!(
                    "shell-too-old-read-only",
                    path = path.display().to_string(),
                    found = found,
                    known = known
                )),
                other => other.into(),
            })?;
            if let Some(backup) = &opened.backup {
                say::warn(&upgraded(path, backup));
            }
            drop(opened);
            Ok(Store::open_read_only(path)?)
        }
        other => Ok(other?),
    }
}
