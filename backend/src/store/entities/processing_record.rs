use sea_orm::entity::prelude::*;

use crate::domain::processing::StatusCode;

/// One processing of one client's data, in the shape of the Logboek Dataverwerkingen.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "processing_log")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    /// W3C trace and span ids, lower-case hex.
    pub trace_id: String,
    pub span_id: String,
    pub parent_span_id: Option<String>,
    pub name: String,
    pub start_time: DateTimeUtc,
    pub end_time: DateTimeUtc,
    pub status_code: StatusCode,
    pub processing_activity_id: String,
    /// The pseudonymous client reference.
    pub data_subject_id: String,
    pub data_subject_id_type: String,
    pub actor_id: Option<Uuid>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
