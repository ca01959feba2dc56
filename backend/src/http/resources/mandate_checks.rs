//! `POST /mandate-checks`: the mandate check (toets) of a proposed decision. Changes nothing.

use chrono::NaiveDate;
use poem::web::Data;
use poem_openapi::{ApiResponse, Enum, Object, OpenApi, payload::Json};
use uuid::Uuid;

use super::{
    common::Tag,
    mandate_wire::{PeriodInfo, Verdict},
};
use crate::{
    domain::mandate::{Cents, CheckRule, ExplanationLine, LineOutcome, RemainingBudgets},
    http::{problem::ApiError, security::Auth, state::AppState},
    service::{
        self,
        mandates::{CheckRequest, CheckResult},
    },
};

#[derive(Default)]
pub struct MandateChecksApi;

/// A proposed decision.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct MandateCheckRequest {
    pub category_id: Uuid,
    /// 0 for decisions without money (such as waiving a rule).
    pub amount_cents: i64,
    /// The pseudonymous client reference (never a BSN).
    pub client_ref: String,
    /// The day of the decision (Europe/Amsterdam); default today.
    pub decided_on: Option<NaiveDate>,
    /// Check for this professional (a lead for a team member); default the caller.
    pub professional_id: Option<Uuid>,
    /// The team whose pot the decision draws on; default the professional's team with a pot.
    pub team_id: Option<Uuid>,
}

/// Which rule or limit an explanation line is about.
#[derive(Enum, Clone, Copy, Debug)]
#[oai(rename_all = "snake_case")]
pub enum RuleName {
    Right,
    PerDecisionLimit,
    ApprovalLimit,
    CategoryPeriodLimit,
    TotalPeriodLimit,
    ClientYearLimit,
    TeamPot,
}

/// What one line found.
#[derive(Enum, Clone, Copy, Debug)]
#[oai(rename_all = "snake_case")]
pub enum LineOutcomeName {
    Ok,
    Exceeded,
    NotAllowed,
    Escalates,
}

/// One rule or limit that was looked at, with its figures and a sentence that explains it.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct Explanation {
    pub rule: RuleName,
    pub limit_cents: Option<i64>,
    /// Used before this decision (budget limits only).
    pub used_cents: Option<i64>,
    pub amount_cents: i64,
    /// Left after this amount; negative when exceeded.
    pub remaining_cents: Option<i64>,
    pub outcome: LineOutcomeName,
    /// Whether this line decided the verdict.
    pub decisive: bool,
    pub text: String,
}

/// What is left of each limit before this decision (`null` where there is no limit).
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct RemainingCents {
    pub category_period_cents: Option<i64>,
    pub total_period_cents: Option<i64>,
    pub client_year_cents: Option<i64>,
    pub team_pot_cents: Option<i64>,
}

/// The verdict of the mandate check with one explanation line per rule applied.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct MandateCheck {
    pub verdict: Verdict,
    pub professional_id: Uuid,
    pub decided_on: NaiveDate,
    /// The version judged by; `null` when no mandate is in force.
    pub mandate_version_id: Option<Uuid>,
    pub team_id: Option<Uuid>,
    /// The mandate period the period limits are for.
    pub period: PeriodInfo,
    pub explanation: Vec<Explanation>,
    pub remaining: RemainingCents,
}

fn rule_name(rule: CheckRule) -> RuleName {
    match rule {
        CheckRule::Right => RuleName::Right,
        CheckRule::PerDecisionLimit => RuleName::PerDecisionLimit,
        CheckRule::ApprovalLimit => RuleName::ApprovalLimit,
        CheckRule::CategoryPeriodLimit => RuleName::CategoryPeriodLimit,
        CheckRule::TotalPeriodLimit => RuleName::TotalPeriodLimit,
        CheckRule::ClientYearLimit => RuleName::ClientYearLimit,
        CheckRule::TeamPot => RuleName::TeamPot,
    }
}

fn outcome_name(outcome: LineOutcome) -> LineOutcomeName {
    match outcome {
        LineOutcome::Ok => LineOutcomeName::Ok,
        LineOutcome::Exceeded => LineOutcomeName::Exceeded,
        LineOutcome::NotAllowed => LineOutcomeName::NotAllowed,
        LineOutcome::Escalates => LineOutcomeName::Escalates,
    }
}

impl From<ExplanationLine> for Explanation {
    fn from(line: ExplanationLine) -> Self {
        Self {
            rule: rule_name(line.rule),
            limit_cents: line.limit.map(Cents::get),
            used_cents: line.used.map(Cents::get),
            amount_cents: line.amount.get(),
            remaining_cents: line.remaining.map(Cents::get),
            outcome: outcome_name(line.outcome),
            decisive: line.decisive,
            text: line.text,
        }
    }
}

impl From<RemainingBudgets> for RemainingCents {
    fn from(remaining: RemainingBudgets) -> Self {
        Self {
            category_period_cents: remaining.category_period.map(Cents::get),
            total_period_cents: remaining.total_period.map(Cents::get),
            client_year_cents: remaining.client_year.map(Cents::get),
            team_pot_cents: remaining.team_pot.map(Cents::get),
        }
    }
}

impl From<CheckResult> for MandateCheck {
    fn from(result: CheckResult) -> Self {
        Self {
            verdict: result.outcome.verdict.into(),
            professional_id: result.professional_id,
            decided_on: result.decided_on,
            mandate_version_id: result.mandate_version_id,
            team_id: result.team_id,
            period: result.period.into(),
            explanation: result
                .outcome
                .explanation
                .into_iter()
                .map(Explanation::from)
                .collect(),
            remaining: result.outcome.remaining.into(),
        }
    }
}

#[derive(ApiResponse)]
pub enum MandateCheckResponse {
    /// The verdict and its explanation.
    #[oai(status = 200)]
    Ok(Json<MandateCheck>),
}

#[OpenApi(tag = "Tag::Mandates")]
impl MandateChecksApi {
    /// Check a proposed decision against the mandate in force on `decidedOn` and the live
    /// budgets: the verdict, why, and what remains. Nothing is recorded.
    #[oai(
        path = "/mandate-checks",
        method = "post",
        operation_id = "checkMandate"
    )]
    async fn check(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        body: Json<MandateCheckRequest>,
    ) -> Result<MandateCheckResponse, ApiError> {
        let body = body.0;
        let request = CheckRequest {
            category_id: body.category_id,
            amount_cents: body.amount_cents,
            client_ref: body.client_ref,
            decided_on: body.decided_on,
            professional_id: body.professional_id,
            team_id: body.team_id,
        };
        let result = service::mandates::check_decision(&state.db, &auth.0, request).await?;
        Ok(MandateCheckResponse::Ok(Json(result.into())))
    }
}
