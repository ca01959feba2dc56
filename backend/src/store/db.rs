//! Opening the database: SQLite (embedded default) or PostgreSQL, chosen by the URL scheme.

use std::{
    ops::Deref,
    sync::{
        Arc,
        atomic::{AtomicUsize, Ordering},
    },
    time::Duration,
};

use mandaat_migration::{Migrator, MigratorTrait};
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DatabaseTransaction, DbBackend,
    DbErr, SqliteTransactionMode, Statement, TransactionOptions, TransactionTrait,
    sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous},
};
use tokio::sync::{Mutex, OwnedMutexGuard, oneshot};

use super::{batch::Batch, processing_log::ProcessingWriter};
use crate::config::DatabaseUrl;

/// The database, with one path for writes.
///
/// SQLite allows one writer at a time, and a deferred transaction that read before another
/// committed cannot upgrade to a write (it fails instead of waiting). So on SQLite every write
/// transaction of this process takes its turn through one async lock: short transactions in a
/// queue rather than busy retries. PostgreSQL runs writes concurrently and relies on row locks.
///
/// On SQLite the queue also commits in groups: each write runs in a savepoint of a shared
/// transaction, and the transaction is committed (one fsync) when nobody else is waiting for a
/// turn, or after [`GROUP_LIMIT`] writes. A write is acknowledged only after that commit, so
/// durability is unchanged while the cost of the fsync is shared by everyone who queued
/// behind it. A write that fails rolls back its own savepoint and nothing else.
#[derive(Clone)]
pub struct Db {
    conn: DatabaseConnection,
    writer: Option<Arc<Writer>>,
    /// The processing log's queue (see [`super::processing_log`]).
    processing: Arc<ProcessingWriter>,
    /// Background work on this database (checkpoints, workers), stopped before it closes.
    background: Arc<std::sync::Mutex<Vec<tokio::task::AbortHandle>>>,
}

/// Most writes one group commit collects before committing anyway, so that the first write of
/// a long queue is not kept waiting for its acknowledgement.
const GROUP_LIMIT: usize = 64;
/// A member whose group is still open after this long commits it itself.
const RESCUE_AFTER: Duration = Duration::from_millis(25);

struct Writer {
    group: Arc<Mutex<Group>>,
    /// Writes waiting for their turn: while there are any, the open group stays open for them.
    queued: AtomicUsize,
}

/// The shared transaction and the writes waiting for it to commit.
#[derive(Default)]
struct Group {
    tx: Option<DatabaseTransaction>,
    members: Vec<oneshot::Sender<Result<(), String>>>,
}

impl Group {
    /// Commits the shared transaction and tells every member how it went.
    async fn commit(&mut self) {
        let result = match self.tx.take() {
            Some(tx) => tx.commit().await.map_err(|e| e.to_string()),
            None => Ok(()),
        };
        for member in self.members.drain(..) {
            // A member whose request was cancelled no longer listens; that is fine.
            let _ = member.send(result.clone());
        }
    }
}

/// A write transaction; on SQLite a savepoint in the open group, holding the writer's turn.
pub struct Write {
    tx: Option<DatabaseTransaction>,
    turn: Option<Turn>,
}

struct Turn {
    writer: Arc<Writer>,
    group: OwnedMutexGuard<Group>,
}

impl Db {
    pub fn new(conn: DatabaseConnection) -> Self {
        let writer = (conn.get_database_backend() == DbBackend::Sqlite).then(|| {
            Arc::new(Writer {
                group: Arc::new(Mutex::new(Group::default())),
                queued: AtomicUsize::new(0),
            })
        });
        Self {
            conn,
            writer,
            processing: Arc::default(),
            background: Arc::default(),
        }
    }

    /// Runs `work` beside the requests until the database closes.
    pub fn spawn_background<F>(&self, work: F)
    where
        F: Future<Output = ()> + Send + 'static,
    {
        let handle = tokio::spawn(work).abort_handle();
        self.background
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push(handle);
    }

    pub(super) fn processing(&self) -> &Arc<ProcessingWriter> {
        &self.processing
    }

    /// For reads, and for writes that are a single statement.
    pub fn conn(&self) -> &DatabaseConnection {
        &self.conn
    }

    pub async fn begin_write(&self) -> Result<Write, DbErr> {
        let Some(writer) = &self.writer else {
            return Ok(Write {
                tx: Some(self.conn.begin().await?),
                turn: None,
            });
        };
        let turn = self.take_turn(writer).await?;
        let savepoint = match &turn.group.tx {
            Some(tx) => tx.begin().await?,
            None => unreachable!("the group's transaction was opened above"),
        };
        Ok(Write {
            tx: Some(savepoint),
            turn: Some(turn),
        })
    }

    /// A write that first reads and then makes all its changes in one [`Batch`]: on SQLite it
    /// holds the writer's turn without a savepoint of its own (the batch brings one), so its
    /// turn is its reads and a single round trip for the changes.
    pub async fn begin_batch_write(&self) -> Result<BatchWrite, DbErr> {
        let Some(writer) = &self.writer else {
            return Ok(BatchWrite {
                tx: Some(self.conn.begin().await?),
                turn: None,
            });
        };
        Ok(BatchWrite {
            tx: None,
            turn: Some(self.take_turn(writer).await?),
        })
    }

    /// Waits for the writer's turn; the group's transaction is open when it returns.
    async fn take_turn(&self, writer: &Arc<Writer>) -> Result<Turn, DbErr> {
        let group = {
            let _queued = Queued::join(writer);
            writer.group.clone().lock_owned().await
        };
        let mut turn = Turn {
            writer: writer.clone(),
            group,
        };
        if turn.group.tx.is_none() {
            // IMMEDIATE takes SQLite's write lock now, waiting (busy timeout) while another
            // process holds it. A deferred transaction would read first and then fail outright
            // when it tries to write after another process committed in between.
            let options = TransactionOptions {
                sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
                ..TransactionOptions::default()
            };
            turn.group.tx = Some(self.conn.begin_with_options(options).await?);
        }
        Ok(turn)
    }

    /// Stops the background work, writes what the processing log still holds, then closes the
    /// connections. A worker stopped half-way leaves its lease to expire: its delivery is
    /// retried, never lost.
    pub async fn close(self) -> Result<(), DbErr> {
        for task in self
            .background
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .drain(..)
        {
            task.abort();
        }
        self.flush_processing().await?;
        self.conn.close().await
    }
}

impl Write {
    /// Commits, and returns once the write is durable.
    pub async fn commit(mut self) -> Result<(), DbErr> {
        let Some(tx) = self.tx.take() else {
            return Err(DbErr::Custom("a write is committed once".into()));
        };
        let Some(turn) = self.turn.take() else {
            return tx.commit().await;
        };
        // Releasing the savepoint.
        turn.last_step(move |_| Box::pin(tx.commit())).await
    }
}

/// Waits until the group holding a write has committed.
async fn durable_after(
    writer: &Arc<Writer>,
    mut durable: oneshot::Receiver<Result<(), String>>,
) -> Result<(), DbErr> {
    loop {
        match tokio::time::timeout(RESCUE_AFTER, &mut durable).await {
            Ok(Ok(Ok(()))) => return Ok(()),
            Ok(Ok(Err(message))) => return Err(DbErr::Custom(message)),
            Ok(Err(_)) => return Err(DbErr::Custom("the group commit was abandoned".into())),
            Err(_) => {
                // The write expected to close the group never came (its request was
                // cancelled while queued): commit the group now. Committing an open group
                // early is always safe: no savepoint is open while the lock is held.
                let group = writer.group.clone();
                let rescue = tokio::spawn(async move {
                    group.lock_owned().await.commit().await;
                });
                let _ = rescue.await;
            }
        }
    }
}

/// Counts a write as queued for the turn for as long as it waits, even if it is cancelled.
struct Queued<'a>(&'a Writer);

impl<'a> Queued<'a> {
    fn join(writer: &'a Writer) -> Self {
        writer.queued.fetch_add(1, Ordering::SeqCst);
        Self(writer)
    }
}

impl Drop for Queued<'_> {
    fn drop(&mut self) {
        self.0.queued.fetch_sub(1, Ordering::SeqCst);
    }
}

/// A write's last step on the group's transaction.
type LastStep<'a> = std::pin::Pin<Box<dyn Future<Output = Result<(), DbErr>> + Send + 'a>>;

impl Turn {
    /// Runs a write's last step, ends its turn, and waits until the write is durable. The step
    /// and the end of the turn run detached from the request: a request cancelled half-way (its
    /// client went away) must not leave a statement of the shared transaction half-done, or have
    /// the driver roll back more than its own savepoint.
    async fn last_step<F>(self, step: F) -> Result<(), DbErr>
    where
        F: for<'a> FnOnce(&'a Group) -> LastStep<'a> + Send + 'static,
    {
        let writer = self.writer.clone();
        let (done, durable) = oneshot::channel();
        let released = tokio::spawn(async move {
            let mut turn = self;
            let result = step(&turn.group).await;
            if result.is_ok() {
                turn.group.members.push(done);
            }
            turn.finish().await;
            result
        });
        match released.await {
            Ok(result) => result?,
            Err(_) => return Err(DbErr::Custom("the write was interrupted".into())),
        }
        durable_after(&writer, durable).await
    }

    /// Ends this write's turn: commits the group unless another write is about to join it.
    async fn finish(mut self) {
        let alone = self.writer.queued.load(Ordering::SeqCst) == 0;
        if alone || self.group.members.len() >= GROUP_LIMIT {
            self.group.commit().await;
        }
    }
}

impl Drop for Write {
    /// A write dropped without `commit` (an error, a cancelled request): its savepoint is
    /// rolled back, and the group still gets committed for the writes already in it.
    fn drop(&mut self) {
        let (Some(tx), Some(turn)) = (self.tx.take(), self.turn.take()) else {
            return;
        };
        if let Ok(runtime) = tokio::runtime::Handle::try_current() {
            runtime.spawn(async move {
                if let Err(error) = tx.rollback().await {
                    tracing::warn!(error = %error, "could not roll back a savepoint");
                }
                turn.finish().await;
            });
        }
    }
}

/// See [`Db::begin_batch_write`]. Only reads go through it before [`BatchWrite::commit`].
pub struct BatchWrite {
    tx: Option<DatabaseTransaction>,
    turn: Option<Turn>,
}

impl BatchWrite {
    /// For the reads before the batch: on SQLite they see every write of the open group.
    #[allow(
        clippy::expect_used,
        reason = "a turn holds the group's transaction open until it ends, and only `commit` (which consumes the write) ends it"
    )]
    pub fn reads(&self) -> &DatabaseTransaction {
        match (&self.tx, &self.turn) {
            (Some(tx), _) => tx,
            (None, Some(turn)) => turn
                .group
                .tx
                .as_ref()
                .expect("the turn's group has its transaction open"),
            (None, None) => unreachable!("a batch write is committed once"),
        }
    }

    /// Makes the changes all or nothing, and returns once they are durable.
    pub async fn commit(mut self, batch: Batch) -> Result<(), DbErr> {
        let Some(turn) = self.turn.take() else {
            let Some(tx) = self.tx.take() else {
                return Err(DbErr::Custom("a batch write is committed once".into()));
            };
            batch.run(&tx).await?;
            return tx.commit().await;
        };
        turn.last_step(move |group| {
            Box::pin(async move {
                match &group.tx {
                    Some(tx) => batch.run_in_savepoint(tx).await,
                    None => Err(DbErr::Custom("the group's transaction is gone".into())),
                }
            })
        })
        .await
    }
}

impl Drop for BatchWrite {
    /// Dropped without `commit`: only reads were made (and, at most once per organisation, the
    /// head of its audit chain created, which is the same whoever creates it), so the turn just
    /// ends.
    fn drop(&mut self) {
        if let Some(turn) = self.turn.take()
            && let Ok(runtime) = tokio::runtime::Handle::try_current()
        {
            runtime.spawn(turn.finish());
        }
    }
}

impl Deref for Write {
    type Target = DatabaseTransaction;

    #[allow(
        clippy::expect_used,
        reason = "the transaction is taken only by `commit` and `drop`, which consume the write"
    )]
    fn deref(&self) -> &DatabaseTransaction {
        self.tx
            .as_ref()
            .expect("a write is used before it is committed")
    }
}

pub async fn connect(url: &DatabaseUrl) -> Result<DatabaseConnection, DbErr> {
    connect_with(url, Checkpoints::ByCommits).await
}

/// Who copies SQLite's write-ahead log back into the database file.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Checkpoints {
    /// SQLite's default: the commit that grows the log past 1,000 pages does it, inside the
    /// writer's turn. Fine for the one-off commands.
    ByCommits,
    /// A background task (see [`open_for_serving`]), so that no request waits for it.
    InBackground,
}

/// How often the server copies the write-ahead log into the database file.
const CHECKPOINT_EVERY: Duration = Duration::from_millis(250);
/// Log frames (pages of 4 KiB, so 256 MiB) after which the log is started over from its
/// beginning. Starting over holds the writes for a few milliseconds, so not too often.
const RESTART_LOG_AFTER: i64 = 65_536;
/// Frames left to copy that a checkpoint in the writer's turn may take on.
const CATCH_UP_IN_TURN: i64 = 256;

/// Opens and migrates the database for the server. On SQLite, checkpoints then run beside the
/// writes rather than in them: with a large database a checkpoint writes pages all over the
/// file and syncs it, which inside the writer's turn held every request queued behind it for
/// hundreds of milliseconds. A passive checkpoint from another connection needs no write lock.
/// Durability does not depend on it: a commit is durable once it is in the log.
///
/// Under steady writes a passive checkpoint never catches up with the last commit, and SQLite
/// starts the log over only when it has: the log would grow without end (about 45 MB a second
/// at full load). So once it is large, one checkpoint runs between two writes, copying just
/// what the last passive one missed, and the next write starts the log over.
pub async fn open_for_serving(url: &DatabaseUrl) -> Result<Db, DbErr> {
    let conn = connect_with(url, Checkpoints::InBackground).await?;
    Migrator::up(&conn, None).await?;
    let db = Db::new(conn);
    if db.writer.is_some() {
        let checkpoints = db.clone();
        db.spawn_background(async move {
            let db = checkpoints;
            let mut every = tokio::time::interval(CHECKPOINT_EVERY);
            every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                every.tick().await;
                if let Err(error) = db.checkpoint(RESTART_LOG_AFTER).await {
                    tracing::warn!(error = %error, "could not checkpoint the write-ahead log");
                }
            }
        });
    }
    Ok(db)
}

impl Db {
    /// Copies the write-ahead log into the database file, as far as readers allow, and has the
    /// log started over once it holds `restart_after` frames; see [`open_for_serving`].
    async fn checkpoint(&self, restart_after: i64) -> Result<(), DbErr> {
        let mut copied = passive_checkpoint(&self.conn).await?;
        let Some(writer) = &self.writer else {
            return Ok(());
        };
        if copied.log < restart_after {
            return Ok(());
        }
        // Each passive checkpoint leaves behind what was written while it ran; a few more make
        // that little, so that the one in the writer's turn holds the writes only briefly.
        for _ in 0..4 {
            if copied.log - copied.done <= CATCH_UP_IN_TURN {
                break;
            }
            copied = passive_checkpoint(&self.conn).await?;
        }
        // The writer's turn, in line with the writes: no write runs while it is held.
        let mut group = writer.group.clone().lock_owned().await;
        if group.tx.is_some() {
            group.commit().await;
        }
        passive_checkpoint(&self.conn).await?;
        Ok(())
    }
}

/// What a checkpoint found in the log.
struct Copied {
    /// Frames in the log.
    log: i64,
    /// Frames of it now in the database file.
    done: i64,
}

/// Runs a passive checkpoint: it copies what no reader still needs from the log.
async fn passive_checkpoint(conn: &DatabaseConnection) -> Result<Copied, DbErr> {
    let row = conn
        .query_one_raw(Statement::from_string(
            DbBackend::Sqlite,
            "PRAGMA wal_checkpoint(PASSIVE)",
        ))
        .await?;
    // The columns are: busy, frames in the log, frames copied.
    Ok(match row {
        Some(row) => Copied {
            log: row.try_get_by_index(1)?,
            done: row.try_get_by_index(2)?,
        },
        None => Copied { log: 0, done: 0 },
    })
}

async fn connect_with(
    url: &DatabaseUrl,
    checkpoints: Checkpoints,
) -> Result<DatabaseConnection, DbErr> {
    let mut options = ConnectOptions::new(url.0.clone());
    options
        .sqlx_logging(false)
        .connect_timeout(Duration::from_secs(10))
        .acquire_timeout(Duration::from_secs(10));
    if url.0.starts_with("sqlite:") {
        // WAL lets readers run beside the one writer; synchronous=FULL makes every commit
        // durable before it is acknowledged (an acknowledged decision survives `kill -9` and a
        // power cut). Foreign keys are off by default in SQLite.
        options.map_sqlx_sqlite_opts(move |opts| {
            opts.journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Full)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(5))
                // Reads through a shared memory map (up to SQLite's 2 GiB ceiling) rather than
                // per-connection copies, so the hot index pages (running totals, people) stay
                // in memory as the file grows; pages beyond it get a 64 MiB cache each.
                .pragma("mmap_size", "2147418112")
                .pragma("cache_size", "-65536")
                // Statement journals of multi-row writes in memory, not in temporary files
                // opened and closed for every batch.
                .pragma("temp_store", "memory")
                // A log started over is cut back to this size (256 MiB): one that stays allocated
                // is overwritten faster than one the file system has to extend again.
                .pragma("journal_size_limit", "268435456")
                .pragma(
                    "wal_autocheckpoint",
                    if checkpoints == Checkpoints::InBackground {
                        "0"
                    } else {
                        "1000"
                    },
                )
                .create_if_missing(true)
        });
        // Each SQLite connection has its own worker thread, and every statement is a hand-off
        // to it and back. More connections than cores only add threads competing for them:
        // on two cores, 8 connections logged about 1,400 decisions/s, 3 about 1,700. One
        // connection per core for reads, plus the one the open group commit holds.
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        let connections = u32::try_from(cores + 1).unwrap_or(u32::MAX);
        // A connection to a local file does not go stale: no ping before each use, which would
        // be one more hand-off to the worker thread for every query.
        options
            .max_connections(connections)
            .min_connections(1)
            .test_before_acquire(false);
    } else {
        // A network connection is checked only after it sat idle long enough to have been cut
        // by a firewall or a restart, not before every query (a round trip each).
        options
            .max_connections(16)
            .min_connections(1)
            .test_before_acquire_if_idle_for(Duration::from_secs(30));
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Under steady writes the log still starts over once it is large: the checkpoint in the
    /// writer's turn leaves nothing uncopied for the next write.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_large_log_is_started_over_while_writes_go_on() {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = DatabaseUrl(format!(
            "sqlite://{}?mode=rwc",
            dir.path().join("log.sqlite").display()
        ));
        let db = Db::new(
            connect_with(&url, Checkpoints::InBackground)
                .await
                .expect("connect"),
        );
        db.conn()
            .execute_unprepared("CREATE TABLE note (n INTEGER PRIMARY KEY, text TEXT)")
            .await
            .expect("table");
        // Four writers, so that one always waits for the turn and the log never rests.
        let writes: Vec<_> = (0..4)
            .map(|writer| {
                let db = db.clone();
                tokio::spawn(async move {
                    for n in (0..200).map(|n| n * 4 + writer) {
                        let write = db.begin_write().await.expect("write");
                        write
                            .execute_unprepared(&format!(
                                "INSERT INTO note VALUES ({n}, printf('%.2000c', 'x'))"
                            ))
                            .await
                            .expect("insert");
                        write.commit().await.expect("commit");
                    }
                })
            })
            .collect();
        let mut largest = 0;
        let mut started_over = false;
        while !writes.iter().all(|w| w.is_finished()) {
            let log = passive_checkpoint(db.conn()).await.expect("frames").log;
            started_over |= log < largest;
            largest = largest.max(log);
            db.checkpoint(100).await.expect("checkpoint");
            tokio::task::yield_now().await;
        }
        for writes in writes {
            writes.await.expect("writes");
        }
        assert!(largest >= 100, "the log grew to {largest} frames");
        assert!(started_over, "the log was started over");
    }

    async fn scratch() -> (tempfile::TempDir, Db) {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = DatabaseUrl(format!(
            "sqlite://{}?mode=rwc",
            dir.path().join("group.sqlite").display()
        ));
        let db = Db::new(connect(&url).await.expect("connect"));
        db.conn()
            .execute_unprepared("CREATE TABLE note (n INTEGER PRIMARY KEY)")
            .await
            .expect("table");
        (dir, db)
    }

    async fn count(db: &Db) -> i64 {
        let row = db
            .conn()
            .query_one_raw(Statement::from_string(
                DbBackend::Sqlite,
                "SELECT COUNT(*) AS n FROM note",
            ))
            .await
            .expect("count")
            .expect("a row");
        row.try_get("", "n").expect("n")
    }

    /// Concurrent writes share commits, a failed write takes only itself back, and every
    /// acknowledged write is visible to other connections the moment it is acknowledged.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn group_commit_keeps_each_write_its_own() {
        let (_dir, db) = scratch().await;
        let writes = (0..40).map(|n| {
            let db = db.clone();
            tokio::spawn(async move {
                let tx = db.begin_write().await?;
                tx.execute_unprepared(&format!("INSERT INTO note (n) VALUES ({n})"))
                    .await?;
                if n % 10 == 7 {
                    // A failing request: dropped without commit.
                    drop(tx);
                    return Ok::<_, DbErr>(false);
                }
                tx.commit().await?;
                let seen = db
                    .conn()
                    .query_one_raw(Statement::from_string(
                        DbBackend::Sqlite,
                        format!("SELECT n FROM note WHERE n = {n}"),
                    ))
                    .await?;
                assert!(seen.is_some(), "write {n} acknowledged but not visible");
                Ok(true)
            })
        });
        let mut committed = 0;
        for write in writes {
            if write.await.expect("task").expect("write") {
                committed += 1;
            }
        }
        assert_eq!(committed, 36);
        assert_eq!(count(&db).await, 36);
    }

    /// A write that fails at the database (a duplicate key) leaves the group's other writes.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_failed_statement_rolls_back_only_its_own_write() {
        let (_dir, db) = scratch().await;
        let writes = (0..20).map(|n| {
            let db = db.clone();
            tokio::spawn(async move {
                let tx = db.begin_write().await?;
                // Every even write inserts its row twice: the second insert fails.
                tx.execute_unprepared(&format!("INSERT INTO note (n) VALUES ({n})"))
                    .await?;
                if n % 2 == 0 {
                    tx.execute_unprepared(&format!("INSERT INTO note (n) VALUES ({n})"))
                        .await?;
                }
                tx.commit().await
            })
        });
        let mut failed = 0;
        for write in writes {
            if write.await.expect("task").is_err() {
                failed += 1;
            }
        }
        assert_eq!(failed, 10);
        assert_eq!(count(&db).await, 10);
    }

    /// Requests whose clients go away mid-commit must not take acknowledged writes of others
    /// with them.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_cancelled_commit_loses_no_acknowledged_write() {
        let (_dir, db) = scratch().await;
        let writes = (0..60).map(|n| {
            let db = db.clone();
            tokio::spawn(async move {
                let tx = db.begin_write().await?;
                tx.execute_unprepared(&format!("INSERT INTO note (n) VALUES ({n})"))
                    .await?;
                if n % 3 == 0 {
                    // Given up after a few microseconds: cancelled at varying points of the
                    // commit (the race is timing-dependent; this is a guard, not a proof).
                    let patience = Duration::from_micros(n * 7 % 300);
                    let _ = tokio::time::timeout(patience, tx.commit()).await;
                    return Ok::<_, DbErr>(None);
                }
                tx.commit().await?;
                Ok(Some(n))
            })
        });
        let mut acknowledged = Vec::new();
        for write in writes {
            if let Some(n) = write.await.expect("task").expect("write") {
                acknowledged.push(n);
            }
        }
        // Let any detached commit finish, then check with a fresh write.
        db.begin_write().await.unwrap().commit().await.unwrap();
        for n in &acknowledged {
            let seen = db
                .conn()
                .query_one_raw(Statement::from_string(
                    DbBackend::Sqlite,
                    format!("SELECT n FROM note WHERE n = {n}"),
                ))
                .await
                .unwrap();
            assert!(seen.is_some(), "acknowledged write {n} was lost");
        }
        assert_eq!(acknowledged.len(), 40);
    }
}
