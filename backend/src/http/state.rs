//! What every handler may reach: the database, the token keys, the metrics and settings.

use std::sync::Arc;

use crate::store::db::Db;

use super::metrics::Metrics;
use crate::service::auth::TokenKeys;

#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub keys: TokenKeys,
    pub metrics: Arc<Metrics>,
}
