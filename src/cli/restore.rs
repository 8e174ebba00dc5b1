//! `keyplan restore PATH`: puts a backup back as the database, after
//! writing a copy of the current file. The backup's pages go into the live
//! file through SQLite's backup API, in one transaction, so a workbench
//! open on it sees one consistent change and shows the restored portfolio.

use std::path::{Path, PathBuf};

use super::{Failure, out};
use crate::store::backups;

#[derive(clap::Args, Debug)]
pub struct RestoreArgs {
    #[arg(value_name = "PATH")]
    pub path: PathBuf,
}

pub fn run(database: &Path, args: &RestoreArgs) -> Result<(), Failure> {
    let restored = backups::restore(database, &args.path)?;
    let mut text = format!("Restored {} from {}\n", database.display(), args.path.display());
    if let Some(previous) = &restored.previous {
        text.push_str(&format!("The database as it was is kept in {}\n", previous.display()));
    }
    out::print(&text)
}
