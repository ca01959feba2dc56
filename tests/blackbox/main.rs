//! Black-box tests: each starts the real `mandaat` binary on a free port with its own database
//! (a temporary SQLite file, or a fresh PostgreSQL database when `TEST_DATABASE_URL` is set)
//! and talks HTTP to it.

// A test fails loudly on what it did not expect: unwrapping is how it says so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod harness;

mod api_clients;
mod audit;
mod auth;
mod backup;
mod bsn;
mod caller_memory;
mod checks;
mod commands;
mod decisions;
mod http_behaviour;
mod import_people;
mod learning;
mod mandates;
mod oidc;
mod organisation;
mod precedents;
mod privacy;
mod processing_log;
mod reports;
mod roles;
mod stories;
mod tenancy;
mod token_endpoint;
mod webhooks;
mod zgw;
mod zgw_push;
