//! Builds and runs the server from the configuration; the black-box tests start it the same way.

use std::{sync::Arc, time::Duration};

use poem::{Server, listener::TcpAcceptor};

use crate::{
    backup,
    config::Config,
    http::{self, RouteOptions, state::AppState},
    service::{self, auth::TokenKeys},
    store,
};

pub async fn serve(config: Config) -> Result<(), Box<dyn std::error::Error>> {
    // Held until the server stops: `mandaat restore` refuses while it is.
    let _lock = backup::DatabaseLock::take(&config.database_url, backup::Holder::Server).await?;
    let db = store::db::open_for_serving(&config.database_url).await?;
    let keys = TokenKeys::load_or_create(&db, config.token_ttl)
        .await
        .map_err(|e| e.to_string())?;
    let state = AppState {
        db: db.clone(),
        logbook: service::decisions::Logbook::new(db.clone()),
        keys,
        metrics: Arc::new(http::metrics::Metrics::default()),
        sign_in_limits: Arc::default(),
        trusted_proxies: Arc::new(config.trusted_proxies.clone()),
        client_rates: Arc::new(service::client_rates::ClientRates::new(
            config.client_rate_per_minute,
            config.client_rate_burst,
        )),
        public_url: config
            .public_url
            .as_deref()
            .map(|url| Arc::from(url.trim_end_matches('/'))),
        webhooks_allow_private: config.webhooks.allow_private,
    };
    let hsts = config
        .public_url
        .as_deref()
        .is_some_and(|url| url.starts_with("https://"));
    let app = http::routes(
        state,
        RouteOptions {
            pwa_dir: config.pwa_dir.clone(),
            max_body_bytes: config.max_body_bytes,
            hsts,
        },
    );
    db.spawn_background(daily_upkeep(db.clone()));
    // Webhook deliveries run beside the requests, never inside them.
    db.spawn_background(
        service::webhooks::worker::Worker::new(db.clone(), config.webhooks.clone())?.run(),
    );
    // So do the pushes of final decisions to the organisation's ZGW Besluiten API.
    db.spawn_background(
        service::zgw::worker::Worker::new(db.clone(), config.webhooks.clone())?.run(),
    );
    let listener = tokio::net::TcpListener::bind(config.bind).await?;
    let shutdown = shutdown_signal();
    let address = listener.local_addr()?;
    // Stdout carries exactly this one line, so scripts and tests can find a port chosen by the OS.
    println!("Mandaat listening on http://{address}");
    tracing::info!(%address, database = db.backend_name(), "serving");
    Server::new_with_acceptor(TcpAcceptor::from_tokio(listener)?)
        .run_with_graceful_shutdown(app, shutdown, Some(Duration::from_secs(10)))
        .await?;
    db.close().await?;
    tracing::info!("stopped");
    Ok(())
}

/// How long a retried create is recognised: phones can stay offline for days, so well over the
/// 30 days the API promises.
const IDEMPOTENCY_KEY_DAYS: i64 = 45;

/// At start and then daily: forgets idempotency keys older than `IDEMPOTENCY_KEY_DAYS`, and
/// erases the personal fields of decisions past their organisation's retention period.
async fn daily_upkeep(db: store::db::Db) {
    let mut daily = tokio::time::interval(Duration::from_secs(24 * 3600));
    loop {
        daily.tick().await;
        let now = chrono::Utc::now();
        let before = now - chrono::Duration::days(IDEMPOTENCY_KEY_DAYS);
        match store::idempotency::forget_before(db.conn(), before).await {
            Ok(0) => {}
            Ok(count) => tracing::info!(count, "old idempotency keys forgotten"),
            Err(error) => tracing::warn!(error = %error, "could not forget old idempotency keys"),
        }
        let today = crate::domain::mandate::amsterdam_date(now);
        if let Err(error) = service::privacy::apply_retention(&db, today, now).await {
            tracing::warn!(error = %error, "could not erase decisions past their retention");
        }
    }
}

/// Resolves on SIGTERM or Ctrl-C: in-flight requests finish, new ones are refused. The handlers
/// are registered when this is called, not when the future is first polled: a signal that
/// arrives right after the server announced itself must stop it gracefully too, not kill it.
fn shutdown_signal() -> impl Future<Output = ()> {
    #[cfg(unix)]
    let mut terminate =
        tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok();
    #[cfg(unix)]
    let mut interrupt =
        tokio::signal::unix::signal(tokio::signal::unix::SignalKind::interrupt()).ok();
    async move {
        #[cfg(unix)]
        async fn received(signal: Option<&mut tokio::signal::unix::Signal>) {
            match signal {
                Some(signal) => {
                    signal.recv().await;
                }
                None => std::future::pending::<()>().await,
            }
        }
        #[cfg(unix)]
        {
            tokio::select! {
                () = received(terminate.as_mut()) => {},
                () = received(interrupt.as_mut()) => {},
            }
        }
        #[cfg(not(unix))]
        {
            let _ = tokio::signal::ctrl_c().await;
        }
        tracing::info!("shutting down");
    }
}
