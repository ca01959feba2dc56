//! `/users/{id}/mandate`, `/users/{id}/mandate/versions`, `/me/mandate`: professionals'
//! mandates (mandaten) and their versions.

use chrono::NaiveDate;
use poem::web::Data;
use poem_openapi::{
    ApiResponse, Object, OpenApi,
    param::{Header, Path},
    payload::Json,
};
use uuid::Uuid;

use super::{
    common::{Tag, item_page},
    mandate_wire::{
        BudgetUse, MandateRule, MandateRuleInput, MandateVersion, PeriodInfo, terms_from_wire,
    },
};
use crate::{
    http::{problem::ApiError, security::Auth, state::AppState},
    service::{
        self,
        mandates::{MandateView, VersionDraft, etag},
    },
};

#[derive(Default)]
pub struct MandatesApi;

item_page!(MandateVersionPage, MandateVersion);

/// A category of the mandate in force, with what is used and left of its budget this period.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct CategoryMandate {
    #[oai(flatten)]
    pub rule: MandateRule,
    pub budget: BudgetUse,
}

/// The team pot the professional's decisions draw on this period.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct TeamPotUse {
    pub team_id: Uuid,
    pub period: PeriodInfo,
    pub budget: BudgetUse,
}

/// A professional's mandate today: the version in force and the remaining budgets of the
/// current period (mandaat en resterend budget).
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct Mandate {
    pub user_id: Uuid,
    /// The day (Europe/Amsterdam) the figures are for.
    pub on: NaiveDate,
    /// `null` when no version is in force: then nothing is within the mandate.
    pub version: Option<MandateVersion>,
    /// The current period of the version's limits.
    pub period: Option<PeriodInfo>,
    /// The total budget over all categories.
    pub total_budget: Option<BudgetUse>,
    pub categories: Vec<CategoryMandate>,
    pub team_pot: Option<TeamPotUse>,
}

impl From<MandateView> for Mandate {
    fn from(view: MandateView) -> Self {
        Self {
            user_id: view.user_id,
            on: view.on,
            period: view.period.map(PeriodInfo::from),
            total_budget: view.total.map(BudgetUse::from),
            categories: view
                .categories
                .iter()
                .map(|c| CategoryMandate {
                    rule: MandateRule::from(&c.rule),
                    budget: c.budget.into(),
                })
                .collect(),
            team_pot: view.team_pot.map(|pot| TeamPotUse {
                team_id: pot.team_id,
                period: pot.period.into(),
                budget: pot.budget.into(),
            }),
            version: view.version.map(MandateVersion::from),
        }
    }
}

/// A new mandate version.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct CreateMandateVersionRequest {
    /// From this day on the version is in force; not before the current version's start.
    pub valid_from: NaiveDate,
    /// Why the mandate changes (required).
    pub reason: String,
    /// `month`, `quarter` or `year`: the calendar period of the limits.
    pub period: String,
    pub period_limit_cents: Option<i64>,
    pub per_client_year_limit_cents: Option<i64>,
    #[oai(default)]
    pub rules: Vec<MandateRuleInput>,
}

#[derive(ApiResponse)]
pub enum MandateResponse {
    /// The mandate; `ETag` names the newest version (send it as `If-Match` to change it).
    #[oai(status = 200)]
    Ok(Json<Mandate>, #[oai(header = "ETag")] Option<String>),
}

#[derive(ApiResponse)]
pub enum MandateVersionsResponse {
    /// All versions, newest first.
    #[oai(status = 200)]
    Ok(
        Json<MandateVersionPage>,
        #[oai(header = "ETag")] Option<String>,
    ),
}

#[derive(ApiResponse)]
pub enum MandateVersionCreatedResponse {
    /// The version was added; `ETag` is its tag.
    #[oai(status = 201)]
    Created(Json<MandateVersion>, #[oai(header = "ETag")] String),
}

fn mandate_response(view: MandateView) -> MandateResponse {
    let tag = view.latest_version_id.map(etag);
    MandateResponse::Ok(Json(view.into()), tag)
}

#[OpenApi(tag = "Tag::Mandates")]
impl MandatesApi {
    /// A professional's mandate in force today, with the remaining budgets (the professional,
    /// the leads of their teams, controllers and admins).
    #[oai(
        path = "/users/:id/mandate",
        method = "get",
        operation_id = "getUserMandate"
    )]
    async fn get(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        id: Path<Uuid>,
    ) -> Result<MandateResponse, ApiError> {
        Ok(mandate_response(
            service::mandates::mandate(&state.db, &auth.0, id.0).await?,
        ))
    }

    /// The caller's own mandate and remaining budgets (mijn mandaat).
    #[oai(path = "/me/mandate", method = "get", operation_id = "getMyMandate")]
    async fn mine(&self, auth: Auth, state: Data<&AppState>) -> Result<MandateResponse, ApiError> {
        let me = auth.0.user_id;
        Ok(mandate_response(
            service::mandates::mandate(&state.db, &auth.0, me).await?,
        ))
    }

    /// All versions of a professional's mandate, newest first: the history of its growth.
    #[oai(
        path = "/users/:id/mandate/versions",
        method = "get",
        operation_id = "listMandateVersions"
    )]
    async fn versions(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        id: Path<Uuid>,
    ) -> Result<MandateVersionsResponse, ApiError> {
        let versions = service::mandates::versions(&state.db, &auth.0, id.0).await?;
        let latest = versions.iter().map(|v| v.model.id).max().map(etag);
        let items = versions.into_iter().map(MandateVersion::from).collect();
        Ok(MandateVersionsResponse::Ok(
            Json(MandateVersionPage {
                items,
                next_cursor: None,
            }),
            latest,
        ))
    }

    /// Add a mandate version (a lead of one of the professional's teams, or an admin; never
    /// for oneself). Send `If-Match` with the mandate's `ETag` when a version exists: a stale
    /// one is 412, a missing one 428.
    #[oai(
        path = "/users/:id/mandate/versions",
        method = "post",
        operation_id = "createMandateVersion"
    )]
    async fn create(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        id: Path<Uuid>,
        /// The `ETag` of the newest version, required once one exists.
        #[oai(name = "If-Match")]
        if_match: Header<Option<String>>,
        body: Json<CreateMandateVersionRequest>,
    ) -> Result<MandateVersionCreatedResponse, ApiError> {
        let body = body.0;
        let (terms, parse_errors) = terms_from_wire(
            &body.period,
            body.period_limit_cents,
            body.per_client_year_limit_cents,
            &body.rules,
        );
        let draft = VersionDraft {
            valid_from: body.valid_from,
            reason: body.reason,
            terms,
            parse_errors,
        };
        let version = service::mandates::create_version(
            &state.db,
            &auth.0,
            id.0,
            if_match.0.as_deref(),
            draft,
        )
        .await?;
        let tag = etag(version.model.id);
        Ok(MandateVersionCreatedResponse::Created(
            Json(version.into()),
            tag,
        ))
    }
}
