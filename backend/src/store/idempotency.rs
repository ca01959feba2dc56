//! Idempotency keys: a retried create returns what the first one did.

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel, QueryFilter,
    sea_query::OnConflict,
};
use uuid::Uuid;

use super::entities::idempotency_key::{self, Entity as Keys};

pub async fn find(
    conn: &impl ConnectionTrait,
    user_id: Uuid,
    key: &str,
) -> Result<Option<idempotency_key::Model>, DbErr> {
    Keys::find_by_id((user_id, key.to_owned())).one(conn).await
}

/// Claims the key; `false` when someone holds it already.
pub async fn claim(
    conn: &impl ConnectionTrait,
    user_id: Uuid,
    key: &str,
    request_hash: &str,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let row = idempotency_key::Model {
        user_id,
        key: key.to_owned(),
        request_hash: request_hash.to_owned(),
        state: "in_progress".into(),
        response_status: None,
        response_body: None,
        created_at: now,
    };
    let result = Keys::insert(row.into_active_model())
        .on_conflict(
            OnConflict::columns([
                idempotency_key::Column::UserId,
                idempotency_key::Column::Key,
            ])
            .do_nothing()
            .to_owned(),
        )
        .exec_without_returning(conn)
        .await;
    match result {
        Ok(0) | Err(DbErr::RecordNotInserted) => Ok(false),
        Ok(_) => Ok(true),
        Err(error) => Err(error),
    }
}

pub async fn complete(
    conn: &impl ConnectionTrait,
    user_id: Uuid,
    key: &str,
    status: i32,
    body: &str,
) -> Result<(), DbErr> {
    Keys::update_many()
        .col_expr(idempotency_key::Column::State, "done".into())
        .col_expr(idempotency_key::Column::ResponseStatus, status.into())
        .col_expr(idempotency_key::Column::ResponseBody, body.into())
        .filter(idempotency_key::Column::UserId.eq(user_id))
        .filter(idempotency_key::Column::Key.eq(key))
        .exec(conn)
        .await?;
    Ok(())
}

/// Gives a key back (the request failed), so the client may retry it.
pub async fn release(conn: &impl ConnectionTrait, user_id: Uuid, key: &str) -> Result<(), DbErr> {
    Keys::delete_many()
        .filter(idempotency_key::Column::UserId.eq(user_id))
        .filter(idempotency_key::Column::Key.eq(key))
        .filter(idempotency_key::Column::State.eq("in_progress"))
        .exec(conn)
        .await?;
    Ok(())
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
