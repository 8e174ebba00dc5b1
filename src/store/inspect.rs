//! Looking at a file before trusting it. Everything here reads only: a file
//! keyplan refuses is left byte for byte as it was.

use std::fs::File;
use std::io::{ErrorKind, Read};
use std::path::Path;

use rusqlite::{Connection, ErrorCode, OpenFlags};

use super::error::{Result, StoreError};
use super::schema::APPLICATION_ID;

/// The first 16 bytes of every SQLite database file.
const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

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

/// Judges the file at `path` through a read-only connection, refusing what
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
        return Err(unreadable(path, "it is a directory"));
    }
    if !metadata.is_file() {
        return Err(StoreError::NotKeyplan {
            path: path.to_path_buf(),
        });
    }
    if metadata.len() == 0 {
        return Ok(Found::Blank);
    }
    if !has_sqlite_magic(path)? {
        return Err(StoreError::NotKeyplan {
            path: path.to_path_buf(),
        });
    }
    let header = read_header(path)?;
    classify(path, header, known)
}

fn unreadable(path: &Path, reason: &str) -> StoreError {
    StoreError::Unreadable {
        path: path.to_path_buf(),
        reason: reason.to_string(),
    }
}

fn has_sqlite_magic(path: &Path) -> Result<bool> {
    let mut file = File::open(path).map_err(|e| unreadable(path, &e.to_string()))?;
    let mut magic = [0u8; 16];
    match file.read_exact(&mut magic) {
        Ok(()) => Ok(&magic == SQLITE_MAGIC),
        Err(e) if e.kind() == ErrorKind::UnexpectedEof => Ok(false),
        Err(e) => Err(unreadable(path, &e.to_string())),
    }
}

/// What the database says about itself.
#[derive(Debug, Clone, Copy)]
struct Header {
    application_id: i32,
    user_version: i64,
    objects: i64,
}

fn read_header(path: &Path) -> Result<Header> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let judge = |e: rusqlite::Error| match e.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => StoreError::NotKeyplan {
            path: path.to_path_buf(),
        },
        _ => unreadable(path, &e.to_string()),
    };
    let conn = Connection::open_with_flags(path, flags).map_err(judge)?;
    let application_id = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .map_err(judge)?;
    let user_version = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(judge)?;
    let objects = conn
        .query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))
        .map_err(judge)?;
    Ok(Header {
        application_id,
        user_version,
        objects,
    })
}

fn classify(path: &Path, header: Header, known: usize) -> Result<Found> {
    let foreign = || StoreError::Foreign {
        path: path.to_path_buf(),
    };
    if header.application_id != APPLICATION_ID {
        // A blank SQLite file is ours to set up; anything with content, a
        // schema version or another program's id is not.
        return if header.application_id == 0 && header.objects == 0 && header.user_version == 0 {
            Ok(Found::Blank)
        } else {
            Err(foreign())
        };
    }
    let version = usize::try_from(header.user_version).map_err(|_| foreign())?;
    if version > known {
        return Err(StoreError::TooNew {
            path: path.to_path_buf(),
            found: version,
            known,
        });
    }
    Ok(Found::Keyplan { version })
}
