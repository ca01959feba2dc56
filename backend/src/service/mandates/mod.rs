//! Mandates: the versioned frameworks of professionals, their remaining budgets, and the
//! mandate check against the version in force and the live ledger totals.
//!
//! - `versions`: reading and adding versions (with `If-Match`), shared with templates;
//! - `view`: the mandate in force today with the remaining budgets;
//! - `check`: the mandate check of a proposed decision.

mod check;
mod versions;
mod view;

pub(crate) use check::{Basis, Proposal};
pub use check::{CheckRequest, CheckResult, check_decision};
pub use versions::{Version, VersionDraft, create_version, etag, versions};
pub(crate) use versions::{append_version, check_terms};
pub use view::{Budget, CategoryBudget, MandateView, PotBudget, mandate};

use chrono::NaiveDate;
use sea_orm::ConnectionTrait;
use uuid::Uuid;

use super::{Caller, ServiceError};
use crate::{
    domain::{
        mandate::{CategoryRule, Cents, MandateTerms, Period, PeriodKind},
        role::Role,
    },
    store::{
        self,
        entities::{mandate_version, team_budget_pot, user},
    },
};

/// Who may read a professional's mandate: themselves, controllers, admins and the leads of
/// their teams.
fn may_read(caller: &Caller, target: Uuid, target_teams: &[Uuid]) -> bool {
    caller.user_id == target
        || caller.roles.any(&[Role::Admin, Role::Controller])
        || caller.leads_any(target_teams)
}

/// Who may change it: admins and the leads of their teams, never the professional themselves.
pub(crate) fn check_may_write(
    caller: &Caller,
    target: Uuid,
    target_teams: &[Uuid],
) -> Result<(), ServiceError> {
    if caller.user_id == target {
        return Err(ServiceError::forbidden("nobody sets their own mandate"));
    }
    if caller.roles.has(Role::Admin) || caller.leads_any(target_teams) {
        Ok(())
    } else {
        Err(ServiceError::forbidden(
            "only a lead of one of the professional's teams, or an admin, sets a mandate",
        ))
    }
}

/// The professional and their teams; absent or of another organisation is `NotFound`.
async fn professional(
    conn: &impl ConnectionTrait,
    caller: &Caller,
    id: Uuid,
) -> Result<(user::Model, Vec<Uuid>), ServiceError> {
    let user = store::users::find(conn, caller.organisation_id, id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    Ok((user, store::teams::team_ids_of(conn, id).await?))
}

/// A version's terms, as stored.
pub fn terms_of(model: &mandate_version::Model) -> MandateTerms {
    terms_from_columns(
        model.period,
        model.period_limit_cents,
        model.per_client_year_limit_cents,
        &model.rules.0,
    )
}

/// Terms from the columns a version and a template both have.
pub fn terms_from_columns(
    period: PeriodKind,
    period_limit: Option<i64>,
    per_client_year_limit: Option<i64>,
    rules: &[CategoryRule],
) -> MandateTerms {
    MandateTerms {
        period,
        period_limit: period_limit.map(Cents::new),
        per_client_year_limit: per_client_year_limit.map(Cents::new),
        rules: rules.to_vec(),
    }
}

/// The calendar period a pot is for.
pub fn pot_period(pot: &team_budget_pot::Model) -> Period {
    Period::containing(pot.period, pot.starts_on)
}

/// The teams whose pot a decision may draw on: the one chosen, or else any of the person's.
pub(crate) fn pot_candidates(teams: &[Uuid], team: Option<Uuid>) -> Vec<Uuid> {
    match team {
        Some(team) => vec![team],
        None => teams.to_vec(),
    }
}

/// Of pots that started by `date`, the one whose period contains it, with that period.
pub(crate) fn pot_containing(
    pots: Vec<team_budget_pot::Model>,
    date: NaiveDate,
) -> Result<Option<(team_budget_pot::Model, Period)>, ServiceError> {
    for pot in pots {
        let period = pot_period(&pot);
        if period.contains(date) {
            return Ok(Some((pot, period)));
        }
    }
    Ok(None)
}
