//! The monthly totals behind the reports: counted in the transaction of every decision and
//! workflow step, read by the reports with the same filters as the decision lists.

use std::collections::{HashMap, hash_map::Entry};

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter, sea_query::Expr,
};
use uuid::Uuid;

use super::{
    batch::Batch,
    entities::{
        decision,
        decision_month_total::{self, Entity as DecisionTotals},
        decision_step_duration::{self, Entity as StepDurations},
        decision_step_total::{self, Entity as StepTotals},
    },
    ledger::month_of,
};
use crate::domain::{
    decision::{EventKind, Status},
    mandate::amsterdam_date,
};

/// `delta` decisions (1 or -1) of this decision's kind in `status`.
pub fn decision_row(
    decision: &decision::Model,
    status: Status,
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
            decision.verdict.as_str(),
            decision.urgent,
            status.as_str()
        ),
        team_id: decision.team_id,
        professional_id: decision.professional_id,
        category_id: decision.category_id,
        verdict: decision.verdict,
        urgent: decision.urgent,
        status,
        decisions: delta,
        amount_cents: delta * decision.amount_cents,
    }
}

/// Steps taken, as the rows they add to both step tables.
#[derive(Default)]
pub struct StepCounts {
    totals: Vec<decision_step_total::Model>,
    durations: Vec<decision_step_duration::Model>,
}

impl StepCounts {
    /// One step taken on `decision` at `at`; a timed step also by the whole hours since the
    /// decision was logged, once for every filter combination the decision falls under.
    pub fn count(
        &mut self,
        decision: &decision::Model,
        step: EventKind,
        outcome: &str,
        at: DateTime<Utc>,
    ) {
        let month = month_of(amsterdam_date(at));
        self.totals.push(decision_step_total::Model {
            organisation_id: decision.organisation_id,
            month,
            dimensions: format!(
                "{}|{}|{}|{}|{}",
                decision.professional_id,
                decision.category_id,
                decision.team_id.map(|t| t.to_string()).unwrap_or_default(),
                step.as_str(),
                outcome,
            ),
            team_id: decision.team_id,
            professional_id: decision.professional_id,
            category_id: decision.category_id,
            step,
            outcome: outcome.into(),
            steps: 1,
        });
        if !step.is_timed() {
            return;
        }
        let hours = hour_bucket((at - decision.recorded_at).num_hours());
        // A decision without a team never matches a team filter.
        let teams = match decision.team_id {
            Some(team) => vec![None, Some(team)],
            None => vec![None],
        };
        for team in teams {
            for professional in [None, Some(decision.professional_id)] {
                for category in [None, Some(decision.category_id)] {
                    self.durations.push(decision_step_duration::Model {
                        organisation_id: decision.organisation_id,
                        scope: scope(team, professional, category),
                        month,
                        step,
                        hours,
                        steps: 1,
                    });
                }
            }
        }
    }

    pub fn extend(&mut self, other: StepCounts) {
        self.totals.extend(other.totals);
        self.durations.extend(other.durations);
    }
}

/// The key of one filter combination in the durations table.
fn scope(team: Option<Uuid>, professional: Option<Uuid>, category: Option<Uuid>) -> String {
    [("t", team), ("p", professional), ("c", category)]
        .into_iter()
        .filter_map(|(kind, id)| id.map(|id| format!("{kind}:{id}")))
        .collect::<Vec<_>>()
        .join("|")
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

/// Adds rows to the decision totals; rows with the same identity are merged first, since one
/// statement may not update a row twice.
pub fn add_decisions_into(batch: &mut Batch, rows: Vec<decision_month_total::Model>) {
    use decision_month_total::Column;
    let rows = merged(
        rows,
        |row| (row.month, row.dimensions.clone()),
        |sum, row| {
            sum.decisions += row.decisions;
            sum.amount_cents += row.amount_cents;
        },
    );
    batch.add_to_totals::<DecisionTotals, _>(
        rows,
        &[Column::OrganisationId, Column::Month, Column::Dimensions],
        &[Column::Decisions, Column::AmountCents],
    );
}

/// Adds steps to both step tables, merging rows of the same identity first.
pub fn add_steps_into(batch: &mut Batch, counts: StepCounts) {
    let totals = merged(
        counts.totals,
        |row| (row.month, row.dimensions.clone()),
        |sum, row| sum.steps += row.steps,
    );
    {
        use decision_step_total::Column;
        batch.add_to_totals::<StepTotals, _>(
            totals,
            &[Column::OrganisationId, Column::Month, Column::Dimensions],
            &[Column::Steps],
        );
    }
    let durations = merged(
        counts.durations,
        |row| (row.scope.clone(), row.month, row.step, row.hours),
        |sum, row| sum.steps += row.steps,
    );
    use decision_step_duration::Column;
    batch.add_to_totals::<StepDurations, _>(
        durations,
        &[
            Column::OrganisationId,
            Column::Scope,
            Column::Month,
            Column::Step,
            Column::Hours,
        ],
        &[Column::Steps],
    );
}

/// Rows of the same identity as one, their counts added: one upsert row per key, since
/// PostgreSQL refuses to touch a row twice in one `INSERT … ON CONFLICT`.
fn merged<K: std::hash::Hash + Eq, M>(
    rows: Vec<M>,
    key: impl Fn(&M) -> K,
    add: impl Fn(&mut M, &M),
) -> Vec<M> {
    let mut by_key: HashMap<K, M> = HashMap::new();
    for row in rows {
        match by_key.entry(key(&row)) {
            Entry::Occupied(mut existing) => add(existing.get_mut(), &row),
            Entry::Vacant(slot) => {
                slot.insert(row);
            }
        }
    }
    by_key.into_values().collect()
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
    /// The durations table's keys this selection sums: one per team it allows.
    fn scopes(&self) -> Vec<String> {
        let teams: Vec<Option<Uuid>> = match &self.team_ids {
            Some(teams) => teams.iter().copied().map(Some).collect(),
            None => vec![None],
        };
        teams
            .into_iter()
            .map(|team| scope(team, self.professional_id, self.category_id))
            .collect()
    }

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

/// One group of decision totals: month, team, professional, verdict, status, decisions, cents.
pub type DecisionGroup = (NaiveDate, Option<Uuid>, Uuid, String, String, i64, i64);

/// Decision totals summed in the database over categories and urgency, which no report
/// splits by once the filters are applied.
pub async fn decisions(
    conn: &impl ConnectionTrait,
    selection: &Selection,
) -> Result<Vec<DecisionGroup>, DbErr> {
    use decision_month_total::Column;
    use sea_orm::QuerySelect;
    let condition = selection
        .condition([
            Column::OrganisationId,
            Column::Month,
            Column::TeamId,
            Column::ProfessionalId,
            Column::CategoryId,
        ])
        // Rows that went back to zero (a status left) count nothing; a row of amounts only (a
        // correction, or a raise that waits for a lead) still counts its cents.
        .add(
            Condition::any()
                .add(Column::Decisions.ne(0))
                .add(Column::AmountCents.ne(0)),
        );
    DecisionTotals::find()
        .select_only()
        .columns([
            Column::Month,
            Column::TeamId,
            Column::ProfessionalId,
            Column::Verdict,
            Column::Status,
        ])
        .column_as(Expr::cust("CAST(SUM(decisions) AS BIGINT)"), "decisions")
        .column_as(
            Expr::cust("CAST(SUM(amount_cents) AS BIGINT)"),
            "amount_cents",
        )
        .filter(condition)
        .group_by(Column::Month)
        .group_by(Column::TeamId)
        .group_by(Column::ProfessionalId)
        .group_by(Column::Verdict)
        .group_by(Column::Status)
        .into_tuple()
        .all(conn)
        .await
}

/// Step totals per month, kind and outcome: `(month, step, outcome, steps)`.
pub async fn steps(
    conn: &impl ConnectionTrait,
    selection: &Selection,
) -> Result<Vec<(NaiveDate, String, String, i64)>, DbErr> {
    use decision_step_total::Column;
    use sea_orm::QuerySelect;
    let condition = selection.condition([
        Column::OrganisationId,
        Column::Month,
        Column::TeamId,
        Column::ProfessionalId,
        Column::CategoryId,
    ]);
    StepTotals::find()
        .select_only()
        .columns([Column::Month, Column::Step, Column::Outcome])
        .column_as(Expr::cust("CAST(SUM(steps) AS BIGINT)"), "steps")
        .filter(condition)
        .group_by(Column::Month)
        .group_by(Column::Step)
        .group_by(Column::Outcome)
        .into_tuple()
        .all(conn)
        .await
}

/// Timed steps by the hours they took, whatever the month: `(step, hours, steps)`.
pub async fn durations(
    conn: &impl ConnectionTrait,
    selection: &Selection,
) -> Result<Vec<(String, i64, i64)>, DbErr> {
    use decision_step_duration::Column;
    use sea_orm::QuerySelect;
    StepDurations::find()
        .select_only()
        .columns([Column::Step, Column::Hours])
        .column_as(Expr::cust("CAST(SUM(steps) AS BIGINT)"), "steps")
        .filter(
            Condition::all()
                .add(Column::OrganisationId.eq(selection.organisation_id))
                .add(Column::Scope.is_in(selection.scopes()))
                .add(Column::Month.between(selection.from_month, selection.to_month)),
        )
        .group_by(Column::Step)
        .group_by(Column::Hours)
        .into_tuple()
        .all(conn)
        .await
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

    #[test]
    fn a_timed_step_counts_once_per_filter_combination_and_a_selection_finds_one_of_them() {
        use super::*;
        let (team, professional, category) =
            (Uuid::from_u128(1), Uuid::from_u128(2), Uuid::from_u128(3));
        let logged = Utc::now() - chrono::Duration::hours(5);
        let decision = decision::Model {
            id: Uuid::from_u128(4),
            organisation_id: Uuid::from_u128(5),
            professional_id: professional,
            team_id: Some(team),
            category_id: category,
            client_ref: "C-1".into(),
            amount_cents: 100,
            title: String::new(),
            situation: String::new(),
            solution: String::new(),
            rationale: String::new(),
            deviates_from: None,
            decided_at: logged,
            decided_on: amsterdam_date(logged),
            recorded_at: logged,
            urgent: false,
            client_verdict: None,
            verdict: crate::domain::mandate::Verdict::NeedsApproval,
            explanation: Default::default(),
            mandate_version_id: None,
            status: Status::AwaitingApproval,
            case_url: None,
            updated_at: logged,
            erased_at: None,
        };
        let mut counts = StepCounts::default();
        counts.count(&decision, EventKind::Approved, "", Utc::now());
        counts.count(&decision, EventKind::Reflected, "worked", Utc::now());
        assert_eq!(counts.totals.len(), 2);
        let scopes: Vec<&str> = counts.durations.iter().map(|d| d.scope.as_str()).collect();
        assert_eq!(
            scopes.len(),
            8,
            "only the approval is timed, under 2 x 2 x 2 filter choices"
        );
        assert!(
            counts
                .durations
                .iter()
                .all(|d| d.hours == 5 && d.step == EventKind::Approved)
        );

        let selection = |team_ids: Option<Vec<Uuid>>, professional_id, category_id| Selection {
            organisation_id: decision.organisation_id,
            from_month: decision.decided_on,
            to_month: decision.decided_on,
            team_ids,
            professional_id,
            category_id,
        };
        for s in [
            selection(None, None, None),
            selection(Some(vec![team]), None, None),
            selection(None, Some(professional), Some(category)),
            selection(
                Some(vec![Uuid::from_u128(9), team]),
                Some(professional),
                Some(category),
            ),
        ] {
            let wanted = s.scopes();
            assert_eq!(
                scopes
                    .iter()
                    .filter(|x| wanted.contains(&x.to_string()))
                    .count(),
                1,
                "{wanted:?}"
            );
        }
    }
}
