//! Categories (kinds of custom decision).

use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use uuid::Uuid;

use super::entities::category::{self, Entity as Categories};

/// The category with this id, if it is one of this organisation's.
pub fn find(organisation_id: Uuid, id: Uuid) -> sea_orm::Select<Categories> {
    super::owned::find::<Categories>(organisation_id, id)
}

pub async fn find_by_code(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    code: &str,
) -> Result<Option<category::Model>, DbErr> {
    Categories::find()
        .filter(category::Column::OrganisationId.eq(organisation_id))
        .filter(category::Column::Code.eq(code))
        .one(conn)
        .await
}

pub async fn page(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    after: Option<Uuid>,
    limit: u64,
) -> Result<Vec<category::Model>, DbErr> {
    super::owned::page::<Categories>(conn, organisation_id, after, limit).await
}

pub async fn insert(conn: &impl ConnectionTrait, model: category::Model) -> Result<(), DbErr> {
    super::owned::insert::<Categories>(conn, model).await
}

pub async fn update(conn: &impl ConnectionTrait, model: category::Model) -> Result<(), DbErr> {
    super::owned::update::<Categories>(conn, model).await
}
