//! `keyplan export`: the whole portfolio as JSON (complete, versioned),
//! Markdown (a handover document per account), CSV (the portfolio table) or
//! iCalendar (open follow-ups and milestones).

use std::collections::HashMap;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::Failure;
use super::out::print;
use crate::interchange::{csv, ics, json, markdown};
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
    #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
    pub format: ExportFormat,
    #[arg(long, short, value_name = "PATH")]
    pub output: Option<PathBuf>,
}

pub fn run(path: &Path, today: NaiveDate, args: &ExportArgs) -> Result<(), Failure> {
    if let Some(output) = &args.output
        && is_the_database(output, path)
    {
        return Err(Failure::user(crate::t!("shell-export-into-database", path = output.display().to_string())));
    }
    let store = super::open_for_analysis(path, today)?;
    match &args.output {
        None => {
            let mut out = BufWriter::new(std::io::stdout().lock());
            let written = write(&store, args.format, today, &mut out).and_then(|_| Ok(out.flush()?));
            match written {
                // A closed pipe (`keyplan export | head`) is not an error worth a message.
                Err(Trouble::Io(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                other => other.map_err(|e| e.into_failure(None)),
            }
        }
        Some(output) => {
            let count = write_private(output, |out| write(&store, args.format, today, out))
                .map_err(|e| e.into_failure(Some(output)))?;
            let wrote =
                format!("{}\n", crate::t!("shell-export-wrote", count = count, path = output.display().to_string()));
            print(&super::say::visible(&wrote))
        }
    }
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

/// What can stop an export: the database, or the place it is written to.
pub(super) enum Trouble {
    Store(StoreError),
    Io(std::io::Error),
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

/// The portfolio in `format`, read from one snapshot a dossier at a time
/// (a large portfolio is never in memory whole); returns how many accounts.
fn write(store: &Store, format: ExportFormat, today: NaiveDate, out: &mut dyn Write) -> Result<usize, Trouble> {
    store.snapshot(|snapshot| {
        let accounts = snapshot.accounts()?;
        let dossiers = accounts.iter().map(|a| snapshot.dossier(a.id).map_err(Trouble::from));
        match format {
            ExportFormat::Json => json::write_to(out, dossiers)?,
            ExportFormat::Md => markdown::write_portfolio(out, dossiers, today)?,
            ExportFormat::Ics => ics::write_calendar(out, dossiers, today)?,
            ExportFormat::Csv => {
                // The same read transaction: the dates agree with the dossiers.
                let summaries: HashMap<_, _> = store.list_accounts()?.into_iter().map(|s| (s.id, s)).collect();
                csv::write_portfolio(out, dossiers, &summaries)?;
            }
        }
        Ok(accounts.len())
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
