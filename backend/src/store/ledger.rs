//! The budget ledger's running totals, per scope and calendar month. Entries are written by the
//! decisions workflow; a check reads only these monthly sums, so its cost does not grow with the
//! number of entries.

use std::collections::HashMap;

use chrono::NaiveDate;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use uuid::Uuid;

use super::entities::ledger_month_total::{self, Entity as MonthTotals};

/// What a running total is kept for.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Scope {
    /// Everything a professional decided.
    Professional(Uuid),
    /// What a professional decided in one category.
    ProfessionalCategory(Uuid, Uuid),
    /// Everything decided for one client, by anyone in the organisation.
    Client(String),
    /// Everything the members of a team decided (the team pot).
    Team(Uuid),
}

impl Scope {
    pub fn key(&self) -> String {
        match self {
            Scope::Professional(user) => format!("professional:{user}"),
            Scope::ProfessionalCategory(user, category) => format!("professional:{user}:category:{category}"),
            Scope::Client(client) => format!("client:{client}"),
            Scope::Team(team) => format!("team:{team}"),
        }
    }
}

/// Reserved (waiting for a co-sign or approval) and committed (final) amounts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Sums {
    pub reserved: i64,
    pub committed: i64,
}

impl Sums {
    pub fn used(&self) -> i64 {
        self.reserved.saturating_add(self.committed)
    }
}

/// The sums of each scope over the months in `[from, to)`.
pub async fn sums(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    scopes: &[Scope],
    from: NaiveDate,
    to: NaiveDate,
) -> Result<HashMap<Scope, Sums>, DbErr> {
    let mut result: HashMap<Scope, Sums> = scopes.iter().map(|s| (s.clone(), Sums::default())).collect();
    if scopes.is_empty() {
        return Ok(result);
    }
    let keys: HashMap<String, Scope> = scopes.iter().map(|s| (s.key(), s.clone())).collect();
    let rows = MonthTotals::find()
        .filter(ledger_month_total::Column::OrganisationId.eq(organisation_id))
        .filter(ledger_month_total::Column::Scope.is_in(keys.keys().cloned()))
        .filter(ledger_month_total::Column::Month.gte(from))
        .filter(ledger_month_total::Column::Month.lt(to))
        .all(conn)
        .await?;
    for row in rows {
        if let Some(scope) = keys.get(&row.scope)
            && let Some(sums) = result.get_mut(scope)
        {
            sums.reserved = sums.reserved.saturating_add(row.reserved_cents);
            sums.committed = sums.committed.saturating_add(row.committed_cents);
        }
    }
    Ok(result)
}
