//! The monthly totals behind the reports: counted in the transaction of every decision and
//! workflow step, read by the reports with the same filters as the decision lists.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel, QueryFilter,
    sea_query::{Expr, ExprTrait, OnConflict},
};
use uuid::Uuid;

use super::{
    entities::{
        decision,
        decision_month_total::{self, Entity as DecisionTotals},
        decision_step_total::{self, Entity as StepTotals},
    },
    ledger::month_of,
};
use crate::domain::mandate::amsterdam_date;

/// `delta` decisions (1 or -1) of this decision's kind in `status`.
pub fn decision_row(
    decision: &decision::Model,
    status: &str,
    delta: i64,
) -> decision_month_total::Model {
    decision_month_total::Model {
        organisation_id: decision.organisation_id,
        month: month_of(decision.decided_on),
        dimensions: format!(
            "{}|{}|{}|{}|{}|{}",
            decision.professional_id,
            decision.category_id,
            decision.team_id.map(|t| t.to_string()).unwrap_or_default(),
            decision.verdict,
            decision.urgent,
            status
        ),
        team_id: decision.team_id,
        professional_id: decision.professional_id,
        category_id: decision.category_id,
        verdict: decision.verdict.clone(),
        urgent: decision.urgent,
        status: status.into(),
        decisions: delta,
        amount_cents: delta * decision.amount_cents,
    }
}

/// One step taken on `decision` at `at`, counted by the whole hours since it was logged.
pub fn step_row(
    decision: &decision::Model,
    step: &str,
    outcome: &str,
    at: DateTime<Utc>,
) -> decision_step_total::Model {
    let hours = hour_bucket((at - decision.recorded_at).num_hours());
    decision_step_total::Model {
        organisation_id: decision.organisation_id,
        month: month_of(amsterdam_date(at)),
        dimensions: format!(
            "{}|{}|{}|{}|{}|{}",
            decision.professional_id,
            decision.category_id,
            decision.team_id.map(|t| t.to_string()).unwrap_or_default(),
            step,
            outcome,
            hours
        ),
        team_id: decision.team_id,
        professional_id: decision.professional_id,
        category_id: decision.category_id,
        step: step.into(),
        outcome: outcome.into(),
        hours,
        steps: 1,
    }
}

/// Whole hours for the first two days, whole days up to four weeks, whole weeks after: exact
/// where turnaround matters, and a bounded number of rows for the long tail.
pub fn hour_bucket(hours: i64) -> i64 {
    const DAY: i64 = 24;
    const WEEK: i64 = 7 * DAY;
    match hours {
        ..0 => 0,
        0..48 => hours,
        48..672 => hours / DAY * DAY,
        _ => hours / WEEK * WEEK,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn hours_are_exact_for_two_days_then_days_then_weeks() {
        use super::hour_bucket;
        assert_eq!(hour_bucket(-3), 0);
        assert_eq!(hour_bucket(47), 47);
        assert_eq!(hour_bucket(49), 48);
        assert_eq!(hour_bucket(24 * 27 + 23), 24 * 27);
        assert_eq!(hour_bucket(24 * 40), 24 * 35);
    }
}

/// Adds rows to the decision totals; rows with the same identity are merged first, since one
/// statement may not update a row twice.
pub async fn add_decisions(
    conn: &impl ConnectionTrait,
    rows: Vec<decision_month_total::Model>,
) -> Result<(), DbErr> {
    let mut merged: HashMap<(NaiveDate, String), decision_month_total::Model> = HashMap::new();
    for row in rows {
        match merged.get_mut(&(row.month, row.dimensions.clone())) {
            Some(existing) => {
                existing.decisions += row.decisions;
                existing.amount_cents += row.amount_cents;
            }
            None => {
                merged.insert((row.month, row.dimensions.clone()), row);
            }
        }
    }
    let rows: Vec<_> = merged.into_values().collect();
    for chunk in rows.chunks(500) {
        DecisionTotals::insert_many(
            chunk
                .iter()
                .cloned()
                .map(IntoActiveModel::into_active_model),
        )
        .on_conflict(
            OnConflict::columns([
                decision_month_total::Column::OrganisationId,
                decision_month_total::Column::Month,
                decision_month_total::Column::Dimensions,
            ])
            .value(
                decision_month_total::Column::Decisions,
                add(decision_month_total::Column::Decisions, "decisions"),
            )
            .value(
                decision_month_total::Column::AmountCents,
                add(decision_month_total::Column::AmountCents, "amount_cents"),
            )
            .to_owned(),
        )
        .exec_without_returning(conn)
        .await?;
    }
    Ok(())
}

pub async fn add_steps(
    conn: &impl ConnectionTrait,
    rows: Vec<decision_step_total::Model>,
) -> Result<(), DbErr> {
    let mut merged: HashMap<(NaiveDate, String), decision_step_total::Model> = HashMap::new();
    for row in rows {
        match merged.get_mut(&(row.month, row.dimensions.clone())) {
            Some(existing) => existing.steps += row.steps,
            None => {
                merged.insert((row.month, row.dimensions.clone()), row);
            }
        }
    }
    let rows: Vec<_> = merged.into_values().collect();
    for chunk in rows.chunks(500) {
        StepTotals::insert_many(
            chunk
                .iter()
                .cloned()
                .map(IntoActiveModel::into_active_model),
        )
        .on_conflict(
            OnConflict::columns([
                decision_step_total::Column::OrganisationId,
                decision_step_total::Column::Month,
                decision_step_total::Column::Dimensions,
            ])
            .value(
                decision_step_total::Column::Steps,
                Expr::col((StepTotals, decision_step_total::Column::Steps))
                    .add(Expr::cust("excluded.steps")),
            )
            .to_owned(),
        )
        .exec_without_returning(conn)
        .await?;
    }
    Ok(())
}

fn add(column: decision_month_total::Column, name: &str) -> Expr {
    Expr::col((DecisionTotals, column)).add(Expr::cust(format!("excluded.{name}")))
}

/// Which totals a report reads: one organisation, a range of months, and optionally only some
/// teams, one professional, one category.
pub struct Selection {
    pub organisation_id: Uuid,
    pub from_month: NaiveDate,
    pub to_month: NaiveDate,
    /// `Some` limits to these teams (a team lead's own).
    pub team_ids: Option<Vec<Uuid>>,
    pub professional_id: Option<Uuid>,
    pub category_id: Option<Uuid>,
}

impl Selection {
    /// The filter on a totals table, given its organisation, month, team, professional and
    /// category columns (both totals tables have them).
    fn condition<C: ColumnTrait>(
        &self,
        [organisation, month, team, professional, category]: [C; 5],
    ) -> Condition {
        let mut condition = Condition::all()
            .add(organisation.eq(self.organisation_id))
            .add(month.between(self.from_month, self.to_month));
        if let Some(teams) = &self.team_ids {
            condition = condition.add(team.is_in(teams.iter().copied()));
        }
        if let Some(professional_id) = self.professional_id {
            condition = condition.add(professional.eq(professional_id));
        }
        if let Some(category_id) = self.category_id {
            condition = condition.add(category.eq(category_id));
        }
        condition
    }
}

pub async fn decisions(
    conn: &impl ConnectionTrait,
    selection: &Selection,
) -> Result<Vec<decision_month_total::Model>, DbErr> {
    use decision_month_total::Column;
    let condition = selection
        .condition([
            Column::OrganisationId,
            Column::Month,
            Column::TeamId,
            Column::ProfessionalId,
            Column::CategoryId,
        ])
        // Rows that went back to zero (a status left) count nothing.
        .add(Column::Decisions.ne(0));
    DecisionTotals::find().filter(condition).all(conn).await
}

/// How the step totals are summed: by month (hours dropped) or by hours (months dropped).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum StepGrouping {
    ByMonth,
    ByHours,
}

/// Step totals summed in the database, so a year of a large organisation comes back as a few
/// thousand rows: `(month, step, outcome, hours, steps)`, with `hours` 0 when grouped by month
/// and `month` the first month when grouped by hours.
pub async fn steps(
    conn: &impl ConnectionTrait,
    selection: &Selection,
    grouping: StepGrouping,
) -> Result<Vec<(NaiveDate, String, String, i64, i64)>, DbErr> {
    use decision_step_total::Column;
    use sea_orm::QuerySelect;
    let condition = selection.condition([
        Column::OrganisationId,
        Column::Month,
        Column::TeamId,
        Column::ProfessionalId,
        Column::CategoryId,
    ]);
    let total = Expr::cust("CAST(SUM(steps) AS BIGINT)");
    match grouping {
        StepGrouping::ByMonth => {
            let rows: Vec<(NaiveDate, String, String, i64)> = StepTotals::find()
                .select_only()
                .columns([Column::Month, Column::Step, Column::Outcome])
                .column_as(total, "steps")
                .filter(condition)
                .group_by(Column::Month)
                .group_by(Column::Step)
                .group_by(Column::Outcome)
                .into_tuple()
                .all(conn)
                .await?;
            Ok(rows
                .into_iter()
                .map(|(month, step, outcome, steps)| (month, step, outcome, 0, steps))
                .collect())
        }
        StepGrouping::ByHours => {
            let rows: Vec<(String, String, i64, i64)> = StepTotals::find()
                .select_only()
                .columns([Column::Step, Column::Outcome, Column::Hours])
                .column_as(total, "steps")
                .filter(condition)
                .group_by(Column::Step)
                .group_by(Column::Outcome)
                .group_by(Column::Hours)
                .into_tuple()
                .all(conn)
                .await?;
            Ok(rows
                .into_iter()
                .map(|(step, outcome, hours, steps)| {
                    (selection.from_month, step, outcome, hours, steps)
                })
                .collect())
        }
    }
}
