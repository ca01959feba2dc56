//! `/reports/…`: steering reports over months, as JSON or, with `Accept: text/csv`, as CSV.
//! Every report takes the same filters and shows only what the caller may see (see
//! `service::reports`).

use chrono::NaiveDate;
use poem::{Request, web::Data};
use poem_openapi::{ApiResponse, Object, OpenApi, param::Query, payload::Json, payload::PlainText};
use uuid::Uuid;

use super::common::Tag;
use crate::{
    domain::report,
    http::{csv::Csv, problem::ApiError, security::Auth, state::AppState, timestamp::Timestamp},
    service::{
        self,
        reports::{Needs, ReportFilter, Totals},
    },
};

#[derive(Default)]
pub struct ReportsApi;

/// A report as JSON, or as CSV (RFC 4180, comma-separated, a header row) when asked with
/// `Accept: text/csv`.
#[derive(ApiResponse)]
///
/// poem-openapi documents one body per status, the last declared: the CSV variant comes first
/// so the document shows the JSON schema, and `spec` adds the `text/csv` alternative to it.
pub enum ReportResponse<T: poem_openapi::types::ToJSON + Send + Sync> {
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

fn respond<T: poem_openapi::types::ToJSON + Send + Sync>(
    request: &Request,
    report: T,
    csv: impl FnOnce(&T) -> Csv,
) -> ReportResponse<T> {
    if wants_csv(request) {
        ReportResponse::Csv(PlainText(csv(&report).finish()))
    } else {
        ReportResponse::Json(Json(report))
    }
}

fn month_text(month: NaiveDate) -> String {
    month.format("%Y-%m").to_string()
}

/// The months a report covers.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct Period {
    /// First month, `YYYY-MM`.
    pub from: String,
    /// Last month, `YYYY-MM`, included.
    pub to: String,
}

impl Period {
    fn of(totals: &Totals) -> Self {
        Self {
            from: totals
                .months
                .first()
                .map(|m| month_text(*m))
                .unwrap_or_default(),
            to: totals
                .months
                .last()
                .map(|m| month_text(*m))
                .unwrap_or_default(),
        }
    }
}

#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct VerdictMixRow {
    pub month: String,
    /// `within_mandate`, `needs_four_eyes`, `needs_approval`, `outside_mandate`, or `urgent`
    /// (carried out before approval because it could not wait).
    pub verdict: String,
    pub decisions: i64,
    pub amount_cents: i64,
}

/// How decisions were judged, month by month.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct VerdictMixReport {
    pub period: Period,
    pub rows: Vec<VerdictMixRow>,
}

#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct BudgetUseRow {
    pub month: String,
    /// Spent on final decisions.
    pub committed_cents: i64,
    /// Held for decisions waiting for a co-sign or approval.
    pub reserved_cents: i64,
    /// Decisions holding budget (rejected and withdrawn ones do not).
    pub decisions: i64,
}

/// Budget used per month (by the decisions' Amsterdam date).
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct BudgetUseReport {
    pub period: Period,
    pub rows: Vec<BudgetUseRow>,
}

#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct TurnaroundRow {
    /// `cosign`, `approval` (approved or rejected) or `review` (of urgent decisions).
    pub step: String,
    pub steps: i64,
    /// Whole hours from logging to the step, nearest-rank median; absent without steps.
    pub median_hours: Option<i64>,
    pub p90_hours: Option<i64>,
}

#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct WaitingDecision {
    pub decision_id: Uuid,
    pub status: String,
    pub professional_id: Uuid,
    pub recorded_at: Timestamp,
    pub hours_waiting: i64,
}

/// How fast co-signs, approvals and reviews come, and what has waited longest.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct TurnaroundReport {
    pub period: Period,
    pub rows: Vec<TurnaroundRow>,
    /// The ten decisions waiting longest for a co-sign or approval now (whatever the period).
    pub longest_waiting: Vec<WaitingDecision>,
}

#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct UrgentReviewsRow {
    pub month: String,
    /// Urgent decisions decided this month.
    pub urgent_decisions: i64,
    /// Of those, still waiting for their review.
    pub awaiting_review: i64,
    /// Reviews given this month: the team lead backed the decision.
    pub backed: i64,
    pub not_backed: i64,
}

/// Urgent decisions and how their reviews went.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct UrgentReviewsReport {
    pub period: Period,
    pub rows: Vec<UrgentReviewsRow>,
}

/// What professionals reported afterwards: did the decision work out?
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct ReflectionsReport {
    pub period: Period,
    pub reflections: i64,
    pub worked: i64,
    pub did_not_work: i64,
    /// Reflections that said neither.
    pub unsaid: i64,
}

#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct ProfessionalUseRow {
    pub professional_id: Uuid,
    pub name: String,
    pub decisions: i64,
    pub within_mandate: i64,
    pub needs_four_eyes: i64,
    pub needs_approval: i64,
    pub outside_mandate: i64,
    pub urgent: i64,
    /// Percentage of the decisions within the mandate, rounded down.
    pub within_percent: i64,
    pub used_cents: i64,
}

/// Per professional, how they use their room: a conversation starter, not a ranking (sorted by
/// name).
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct ProfessionalUseReport {
    pub period: Period,
    pub rows: Vec<ProfessionalUseRow>,
}

/// One decision of the accountability export. The CSV columns are these fields in
/// snake_case, in this order; they are stable (documented in the README).
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct AccountabilityRow {
    pub decision_id: Uuid,
    /// The Amsterdam date it was decided on.
    pub decided_on: NaiveDate,
    pub professional_name: String,
    pub team_name: String,
    pub category_code: String,
    pub category_name: String,
    pub client_ref: String,
    pub amount_cents: i64,
    pub verdict: String,
    pub status: String,
    pub urgent: bool,
    /// The regulation deviated from, if any.
    pub deviates_from: Option<String>,
    pub rationale: String,
    /// The mandate version the decision was judged by.
    pub mandate_version_id: Option<Uuid>,
    pub cosigned_by: Option<String>,
    pub cosigned_at: Option<Timestamp>,
    /// `approved` or `rejected`.
    pub approval: Option<String>,
    pub approval_by: Option<String>,
    pub approval_at: Option<Timestamp>,
    /// `backed` or `not_backed`.
    pub review: Option<String>,
    pub review_by: Option<String>,
    pub review_at: Option<Timestamp>,
}

/// The year's deviations and decisions outside the mandate.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct AccountabilityExport {
    pub year: i32,
    pub rows: Vec<AccountabilityRow>,
}

const ACCOUNTABILITY_COLUMNS: [&str; 22] = [
    "decision_id",
    "decided_on",
    "professional_name",
    "team_name",
    "category_code",
    "category_name",
    "client_ref",
    "amount_cents",
    "verdict",
    "status",
    "urgent",
    "deviates_from",
    "rationale",
    "mandate_version_id",
    "cosigned_by",
    "cosigned_at",
    "approval",
    "approval_by",
    "approval_at",
    "review",
    "review_by",
    "review_at",
];

impl From<service::accountability::Deviation> for AccountabilityRow {
    fn from(row: service::accountability::Deviation) -> Self {
        let d = row.decision;
        let (approval, approval_step) = row
            .decided
            .map_or((None, None), |(k, s)| (Some(k), Some(s)));
        let (review, review_step) = row
            .reviewed
            .map_or((None, None), |(k, s)| (Some(k), Some(s)));
        Self {
            decision_id: d.id,
            decided_on: d.decided_on,
            professional_name: row.professional_name,
            team_name: row.team_name,
            category_code: row.category_code,
            category_name: row.category_name,
            client_ref: d.client_ref,
            amount_cents: d.amount_cents,
            verdict: d.verdict.as_str().to_owned(),
            status: d.status.as_str().to_owned(),
            urgent: d.urgent,
            deviates_from: d.deviates_from,
            rationale: d.rationale,
            mandate_version_id: d.mandate_version_id,
            cosigned_by: row.cosigned.as_ref().map(|s| s.by.clone()),
            cosigned_at: row.cosigned.map(|s| s.at.into()),
            approval,
            approval_by: approval_step.as_ref().map(|s| s.by.clone()),
            approval_at: approval_step.map(|s| s.at.into()),
            review,
            review_by: review_step.as_ref().map(|s| s.by.clone()),
            review_at: review_step.map(|s| s.at.into()),
        }
    }
}

fn timestamp_text(at: &Option<Timestamp>) -> String {
    at.as_ref().map(|t| (*t).to_wire()).unwrap_or_default()
}

macro_rules! filter {
    ($from:expr, $to:expr, $team:expr, $professional:expr, $category:expr) => {
        ReportFilter {
            from: $from.0,
            to: $to.0,
            team_id: $team.0,
            professional_id: $professional.0,
            category_id: $category.0,
        }
    };
}

#[OpenApi(tag = "Tag::Reports")]
impl ReportsApi {
    /// The verdict mix: decisions and amounts per month and verdict, urgent ones apart.
    #[allow(clippy::too_many_arguments)]
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
        /// First month, `YYYY-MM` (default: January of this year).
        from: Query<Option<String>>,
        /// Last month, `YYYY-MM`, included (default: this month).
        to: Query<Option<String>>,
        #[oai(name = "teamId")] team_id: Query<Option<Uuid>>,
        #[oai(name = "professionalId")] professional_id: Query<Option<Uuid>>,
        #[oai(name = "categoryId")] category_id: Query<Option<Uuid>>,
    ) -> Result<ReportResponse<VerdictMixReport>, ApiError> {
        let filter = filter!(from, to, team_id, professional_id, category_id);
        let totals = service::reports::totals(&state.db, &auth.0, filter, Needs::Decisions).await?;
        let rows = report::verdict_mix(&totals.decisions, &totals.months)
            .into_iter()
            .map(|((month, verdict), count)| VerdictMixRow {
                month: month_text(month),
                verdict: verdict.into(),
                decisions: count.decisions,
                amount_cents: count.amount_cents,
            })
            .collect();
        let report = VerdictMixReport {
            period: Period::of(&totals),
            rows,
        };
        Ok(respond(request, report, |r| {
            let mut csv = Csv::new(&["month", "verdict", "decisions", "amount_cents"]);
            for row in &r.rows {
                csv.row([
                    row.month.clone(),
                    row.verdict.clone(),
                    row.decisions.to_string(),
                    row.amount_cents.to_string(),
                ]);
            }
            csv
        }))
    }

    /// Budget use per month: committed and reserved amounts.
    #[allow(clippy::too_many_arguments)]
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
        /// First month, `YYYY-MM` (default: January of this year).
        from: Query<Option<String>>,
        /// Last month, `YYYY-MM`, included (default: this month).
        to: Query<Option<String>>,
        #[oai(name = "teamId")] team_id: Query<Option<Uuid>>,
        #[oai(name = "professionalId")] professional_id: Query<Option<Uuid>>,
        #[oai(name = "categoryId")] category_id: Query<Option<Uuid>>,
    ) -> Result<ReportResponse<BudgetUseReport>, ApiError> {
        let filter = filter!(from, to, team_id, professional_id, category_id);
        let totals = service::reports::totals(&state.db, &auth.0, filter, Needs::Decisions).await?;
        let rows = report::budget_use(&totals.decisions, &totals.months)
            .into_iter()
            .map(|(month, use_)| BudgetUseRow {
                month: month_text(month),
                committed_cents: use_.committed_cents,
                reserved_cents: use_.reserved_cents,
                decisions: use_.decisions,
            })
            .collect();
        let report = BudgetUseReport {
            period: Period::of(&totals),
            rows,
        };
        Ok(respond(request, report, |r| {
            let mut csv = Csv::new(&["month", "committed_cents", "reserved_cents", "decisions"]);
            for row in &r.rows {
                csv.row([
                    row.month.clone(),
                    row.committed_cents.to_string(),
                    row.reserved_cents.to_string(),
                    row.decisions.to_string(),
                ]);
            }
            csv
        }))
    }

    /// Turnaround of co-signs, approvals and reviews (median and 90th percentile in hours), and
    /// the decisions waiting longest. The CSV holds the turnaround rows.
    #[allow(clippy::too_many_arguments)]
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
        /// First month, `YYYY-MM` (default: January of this year).
        from: Query<Option<String>>,
        /// Last month, `YYYY-MM`, included (default: this month).
        to: Query<Option<String>>,
        #[oai(name = "teamId")] team_id: Query<Option<Uuid>>,
        #[oai(name = "professionalId")] professional_id: Query<Option<Uuid>>,
        #[oai(name = "categoryId")] category_id: Query<Option<Uuid>>,
    ) -> Result<ReportResponse<TurnaroundReport>, ApiError> {
        let filter = filter!(from, to, team_id, professional_id, category_id);
        let totals =
            service::reports::totals(&state.db, &auth.0, filter.clone(), Needs::StepsByHours)
                .await?;
        let rows = [
            ("cosign", &["cosigned"][..]),
            ("approval", &["approved", "rejected"][..]),
            ("review", &["reviewed"][..]),
        ]
        .into_iter()
        .map(|(step, kinds)| {
            let t = report::turnaround(&totals.steps, kinds);
            TurnaroundRow {
                step: step.into(),
                steps: t.steps,
                median_hours: t.median_hours,
                p90_hours: t.p90_hours,
            }
        })
        .collect();
        let now = chrono::Utc::now();
        let longest_waiting = service::reports::longest_waiting(&state.db, &auth.0, filter, 10)
            .await?
            .into_iter()
            .map(|d| WaitingDecision {
                decision_id: d.id,
                status: d.status.as_str().to_owned(),
                professional_id: d.professional_id,
                hours_waiting: (now - d.recorded_at).num_hours(),
                recorded_at: d.recorded_at.into(),
            })
            .collect();
        let report = TurnaroundReport {
            period: Period::of(&totals),
            rows,
            longest_waiting,
        };
        Ok(respond(request, report, |r| {
            let mut csv = Csv::new(&["step", "steps", "median_hours", "p90_hours"]);
            for row in &r.rows {
                csv.row([
                    row.step.clone(),
                    row.steps.to_string(),
                    row.median_hours.map(|h| h.to_string()).unwrap_or_default(),
                    row.p90_hours.map(|h| h.to_string()).unwrap_or_default(),
                ]);
            }
            csv
        }))
    }

    /// Urgent decisions per month and the outcomes of their reviews.
    #[allow(clippy::too_many_arguments)]
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
        /// First month, `YYYY-MM` (default: January of this year).
        from: Query<Option<String>>,
        /// Last month, `YYYY-MM`, included (default: this month).
        to: Query<Option<String>>,
        #[oai(name = "teamId")] team_id: Query<Option<Uuid>>,
        #[oai(name = "professionalId")] professional_id: Query<Option<Uuid>>,
        #[oai(name = "categoryId")] category_id: Query<Option<Uuid>>,
    ) -> Result<ReportResponse<UrgentReviewsReport>, ApiError> {
        let filter = filter!(from, to, team_id, professional_id, category_id);
        let totals =
            service::reports::totals(&state.db, &auth.0, filter, Needs::StepsByMonth).await?;
        let rows = report::urgent_reviews(&totals.decisions, &totals.steps, &totals.months)
            .into_iter()
            .map(|(month, u)| UrgentReviewsRow {
                month: month_text(month),
                urgent_decisions: u.urgent_decisions,
                awaiting_review: u.awaiting_review,
                backed: u.backed,
                not_backed: u.not_backed,
            })
            .collect();
        let report = UrgentReviewsReport {
            period: Period::of(&totals),
            rows,
        };
        Ok(respond(request, report, |r| {
            let mut csv = Csv::new(&[
                "month",
                "urgent_decisions",
                "awaiting_review",
                "backed",
                "not_backed",
            ]);
            for row in &r.rows {
                csv.row([
                    row.month.clone(),
                    row.urgent_decisions.to_string(),
                    row.awaiting_review.to_string(),
                    row.backed.to_string(),
                    row.not_backed.to_string(),
                ]);
            }
            csv
        }))
    }

    /// Reflections given in the period and whether the decisions worked out.
    #[allow(clippy::too_many_arguments)]
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
        /// First month, `YYYY-MM` (default: January of this year).
        from: Query<Option<String>>,
        /// Last month, `YYYY-MM`, included (default: this month).
        to: Query<Option<String>>,
        #[oai(name = "teamId")] team_id: Query<Option<Uuid>>,
        #[oai(name = "professionalId")] professional_id: Query<Option<Uuid>>,
        #[oai(name = "categoryId")] category_id: Query<Option<Uuid>>,
    ) -> Result<ReportResponse<ReflectionsReport>, ApiError> {
        let filter = filter!(from, to, team_id, professional_id, category_id);
        let totals =
            service::reports::totals(&state.db, &auth.0, filter, Needs::StepsByMonth).await?;
        let r = report::reflections(&totals.steps);
        let report = ReflectionsReport {
            period: Period::of(&totals),
            reflections: r.reflections,
            worked: r.worked,
            did_not_work: r.did_not_work,
            unsaid: r.unsaid,
        };
        Ok(respond(request, report, |r| {
            let mut csv = Csv::new(&["reflections", "worked", "did_not_work", "unsaid"]);
            csv.row([
                r.reflections.to_string(),
                r.worked.to_string(),
                r.did_not_work.to_string(),
                r.unsaid.to_string(),
            ]);
            csv
        }))
    }

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
    ) -> Result<ReportResponse<AccountabilityExport>, ApiError> {
        let rows = service::accountability::export(&state.db, &auth.0, year.0)
            .await?
            .into_iter()
            .map(AccountabilityRow::from)
            .collect();
        let report = AccountabilityExport { year: year.0, rows };
        Ok(respond(request, report, |r| {
            let mut csv = Csv::new(&ACCOUNTABILITY_COLUMNS);
            for row in &r.rows {
                csv.row([
                    row.decision_id.to_string(),
                    row.decided_on.to_string(),
                    row.professional_name.clone(),
                    row.team_name.clone(),
                    row.category_code.clone(),
                    row.category_name.clone(),
                    row.client_ref.clone(),
                    row.amount_cents.to_string(),
                    row.verdict.clone(),
                    row.status.clone(),
                    row.urgent.to_string(),
                    row.deviates_from.clone().unwrap_or_default(),
                    row.rationale.clone(),
                    row.mandate_version_id
                        .map(|v| v.to_string())
                        .unwrap_or_default(),
                    row.cosigned_by.clone().unwrap_or_default(),
                    timestamp_text(&row.cosigned_at),
                    row.approval.clone().unwrap_or_default(),
                    row.approval_by.clone().unwrap_or_default(),
                    timestamp_text(&row.approval_at),
                    row.review.clone().unwrap_or_default(),
                    row.review_by.clone().unwrap_or_default(),
                    timestamp_text(&row.review_at),
                ]);
            }
            csv
        }))
    }

    /// Per professional: decisions by verdict and the budget used.
    #[allow(clippy::too_many_arguments)]
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
        /// First month, `YYYY-MM` (default: January of this year).
        from: Query<Option<String>>,
        /// Last month, `YYYY-MM`, included (default: this month).
        to: Query<Option<String>>,
        #[oai(name = "teamId")] team_id: Query<Option<Uuid>>,
        #[oai(name = "professionalId")] professional_id: Query<Option<Uuid>>,
        #[oai(name = "categoryId")] category_id: Query<Option<Uuid>>,
    ) -> Result<ReportResponse<ProfessionalUseReport>, ApiError> {
        let filter = filter!(from, to, team_id, professional_id, category_id);
        let totals = service::reports::totals(&state.db, &auth.0, filter, Needs::Decisions).await?;
        let uses = report::professional_use(&totals.decisions);
        let ids: Vec<Uuid> = uses.keys().copied().collect();
        let names = service::reports::names(&state.db, &auth.0, &ids).await?;
        let mut rows: Vec<ProfessionalUseRow> = uses
            .into_iter()
            .map(|(id, u)| ProfessionalUseRow {
                professional_id: id,
                name: names.get(&id).cloned().unwrap_or_default(),
                decisions: u.decisions,
                within_mandate: u.within_mandate,
                needs_four_eyes: u.needs_four_eyes,
                needs_approval: u.needs_approval,
                outside_mandate: u.outside_mandate,
                urgent: u.urgent,
                within_percent: u.within_percent(),
                used_cents: u.used_cents,
            })
            .collect();
        rows.sort_by(|a, b| a.name.cmp(&b.name));
        let report = ProfessionalUseReport {
            period: Period::of(&totals),
            rows,
        };
        Ok(respond(request, report, |r| {
            let mut csv = Csv::new(&[
                "professional_id",
                "name",
                "decisions",
                "within_mandate",
                "needs_four_eyes",
                "needs_approval",
                "outside_mandate",
                "urgent",
                "within_percent",
                "used_cents",
            ]);
            for row in &r.rows {
                csv.row([
                    row.professional_id.to_string(),
                    row.name.clone(),
                    row.decisions.to_string(),
                    row.within_mandate.to_string(),
                    row.needs_four_eyes.to_string(),
                    row.needs_approval.to_string(),
                    row.outside_mandate.to_string(),
                    row.urgent.to_string(),
                    row.within_percent.to_string(),
                    row.used_cents.to_string(),
                ]);
            }
            csv
        }))
    }
}
