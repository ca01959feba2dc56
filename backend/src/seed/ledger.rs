//! `mandaat seed --ledger-entries N`: N synthetic bookings spread over the demo's professionals,
//! categories, a few thousand clients and the months of this year.

use chrono::{Datelike, NaiveDate};
use sea_orm::ConnectionTrait;
use uuid::Uuid;

use super::{BATCH, Population, Random};
use crate::{
    demo,
    domain::{ledger::EntryKind, mandate::amsterdam_date},
    service::ServiceError,
    store::{batch::Batch, db::Db, entities::ledger_entry, ledger::Bookings},
};

pub async fn ledger(db: &Db, entries: u64) -> Result<(), Box<dyn std::error::Error>> {
    let seeded = seed(db, entries).await.map_err(|e| e.to_string())?;
    println!("{seeded} ledger entries added to {}", demo::ORGANISATION);
    Ok(())
}

async fn seed(db: &Db, entries: u64) -> Result<u64, ServiceError> {
    let population = Population::of_demo(db).await?;
    let Population {
        organisation_id,
        ref professionals,
        ref categories,
        ..
    } = population;
    let today = amsterdam_date(chrono::Utc::now());
    let mut random = Random::new();
    let mut next = move || random.next();
    let mut written = 0;
    let progress = crate::progress::counting(entries, "ledger entries");
    while written < entries {
        let size = BATCH.min((entries - written) as usize);
        let mut bookings = Bookings::default();
        for _ in 0..size {
            let professional = professionals[(next() % professionals.len() as u64) as usize];
            let category = categories[(next() % categories.len() as u64) as usize];
            let client = format!("SEED-{:05}", next() % 5_000);
            let month = (next() % u64::from(today.month())) as u32 + 1;
            let booked_on = NaiveDate::from_ymd_opt(today.year(), month, (next() % 28) as u32 + 1)
                .unwrap_or(today);
            // Tiny amounts: the point is the number of entries, not exhausting the demo budgets.
            let amount = (next() % 100) as i64 + 1;
            let entry = ledger_entry::Model {
                id: Uuid::now_v7(),
                organisation_id,
                decision_id: None,
                professional_id: professional,
                team_id: population.team_of(professional),
                category_id: category,
                client_ref: client,
                kind: EntryKind::Commitment,
                amount_cents: amount,
                booked_on,
                created_at: chrono::Utc::now(),
            };
            bookings.add(entry);
        }
        let tx = db.begin_write().await?;
        let mut batch = Batch::new(tx.get_database_backend());
        bookings.write_into(&mut batch);
        batch.run(&*tx).await?;
        tx.commit().await?;
        written += size as u64;
        progress.inc(size as u64);
    }
    progress.finish_and_clear();
    Ok(written)
}
