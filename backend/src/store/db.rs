//! Opening the database: SQLite (embedded default) or PostgreSQL, chosen by the URL scheme.

use std::{ops::Deref, sync::Arc, time::Duration};

use mandaat_migration::{Migrator, MigratorTrait};
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DatabaseTransaction, DbBackend,
    DbErr, Statement, TransactionTrait,
    sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous},
};
use tokio::sync::{Mutex, OwnedMutexGuard};

use crate::config::DatabaseUrl;

/// The database, with one path for writes.
///
/// SQLite allows one writer at a time, and a deferred transaction that read before another
/// committed cannot upgrade to a write (it fails instead of waiting). So on SQLite every write
/// transaction of this process takes its turn through one async lock: short transactions in a
/// queue rather than busy retries. PostgreSQL runs writes concurrently and relies on row locks.
#[derive(Clone)]
pub struct Db {
    conn: DatabaseConnection,
    writer: Option<Arc<Mutex<()>>>,
}

/// A write transaction; on SQLite it also holds the writer's turn until it ends.
pub struct Write {
    tx: DatabaseTransaction,
    _turn: Option<OwnedMutexGuard<()>>,
}

impl Db {
    pub fn new(conn: DatabaseConnection) -> Self {
        let writer =
            (conn.get_database_backend() == DbBackend::Sqlite).then(|| Arc::new(Mutex::new(())));
        Self { conn, writer }
    }

    /// For reads, and for writes that are a single statement.
    pub fn conn(&self) -> &DatabaseConnection {
        &self.conn
    }

    pub async fn begin_write(&self) -> Result<Write, DbErr> {
        let turn = match &self.writer {
            Some(writer) => Some(writer.clone().lock_owned().await),
            None => None,
        };
        Ok(Write {
            tx: self.conn.begin().await?,
            _turn: turn,
        })
    }

    pub async fn close(self) -> Result<(), DbErr> {
        self.conn.close().await
    }
}

impl Write {
    pub async fn commit(self) -> Result<(), DbErr> {
        self.tx.commit().await
    }
}

impl Deref for Write {
    type Target = DatabaseTransaction;

    fn deref(&self) -> &DatabaseTransaction {
        &self.tx
    }
}

pub async fn connect(url: &DatabaseUrl) -> Result<DatabaseConnection, DbErr> {
    let mut options = ConnectOptions::new(url.0.clone());
    options
        .sqlx_logging(false)
        .connect_timeout(Duration::from_secs(10))
        .acquire_timeout(Duration::from_secs(10));
    if url.0.starts_with("sqlite:") {
        // WAL lets readers run beside the one writer; synchronous=FULL makes every commit
        // durable before it is acknowledged (an acknowledged decision survives `kill -9` and a
        // power cut). Foreign keys are off by default in SQLite.
        options.map_sqlx_sqlite_opts(|opts| {
            opts.journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Full)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(5))
                // Reads through a shared memory map rather than per-connection copies, so the
                // hot index pages (running totals, people) stay in memory as the file grows.
                .pragma("mmap_size", "268435456")
                .create_if_missing(true)
        });
        options.max_connections(8).min_connections(1);
    } else {
        options.max_connections(16).min_connections(1);
    }
    tracing::info!(database = %url, "connecting to the database");
    Database::connect(options).await
}

pub async fn connect_and_migrate(url: &DatabaseUrl) -> Result<Db, DbErr> {
    let db = connect(url).await?;
    Migrator::up(&db, None).await?;
    Ok(Db::new(db))
}

impl Db {
    /// Ready when the database answers and no migration is pending.
    pub async fn is_ready(&self) -> Result<bool, DbErr> {
        self.conn
            .execute_raw(Statement::from_string(
                self.conn.get_database_backend(),
                "SELECT 1",
            ))
            .await?;
        Ok(Migrator::get_pending_migrations(&self.conn)
            .await?
            .is_empty())
    }

    pub fn backend_name(&self) -> &'static str {
        match self.conn.get_database_backend() {
            DbBackend::Sqlite => "sqlite",
            DbBackend::Postgres => "postgres",
            _ => "other",
        }
    }
}
