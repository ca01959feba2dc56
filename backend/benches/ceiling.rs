//! The plain ceiling for a write over HTTP: a minimal poem + sea-orm server that, per request,
//! parses a JSON body, inserts one row and updates one counter in one SQLite transaction
//! (`synchronous=NORMAL`, WAL, as many connections as the product uses). Nothing else: no
//! token, no mandate check, no audit trail. `backend/benches/ratios.sh` measures it beside the
//! product with the same client in the same run.
//!
//! Run: `cargo bench --bench ceiling -- 127.0.0.1:18090 /tmp/ceiling.sqlite` (it serves until
//! stopped; `POST /decisions` with any JSON object, `GET /healthz`).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::time::Duration;

use poem::{
    EndpointExt, Route, Server, handler,
    http::StatusCode,
    listener::TcpListener,
    post,
    web::{Data, Json},
};
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbBackend, Statement,
    TransactionOptions, TransactionTrait,
    sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous},
};
use serde_json::Value;

#[handler]
async fn write(Data(db): Data<&DatabaseConnection>, Json(body): Json<Value>) -> StatusCode {
    let amount = body["amountCents"].as_i64().unwrap_or(0);
    let id = uuid::Uuid::now_v7().to_string();
    let options = TransactionOptions {
        sqlite_transaction_mode: Some(sea_orm::SqliteTransactionMode::Immediate),
        ..TransactionOptions::default()
    };
    let tx = match db.begin_with_options(options).await {
        Ok(tx) => tx,
        Err(_) => return StatusCode::SERVICE_UNAVAILABLE,
    };
    let insert = Statement::from_sql_and_values(
        DbBackend::Sqlite,
        "INSERT INTO items (id, amount_cents) VALUES (?, ?)",
        [id.into(), amount.into()],
    );
    let update = Statement::from_sql_and_values(
        DbBackend::Sqlite,
        "UPDATE counter SET total_cents = total_cents + ? WHERE id = 1",
        [amount.into()],
    );
    let written = async {
        tx.execute_raw(insert).await?;
        tx.execute_raw(update).await?;
        tx.commit().await
    };
    match written.await {
        Ok(()) => StatusCode::CREATED,
        Err(_) => StatusCode::SERVICE_UNAVAILABLE,
    }
}

#[handler]
fn healthz() -> &'static str {
    "ok"
}

#[tokio::main]
async fn main() {
    // `cargo bench` passes `--bench`; the address and file are the other arguments.
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let bind = args
        .first()
        .cloned()
        .unwrap_or_else(|| "127.0.0.1:18090".into());
    let file = args
        .get(1)
        .cloned()
        .unwrap_or_else(|| "/tmp/mandaat-ceiling.sqlite".into());
    let mut options = ConnectOptions::new(format!("sqlite://{file}?mode=rwc"));
    options
        .sqlx_logging(false)
        .acquire_timeout(Duration::from_secs(10));
    options.map_sqlx_sqlite_opts(|opts| {
        opts.journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .busy_timeout(Duration::from_secs(5))
            .create_if_missing(true)
    });
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    options.max_connections(u32::try_from(cores + 1).unwrap_or(3));
    let db = Database::connect(options)
        .await
        .expect("the ceiling's database");
    for sql in [
        "CREATE TABLE IF NOT EXISTS items (id TEXT PRIMARY KEY, amount_cents INTEGER NOT NULL)",
        "CREATE TABLE IF NOT EXISTS counter (id INTEGER PRIMARY KEY, total_cents INTEGER NOT NULL)",
        "INSERT OR IGNORE INTO counter (id, total_cents) VALUES (1, 0)",
    ] {
        db.execute_unprepared(sql)
            .await
            .expect("the ceiling's schema");
    }
    let app = Route::new()
        .at("/decisions", post(write))
        .at("/healthz", poem::get(healthz))
        .data(db);
    println!("ceiling listening on {bind}");
    Server::new(TcpListener::bind(bind))
        .run(app)
        .await
        .expect("serve");
}
