//! Storage: sea-orm entities and the queries over them. The one place that knows tables.

pub mod audit;
pub mod batch;
pub mod budget_pots;
pub mod categories;
pub mod changes;
pub mod columns;
pub mod corrections;
pub mod db;
pub mod decisions;
pub mod entities;
pub mod erasure;
pub mod idempotency;
pub mod identity_providers;
pub mod ledger;
pub mod mandates;
pub mod organisations;
pub mod owned;
pub mod paging;
pub mod processing_log;
pub mod reads;
pub mod report_totals;
pub mod signing_keys;
pub mod stories;
pub mod teams;
pub mod templates;
pub mod users;
