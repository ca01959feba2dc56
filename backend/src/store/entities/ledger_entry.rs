use sea_orm::entity::prelude::*;

use crate::domain::ledger::EntryKind;

/// One booking in the budget ledger; entries are only ever added.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "ledger_entries")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub decision_id: Option<Uuid>,
    pub professional_id: Uuid,
    pub team_id: Option<Uuid>,
    pub category_id: Uuid,
    pub client_ref: String,
    pub kind: EntryKind,
    pub amount_cents: i64,
    /// The Amsterdam date of the decision, which decides its period.
    pub booked_on: Date,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
