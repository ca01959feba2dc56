use sea_orm::entity::prelude::*;

use crate::domain::webhook::DeliveryState;

/// One event for one subscription, with where its delivery stands.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "webhook_deliveries")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub subscription_id: Uuid,
    pub event_id: Uuid,
    pub event_type: String,
    pub state: DeliveryState,
    pub attempts: i32,
    pub last_status_code: Option<i32>,
    pub last_error: Option<String>,
    /// When it is due; `None` once delivered or failed.
    pub next_attempt_at: Option<DateTimeUtc>,
    /// While a worker is sending it: until when, and which worker. Another worker may take it
    /// over only after that time (the worker died mid-attempt).
    pub lease_until: Option<DateTimeUtc>,
    pub lease_owner: Option<Uuid>,
    pub created_at: DateTimeUtc,
    pub delivered_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
