//! `keyplan import FILE`: a portfolio from `keyplan export`, accounts or
//! people from a CSV file, people from vCards. All or nothing, in one
//! transaction; importing the same file twice adds nothing (the merge rules
//! are in `interchange`'s documentation and in `keyplan import --help`).

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::fresh::Target;
use super::out::print;
use super::progress::{self, Interrupt};
use super::{Failure, resolve};
use crate::interchange::merge::{Plan, Report, plan_people, plan_portfolio};
use crate::interchange::{FileFormat, ImportError, csv, vcard};
use crate::store::{Store, StoreError};

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportFormat {
    #[value(help = crate::l10n::text("cli-import-format-json"))]
    Json,
    #[value(help = crate::l10n::text("cli-import-format-csv"))]
    Csv,
    #[value(help = crate::l10n::text("cli-import-format-vcf"))]
    Vcf,
}

#[derive(clap::Args, Debug)]
pub struct ImportArgs {
    #[arg(value_hint = clap::ValueHint::FilePath)]
    pub file: PathBuf,
    #[arg(long, value_enum)]
    pub format: Option<ImportFormat>,
    #[arg(long)]
    pub dry_run: bool,
    #[arg(long, value_name = "ACCOUNT", add = super::completions::accounts())]
    pub account: Option<String>,
}

mod export_file;

/// What a file holds, read and checked before the database is opened.
enum Content {
    Portfolio(Vec<crate::domain::Dossier>),
    People(Vec<crate::domain::Person>),
    /// A keyplan export: surveyed now, read again while it is written.
    Export(Box<export_file::Surveyed>),
}

pub fn run(path: &Path, today: NaiveDate, args: &ImportArgs) -> Result<(), Failure> {
    let file = &args.file;
    let format = match args.format {
        Some(format) => format,
        None => guess(file)?,
    };
    let wants_account = match format {
        ImportFormat::Json => false,
        ImportFormat::Csv => args.account.is_some(),
        ImportFormat::Vcf => true,
    };
    if format == ImportFormat::Json && args.account.is_some() {
        return Err(Failure::user(crate::l10n::text("shell-import-account-with-json")));
    }
    if wants_account && args.account.is_none() {
        return Err(Failure::user(crate::t!("shell-import-needs-account", path = file.display().to_string())));
    }
    // Ctrl-C while a large file is read and checked, or written, changes nothing.
    let interrupt = Interrupt::watch()?;
    let (content, ignored) = if format == ImportFormat::Json {
        (Content::Export(Box::new(export_file::survey(file, args.dry_run, &interrupt)?)), Vec::new())
    } else {
        let bytes = std::fs::read(file).map_err(|e| {
            Failure::user(crate::t!("shell-cannot-read", path = file.display().to_string(), reason = reason(&e)))
        })?;
        read(file, &bytes, format == ImportFormat::Vcf, wants_account, today)
            .map_err(|e| Failure::user(e.to_string()))?
    };
    interrupt.check()?;

    // A dry run of a file into a database that does not exist yet is a dry
    // run into an empty one: nothing is created.
    let mut scratch = None;
    let db: PathBuf = if args.dry_run && !path.exists() {
        let dir = tempfile::tempdir()?;
        let db = dir.path().join("empty.db");
        scratch = Some(dir);
        db
    } else {
        path.to_path_buf()
    };
    if args.dry_run && scratch.is_none() {
        // Refuse (rather than upgrade) an older database on a dry run.
        Store::open_read_only(&db)?;
    }
    // Into a database that does not exist yet: a new file, named so when done.
    let target = Target::new(&db)?;
    let opened = Store::open(target.working_path())?;
    if let Some(backup) = &opened.backup {
        super::say::warn(&super::upgraded(&db, backup));
    }
    let mut store = opened.store;
    let account = match &args.account {
        Some(wanted) if wants_account => Some(resolve::account_to_write(&store, wanted)?),
        _ => None,
    };
    interrupt.attach(store.interrupt_handle());
    interrupt.check()?;
    let mut report = match content {
        Content::Export(surveyed) => {
            export_file::import(&mut store, file, today, !args.dry_run, *surveyed, &interrupt)?
        }
        content => import_whole(&mut store, file, !args.dry_run, content, account, &interrupt)?,
    };
    report.ignored = ignored;
    if !target.is_new() {
        // Committed into the database: what follows is no longer undone.
        interrupt.detach();
    }

    if !args.dry_run {
        // Imported sales count in the portfolio's ranking from now on.
        store.keep_sales_window(today).map_err(|e| interrupt.judge(e.into()))?;
    }
    drop(store);
    interrupt.check()?;
    target.finish()?;
    let mut out = String::new();
    if args.dry_run {
        for line in report.details() {
            out.push_str(&line);
            out.push('\n');
        }
        out.push_str(&format!("{}\n", crate::t!("shell-import-dry-run", summary = report.summary(true))));
    } else {
        let summary = report.summary(false);
        out.push_str(&format!(
            "{}\n",
            crate::t!("shell-import-done", path = file.display().to_string(), summary = summary)
        ));
        if !report.ignored.is_empty() {
            out.push_str(&format!("{}\n", crate::t!("shell-import-left-out", columns = report.ignored.join(", "))));
        }
    }
    // The file name and the headers left out are the file's own words.
    print(&super::say::visible(&out))
}

/// A file read whole (CSV, vCard): planned from one snapshot, then written.
fn import_whole(
    store: &mut Store,
    file: &Path,
    commit: bool,
    content: Content,
    account: Option<crate::domain::AccountId>,
    interrupt: &Interrupt,
) -> Result<Report, Failure> {
    let records = match &content {
        Content::Portfolio(dossiers) => dossiers.len(),
        Content::People(people) => people.len(),
        Content::Export(_) => 0,
    };
    let bar = progress::records(records as u64, crate::l10n::text("shell-import-progress"));
    let mut go_on = |done: usize, total: usize| {
        bar.set_length(total as u64);
        bar.set_position(done as u64);
        !interrupt.stopped()
    };
    let report = store
        .import_watched(commit, &mut go_on, |snapshot| {
            let Plan { changes, report } = match (content, account) {
                (Content::People(people), Some(id)) => plan_people(snapshot, id, people)?,
                (Content::Portfolio(dossiers), _) => plan_portfolio(snapshot, dossiers)?,
                (Content::People(_) | Content::Export(_), _) => {
                    return Err(StoreError::Invalid(crate::l10n::text("shell-import-people-need-account").into()));
                }
            };
            Ok::<_, StoreError>((changes, report))
        })
        .map_err(|e| interrupt.judge(refused(file, e)))?;
    bar.finish_and_clear();
    Ok(report)
}

fn guess(file: &Path) -> Result<ImportFormat, Failure> {
    let txt = file.extension().is_some_and(|e| e.eq_ignore_ascii_case("txt"));
    match FileFormat::of(file) {
        Some(FileFormat::Json) => Ok(ImportFormat::Json),
        Some(FileFormat::Csv) => Ok(ImportFormat::Csv),
        None if txt => Ok(ImportFormat::Csv),
        Some(FileFormat::VCard) => Ok(ImportFormat::Vcf),
        _ => Err(Failure::user(crate::t!("shell-import-format-unknown", path = file.display().to_string()))),
    }
}

/// A CSV file (of people when `people`) or vCards (`vcard`), read whole;
/// an export is read as a stream instead (`export_file`).
fn read(
    file: &Path,
    bytes: &[u8],
    vcard: bool,
    people: bool,
    today: NaiveDate,
) -> Result<(Content, Vec<String>), ImportError> {
    if vcard {
        let cards = vcard::read(file, bytes)?;
        return Ok((Content::People(cards.cards.into_iter().map(|c| c.person).collect()), cards.ignored));
    }
    if people {
        let (people, ignored) = csv::read_people(file, bytes, today)?;
        return Ok((Content::People(people), ignored));
    }
    let (accounts, ignored) = csv::read_accounts(file, bytes, today)?;
    let dossiers = accounts.into_iter().map(crate::domain::Dossier::new).collect();
    Ok((Content::Portfolio(dossiers), ignored))
}

/// A refused write names the file too; nothing was changed.
fn refused(file: &Path, error: StoreError) -> Failure {
    let user = error.is_user_error();
    let failure = Failure::from(error);
    if user {
        Failure::user(crate::t!("shell-import-refused", path = file.display().to_string(), reason = failure.message))
    } else {
        failure
    }
}

fn reason(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => crate::l10n::text("shell-no-such-file").into(),
        std::io::ErrorKind::PermissionDenied => crate::l10n::text("shell-permission-denied").into(),
        _ => error.to_string(),
    }
}
