use sea_orm::entity::prelude::*;

/// A machine client of an organisation: another system calling the API with OAuth 2.0 client
/// credentials. Its id is the OAuth `client_id`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "api_clients")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub name: String,
    /// Space-separated scopes the client may ask for.
    pub scopes: String,
    pub active: bool,
    /// The client's public keys (JWKS as JSON text) for `private_key_jwt`.
    pub jwks: Option<String>,
    /// Hex SHA-256 of the current secret; the secret itself is never stored.
    pub secret_hash: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
