use sea_orm::entity::prelude::*;

use crate::domain::mandate::PeriodKind;

/// A team's shared custom-solutions budget for one calendar period.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "team_budget_pots")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub team_id: Uuid,
    pub period: PeriodKind,
    pub starts_on: Date,
    pub limit_cents: i64,
    pub created_by: Uuid,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
