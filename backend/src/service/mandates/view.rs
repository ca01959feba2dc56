//! A professional's mandate as they need to see it: the version in force today and what is
//! left of each budget in the current period.

use chrono::NaiveDate;
use uuid::Uuid;

use super::{may_read, parse_terms, pot_for, pot_period, professional, versions::Version};
use crate::{
    domain::mandate::{CategoryRule, Cents, Period, amsterdam_date},
    service::{Caller, ServiceError},
    store::{
        self,
        db::Db,
        ledger::{Scope, Sums},
    },
};

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
    let valid_until = super::versions::versions_of(conn, caller.organisation_id, user_id)
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
