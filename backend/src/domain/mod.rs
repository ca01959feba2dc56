//! The domain: pure rules and values, no I/O and no clock. Nothing here knows HTTP or SQL.

pub mod audit;
pub mod bsn;
pub mod client_ref;
pub mod decision;
pub mod email;
pub mod invalid;
pub mod ledger;
pub mod mandate;
pub mod people_import;
pub mod precedent;
pub mod privacy;
pub mod processing;
pub mod rate;
pub mod report;
pub mod role;
pub mod scope;
pub mod sign_in;
pub mod story;
pub mod text;
pub mod throttle;
pub mod webhook;
pub mod words;
pub mod zgw;
