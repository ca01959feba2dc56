//! `mandaat seed`: synthetic volume in the demo organisation, for benchmarks. The mandate check,
//! the decision lists and the reports must cost the same with an empty database and with a
//! million rows; these commands make the million.
//!
//! - `ledger`: budget-ledger entries without decisions;
//! - `decisions`: decisions of the past two years in every status, with their events and
//!   bookings.
//!
//! Both keep the running totals consistent with the entries they write.

mod decisions;
mod ledger;

pub use decisions::decisions;
pub use ledger::ledger;

use uuid::Uuid;

use crate::{
    demo,
    domain::role::Role,
    service::ServiceError,
    store::{self, db::Db, entities::team_member},
};

/// Rows written per transaction.
const BATCH: usize = 1_000;

/// The demo organisation's people and categories that synthetic rows are spread over.
struct Population {
    organisation_id: Uuid,
    professionals: Vec<Uuid>,
    memberships: Vec<team_member::Model>,
    categories: Vec<Uuid>,
}

impl Population {
    async fn of_demo(db: &Db) -> Result<Self, ServiceError> {
        let conn = db.conn();
        let organisation = store::organisations::find_by_name(conn, demo::ORGANISATION)
            .await?
            .ok_or_else(|| ServiceError::invalid("organisation", "run `mandaat demo` first"))?;
        let organisation_id = organisation.id;
        let people = store::users::page(conn, organisation_id, None, None, 1_000).await?;
        let roles =
            store::users::roles_of(conn, &people.iter().map(|p| p.id).collect::<Vec<_>>()).await?;
        let professionals: Vec<Uuid> = people
            .iter()
            .filter(|p| {
                roles
                    .get(&p.id)
                    .is_some_and(|r| r.iter().any(|r| r == Role::Professional.as_str()))
            })
            .map(|p| p.id)
            .collect();
        let memberships = store::teams::memberships_of_users(conn, &professionals).await?;
        let categories: Vec<Uuid> = store::categories::page(conn, organisation_id, None, 1_000)
            .await?
            .into_iter()
            .map(|c| c.id)
            .collect();
        if professionals.is_empty() || categories.is_empty() {
            return Err(ServiceError::invalid(
                "organisation",
                "has no professionals or categories",
            ));
        }
        Ok(Self {
            organisation_id,
            professionals,
            memberships,
            categories,
        })
    }

    /// The first team the professional belongs to (not as its lead), if any.
    fn team_of(&self, professional: Uuid) -> Option<Uuid> {
        self.memberships
            .iter()
            .find(|m| m.user_id == professional && !m.is_lead)
            .or_else(|| self.memberships.iter().find(|m| m.user_id == professional))
            .map(|m| m.team_id)
    }
}

/// A small xorshift generator: reproducible and dependency-free.
struct Random(u64);

impl Random {
    fn new() -> Self {
        Self(0x9E37_79B9_7F4A_7C15)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number in `0..n`.
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}
