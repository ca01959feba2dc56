use sea_orm::entity::prelude::*;

use crate::domain::decision::EventKind;

/// How many workflow steps (co-signs, approvals, rejections, reviews, reflections) of one kind
/// and outcome were taken in a month, per professional, category and team.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "decision_step_totals")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub organisation_id: Uuid,
    /// The first day of the Amsterdam month the step was taken in.
    #[sea_orm(primary_key, auto_increment = false)]
    pub month: Date,
    #[sea_orm(primary_key, auto_increment = false)]
    pub dimensions: String,
    pub team_id: Option<Uuid>,
    pub professional_id: Uuid,
    pub category_id: Uuid,
    /// `cosigned`, `approved`, `rejected`, `withdrawn`, `reviewed` or `reflected`.
    pub step: EventKind,
    /// `backed` / `not_backed` for reviews, `worked` / `did_not_work` for reflections, else empty.
    pub outcome: String,
    pub steps: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
