//! Mandates: the versioned frameworks of professionals, their remaining budgets, and the
//! mandate check against the version in force and the live ledger totals.

use chrono::{Datelike, NaiveDate};
use sea_orm::{ConnectionTrait, EntityTrait, QuerySelect};
use serde_json::json;
use uuid::Uuid;

use super::{Caller, ServiceError, audit};
use crate::{
    domain::{
        client_ref::ClientRef,
        invalid::{FieldError, Invalid},
        mandate::{
            CategoryRule, Cents, CheckInput, CheckOutcome, LedgerTotals, MAX_AMOUNT, MandateTerms,
            Period, PeriodKind, TeamPot, amsterdam_date, check, validate,
        },
        role::Role,
        text,
    },
    store::{
        self,
        db::Db,
        entities::{mandate_version, team_budget_pot, user},
        ledger::{Scope, Sums},
    },
};

/// A mandate version with its terms parsed.
#[derive(Clone, Debug)]
pub struct Version {
    pub model: mandate_version::Model,
    pub terms: MandateTerms,
    /// The first day it is no longer in force (the next version's start), if superseded.
    pub valid_until: Option<NaiveDate>,
}

/// The input of a new version.
pub struct VersionDraft {
    pub valid_from: NaiveDate,
    pub reason: String,
    pub terms: MandateTerms,
    /// Problems already found while reading the request (unknown enumeration values).
    pub parse_errors: Vec<FieldError>,
}

/// Used and remaining amounts under one limit in the current period.
#[derive(Clone, Copy, Debug)]
pub struct Budget {
    pub limit: Option<i64>,
    pub reserved: i64,
    pub committed: i64,
}

impl Budget {
    fn new(limit: Option<Cents>, sums: Sums) -> Self {
        Self {
            limit: limit.map(Cents::get),
            reserved: sums.reserved,
            committed: sums.committed,
        }
    }

    pub fn remaining(&self) -> Option<i64> {
        self.limit.map(|limit| {
            limit
                .saturating_sub(self.reserved)
                .saturating_sub(self.committed)
        })
    }
}

pub struct CategoryBudget {
    pub rule: CategoryRule,
    pub budget: Budget,
}

pub struct PotBudget {
    pub team_id: Uuid,
    pub period: Period,
    pub budget: Budget,
}

/// A professional's mandate as they need to see it: the version in force and what is left.
pub struct MandateView {
    pub user_id: Uuid,
    pub on: NaiveDate,
    pub version: Option<Version>,
    /// The newest version (possibly starting later): its id is the ETag a new version must name.
    pub latest_version_id: Option<Uuid>,
    pub period: Option<Period>,
    pub total: Option<Budget>,
    pub categories: Vec<CategoryBudget>,
    pub team_pot: Option<PotBudget>,
}

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
    let mut teams: Vec<Uuid> = store::teams::memberships_of_users(conn, &[id])
        .await?
        .into_iter()
        .map(|m| m.team_id)
        .collect();
    teams.sort();
    Ok((user, teams))
}

pub fn parse_terms(model: &mandate_version::Model) -> Result<MandateTerms, ServiceError> {
    terms_from_columns(
        &model.period,
        model.period_limit_cents,
        model.per_client_year_limit_cents,
        &model.rules,
    )
}

pub fn terms_from_columns(
    period: &str,
    period_limit: Option<i64>,
    per_client_year_limit: Option<i64>,
    rules: &str,
) -> Result<MandateTerms, ServiceError> {
    let period = match period {
        "month" => PeriodKind::Month,
        "quarter" => PeriodKind::Quarter,
        "year" => PeriodKind::Year,
        _ => return Err(ServiceError::Internal),
    };
    let rules: Vec<CategoryRule> = serde_json::from_str(rules).map_err(|error| {
        tracing::error!(error = %error, "stored mandate rules do not parse");
        ServiceError::Internal
    })?;
    Ok(MandateTerms {
        period,
        period_limit: period_limit.map(Cents::new),
        per_client_year_limit: per_client_year_limit.map(Cents::new),
        rules,
    })
}

pub fn rules_json(terms: &MandateTerms) -> Result<String, ServiceError> {
    serde_json::to_string(&terms.rules).map_err(|_| ServiceError::Internal)
}

/// All versions, newest first, each with the day it stopped being in force.
pub async fn versions(
    db: &Db,
    caller: &Caller,
    user_id: Uuid,
) -> Result<Vec<Version>, ServiceError> {
    let (_, teams) = professional(db.conn(), caller, user_id).await?;
    if !may_read(caller, user_id, &teams) {
        return Err(ServiceError::forbidden(
            "you may not see this professional's mandate",
        ));
    }
    versions_of(db.conn(), caller.organisation_id, user_id).await
}

async fn versions_of(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    user_id: Uuid,
) -> Result<Vec<Version>, ServiceError> {
    let models = store::mandates::of_user(conn, organisation_id, user_id).await?;
    let mut versions = Vec::with_capacity(models.len());
    // Newest first: a version ends where the nearest later-starting one begins; of two starting
    // on the same day, the older never comes into force.
    let mut later_start: Option<NaiveDate> = None;
    for model in models {
        let terms = parse_terms(&model)?;
        let valid_until = later_start.replace(model.valid_from);
        versions.push(Version {
            model,
            terms,
            valid_until,
        });
    }
    Ok(versions)
}

/// The mandate in force today (Europe/Amsterdam) with the remaining budgets of this period.
pub async fn mandate(db: &Db, caller: &Caller, user_id: Uuid) -> Result<MandateView, ServiceError> {
    let (_, teams) = professional(db.conn(), caller, user_id).await?;
    if !may_read(caller, user_id, &teams) {
        return Err(ServiceError::forbidden(
            "you may not see this professional's mandate",
        ));
    }
    let today = amsterdam_date(chrono::Utc::now());
    let conn = db.conn();
    let latest = store::mandates::latest(conn, caller.organisation_id, user_id).await?;
    let Some(model) =
        store::mandates::in_force(conn, caller.organisation_id, user_id, today).await?
    else {
        return Ok(MandateView {
            user_id,
            on: today,
            version: None,
            latest_version_id: latest.map(|v| v.id),
            period: None,
            total: None,
            categories: Vec::new(),
            team_pot: None,
        });
    };
    let terms = parse_terms(&model)?;
    let period = Period::containing(terms.period, today);
    let mut scopes = vec![Scope::Professional(user_id)];
    scopes.extend(
        terms
            .rules
            .iter()
            .map(|r| Scope::ProfessionalCategory(user_id, r.category_id)),
    );
    let sums = store::ledger::sums(
        conn,
        caller.organisation_id,
        &scopes,
        period.start,
        period.end,
    )
    .await?;
    let total = Budget::new(
        terms.period_limit,
        sums.get(&Scope::Professional(user_id))
            .copied()
            .unwrap_or_default(),
    );
    let categories = terms
        .rules
        .iter()
        .map(|rule| CategoryBudget {
            rule: rule.clone(),
            budget: Budget::new(
                rule.period_limit,
                sums.get(&Scope::ProfessionalCategory(user_id, rule.category_id))
                    .copied()
                    .unwrap_or_default(),
            ),
        })
        .collect();
    let team_pot = match pot_for(conn, caller.organisation_id, &teams, None, today).await? {
        Some(pot) => {
            let period = pot_period(&pot)?;
            let sums = store::ledger::sums(
                conn,
                caller.organisation_id,
                &[Scope::Team(pot.team_id)],
                period.start,
                period.end,
            )
            .await?;
            Some(PotBudget {
                team_id: pot.team_id,
                period,
                budget: Budget::new(
                    Some(Cents::new(pot.limit_cents)),
                    sums.values().next().copied().unwrap_or_default(),
                ),
            })
        }
        None => None,
    };
    let valid_until = versions_of(conn, caller.organisation_id, user_id)
        .await?
        .into_iter()
        .find(|v| v.model.id == model.id)
        .and_then(|v| v.valid_until);
    Ok(MandateView {
        user_id,
        on: today,
        latest_version_id: latest.map(|v| v.id),
        version: Some(Version {
            model,
            terms,
            valid_until,
        }),
        period: Some(period),
        total: Some(total),
        categories,
        team_pot,
    })
}

pub fn pot_period(pot: &team_budget_pot::Model) -> Result<Period, ServiceError> {
    let kind = match pot.period.as_str() {
        "month" => PeriodKind::Month,
        "quarter" => PeriodKind::Quarter,
        "year" => PeriodKind::Year,
        _ => return Err(ServiceError::Internal),
    };
    Ok(Period::containing(kind, pot.starts_on))
}

/// The pot of one of `teams` (or of `team` when given) whose period contains `date`.
async fn pot_for(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    teams: &[Uuid],
    team: Option<Uuid>,
    date: NaiveDate,
) -> Result<Option<team_budget_pot::Model>, ServiceError> {
    let candidates: Vec<Uuid> = match team {
        Some(team) => vec![team],
        None => teams.to_vec(),
    };
    let pots = store::budget_pots::started_by(conn, organisation_id, &candidates, date).await?;
    for pot in pots {
        if pot_period(&pot)?.contains(date) {
            return Ok(Some(pot));
        }
    }
    Ok(None)
}

/// Creates a version. `if_match` must name the newest version when one exists.
pub async fn create_version(
    db: &Db,
    caller: &Caller,
    user_id: Uuid,
    if_match: Option<&str>,
    draft: VersionDraft,
) -> Result<Version, ServiceError> {
    let (target, teams) = professional(db.conn(), caller, user_id).await?;
    check_may_write(caller, user_id, &teams)?;
    let tx = db.begin_write().await?;
    let version = append_version(&*tx, caller, &target, if_match, draft, None).await?;
    tx.commit().await?;
    tracing::info!(user_id = %user_id, version_id = %version.model.id, by = %caller.user_id, "mandate version created");
    Ok(version)
}

/// Validates and appends a version inside the caller's transaction.
pub(crate) async fn append_version(
    conn: &impl ConnectionTrait,
    caller: &Caller,
    target: &user::Model,
    if_match: Option<&str>,
    draft: VersionDraft,
    template_id: Option<Uuid>,
) -> Result<Version, ServiceError> {
    // Lock the professional's row (PostgreSQL) so two leads writing at once queue here and the
    // second sees the first's version; SQLite's single writer gives the same order.
    user::Entity::find_by_id(target.id)
        .lock_exclusive()
        .one(conn)
        .await?;
    let roles = store::users::roles_of(conn, &[target.id])
        .await?
        .remove(&target.id)
        .unwrap_or_default();
    if !roles.iter().any(|r| r == Role::Professional.as_str()) {
        return Err(ServiceError::Conflict(format!(
            "{} does not hold the professional role, so has no mandate",
            target.name
        )));
    }
    let latest = store::mandates::latest(conn, caller.organisation_id, target.id).await?;
    if let Some(latest) = &latest {
        match if_match {
            None => {
                return Err(ServiceError::PreconditionRequired(
                    "Send If-Match with the ETag of the current mandate version, so no change is overwritten unseen.".into(),
                ));
            }
            Some(tag) if !etag_matches(tag, latest.id) => {
                return Err(ServiceError::PreconditionFailed(
                    "The mandate was changed by someone else meanwhile: reload it and make your change again.".into(),
                ));
            }
            Some(_) => {}
        }
    }
    let mut invalid = Invalid::new();
    for error in draft.parse_errors {
        invalid.add(error.field, error.message);
    }
    let reason = invalid.check(
        "reason",
        text::optional_text(&draft.reason, 1000, true).and_then(|reason| {
            if reason.is_empty() {
                Err("is required: say why the mandate changes".to_owned())
            } else {
                Ok(reason)
            }
        }),
    );
    if let Some(latest) = &latest
        && draft.valid_from < latest.valid_from
    {
        invalid.add(
            "validFrom",
            format!(
                "must not be before the current version's start ({})",
                latest.valid_from
            ),
        );
    }
    check_terms(conn, caller, &draft.terms, &mut invalid).await?;
    invalid.finish()?;
    let model = mandate_version::Model {
        id: Uuid::now_v7(),
        organisation_id: caller.organisation_id,
        user_id: target.id,
        valid_from: draft.valid_from,
        reason: reason.ok_or(ServiceError::Internal)?,
        author_id: caller.user_id,
        period: draft.terms.period.as_str().to_owned(),
        period_limit_cents: draft.terms.period_limit.map(Cents::get),
        per_client_year_limit_cents: draft.terms.per_client_year_limit.map(Cents::get),
        rules: rules_json(&draft.terms)?,
        template_id,
        created_at: chrono::Utc::now(),
    };
    store::mandates::insert(conn, model.clone()).await?;
    audit::record(
        conn,
        caller,
        "mandate_version.created",
        "mandate_version",
        model.id,
        json!({
            "userId": target.id,
            "previousVersionId": latest.as_ref().map(|l| l.id),
            "after": {"validFrom": model.valid_from, "reason": model.reason, "terms": draft.terms, "templateId": template_id},
        }),
    )
    .await?;
    Ok(Version {
        model,
        terms: draft.terms,
        valid_until: None,
    })
}

/// The domain's validation of the terms plus the categories, which must be this organisation's.
pub(crate) async fn check_terms(
    conn: &impl ConnectionTrait,
    caller: &Caller,
    terms: &MandateTerms,
    invalid: &mut Invalid,
) -> Result<(), ServiceError> {
    for violation in validate(terms) {
        invalid.add(violation.field, violation.message);
    }
    for (index, rule) in terms.rules.iter().enumerate() {
        if store::categories::find(conn, caller.organisation_id, rule.category_id)
            .await?
            .is_none()
        {
            invalid.add(
                format!("rules[{index}].categoryId"),
                "is not a category of this organisation",
            );
        }
    }
    Ok(())
}

/// ETags are the version id in quotes; weak tags and bare ids are accepted too.
fn etag_matches(if_match: &str, id: Uuid) -> bool {
    if_match.split(',').map(str::trim).any(|tag| {
        let tag = tag.strip_prefix("W/").unwrap_or(tag).trim_matches('"');
        tag == "*" || Uuid::parse_str(tag).is_ok_and(|t| t == id)
    })
}

pub fn etag(id: Uuid) -> String {
    format!("\"{id}\"")
}

/// A proposed decision to check.
pub struct CheckRequest {
    pub category_id: Uuid,
    pub amount_cents: i64,
    pub client_ref: String,
    pub decided_on: Option<NaiveDate>,
    pub professional_id: Option<Uuid>,
    pub team_id: Option<Uuid>,
}

pub struct CheckResult {
    pub professional_id: Uuid,
    pub decided_on: NaiveDate,
    pub mandate_version_id: Option<Uuid>,
    pub team_id: Option<Uuid>,
    pub period: Period,
    pub outcome: CheckOutcome,
}

/// `POST /mandate-checks`: the verdict for a proposed decision. Changes nothing.
pub async fn check_decision(
    db: &Db,
    caller: &Caller,
    request: CheckRequest,
) -> Result<CheckResult, ServiceError> {
    let conn = db.conn();
    let professional_id = request.professional_id.unwrap_or(caller.user_id);
    let mut invalid = Invalid::new();
    let target = store::users::find(conn, caller.organisation_id, professional_id).await?;
    if target.is_none() {
        invalid.add("professionalId", "is not a person of this organisation");
    }
    let teams: Vec<Uuid> = store::teams::memberships_of_users(conn, &[professional_id])
        .await?
        .into_iter()
        .map(|m| m.team_id)
        .collect();
    if professional_id != caller.user_id
        && target.is_some()
        && !may_read(caller, professional_id, &teams)
    {
        return Err(ServiceError::forbidden(
            "you may check decisions only for yourself or for the professionals you lead",
        ));
    }
    let client_ref = invalid.check("clientRef", ClientRef::parse(&request.client_ref));
    if !(0..=MAX_AMOUNT.get()).contains(&request.amount_cents) {
        invalid.add(
            "amountCents",
            format!("must be between 0 and {}", MAX_AMOUNT.get()),
        );
    }
    if store::categories::find(conn, caller.organisation_id, request.category_id)
        .await?
        .is_none()
    {
        invalid.add("categoryId", "is not a category of this organisation");
    }
    if let Some(team) = request.team_id
        && !teams.contains(&team)
    {
        invalid.add("teamId", "is not a team of this professional");
    }
    invalid.finish()?;
    let client_ref = client_ref.ok_or(ServiceError::Internal)?;
    let decided_on = request
        .decided_on
        .unwrap_or_else(|| amsterdam_date(chrono::Utc::now()));
    evaluate(
        conn,
        caller.organisation_id,
        professional_id,
        &teams,
        request.team_id,
        request.category_id,
        Cents::new(request.amount_cents),
        &client_ref,
        decided_on,
    )
    .await
}

/// The check against the version in force on `decided_on` and the ledger totals as they are
/// on this connection (inside a transaction, they are the totals that transaction will add to).
#[allow(clippy::too_many_arguments)]
pub(crate) async fn evaluate(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    professional_id: Uuid,
    teams: &[Uuid],
    team_id: Option<Uuid>,
    category_id: Uuid,
    amount: Cents,
    client_ref: &ClientRef,
    decided_on: NaiveDate,
) -> Result<CheckResult, ServiceError> {
    let version =
        store::mandates::in_force(conn, organisation_id, professional_id, decided_on).await?;
    // Without a version in force there is no mandate: an empty one gives "outside mandate" with
    // a line that says there is no rule for the category.
    let terms = match &version {
        Some(model) => parse_terms(model)?,
        None => MandateTerms {
            period: PeriodKind::Quarter,
            period_limit: None,
            per_client_year_limit: None,
            rules: Vec::new(),
        },
    };
    let period = Period::containing(terms.period, decided_on);
    let year = Period::year_of(decided_on);
    let pot = pot_for(conn, organisation_id, teams, team_id, decided_on).await?;
    let pot_period = pot.as_ref().map(pot_period).transpose()?;
    // Every total the check needs, each over its own window, in one query.
    let mut windows = vec![
        (
            Scope::ProfessionalCategory(professional_id, category_id),
            period.start,
            period.end,
        ),
        (
            Scope::Professional(professional_id),
            period.start,
            period.end,
        ),
        (
            Scope::Client(client_ref.as_str().to_owned()),
            year.start,
            year.end,
        ),
    ];
    if let (Some(pot), Some(pot_period)) = (&pot, pot_period) {
        windows.push((Scope::Team(pot.team_id), pot_period.start, pot_period.end));
    }
    let sums = store::ledger::sums_in_windows(conn, organisation_id, &windows).await?;
    let used = |index: usize| Cents::new(sums.get(index).map(Sums::used).unwrap_or(0));
    let totals = LedgerTotals {
        category_period_used: used(0),
        total_period_used: used(1),
        client_year_used: used(2),
    };
    let team_pot = match (&pot, pot_period) {
        (Some(pot), Some(pot_period)) => Some(TeamPot {
            limit: Cents::new(pot.limit_cents),
            used: used(3),
            period: pot_period,
        }),
        _ => None,
    };
    let input = CheckInput {
        terms: &terms,
        category_id,
        amount,
        period,
        year: decided_on.year(),
        totals,
        team_pot,
    };
    Ok(CheckResult {
        professional_id,
        decided_on,
        mandate_version_id: version.map(|v| v.id),
        team_id: pot
            .map(|p| p.team_id)
            .or(team_id)
            .or_else(|| teams.first().copied()),
        period,
        outcome: check(&input),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn etags_match_quoted_weak_and_bare_ids() {
        let id = Uuid::now_v7();
        assert!(etag_matches(&etag(id), id));
        assert!(etag_matches(&format!("W/{}", etag(id)), id));
        assert!(etag_matches(&id.to_string(), id));
        assert!(etag_matches("*", id));
        assert!(!etag_matches(&etag(Uuid::now_v7()), id));
        assert!(!etag_matches("garbage", id));
    }
}
