//! The only place that speaks SQL. One SQLite file holds the whole portfolio;
//! [`Store`] wraps the connection and returns domain types.
//!
//! - `open`, `inspect`, `files`: opening, refusals, pragmas, permissions, the backup before an upgrade;
//! - `backups`: copies through the backup API (routine, on demand, before a purge), and restoring one;
//! - `schema` and `migrations/`: the schema as embedded SQL;
//! - `codec`: how ids, enums, dates and times are stored;
//! - `accounts`, `texts`, `plan`, `people`, `competitors`, `touchpoints`,
//!   `follow_ups`, `dossier`: one file per aggregate;
//! - `portfolio`: the ranked list, whole or its first rows with the kept totals;
//! - `revisions`, `history`, `undo`, `review`: global ids and revisions, the
//!   append-only history of every change, and taking changes back;
//! - `drafts`: what is being typed, kept until it is saved or thrown away;
//! - `search`: full-text search over the FTS5 index of migration 003, which
//!   triggers keep in step with every table inside each writing transaction.
//!
//! Every write is one transaction per user edit; every text is cleaned of
//! control characters on the way in; every parameter is bound.

mod accounts;
mod analysis;
pub mod backups;
mod check;
mod codec;
mod competitors;
mod dossier;
mod drafts;
mod error;
mod files;
mod follow_ups;
mod header;
mod held;
pub mod history;
pub mod import;
mod inspect;
mod open;
mod people;
mod plan;
mod portfolio;
pub mod review;
pub mod revisions;
pub mod sales;
pub mod schema;
mod search;
pub mod snapshot;
mod texts;
mod touchpoints;
mod undo;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, Transaction, TransactionBehavior};

use crate::domain::AccountId;
use crate::domain::history::EntryId;

pub use analysis::{LastPurchase, PlanYear};
pub use drafts::Draft;
pub use error::{Result, StoreError, kind_name};
pub use files::process_is_running;
pub use portfolio::PortfolioHead;
pub use revisions::Kind as Record;
pub use sales::MAX_AMOUNT as MAX_SALES_AMOUNT;
pub use schema::SCHEMA_VERSION;

/// An open keyplan database.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// The history rows the last write made: one step for undo.
    written: Vec<EntryId>,
    /// Declared after `conn`, so it is let go after the connection closes.
    _hold: held::Hold,
}

/// The result of [`Store::open`]: the store and, when an older database was
/// migrated, the backup written before touching it.
#[derive(Debug)]
pub struct Opened {
    pub store: Store,
    pub backup: Option<PathBuf>,
}

impl Store {
    fn new(conn: Connection, path: &Path, hold: held::Hold) -> Store {
        Store { conn, path: path.to_path_buf(), written: Vec::new(), _hold: hold }
    }

    /// The history rows written by the last successful write (empty when it
    /// changed nothing): what one undo takes back. Taking them clears them.
    pub fn take_written(&mut self) -> Vec<EntryId> {
        std::mem::take(&mut self.written)
    }

    /// The database file this store was opened from.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Moves everything committed from the write-ahead log into the database
    /// file, so the file alone is whole (someone may copy just keyplan.db to
    /// hand a portfolio over). Best effort: a reader in the middle of a
    /// snapshot can hold part of the log back until the next time.
    pub fn checkpoint(&self) -> Result<()> {
        self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }

    /// SQLite's `data_version`: changes when another connection has committed,
    /// so a background reader knows when to look again.
    pub fn data_version(&self) -> Result<i64> {
        Ok(self.conn.query_row("PRAGMA data_version", [], |r| r.get(0))?)
    }

    /// Runs one user edit as one transaction: all of it or nothing.
    /// IMMEDIATE takes the write lock up front: a second writer (another
    /// keyplan, a command line run) makes us wait out the busy timeout at
    /// the start instead of failing halfway on a lock upgrade.
    fn write<T>(&mut self, edit: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        // The write lock is ours: every history row after the mark is this edit's.
        let mark = history::mark(&tx)?;
        let value = edit(&tx)?;
        let written = history::written_since(&tx, mark)?;
        tx.commit()?;
        self.written = written;
        Ok(value)
    }
}

/// Told how far a long write has come (done, of how many; 0 when not
/// known); answering false stops it and rolls it back.
pub type GoOn<'a> = &'a mut dyn FnMut(usize, usize) -> bool;

impl Store {
    /// Stops the statement running on this connection from another thread
    /// (Ctrl-C during a long write); the write then fails and rolls back.
    pub fn interrupt_handle(&self) -> rusqlite::InterruptHandle {
        self.conn.get_interrupt_handle()
    }
}

/// NotFound when a statement meant for one row touched none.
fn one_row(changed: usize, what: &str, id: i64) -> Result<()> {
    if changed == 0 { Err(StoreError::not_found(what, id)) } else { Ok(()) }
}

/// NotFound unless the account exists.
fn ensure_account(conn: &Connection, id: AccountId) -> Result<()> {
    let found: bool =
        conn.prepare_cached("SELECT EXISTS (SELECT 1 FROM accounts WHERE id = ?1)")?.query_row([id], |r| r.get(0))?;
    if found { Ok(()) } else { Err(StoreError::not_found("account", id.0)) }
}
