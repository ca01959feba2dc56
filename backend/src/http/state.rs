//! What every handler may reach: the database, the token keys, the metrics and settings.

use std::sync::Arc;

use crate::store::db::Db;

use super::metrics::Metrics;
use crate::service::{auth::TokenKeys, decisions::Logbook};

#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    /// Where new decisions queue to be booked.
    pub logbook: Logbook,
    pub keys: TokenKeys,
    pub metrics: Arc<Metrics>,
}
