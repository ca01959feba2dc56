//! Mandate versions: appended, never changed.

use chrono::NaiveDate;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder,
    QuerySelect,
};
use uuid::Uuid;

use super::entities::mandate_version::{self, Entity as MandateVersions};

pub async fn insert(
    conn: &impl ConnectionTrait,
    model: mandate_version::Model,
) -> Result<(), DbErr> {
    MandateVersions::insert(model.into_active_model())
        .exec_without_returning(conn)
        .await?;
    Ok(())
}

/// All versions of a professional, newest first (by start, then by creation).
pub async fn of_user(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    user_id: Uuid,
) -> Result<Vec<mandate_version::Model>, DbErr> {
    of_user_query(organisation_id, user_id).all(conn).await
}

/// The query of [`of_user`], to join with others (see [`super::reads`]).
pub fn of_user_query(organisation_id: Uuid, user_id: Uuid) -> sea_orm::Select<MandateVersions> {
    MandateVersions::find()
        .filter(mandate_version::Column::OrganisationId.eq(organisation_id))
        .filter(mandate_version::Column::UserId.eq(user_id))
        .order_by_desc(mandate_version::Column::ValidFrom)
        .order_by_desc(mandate_version::Column::Id)
}

/// The most recently created version: the one a new version replaces (its id is the ETag).
pub async fn latest(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    user_id: Uuid,
) -> Result<Option<mandate_version::Model>, DbErr> {
    MandateVersions::find()
        .filter(mandate_version::Column::OrganisationId.eq(organisation_id))
        .filter(mandate_version::Column::UserId.eq(user_id))
        .order_by_desc(mandate_version::Column::Id)
        .one(conn)
        .await
}

/// The version in force on `date`: the latest start on or before it; of two with the same
/// start, the one created last.
pub fn in_force(
    organisation_id: Uuid,
    user_id: Uuid,
    date: NaiveDate,
) -> sea_orm::Select<MandateVersions> {
    MandateVersions::find()
        .filter(mandate_version::Column::OrganisationId.eq(organisation_id))
        .filter(mandate_version::Column::UserId.eq(user_id))
        .filter(mandate_version::Column::ValidFrom.lte(date))
        .order_by_desc(mandate_version::Column::ValidFrom)
        .order_by_desc(mandate_version::Column::Id)
        .limit(1)
}
