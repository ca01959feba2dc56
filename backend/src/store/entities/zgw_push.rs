use sea_orm::entity::prelude::*;

use crate::domain::zgw::PushState;

/// Where a final decision's push to the ZGW Besluiten API stands (no row: not applicable).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "zgw_pushes")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub decision_id: Uuid,
    pub organisation_id: Uuid,
    pub state: PushState,
    /// The besluit's `url` once the API created it.
    pub besluit_url: Option<String>,
    pub attempts: i32,
    pub last_status_code: Option<i32>,
    pub last_error: Option<String>,
    /// When it is due; `None` once pushed, failed or not applicable.
    pub next_attempt_at: Option<DateTimeUtc>,
    /// While a worker is pushing it: until when, and which worker (as a webhook delivery's).
    pub lease_until: Option<DateTimeUtc>,
    pub lease_owner: Option<Uuid>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
