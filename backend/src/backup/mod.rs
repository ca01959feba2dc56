//! `mandaat backup FILE` and `mandaat restore FILE`, and the lock that keeps a restore away
//! from a running server.
//!
//! A backup is a consistent copy of the database as it was at one moment while the server goes
//! on writing: every write acknowledged before the backup started is in it. It is written under
//! a temporary name, synced to disk and only then renamed to `FILE`, so `FILE` is complete or
//! absent. A restore replaces the database with a backup, all or nothing, and is refused while a
//! server runs on it.

mod lock;
mod postgres;
mod sqlite;

use std::{
    fs::File,
    path::{Path, PathBuf},
};

pub use lock::{DatabaseLock, Holder};
use sea_orm::sqlx::sqlite::SqliteConnectOptions;

use crate::config::DatabaseUrl;

/// Copies the database to `file`.
pub async fn backup(database: &DatabaseUrl, file: &Path) -> Result<(), String> {
    let _lock = DatabaseLock::take(database, Holder::Backup).await?;
    match kind(database)? {
        Kind::Sqlite(path) => sqlite::backup(database, &path, file).await,
        Kind::Postgres => postgres::backup(database, file).await,
        Kind::SqliteInMemory => Err("an in-memory database cannot be backed up".into()),
    }
}

/// Replaces the database with the backup in `file`.
pub async fn restore(database: &DatabaseUrl, file: &Path) -> Result<(), String> {
    let _lock = DatabaseLock::take(database, Holder::Restore).await?;
    if !file.is_file() {
        return Err(format!("there is no backup at {}", file.display()));
    }
    match kind(database)? {
        Kind::Sqlite(path) => sqlite::restore(&path, file).await,
        Kind::Postgres => postgres::restore(database, file).await,
        Kind::SqliteInMemory => Err("an in-memory database cannot be restored into".into()),
    }
}

enum Kind {
    Sqlite(PathBuf),
    SqliteInMemory,
    Postgres,
}

fn kind(database: &DatabaseUrl) -> Result<Kind, String> {
    let url = database.0.as_str();
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        return Ok(Kind::Postgres);
    }
    if !url.starts_with("sqlite:") {
        return Err(format!(
            "not a SQLite or PostgreSQL database URL: {database}"
        ));
    }
    if url.contains(":memory:") || url.contains("mode=memory") {
        return Ok(Kind::SqliteInMemory);
    }
    // Read as the server reads it, so both name the same file.
    let options: SqliteConnectOptions = url
        .parse()
        .map_err(|error| format!("not a SQLite database URL: {database}: {error}"))?;
    Ok(Kind::Sqlite(options.get_filename().to_path_buf()))
}

/// `<file>.partial`: where a file is written before it is renamed into place.
fn partial(file: &Path) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(".partial");
    PathBuf::from(name)
}

/// Syncs a written file, renames it to `to` and syncs the directory, so that after a power cut
/// `to` is either the old file or the whole new one.
fn put_in_place(written: &Path, to: &Path) -> Result<(), String> {
    let io = |what: &str, path: &Path| {
        let path = path.display().to_string();
        let what = what.to_owned();
        move |error: std::io::Error| format!("cannot {what} {path}: {error}")
    };
    File::open(written)
        .and_then(|f| f.sync_all())
        .map_err(io("sync", written))?;
    std::fs::rename(written, to).map_err(io("write", to))?;
    let directory = match to.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    File::open(directory)
        .and_then(|d| d.sync_all())
        .map_err(io("sync", directory))
}
