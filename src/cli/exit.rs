//! How `keyplan` ends: the exit codes (one table, shown by `keyplan --help`
//! and in the README) and the failure a command returns.

use std::path::Path;

use crate::store::StoreError;

/// The exit codes, for scripts and cron jobs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Success = 0,
    /// `check --exit-code` found something overdue, or `people --email`
    /// found no one (as address books answer mail programs).
    Alerts = 1,
    /// The user can fix it: usage, an unknown account, a refused file, a conflict.
    Mistake = 2,
    /// A damaged or unreadable database, or an error of keyplan itself.
    Broken = 3,
    /// Ctrl-C (or `kill -INT`) stopped a demo, an import or an export: 128 + SIGINT.
    Interrupted = 130,
}

impl Exit {
    pub const ALL: [Exit; 5] = [Exit::Success, Exit::Alerts, Exit::Mistake, Exit::Broken, Exit::Interrupted];

    pub fn code(self) -> u8 {
        self as u8
    }

    /// What the code means, in the words of the table (`cli-exit-N`).
    pub fn meaning(self) -> &'static str {
        match self {
            Exit::Success => crate::l10n::text("cli-exit-0"),
            Exit::Alerts => crate::l10n::text("cli-exit-1"),
            Exit::Mistake => crate::l10n::text("cli-exit-2"),
            Exit::Broken => crate::l10n::text("cli-exit-3"),
            Exit::Interrupted => crate::l10n::text("cli-exit-130"),
        }
    }
}

/// The table of `keyplan --help`.
pub fn help_table() -> String {
    let mut text = format!("{}\n", crate::l10n::text("cli-exit-codes"));
    for exit in Exit::ALL {
        text.push_str(&format!("  {}  {}\n", exit.code(), exit.meaning().replace('`', "")));
    }
    text
}

/// The same table in Markdown, as the README holds it (a test keeps them equal).
#[cfg(test)]
pub fn markdown_table() -> String {
    let mut text = String::from("| exit code | meaning |\n|---|---|\n");
    for exit in Exit::ALL {
        text.push_str(&format!("| {} | {} |\n", exit.code(), exit.meaning()));
    }
    text
}

/// Why a command did not succeed: one sentence and its exit code.
#[derive(Debug)]
pub struct Failure {
    pub message: String,
    pub exit: Exit,
    /// SQLite found a damaged page; the sentence naming the file (which
    /// the query did not know) is written by [`Failure::about`].
    damaged: bool,
}

impl Failure {
    /// An error the user caused or can fix: exit code 2.
    pub fn user(message: impl Into<String>) -> Self {
        Failure { message: message.into(), exit: Exit::Mistake, damaged: false }
    }

    /// An error of keyplan or of the system: exit code 3.
    pub fn internal(message: impl Into<String>) -> Self {
        Failure { message: message.into(), exit: Exit::Broken, damaged: false }
    }

    /// Ctrl-C stopped the work before anything was changed: exit code 130.
    pub fn interrupted() -> Self {
        Failure { message: crate::l10n::text("shell-interrupted").into(), exit: Exit::Interrupted, damaged: false }
    }

    /// `check --exit-code` found something overdue: no message, exit code 1.
    pub fn alerts() -> Self {
        Failure { message: String::new(), exit: Exit::Alerts, damaged: false }
    }

    /// `people --email` found no one (its own line said so): exit code 1.
    pub fn nothing_found() -> Self {
        Failure::alerts()
    }

    /// Names the damaged database when a query only said "malformed".
    pub fn about(self, database: &Path) -> Self {
        if !self.damaged {
            return self;
        }
        Failure::from(StoreError::Damaged { path: database.to_path_buf(), reason: self.message })
    }
}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Self {
        // The mapping of every store error to an exit code. A revision
        // conflict (`StoreError::Conflict`) is the user's to resolve and
        // exits 2: `is_user_error` lists it.
        let damaged = e.is_damage() && !matches!(e, StoreError::Damaged { .. });
        let message = match &e {
            StoreError::Sqlite(cause) if damaged => cause.to_string(),
            _ => e.to_string(),
        };
        if matches!(e, StoreError::Interrupted) {
            return Failure::interrupted();
        }
        let exit = if e.is_user_error() { Exit::Mistake } else { Exit::Broken };
        Failure { message, exit, damaged }
    }
}

impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Self {
        Failure::internal(crate::t!("shell-terminal-error", reason = e.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_readme_holds_the_table_of_the_help() {
        let readme = include_str!("../../README.md");
        assert!(readme.contains(&markdown_table()), "README.md lacks:\n{}", markdown_table());
        let codes: Vec<u8> = Exit::ALL.iter().map(|e| e.code()).collect();
        assert_eq!(codes, vec![0, 1, 2, 3, 130]);
    }

    #[test]
    fn damage_found_by_a_query_is_named_after_the_file_and_exits_3() {
        let corrupt = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CORRUPT),
            Some("database disk image is malformed".into()),
        );
        let failure = Failure::from(StoreError::Sqlite(corrupt)).about(Path::new("/data/keyplan.db"));
        assert_eq!(failure.exit, Exit::Broken);
        assert!(failure.message.starts_with("/data/keyplan.db is damaged"), "{}", failure.message);
        assert!(failure.message.contains("/data/backups"), "{}", failure.message);
        let user = Failure::from(StoreError::NotFound("account 7".into())).about(Path::new("/data/keyplan.db"));
        assert_eq!((user.exit, user.message.as_str()), (Exit::Mistake, "account 7 does not exist"));
    }
}
