//! `keyplan export`: the whole portfolio as JSON (complete, versioned),
//! Markdown (a handover document per account), CSV (the portfolio table) or
//! iCalendar (open follow-ups and milestones).

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::Failure;
use super::show::print;
use crate::interchange::{csv, ics, json, markdown};
use crate::store::Store;

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// Every field of every account, versioned; `keyplan import` reads it back.
    Json,
    /// One handover document per account, in one file.
    Md,
    /// The portfolio table, one row per account.
    Csv,
    /// Open follow-ups and milestones as all-day events, for a calendar to subscribe to.
    Ics,
}

#[derive(clap::Args, Debug)]
pub struct ExportArgs {
    #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
    pub format: ExportFormat,
    /// Write to this file (private, 0600, replaced atomically) instead of standard output.
    #[arg(long, short, value_name = "PATH")]
    pub output: Option<PathBuf>,
}

pub const EXAMPLES: &str = "Examples:\n  keyplan export --output portfolio.json        everything, to import on another machine\n  keyplan export --format md --output handover.md\n  keyplan export --format csv > portfolio.csv    for a spreadsheet\n  keyplan export --format ics --output ~/public/keyplan.ics   for a calendar to subscribe to";

pub fn run(path: &Path, today: NaiveDate, args: &ExportArgs) -> Result<(), Failure> {
    let store = Store::open_read_only(path)?;
    let portfolio = store.snapshot(|s| s.portfolio())?;
    let text = match args.format {
        ExportFormat::Json => json::write(&portfolio),
        ExportFormat::Md => markdown::portfolio(&portfolio, today),
        ExportFormat::Ics => ics::calendar(&portfolio, today),
        ExportFormat::Csv => {
            let summaries = store.list_accounts()?;
            let by_id: HashMap<_, _> = summaries.iter().map(|s| (s.id, s)).collect();
            let rows: Vec<_> = portfolio
                .iter()
                .filter_map(|d| by_id.get(&d.account.id).map(|s| (d.account.clone(), d.people.len(), *s)))
                .collect();
            csv::portfolio(&rows)
        }
    };
    match &args.output {
        None => print(&text),
        Some(output) => {
            write_private(output, text.as_bytes())
                .map_err(|e| Failure::user(format!("could not write {} ({e})", output.display())))?;
            print(&format!("Wrote {} accounts to {}.\n", portfolio.len(), output.display()))
        }
    }
}

/// Writes a confidential file: readable by its owner only (0600), and
/// atomically (a temporary file in the same directory, synced, then renamed
/// over the target), so a reader never sees half a file.
pub fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    // tempfile creates the file 0600 on Unix.
    let mut temp = tempfile::Builder::new().prefix(".keyplan-export-").tempfile_in(dir)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    temp.persist(path).map_err(|e| e.error)?;
    Ok(())
}
