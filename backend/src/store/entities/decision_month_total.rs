use sea_orm::entity::prelude::*;

use crate::domain::{decision::Status, mandate::Verdict};

/// How many decisions, for how much, fall in one month with the same team, professional,
/// category, verdict, urgency and current status. Reports read these instead of decisions.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "decision_month_totals")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub organisation_id: Uuid,
    /// The first day of the month of the decision's Amsterdam date.
    #[sea_orm(primary_key, auto_increment = false)]
    pub month: Date,
    #[sea_orm(primary_key, auto_increment = false)]
    pub dimensions: String,
    pub team_id: Option<Uuid>,
    pub professional_id: Uuid,
    pub category_id: Uuid,
    pub verdict: Verdict,
    pub urgent: bool,
    pub status: Status,
    pub decisions: i64,
    pub amount_cents: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
