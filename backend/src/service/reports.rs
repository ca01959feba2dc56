//! Steering reports: who may see which part of the organisation, and the reports themselves,
//! computed from the monthly totals (`store::report_totals`) by `domain::report`.
//!
//! - controllers and admins: the whole organisation;
//! - team leads: the teams they lead (another team is refused);
//! - professionals: only their own decisions (a team or a colleague is refused).

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

use super::{Caller, ServiceError};
use crate::{
    domain::{
        decision::Status,
        invalid::Invalid,
        mandate::amsterdam_date,
        report::{
            self, BudgetUse, Count, DecisionTotal, Months, NamedUse, Reflections, StepTotal,
            TimedStep, UrgentReviews,
        },
        role::Role,
    },
    store::{self, db::Db, report_totals::Selection},
};

/// The filters every report takes, as the request gave them.
#[derive(Clone, Debug, Default)]
pub struct ReportFilter {
    /// `YYYY-MM`, default January of this year.
    pub from: Option<String>,
    /// `YYYY-MM`, default this month.
    pub to: Option<String>,
    pub team_id: Option<Uuid>,
    pub professional_id: Option<Uuid>,
    pub category_id: Option<Uuid>,
}

/// A report over the months it covers.
pub struct Report<T> {
    pub months: Months,
    pub body: T,
}

/// How fast co-signs, approvals and reviews came, and what waits longest now.
pub struct Turnaround {
    pub steps: Vec<(TimedStep, report::Turnaround)>,
    /// Waiting for a co-sign or approval, longest first (whatever the months).
    pub longest_waiting: Vec<Waiting>,
}

/// A decision waiting for a co-sign or approval.
pub struct Waiting {
    pub decision_id: Uuid,
    pub status: Status,
    pub professional_id: Uuid,
    pub recorded_at: DateTime<Utc>,
    pub hours_waiting: i64,
}

/// How many decisions `turnaround` lists as waiting longest.
const LONGEST_WAITING: u64 = 10;

/// Decisions and amounts per month and verdict, urgent ones apart.
pub async fn verdict_mix(
    db: &Db,
    caller: &Caller,
    filter: &ReportFilter,
) -> Result<Report<BTreeMap<(NaiveDate, &'static str), Count>>, ServiceError> {
    of_decisions(db, caller, filter, report::verdict_mix).await
}

/// Committed and reserved amounts per month.
pub async fn budget_use(
    db: &Db,
    caller: &Caller,
    filter: &ReportFilter,
) -> Result<Report<BTreeMap<NaiveDate, BudgetUse>>, ServiceError> {
    of_decisions(db, caller, filter, report::budget_use).await
}

/// The turnaround of each timed step, and the decisions waiting longest now.
pub async fn turnaround(
    db: &Db,
    caller: &Caller,
    filter: &ReportFilter,
) -> Result<Report<Turnaround>, ServiceError> {
    let now = Utc::now();
    let (months, selection) = selection(db, caller, filter, now).await?;
    let conn = db.conn();
    // The durations table has no month of outcome; the report needs only the hours.
    let steps: Vec<StepTotal> = store::report_totals::durations(conn, &selection)
        .await?
        .into_iter()
        .map(|(step, hours, steps)| StepTotal {
            month: months.from,
            step,
            outcome: String::new(),
            hours,
            steps,
        })
        .collect();
    let longest_waiting = store::decisions::oldest_waiting(conn, &selection, LONGEST_WAITING)
        .await?
        .into_iter()
        .map(|d| Waiting {
            decision_id: d.id,
            status: d.status,
            professional_id: d.professional_id,
            recorded_at: d.recorded_at,
            hours_waiting: report::hours_waiting(d.recorded_at, now),
        })
        .collect();
    Ok(Report {
        months,
        body: Turnaround {
            steps: report::turnarounds(&steps),
            longest_waiting,
        },
    })
}

/// Urgent decisions per month and how their reviews went.
pub async fn urgent_reviews(
    db: &Db,
    caller: &Caller,
    filter: &ReportFilter,
) -> Result<Report<BTreeMap<NaiveDate, UrgentReviews>>, ServiceError> {
    let (months, selection) = selection(db, caller, filter, Utc::now()).await?;
    let decisions = decision_totals(db, &selection).await?;
    let steps = step_totals(db, &selection).await?;
    Ok(Report {
        months,
        body: report::urgent_reviews(&decisions, &steps, &months.list()),
    })
}

/// The reflections given in the months, by whether the decision worked out.
pub async fn reflections(
    db: &Db,
    caller: &Caller,
    filter: &ReportFilter,
) -> Result<Report<Reflections>, ServiceError> {
    let (months, selection) = selection(db, caller, filter, Utc::now()).await?;
    let steps = step_totals(db, &selection).await?;
    Ok(Report {
        months,
        body: report::reflections(&steps),
    })
}

/// Per professional, decisions by verdict and the budget used, sorted by name.
pub async fn professional_use(
    db: &Db,
    caller: &Caller,
    filter: &ReportFilter,
) -> Result<Report<Vec<NamedUse>>, ServiceError> {
    let uses = of_decisions(db, caller, filter, |decisions, _| {
        report::professional_use(decisions)
    })
    .await?;
    let ids: Vec<Uuid> = uses.body.keys().copied().collect();
    let names: BTreeMap<Uuid, String> =
        store::users::find_many(db.conn(), caller.organisation_id, &ids)
            .await?
            .into_iter()
            .map(|p| (p.id, p.name))
            .collect();
    Ok(Report {
        months: uses.months,
        body: report::by_name(uses.body, &names),
    })
}

/// A report computed from the decision totals of its months that the caller may see.
async fn of_decisions<T>(
    db: &Db,
    caller: &Caller,
    filter: &ReportFilter,
    compute: impl FnOnce(&[DecisionTotal], &[NaiveDate]) -> T,
) -> Result<Report<T>, ServiceError> {
    let (months, selection) = selection(db, caller, filter, Utc::now()).await?;
    let decisions = decision_totals(db, &selection).await?;
    Ok(Report {
        body: compute(&decisions, &months.list()),
        months,
    })
}

async fn decision_totals(
    db: &Db,
    selection: &Selection,
) -> Result<Vec<DecisionTotal>, ServiceError> {
    Ok(store::report_totals::decisions(db.conn(), selection)
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
        .collect())
}

async fn step_totals(db: &Db, selection: &Selection) -> Result<Vec<StepTotal>, ServiceError> {
    Ok(store::report_totals::steps(db.conn(), selection)
        .await?
        .into_iter()
        .map(|(month, step, outcome, steps)| StepTotal {
            month,
            step,
            outcome,
            hours: 0,
            steps,
        })
        .collect())
}

/// The months asked for and the totals the caller may see under the filters: every invalid
/// filter named at once, then the caller's role applied.
async fn selection(
    db: &Db,
    caller: &Caller,
    filter: &ReportFilter,
    now: DateTime<Utc>,
) -> Result<(Months, Selection), ServiceError> {
    let mut invalid = Invalid::new();
    let months = Months::asked(
        filter.from.as_deref(),
        filter.to.as_deref(),
        amsterdam_date(now),
        &mut invalid,
    );
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
    let months = months.ok_or(ServiceError::Internal)?;
    let asked = Selection {
        organisation_id: caller.organisation_id,
        from_month: months.from,
        to_month: months.to,
        team_ids: filter.team_id.map(|t| vec![t]),
        professional_id: filter.professional_id,
        category_id: filter.category_id,
    };
    Ok((months, visible_to(caller, asked)?))
}

/// The selection narrowed to what the caller may see; asking for more than that is refused
/// rather than quietly answered with less, whatever the role.
fn visible_to(caller: &Caller, mut selection: Selection) -> Result<Selection, ServiceError> {
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
        match &selection.team_ids {
            Some(teams) if !teams.iter().all(|t| led.contains(t)) => {
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
        if selection.team_ids.is_some()
            || selection
                .professional_id
                .is_some_and(|p| p != caller.user_id)
        {
            return Err(ServiceError::forbidden(
                "professionals see reports of their own decisions only, not of a team or colleague",
            ));
        }
        selection.professional_id = Some(caller.user_id);
        return Ok(selection);
    }
    Err(ServiceError::forbidden(
        "reports require the role controller, admin, team_lead or professional",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::role::Roles;

    const ME: Uuid = Uuid::from_u128(1);
    const COLLEAGUE: Uuid = Uuid::from_u128(2);
    const MY_TEAM: Uuid = Uuid::from_u128(10);
    const OTHER_TEAM: Uuid = Uuid::from_u128(11);

    fn caller(roles: &[Role], leads: &[Uuid]) -> Caller {
        Caller {
            user_id: ME,
            organisation_id: Uuid::from_u128(100),
            organisation_name: "Gemeente".into(),
            name: "Fatima".into(),
            email: "fatima@gemeente.nl".into(),
            roles: Roles::new(roles.to_vec()),
            team_ids: vec![MY_TEAM],
            lead_team_ids: leads.to_vec(),
            machine: None,
        }
    }

    fn asking(team: Option<Uuid>, professional: Option<Uuid>) -> Selection {
        let month = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        Selection {
            organisation_id: Uuid::from_u128(100),
            from_month: month,
            to_month: month,
            team_ids: team.map(|t| vec![t]),
            professional_id: professional,
            category_id: None,
        }
    }

    fn narrowed(
        caller: &Caller,
        selection: Selection,
    ) -> Result<(Option<Vec<Uuid>>, Option<Uuid>), String> {
        visible_to(caller, selection)
            .map(|s| (s.team_ids, s.professional_id))
            .map_err(|e| e.to_string())
    }

    #[test]
    fn controllers_see_what_they_ask_for() {
        let controller = caller(&[Role::Controller], &[]);
        assert_eq!(
            narrowed(&controller, asking(Some(OTHER_TEAM), Some(COLLEAGUE))),
            Ok((Some(vec![OTHER_TEAM]), Some(COLLEAGUE)))
        );
    }

    #[test]
    fn a_lead_sees_the_led_teams_and_is_refused_another() {
        let lead = caller(&[Role::TeamLead, Role::Professional], &[MY_TEAM]);
        assert_eq!(
            narrowed(&lead, asking(None, None)),
            Ok((Some(vec![MY_TEAM]), None))
        );
        assert_eq!(
            narrowed(&lead, asking(Some(MY_TEAM), Some(COLLEAGUE))),
            Ok((Some(vec![MY_TEAM]), Some(COLLEAGUE)))
        );
        assert!(
            narrowed(&lead, asking(Some(OTHER_TEAM), None))
                .is_err_and(|e| e.starts_with("forbidden"))
        );
        // A lead whose team-lead role was taken away reads as the professional they still are.
        let former = caller(&[Role::Professional], &[MY_TEAM]);
        assert_eq!(narrowed(&former, asking(None, None)), Ok((None, Some(ME))));
    }

    #[test]
    fn a_professional_sees_only_their_own_decisions_and_is_refused_a_team_or_colleague() {
        let professional = caller(&[Role::Professional], &[]);
        assert_eq!(
            narrowed(&professional, asking(None, None)),
            Ok((None, Some(ME)))
        );
        assert_eq!(
            narrowed(&professional, asking(None, Some(ME))),
            Ok((None, Some(ME)))
        );
        for refused in [
            asking(None, Some(COLLEAGUE)),
            asking(Some(OTHER_TEAM), None),
            // Even their own team: that report would be the team's, not theirs.
            asking(Some(MY_TEAM), Some(ME)),
        ] {
            assert!(narrowed(&professional, refused).is_err_and(|e| e.starts_with("forbidden")));
        }
    }

    #[test]
    fn without_a_reporting_role_nothing_is_shown() {
        let admin_less = caller(&[], &[]);
        assert!(narrowed(&admin_less, asking(None, None)).is_err());
    }
}
