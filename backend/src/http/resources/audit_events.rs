//! `/audit-events`: the audit trail (audittrail) and the verification of its hash chain.

use poem::web::Data;
use poem_openapi::{ApiResponse, Object, OpenApi, param::Query, payload::Json};
use uuid::Uuid;

use super::common::{Tag, item_page};
use crate::{
    http::{problem::ApiError, security::Auth, state::AppState, timestamp::Timestamp},
    service::{self, page::PageRequest},
    store::{audit::Filter, entities::audit_event},
};

#[derive(Default)]
pub struct AuditEventsApi;

/// One recorded change: who, when, what, and the before and after.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct AuditEvent {
    pub id: Uuid,
    /// Position in the organisation's chain, from 1.
    pub seq: i64,
    pub occurred_at: Timestamp,
    /// `null` for changes made by the system (e.g. `bootstrap`).
    pub actor_id: Option<Uuid>,
    /// What happened, e.g. `mandate_version.created`.
    pub action: String,
    pub entity_type: String,
    pub entity_id: Option<Uuid>,
    /// What changed, usually with `before` and `after`.
    pub details: serde_json::Value,
    pub prev_hash: String,
    /// SHA-256 over the previous hash and this event's canonical content.
    pub hash: String,
}

item_page!(AuditEventPage, AuditEvent);

impl From<audit_event::Model> for AuditEvent {
    fn from(event: audit_event::Model) -> Self {
        Self {
            id: event.id,
            seq: event.seq,
            occurred_at: event.occurred_at.into(),
            actor_id: event.actor_id,
            action: event.action,
            entity_type: event.entity_type,
            entity_id: event.entity_id,
            details: serde_json::from_str(&event.details)
                .unwrap_or(serde_json::Value::String(event.details)),
            prev_hash: event.prev_hash,
            hash: event.hash,
        }
    }
}

/// The result of recomputing the chain.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct AuditVerification {
    pub valid: bool,
    /// How many events were checked.
    pub checked: u64,
    /// The sequence number of the first event that fails, if any.
    pub first_invalid: Option<i64>,
}

#[derive(ApiResponse)]
pub enum AuditListResponse {
    /// A page of events, oldest first.
    #[oai(status = 200)]
    Ok(Json<AuditEventPage>),
}

#[derive(ApiResponse)]
pub enum AuditVerifyResponse {
    /// The verification result.
    #[oai(status = 200)]
    Ok(Json<AuditVerification>),
}

#[OpenApi(tag = "Tag::Audit")]
impl AuditEventsApi {
    /// The audit trail, oldest first (controllers, admins).
    #[allow(clippy::too_many_arguments)]
    #[oai(
        path = "/audit-events",
        method = "get",
        operation_id = "listAuditEvents"
    )]
    async fn list(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        /// Only events about this kind of object, e.g. `mandate_version`.
        #[oai(name = "entityType")]
        entity_type: Query<Option<String>>,
        /// Only events about this object.
        #[oai(name = "entityId")]
        entity_id: Query<Option<Uuid>>,
        /// Only events by this person.
        #[oai(name = "actorId")]
        actor_id: Query<Option<Uuid>>,
        /// Only this action, e.g. `mandate_version.created`.
        action: Query<Option<String>>,
        /// From this instant (inclusive).
        from: Query<Option<Timestamp>>,
        /// Up to this instant (exclusive).
        to: Query<Option<Timestamp>>,
        /// Page size, 1 to 200 (default 50).
        limit: Query<Option<i64>>,
        /// `nextCursor` of the previous page.
        cursor: Query<Option<String>>,
    ) -> Result<AuditListResponse, ApiError> {
        let page = PageRequest::parse(limit.0, cursor.0.as_deref())?;
        let filter = Filter {
            entity_type: entity_type.0,
            entity_id: entity_id.0,
            actor_id: actor_id.0,
            action: action.0,
            from: from.0.map(|t| t.0),
            to: to.0.map(|t| t.0),
        };
        let page = service::audit_trail::list(&state.db, &auth.0, filter, page).await?;
        Ok(AuditListResponse::Ok(Json(AuditEventPage::from_page(
            page,
            AuditEvent::from,
        ))))
    }

    /// Recompute the hash chain: `valid` is false when any stored event was altered, removed or
    /// inserted (controllers, admins).
    #[oai(
        path = "/audit-events/verify",
        method = "get",
        operation_id = "verifyAuditEvents"
    )]
    async fn verify(
        &self,
        auth: Auth,
        state: Data<&AppState>,
    ) -> Result<AuditVerifyResponse, ApiError> {
        let result = service::audit_trail::verify(&state.db, &auth.0).await?;
        Ok(AuditVerifyResponse::Ok(Json(AuditVerification {
            valid: result.valid,
            checked: result.checked,
            first_invalid: result.first_invalid,
        })))
    }
}
