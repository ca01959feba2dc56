use sea_orm::entity::prelude::*;

use crate::domain::decision::EventKind;

/// How many steps of one kind (co-sign, approval, rejection, review) were taken in a month a
/// given number of whole hours after the decision was logged, for one combination of report
/// filters. The hours make turnaround percentiles computable without reading the decisions.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "decision_step_durations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub organisation_id: Uuid,
    /// The filters this row answers: `t:<team>`, `p:<professional>`, `c:<category>` joined by
    /// `|` in that order, or empty for the whole organisation.
    #[sea_orm(primary_key, auto_increment = false)]
    pub scope: String,
    /// The first day of the Amsterdam month the step was taken in.
    #[sea_orm(primary_key, auto_increment = false)]
    pub month: Date,
    #[sea_orm(primary_key, auto_increment = false)]
    pub step: EventKind,
    /// Hours since logging: exact up to 48, then rounded down to whole days, after four weeks
    /// to whole weeks.
    #[sea_orm(primary_key, auto_increment = false)]
    pub hours: i64,
    pub steps: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
