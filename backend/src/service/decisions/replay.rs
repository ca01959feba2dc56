//! The answer to a request whose `Idempotency-Key` was used before: the decision it logged, or
//! `422` when the key came with a different request.

use uuid::Uuid;

use super::{DecisionView, read::view};
use crate::{
    service::{Caller, ServiceError},
    store::{self, db::Db, entities::idempotency_key},
};

pub(super) async fn replay(
    conn: &impl sea_orm::ConnectionTrait,
    caller: &Caller,
    earlier: &idempotency_key::Model,
    hash: &str,
) -> Result<DecisionView, ServiceError> {
    if earlier.request_hash != hash {
        return Err(ServiceError::Unprocessable(
            "This Idempotency-Key was used for a different request. Use a new key for a new decision.".into(),
        ));
    }
    let id = earlier
        .response_body
        .as_deref()
        .and_then(|body| Uuid::parse_str(body).ok())
        .ok_or(ServiceError::Internal)?;
    let model = store::decisions::find(conn, caller.organisation_id, id)
        .await?
        .ok_or(ServiceError::Internal)?;
    view(conn, model).await
}

/// The decision's writes hit a key that is taken: its Idempotency-Key or its (phone-made) id
/// was stored after the look-up, by a request that finished meanwhile or one of another
/// process. Tells which from inside a write turn, which sees every acknowledged write.
pub(super) async fn taken(
    db: &Db,
    caller: &Caller,
    idempotency: Option<(&str, &str)>,
    id: Uuid,
) -> Result<(DecisionView, bool), ServiceError> {
    let tx = db.begin_write().await?;
    if let Some((key, hash)) = idempotency
        && let Some(earlier) = store::idempotency::find(caller.user_id, key)
            .one(&*tx)
            .await?
    {
        let view = replay(&*tx, caller, &earlier, hash).await?;
        tx.commit().await?;
        return Ok((view, true));
    }
    if store::decisions::exists(&*tx, id).await? {
        return Err(ServiceError::invalid(
            "id",
            "is already the id of another decision",
        ));
    }
    Err(ServiceError::Internal)
}
