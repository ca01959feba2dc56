use sea_orm::entity::prelude::*;

/// An organisation's own OpenID Connect provider whose tokens Mandaat accepts.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "identity_providers")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub organisation_id: Uuid,
    pub issuer: String,
    pub audience: String,
    /// The provider's JSON Web Key Set, as JSON text.
    pub jwks: String,
    /// `email` or `sub`: which claim names the person.
    pub user_claim: String,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
