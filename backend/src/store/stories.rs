//! Stories of the casebook: kept, changed under a version check, and found by stems and tags.

use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel, QueryFilter,
    QueryOrder, QuerySelect,
    sea_query::{Expr, ExprTrait, LikeExpr},
};
use uuid::Uuid;

use super::entities::story::{self, Entity as Stories};
use crate::domain::story::StoryStatus;

pub async fn find(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    id: Uuid,
) -> Result<Option<story::Model>, DbErr> {
    Stories::find_by_id(id)
        .filter(story::Column::OrganisationId.eq(organisation_id))
        .one(conn)
        .await
}

pub async fn insert(conn: &impl ConnectionTrait, model: story::Model) -> Result<(), DbErr> {
    Stories::insert(model.into_active_model())
        .exec_without_returning(conn)
        .await?;
    Ok(())
}

/// Writes `model` (whose `version` is already raised) if the stored version is still
/// `expected`; `false` when someone changed it meanwhile.
pub async fn update_if_version(
    conn: &impl ConnectionTrait,
    model: story::Model,
    expected: i64,
) -> Result<bool, DbErr> {
    let result = Stories::update_many()
        .col_expr(story::Column::CategoryId, model.category_id.into())
        .col_expr(story::Column::Title, model.title.into())
        .col_expr(story::Column::Body, model.body.into())
        .col_expr(story::Column::Learning, model.learning.into())
        .col_expr(story::Column::Tags, model.tags.into())
        .col_expr(story::Column::TagIndex, model.tag_index.into())
        .col_expr(story::Column::SearchStems, model.search_stems.into())
        .col_expr(story::Column::Status, model.status.into())
        .col_expr(story::Column::Version, model.version.into())
        .col_expr(story::Column::UpdatedAt, model.updated_at.into())
        .col_expr(story::Column::PublishedAt, model.published_at.into())
        .col_expr(story::Column::PublishedBy, model.published_by.into())
        .filter(story::Column::Id.eq(model.id))
        .filter(story::Column::OrganisationId.eq(model.organisation_id))
        .filter(story::Column::Version.eq(expected))
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// What a list of stories may be narrowed to.
#[derive(Default)]
pub struct Filter {
    /// Per word of the search, the alternatives of which one must begin a stem of the story
    /// (see `domain::words::search_terms`).
    pub terms: Vec<Vec<String>>,
    pub category_id: Option<Uuid>,
    pub tag: Option<String>,
    pub status: Option<StoryStatus>,
    /// Drafts the caller may see: their own, and those of the teams they lead.
    pub drafts_of_author: Uuid,
    pub drafts_of_teams: Vec<Uuid>,
    /// Only published stories of these teams (the lessons of one's teams).
    pub published_of_teams: Option<Vec<Uuid>>,
}

fn escaped(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

/// One page, newest first: stories with an id below `before` (all when `None`).
pub async fn page(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    filter: &Filter,
    before: Option<Uuid>,
    limit: u64,
) -> Result<Vec<story::Model>, DbErr> {
    let mut query = Stories::find().filter(story::Column::OrganisationId.eq(organisation_id));
    let mut drafts = Condition::any().add(story::Column::AuthorId.eq(filter.drafts_of_author));
    if !filter.drafts_of_teams.is_empty() {
        drafts = drafts.add(story::Column::TeamId.is_in(filter.drafts_of_teams.iter().copied()));
    }
    let mut published = Condition::all().add(story::Column::Status.eq(StoryStatus::Published));
    if let Some(teams) = &filter.published_of_teams {
        published = published.add(story::Column::TeamId.is_in(teams.iter().copied()));
        query = query.filter(published);
    } else {
        query = query.filter(
            Condition::any().add(published).add(
                Condition::all()
                    .add(story::Column::Status.eq(StoryStatus::Draft))
                    .add(drafts),
            ),
        );
    }
    if let Some(status) = filter.status {
        query = query.filter(story::Column::Status.eq(status));
    }
    if let Some(category) = filter.category_id {
        query = query.filter(story::Column::CategoryId.eq(category));
    }
    if let Some(tag) = &filter.tag {
        let pattern = format!("%|{}|%", escaped(tag));
        query = query
            .filter(Expr::col(story::Column::TagIndex).like(LikeExpr::new(pattern).escape('\\')));
    }
    for alternatives in &filter.terms {
        // Stems are stored between spaces: ' stem' begins a stored stem, on both databases.
        let mut any = Condition::any();
        for term in alternatives {
            let pattern = format!("% {}%", escaped(term));
            any = any.add(
                Expr::col(story::Column::SearchStems).like(LikeExpr::new(pattern).escape('\\')),
            );
        }
        query = query.filter(any);
    }
    if let Some(before) = before {
        query = query.filter(story::Column::Id.lt(before));
    }
    query
        .order_by_desc(story::Column::Id)
        .limit(limit)
        .all(conn)
        .await
}

/// The published stories told from any of these decisions.
pub async fn published_of_decisions(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    decision_ids: &[Uuid],
) -> Result<Vec<story::Model>, DbErr> {
    let mut stories = Vec::new();
    for chunk in decision_ids.chunks(500) {
        stories.extend(
            Stories::find()
                .filter(story::Column::OrganisationId.eq(organisation_id))
                .filter(story::Column::Status.eq(StoryStatus::Published))
                .filter(story::Column::DecisionId.is_in(chunk.iter().copied()))
                .order_by_asc(story::Column::Id)
                .all(conn)
                .await?,
        );
    }
    Ok(stories)
}
