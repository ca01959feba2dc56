//! Use cases. Each public function checks the caller's role and tenant, validates its input
//! (collecting every problem), and runs its writes in one transaction.

pub mod accountability;
pub mod api_clients;
pub mod audit;
pub mod audit_trail;
pub mod auth;
pub mod budget_pots;
pub mod caller;
pub mod categories;
pub mod client_credentials;
pub mod client_rates;
pub mod decisions;
pub mod error;
pub mod identity_provider;
pub mod lessons;
pub mod mandates;
pub mod organisations;
pub mod page;
pub mod people_import;
pub mod precedents;
pub mod privacy;
pub mod processing;
pub mod recent_callers;
pub mod reports;
pub mod sign_in_limits;
pub mod stories;
pub mod teams;
pub mod templates;
pub mod users;
pub mod webhooks;
pub mod zgw;

pub use caller::Caller;
pub use error::ServiceError;
