use sea_orm::entity::prelude::*;

use crate::store::columns::JsonText;

/// A receiver of the organisation's events.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "webhook_subscriptions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub url: String,
    pub event_types: JsonText<Vec<String>>,
    pub description: Option<String>,
    pub active: bool,
    /// `whsec_…`: kept as issued, since every delivery is signed with it.
    pub secret: String,
    /// Why the server switched it off (a `410 Gone`), if it did.
    pub disabled_reason: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
