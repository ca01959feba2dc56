use sea_orm::entity::prelude::*;

use crate::{
    domain::mandate::{CategoryRule, PeriodKind},
    store::columns::JsonText,
};

/// A named set of mandate terms a team lead applies to several professionals at once.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "mandate_templates")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub name: String,
    pub description: Option<String>,
    pub period: PeriodKind,
    pub period_limit_cents: Option<i64>,
    pub per_client_year_limit_cents: Option<i64>,
    pub rules: JsonText<Vec<CategoryRule>>,
    pub created_by: Uuid,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
