//! The lock that keeps a restore and a running server apart.
//!
//! Every server holds it shared for as long as it runs (several servers may share one
//! database), a backup holds it shared while it copies, and a restore needs it exclusively: so a
//! restore is refused while any server runs on the database, and a server does not start while
//! a restore replaces it. The operating system (SQLite) or the database server (PostgreSQL)
//! releases the lock when its holder ends, also when it is killed, so it never goes stale.
//!
//! - SQLite: `flock` on a file beside the database, `<database>.lock`.
//! - PostgreSQL: a session advisory lock on a connection of its own.

use std::{fs::File, path::PathBuf, time::Duration};

use sea_orm::sqlx::{Connection, PgConnection};
use tokio::task::JoinHandle;

use super::{Kind, kind};
use crate::config::DatabaseUrl;

/// The advisory lock's key ("MANDAAT" in ASCII); advisory locks are per database.
const ADVISORY_KEY: i64 = 0x004D_414E_4441_4154;
/// How often a server checks that its PostgreSQL lock connection is still there.
const CHECK_EVERY: Duration = Duration::from_secs(30);

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Holder {
    /// A running server.
    Server,
    /// A backup being taken.
    Backup,
    /// A restore: only when nobody else holds it.
    Restore,
}

impl Holder {
    fn exclusive(self) -> bool {
        self == Self::Restore
    }

    /// Why the lock is not available to this holder.
    fn refusal(self, database: &DatabaseUrl) -> String {
        match self {
            Self::Restore => format!(
                "a Mandaat server is running on {database}: stop it before restoring (nothing was changed)"
            ),
            Self::Server | Self::Backup => {
                format!("a restore is replacing {database}: wait until it has finished")
            }
        }
    }
}

/// Held until dropped.
pub struct DatabaseLock {
    _file: Option<File>,
    _connection: Option<PgConnection>,
    keeper: Option<JoinHandle<()>>,
}

impl Drop for DatabaseLock {
    fn drop(&mut self) {
        if let Some(keeper) = self.keeper.take() {
            keeper.abort();
        }
    }
}

impl DatabaseLock {
    /// Takes the lock without waiting, or says who holds it.
    pub async fn take(database: &DatabaseUrl, holder: Holder) -> Result<Self, String> {
        match kind(database)? {
            Kind::Sqlite(path) => {
                let file = lock_file(&path, holder)
                    .map_err(|error| format!("cannot lock {}: {error}", path.display()))?
                    .ok_or_else(|| holder.refusal(database))?;
                Ok(Self {
                    _file: Some(file),
                    _connection: None,
                    keeper: None,
                })
            }
            Kind::SqliteInMemory => Ok(Self {
                _file: None,
                _connection: None,
                keeper: None,
            }),
            Kind::Postgres => {
                let connection = advisory_lock(database, holder).await?;
                if holder != Holder::Server {
                    return Ok(Self {
                        _file: None,
                        _connection: Some(connection),
                        keeper: None,
                    });
                }
                let database = database.clone();
                Ok(Self {
                    _file: None,
                    _connection: None,
                    keeper: Some(tokio::spawn(keep(database, connection))),
                })
            }
        }
    }
}

/// `<database>.lock`, locked shared or exclusive; `None` when another process holds it so.
fn lock_file(database: &std::path::Path, holder: Holder) -> std::io::Result<Option<File>> {
    let mut name = database.as_os_str().to_owned();
    name.push(".lock");
    let file = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(PathBuf::from(name))?;
    let locked = if holder.exclusive() {
        file.try_lock()
    } else {
        file.try_lock_shared()
    };
    match locked {
        Ok(()) => Ok(Some(file)),
        Err(std::fs::TryLockError::WouldBlock) => Ok(None),
        Err(std::fs::TryLockError::Error(error)) => Err(error),
    }
}

/// A connection holding the advisory lock.
async fn advisory_lock(database: &DatabaseUrl, holder: Holder) -> Result<PgConnection, String> {
    let mut connection = PgConnection::connect(&database.0)
        .await
        .map_err(|error| format!("cannot connect to {database}: {error}"))?;
    let query = if holder.exclusive() {
        "SELECT pg_try_advisory_lock($1)"
    } else {
        "SELECT pg_try_advisory_lock_shared($1)"
    };
    let locked: bool = sea_orm::sqlx::query_scalar(query)
        .bind(ADVISORY_KEY)
        .fetch_one(&mut connection)
        .await
        .map_err(|error| format!("cannot lock {database}: {error}"))?;
    if locked {
        Ok(connection)
    } else {
        Err(holder.refusal(database))
    }
}

/// Keeps a server's lock: should its connection be lost (the database server restarted), it
/// connects and takes the lock again.
async fn keep(database: DatabaseUrl, mut connection: PgConnection) {
    loop {
        tokio::time::sleep(CHECK_EVERY).await;
        if connection.ping().await.is_ok() {
            continue;
        }
        match advisory_lock(&database, Holder::Server).await {
            Ok(again) => {
                tracing::warn!(
                    "the connection holding the server's database lock was lost and is back"
                );
                connection = again;
            }
            Err(error) => {
                tracing::warn!(error = %error, "the server's database lock is lost; trying again");
            }
        }
    }
}
