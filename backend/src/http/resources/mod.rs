//! One poem-openapi resource per file, combined in `spec::api`.

pub mod api_clients;
pub mod audit_events;
pub mod auth;
pub mod budget_pots;
pub mod categories;
pub mod common;
pub mod decisions;
pub mod identity_provider;
pub mod imports;
pub mod lessons;
pub mod mandate_checks;
pub mod mandate_wire;
pub mod mandates;
pub mod me;
pub mod precedents;
pub mod privacy;
pub mod processing_log;
pub mod report_wire;
pub mod reports;
pub mod stories;
pub mod teams;
pub mod templates;
pub mod token;
pub mod users;
pub mod webhooks;
pub mod zgw;
