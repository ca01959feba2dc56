//! Database migrations, run by `mandaat serve` (and `bootstrap`, `demo`) before anything else.
//! Written with the portable schema builder so the same files run on SQLite and PostgreSQL.

pub use sea_orm_migration::prelude::*;

mod m20261122_000001_organisation_setup;
mod m20261122_000002_mandates_ledger_audit;
mod m20261122_000003_decisions;
mod m20261122_000004_report_totals;
mod m20261123_000005_waiting_by_team;
mod m20261203_000006_decision_corrections;
mod m20261203_000007_client_privacy;
mod m20261203_000008_processing_log;
mod m20261203_000010_stories;
mod m20261203_000020_api_clients;
mod m20261203_000030_webhooks;
mod m20261203_000040_zgw_connections;
mod m20261203_000050_zgw_pushes;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261122_000001_organisation_setup::Migration),
            Box::new(m20261122_000002_mandates_ledger_audit::Migration),
            Box::new(m20261122_000003_decisions::Migration),
            Box::new(m20261122_000004_report_totals::Migration),
            Box::new(m20261123_000005_waiting_by_team::Migration),
            Box::new(m20261203_000006_decision_corrections::Migration),
            Box::new(m20261203_000007_client_privacy::Migration),
            Box::new(m20261203_000008_processing_log::Migration),
            Box::new(m20261203_000010_stories::Migration),
            Box::new(m20261203_000020_api_clients::Migration),
            Box::new(m20261203_000030_webhooks::Migration),
            Box::new(m20261203_000040_zgw_connections::Migration),
            Box::new(m20261203_000050_zgw_pushes::Migration),
        ]
    }
}
