//! `GET /me`: the caller.

use poem_openapi::{ApiResponse, Object, OpenApi, payload::Json};
use uuid::Uuid;

use super::{common::Tag, users::RoleName};
use crate::http::{problem::ApiError, security::Auth};

#[derive(Default)]
pub struct MeApi;

/// The caller's organisation.
#[derive(Object)]
pub struct OrganisationRef {
    pub id: Uuid,
    pub name: String,
}

/// The signed-in person.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct Me {
    pub id: Uuid,
    pub name: String,
    pub email: String,
    pub roles: Vec<RoleName>,
    /// Teams the caller belongs to.
    pub team_ids: Vec<Uuid>,
    /// Teams the caller leads.
    pub lead_team_ids: Vec<Uuid>,
    pub organisation: OrganisationRef,
}

#[derive(ApiResponse)]
pub enum MeResponse {
    /// The signed-in person.
    #[oai(status = 200)]
    Ok(Json<Me>),
}

#[OpenApi(tag = "Tag::Organisation")]
impl MeApi {
    /// The signed-in person (ik): name, roles, teams and organisation.
    #[oai(path = "/me", method = "get", operation_id = "getMe")]
    async fn me(&self, auth: Auth) -> Result<MeResponse, ApiError> {
        let caller = auth.0;
        Ok(MeResponse::Ok(Json(Me {
            id: caller.user_id,
            name: caller.name,
            email: caller.email,
            roles: caller.roles.iter().map(RoleName::from).collect(),
            team_ids: caller.team_ids,
            lead_team_ids: caller.lead_team_ids,
            organisation: OrganisationRef {
                id: caller.organisation_id,
                name: caller.organisation_name,
            },
        })))
    }
}
