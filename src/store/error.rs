//! What can go wrong in the store, each as one sentence a user can act on.

use std::path::PathBuf;

/// An error of the store. User errors (a wrong file, a duplicate name, a
/// missing id) read as one plain sentence; the rest carry the cause.
#[derive(Debug)]
pub enum StoreError {
    Missing {
        path: PathBuf,
    },

    NotKeyplan {
        path: PathBuf,
    },

    Foreign {
        path: PathBuf,
    },

    TooNew {
        path: PathBuf,
        found: usize,
        known: usize,
    },

    TooOld {
        path: PathBuf,
        found: usize,
        known: usize,
    },

    Unreadable {
        path: PathBuf,
        reason: String,
    },

    ReadOnly {
        path: PathBuf,
    },

    /// The file may be writable, but its directory is not (a read-only
    /// mount, a shared folder): reading works, changing does not.
    ReadOnlyDirectory {
        path: PathBuf,
        dir: PathBuf,
    },

    /// An empty file (or an empty SQLite database) given to a command that
    /// only reads: it is left as it is, never set up.
    Empty {
        path: PathBuf,
    },

    /// The header or a page of the file is not what SQLite wrote.
    Damaged {
        path: PathBuf,
        reason: String,
    },

    CannotCreate {
        path: PathBuf,
        source: std::io::Error,
    },

    Backup {
        path: PathBuf,
        source: rusqlite::Error,
    },

    Permissions {
        path: PathBuf,
        source: std::io::Error,
    },

    DuplicateName(String),

    /// A sentence saying what is wrong with the value.
    Invalid(String),

    /// Names what is missing, e.g. "account 7".
    NotFound(String),

    /// A save started from revision `mine` of a record whose stored revision
    /// is `theirs`: someone else changed it meanwhile; nothing was written.
    Conflict {
        what: String,
        mine: i64,
        theirs: i64,
    },

    Migration(rusqlite_migration::Error),

    Sqlite(rusqlite::Error),

    /// The caller asked a long write (a generated portfolio, an import) to
    /// stop: its transaction was rolled back, nothing was written.
    Interrupted,
}

impl StoreError {
    /// True when the user can fix the cause (wrong file, bad value, missing
    /// id); the binary exits with status 2 for these and shows the sentence.
    pub fn is_user_error(&self) -> bool {
        matches!(
            self,
            StoreError::Missing { .. }
                | StoreError::NotKeyplan { .. }
                | StoreError::Foreign { .. }
                | StoreError::TooNew { .. }
                | StoreError::TooOld { .. }
                | StoreError::Unreadable { .. }
                | StoreError::ReadOnly { .. }
                | StoreError::ReadOnlyDirectory { .. }
                | StoreError::Empty { .. }
                | StoreError::CannotCreate { .. }
                | StoreError::DuplicateName(_)
                | StoreError::Invalid(_)
                | StoreError::NotFound(_)
                | StoreError::Conflict { .. }
        )
    }

    /// True when the file is damaged: a bad header found on opening, or
    /// SQLite's "malformed" / "not a database" on a later read. Exit code 3.
    pub fn is_damage(&self) -> bool {
        use rusqlite::ErrorCode::{DatabaseCorrupt, NotADatabase};
        match self {
            StoreError::Damaged { .. } => true,
            StoreError::Sqlite(e) => matches!(e.sqlite_error_code(), Some(DatabaseCorrupt | NotADatabase)),
            _ => false,
        }
    }

    pub(crate) fn not_found(what: &str, id: i64) -> Self {
        StoreError::NotFound(format!("{what} {id}"))
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// One sentence: the file is damaged, where the latest copies are and how to
/// put one back. Routine backups go to `backups/` beside the database; the
/// copy made before an upgrade sits next to it.
fn damaged(path: &std::path::Path, reason: &str) -> String {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(std::path::Path::new("."));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "keyplan.db".into());
    crate::t!(
        "err-damaged",
        path = shown(path),
        reason = reason.to_string(),
        backups = shown(&dir.join("backups")),
        name = name
    )
}

/// `account 7` (a record's kind and id, as the store names it) in the
/// current language; anything else as it is.
fn record(what: &str) -> String {
    let Some((kind, id)) = what.split_once(' ').filter(|(_, id)| id.parse::<i64>().is_ok()) else {
        return what.to_string();
    };
    format!("{} {id}", kind_name(kind))
}

/// A record's kind as the store keys it (`objective`), in the current language.
pub fn kind_name(kind: &str) -> &str {
    crate::domain::fields::kind_name(kind)
}

fn shown(path: &std::path::Path) -> String {
    path.display().to_string()
}

/// Each error as one sentence in the current language (`locales/*/errors.ftl`).
impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::t;
        let text = match self {
            StoreError::Missing { path } => t!("err-missing", path = shown(path)),
            StoreError::NotKeyplan { path } => t!("err-not-keyplan", path = shown(path)),
            StoreError::Foreign { path } => t!("err-foreign", path = shown(path)),
            StoreError::TooNew { path, found, known } => {
                t!("err-too-new", path = shown(path), found = *found, known = *known)
            }
            StoreError::TooOld { path, found, known } => {
                t!("err-too-old", path = shown(path), found = *found, known = *known)
            }
            StoreError::Unreadable { path, reason } => {
                t!("err-unreadable", path = shown(path), reason = reason.clone())
            }
            StoreError::ReadOnly { path } => t!("err-read-only", path = shown(path)),
            StoreError::ReadOnlyDirectory { path, dir } => {
                t!("err-read-only-directory", path = shown(path), dir = shown(dir))
            }
            StoreError::Empty { path } => t!("err-empty", path = shown(path)),
            StoreError::Damaged { path, reason } => damaged(path, reason),
            StoreError::CannotCreate { path, source } => {
                t!("err-cannot-create", path = shown(path), reason = source.to_string())
            }
            StoreError::Backup { path, source } => t!("err-backup", path = shown(path), reason = source.to_string()),
            StoreError::Permissions { path, source } => {
                t!("err-permissions", path = shown(path), reason = source.to_string())
            }
            StoreError::DuplicateName(name) => t!("err-duplicate-name", name = name.clone()),
            StoreError::Invalid(sentence) => sentence.clone(),
            StoreError::NotFound(what) => t!("err-not-found", what = record(what)),
            StoreError::Conflict { what, mine, theirs } => {
                t!("err-conflict", what = record(what), mine = *mine, theirs = *theirs)
            }
            StoreError::Migration(cause) => t!("err-migration", reason = cause.to_string()),
            StoreError::Sqlite(cause) => t!("err-sqlite", reason = cause.to_string()),
            StoreError::Interrupted => crate::l10n::text("shell-interrupted").to_string(),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for StoreError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StoreError::CannotCreate { source, .. } | StoreError::Permissions { source, .. } => Some(source),
            StoreError::Backup { source, .. } => Some(source),
            StoreError::Migration(cause) => Some(cause),
            StoreError::Sqlite(cause) => Some(cause),
            _ => None,
        }
    }
}

impl From<rusqlite_migration::Error> for StoreError {
    fn from(e: rusqlite_migration::Error) -> Self {
        StoreError::Migration(e)
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        StoreError::Sqlite(e)
    }
}
