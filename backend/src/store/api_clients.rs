//! Machine clients and the client assertions they have used.

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel, QueryFilter,
    sea_query::OnConflict,
};
use uuid::Uuid;

use super::entities::{
    api_client::{self, Entity as ApiClients},
    client_assertion::{self, Entity as ClientAssertions},
};

/// The client with this id, if it is one of this organisation's.
pub fn find(organisation_id: Uuid, id: Uuid) -> sea_orm::Select<ApiClients> {
    super::owned::find::<ApiClients>(organisation_id, id)
}

/// The client with this id in any organisation: the token endpoint knows only the client id.
pub async fn find_anywhere(
    conn: &impl ConnectionTrait,
    id: Uuid,
) -> Result<Option<api_client::Model>, DbErr> {
    ApiClients::find_by_id(id).one(conn).await
}

pub async fn page(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    after: Option<Uuid>,
    limit: u64,
) -> Result<Vec<api_client::Model>, DbErr> {
    super::owned::page::<ApiClients>(conn, organisation_id, after, limit).await
}

pub async fn insert(conn: &impl ConnectionTrait, model: api_client::Model) -> Result<(), DbErr> {
    super::owned::insert::<ApiClients>(conn, model).await
}

pub async fn update(conn: &impl ConnectionTrait, model: api_client::Model) -> Result<(), DbErr> {
    super::owned::update::<ApiClients>(conn, model).await
}

/// Records that the client used an assertion with this `jti`; `false` when it had already
/// (the primary key decides, so two servers cannot both accept one assertion). Assertions
/// past their expiry are forgotten first: they would be refused for their `exp` anyway.
pub async fn use_assertion(
    conn: &impl ConnectionTrait,
    client_id: Uuid,
    jti: &str,
    expires_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    ClientAssertions::delete_many()
        .filter(client_assertion::Column::ExpiresAt.lt(now))
        .exec(conn)
        .await?;
    let row = client_assertion::Model {
        client_id,
        jti: jti.to_owned(),
        expires_at,
    };
    let inserted = ClientAssertions::insert(row.into_active_model())
        .on_conflict(
            OnConflict::columns([
                client_assertion::Column::ClientId,
                client_assertion::Column::Jti,
            ])
            .do_nothing()
            .to_owned(),
        )
        .exec_without_returning(conn)
        .await?;
    Ok(inserted == 1)
}
