//! `/stories`: the casebook (casusboek) of custom solutions told so colleagues can learn.

use poem::web::Data;
use poem_openapi::{
    ApiResponse, Enum, Object, OpenApi,
    param::{Header, Path, Query},
    payload::Json,
    types::MaybeUndefined,
};
use uuid::Uuid;

use super::{
    common::{Tag, item_page},
    users::maybe,
};
use crate::{
    domain::story::StoryStatus as DomainStatus,
    http::{problem::ApiError, security::Auth, state::AppState, timestamp::Timestamp},
    service::{
        self,
        page::PageRequest,
        stories::{NewStory, StoryChange, StoryFilter, etag},
    },
    store::entities::story as story_row,
};

#[derive(Default)]
pub struct StoriesApi;

/// Where a story stands: a `draft` is read by its author and the leads of the author's team;
/// `published` by everyone in the organisation.
#[derive(Enum, Clone, Copy, Debug, PartialEq, Eq)]
#[oai(rename_all = "snake_case")]
pub enum StoryStatus {
    Draft,
    Published,
}

impl From<DomainStatus> for StoryStatus {
    fn from(status: DomainStatus) -> Self {
        match status {
            DomainStatus::Draft => StoryStatus::Draft,
            DomainStatus::Published => StoryStatus::Published,
        }
    }
}

/// A story of the casebook (casus): a custom solution and what it teaches. Anonymous: never a
/// client reference or a BSN.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct Story {
    pub id: Uuid,
    pub status: StoryStatus,
    pub title: String,
    pub body: String,
    /// What colleagues can learn from it.
    pub learning: Option<String>,
    pub category_id: Option<Uuid>,
    /// Lower case.
    pub tags: Vec<String>,
    /// The author's own decision it tells, if any.
    pub decision_id: Option<Uuid>,
    pub author_id: Uuid,
    /// The author's team, whose leads publish it.
    pub team_id: Option<Uuid>,
    /// Raised by every change; the `ETag` is this number in quotes.
    pub version: i64,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub published_at: Option<Timestamp>,
    pub published_by: Option<Uuid>,
}

impl From<story_row::Model> for Story {
    fn from(s: story_row::Model) -> Self {
        Self {
            id: s.id,
            status: s.status.into(),
            title: s.title,
            body: s.body,
            learning: s.learning,
            category_id: s.category_id,
            tags: s.tags.0,
            decision_id: s.decision_id,
            author_id: s.author_id,
            team_id: s.team_id,
            version: s.version,
            created_at: s.created_at.into(),
            updated_at: s.updated_at.into(),
            published_at: s.published_at.map(Timestamp::from),
            published_by: s.published_by,
        }
    }
}

item_page!(StoryPage, Story);

/// A new story, a draft. Told from one's own decision (`decisionId`), `title`, `body` and
/// `categoryId` start from the decision when absent (never its client reference).
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct CreateStoryRequest {
    pub decision_id: Option<Uuid>,
    pub category_id: Option<Uuid>,
    /// 1 to 200 characters; required unless told from a decision.
    pub title: Option<String>,
    /// Up to 8,000 characters; required unless told from a decision.
    pub body: Option<String>,
    /// Up to 4,000 characters.
    pub learning: Option<String>,
    /// At most 10, each 1 to 40 characters.
    #[oai(default)]
    pub tags: Vec<String>,
}

/// Changes to a story; absent fields stay as they are, `null` clears.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct UpdateStoryRequest {
    pub category_id: MaybeUndefined<Uuid>,
    pub title: Option<String>,
    pub body: Option<String>,
    pub learning: MaybeUndefined<String>,
    pub tags: Option<Vec<String>>,
}

#[derive(ApiResponse)]
pub enum StoryListResponse {
    /// A page of stories, newest first.
    #[oai(status = 200)]
    Ok(Json<StoryPage>),
}

#[derive(ApiResponse)]
pub enum StoryResponse {
    /// The story; `ETag` names its version (send it as `If-Match` to change it).
    #[oai(status = 200)]
    Ok(Json<Story>, #[oai(header = "ETag")] String),
}

#[derive(ApiResponse)]
pub enum StoryCreatedResponse {
    /// The draft was created.
    #[oai(status = 201)]
    Created(Json<Story>, #[oai(header = "ETag")] String),
}

fn ok(story: story_row::Model) -> StoryResponse {
    let tag = etag(&story);
    StoryResponse::Ok(Json(story.into()), tag)
}

#[OpenApi(tag = "Tag::Learning")]
impl StoriesApi {
    /// The casebook: published stories, and the drafts the caller may see (their own; a lead's
    /// team's), newest first. `q` finds Dutch word forms (aanvraag finds aanvragen).
    #[allow(clippy::too_many_arguments)]
    #[oai(path = "/stories", method = "get", operation_id = "listStories")]
    async fn list(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        /// Words that must each occur, in any of their forms, in the title, body, learning or
        /// tags (a word also finds the compounds it begins: huur finds huurachterstand).
        q: Query<Option<String>>,
        #[oai(name = "categoryId")] category_id: Query<Option<Uuid>>,
        /// One tag, exactly (case is ignored).
        tag: Query<Option<String>>,
        /// `draft` or `published`.
        status: Query<Option<String>>,
        /// Page size, 1 to 200 (default 50).
        limit: Query<Option<i64>>,
        /// `nextCursor` of the previous page.
        cursor: Query<Option<String>>,
    ) -> Result<StoryListResponse, ApiError> {
        let page = PageRequest::parse(limit.0, cursor.0.as_deref())?;
        let filter = StoryFilter {
            q: q.0,
            category_id: category_id.0,
            tag: tag.0,
            status: status.0,
        };
        let page = service::stories::list(&state.db, &auth.0, filter, page).await?;
        Ok(StoryListResponse::Ok(Json(StoryPage::from_page(
            page,
            Story::from,
        ))))
    }

    /// Draft a story (professionals and team leads), from one's own decision or from scratch.
    /// A text that holds a BSN or the decision's client reference is refused, naming the field.
    #[oai(path = "/stories", method = "post", operation_id = "createStory")]
    async fn create(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        body: Json<CreateStoryRequest>,
    ) -> Result<StoryCreatedResponse, ApiError> {
        let body = body.0;
        let new = NewStory {
            decision_id: body.decision_id,
            category_id: body.category_id,
            title: body.title,
            body: body.body,
            learning: body.learning,
            tags: body.tags,
        };
        let story = service::stories::create(&state.db, &auth.0, new).await?;
        let tag = etag(&story);
        Ok(StoryCreatedResponse::Created(Json(story.into()), tag))
    }

    /// One story: published ones for everyone in the organisation, a draft for its author and
    /// the leads of the author's team.
    #[oai(path = "/stories/:id", method = "get", operation_id = "getStory")]
    async fn get(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        id: Path<Uuid>,
    ) -> Result<StoryResponse, ApiError> {
        Ok(ok(service::stories::get(&state.db, &auth.0, id.0).await?))
    }

    /// Change a story (its author, or a lead of the author's team). `If-Match` with the
    /// story's `ETag` is required: stale `412`, missing `428`.
    #[oai(path = "/stories/:id", method = "patch", operation_id = "updateStory")]
    async fn update(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        id: Path<Uuid>,
        /// The `ETag` of the story as last read.
        #[oai(name = "If-Match")]
        if_match: Header<Option<String>>,
        body: Json<UpdateStoryRequest>,
    ) -> Result<StoryResponse, ApiError> {
        let body = body.0;
        let change = StoryChange {
            category_id: maybe(body.category_id),
            title: body.title,
            body: body.body,
            learning: maybe(body.learning),
            tags: body.tags,
        };
        Ok(ok(service::stories::update(
            &state.db,
            &auth.0,
            id.0,
            if_match.0.as_deref(),
            change,
        )
        .await?))
    }

    /// Publish a draft (a lead of the author's team, never the author): from then on everyone
    /// in the organisation reads it. Send `If-Match` with the `ETag` of the story as read, so
    /// that what is published is what the lead read: a story changed since is `412`.
    #[oai(
        path = "/stories/:id/publish",
        method = "post",
        operation_id = "publishStory"
    )]
    async fn publish(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        id: Path<Uuid>,
        /// The `ETag` of the story as the lead read it.
        #[oai(name = "If-Match")]
        if_match: Header<Option<String>>,
    ) -> Result<StoryResponse, ApiError> {
        Ok(ok(service::stories::publish(
            &state.db,
            &auth.0,
            id.0,
            if_match.0.as_deref(),
        )
        .await?))
    }
}
