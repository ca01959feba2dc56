use sea_orm::entity::prelude::*;

use crate::{
    domain::{
        decision::CorrectionState,
        mandate::{ExplanationLine, Verdict},
    },
    store::columns::JsonText,
};

/// A correction of a decision's amount, with the mandate check of what it adds.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "decision_corrections")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub decision_id: Uuid,
    /// The decision's author and team, so a lead's waiting corrections are found directly.
    pub professional_id: Uuid,
    pub team_id: Option<Uuid>,
    pub requested_by: Uuid,
    pub requested_at: DateTimeUtc,
    /// What the decision held committed before, and what it is to hold.
    pub from_cents: i64,
    pub to_cents: i64,
    pub reason: String,
    /// The check of the difference, for a correction that raises the amount.
    pub verdict: Option<Verdict>,
    pub explanation: JsonText<Vec<ExplanationLine>>,
    pub mandate_version_id: Option<Uuid>,
    pub state: CorrectionState,
    /// The lead who approved or rejected it.
    pub decided_by: Option<Uuid>,
    pub decided_at: Option<DateTimeUtc>,
    pub decision_comment: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
