//! What every handler may reach: the database, the token keys, the metrics, the sign-in
//! limits and settings.

use std::sync::Arc;

use crate::store::db::Db;

use super::metrics::Metrics;
use crate::{
    config::TrustedProxies,
    service::{
        auth::TokenKeys, client_rates::ClientRates, decisions::Logbook,
        sign_in_limits::SignInLimits,
    },
};

#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    /// Where new decisions queue to be booked.
    pub logbook: Logbook,
    pub keys: TokenKeys,
    pub metrics: Arc<Metrics>,
    pub sign_in_limits: Arc<SignInLimits>,
    /// Whose `X-Forwarded-For` names the client (see `http::client_address`).
    pub trusted_proxies: Arc<TrustedProxies>,
    /// Each machine client's request rate.
    pub client_rates: Arc<ClientRates>,
    /// `PUBLIC_URL`, when set: the origin a client assertion's `aud` names.
    pub public_url: Option<Arc<str>>,
    /// `WEBHOOKS_ALLOW_PRIVATE`: whether subscriptions may name internal addresses.
    pub webhooks_allow_private: bool,
}
