//! The delivery worker: a background task of every server. Each round it fans new outbox
//! events out to the subscriptions that ask for them, then sends the deliveries that are due,
//! each under a lease so that two servers on one database never send one delivery at once.
//! Everything it knows is in the database, so a restart picks up where it stopped.

use std::{sync::Arc, time::Duration};

use chrono::Utc;
use rand_core::{OsRng, RngCore};
use sea_orm::DbErr;
use tokio::task::JoinSet;
use uuid::Uuid;

use super::{destination, sender::Sender};
use crate::{
    config::WebhookSettings,
    domain::webhook::{DeliveryState, Outcome, signature},
    store::{
        db::Db,
        entities::webhook_delivery,
        webhooks::{self, Attempt},
    },
};

/// A random fraction in `[0, 1]` that spreads a retry's wait (see `Schedule::wait_after`), so
/// that attempts failing together do not return together.
pub fn jitter() -> f64 {
    f64::from(OsRng.next_u32()) / f64::from(u32::MAX)
}

/// Events fanned out per round.
const EVENTS_PER_ROUND: u64 = 200;
/// Deliveries sent at once per round.
const DELIVERIES_PER_ROUND: u64 = 32;
/// How long a lease outlasts the attempt's own time limit.
pub const LEASE_MARGIN: Duration = Duration::from_secs(10);

pub struct Worker {
    db: Db,
    settings: WebhookSettings,
    sender: Sender,
    /// This worker's name on the leases it holds.
    id: Uuid,
}

impl Worker {
    pub fn new(db: Db, settings: WebhookSettings) -> Result<Arc<Self>, String> {
        let sender = Sender::new(settings.timeout, settings.allow_private, "Mandaat-Webhooks")
            .map_err(|e| format!("webhook client: {e}"))?;
        Ok(Arc::new(Self {
            db,
            settings,
            sender,
            id: Uuid::now_v7(),
        }))
    }

    /// Runs until the process ends.
    pub async fn run(self: Arc<Self>) {
        let mut tick = tokio::time::interval(self.settings.poll);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        // A full round means more is waiting: the next one starts at once, so a backlog (after
        // a receiver's outage, or under a burst) drains at the receiver's pace, not the poll's.
        let mut more_waiting = false;
        loop {
            if !more_waiting {
                tick.tick().await;
            }
            let events = self.fan_out().await.unwrap_or_else(|error| {
                tracing::warn!(error = %error, "could not fan out webhook events");
                0
            });
            let deliveries = self.clone().deliver_due().await.unwrap_or_else(|error| {
                tracing::warn!(error = %error, "could not send due webhooks");
                0
            });
            more_waiting = events == EVENTS_PER_ROUND || deliveries == DELIVERIES_PER_ROUND;
        }
    }

    /// Turns undispatched events into deliveries; returns how many events it took.
    async fn fan_out(&self) -> Result<u64, DbErr> {
        let events = webhooks::undispatched(self.db.conn(), EVENTS_PER_ROUND).await?;
        let taken = events.len() as u64;
        for event in events {
            let tx = self.db.begin_write().await?;
            webhooks::dispatch(&*tx, &event, Utc::now()).await?;
            tx.commit().await?;
        }
        Ok(taken)
    }

    /// Attempts the deliveries that are due; returns how many were due.
    async fn deliver_due(self: Arc<Self>) -> Result<u64, DbErr> {
        let now = Utc::now();
        let due = webhooks::due(self.db.conn(), now, DELIVERIES_PER_ROUND).await?;
        let found = due.len() as u64;
        let lease = chrono::Duration::from_std(self.settings.timeout + LEASE_MARGIN)
            .unwrap_or_else(|_| chrono::Duration::minutes(1));
        let mut attempts = JoinSet::new();
        for delivery in due {
            let now = Utc::now();
            if webhooks::claim(self.db.conn(), delivery.id, self.id, now, now + lease).await? {
                let worker = self.clone();
                attempts.spawn(async move {
                    let id = delivery.id;
                    if let Err(error) = worker.attempt(delivery).await {
                        tracing::warn!(error = %error, delivery_id = %id, "webhook attempt not recorded");
                    }
                });
            }
        }
        while attempts.join_next().await.is_some() {}
        Ok(found)
    }

    /// One attempt of a delivery this worker holds the lease of.
    async fn attempt(&self, delivery: webhook_delivery::Model) -> Result<(), DbErr> {
        let conn = self.db.conn();
        let subscription = webhooks::subscription(conn, delivery.subscription_id)
            .await?
            .filter(|s| s.active);
        let Some(subscription) = subscription else {
            return webhooks::abandon(conn, delivery.id, self.id, "the subscription is not active")
                .await;
        };
        let Some(event) = webhooks::event(conn, delivery.event_id).await? else {
            return webhooks::abandon(conn, delivery.id, self.id, "the event is gone").await;
        };
        let webhook_id = event.id.to_string();
        let timestamp = Utc::now().timestamp();
        let answer =
            match signature::sign(&subscription.secret, &webhook_id, timestamp, &event.body) {
                None => Err("the subscription's secret cannot sign".to_owned()),
                Some(signed) => {
                    match destination::check(&subscription.url, self.settings.allow_private).await {
                        Err(refusal) => Err(format!("url {refusal}")),
                        Ok(()) => {
                            let headers = [
                                ("webhook-id", webhook_id),
                                ("webhook-timestamp", timestamp.to_string()),
                                ("webhook-signature", signed),
                            ];
                            self.sender
                                .post(&subscription.url, &headers, event.body.clone())
                                .await
                        }
                    }
                }
            };
        let at = Utc::now();
        let (status, retry_after, error) = match answer {
            Ok(answer) => (Some(answer.status), answer.retry_after, None),
            Err(error) => (None, None, Some(error)),
        };
        let attempts = u32::try_from(delivery.attempts).unwrap_or(0) + 1;
        let (state, next_attempt_at) = match Outcome::of(status) {
            Outcome::Delivered => (DeliveryState::Delivered, None),
            Outcome::Gone => {
                webhooks::disable_subscription(
                    conn,
                    subscription.id,
                    "the receiver answered 410 Gone",
                    at,
                )
                .await?;
                tracing::info!(subscription_id = %subscription.id, "webhook subscription switched off: 410 Gone");
                (DeliveryState::Failed, None)
            }
            Outcome::Retry => {
                match self
                    .settings
                    .schedule
                    .wait_after(attempts, jitter(), retry_after)
                {
                    Some(wait) => (
                        DeliveryState::Pending,
                        Some(at + chrono::Duration::from_std(wait).unwrap_or_default()),
                    ),
                    None => (DeliveryState::Failed, None),
                }
            }
        };
        webhooks::record_attempt(
            conn,
            delivery.id,
            self.id,
            Attempt {
                state,
                status_code: status.map(i32::from),
                error,
                next_attempt_at,
                at,
            },
        )
        .await
    }
}
