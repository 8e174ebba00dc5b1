//! The command line: clap definitions and one small file per command.

mod backup;
mod check;
mod completions;
mod demo;
mod demo_dir;
mod done;
mod exit;
mod export;
mod history;
mod import;
mod language;
mod list;
mod log;
mod man;
mod out;
pub mod resolve;
mod restore;
mod revert;
mod say;
mod search;
mod show;
mod workbench;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::clock::Clock;
use crate::domain::dates;

pub use exit::{Exit, Failure};

#[derive(Parser, Debug)]
#[command(name = "keyplan", bin_name = "keyplan", version, about = "A terminal workbench for key account managers.", long_about = None)]
#[command(after_help = after_help())]
pub struct Cli {
    /// The database file [default: keyplan.db in the platform data directory].
    #[arg(long, global = true, env = "KEYPLAN_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// The date keyplan believes it is (YYYY-MM-DD), for every screen and command.
    #[arg(long, global = true, env = "KEYPLAN_TODAY", value_name = "DATE", allow_hyphen_values = true)]
    pub today: Option<String>,

    /// The interface language: en, uk, ru or ka [default: settings.toml, then LC_ALL, LC_MESSAGES, LANG].
    #[arg(long, global = true, value_name = "LANG", value_parser = language::parse)]
    pub lang: Option<crate::l10n::Language>,

    /// Open a freshly made sample portfolio in a throw-away file; your own database is not touched.
    #[arg(long, conflicts_with = "db")]
    pub demo: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Fill an empty database with the sample portfolio.
    #[command(
        after_help = "Examples:\n  keyplan demo --db /tmp/sample.db && keyplan --db /tmp/sample.db\n  keyplan demo --db /tmp/big.db --accounts 10000 --touchpoints 1000000   the reference size of the benchmarks"
    )]
    Demo {
        /// Instead of the sample, generate a synthetic portfolio of this many accounts.
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
        accounts: Option<u64>,
        /// Touchpoints in all for the synthetic portfolio [default: 100 per account].
        #[arg(long, value_name = "M", requires = "accounts", value_parser = clap::value_parser!(u64).range(0..=100_000_000))]
        touchpoints: Option<u64>,
        /// Seed of the synthetic portfolio: the same seed gives the same portfolio.
        #[arg(long, value_name = "S", requires = "accounts", default_value_t = 1)]
        seed: u64,
    },
    /// List what is slipping: overdue touchpoints, late follow-ups, passed milestones, round dates ahead.
    #[command(
        after_help = "Examples:\n  keyplan check                      one line per alert\n  keyplan check --format json        for scripts\n  keyplan check --exit-code || echo 'something is overdue'"
    )]
    Check {
        #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
        format: OutputFormat,
        /// Exit with status 1 when any alert is overdue, 0 otherwise.
        #[arg(long)]
        exit_code: bool,
        /// Announce birthdays and anniversaries this many days ahead [default: from the settings, 14].
        #[arg(long, value_name = "DAYS", value_parser = clap::value_parser!(u32).range(0..=366))]
        within: Option<u32>,
    },
    /// Print one dossier (or one section of it) as text fitted to the terminal, Markdown or JSON.
    #[command(after_help = show::EXAMPLES)]
    Show(show::ShowArgs),
    /// Print an account's history: every change, newest first, when, on which machine and what changed.
    #[command(after_help = history::EXAMPLES)]
    History(history::HistoryArgs),
    /// Write the whole portfolio as JSON, Markdown, CSV or an iCalendar of follow-ups and milestones.
    #[command(after_help = export::EXAMPLES)]
    Export(export::ExportArgs),
    /// Read accounts and people from a keyplan JSON export, a CSV file or vCards; all or nothing.
    #[command(after_help = import::AFTER_HELP)]
    Import(import::ImportArgs),
    /// The portfolio: every account ranked by annual sales, as a table, JSON or CSV.
    #[command(after_help = list::EXAMPLES)]
    List(list::ListArgs),
    /// Log a touchpoint with an account in one line; prints what it stored.
    #[command(after_help = log::EXAMPLES)]
    Log(log::LogArgs),
    /// Mark a promised follow-up or a plan milestone of an account done.
    #[command(after_help = done::EXAMPLES)]
    Done(done::DoneArgs),
    /// Take back one change kept in the history (#N of `keyplan history`): a deleted record comes back.
    #[command(after_help = revert::EXAMPLES)]
    Revert(revert::RevertArgs),
    /// Write a copy of the database (while it may be in use); prints its path.
    #[command(after_help = backup::EXAMPLES)]
    Backup(backup::BackupArgs),
    /// Put a backup back as the database, after writing a copy of the current file.
    #[command(after_help = restore::EXAMPLES)]
    Restore(restore::RestoreArgs),
    /// Find words anywhere in every dossier and log: best matches first, with the text around them.
    #[command(after_help = search::EXAMPLES)]
    Search(search::SearchArgs),
    /// Print a shell completion script for bash, zsh, fish, elvish or powershell.
    #[command(after_help = completions::EXAMPLES)]
    Completions(completions::CompletionsArgs),
    /// Print the manual page (roff), generated from these definitions.
    #[command(after_help = man::EXAMPLES)]
    Man,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutputFormat {
    Text,
    Json,
}

const EXAMPLES: &str = "Examples:\n  keyplan --demo            explore a sample portfolio (a throw-away file)\n  keyplan                   open your own portfolio\n  keyplan --db work.db      open another database file";

fn after_help() -> String {
    format!("{EXAMPLES}\n\n{}", exit::help_table().trim_end())
}

pub fn main() -> ExitCode {
    use clap::{CommandFactory, FromArgMatches};
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    language::choose(&args);
    // Plain styles: clap's colours in an error could not be told from
    // escapes in what was typed, which `usage` shows visibly.
    let parsed = Cli::command()
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
        let _ = match Cli::try_parse() {
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
        Some(Command::List(args)) => list::run(&database_path(cli.db)?, &args),
        Some(Command::Log(args)) => log::run(&database_path(cli.db)?, today, &args),
        Some(Command::Done(args)) => done::run(&database_path(cli.db)?, today, &args),
        Some(Command::Revert(args)) => revert::run(&database_path(cli.db)?, &args),
        Some(Command::Backup(args)) => backup::run(&database_path(cli.db)?, &args),
        Some(Command::Restore(args)) => restore::run(&database_path(cli.db)?, &args),
        Some(Command::Search(args)) => search::run(&database_path(cli.db)?, &args),
        Some(Command::Completions(args)) => completions::run(&args),
        Some(Command::Man) => man::run(),
        None if cli.demo => workbench::open_demo(clock),
        None => workbench::open(&database_path(cli.db)?, clock),
    }
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

/// `--db`, `KEYPLAN_DB`, or keyplan.db in the platform data directory.
pub fn database_path(option: Option<PathBuf>) -> Result<PathBuf, Failure> {
    if let Some(path) = option {
        return Ok(path);
    }
    directories::ProjectDirs::from("", "", "keyplan")
        .map(|dirs| dirs.data_dir().join("keyplan.db"))
        .ok_or_else(|| Failure::user("no home directory was found: say where the database is with --db PATH"))
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
        say::warn(&format!("upgraded {}; the previous version is kept in {}", path.display(), backup.display()));
    }
    Ok(opened.store)
}

/// Opens a database for a command that only reads. A file written by an
/// older keyplan is upgraded first (with its backup, as the workbench
/// would), so `ssh host keyplan show acme` keeps working after an update.
pub fn open_for_reading(path: &std::path::Path) -> Result<crate::store::Store, Failure> {
    use crate::store::{Store, StoreError};
    match Store::open_read_only(path) {
        Err(StoreError::TooOld { found, known, .. }) => {
            let opened = Store::open(path).map_err(|e| match e {
                StoreError::ReadOnly { .. } | StoreError::ReadOnlyDirectory { .. } => Failure::user(format!(
                    "{} was written by an older keyplan (schema {found}; this one reads {known}) and cannot be \
                     upgraded where it is, since keyplan cannot write there: copy it to a directory you can write \
                     and open it there",
                    path.display()
                )),
                other => other.into(),
            })?;
            if let Some(backup) = &opened.backup {
                say::warn(&format!(
                    "upgraded {}; the previous version is kept in {}",
                    path.display(),
                    backup.display()
                ));
            }
            drop(opened);
            Ok(Store::open_read_only(path)?)
        }
        other => Ok(other?),
    }
}
