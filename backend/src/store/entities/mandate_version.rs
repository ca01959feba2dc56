use sea_orm::entity::prelude::*;

use crate::{
    domain::mandate::{CategoryRule, PeriodKind},
    store::columns::JsonText,
};

/// One version of a professional's mandate; written once, never changed.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "mandate_versions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub user_id: Uuid,
    pub valid_from: Date,
    pub reason: String,
    pub author_id: Uuid,
    pub period: PeriodKind,
    pub period_limit_cents: Option<i64>,
    pub per_client_year_limit_cents: Option<i64>,
    /// The rule per category, written once and read whole.
    pub rules: JsonText<Vec<CategoryRule>>,
    pub template_id: Option<Uuid>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
