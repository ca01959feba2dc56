//! Idempotency keys: a retried create returns what the first one did.

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel, QueryFilter};
use uuid::Uuid;

use super::{
    batch::Batch,
    entities::idempotency_key::{self, Entity as Keys},
};

/// The key as the user sent it before, if they did.
pub fn find(user_id: Uuid, key: &str) -> sea_orm::Select<Keys> {
    Keys::find_by_id((user_id, key.to_owned()))
}

/// What a key stands for once its request is answered. Recorded in the batch that makes it so
/// (see [`record_into`]): a second request with the key then fails on the key's primary key
/// instead of doing the work twice.
pub fn answered(
    user_id: Uuid,
    key: &str,
    request_hash: &str,
    response: (i32, &str),
    now: DateTime<Utc>,
) -> idempotency_key::Model {
    idempotency_key::Model {
        user_id,
        key: key.to_owned(),
        request_hash: request_hash.to_owned(),
        state: "done".into(),
        response_status: Some(response.0),
        response_body: Some(response.1.to_owned()),
        created_at: now,
    }
}

/// Adds the keys to `batch` as one insert; a key already stored fails it.
pub fn record_into(batch: &mut Batch, keys: Vec<idempotency_key::Model>) {
    if !keys.is_empty() {
        batch.push(Keys::insert_many(
            keys.into_iter().map(IntoActiveModel::into_active_model),
        ));
    }
}

/// Forgets keys older than `before` (kept at least 30 days: phones can be offline for days).
pub async fn forget_before(
    conn: &impl ConnectionTrait,
    before: DateTime<Utc>,
) -> Result<u64, DbErr> {
    Ok(Keys::delete_many()
        .filter(idempotency_key::Column::CreatedAt.lt(before))
        .exec(conn)
        .await?
        .rows_affected)
}
