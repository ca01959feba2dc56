//! Team budget pots: a team's shared custom-solutions budget for one calendar period, which
//! every member's decisions draw on.

use chrono::NaiveDate;
use serde_json::json;
use uuid::Uuid;

use super::{Caller, ServiceError, audit, mandates};
use crate::{
    domain::{
        invalid::Invalid,
        mandate::{MAX_AMOUNT, Period, PeriodKind},
        role::Role,
    },
    store::{self, db::Db, entities::team_budget_pot, ledger::Scope},
};

pub struct Pot {
    pub model: team_budget_pot::Model,
    pub period: Period,
    pub reserved: i64,
    pub committed: i64,
}

/// Members, the team's leads, controllers and admins read a team's pots.
pub async fn list(db: &Db, caller: &Caller, team_id: Uuid) -> Result<Vec<Pot>, ServiceError> {
    store::teams::find(db.conn(), caller.organisation_id, team_id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let may_read =
        caller.team_ids.contains(&team_id) || caller.roles.any(&[Role::Admin, Role::Controller]);
    if !may_read {
        return Err(ServiceError::forbidden(
            "only the team, controllers and admins see its budget pots",
        ));
    }
    let models = store::budget_pots::of_team(db.conn(), caller.organisation_id, team_id).await?;
    let periods: Vec<_> = models.iter().map(mandates::pot_period).collect();
    // The use of every pot in one query, each over its own period.
    let windows: Vec<_> = periods
        .iter()
        .map(|p| (Scope::Team(team_id), p.start, p.end))
        .collect();
    let sums = store::ledger::sums_in_windows(db.conn(), caller.organisation_id, &windows).await?;
    Ok(models
        .into_iter()
        .zip(periods)
        .zip(sums)
        .map(|((model, period), sums)| Pot {
            model,
            period,
            reserved: sums.reserved,
            committed: sums.committed,
        })
        .collect())
}

/// Sets the pot for the period starting on `starts_on` (replacing its limit if it exists).
/// Returns the pot and whether it was new.
pub async fn set(
    db: &Db,
    caller: &Caller,
    team_id: Uuid,
    kind: PeriodKind,
    starts_on: NaiveDate,
    limit_cents: i64,
) -> Result<(Pot, bool), ServiceError> {
    store::teams::find(db.conn(), caller.organisation_id, team_id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if !(caller.roles.has(Role::Admin) || caller.leads(team_id)) {
        return Err(ServiceError::forbidden(
            "only the team's leads and admins set its budget pot",
        ));
    }
    let period = Period::containing(kind, starts_on);
    let mut invalid = Invalid::new();
    if period.start != starts_on {
        invalid.add(
            "startsOn",
            format!(
                "must be the first day of a {} (e.g. {})",
                kind.as_str(),
                period.start
            ),
        );
    }
    if !(0..=MAX_AMOUNT.get()).contains(&limit_cents) {
        invalid.add(
            "limitCents",
            format!("must be between 0 and {}", MAX_AMOUNT.get()),
        );
    }
    let tx = db.begin_write().await?;
    let existing = store::budget_pots::of_team(&*tx, caller.organisation_id, team_id).await?;
    let mut same = None;
    for pot in existing {
        let other = mandates::pot_period(&pot);
        if other == period {
            same = Some(pot);
        } else if other.start < period.end && period.start < other.end {
            invalid.add(
                "startsOn",
                format!("overlaps the team's pot for {}", other.label()),
            );
        }
    }
    invalid.finish()?;
    let now = chrono::Utc::now();
    let created = same.is_none();
    let model = match same {
        Some(mut pot) => {
            let before = pot.limit_cents;
            pot.limit_cents = limit_cents;
            pot.updated_at = now;
            store::budget_pots::update(&*tx, pot.clone()).await?;
            audit::record(&*tx, caller, "team_budget_pot.changed", "team_budget_pot", pot.id, json!({"teamId": team_id, "period": period.label(), "before": {"limitCents": before}, "after": {"limitCents": limit_cents}})).await?;
            pot
        }
        None => {
            let pot = team_budget_pot::Model {
                id: Uuid::now_v7(),
                organisation_id: caller.organisation_id,
                team_id,
                period: kind,
                starts_on,
                limit_cents,
                created_by: caller.user_id,
                created_at: now,
                updated_at: now,
            };
            store::budget_pots::insert(&*tx, pot.clone()).await?;
            audit::record(&*tx, caller, "team_budget_pot.created", "team_budget_pot", pot.id, json!({"teamId": team_id, "period": period.label(), "after": {"limitCents": limit_cents}})).await?;
            pot
        }
    };
    let window = [(Scope::Team(team_id), period.start, period.end)];
    let sums = store::ledger::sums_in_windows(&*tx, caller.organisation_id, &window).await?;
    tx.commit().await?;
    let sums = sums.first().copied().unwrap_or_default();
    Ok((
        Pot {
            model,
            period,
            reserved: sums.reserved,
            committed: sums.committed,
        },
        created,
    ))
}
