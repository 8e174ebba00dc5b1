//! `keyplan export`: the whole portfolio as JSON (complete, versioned),
//! Markdown (a handover document per account), CSV (the portfolio table) or
//! iCalendar (open follow-ups and milestones).

use std::collections::HashMap;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::Failure;
use super::out::print;
use super::progress::{self, Interrupt};
use crate::interchange::csv::Dialect;
use crate::interchange::{FileFormat, csv, ics, json, markdown};
use crate::store::{Store, StoreError};

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    #[value(help = crate::l10n::text("cli-export-format-json"))]
    Json,
    #[value(help = crate::l10n::text("cli-export-format-md"))]
    Md,
    #[value(help = crate::l10n::text("cli-export-format-csv"))]
    Csv,
    #[value(help = crate::l10n::text("cli-export-format-ics"))]
    Ics,
}

#[derive(clap::Args, Debug)]
pub struct ExportArgs {
    #[arg(long, value_enum)]
    pub format: Option<ExportFormat>,
    #[arg(long, short, value_name = "PATH")]
    pub output: Option<PathBuf>,
    #[arg(long)]
    pub excel: bool,
}

impl ExportFormat {
    fn of(format: FileFormat) -> Option<ExportFormat> {
        match format {
            FileFormat::Json => Some(ExportFormat::Json),
            FileFormat::Markdown => Some(ExportFormat::Md),
            FileFormat::Csv => Some(ExportFormat::Csv),
            FileFormat::Calendar => Some(ExportFormat::Ics),
            FileFormat::VCard => None,
        }
    }

    /// The name `--format` takes (clap's).
    fn key(self) -> String {
        use clap::ValueEnum;
        self.to_possible_value().map(|v| v.get_name().to_string()).unwrap_or_default()
    }
}

/// The format to write: `--format`, else the one the output file's
/// extension names (as `import` reads it), else JSON. A `--format` that
/// contradicts the extension, or an extension export cannot write, is refused.
fn chosen_format(args: &ExportArgs) -> Result<ExportFormat, Failure> {
    let named = args.output.as_deref().and_then(|o| FileFormat::of(o).map(|f| (o, f)));
    let path = |o: &Path| super::say::visible(&o.display().to_string());
    match (args.format, named) {
        (Some(format), None) => Ok(format),
        (None, None) => Ok(ExportFormat::Json),
        (wanted, Some((output, named))) => match (wanted, ExportFormat::of(named)) {
            (None, Some(format)) => Ok(format),
            (Some(wanted), Some(format)) if wanted == format => Ok(format),
            (Some(wanted), Some(format)) => Err(Failure::user(crate::t!(
                "shell-export-format-contradicts",
                format = wanted.key(),
                path = path(output),
                named = format.key()
            ))),
            (_, None) => Err(Failure::user(crate::t!("shell-export-format-unwritable", path = path(output)))),
        },
    }
}

pub fn run(path: &Path, today: NaiveDate, args: &ExportArgs) -> Result<(), Failure> {
    let format = chosen_format(args)?;
    let dialect = super::out::csv_dialect(args.excel);
    if let Some(output) = &args.output
        && is_the_database(output, path)
    {
        return Err(Failure::user(crate::t!("shell-export-into-database", path = output.display().to_string())));
    }
    let store = super::open_for_analysis(path, today)?;
    let interrupt = Interrupt::watch()?;
    let how = How { format, dialect, today, interrupt: &interrupt };
    // `-o -` is standard output, as for most tools that write files.
    match args.output.as_deref().filter(|o| *o != Path::new("-")) {
        None => {
            let mut out = BufWriter::new(std::io::stdout().lock());
            let written = write(&store, &how, &mut out).and_then(|_| Ok(out.flush()?));
            match written {
                // A closed pipe (`keyplan export | head`) is not an error worth a message.
                Err(Trouble::Io(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                other => other.map(|_| ()).map_err(|e| e.into_failure(None)),
            }
        }
        Some(output) => {
            // An interrupted export leaves no file: the temporary one is removed.
            let wrote =
                write_private(output, |out| write(&store, &how, out)).map_err(|e| e.into_failure(Some(output)))?;
            let path = output.display().to_string();
            let wrote = match wrote {
                Wrote::Accounts(count) => crate::t!("shell-export-wrote", count = count, path = path),
                Wrote::Events(count) => crate::t!("shell-export-wrote-events", count = count, path = path),
            };
            print(&super::say::visible(&format!("{wrote}\n")))
        }
    }
}

/// How the portfolio is written.
struct How<'a> {
    format: ExportFormat,
    dialect: Dialect,
    today: NaiveDate,
    interrupt: &'a Interrupt,
}

/// What an export wrote: accounts, or the calendar's events.
enum Wrote {
    Accounts(usize),
    Events(usize),
}

/// Whether `output` names the database file or one of its companions
/// (`-wal`, `-shm`): replacing them would lose the portfolio.
pub(super) fn is_the_database(output: &Path, database: &Path) -> bool {
    let same = |a: &Path, b: &Path| match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    };
    ["", "-wal", "-shm"].iter().any(|suffix| {
        let mut companion = database.as_os_str().to_os_string();
        companion.push(suffix);
        same(output, Path::new(&companion))
    })
}

/// What can stop an export: the database, the place it is written to, or Ctrl-C.
pub(super) enum Trouble {
    Store(StoreError),
    Io(std::io::Error),
    Interrupted,
}

impl From<StoreError> for Trouble {
    fn from(e: StoreError) -> Self {
        Trouble::Store(e)
    }
}

impl From<std::io::Error> for Trouble {
    fn from(e: std::io::Error) -> Self {
        Trouble::Io(e)
    }
}

impl Trouble {
    pub(super) fn into_failure(self, output: Option<&Path>) -> Failure {
        match (self, output) {
            (Trouble::Interrupted, _) => Failure::interrupted(),
            (Trouble::Store(e), _) => e.into(),
            (Trouble::Io(e), Some(path)) => Failure::user(crate::t!(
                "shell-cannot-write",
                path = path.display().to_string(),
                reason = e.to_string()
            )),
            (Trouble::Io(e), None) => e.into(),
        }
    }
}

/// The portfolio in `how.format`, read from one snapshot a dossier at a
/// time (a large portfolio is never in memory whole), with a progress bar
/// on a terminal; Ctrl-C stops it between two dossiers.
fn write(store: &Store, how: &How<'_>, out: &mut dyn Write) -> Result<Wrote, Trouble> {
    store.snapshot(|snapshot| {
        let accounts = snapshot.accounts()?;
        let bar = progress::records(accounts.len() as u64, crate::l10n::text("shell-export-progress"));
        let dossiers = accounts.iter().map(|a| {
            if how.interrupt.stopped() {
                return Err(Trouble::Interrupted);
            }
            bar.inc(1);
            snapshot.dossier(a.id).map_err(Trouble::from)
        });
        let today = how.today;
        let wrote = match how.format {
            ExportFormat::Json => json::write_to(out, dossiers).map(|_| Wrote::Accounts(accounts.len()))?,
            ExportFormat::Md => {
                markdown::write_portfolio(out, dossiers, today).map(|_| Wrote::Accounts(accounts.len()))?
            }
            ExportFormat::Ics => Wrote::Events(ics::write_calendar(out, dossiers, today)?),
            ExportFormat::Csv => {
                // The same read transaction: the dates agree with the dossiers.
                let summaries: HashMap<_, _> = store.list_accounts()?.into_iter().map(|s| (s.id, s)).collect();
                csv::write_portfolio(out, dossiers, &summaries, how.dialect)?;
                Wrote::Accounts(accounts.len())
            }
        };
        bar.finish_and_clear();
        if how.interrupt.stopped() {
            return Err(Trouble::Interrupted);
        }
        Ok(wrote)
    })
}

/// Writes a confidential file: readable by its owner only (0600), and
/// atomically (a temporary file in the same directory, synced, then renamed
/// over the target), so a reader never sees half a file and a failed export
/// leaves the old file as it was.
pub(super) fn write_private<T>(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> Result<T, Trouble>,
) -> Result<T, Trouble> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    // tempfile creates the file 0600 on Unix, and removes it if we fail.
    let temp = tempfile::Builder::new().prefix(".keyplan-export-").tempfile_in(dir)?;
    let mut out = BufWriter::new(temp.as_file());
    let value = fill(&mut out)?;
    out.flush()?;
    drop(out);
    temp.as_file().sync_all()?;
    temp.persist(path).map_err(|e| e.error)?;
    Ok(value)
}
