//! `mandaat seed --ledger-entries N`: fills the demo organisation's budget ledger with N
//! synthetic bookings spread over its professionals, categories, a few thousand clients and the
//! months of this year, keeping the running totals consistent with them. For benchmarks: the
//! mandate check must cost the same with an empty ledger and with a million entries.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use uuid::Uuid;

use crate::{
    demo,
    domain::{mandate::amsterdam_date, role::Role},
    service::ServiceError,
    store::{
        self,
        db::Db,
        entities::ledger_entry,
        ledger::{Scope, month_of},
    },
};

const BATCH: usize = 1_000;

pub async fn ledger(db: &Db, entries: u64) -> Result<(), Box<dyn std::error::Error>> {
    let seeded = seed(db, entries).await.map_err(|e| e.to_string())?;
    println!("{seeded} ledger entries added to {}", demo::ORGANISATION);
    Ok(())
}

async fn seed(db: &Db, entries: u64) -> Result<u64, ServiceError> {
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
    let today = amsterdam_date(chrono::Utc::now());
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    // A small xorshift generator: reproducible and dependency-free.
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut written = 0;
    while written < entries {
        let size = BATCH.min((entries - written) as usize);
        let mut batch = Vec::with_capacity(size);
        let mut totals: HashMap<(Scope, NaiveDate), i64> = HashMap::new();
        for _ in 0..size {
            let professional = professionals[(next() % professionals.len() as u64) as usize];
            let category = categories[(next() % categories.len() as u64) as usize];
            let team = memberships
                .iter()
                .find(|m| m.user_id == professional)
                .map(|m| m.team_id);
            let client = format!("SEED-{:05}", next() % 5_000);
            let month = (next() % u64::from(today.month())) as u32 + 1;
            let booked_on = NaiveDate::from_ymd_opt(today.year(), month, (next() % 28) as u32 + 1)
                .unwrap_or(today);
            // Tiny amounts: the point is the number of entries, not exhausting the demo budgets.
            let amount = (next() % 100) as i64 + 1;
            let mut scopes = vec![
                Scope::Professional(professional),
                Scope::ProfessionalCategory(professional, category),
                Scope::Client(client.clone()),
            ];
            if let Some(team) = team {
                scopes.push(Scope::Team(team));
            }
            for scope in scopes {
                *totals.entry((scope, month_of(booked_on))).or_default() += amount;
            }
            batch.push(ledger_entry::Model {
                id: Uuid::now_v7(),
                organisation_id,
                decision_id: None,
                professional_id: professional,
                team_id: team,
                category_id: category,
                client_ref: client,
                kind: "commitment".into(),
                amount_cents: amount,
                booked_on,
                created_at: chrono::Utc::now(),
            });
        }
        let tx = db.begin_write().await?;
        store::ledger::insert_entries(&*tx, batch).await?;
        for ((scope, month), amount) in totals {
            store::ledger::add_to_month(&*tx, organisation_id, &scope, month, 0, amount).await?;
        }
        tx.commit().await?;
        written += size as u64;
    }
    Ok(written)
}
