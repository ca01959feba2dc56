//! Mandate templates.

use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel, QueryFilter};
use uuid::Uuid;

use super::entities::mandate_template::{self, Entity as Templates};

pub async fn find(conn: &impl ConnectionTrait, organisation_id: Uuid, id: Uuid) -> Result<Option<mandate_template::Model>, DbErr> {
    Templates::find_by_id(id).filter(mandate_template::Column::OrganisationId.eq(organisation_id)).one(conn).await
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
    let query = Templates::find().filter(mandate_template::Column::OrganisationId.eq(organisation_id));
    super::paging::after_id(conn, query, mandate_template::Column::Id, after, limit).await
}

pub async fn insert(conn: &impl ConnectionTrait, model: mandate_template::Model) -> Result<(), DbErr> {
    Templates::insert(model.into_active_model()).exec_without_returning(conn).await?;
    Ok(())
}

pub async fn update(conn: &impl ConnectionTrait, model: mandate_template::Model) -> Result<(), DbErr> {
    model.into_active_model().reset_all().update(conn).await?;
    Ok(())
}
