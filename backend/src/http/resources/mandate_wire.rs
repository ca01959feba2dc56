//! Wire types shared by the mandate resources, and their conversions from and to the domain.
//!
//! Enumerations arrive as strings and are parsed here, so an unknown value is reported under its
//! own field name together with every other problem; responses use the typed enums.

use chrono::NaiveDate;
use poem_openapi::{Enum, Object};
use uuid::Uuid;

use crate::{
    domain::{
        invalid::{FieldError, Invalid},
        mandate::{self, CategoryRule, Cents, DecisionRight, MandateTerms, Period, PeriodKind},
    },
    http::timestamp::Timestamp,
    service::mandates::{Budget, Version},
};

/// What a professional may do in a category (beslisbevoegdheid).
#[derive(Enum, Clone, Copy, Debug, PartialEq, Eq)]
#[oai(rename_all = "snake_case")]
pub enum Right {
    /// Alone (zelfstandig).
    Autonomous,
    /// With a colleague who co-signs (vier ogen).
    FourEyes,
    /// With the approval of a team lead (goedkeuring).
    Approval,
    /// Not at all (niet toegestaan).
    Forbidden,
}

impl From<DecisionRight> for Right {
    fn from(right: DecisionRight) -> Self {
        match right {
            DecisionRight::Autonomous => Self::Autonomous,
            DecisionRight::FourEyes => Self::FourEyes,
            DecisionRight::Approval => Self::Approval,
            DecisionRight::Forbidden => Self::Forbidden,
        }
    }
}

/// A calendar period in Europe/Amsterdam.
#[derive(Enum, Clone, Copy, Debug, PartialEq, Eq)]
#[oai(rename_all = "lowercase")]
pub enum PeriodName {
    Month,
    Quarter,
    Year,
}

impl From<PeriodKind> for PeriodName {
    fn from(kind: PeriodKind) -> Self {
        match kind {
            PeriodKind::Month => Self::Month,
            PeriodKind::Quarter => Self::Quarter,
            PeriodKind::Year => Self::Year,
        }
    }
}

pub fn parse_period(value: &str) -> Result<PeriodKind, String> {
    match value {
        "month" => Ok(PeriodKind::Month),
        "quarter" => Ok(PeriodKind::Quarter),
        "year" => Ok(PeriodKind::Year),
        _ => Err("must be month, quarter or year".into()),
    }
}

fn parse_right(value: &str) -> Result<DecisionRight, String> {
    match value {
        "autonomous" => Ok(DecisionRight::Autonomous),
        "four_eyes" => Ok(DecisionRight::FourEyes),
        "approval" => Ok(DecisionRight::Approval),
        "forbidden" => Ok(DecisionRight::Forbidden),
        _ => Err("must be autonomous, four_eyes, approval or forbidden".into()),
    }
}

/// A calendar period: its kind, a label such as `2026-Q2`, and its first and last day.
#[derive(Object, Clone, Debug)]
#[oai(rename_all = "camelCase")]
pub struct PeriodInfo {
    pub kind: PeriodName,
    pub label: String,
    pub starts_on: NaiveDate,
    /// The last day of the period (inclusive).
    pub ends_on: NaiveDate,
}

impl From<Period> for PeriodInfo {
    fn from(period: Period) -> Self {
        Self {
            kind: period.kind.into(),
            label: period.label(),
            starts_on: period.start,
            ends_on: period.end.pred_opt().unwrap_or(period.end),
        }
    }
}

/// A rule of a mandate for one category, as sent.
#[derive(Object, Clone, Debug)]
#[oai(rename_all = "camelCase")]
pub struct MandateRuleInput {
    pub category_id: Uuid,
    /// `autonomous`, `four_eyes`, `approval` or `forbidden`.
    pub right: String,
    /// Up to this amount (inclusive) the right applies as is.
    pub autonomous_up_to_cents: i64,
    /// Up to this amount (inclusive) a team lead may approve; above it is outside the mandate.
    pub approval_up_to_cents: i64,
    /// This category's budget per mandate period.
    pub period_limit_cents: Option<i64>,
}

/// A rule of a mandate for one category.
#[derive(Object, Clone, Debug)]
#[oai(rename_all = "camelCase")]
pub struct MandateRule {
    pub category_id: Uuid,
    pub right: Right,
    pub autonomous_up_to_cents: i64,
    pub approval_up_to_cents: i64,
    pub period_limit_cents: Option<i64>,
}

impl From<&CategoryRule> for MandateRule {
    fn from(rule: &CategoryRule) -> Self {
        Self {
            category_id: rule.category_id,
            right: rule.right.into(),
            autonomous_up_to_cents: rule.autonomous_up_to.get(),
            approval_up_to_cents: rule.approval_up_to.get(),
            period_limit_cents: rule.period_limit.map(Cents::get),
        }
    }
}

/// Parses the terms. Invalid enumerations are reported (as `period`, `rules[i].right`) and
/// replaced by a placeholder, so the domain's checks still run and every problem is reported
/// at once.
pub fn terms_from_wire(
    period: &str,
    period_limit_cents: Option<i64>,
    per_client_year_limit_cents: Option<i64>,
    rules: &[MandateRuleInput],
) -> (MandateTerms, Vec<FieldError>) {
    let mut invalid = Invalid::new();
    let period = invalid
        .check("period", parse_period(period))
        .unwrap_or(PeriodKind::Quarter);
    let rules = rules
        .iter()
        .enumerate()
        .map(|(index, rule)| CategoryRule {
            category_id: rule.category_id,
            right: invalid
                .check(&format!("rules[{index}].right"), parse_right(&rule.right))
                .unwrap_or(DecisionRight::Forbidden),
            autonomous_up_to: Cents::new(rule.autonomous_up_to_cents),
            approval_up_to: Cents::new(rule.approval_up_to_cents),
            period_limit: rule.period_limit_cents.map(Cents::new),
        })
        .collect();
    let terms = MandateTerms {
        period,
        period_limit: period_limit_cents.map(Cents::new),
        per_client_year_limit: per_client_year_limit_cents.map(Cents::new),
        rules,
    };
    (terms, invalid.finish().err().unwrap_or_default())
}

/// One version of a professional's mandate (mandaatversie). Versions are never changed: a new
/// one supersedes from its `validFrom`.
#[derive(Object, Clone, Debug)]
#[oai(rename_all = "camelCase")]
pub struct MandateVersion {
    pub id: Uuid,
    /// The professional whose mandate this is.
    pub user_id: Uuid,
    pub valid_from: NaiveDate,
    /// The first day it is no longer in force, once a later version supersedes it.
    pub valid_until: Option<NaiveDate>,
    /// Why the mandate changed (e.g. "second step: housing alone up to €750").
    pub reason: String,
    /// Who set this version.
    pub author_id: Uuid,
    /// The template it was applied from, if any.
    pub template_id: Option<Uuid>,
    pub created_at: Timestamp,
    /// The period of the period limits.
    pub period: PeriodName,
    /// The total budget per period, over all categories.
    pub period_limit_cents: Option<i64>,
    /// The cap per client per calendar year (all decisions for that client in the organisation).
    pub per_client_year_limit_cents: Option<i64>,
    pub rules: Vec<MandateRule>,
}

impl From<Version> for MandateVersion {
    fn from(version: Version) -> Self {
        let terms = &version.terms;
        Self {
            id: version.model.id,
            user_id: version.model.user_id,
            valid_from: version.model.valid_from,
            valid_until: version.valid_until,
            reason: version.model.reason,
            author_id: version.model.author_id,
            template_id: version.model.template_id,
            created_at: version.model.created_at.into(),
            period: terms.period.into(),
            period_limit_cents: terms.period_limit.map(Cents::get),
            per_client_year_limit_cents: terms.per_client_year_limit.map(Cents::get),
            rules: terms.rules.iter().map(MandateRule::from).collect(),
        }
    }
}

/// A limit and how much of it is used in the period.
#[derive(Object, Clone, Debug)]
#[oai(rename_all = "camelCase")]
pub struct BudgetUse {
    /// `null` when there is no limit.
    pub limit_cents: Option<i64>,
    /// Held by decisions waiting for a co-sign or approval.
    pub reserved_cents: i64,
    /// Spent by final decisions.
    pub committed_cents: i64,
    /// Reserved plus committed.
    pub used_cents: i64,
    /// What is left; `null` when there is no limit; negative when overspent.
    pub remaining_cents: Option<i64>,
}

impl From<Budget> for BudgetUse {
    fn from(budget: Budget) -> Self {
        Self {
            limit_cents: budget.limit,
            reserved_cents: budget.reserved,
            committed_cents: budget.committed,
            used_cents: budget.reserved.saturating_add(budget.committed),
            remaining_cents: budget.remaining(),
        }
    }
}

/// Converts the domain's verdict.
#[derive(Enum, Clone, Copy, Debug, PartialEq, Eq)]
#[oai(rename_all = "snake_case")]
pub enum Verdict {
    /// Within the mandate: decide alone (binnen mandaat).
    WithinMandate,
    /// A colleague must co-sign (vier ogen).
    NeedsFourEyes,
    /// A team lead must approve (goedkeuring).
    NeedsApproval,
    /// Beyond the mandate: a team lead decides (buiten mandaat).
    OutsideMandate,
}

impl From<mandate::Verdict> for Verdict {
    fn from(verdict: mandate::Verdict) -> Self {
        match verdict {
            mandate::Verdict::WithinMandate => Self::WithinMandate,
            mandate::Verdict::NeedsFourEyes => Self::NeedsFourEyes,
            mandate::Verdict::NeedsApproval => Self::NeedsApproval,
            mandate::Verdict::OutsideMandate => Self::OutsideMandate,
        }
    }
}
