//! `/processing-log`: who processed which client's data, when and why, in the shape of the
//! Logius Logboek Dataverwerkingen; as pages of JSON, or streamed as NDJSON on request.

use chrono::{DateTime, Utc};
use poem::{Request, web::Data};
use poem_openapi::{
    ApiResponse, Object, OpenApi,
    param::Query,
    payload::{Binary, Json},
};
use uuid::Uuid;

use super::common::{Tag, item_page};
use crate::{
    http::{problem::ApiError, security::Auth, state::AppState, stream, timestamp::Timestamp},
    service::{self, ServiceError, page::PageRequest, processing::LogFilter},
    store::entities::processing_record,
};

#[derive(Default)]
pub struct ProcessingLogApi;

/// One processing of one client's data (a Logboek Dataverwerkingen record). Who processed it
/// (`actorId`) links to the audit trail of the same organisation.
#[derive(Object, serde::Serialize)]
#[oai(rename_all = "camelCase")]
#[serde(rename_all = "camelCase")]
pub struct ProcessingRecord {
    pub id: Uuid,
    /// The W3C trace the processing belongs to (32 hex digits): a request's `traceparent` is
    /// honoured, so a municipal system's own trace continues here.
    pub trace_id: String,
    /// This processing's span (16 hex digits).
    pub span_id: String,
    /// The caller's span, when the request carried a `traceparent`.
    pub parent_span_id: Option<String>,
    /// What was done, e.g. `decision.read`.
    pub name: String,
    pub start_time: Timestamp,
    pub end_time: Timestamp,
    /// `UNSET`, `OK` or `ERROR`.
    pub status_code: String,
    /// The processing activity's URI in the register of processing activities.
    pub processing_activity_id: String,
    /// The data subject: the pseudonymous client reference.
    pub data_subject_id: String,
    /// What `dataSubjectId` is: `mandaat:clientRef`.
    pub data_subject_id_type: String,
    /// The user who processed it; `null` for the server's own work (retention).
    pub actor_id: Option<Uuid>,
}

impl From<processing_record::Model> for ProcessingRecord {
    fn from(r: processing_record::Model) -> Self {
        Self {
            id: r.id,
            trace_id: r.trace_id,
            span_id: r.span_id,
            parent_span_id: r.parent_span_id,
            name: r.name,
            start_time: r.start_time.into(),
            end_time: r.end_time.into(),
            status_code: r.status_code.as_str().to_owned(),
            processing_activity_id: r.processing_activity_id,
            data_subject_id: r.data_subject_id,
            data_subject_id_type: r.data_subject_id_type,
            actor_id: r.actor_id,
        }
    }
}

item_page!(ProcessingRecordPage, ProcessingRecord);

/// A page of the log, or all of it as NDJSON.
#[derive(ApiResponse)]
pub enum ProcessingLogResponse {
    /// Every matching record, one JSON object per line, oldest first (with
    /// `Accept: application/x-ndjson`).
    #[oai(status = 200, content_type = "application/x-ndjson")]
    Ndjson(Binary<poem::Body>),
    /// A page of records, oldest first.
    #[oai(status = 200)]
    Ok(Json<ProcessingRecordPage>),
}

/// Records streamed per page.
const STREAM_PAGE: u64 = 1_000;

#[OpenApi(tag = "Tag::Privacy")]
impl ProcessingLogApi {
    /// The processing log (controllers, admins): who processed which client's data, when and
    /// why. Filters: `clientRef`, `actorId`, `from`, `to` (on the start time). With
    /// `Accept: application/x-ndjson` every matching record is streamed, one per line.
    #[allow(clippy::too_many_arguments)]
    #[oai(
        path = "/processing-log",
        method = "get",
        operation_id = "listProcessingLog"
    )]
    async fn list(
        &self,
        request: &Request,
        auth: Auth,
        state: Data<&AppState>,
        #[oai(name = "clientRef")] client_ref: Query<Option<String>>,
        #[oai(name = "actorId")] actor_id: Query<Option<Uuid>>,
        /// Started at or after this time.
        from: Query<Option<DateTime<Utc>>>,
        /// Started before this time.
        to: Query<Option<DateTime<Utc>>>,
        /// Page size, 1 to 200 (default 50).
        limit: Query<Option<i64>>,
        /// `nextCursor` of the previous page.
        cursor: Query<Option<String>>,
    ) -> Result<ProcessingLogResponse, ApiError> {
        let filter = LogFilter {
            client_ref: client_ref.0,
            actor_id: actor_id.0,
            from: from.0,
            to: to.0,
        };
        let wants_ndjson = request
            .header("accept")
            .is_some_and(|accept| accept.contains("application/x-ndjson"));
        if wants_ndjson {
            let filter = service::processing::open(&state.db, &auth.0, filter).await?;
            let start = (state.db.clone(), auth.0.clone(), filter, None, false);
            let pages = futures_util::stream::try_unfold(
                start,
                |(db, caller, filter, after, done)| async move {
                    if done {
                        return Ok::<_, ServiceError>(None);
                    }
                    let rows = service::processing::next_records(
                        &db,
                        &caller,
                        &filter,
                        after,
                        STREAM_PAGE,
                    )
                    .await?;
                    let last = rows.last().map(|r| r.id);
                    let done = (rows.len() as u64) < STREAM_PAGE;
                    let records: Vec<ProcessingRecord> =
                        rows.into_iter().map(ProcessingRecord::from).collect();
                    Ok(Some((records, (db, caller, filter, last, done))))
                },
            );
            return Ok(ProcessingLogResponse::Ndjson(Binary(stream::ndjson(pages))));
        }
        let page = PageRequest::parse(limit.0, cursor.0.as_deref())?;
        let page = service::processing::page(&state.db, &auth.0, filter, page).await?;
        Ok(ProcessingLogResponse::Ok(Json(
            ProcessingRecordPage::from_page(page, ProcessingRecord::from),
        )))
    }
}
