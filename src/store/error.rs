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
                | StoreError::CannotCreate { .. }
                | StoreError::DuplicateName(_)
                | StoreError::Invalid(_)
                | StoreError::NotFound(_)
                | StoreError::Conflict { .. }
        )
    }

    pub(crate) fn not_found(what: &str, id: i64) -> Self {
        StoreError::NotFound(format!("{what} {id}"))
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;
