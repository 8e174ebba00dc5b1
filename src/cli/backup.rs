//! `keyplan backup [PATH]`: a consistent copy of the database, made with
//! SQLite's backup API while the workbench may be open on it.

use std::path::{Path, PathBuf};

use super::{Failure, out};

#[derive(clap::Args, Debug)]
pub struct BackupArgs {
    #[arg(value_name = "PATH")]
    pub path: Option<PathBuf>,
}

pub fn run(database: &Path, args: &BackupArgs) -> Result<(), Failure> {
    let store = super::open_for_reading(database)?;
    let written = match &args.path {
        None => store.backup_named("")?,
        Some(path) => {
            let target = if path.is_dir() { path.join(default_name(database)) } else { path.clone() };
            store.backup_to(&target)?;
            target
        }
    };
    out::print(&format!("{}\n", written.display()))
}

/// `keyplan-20261201T143005.db` for `keyplan.db`.
fn default_name(database: &Path) -> String {
    let stem = database.file_stem().map_or_else(|| "keyplan".into(), |s| s.to_string_lossy().into_owned());
    format!("{stem}-{}.db", chrono::Local::now().format("%Y%m%dT%H%M%S"))
}
