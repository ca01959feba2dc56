//! `/lessons`: what the caller's teams learned (the Lessen screen).

use poem::web::Data;
use poem_openapi::{ApiResponse, Enum, Object, OpenApi, param::Query, payload::Json};
use uuid::Uuid;

use super::{
    common::{Tag, item_page},
    decisions::ReviewOutcome,
};
use crate::{
    http::{problem::ApiError, security::Auth, state::AppState, timestamp::Timestamp},
    service::{self, lessons::Lesson as Found, page::PageRequest},
};

#[derive(Default)]
pub struct LessonsApi;

/// Where a lesson comes from.
#[derive(Enum, Clone, Copy, Debug, PartialEq, Eq)]
#[oai(rename_all = "snake_case")]
pub enum LessonKind {
    /// A lead's learning when reviewing a decision of the team (rugdekking or not).
    Learning,
    /// A published story of the team.
    Story,
}

/// One lesson of the caller's teams.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct Lesson {
    /// The review event's id, or the story's.
    pub id: Uuid,
    pub kind: LessonKind,
    /// When the learning was written, or the story published.
    pub at: Timestamp,
    /// The decision's title, or the story's.
    pub title: String,
    /// What is learned: the lead's learning, or the story's.
    pub learning: Option<String>,
    /// A review's judgement (`learning` only).
    pub outcome: Option<ReviewOutcome>,
    /// The lead who wrote the learning (`learning` only).
    pub lead_id: Option<Uuid>,
    pub lead_name: Option<String>,
    /// The decision reviewed, or the decision the story tells.
    pub decision_id: Option<Uuid>,
    /// The story (`story` only).
    pub story_id: Option<Uuid>,
    pub category_id: Option<Uuid>,
    pub team_id: Option<Uuid>,
}

impl From<Found> for Lesson {
    fn from(lesson: Found) -> Self {
        match lesson {
            Found::Learning {
                id,
                at,
                outcome,
                learning,
                lead_id,
                lead_name,
                decision,
            } => Self {
                id,
                kind: LessonKind::Learning,
                at: at.into(),
                title: decision.title,
                learning: Some(learning),
                outcome: Some(outcome.into()),
                lead_id: Some(lead_id),
                lead_name: Some(lead_name),
                decision_id: Some(decision.id),
                story_id: None,
                category_id: Some(decision.category_id),
                team_id: decision.team_id,
            },
            Found::Story(story) => Self {
                id: story.id,
                kind: LessonKind::Story,
                at: story.published_at.unwrap_or(story.updated_at).into(),
                title: story.title,
                learning: story.learning,
                outcome: None,
                lead_id: None,
                lead_name: None,
                decision_id: story.decision_id,
                story_id: Some(story.id),
                category_id: story.category_id,
                team_id: story.team_id,
            },
        }
    }
}

item_page!(LessonPage, Lesson);

#[derive(ApiResponse)]
pub enum LessonsResponse {
    /// A page of lessons, newest first.
    #[oai(status = 200)]
    Ok(Json<LessonPage>),
}

#[OpenApi(tag = "Tag::Learning")]
impl LessonsApi {
    /// The lessons of the caller's teams, newest first: the learnings leads wrote when they
    /// reviewed the teams' decisions, and the teams' published stories.
    #[oai(path = "/lessons", method = "get", operation_id = "listLessons")]
    async fn list(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        /// Page size, 1 to 200 (default 50).
        limit: Query<Option<i64>>,
        /// `nextCursor` of the previous page.
        cursor: Query<Option<String>>,
    ) -> Result<LessonsResponse, ApiError> {
        let page = PageRequest::parse(limit.0, cursor.0.as_deref())?;
        let page = service::lessons::list(&state.db, &auth.0, page).await?;
        Ok(LessonsResponse::Ok(Json(LessonPage::from_page(
            page,
            Lesson::from,
        ))))
    }
}
