//! One sea-orm entity per table, named as the table is.

pub mod audit_chain_head;
pub mod audit_event;
pub mod category;
pub mod decision;
pub mod decision_correction;
pub mod decision_event;
pub mod decision_month_total;
pub mod decision_step_duration;
pub mod decision_step_total;
pub mod idempotency_key;
pub mod identity_provider;
pub mod ledger_entry;
pub mod ledger_month_total;
pub mod mandate_template;
pub mod mandate_version;
pub mod organisation;
pub mod processing_record;
pub mod signing_key;
pub mod story;
pub mod team;
pub mod team_budget_pot;
pub mod team_member;
pub mod user;
pub mod user_role;
