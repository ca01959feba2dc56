//! Queries shared by the tables whose rows belong to one organisation and are keyed by a UUIDv7
//! id: every lookup filters on the organisation, so no query can reach another tenant's row.

use sea_orm::QuerySelect;
use sea_orm::{
    ActiveModelBehavior, ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait,
    IntoActiveModel, QueryFilter,
};
use uuid::Uuid;

use super::entities::{api_client, category, mandate_template, team, user, webhook_subscription};

pub trait Owned: EntityTrait {
    const ID: Self::Column;
    const ORGANISATION: Self::Column;
}

impl Owned for api_client::Entity {
    const ID: Self::Column = api_client::Column::Id;
    const ORGANISATION: Self::Column = api_client::Column::OrganisationId;
}

impl Owned for category::Entity {
    const ID: Self::Column = category::Column::Id;
    const ORGANISATION: Self::Column = category::Column::OrganisationId;
}

impl Owned for team::Entity {
    const ID: Self::Column = team::Column::Id;
    const ORGANISATION: Self::Column = team::Column::OrganisationId;
}

impl Owned for user::Entity {
    const ID: Self::Column = user::Column::Id;
    const ORGANISATION: Self::Column = user::Column::OrganisationId;
}

impl Owned for mandate_template::Entity {
    const ID: Self::Column = mandate_template::Column::Id;
    const ORGANISATION: Self::Column = mandate_template::Column::OrganisationId;
}

impl Owned for webhook_subscription::Entity {
    const ID: Self::Column = webhook_subscription::Column::Id;
    const ORGANISATION: Self::Column = webhook_subscription::Column::OrganisationId;
}

/// The row with this id, if it belongs to this organisation (a query, to run alone or with
/// others in one [`super::reads::Reads`]).
pub fn find<E: Owned>(organisation_id: Uuid, id: Uuid) -> sea_orm::Select<E> {
    E::find()
        .filter(E::ID.eq(id))
        .filter(E::ORGANISATION.eq(organisation_id))
        .limit(1)
}

/// One page of the organisation's rows in id (creation) order.
pub async fn page<E: Owned>(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    after: Option<Uuid>,
    limit: u64,
) -> Result<Vec<E::Model>, DbErr> {
    super::paging::after_id(
        conn,
        E::find().filter(E::ORGANISATION.eq(organisation_id)),
        E::ID,
        after,
        limit,
    )
    .await
}

/// Which of these ids are rows of this organisation.
pub async fn existing_ids<E: Owned>(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    ids: &[Uuid],
) -> Result<Vec<Uuid>, DbErr> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    E::find()
        .select_only()
        .column(E::ID)
        .filter(E::ORGANISATION.eq(organisation_id))
        .filter(E::ID.is_in(ids.iter().copied()))
        .into_tuple()
        .all(conn)
        .await
}

pub async fn insert<E>(conn: &impl ConnectionTrait, model: E::Model) -> Result<(), DbErr>
where
    E: Owned,
    E::Model: IntoActiveModel<E::ActiveModel>,
    E::ActiveModel: ActiveModelTrait<Entity = E> + Send,
{
    E::insert(model.into_active_model())
        .exec_without_returning(conn)
        .await?;
    Ok(())
}

/// Writes every column: the model is the whole new state of the row.
pub async fn update<E>(conn: &impl ConnectionTrait, model: E::Model) -> Result<(), DbErr>
where
    E: Owned,
    E::Model: IntoActiveModel<E::ActiveModel>,
    E::ActiveModel: ActiveModelTrait<Entity = E> + ActiveModelBehavior + Send,
{
    model.into_active_model().reset_all().update(conn).await?;
    Ok(())
}
