//! Categories (kinds of custom decision).

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel, QueryFilter,
};
use uuid::Uuid;

use super::entities::category::{self, Entity as Categories};

pub async fn find(conn: &impl ConnectionTrait, organisation_id: Uuid, id: Uuid) -> Result<Option<category::Model>, DbErr> {
    Categories::find_by_id(id).filter(category::Column::OrganisationId.eq(organisation_id)).one(conn).await
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
    let query = Categories::find().filter(category::Column::OrganisationId.eq(organisation_id));
    super::paging::after_id(conn, query, category::Column::Id, after, limit).await
}

pub async fn insert(conn: &impl ConnectionTrait, model: category::Model) -> Result<(), DbErr> {
    Categories::insert(model.into_active_model()).exec_without_returning(conn).await?;
    Ok(())
}

pub async fn update(conn: &impl ConnectionTrait, model: category::Model) -> Result<(), DbErr> {
    // Every column is written: the model is the whole new state of the row.
    model.into_active_model().reset_all().update(conn).await?;
    Ok(())
}
