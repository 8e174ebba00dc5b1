//! What can go wrong in the store, each as one sentence a user can act on.

use std::path::PathBuf;

/// An error of the store. User errors (a wrong file, a duplicate name, a
/// missing id) read as one plain sentence; the rest carry the cause.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{} does not exist", .path.display())]
    Missing { path: PathBuf },

    #[error("{} is not a keyplan database", .path.display())]
    NotKeyplan { path: PathBuf },

    #[error("{} is a SQLite database of another program, not a keyplan database", .path.display())]
    Foreign { path: PathBuf },

    #[error("{} was written by a newer keyplan (schema {found}, this one knows {known})", .path.display())]
    TooNew { path: PathBuf, found: usize, known: usize },

    #[error(
        "{} has schema {found} but this keyplan needs {known}; open it once with keyplan to upgrade it",
        .path.display()
    )]
    TooOld { path: PathBuf, found: usize, known: usize },

    #[error("{} cannot be read ({reason})", .path.display())]
    Unreadable { path: PathBuf, reason: String },

    #[error("{} is read-only, so keyplan cannot save to it (check its permissions)", .path.display())]
    ReadOnly { path: PathBuf },

    /// The file may be writable, but its directory is not (a read-only
    /// mount, a shared folder): reading works, changing does not.
    #[error(
        "{} is in a directory keyplan cannot write ({}), so it can be read but not changed",
        .path.display(), .dir.display()
    )]
    ReadOnlyDirectory { path: PathBuf, dir: PathBuf },

    /// An empty file (or an empty SQLite database) given to a command that
    /// only reads: it is left as it is, never set up.
    #[error("{} is empty, not a keyplan database; a command that only reads never sets one up", .path.display())]
    Empty { path: PathBuf },

    /// The header or a page of the file is not what SQLite wrote.
    #[error("{}", damaged(.path, .reason))]
    Damaged { path: PathBuf, reason: String },

    #[error("{} cannot be created ({source})", .path.display())]
    CannotCreate { path: PathBuf, source: std::io::Error },

    #[error("could not write the backup {} ({source})", .path.display())]
    Backup { path: PathBuf, source: rusqlite::Error },

    #[error("could not set the permissions of {} ({source})", .path.display())]
    Permissions { path: PathBuf, source: std::io::Error },

    #[error("there is already an open account named \"{0}\"")]
    DuplicateName(String),

    /// A sentence saying what is wrong with the value.
    #[error("{0}")]
    Invalid(String),

    /// Names what is missing, e.g. "account 7".
    #[error("{0} does not exist")]
    NotFound(String),

    /// A save started from revision `mine` of a record whose stored revision
    /// is `theirs`: someone else changed it meanwhile; nothing was written.
    #[error(
        "{what} was changed elsewhere since you opened it (revision {theirs}, yours started from {mine}): nothing was overwritten"
    )]
    Conflict { what: String, mine: i64, theirs: i64 },

    #[error("could not upgrade the database ({0})")]
    Migration(#[from] rusqlite_migration::Error),

    #[error("database error ({0})")]
    Sqlite(#[from] rusqlite::Error),
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
    format!(
        "{} is damaged ({reason}): the latest backups are in {} (and {name}.before-v…bak copies beside it); \
         put one back with `keyplan restore PATH`",
        path.display(),
        dir.join("backups").display()
    )
}
