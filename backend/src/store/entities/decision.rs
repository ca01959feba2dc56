use sea_orm::entity::prelude::*;

use crate::{
    domain::{
        decision::Status,
        mandate::{ExplanationLine, Verdict},
    },
    store::columns::JsonText,
};

/// A custom decision (maatwerkbeslissing) taken by a professional.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "decisions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub professional_id: Uuid,
    pub team_id: Option<Uuid>,
    pub category_id: Uuid,
    pub client_ref: String,
    pub amount_cents: i64,
    pub title: String,
    pub situation: String,
    pub solution: String,
    pub rationale: String,
    pub deviates_from: Option<String>,
    pub decided_at: DateTimeUtc,
    /// The Amsterdam date of `decided_at`: it decides the mandate version and the periods.
    pub decided_on: Date,
    pub recorded_at: DateTimeUtc,
    pub urgent: bool,
    pub client_verdict: Option<Verdict>,
    pub verdict: Verdict,
    /// The check's explanation lines.
    pub explanation: JsonText<Vec<ExplanationLine>>,
    pub mandate_version_id: Option<Uuid>,
    pub status: Status,
    pub case_url: Option<String>,
    pub updated_at: DateTimeUtc,
    /// When its personal fields (client reference, free texts) were erased, if they were.
    pub erased_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
