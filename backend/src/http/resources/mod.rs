//! One poem-openapi resource per file, combined in `spec::api`.

pub mod auth;
pub mod categories;
pub mod common;
pub mod identity_provider;
pub mod me;
pub mod teams;
pub mod users;
