//! Recording changes in the audit trail, from inside the transaction that makes them.

use sea_orm::ConnectionTrait;
use uuid::Uuid;

use super::{Caller, ServiceError};
use crate::store::{self, changes::Changes};

pub async fn record(
    conn: &impl ConnectionTrait,
    caller: &Caller,
    action: &str,
    entity_type: &'static str,
    entity_id: Uuid,
    details: serde_json::Value,
) -> Result<(), ServiceError> {
    record_about(conn, caller, action, entity_type, Some(entity_id), details).await
}

/// As [`record`], for a change of something without an id of its own (a client's record).
pub async fn record_about(
    conn: &impl ConnectionTrait,
    caller: &Caller,
    action: &str,
    entity_type: &'static str,
    entity_id: Option<Uuid>,
    details: serde_json::Value,
) -> Result<(), ServiceError> {
    let mut changes = Changes::new(caller.organisation_id);
    changes.audit(store::audit::Record {
        organisation_id: caller.organisation_id,
        actor_id: Some(caller.user_id),
        action: action.to_owned(),
        entity_type,
        entity_id,
        details,
    });
    changes.write(conn).await?;
    Ok(())
}
