//! `/teams`: teams (e.g. wijkteams) with their members and leads.

use poem::web::Data;
use poem_openapi::{
    ApiResponse, Object, OpenApi,
    param::{Path, Query},
    payload::Json,
    types::MaybeUndefined,
};
use uuid::Uuid;

use super::{
    common::{Tag, item_page},
    users::maybe,
};
use crate::{
    http::timestamp::Timestamp,
    http::{problem::ApiError, security::Auth, state::AppState},
    service::{
        self,
        page::PageRequest,
        teams::{TeamDraft, TeamView},
    },
};

#[derive(Default)]
pub struct TeamsApi;

item_page!(TeamPage, Team);

/// A team (team, e.g. wijkteam).
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct Team {
    pub id: Uuid,
    pub name: String,
    pub description: Option<String>,
    /// Everyone in the team, leads included.
    pub member_ids: Vec<Uuid>,
    /// The team's leads (leidinggevenden, teamcoaches).
    pub lead_ids: Vec<Uuid>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

impl From<TeamView> for Team {
    fn from(view: TeamView) -> Self {
        Self {
            id: view.team.id,
            name: view.team.name,
            description: view.team.description,
            member_ids: view.member_ids,
            lead_ids: view.lead_ids,
            created_at: view.team.created_at.into(),
            updated_at: view.team.updated_at.into(),
        }
    }
}

/// A new team.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct CreateTeamRequest {
    /// 1 to 200 characters, unique in the organisation.
    pub name: String,
    pub description: Option<String>,
    #[oai(default)]
    pub member_ids: Vec<Uuid>,
    /// People with the `team_lead` role.
    #[oai(default)]
    pub lead_ids: Vec<Uuid>,
}

/// Changes to a team; absent fields stay as they are. `memberIds` and `leadIds` replace the
/// whole list they name.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct UpdateTeamRequest {
    pub name: Option<String>,
    pub description: MaybeUndefined<String>,
    pub member_ids: Option<Vec<Uuid>>,
    pub lead_ids: Option<Vec<Uuid>>,
}

#[derive(ApiResponse)]
pub enum TeamListResponse {
    /// A page of teams.
    #[oai(status = 200)]
    Ok(Json<TeamPage>),
}

#[derive(ApiResponse)]
pub enum TeamResponse {
    /// The team.
    #[oai(status = 200)]
    Ok(Json<Team>),
}

#[derive(ApiResponse)]
pub enum TeamCreatedResponse {
    /// The team was created.
    #[oai(status = 201)]
    Created(Json<Team>),
}

#[OpenApi(tag = "Tag::Organisation")]
impl TeamsApi {
    /// List the organisation's teams.
    #[oai(path = "/teams", method = "get", operation_id = "listTeams")]
    async fn list(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        /// Page size, 1 to 200 (default 50).
        limit: Query<Option<i64>>,
        /// `nextCursor` of the previous page.
        cursor: Query<Option<String>>,
    ) -> Result<TeamListResponse, ApiError> {
        let page = PageRequest::parse(limit.0, cursor.0.as_deref())?;
        let page = service::teams::list(&state.db, &auth.0, page).await?;
        Ok(TeamListResponse::Ok(Json(TeamPage::from_page(
            page,
            Team::from,
        ))))
    }

    /// Create a team (admin).
    #[oai(path = "/teams", method = "post", operation_id = "createTeam")]
    async fn create(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        body: Json<CreateTeamRequest>,
    ) -> Result<TeamCreatedResponse, ApiError> {
        let body = body.0;
        let draft = TeamDraft {
            name: Some(body.name),
            description: Some(body.description),
            member_ids: Some(body.member_ids),
            lead_ids: Some(body.lead_ids),
        };
        let team = service::teams::create(&state.db, &auth.0, draft).await?;
        Ok(TeamCreatedResponse::Created(Json(team.into())))
    }

    /// One team.
    #[oai(path = "/teams/:id", method = "get", operation_id = "getTeam")]
    async fn get(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        id: Path<Uuid>,
    ) -> Result<TeamResponse, ApiError> {
        Ok(TeamResponse::Ok(Json(
            service::teams::get(&state.db, &auth.0, id.0).await?.into(),
        )))
    }

    /// Change a team (admin).
    #[oai(path = "/teams/:id", method = "patch", operation_id = "updateTeam")]
    async fn update(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        id: Path<Uuid>,
        body: Json<UpdateTeamRequest>,
    ) -> Result<TeamResponse, ApiError> {
        let body = body.0;
        let draft = TeamDraft {
            name: body.name,
            description: maybe(body.description),
            member_ids: body.member_ids,
            lead_ids: body.lead_ids,
        };
        Ok(TeamResponse::Ok(Json(
            service::teams::update(&state.db, &auth.0, id.0, draft)
                .await?
                .into(),
        )))
    }
}
