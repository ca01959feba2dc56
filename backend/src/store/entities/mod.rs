//! One sea-orm entity per table, named as the table is.

pub mod category;
pub mod identity_provider;
pub mod organisation;
pub mod signing_key;
pub mod team;
pub mod team_member;
pub mod user;
pub mod user_role;
