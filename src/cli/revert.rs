//! `keyplan revert CHANGE`: takes back one change kept in the history, from
//! any session: a deleted record comes back (with its global id), an edit
//! gives way to the version before it, a new record goes. The numbers are
//! the `#N` of `keyplan history`. Like `u` in the workbench, it is refused
//! (exit 2, nothing written) when the record has changed since.

use std::path::Path;

use super::{Failure, out};
use crate::domain::changes;
use crate::domain::history::EntryId;
use crate::store::StoreError;

#[derive(clap::Args, Debug)]
pub struct RevertArgs {
    #[arg(value_name = "CHANGE")]
    pub change: i64,
}

pub fn run(path: &Path, args: &RevertArgs) -> Result<(), Failure> {
    let mut store = super::open_for_writing(path)?;
    let entry = store.history_entry(EntryId(args.change))?;
    let what = changes::describe(&entry);
    match store.revert(&[entry.id]) {
        Ok(_) => {
            out::print(&format!("{}\n", crate::t!("shell-reverted", what = what, change = entry.id.0.to_string())))
        }
        Err(StoreError::Conflict { .. }) => {
            Err(Failure::user(crate::t!("shell-revert-conflict", what = what, change = entry.id.0.to_string())))
        }
        Err(e) => Err(e.into()),
    }
}
