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

use std::collections::HashMap;

use chrono::NaiveDate;
use uuid::Uuid;

use crate::{
    demo,
    domain::role::Role,
    service::ServiceError,
    store::{
        self,
        db::Db,
        entities::{ledger_entry, team_member},
        ledger::{Scope, month_of, scopes_of},
    },
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

/// Ledger entries of one batch with what they add to the running sums, written together.
#[derive(Default)]
struct Bookings {
    entries: Vec<ledger_entry::Model>,
    /// (reserved, committed) per scope and month.
    totals: HashMap<(Scope, NaiveDate), (i64, i64)>,
}

impl Bookings {
    fn add(&mut self, entry: ledger_entry::Model, reserved: i64, committed: i64) {
        for scope in scopes_of(&entry) {
            let sums = self
                .totals
                .entry((scope, month_of(entry.booked_on)))
                .or_default();
            sums.0 += reserved;
            sums.1 += committed;
        }
        self.entries.push(entry);
    }

    async fn write(
        self,
        conn: &impl sea_orm::ConnectionTrait,
        organisation_id: Uuid,
    ) -> Result<(), sea_orm::DbErr> {
        for chunk in self.entries.chunks(BATCH) {
            store::ledger::insert_entries(conn, chunk.to_vec()).await?;
        }
        for ((scope, month), (reserved, committed)) in self.totals {
            store::ledger::add_to_month(conn, organisation_id, &scope, month, reserved, committed)
                .await?;
        }
        Ok(())
    }
}
