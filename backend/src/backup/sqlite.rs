//! SQLite: `VACUUM INTO` for the backup, a file replaced whole for the restore.
//!
//! `VACUUM INTO` reads the database in one read transaction, so the copy is the database as of
//! that transaction's start, while the server goes on writing: in WAL mode a reader sees every
//! committed transaction and never blocks the writer. The server acknowledges a write only
//! after its group's commit, so whatever was acknowledged before the backup began is in the
//! copy; what the open group has not yet committed is not acknowledged and not copied. SQLite
//! does not sync the file it writes, so the copy is synced here before it is renamed into place.

use std::{path::Path, time::Duration};

use sea_orm::sqlx::{ConnectOptions, Connection, sqlite::SqliteConnectOptions};

use super::{partial, put_in_place};
use crate::config::DatabaseUrl;

pub async fn backup(database: &DatabaseUrl, path: &Path, file: &Path) -> Result<(), String> {
    if !path.is_file() {
        return Err(format!("there is no database at {}", path.display()));
    }
    let written = partial(file);
    remove_if_present(&written)?;
    let options: SqliteConnectOptions = database
        .0
        .parse()
        .map_err(|error| format!("not a SQLite database URL: {database}: {error}"))?;
    let mut connection = options
        .create_if_missing(false)
        .busy_timeout(Duration::from_secs(5))
        .connect()
        .await
        .map_err(|error| format!("cannot open {}: {error}", path.display()))?;
    // The copy is about as large as the database (less what `VACUUM` frees).
    let progress = crate::progress::bytes(std::fs::metadata(path).ok().map(|m| m.len()), "backup");
    let copied = crate::progress::following(
        &progress,
        &written,
        sea_orm::sqlx::query("VACUUM INTO ?")
            .bind(written.to_string_lossy().into_owned())
            .execute(&mut connection),
    )
    .await;
    let _ = connection.close().await;
    if let Err(error) = copied {
        let _ = std::fs::remove_file(&written);
        return Err(format!("cannot write {}: {error}", file.display()));
    }
    put_in_place(&written, file)
}

/// Replaces the database at `path` with the backup `file`: copied beside it, checked, synced,
/// and renamed over it. Only ever called under the exclusive lock, so no server has it open.
pub async fn restore(path: &Path, file: &Path) -> Result<(), String> {
    let written = partial(path);
    remove_if_present(&written)?;
    copy_with_progress(file, &written).map_err(|error| {
        format!(
            "cannot copy {} to {}: {error}",
            file.display(),
            written.display()
        )
    })?;
    if let Err(error) = check(&written).await {
        let _ = std::fs::remove_file(&written);
        return Err(format!(
            "{} is not a Mandaat backup: {error}",
            file.display()
        ));
    }
    // The old database's log and index would be applied to the new file on the next open:
    // they go first, so that a crash in between leaves a database without them, never a mix.
    for suffix in ["-wal", "-shm", "-journal"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        remove_if_present(Path::new(&name))?;
    }
    put_in_place(&written, path)
}

/// Copies `from` to `to`, with a bar on a terminal.
fn copy_with_progress(from: &Path, to: &Path) -> std::io::Result<u64> {
    let mut source = std::fs::File::open(from)?;
    let progress = crate::progress::bytes(Some(source.metadata()?.len()), "restore");
    let copied = std::io::copy(
        &mut source,
        &mut progress.wrap_write(std::fs::File::create(to)?),
    );
    progress.finish_and_clear();
    copied
}

/// A SQLite database, undamaged, with Mandaat's migrations table.
async fn check(file: &Path) -> Result<(), String> {
    // Immutable: read as it is, without a lock, a log or a shared-memory file beside it.
    let mut connection = SqliteConnectOptions::new()
        .filename(file)
        .read_only(true)
        .immutable(true)
        .connect()
        .await
        .map_err(|error| error.to_string())?;
    let checked: Result<(String, i64), sea_orm::sqlx::Error> = async {
        let integrity: String = sea_orm::sqlx::query_scalar("PRAGMA quick_check")
            .fetch_one(&mut connection)
            .await?;
        let migrations: i64 = sea_orm::sqlx::query_scalar("SELECT COUNT(*) FROM seaql_migrations")
            .fetch_one(&mut connection)
            .await?;
        Ok((integrity, migrations))
    }
    .await;
    let _ = connection.close().await;
    match checked.map_err(|error| error.to_string())? {
        (integrity, _) if integrity != "ok" => Err(format!("damaged: {integrity}")),
        (_, 0) => Err("no migrations were applied to it".into()),
        _ => Ok(()),
    }
}

fn remove_if_present(path: &Path) -> Result<(), String> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(error) => Err(format!("cannot remove {}: {error}", path.display())),
    }
}
