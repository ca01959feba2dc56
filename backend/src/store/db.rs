//! Opening the database: SQLite (embedded default) or PostgreSQL, chosen by the URL scheme.

use std::time::Duration;

use mandaat_migration::{Migrator, MigratorTrait};
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbBackend, DbErr, Statement,
    sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous},
};

use crate::config::DatabaseUrl;

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
                .create_if_missing(true)
        });
        options.max_connections(8).min_connections(1);
    } else {
        options.max_connections(16).min_connections(1);
    }
    tracing::info!(database = %url, "connecting to the database");
    Database::connect(options).await
}

pub async fn connect_and_migrate(url: &DatabaseUrl) -> Result<DatabaseConnection, DbErr> {
    let db = connect(url).await?;
    Migrator::up(&db, None).await?;
    Ok(db)
}

/// Ready when the database answers and no migration is pending.
pub async fn is_ready(db: &DatabaseConnection) -> Result<bool, DbErr> {
    db.execute_raw(Statement::from_string(db.get_database_backend(), "SELECT 1")).await?;
    Ok(Migrator::get_pending_migrations(db).await?.is_empty())
}

pub fn backend_name(db: &DatabaseConnection) -> &'static str {
    match db.get_database_backend() {
        DbBackend::Sqlite => "sqlite",
        DbBackend::Postgres => "postgres",
        _ => "other",
    }
}
