//! The reports on the wire: JSON through poem-openapi, and CSV from the same row types through
//! serde (`http::csv`), so a CSV column is a row field in snake_case and nothing lists them twice.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use poem_openapi::Object;
use serde::Serialize;
use uuid::Uuid;

use crate::{
    domain::report::{BudgetUse, Count, Months, NamedUse, Reflections, UrgentReviews},
    http::timestamp::Timestamp,
    service::{
        accountability::Deviation,
        reports::{Report, Turnaround},
    },
};

fn month_text(month: NaiveDate) -> String {
    month.format("%Y-%m").to_string()
}

/// The months a report covers.
#[derive(Object, Default)]
#[oai(rename_all = "camelCase")]
pub struct Period {
    /// First month, `YYYY-MM`.
    pub from: String,
    /// Last month, `YYYY-MM`, included.
    pub to: String,
}

impl From<Months> for Period {
    fn from(months: Months) -> Self {
        Self {
            from: month_text(months.from),
            to: month_text(months.to),
        }
    }
}

#[derive(Object, Serialize, Default)]
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

impl From<Report<BTreeMap<(NaiveDate, &'static str), Count>>> for VerdictMixReport {
    fn from(report: Report<BTreeMap<(NaiveDate, &'static str), Count>>) -> Self {
        Self {
            period: report.months.into(),
            rows: report
                .body
                .into_iter()
                .map(|((month, verdict), count)| VerdictMixRow {
                    month: month_text(month),
                    verdict: verdict.into(),
                    decisions: count.decisions,
                    amount_cents: count.amount_cents,
                })
                .collect(),
        }
    }
}

#[derive(Object, Serialize, Default)]
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

impl From<Report<BTreeMap<NaiveDate, BudgetUse>>> for BudgetUseReport {
    fn from(report: Report<BTreeMap<NaiveDate, BudgetUse>>) -> Self {
        Self {
            period: report.months.into(),
            rows: report
                .body
                .into_iter()
                .map(|(month, use_)| BudgetUseRow {
                    month: month_text(month),
                    committed_cents: use_.committed_cents,
                    reserved_cents: use_.reserved_cents,
                    decisions: use_.decisions,
                })
                .collect(),
        }
    }
}

#[derive(Object, Serialize, Default)]
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

impl From<Report<Turnaround>> for TurnaroundReport {
    fn from(report: Report<Turnaround>) -> Self {
        Self {
            period: report.months.into(),
            rows: report
                .body
                .steps
                .into_iter()
                .map(|(step, t)| TurnaroundRow {
                    step: step.as_str().into(),
                    steps: t.steps,
                    median_hours: t.median_hours,
                    p90_hours: t.p90_hours,
                })
                .collect(),
            longest_waiting: report
                .body
                .longest_waiting
                .into_iter()
                .map(|w| WaitingDecision {
                    decision_id: w.decision_id,
                    status: w.status.as_str().into(),
                    professional_id: w.professional_id,
                    recorded_at: w.recorded_at.into(),
                    hours_waiting: w.hours_waiting,
                })
                .collect(),
        }
    }
}

#[derive(Object, Serialize, Default)]
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

impl From<Report<BTreeMap<NaiveDate, UrgentReviews>>> for UrgentReviewsReport {
    fn from(report: Report<BTreeMap<NaiveDate, UrgentReviews>>) -> Self {
        Self {
            period: report.months.into(),
            rows: report
                .body
                .into_iter()
                .map(|(month, u)| UrgentReviewsRow {
                    month: month_text(month),
                    urgent_decisions: u.urgent_decisions,
                    awaiting_review: u.awaiting_review,
                    backed: u.backed,
                    not_backed: u.not_backed,
                })
                .collect(),
        }
    }
}

/// What professionals reported afterwards: did the decision work out?
// Its CSV is this one row, without the period.
#[derive(Object, Serialize, Default)]
#[oai(rename_all = "camelCase")]
pub struct ReflectionsReport {
    #[serde(skip)]
    pub period: Period,
    pub reflections: i64,
    pub worked: i64,
    pub did_not_work: i64,
    /// Reflections that said neither.
    pub unsaid: i64,
}

impl From<Report<Reflections>> for ReflectionsReport {
    fn from(report: Report<Reflections>) -> Self {
        let r = report.body;
        Self {
            period: report.months.into(),
            reflections: r.reflections,
            worked: r.worked,
            did_not_work: r.did_not_work,
            unsaid: r.unsaid,
        }
    }
}

#[derive(Object, Serialize, Default)]
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

impl From<Report<Vec<NamedUse>>> for ProfessionalUseReport {
    fn from(report: Report<Vec<NamedUse>>) -> Self {
        Self {
            period: report.months.into(),
            rows: report
                .body
                .into_iter()
                .map(|named| {
                    let u = named.use_;
                    ProfessionalUseRow {
                        professional_id: named.professional_id,
                        name: named.name,
                        decisions: u.decisions,
                        within_mandate: u.within_mandate,
                        needs_four_eyes: u.needs_four_eyes,
                        needs_approval: u.needs_approval,
                        outside_mandate: u.outside_mandate,
                        urgent: u.urgent,
                        within_percent: u.within_percent(),
                        used_cents: u.used_cents,
                    }
                })
                .collect(),
        }
    }
}

/// One decision of the accountability export. The CSV columns are these fields in
/// snake_case, in this order; they are stable (documented in the README).
#[derive(Object, Serialize, Default)]
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
    /// A raise of the amount beyond the mandate: `pending`, `approved` or `rejected`.
    pub correction: Option<String>,
    /// The amount that raise asked for, in euro cents.
    pub correction_to_cents: Option<i64>,
    /// The mandate check's verdict on the difference.
    pub correction_verdict: Option<String>,
    pub correction_by: Option<String>,
    pub correction_at: Option<Timestamp>,
}

/// The year's deviations and decisions outside the mandate.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct AccountabilityExport {
    pub year: i32,
    pub rows: Vec<AccountabilityRow>,
}

impl From<Deviation> for AccountabilityRow {
    fn from(row: Deviation) -> Self {
        let d = row.decision;
        let steps = row.steps;
        let (approval, approval_step) = steps.decided.map_or((None, None), |(k, s)| {
            (Some(k.as_str().to_owned()), Some(s))
        });
        let (review, review_step) = steps.reviewed.map_or((None, None), |(o, s)| {
            (Some(o.as_str().to_owned()), Some(s))
        });
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
            cosigned_by: steps.cosigned.as_ref().map(|s| s.by.clone()),
            cosigned_at: steps.cosigned.map(|s| s.at.into()),
            approval,
            approval_by: approval_step.as_ref().map(|s| s.by.clone()),
            approval_at: approval_step.map(|s| s.at.into()),
            review,
            review_by: review_step.as_ref().map(|s| s.by.clone()),
            review_at: review_step.map(|s| s.at.into()),
            correction: row
                .correction
                .as_ref()
                .map(|(c, _)| c.state.as_str().to_owned()),
            correction_to_cents: row.correction.as_ref().map(|(c, _)| c.to_cents),
            correction_verdict: row
                .correction
                .as_ref()
                .and_then(|(c, _)| c.verdict)
                .map(|v| v.as_str().to_owned()),
            correction_by: row.correction.as_ref().and_then(|(_, by)| by.clone()),
            correction_at: row
                .correction
                .and_then(|(c, _)| c.decided_at)
                .map(Timestamp::from),
        }
    }
}
