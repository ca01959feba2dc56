use sea_orm::entity::prelude::*;

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
    pub period: String,
    pub period_limit_cents: Option<i64>,
    pub per_client_year_limit_cents: Option<i64>,
    /// `Vec<CategoryRule>` as JSON.
    pub rules: String,
    pub template_id: Option<Uuid>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
