//! `/teams/{id}/budget-pots`: a team's shared custom-solutions budget per period (teampot).

use chrono::NaiveDate;
use poem::web::Data;
use poem_openapi::{ApiResponse, Object, OpenApi, param::Path, payload::Json};
use uuid::Uuid;

use super::{
    common::Tag,
    mandate_wire::{BudgetUse, PeriodInfo, parse_period},
};
use crate::{
    domain::invalid::Invalid,
    http::{problem::ApiError, security::Auth, state::AppState},
    service::{self, ServiceError, budget_pots::Pot, mandates::Budget},
};

#[derive(Default)]
pub struct BudgetPotsApi;

/// A team's budget pot for one calendar period, and how much of it is used.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct TeamBudgetPot {
    pub id: Uuid,
    pub team_id: Uuid,
    pub period: PeriodInfo,
    pub budget: BudgetUse,
}

impl From<Pot> for TeamBudgetPot {
    fn from(pot: Pot) -> Self {
        let budget = Budget {
            limit: Some(pot.model.limit_cents),
            reserved: pot.reserved,
            committed: pot.committed,
        };
        Self {
            id: pot.model.id,
            team_id: pot.model.team_id,
            period: pot.period.into(),
            budget: budget.into(),
        }
    }
}

/// The pot for one period.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct SetTeamBudgetPotRequest {
    /// `month`, `quarter` or `year`.
    pub period: String,
    /// The first day of that period.
    pub starts_on: NaiveDate,
    pub limit_cents: i64,
}

/// A team's pots, newest period first.
#[derive(Object)]
pub struct TeamBudgetPotList {
    pub items: Vec<TeamBudgetPot>,
}

#[derive(ApiResponse)]
pub enum PotListResponse {
    /// The team's pots.
    #[oai(status = 200)]
    Ok(Json<TeamBudgetPotList>),
}

#[derive(ApiResponse)]
pub enum PotSetResponse {
    /// The pot's limit for that period was replaced.
    #[oai(status = 200)]
    Replaced(Json<TeamBudgetPot>),
    /// The pot was created.
    #[oai(status = 201)]
    Created(Json<TeamBudgetPot>),
}

#[OpenApi(tag = "Tag::Mandates")]
impl BudgetPotsApi {
    /// A team's budget pots with their use (the team, controllers, admins).
    #[oai(
        path = "/teams/:id/budget-pots",
        method = "get",
        operation_id = "listTeamBudgetPots"
    )]
    async fn list(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        id: Path<Uuid>,
    ) -> Result<PotListResponse, ApiError> {
        let pots = service::budget_pots::list(&state.db, &auth.0, id.0).await?;
        Ok(PotListResponse::Ok(Json(TeamBudgetPotList {
            items: pots.into_iter().map(TeamBudgetPot::from).collect(),
        })))
    }

    /// Set the team's pot for a period (the team's leads, admins). Every member's decisions in
    /// that period draw on it.
    #[oai(
        path = "/teams/:id/budget-pots",
        method = "post",
        operation_id = "setTeamBudgetPot"
    )]
    async fn set(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        id: Path<Uuid>,
        body: Json<SetTeamBudgetPotRequest>,
    ) -> Result<PotSetResponse, ApiError> {
        let body = body.0;
        let mut invalid = Invalid::new();
        let kind = invalid.check("period", parse_period(&body.period));
        if let Err(errors) = invalid.finish() {
            return Err(ServiceError::Invalid(errors).into());
        }
        let kind = kind.ok_or(ServiceError::Internal)?;
        let (pot, created) = service::budget_pots::set(
            &state.db,
            &auth.0,
            id.0,
            kind,
            body.starts_on,
            body.limit_cents,
        )
        .await?;
        Ok(if created {
            PotSetResponse::Created(Json(pot.into()))
        } else {
            PotSetResponse::Replaced(Json(pot.into()))
        })
    }
}
