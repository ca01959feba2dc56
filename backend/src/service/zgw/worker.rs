//! The push worker: a background task of every server, beside the webhook worker and with its
//! settings (time limit, retry schedule with jitter, private destinations). Each round it takes
//! the pushes that are due, each under a lease so that two servers on one database never push
//! one decision at once, and posts each as a besluit to the organisation's Besluiten API.

use std::sync::Arc;

use chrono::Utc;
use sea_orm::{DbErr, EntityTrait};
use tokio::task::JoinSet;
use uuid::Uuid;

use super::token;
use crate::{
    config::WebhookSettings,
    domain::zgw::{Besluit, BesluitSource, Outcome, PushState, summarise_refusal},
    service::webhooks::{
        destination,
        sender::Sender,
        worker::{LEASE_MARGIN, jitter},
    },
    store::{
        self,
        db::Db,
        entities::{zgw_connection, zgw_push},
        zgw_pushes::{self, Attempt},
    },
};

/// Pushes sent at once per round.
const PUSHES_PER_ROUND: u64 = 16;

pub struct Worker {
    db: Db,
    settings: WebhookSettings,
    sender: Sender,
    /// This worker's name on the leases it holds.
    id: Uuid,
}

/// A push ready to be sent, or why it does not apply any more (its decision, connection or
/// besluittype is gone).
enum Prepared {
    Send {
        url: String,
        body: String,
        /// The `Authorization` value, or why none could be made.
        authorization: Result<String, String>,
    },
    NotApplicable(&'static str),
}

impl Worker {
    pub fn new(db: Db, settings: WebhookSettings) -> Result<Arc<Self>, String> {
        let sender = Sender::new(settings.timeout, settings.allow_private, "Mandaat-ZGW")
            .map_err(|e| format!("ZGW client: {e}"))?;
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
        // A full round means more is due: the next one starts at once (see the webhook worker).
        let mut more_due = false;
        loop {
            if !more_due {
                tick.tick().await;
            }
            let pushed = self.clone().push_due().await.unwrap_or_else(|error| {
                tracing::warn!(error = %error, "could not push due ZGW besluiten");
                0
            });
            more_due = pushed == PUSHES_PER_ROUND;
        }
    }

    /// Attempts the pushes that are due; returns how many were due.
    async fn push_due(self: Arc<Self>) -> Result<u64, DbErr> {
        let now = Utc::now();
        let due = zgw_pushes::due(self.db.conn(), now, PUSHES_PER_ROUND).await?;
        let found = due.len() as u64;
        let lease = chrono::Duration::from_std(self.settings.timeout + LEASE_MARGIN)
            .unwrap_or_else(|_| chrono::Duration::minutes(1));
        let mut attempts = JoinSet::new();
        for push in due {
            let now = Utc::now();
            if zgw_pushes::claim(self.db.conn(), push.decision_id, self.id, now, now + lease)
                .await?
            {
                let worker = self.clone();
                attempts.spawn(async move {
                    let id = push.decision_id;
                    if let Err(error) = worker.attempt(push).await {
                        tracing::warn!(error = %error, decision_id = %id, "ZGW push not recorded");
                    }
                });
            }
        }
        while attempts.join_next().await.is_some() {}
        Ok(found)
    }

    /// One attempt of a push this worker holds the lease of.
    async fn attempt(&self, push: zgw_push::Model) -> Result<(), DbErr> {
        let conn = self.db.conn();
        let prepared = self.prepare(&push).await?;
        let at = Utc::now();
        let (url, body, authorization) = match prepared {
            Prepared::Send {
                url,
                body,
                authorization,
            } => (url, body, authorization),
            Prepared::NotApplicable(reason) => {
                return zgw_pushes::record_attempt(
                    conn,
                    push.decision_id,
                    self.id,
                    Attempt {
                        state: PushState::NotApplicable,
                        tried: false,
                        status_code: None,
                        besluit_url: None,
                        error: Some(reason.to_owned()),
                        next_attempt_at: None,
                        at,
                    },
                )
                .await;
            }
        };
        let answer = match authorization {
            Err(error) => Err(error),
            Ok(authorization) => {
                match destination::check(&url, self.settings.allow_private).await {
                    Err(refusal) => Err(format!("besluitenApiUrl {refusal}")),
                    Ok(()) => {
                        let headers = [
                            ("authorization", authorization),
                            ("accept", "application/json".to_owned()),
                        ];
                        self.sender.post(&url, &headers, body).await
                    }
                }
            }
        };
        let at = Utc::now();
        let attempts = u32::try_from(push.attempts).unwrap_or(0) + 1;
        let (status, retry_after, body, error) = match answer {
            Ok(answer) => (Some(answer.status), answer.retry_after, answer.body, None),
            Err(error) => (None, None, String::new(), Some(error)),
        };
        let mut besluit_url = None;
        let (state, next_attempt_at, error) = match Outcome::of(status) {
            Outcome::Pushed => {
                besluit_url = serde_json::from_str::<serde_json::Value>(&body)
                    .ok()
                    .and_then(|b| b.get("url").and_then(|u| u.as_str()).map(str::to_owned))
                    .map(|u| u.chars().take(2000).collect());
                (PushState::Pushed, None, None)
            }
            Outcome::Refused => (
                PushState::Failed,
                None,
                Some(summarise_refusal(status.unwrap_or_default(), &body)),
            ),
            Outcome::Retry => {
                let error = error.or_else(|| {
                    status.map(|status| format!("the Besluiten API answered {status}"))
                });
                let wait = self
                    .settings
                    .schedule
                    .wait_after(attempts, jitter(), retry_after);
                match wait {
                    Some(wait) => (
                        PushState::Pending,
                        Some(at + chrono::Duration::from_std(wait).unwrap_or_default()),
                        error,
                    ),
                    None => (PushState::Failed, None, error),
                }
            }
        };
        if state != PushState::Pending {
            tracing::info!(decision_id = %push.decision_id, state = state.as_str(), "ZGW push");
        }
        zgw_pushes::record_attempt(
            conn,
            push.decision_id,
            self.id,
            Attempt {
                state,
                tried: true,
                status_code: status.map(i32::from),
                besluit_url,
                error,
                next_attempt_at,
                at,
            },
        )
        .await
    }

    /// The connection, the besluit's body and the token, as they are now.
    async fn prepare(&self, push: &zgw_push::Model) -> Result<Prepared, DbErr> {
        let conn = self.db.conn();
        let Some(decision) =
            store::decisions::find(conn, push.organisation_id, push.decision_id).await?
        else {
            return Ok(Prepared::NotApplicable("the decision is gone"));
        };
        let connection = zgw_connection::Entity::find_by_id(push.organisation_id)
            .one(conn)
            .await?;
        let Some(connection) = connection else {
            return Ok(Prepared::NotApplicable(
                "the organisation has no ZGW connection any more",
            ));
        };
        let Some(besluittype) = connection
            .besluittypen
            .0
            .iter()
            .find(|b| b.category_id == decision.category_id)
            .map(|b| b.besluittype_url.clone())
        else {
            return Ok(Prepared::NotApplicable(
                "the category has no besluittype any more",
            ));
        };
        let category = store::categories::find(push.organisation_id, decision.category_id)
            .one(conn)
            .await?;
        let professional =
            store::users::find(conn, push.organisation_id, decision.professional_id).await?;
        let besluit = Besluit::of(&BesluitSource {
            decision_id: decision.id,
            decided_on: decision.decided_on,
            case_url: decision.case_url.as_deref(),
            category_name: category.as_ref().map_or("", |c| c.name.as_str()),
            title: &decision.title,
            rsin: &connection.rsin,
            besluittype_url: &besluittype,
            bestuursorgaan: &connection.bestuursorgaan,
        });
        let body = serde_json::to_string(&besluit).unwrap_or_default();
        let authorization = match connection.secret.as_deref() {
            None => Err("the connection has no secret".to_owned()),
            Some(secret) => token::bearer(
                &connection.client_id,
                secret,
                &decision.professional_id.to_string(),
                professional.as_ref().map_or("", |p| p.name.as_str()),
            ),
        };
        Ok(Prepared::Send {
            url: format!("{}/besluiten", connection.besluiten_api_url),
            body,
            authorization,
        })
    }
}
