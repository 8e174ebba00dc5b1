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
    #[arg(value_hint = clap::ValueHint::FilePath)]
    pub path: PathBuf,
}

pub fn run(database: &Path, args: &RestoreArgs) -> Result<(), Failure> {
    let restored = backups::restore(database, &args.path)?;
    let mut text = crate::t!(
        "shell-restored",
        database = database.display().to_string(),
        backup = args.path.display().to_string()
    );
    text.push('\n');
    if let Some(previous) = &restored.previous {
        text.push_str(&format!("{}\n", crate::t!("shell-restore-kept", path = previous.display().to_string())));
    }
    out::print(&text)
}
