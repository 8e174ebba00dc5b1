//! Opening the database: refuse what is not ours, set the per-connection
//! pragmas, back up and migrate an older schema, keep the files private.

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, MAIN_DB, OpenFlags};
use rusqlite_migration::{M, Migrations};

use super::error::{Result, StoreError};
use super::files;
use super::held::Hold;
use super::inspect::{self, Found};
use super::schema::{MIGRATIONS, SCHEMA_VERSION};
use super::{Opened, Store};

const BUSY_TIMEOUT: Duration = Duration::from_millis(5000);

impl Store {
    /// Opens (or creates) the keyplan database at `path`, migrating it to the
    /// current schema. An older database that holds data is first copied to
    /// a backup next to it; its path is in [`Opened::backup`].
    pub fn open(path: &Path) -> Result<Opened> {
        open_with(path, &MIGRATIONS, SCHEMA_VERSION)
    }

    /// Makes the directory a database at `path` would live in (0700), as
    /// [`Store::open`] does, for work that writes a new file beside it first.
    pub fn ensure_directory(path: &Path) -> Result<()> {
        files::ensure_parent(path)
    }

    /// Opens with another list of migrations, to rehearse an upgrade in tests.
    #[doc(hidden)]
    pub fn open_with_migrations(path: &Path, steps: &[M<'_>]) -> Result<Opened> {
        open_with(path, &Migrations::from_slice(steps), steps.len())
    }

    /// Opens an existing database for reading only (a background checker's
    /// second connection): same refusals, never migrates, never writes.
    pub fn open_read_only(path: &Path) -> Result<Store> {
        let version = match inspect::inspect(path, SCHEMA_VERSION)? {
            Found::Absent => {
                return Err(StoreError::Missing { path: path.to_path_buf() });
            }
            // Reading never sets a file up: it is left byte for byte.
            Found::Blank => return Err(StoreError::Empty { path: path.to_path_buf() }),
            Found::Keyplan { version } => version,
        };
        if version < SCHEMA_VERSION {
            return Err(too_old(path, version));
        }
        let conn = open_reading(path)?;
        let hold = Hold::new(path);
        conn.busy_timeout(BUSY_TIMEOUT)?;
        conn.pragma_update(None, "foreign_keys", true)?;
        // The check reads the same index pages on every run: a cache that
        // holds them (a few megabytes on a 10,000-account portfolio) spares
        // re-reading them from the operating system each time.
        conn.pragma_update(None, "cache_size", READ_CACHE_KIB)?;
        let version = user_version(&conn, path)?;
        if version < SCHEMA_VERSION {
            return Err(too_old(path, version));
        }
        if version > SCHEMA_VERSION {
            return Err(too_new(path, version, SCHEMA_VERSION));
        }
        Ok(Store::new(conn, path, hold))
    }
}

/// A reading connection. Where the directory cannot be written, no `-shm`
/// can be made beside the file: SQLite is told the file is immutable (read
/// without locks, nobody can write there either), unless the `-wal` holds
/// changes, which only the existing `-shm` lets SQLite read.
pub(crate) fn open_reading(path: &Path) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let opened = if files::directory_is_writable(path) || files::exists(&files::with_suffix(path, "-shm")) {
        Connection::open_with_flags(path, flags)
    } else if !files::wal_has_content(path) {
        Connection::open_with_flags(files::immutable_uri(path)?, flags | OpenFlags::SQLITE_OPEN_URI)
    } else {
        let reason = crate::t!("err-wal-unreadable", directory = files::directory_of(path).display().to_string());
        return Err(StoreError::Unreadable { path: path.to_path_buf(), reason });
    };
    opened.map_err(|e| inspect::judged(path, e))
}

pub(crate) fn open_with(path: &Path, migrations: &Migrations<'_>, known: usize) -> Result<Opened> {
    files::ensure_parent(path)?;
    let found = inspect::inspect(path, known)?;
    // Writing in WAL mode makes `-wal` and `-shm` files beside the database.
    if !files::directory_is_writable(path) {
        return Err(StoreError::ReadOnlyDirectory { path: path.to_path_buf(), dir: files::directory_of(path) });
    }
    match found {
        Found::Absent => files::create_private_file(path)?,
        Found::Blank | Found::Keyplan { .. } => refuse_read_only_bits(path)?,
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut conn = Connection::open_with_flags(path, flags).map_err(|e| unreadable(path, &e))?;
    let hold = Hold::new(path);
    // SQLite quietly falls back to reading only when the OS refuses writes.
    if conn.is_readonly(MAIN_DB)? {
        return Err(StoreError::ReadOnly { path: path.to_path_buf() });
    }
    // Private before the first page is written; SQLite gives `-wal` and
    // `-shm` the mode of the database, and they are checked again below.
    files::restrict(path)?;
    apply_pragmas(&conn)?;
    let version = user_version(&conn, path)?;
    if version > known {
        return Err(too_new(path, version, known));
    }
    let backup = if version > 0 && version < known { Some(files::write_backup(&conn, path, known)?) } else { None };
    migrations.to_latest(&mut conn)?;
    files::restrict(path)?;
    Ok(Opened { store: Store::new(conn, path, hold), backup })
}

/// Tests run as root, where the OS lets every write through: the permission
/// bits are the owner's stated wish, so they are honoured here.
fn refuse_read_only_bits(path: &Path) -> Result<()> {
    let metadata = std::fs::metadata(path).map_err(|e| unreadable(path, &e))?;
    if metadata.permissions().readonly() {
        return Err(StoreError::ReadOnly { path: path.to_path_buf() });
    }
    Ok(())
}

/// Per connection, never in a migration: WAL so the background checker can
/// read while we write, foreign keys for the cascades, a patient busy wait.
/// `PRAGMA cache_size` of a reading connection: negative means KiB.
const READ_CACHE_KIB: i64 = -8192;

fn apply_pragmas(conn: &Connection) -> Result<()> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // Where WAL is impossible (some network file systems) SQLite keeps its
    // rollback journal and answers with that mode: still safe, so go on.
    let _mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", true)?;
    Ok(())
}

fn user_version(conn: &Connection, path: &Path) -> Result<usize> {
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    // A negative version was never written by keyplan.
    usize::try_from(version).map_err(|_| StoreError::Foreign { path: path.to_path_buf() })
}

fn unreadable(path: &Path, error: &dyn std::fmt::Display) -> StoreError {
    StoreError::Unreadable { path: path.to_path_buf(), reason: error.to_string() }
}

fn too_new(path: &Path, found: usize, known: usize) -> StoreError {
    StoreError::TooNew { path: path.to_path_buf(), found, known }
}

fn too_old(path: &Path, found: usize) -> StoreError {
    StoreError::TooOld { path: path.to_path_buf(), found, known: SCHEMA_VERSION }
}
