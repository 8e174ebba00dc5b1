//! Looking at a file before trusting it. Everything here reads only: a file
//! keyplan refuses is left byte for byte as it was.

use std::fs::File;
use std::io::{ErrorKind, Read};
use std::path::Path;

use rusqlite::ErrorCode;

use super::error::{Result, StoreError};
use super::header::{self, Header, Judged};
use super::schema::APPLICATION_ID;
use super::{files, held};

/// What a path holds, as far as keyplan is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Found {
    /// Nothing there yet.
    Absent,
    /// An empty file, or a SQLite database with nothing in it: ours to set up.
    Blank,
    /// A keyplan database at this schema version (never above what we know).
    Keyplan { version: usize },
}

/// Judges the file at `path` by its header, refusing what
/// keyplan must not open: something that is not SQLite, another program's
/// database, or a database written by a newer keyplan (`known` = the number
/// of migrations this build has).
pub(crate) fn inspect(path: &Path, known: usize) -> Result<Found> {
    let metadata = match std::fs::metadata(path) {
        Ok(metadata) => metadata,
        Err(e) if e.kind() == ErrorKind::NotFound => return Ok(Found::Absent),
        Err(e) => return Err(unreadable(path, &e.to_string())),
    };
    if metadata.is_dir() {
        return Err(unreadable(path, crate::l10n::text("err-is-directory")));
    }
    if !metadata.is_file() {
        return Err(StoreError::NotKeyplan { path: path.to_path_buf() });
    }
    if metadata.len() == 0 {
        return Ok(Found::Blank);
    }
    // Opened by SQLite in this process already: a descriptor of our own
    // would cost its locks when closed (see `held`).
    if held::is_held(path) {
        return classify(path, read_header_through_sqlite(path)?, known);
    }
    // While the `-wal` holds pages, a checkpoint may be copying them into
    // the file: its length proves nothing then.
    let wal_content = files::wal_has_content(path);
    let length = if wal_content { u64::MAX } else { metadata.len() };
    let header = match parse_header(path, length)? {
        Some(header) if header.wal_mode && wal_content => read_header_through_sqlite(path)?,
        Some(header) => header,
        None => {
            return Err(StoreError::NotKeyplan { path: path.to_path_buf() });
        }
    };
    classify(path, header, known)
}

fn unreadable(path: &Path, reason: &str) -> StoreError {
    StoreError::Unreadable { path: path.to_path_buf(), reason: reason.to_string() }
}

/// Reads the 100-byte database header directly, so that looking never
/// creates a file. None when it is not SQLite.
fn parse_header(path: &Path, length: u64) -> Result<Option<Header>> {
    let mut bytes = Vec::with_capacity(100);
    let file = File::open(path).map_err(|e| unreadable(path, &e.to_string()))?;
    file.take(100).read_to_end(&mut bytes).map_err(|e| unreadable(path, &e.to_string()))?;
    match header::judge(&bytes, length) {
        Judged::Sqlite(header) => Ok(Some(header)),
        Judged::NotSqlite => Ok(None),
        Judged::Damaged(reason) => Err(StoreError::Damaged { path: path.to_path_buf(), reason }),
    }
}

/// The exact answer, from SQLite itself, reading through the existing `-wal`.
fn read_header_through_sqlite(path: &Path) -> Result<Header> {
    let judge = |e| judged(path, e);
    let conn = super::open::open_reading(path)?;
    let application_id = conn.query_row("PRAGMA application_id", [], |r| r.get(0)).map_err(judge)?;
    let user_version = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(judge)?;
    let objects: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0)).map_err(judge)?;
    Ok(Header { application_id, user_version, has_schema: objects > 0, wal_mode: true })
}

/// What an error of SQLite opening or reading the file says about it.
pub(crate) fn judged(path: &Path, e: rusqlite::Error) -> StoreError {
    match e.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => StoreError::NotKeyplan { path: path.to_path_buf() },
        Some(ErrorCode::DatabaseCorrupt) => StoreError::Damaged { path: path.to_path_buf(), reason: e.to_string() },
        _ => unreadable(path, &e.to_string()),
    }
}

fn classify(path: &Path, header: Header, known: usize) -> Result<Found> {
    let foreign = || StoreError::Foreign { path: path.to_path_buf() };
    if header::is_altered_id(header.application_id, APPLICATION_ID) {
        return Err(StoreError::Damaged {
            path: path.to_path_buf(),
            reason: crate::t!("err-header-altered-at", at = 68),
        });
    }
    if header.application_id != APPLICATION_ID {
        // A blank SQLite file is ours to set up; anything with content, a
        // schema version or another program's id is not.
        return if header.application_id == 0 && !header.has_schema && header.user_version == 0 {
            Ok(Found::Blank)
        } else {
            Err(foreign())
        };
    }
    let version = usize::try_from(header.user_version).map_err(|_| foreign())?;
    if version > known {
        return Err(StoreError::TooNew { path: path.to_path_buf(), found: version, known });
    }
    Ok(Found::Keyplan { version })
}
