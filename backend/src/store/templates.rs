//! Mandate templates.

use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use uuid::Uuid;

use super::entities::mandate_template::{self, Entity as Templates};

pub async fn find(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    id: Uuid,
) -> Result<Option<mandate_template::Model>, DbErr> {
    super::owned::find::<Templates>(organisation_id, id)
        .one(conn)
        .await
}

pub async fn find_by_name(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    name: &str,
) -> Result<Option<mandate_template::Model>, DbErr> {
    Templates::find()
        .filter(mandate_template::Column::OrganisationId.eq(organisation_id))
        .filter(mandate_template::Column::Name.eq(name))
        .one(conn)
        .await
}

pub async fn page(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    after: Option<Uuid>,
    limit: u64,
) -> Result<Vec<mandate_template::Model>, DbErr> {
    super::owned::page::<Templates>(conn, organisation_id, after, limit).await
}

pub async fn insert(
    conn: &impl ConnectionTrait,
    model: mandate_template::Model,
) -> Result<(), DbErr> {
    super::owned::insert::<Templates>(conn, model).await
}

pub async fn update(
    conn: &impl ConnectionTrait,
    model: mandate_template::Model,
) -> Result<(), DbErr> {
    super::owned::update::<Templates>(conn, model).await
}
