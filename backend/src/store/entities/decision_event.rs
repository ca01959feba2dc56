use sea_orm::entity::prelude::*;

/// Something that happened to a decision: created, co-signed, approved, reviewed, ...
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "decision_events")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub decision_id: Uuid,
    pub kind: String,
    pub actor_id: Uuid,
    pub at: DateTimeUtc,
    pub comment: Option<String>,
    /// JSON with what the event carries (e.g. a review's outcome and learning).
    pub data: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
