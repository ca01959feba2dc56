//! `/reports/…`: steering reports over months, as JSON or, with `Accept: text/csv`, as CSV.
//! Every report takes the same filters ([`ReportQuery`]) and shows only what the caller may
//! see (see `service::reports`).

use std::collections::HashMap;

use poem::{
    Body, FromRequest, IntoResponse, Request, RequestBody, endpoint::BoxEndpoint, http::Method,
    web::Data,
};
use poem_openapi::{
    ApiExtractor, ApiResponse, ExtractParamOptions, OpenApi,
    param::Query,
    payload::{Binary, Json, PlainText},
    registry::{MetaApi, MetaOperationParam, MetaParamIn, Registry},
    types::{ParseFromParameter, ToJSON, Type},
};
use serde::Serialize;
use uuid::Uuid;

use super::{common::Tag, report_wire::*};
use crate::{
    domain::invalid::FieldError,
    http::{
        csv,
        problem::ApiError,
        security::Auth,
        state::AppState,
        stream::{self, JsonBody},
    },
    service::{self, ServiceError, reports::ReportFilter},
};

/// A report as JSON, or as CSV (RFC 4180, comma-separated, a header row) when asked with
/// `Accept: text/csv`.
#[derive(ApiResponse)]
///
/// poem-openapi documents one body per status, the last declared: the CSV variant comes first
/// so the document shows the JSON schema, and `spec` adds the `text/csv` alternative to it.
pub enum ReportResponse<T: ToJSON + Send + Sync> {
    #[oai(status = 200, content_type = "text/csv; charset=utf-8")]
    Csv(PlainText<String>),
    #[oai(status = 200)]
    Json(Json<T>),
}

fn wants_csv(request: &Request) -> bool {
    request
        .header("accept")
        .is_some_and(|accept| accept.contains("text/csv"))
}

/// The report as the caller asked for it: JSON, or its `rows` as a CSV table.
fn respond<T: ToJSON + Send + Sync, R: Serialize + Default>(
    request: &Request,
    report: T,
    rows: impl FnOnce(&T) -> &[R],
) -> Result<ReportResponse<T>, ApiError> {
    Ok(if wants_csv(request) {
        ReportResponse::Csv(PlainText(
            csv::table(rows(&report)).map_err(ApiError::internal)?,
        ))
    } else {
        ReportResponse::Json(Json(report))
    })
}

const FROM: &str = "from";
const TO: &str = "to";
const TEAM_ID: &str = "teamId";
const PROFESSIONAL_ID: &str = "professionalId";
const CATEGORY_ID: &str = "categoryId";

/// The filters every report takes, from the query string: `from`, `to`, `teamId`,
/// `professionalId`, `categoryId`.
///
/// poem-openapi documents one query parameter per handler argument; this one type reads all
/// five, and [`ReportsApi`] documents them on each report as that argument-per-parameter
/// would have.
pub struct ReportQuery(pub ReportFilter);

impl ReportQuery {
    fn params() -> Vec<MetaOperationParam> {
        vec![
            param::<Option<String>>(
                FROM,
                "First month, `YYYY-MM` (default: January of this year).",
            ),
            param::<Option<String>>(TO, "Last month, `YYYY-MM`, included (default: this month)."),
            param::<Option<Uuid>>(TEAM_ID, ""),
            param::<Option<Uuid>>(PROFESSIONAL_ID, ""),
            param::<Option<Uuid>>(CATEGORY_ID, ""),
        ]
    }
}

fn param<T: Type>(name: &str, description: &str) -> MetaOperationParam {
    MetaOperationParam {
        name: name.to_owned(),
        schema: T::schema_ref(),
        in_type: MetaParamIn::Query,
        description: Some(description.to_owned()).filter(|d| !d.is_empty()),
        required: T::IS_REQUIRED,
        deprecated: false,
        explode: true,
        style: None,
    }
}

impl<'a> FromRequest<'a> for ReportQuery {
    /// Every malformed parameter is named at once, each as poem-openapi's `Query` would.
    async fn from_request(request: &'a Request, body: &mut RequestBody) -> poem::Result<Self> {
        let mut errors = Vec::new();
        let filter = ReportFilter {
            from: query(request, body, FROM, &mut errors).await,
            to: query(request, body, TO, &mut errors).await,
            team_id: query(request, body, TEAM_ID, &mut errors).await,
            professional_id: query(request, body, PROFESSIONAL_ID, &mut errors).await,
            category_id: query(request, body, CATEGORY_ID, &mut errors).await,
        };
        if errors.is_empty() {
            Ok(Self(filter))
        } else {
            let problem = ApiError::from(ServiceError::Invalid(errors));
            Err(poem::Error::from_response(problem.into_response()))
        }
    }
}

async fn query<T: ParseFromParameter>(
    request: &Request,
    body: &mut RequestBody,
    name: &'static str,
    errors: &mut Vec<FieldError>,
) -> Option<T> {
    let options = ExtractParamOptions {
        name,
        ..Default::default()
    };
    match <Query<Option<T>> as ApiExtractor>::from_request(request, body, options).await {
        Ok(Query(value)) => value,
        Err(error) => {
            errors.push(FieldError {
                field: name.to_owned(),
                message: error.to_string(),
            });
            None
        }
    }
}

/// The reports: the filtered ones documented with the parameters [`ReportQuery`] reads, and
/// the accountability export.
#[derive(Default)]
pub struct ReportsApi {
    filtered: FilteredReports,
    accountability: AccountabilityApi,
}

impl OpenApi for ReportsApi {
    fn meta() -> Vec<MetaApi> {
        let mut apis = FilteredReports::meta();
        for operation in apis
            .iter_mut()
            .flat_map(|api| api.paths.iter_mut())
            .flat_map(|path| path.operations.iter_mut())
        {
            operation.params.splice(0..0, ReportQuery::params());
        }
        apis.extend(AccountabilityApi::meta());
        apis
    }

    fn register(registry: &mut Registry) {
        FilteredReports::register(registry);
        AccountabilityApi::register(registry);
    }

    fn add_routes(self, routes: &mut HashMap<String, HashMap<Method, BoxEndpoint<'static>>>) {
        self.filtered.add_routes(routes);
        self.accountability.add_routes(routes);
    }
}

#[derive(Default)]
struct FilteredReports;

#[OpenApi(tag = "Tag::Reports")]
impl FilteredReports {
    /// The verdict mix: decisions and amounts per month and verdict, urgent ones apart.
    #[oai(
        path = "/reports/verdict-mix",
        method = "get",
        operation_id = "reportVerdictMix"
    )]
    async fn verdict_mix(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        request: &Request,
        filter: ReportQuery,
    ) -> Result<ReportResponse<VerdictMixReport>, ApiError> {
        let report = service::reports::verdict_mix(&state.db, &auth.0, &filter.0).await?;
        respond(request, VerdictMixReport::from(report), |r| &r.rows)
    }

    /// Budget use per month: committed and reserved amounts.
    #[oai(
        path = "/reports/budget-use",
        method = "get",
        operation_id = "reportBudgetUse"
    )]
    async fn budget_use(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        request: &Request,
        filter: ReportQuery,
    ) -> Result<ReportResponse<BudgetUseReport>, ApiError> {
        let report = service::reports::budget_use(&state.db, &auth.0, &filter.0).await?;
        respond(request, BudgetUseReport::from(report), |r| &r.rows)
    }

    /// Turnaround of co-signs, approvals and reviews (median and 90th percentile in hours), and
    /// the decisions waiting longest. The CSV holds the turnaround rows.
    #[oai(
        path = "/reports/turnaround",
        method = "get",
        operation_id = "reportTurnaround"
    )]
    async fn turnaround(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        request: &Request,
        filter: ReportQuery,
    ) -> Result<ReportResponse<TurnaroundReport>, ApiError> {
        let report = service::reports::turnaround(&state.db, &auth.0, &filter.0).await?;
        respond(request, TurnaroundReport::from(report), |r| &r.rows)
    }

    /// Urgent decisions per month and the outcomes of their reviews.
    #[oai(
        path = "/reports/urgent-reviews",
        method = "get",
        operation_id = "reportUrgentReviews"
    )]
    async fn urgent_reviews(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        request: &Request,
        filter: ReportQuery,
    ) -> Result<ReportResponse<UrgentReviewsReport>, ApiError> {
        let report = service::reports::urgent_reviews(&state.db, &auth.0, &filter.0).await?;
        respond(request, UrgentReviewsReport::from(report), |r| &r.rows)
    }

    /// Reflections given in the period and whether the decisions worked out.
    #[oai(
        path = "/reports/reflections",
        method = "get",
        operation_id = "reportReflections"
    )]
    async fn reflections(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        request: &Request,
        filter: ReportQuery,
    ) -> Result<ReportResponse<ReflectionsReport>, ApiError> {
        let report = service::reports::reflections(&state.db, &auth.0, &filter.0).await?;
        respond(
            request,
            ReflectionsReport::from(report),
            std::slice::from_ref,
        )
    }

    /// Per professional: decisions by verdict and the budget used.
    #[oai(
        path = "/reports/professional-use",
        method = "get",
        operation_id = "reportProfessionalUse"
    )]
    async fn professional_use(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        request: &Request,
        filter: ReportQuery,
    ) -> Result<ReportResponse<ProfessionalUseReport>, ApiError> {
        let report = service::reports::professional_use(&state.db, &auth.0, &filter.0).await?;
        respond(request, ProfessionalUseReport::from(report), |r| &r.rows)
    }
}

/// The accountability export, as JSON or CSV like the reports, written while it is read.
#[derive(ApiResponse)]
pub enum ExportResponse {
    #[oai(status = 200, content_type = "text/csv; charset=utf-8")]
    Csv(Binary<Body>),
    #[oai(status = 200)]
    Json(JsonBody<AccountabilityExport>),
}

#[derive(Default)]
struct AccountabilityApi;

#[OpenApi(tag = "Tag::Reports")]
impl AccountabilityApi {
    /// The accountability export (rechtmatigheidsverantwoording) of a year: every decision that
    /// deviates from a regulation, was outside the mandate or was carried out as urgent, with
    /// its rationale, amount, mandate version and who co-signed, approved or reviewed it when.
    /// Controllers and admins.
    #[oai(
        path = "/reports/accountability",
        method = "get",
        operation_id = "reportAccountability"
    )]
    async fn accountability(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        request: &Request,
        /// The calendar year, e.g. `2026` (by the decisions' Amsterdam date).
        year: Query<i32>,
    ) -> Result<ExportResponse, ApiError> {
        let deviations = service::accountability::export(&state.db, &auth.0, year.0).await?;
        let pages = futures_util::stream::try_unfold(deviations, |mut deviations| async move {
            let page = deviations.next_page().await?;
            Ok::<_, ServiceError>(page.map(|rows| {
                let rows: Vec<AccountabilityRow> = rows.into_iter().map(Into::into).collect();
                (rows, deviations)
            }))
        });
        Ok(if wants_csv(request) {
            ExportResponse::Csv(Binary(stream::csv_rows(pages).map_err(ApiError::internal)?))
        } else {
            let envelope = AccountabilityExport {
                year: year.0,
                rows: Vec::new(),
            };
            let body = stream::json_rows(&envelope, "rows", pages).map_err(ApiError::internal)?;
            ExportResponse::Json(JsonBody::new(body))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_filtered_report_documents_the_five_filters_and_the_export_its_year() {
        let operations: Vec<(String, Vec<String>)> = ReportsApi::meta()
            .into_iter()
            .flat_map(|api| api.paths)
            .flat_map(|path| {
                path.operations.into_iter().map(move |operation| {
                    let params = operation.params.into_iter().map(|p| p.name).collect();
                    (path.path.clone(), params)
                })
            })
            .collect();
        assert_eq!(operations.len(), 7);
        for (path, params) in operations {
            if path == "/reports/accountability" {
                assert_eq!(params, ["year"]);
            } else {
                assert_eq!(
                    params,
                    [FROM, TO, TEAM_ID, PROFESSIONAL_ID, CATEGORY_ID],
                    "{path}"
                );
            }
        }
    }
}
