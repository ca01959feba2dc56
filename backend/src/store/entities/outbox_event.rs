use sea_orm::entity::prelude::*;

/// An event to announce, written in the transaction of its cause (the outbox). The delivery
/// worker fans it out to the subscriptions that ask for it, once.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "outbox_events")]
pub struct Model {
    /// Also the `webhook-id` of every delivery of it.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub event_type: String,
    /// The body exactly as sent, `{"type", "timestamp", "data"}`: every retry sends these bytes.
    pub body: String,
    pub created_at: DateTimeUtc,
    /// Whether its deliveries were made.
    pub dispatched: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
