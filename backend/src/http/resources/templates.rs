//! `/mandate-templates`: named mandate terms (e.g. "Starter") applied to several professionals.

use chrono::NaiveDate;
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
    mandate_wire::{MandateRule, MandateRuleInput, MandateVersion, PeriodName, terms_from_wire},
    users::maybe,
};
use crate::{
    domain::mandate::Cents,
    http::{problem::ApiError, security::Auth, state::AppState, timestamp::Timestamp},
    service::{
        self,
        page::PageRequest,
        templates::{Application, Template, TemplateDraft},
    },
};

#[derive(Default)]
pub struct TemplatesApi;

/// A mandate template (mandaatsjabloon).
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct MandateTemplate {
    pub id: Uuid,
    pub name: String,
    pub description: Option<String>,
    pub period: PeriodName,
    pub period_limit_cents: Option<i64>,
    pub per_client_year_limit_cents: Option<i64>,
    pub rules: Vec<MandateRule>,
    pub created_by: Uuid,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

item_page!(MandateTemplatePage, MandateTemplate);

impl From<Template> for MandateTemplate {
    fn from(template: Template) -> Self {
        Self {
            id: template.model.id,
            name: template.model.name,
            description: template.model.description,
            period: template.terms.period.into(),
            period_limit_cents: template.terms.period_limit.map(Cents::get),
            per_client_year_limit_cents: template.terms.per_client_year_limit.map(Cents::get),
            rules: template.terms.rules.iter().map(MandateRule::from).collect(),
            created_by: template.model.created_by,
            created_at: template.model.created_at.into(),
            updated_at: template.model.updated_at.into(),
        }
    }
}

/// A new template.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct CreateMandateTemplateRequest {
    pub name: String,
    pub description: Option<String>,
    /// `month`, `quarter` or `year`.
    pub period: String,
    pub period_limit_cents: Option<i64>,
    pub per_client_year_limit_cents: Option<i64>,
    #[oai(default)]
    pub rules: Vec<MandateRuleInput>,
}

/// Changes to a template. The terms (`period`, limits, `rules`) are replaced together when
/// `period` is sent. Versions already applied keep their terms.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct UpdateMandateTemplateRequest {
    pub name: Option<String>,
    pub description: MaybeUndefined<String>,
    pub period: Option<String>,
    pub period_limit_cents: Option<i64>,
    pub per_client_year_limit_cents: Option<i64>,
    #[oai(default)]
    pub rules: Vec<MandateRuleInput>,
}

/// A professional to apply the template to.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct TemplateTarget {
    pub user_id: Uuid,
    /// The `ETag` of their current mandate, required when they have one.
    pub if_match: Option<String>,
}

/// Apply a template: each professional gets a new version with its terms, all or none.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct ApplyMandateTemplateRequest {
    pub valid_from: NaiveDate,
    pub reason: String,
    pub professionals: Vec<TemplateTarget>,
}

/// The versions created, one per professional.
#[derive(Object)]
pub struct AppliedTemplate {
    pub versions: Vec<MandateVersion>,
}

#[derive(ApiResponse)]
pub enum TemplateListResponse {
    /// A page of templates.
    #[oai(status = 200)]
    Ok(Json<MandateTemplatePage>),
}

#[derive(ApiResponse)]
pub enum TemplateResponse {
    /// The template.
    #[oai(status = 200)]
    Ok(Json<MandateTemplate>),
}

#[derive(ApiResponse)]
pub enum TemplateCreatedResponse {
    /// The template was created.
    #[oai(status = 201)]
    Created(Json<MandateTemplate>),
}

#[derive(ApiResponse)]
pub enum TemplateAppliedResponse {
    /// Every professional got a new version.
    #[oai(status = 201)]
    Created(Json<AppliedTemplate>),
}

#[OpenApi(tag = "Tag::Mandates")]
impl TemplatesApi {
    /// List mandate templates (team leads, admins, controllers).
    #[oai(
        path = "/mandate-templates",
        method = "get",
        operation_id = "listMandateTemplates"
    )]
    async fn list(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        /// Page size, 1 to 200 (default 50).
        limit: Query<Option<i64>>,
        /// `nextCursor` of the previous page.
        cursor: Query<Option<String>>,
    ) -> Result<TemplateListResponse, ApiError> {
        let page = PageRequest::parse(limit.0, cursor.0.as_deref())?;
        let page = service::templates::list(&state.db, &auth.0, page).await?;
        Ok(TemplateListResponse::Ok(Json(
            MandateTemplatePage::from_page(page, MandateTemplate::from),
        )))
    }

    /// Define a mandate template (team leads, admins).
    #[oai(
        path = "/mandate-templates",
        method = "post",
        operation_id = "createMandateTemplate"
    )]
    async fn create(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        body: Json<CreateMandateTemplateRequest>,
    ) -> Result<TemplateCreatedResponse, ApiError> {
        let body = body.0;
        let (terms, parse_errors) = terms_from_wire(
            &body.period,
            body.period_limit_cents,
            body.per_client_year_limit_cents,
            &body.rules,
        );
        let draft = TemplateDraft {
            name: Some(body.name),
            description: Some(body.description),
            terms: Some(terms),
            parse_errors,
        };
        let template = service::templates::create(&state.db, &auth.0, draft).await?;
        Ok(TemplateCreatedResponse::Created(Json(template.into())))
    }

    /// One mandate template.
    #[oai(
        path = "/mandate-templates/:id",
        method = "get",
        operation_id = "getMandateTemplate"
    )]
    async fn get(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        id: Path<Uuid>,
    ) -> Result<TemplateResponse, ApiError> {
        Ok(TemplateResponse::Ok(Json(
            service::templates::get(&state.db, &auth.0, id.0)
                .await?
                .into(),
        )))
    }

    /// Change a mandate template (team leads, admins).
    #[oai(
        path = "/mandate-templates/:id",
        method = "patch",
        operation_id = "updateMandateTemplate"
    )]
    async fn update(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        id: Path<Uuid>,
        body: Json<UpdateMandateTemplateRequest>,
    ) -> Result<TemplateResponse, ApiError> {
        let body = body.0;
        let (terms, parse_errors) = match &body.period {
            Some(period) => {
                let (terms, errors) = terms_from_wire(
                    period,
                    body.period_limit_cents,
                    body.per_client_year_limit_cents,
                    &body.rules,
                );
                (Some(terms), errors)
            }
            None => (None, Vec::new()),
        };
        let draft = TemplateDraft {
            name: body.name,
            description: maybe(body.description),
            terms,
            parse_errors,
        };
        Ok(TemplateResponse::Ok(Json(
            service::templates::update(&state.db, &auth.0, id.0, draft)
                .await?
                .into(),
        )))
    }

    /// Apply a template to professionals of the caller's teams: each gets a new mandate version.
    #[oai(
        path = "/mandate-templates/:id/apply",
        method = "post",
        operation_id = "applyMandateTemplate"
    )]
    async fn apply(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        id: Path<Uuid>,
        body: Json<ApplyMandateTemplateRequest>,
    ) -> Result<TemplateAppliedResponse, ApiError> {
        let body = body.0;
        let targets = body
            .professionals
            .into_iter()
            .map(|t| Application {
                user_id: t.user_id,
                if_match: t.if_match,
            })
            .collect();
        let versions = service::templates::apply(
            &state.db,
            &auth.0,
            id.0,
            body.valid_from,
            body.reason,
            targets,
        )
        .await?;
        let versions = versions.into_iter().map(MandateVersion::from).collect();
        Ok(TemplateAppliedResponse::Created(Json(AppliedTemplate {
            versions,
        })))
    }
}
