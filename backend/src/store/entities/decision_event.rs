use sea_orm::entity::prelude::*;

use crate::{
    domain::decision::{EventData, EventKind},
    store::columns::JsonText,
};

/// Something that happened to a decision: created, co-signed, approved, reviewed, ...
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "decision_events")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub decision_id: Uuid,
    pub kind: EventKind,
    pub actor_id: Uuid,
    pub at: DateTimeUtc,
    pub comment: Option<String>,
    /// What the event carries (e.g. a review's outcome and learning).
    pub data: JsonText<EventData>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
