//! Steering reports: who may see which part of the organisation, and the reports themselves,
//! computed from the monthly totals (`store::report_totals`) by `domain::report`.
//!
//! - controllers and admins: the whole organisation;
//! - team leads: the teams they lead;
//! - professionals: only their own decisions.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate, Utc};
use uuid::Uuid;

use super::{Caller, ServiceError};
use crate::{
    domain::{
        invalid::Invalid,
        mandate::amsterdam_date,
        report::{self, DecisionTotal, StepTotal},
        role::Role,
    },
    store::{
        self,
        db::Db,
        entities::{decision, user},
        report_totals::Selection,
    },
};

/// The filters every report takes, as the request gave them.
#[derive(Clone, Default)]
pub struct ReportFilter {
    /// `YYYY-MM`, default January of this year.
    pub from: Option<String>,
    /// `YYYY-MM`, default this month.
    pub to: Option<String>,
    pub team_id: Option<Uuid>,
    pub professional_id: Option<Uuid>,
    pub category_id: Option<Uuid>,
}

/// The totals a report is computed from, with the months it covers.
pub struct Totals {
    pub months: Vec<NaiveDate>,
    pub decisions: Vec<DecisionTotal>,
    pub steps: Vec<StepTotal>,
}

/// What a report needs to read.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Needs {
    /// Decisions per month.
    Decisions,
    /// Steps per month, and decisions per month.
    StepsByMonth,
    /// Timed steps by the hours they took, whatever the month (no outcome).
    StepsByHours,
}

/// Reads the totals the caller may see under these filters.
pub async fn totals(
    db: &Db,
    caller: &Caller,
    filter: ReportFilter,
    needs: Needs,
) -> Result<Totals, ServiceError> {
    let selection = selection(db, caller, filter).await?;
    let conn = db.conn();
    let decisions = if needs == Needs::StepsByHours {
        Vec::new()
    } else {
        store::report_totals::decisions(conn, &selection)
            .await?
            .into_iter()
            .map(
                |(month, team_id, professional_id, verdict, status, decisions, amount_cents)| {
                    DecisionTotal {
                        month,
                        team_id,
                        professional_id,
                        verdict,
                        status,
                        decisions,
                        amount_cents,
                    }
                },
            )
            .collect()
    };
    let steps = match needs {
        Needs::Decisions => Vec::new(),
        Needs::StepsByMonth => store::report_totals::steps(conn, &selection)
            .await?
            .into_iter()
            .map(|(month, step, outcome, steps)| StepTotal {
                month,
                step,
                outcome,
                hours: 0,
                steps,
            })
            .collect(),
        Needs::StepsByHours => store::report_totals::durations(conn, &selection)
            .await?
            .into_iter()
            .map(|(step, hours, steps)| StepTotal {
                month: selection.from_month,
                step,
                outcome: String::new(),
                hours,
                steps,
            })
            .collect(),
    };
    Ok(Totals {
        months: report::months_between(selection.from_month, selection.to_month),
        decisions,
        steps,
    })
}

/// Decisions still waiting for a co-sign or approval, oldest first.
pub async fn longest_waiting(
    db: &Db,
    caller: &Caller,
    filter: ReportFilter,
    limit: u64,
) -> Result<Vec<decision::Model>, ServiceError> {
    let selection = selection(db, caller, filter).await?;
    Ok(store::decisions::oldest_waiting(db.conn(), &selection, limit).await?)
}

/// The names of these people, for reports that list professionals.
pub async fn names(
    db: &Db,
    caller: &Caller,
    ids: &[Uuid],
) -> Result<BTreeMap<Uuid, String>, ServiceError> {
    let people: Vec<user::Model> =
        store::users::find_many(db.conn(), caller.organisation_id, ids).await?;
    Ok(people.into_iter().map(|p| (p.id, p.name)).collect())
}

async fn selection(
    db: &Db,
    caller: &Caller,
    filter: ReportFilter,
) -> Result<Selection, ServiceError> {
    let today = amsterdam_date(Utc::now());
    let this_month = today.with_day(1).unwrap_or(today);
    let mut invalid = Invalid::new();
    let from_month = match &filter.from {
        Some(value) => invalid.check("from", parse_month(value)),
        None => NaiveDate::from_ymd_opt(today.year(), 1, 1),
    };
    let to_month = match &filter.to {
        Some(value) => invalid.check("to", parse_month(value)),
        None => Some(this_month),
    };
    if let (Some(from), Some(to)) = (from_month, to_month)
        && from > to
    {
        invalid.add("to", "lies before from");
    }
    if let (Some(from), Some(to)) = (from_month, to_month)
        && report::months_between(from, to).len() > 120
    {
        invalid.add("from", "must be at most ten years before to");
    }
    if let Some(team) = filter.team_id
        && store::teams::find(db.conn(), caller.organisation_id, team)
            .await?
            .is_none()
    {
        invalid.add("teamId", "is not a team of this organisation");
    }
    if let Some(category) = filter.category_id
        && store::categories::find(caller.organisation_id, category)
            .one(db.conn())
            .await?
            .is_none()
    {
        invalid.add("categoryId", "is not a category of this organisation");
    }
    invalid.finish()?;
    let (Some(from_month), Some(to_month)) = (from_month, to_month) else {
        return Err(ServiceError::Internal);
    };

    let mut selection = Selection {
        organisation_id: caller.organisation_id,
        from_month,
        to_month,
        team_ids: filter.team_id.map(|t| vec![t]),
        professional_id: filter.professional_id,
        category_id: filter.category_id,
    };
    if caller.roles.any(&[Role::Controller, Role::Admin]) {
        return Ok(selection);
    }
    let led: Vec<Uuid> = caller
        .lead_team_ids
        .iter()
        .copied()
        .filter(|t| caller.leads(*t))
        .collect();
    if !led.is_empty() {
        match filter.team_id {
            Some(team) if !led.contains(&team) => {
                return Err(ServiceError::forbidden(
                    "team leads see the reports of the teams they lead",
                ));
            }
            Some(_) => {}
            None => selection.team_ids = Some(led),
        }
        return Ok(selection);
    }
    if caller.roles.has(Role::Professional) {
        if filter.professional_id.is_some_and(|p| p != caller.user_id) {
            return Err(ServiceError::forbidden(
                "professionals see reports of their own decisions only",
            ));
        }
        selection.professional_id = Some(caller.user_id);
        return Ok(selection);
    }
    Err(ServiceError::forbidden(
        "reports require the role controller, admin, team_lead or professional",
    ))
}

fn parse_month(value: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(&format!("{value}-01"), "%Y-%m-%d")
        .ok()
        .filter(|_| value.len() == 7)
        .ok_or_else(|| "must be a month as YYYY-MM".into())
}
