//! Organisations' own OpenID Connect providers.

use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel, QueryFilter};
use uuid::Uuid;

use super::entities::identity_provider::{self, Entity as IdentityProviders};

pub async fn of_organisation(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
) -> Result<Option<identity_provider::Model>, DbErr> {
    IdentityProviders::find_by_id(organisation_id)
        .one(conn)
        .await
}

pub async fn by_issuer(
    conn: &impl ConnectionTrait,
    issuer: &str,
) -> Result<Option<identity_provider::Model>, DbErr> {
    IdentityProviders::find()
        .filter(identity_provider::Column::Issuer.eq(issuer))
        .one(conn)
        .await
}

pub async fn upsert(
    conn: &impl ConnectionTrait,
    model: identity_provider::Model,
) -> Result<(), DbErr> {
    IdentityProviders::delete_by_id(model.organisation_id)
        .exec(conn)
        .await?;
    IdentityProviders::insert(model.into_active_model())
        .exec_without_returning(conn)
        .await?;
    Ok(())
}
