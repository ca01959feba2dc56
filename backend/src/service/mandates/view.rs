//! A professional's mandate as they need to see it: the version in force today and what is
//! left of each budget in the current period.

use chrono::NaiveDate;
use uuid::Uuid;

use super::{
    may_read, pot_candidates, pot_containing, professional,
    versions::{Version, versions_from},
};
use crate::{
    domain::mandate::{CategoryRule, Cents, Period, amsterdam_date},
    service::{Caller, ServiceError},
    store::{
        self,
        db::Db,
        ledger::{Scope, Sums},
        reads::Reads,
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
    let conn = db.conn();
    // One's own teams are the caller's (within the caller cache's bound); anyone else's are read.
    let teams = if caller.machine.is_none() && caller.user_id == user_id {
        caller.team_ids.clone()
    } else {
        professional(conn, caller, user_id).await?.1
    };
    if !may_read(caller, user_id, &teams) {
        return Err(ServiceError::forbidden(
            "you may not see this professional's mandate",
        ));
    }
    let today = amsterdam_date(chrono::Utc::now());
    // The history and the team pots together: newest-first, the first version starting on or
    // before today is in force; the newest is the ETag.
    let mut reads = Reads::new(conn.get_database_backend());
    let history = reads.add(store::mandates::of_user_query(
        caller.organisation_id,
        user_id,
    ));
    let candidates = pot_candidates(&teams, None);
    let pots = (!candidates.is_empty()).then(|| {
        reads.add(store::budget_pots::started_by(
            caller.organisation_id,
            &candidates,
            today,
        ))
    });
    let results = reads.run(conn).await?;
    let versions = versions_from(results.all(history)?);
    let pots = match pots {
        Some(pots) => results.all(pots)?,
        None => Vec::new(),
    };
    let latest_version_id = versions.iter().map(|v| v.model.id).max();
    let Some(version) = versions.into_iter().find(|v| v.model.valid_from <= today) else {
        return Ok(MandateView {
            user_id,
            on: today,
            version: None,
            latest_version_id,
            period: None,
            total: None,
            categories: Vec::new(),
            team_pot: None,
        });
    };
    let terms = &version.terms;
    let period = Period::containing(terms.period, today);
    let pot = pot_containing(pots, today)?.map(|(pot, period)| (period, pot));
    // Every budget of the view in one query: the total, each category, and the team pot.
    let mut windows = vec![(Scope::Professional(user_id), period.start, period.end)];
    windows.extend(terms.rules.iter().map(|r| {
        (
            Scope::ProfessionalCategory(user_id, r.category_id),
            period.start,
            period.end,
        )
    }));
    if let Some((pot_period, pot)) = &pot {
        windows.push((Scope::Team(pot.team_id), pot_period.start, pot_period.end));
    }
    let sums = store::ledger::sums_in_windows(conn, caller.organisation_id, &windows).await?;
    let sum = |index: usize| sums.get(index).copied().unwrap_or_default();
    let total = Budget::new(terms.period_limit, sum(0));
    let categories = terms
        .rules
        .iter()
        .enumerate()
        .map(|(index, rule)| CategoryBudget {
            rule: rule.clone(),
            budget: Budget::new(rule.period_limit, sum(index + 1)),
        })
        .collect();
    let team_pot = pot.map(|(period, pot)| PotBudget {
        team_id: pot.team_id,
        period,
        budget: Budget::new(Some(Cents::new(pot.limit_cents)), sum(windows.len() - 1)),
    });
    Ok(MandateView {
        user_id,
        on: today,
        latest_version_id,
        version: Some(version),
        period: Some(period),
        total: Some(total),
        categories,
        team_pot,
    })
}
