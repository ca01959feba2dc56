//! The server's token-signing key: read it, or create it once.

use sea_orm::{ConnectionTrait, DbErr, EntityTrait, IntoActiveModel, QueryOrder};

use super::entities::signing_key::{self, Entity as SigningKeys};

pub async fn current(conn: &impl ConnectionTrait) -> Result<Option<signing_key::Model>, DbErr> {
    SigningKeys::find()
        .order_by_desc(signing_key::Column::CreatedAt)
        .one(conn)
        .await
}

/// Inserts the key unless one with this kid exists; two servers starting at once on one
/// database then both read back the same winner.
pub async fn insert_if_absent(
    conn: &impl ConnectionTrait,
    model: signing_key::Model,
) -> Result<(), DbErr> {
    let result = SigningKeys::insert(model.into_active_model())
        .on_conflict(
            sea_orm::sea_query::OnConflict::column(signing_key::Column::Kid)
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(conn)
        .await;
    match result {
        Ok(_) | Err(DbErr::RecordNotInserted) => Ok(()),
        Err(error) => Err(error),
    }
}
