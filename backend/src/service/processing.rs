//! Recording processing of clients' data (the Logboek Dataverwerkingen) and reading the log.
//!
//! Each request runs in its W3C trace (set by the HTTP layer with [`in_trace`]); every record a
//! request makes carries that trace and the request's own span. Work outside a request (the
//! daily retention, the commands) starts a trace of its own.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use rand_core::{OsRng, RngCore};
use uuid::Uuid;

use super::{
    Caller, ServiceError,
    page::{Page, PageRequest},
};
use crate::{
    domain::{
        client_ref::ClientRef,
        invalid::Invalid,
        processing::{Activity, DATA_SUBJECT_ID_TYPE, StatusCode, TraceContext},
        role::Role,
    },
    store::{self, db::Db, entities::processing_record, processing_log::Filter},
};

tokio::task_local! {
    static TRACE: TraceContext;
}

/// A request's trace: its `traceparent` continued, or a new one.
pub fn trace_for(traceparent: Option<&str>) -> TraceContext {
    let mut fresh = [0; 24];
    OsRng.fill_bytes(&mut fresh);
    TraceContext::for_request(traceparent, fresh)
}

/// Runs `work` (a request) in `trace`.
pub async fn in_trace<F: Future>(trace: TraceContext, work: F) -> F::Output {
    TRACE.scope(trace, work).await
}

fn current_trace() -> TraceContext {
    TRACE
        .try_with(|trace| *trace)
        .unwrap_or_else(|_| trace_for(None))
}

/// Who processed: a person, or no one (the server's own work, such as retention).
pub fn record(
    db: &Db,
    organisation_id: Uuid,
    actor_id: Option<Uuid>,
    activity: Activity,
    subjects: impl IntoIterator<Item = String>,
    started: DateTime<Utc>,
) {
    let trace = current_trace();
    let ended = Utc::now();
    // One record per data subject, as the standard asks.
    let subjects: BTreeSet<String> = subjects.into_iter().collect();
    let records = subjects
        .into_iter()
        .map(|subject| processing_record::Model {
            id: Uuid::now_v7(),
            organisation_id,
            trace_id: trace.trace_hex(),
            span_id: trace.span_hex(),
            parent_span_id: trace.parent_hex(),
            name: activity.name().to_owned(),
            start_time: started,
            end_time: ended,
            status_code: StatusCode::Ok,
            processing_activity_id: activity.id().to_owned(),
            data_subject_id: subject,
            data_subject_id_type: DATA_SUBJECT_ID_TYPE.to_owned(),
            actor_id,
        })
        .collect();
    db.log_processing(records);
}

/// As [`record`], for the caller.
pub fn by_caller(
    db: &Db,
    caller: &Caller,
    activity: Activity,
    subjects: impl IntoIterator<Item = String>,
    started: DateTime<Utc>,
) {
    record(
        db,
        caller.organisation_id,
        Some(caller.user_id),
        activity,
        subjects,
        started,
    );
}

/// The filters of `GET /processing-log`, as sent.
#[derive(Default)]
pub struct LogFilter {
    pub client_ref: Option<String>,
    pub actor_id: Option<Uuid>,
    pub from: Option<DateTime<Utc>>,
    pub to: Option<DateTime<Utc>>,
}

/// A page of the log (controllers and admins). Records still queued are written first, so the
/// log shows every processing that finished before the request.
pub async fn page(
    db: &Db,
    caller: &Caller,
    filter: LogFilter,
    page: PageRequest,
) -> Result<Page<processing_record::Model>, ServiceError> {
    let filter = check(caller, filter)?;
    db.flush_processing().await?;
    let rows = store::processing_log::page(
        db.conn(),
        caller.organisation_id,
        &filter,
        page.after,
        page.fetch(),
    )
    .await?;
    Ok(page.finish(rows, |r| r.id))
}

/// Every record matching the filter, read in pages of `size` while they are sent (NDJSON).
pub async fn next_records(
    db: &Db,
    caller: &Caller,
    filter: &Filter,
    after: Option<Uuid>,
    size: u64,
) -> Result<Vec<processing_record::Model>, ServiceError> {
    Ok(store::processing_log::page(db.conn(), caller.organisation_id, filter, after, size).await?)
}

/// Checks the caller and the filter for a read of the whole log; writes what is queued.
pub async fn open(db: &Db, caller: &Caller, filter: LogFilter) -> Result<Filter, ServiceError> {
    let filter = check(caller, filter)?;
    db.flush_processing().await?;
    Ok(filter)
}

fn check(caller: &Caller, filter: LogFilter) -> Result<Filter, ServiceError> {
    caller.require(
        &[Role::Controller, Role::Admin],
        "reading the processing log",
    )?;
    let mut invalid = Invalid::new();
    let client_ref = match filter.client_ref.as_deref() {
        Some(value) => invalid.check(
            "clientRef",
            ClientRef::parse(value).map(|r| r.as_str().to_owned()),
        ),
        None => None,
    };
    if let (Some(from), Some(to)) = (filter.from, filter.to)
        && from > to
    {
        invalid.add("to", "is before from");
    }
    invalid.finish()?;
    Ok(Filter {
        data_subject_id: client_ref,
        actor_id: filter.actor_id,
        from: filter.from,
        to: filter.to,
    })
}
