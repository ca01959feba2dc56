use sea_orm::entity::prelude::*;

use crate::{domain::story::StoryStatus, store::columns::JsonText};

/// A story of the casebook (casusboek).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "stories")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub author_id: Uuid,
    /// The author's team whose leads publish it.
    pub team_id: Option<Uuid>,
    /// The author's own decision it tells, if any.
    pub decision_id: Option<Uuid>,
    pub category_id: Option<Uuid>,
    pub title: String,
    pub body: String,
    pub learning: Option<String>,
    pub tags: JsonText<Vec<String>>,
    /// `|tag|tag|`: a tag is found with `LIKE '%|tag|%'`.
    pub tag_index: String,
    /// ` stem stem `: the Dutch stems of its texts (see `domain::words`).
    pub search_stems: String,
    pub status: StoryStatus,
    /// Raised by every change: the `ETag` an edit must name.
    pub version: i64,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub published_at: Option<DateTimeUtc>,
    pub published_by: Option<Uuid>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
