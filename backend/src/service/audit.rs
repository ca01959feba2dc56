//! Recording changes in the audit trail, from inside the transaction that makes them.

use sea_orm::ConnectionTrait;
use uuid::Uuid;

use super::{Caller, ServiceError};
use crate::store;

pub async fn record(
    conn: &impl ConnectionTrait,
    caller: &Caller,
    action: &str,
    entity_type: &str,
    entity_id: Uuid,
    details: serde_json::Value,
) -> Result<(), ServiceError> {
    store::audit::append(
        conn,
        store::audit::Record {
            organisation_id: caller.organisation_id,
            actor_id: Some(caller.user_id),
            action,
            entity_type,
            entity_id: Some(entity_id),
            details,
        },
    )
    .await?;
    Ok(())
}
