//! The processing log's own writer. Whoever processes a client's data queues its records in
//! memory and goes on: a read never waits for a write turn, and never touches the audit chain.
//! One task per database appends what queued, every [`FLUSH_EVERY`], in one batch; a clean stop
//! (`Db::close`) writes what is left first. So nothing is lost on a clean shutdown, and after
//! `kill -9` at most the records of the last flush interval.

use std::{
    sync::{Arc, Mutex, PoisonError},
    time::Duration,
};

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::Expr,
};
use uuid::Uuid;

use super::{
    batch::Batch,
    db::Db,
    entities::processing_record::{self, Column, Entity as Records},
};

/// How often queued records are written.
pub const FLUSH_EVERY: Duration = Duration::from_millis(200);

#[derive(Default)]
pub struct ProcessingWriter {
    queue: Mutex<Vec<processing_record::Model>>,
    /// One writer at a time, so records are written in the order they queued.
    writing: tokio::sync::Mutex<()>,
    started: std::sync::atomic::AtomicBool,
}

impl ProcessingWriter {
    fn take(&self) -> Vec<processing_record::Model> {
        std::mem::take(&mut *self.queue.lock().unwrap_or_else(PoisonError::into_inner))
    }

    fn put_back(&self, mut records: Vec<processing_record::Model>) {
        let mut queue = self.queue.lock().unwrap_or_else(PoisonError::into_inner);
        records.append(&mut queue);
        *queue = records;
    }
}

impl Db {
    /// Queues processing records; they are written within [`FLUSH_EVERY`].
    pub fn log_processing(&self, records: Vec<processing_record::Model>) {
        if records.is_empty() {
            return;
        }
        let writer = self.processing();
        writer
            .queue
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .extend(records);
        if !writer
            .started
            .swap(true, std::sync::atomic::Ordering::SeqCst)
            && let Ok(runtime) = tokio::runtime::Handle::try_current()
        {
            runtime.spawn(keep_writing(self.clone()));
        }
    }

    /// Writes every record queued so far; returns once they are durable.
    pub async fn flush_processing(&self) -> Result<(), DbErr> {
        let writer = self.processing().clone();
        let _turn = writer.writing.lock().await;
        let records = writer.take();
        if records.is_empty() {
            return Ok(());
        }
        if let Err(error) = self.write_records(&records).await {
            // Never dropped: the next flush tries again.
            writer.put_back(records);
            return Err(error);
        }
        Ok(())
    }

    async fn write_records(&self, records: &[processing_record::Model]) -> Result<(), DbErr> {
        let tx = self.begin_write().await?;
        let mut batch = Batch::new(self.conn().get_database_backend());
        batch.insert::<Records, _>(records.to_vec());
        batch.run(&*tx).await?;
        tx.commit().await
    }
}

/// Writes what queued, every [`FLUSH_EVERY`], for as long as anyone else holds the database.
async fn keep_writing(db: Db) {
    let mut every = tokio::time::interval(FLUSH_EVERY);
    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        every.tick().await;
        if let Err(error) = db.flush_processing().await {
            tracing::error!(error = %error, "could not write the processing log; retrying");
        }
        // Only this task still holds the database: nobody can queue records any more.
        if Arc::strong_count(db.processing()) == 1 {
            return;
        }
    }
}

/// What a page of the processing log may be narrowed to.
#[derive(Clone, Default)]
pub struct Filter {
    pub data_subject_id: Option<String>,
    pub actor_id: Option<Uuid>,
    pub from: Option<DateTime<Utc>>,
    pub to: Option<DateTime<Utc>>,
}

/// Records of the organisation in the order they were made, after `after`.
pub async fn page(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    filter: &Filter,
    after: Option<Uuid>,
    limit: u64,
) -> Result<Vec<processing_record::Model>, DbErr> {
    let mut query = Records::find().filter(Column::OrganisationId.eq(organisation_id));
    if let Some(subject) = &filter.data_subject_id {
        query = query.filter(Column::DataSubjectId.eq(subject.as_str()));
    }
    if let Some(actor) = filter.actor_id {
        query = query.filter(Column::ActorId.eq(actor));
    }
    if let Some(from) = filter.from {
        query = query.filter(Column::StartTime.gte(from));
    }
    if let Some(to) = filter.to {
        query = query.filter(Column::StartTime.lt(to));
    }
    if let Some(after) = after {
        query = query.filter(Column::Id.gt(after));
    }
    query.order_by_asc(Column::Id).limit(limit).all(conn).await
}

/// Adds to `batch` the renaming of a client in the log (an erasure): the records stay, under
/// the reference that is no longer anyone's.
pub fn rename_subject_into(batch: &mut Batch, organisation_id: Uuid, from: &str, to: &str) {
    batch.push(
        Records::update_many()
            .col_expr(Column::DataSubjectId, Expr::value(to.to_owned()))
            .filter(Column::OrganisationId.eq(organisation_id))
            .filter(Column::DataSubjectId.eq(from)),
    );
}
