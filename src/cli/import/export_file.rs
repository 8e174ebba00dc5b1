//! `keyplan import` of a `keyplan export` file, read as a stream: a
//! survey before the database is opened (the file's header and form, the
//! names it holds), then, in one transaction, a reading that merges into
//! the accounts stored before (row by row) and one that adds the new
//! accounts (in bulk, the search index and the summaries made once at the
//! end). Each reading holds one account at a time, so a file of any size
//! is imported in about the memory of its largest account.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use chrono::NaiveDate;
use indicatif::ProgressBar;

use super::super::progress::Interrupt;
use super::super::{Failure, progress};
use super::refused;
use crate::interchange::json::{self, Stopped};
use crate::interchange::merge::{Pass, PortfolioMerge, Report};
use crate::store::import::Importing;
use crate::store::{Store, StoreError};

/// An export that passed the survey.
pub(super) struct Surveyed {
    merge: PortfolioMerge,
    bar: ProgressBar,
    size: u64,
    source: Source,
}

/// The bytes read again after the survey: the file itself, or a copy of
/// what cannot be read twice (a pipe, `/dev/stdin`); with the size and time
/// of change the survey saw, so that a file changed meanwhile is refused.
struct Source {
    path: PathBuf,
    _copy: Option<tempfile::TempPath>,
    seen: (u64, Option<SystemTime>),
}

impl Source {
    fn new(file: &Path) -> Result<Source, Failure> {
        let cannot = |e: std::io::Error| {
            Failure::user(crate::t!("shell-cannot-read", path = file.display().to_string(), reason = super::reason(&e)))
        };
        let meta = std::fs::metadata(file).map_err(cannot)?;
        if meta.is_file() {
            return Ok(Source { path: file.to_path_buf(), _copy: None, seen: stamp(&meta) });
        }
        let mut copy = tempfile::NamedTempFile::new().map_err(cannot)?;
        std::io::copy(&mut File::open(file).map_err(cannot)?, &mut copy).map_err(cannot)?;
        let copy = copy.into_temp_path();
        let seen = stamp(&std::fs::metadata(&copy).map_err(cannot)?);
        Ok(Source { path: copy.to_path_buf(), _copy: Some(copy), seen })
    }

    /// Opens it for a reading; refuses a file that changed since the survey.
    fn open(&self, file: &Path) -> Result<File, Failure> {
        let opened = open(&self.path)?;
        let now = opened.metadata().map(|m| stamp(&m)).ok();
        if now != Some(self.seen) {
            return Err(changed(file));
        }
        Ok(opened)
    }
}

fn stamp(meta: &std::fs::Metadata) -> (u64, Option<SystemTime>) {
    (meta.len(), meta.modified().ok())
}

fn changed(file: &Path) -> Failure {
    Failure::user(crate::t!("shell-import-file-changed", path = file.display().to_string()))
}

/// Reads the file once for its header and form; refuses it as the reading
/// of a whole file did. The bar counts the bytes of every reading.
pub(super) fn survey(file: &Path, details: bool, interrupt: &Interrupt) -> Result<Surveyed, Failure> {
    let source = Source::new(file)?;
    let size = source.seen.0;
    let bar = progress::bytes(size.saturating_mul(2), crate::l10n::text("shell-import-progress"));
    let mut merge = PortfolioMerge::new(details);
    let mut note = |glimpse: Option<json::Glimpse<'_>>, read: u64| {
        bar.set_position(read);
        merge.glimpse(glimpse.map(|g| (g.name, g.status)));
        if interrupt.stopped() { Err(StoreError::Interrupted) } else { Ok(()) }
    };
    json::survey(file, source.open(file)?, &mut note).map_err(|e| stopped(file, e, interrupt))?;
    interrupt.check()?;
    Ok(Surveyed { merge, bar, size, source })
}

/// Writes the surveyed file into `store`: committed unless `commit` is false
/// (a dry run). Ctrl-C or a refused account rolls everything back.
pub(super) fn import(
    store: &mut Store,
    file: &Path,
    today: NaiveDate,
    commit: bool,
    surveyed: Surveyed,
    interrupt: &Interrupt,
) -> Result<Report, Failure> {
    let Surveyed { mut merge, bar, size, source } = surveyed;
    let report = store.import_streamed(commit, |importing| {
        let mut readings =
            Readings { file, source: &source, today, merge: &mut merge, bar: &bar, size, done: 1, interrupt };
        // Into a database with accounts: first what merges into them, row
        // by row with every trigger; then the new accounts in bulk.
        let stored = importing.snapshot().last_account().map_err(|e| refused(file, e))?;
        if stored.0 > 0 {
            bar.set_length(size.saturating_mul(3));
            readings.write(importing, Pass::Stored)?;
        }
        if readings.merge.adds() {
            importing.in_bulk(|importing| readings.write(importing, Pass::New))?;
        }
        interrupt.check()?;
        Ok::<_, Failure>(())
    });
    bar.finish_and_clear();
    // Stopped while SQLite computed the bulk sums or committed: the
    // statement reports an error, but the user asked to stop.
    report.map_err(|e| interrupt.judge(e))?;
    Ok(merge.report())
}

/// The readings after the survey, and where the bar stands.
struct Readings<'a> {
    file: &'a Path,
    source: &'a Source,
    today: NaiveDate,
    merge: &'a mut PortfolioMerge,
    bar: &'a ProgressBar,
    size: u64,
    /// Readings finished so far, the survey included.
    done: u64,
    interrupt: &'a Interrupt,
}

impl Readings<'_> {
    /// Reads the file again and writes the accounts `pass` is for.
    fn write(&mut self, importing: &Importing<'_>, pass: Pass) -> Result<(), Failure> {
        let mut index = 0;
        let base = self.size.saturating_mul(self.done);
        let (merge, bar, interrupt) = (&mut *self.merge, self.bar, self.interrupt);
        let mut each = |dossier, read: u64| {
            bar.set_position(base + read);
            if interrupt.stopped() {
                return Err(StoreError::Interrupted);
            }
            let change = merge.take(&importing.snapshot(), pass, index, dossier)?;
            index += 1;
            match change {
                Some(change) => importing.apply(&change).map(|_| ()),
                None => Ok(()),
            }
        };
        json::read_each(self.file, self.source.open(self.file)?, self.today, &mut each)
            .map_err(|e| stopped(self.file, e, interrupt))?;
        // The same entries as the survey's, or the file changed in between.
        if index != merge.entries() {
            return Err(changed(self.file));
        }
        self.done += 1;
        Ok(())
    }
}

fn open(file: &Path) -> Result<File, Failure> {
    File::open(file).map_err(|e| {
        Failure::user(crate::t!("shell-cannot-read", path = file.display().to_string(), reason = super::reason(&e)))
    })
}

/// A reading's end as the user is told it: the file's problem, a refused
/// write naming the file, or the interruption.
fn stopped(file: &Path, stop: Stopped<StoreError>, interrupt: &Interrupt) -> Failure {
    match stop {
        Stopped::File(problem) => interrupt.judge(Failure::user(problem.to_string())),
        Stopped::By(error) => interrupt.judge(refused(file, error)),
    }
}
