//! Where logged decisions queue to be booked, per organisation.
//!
//! An organisation's decisions must be booked one at a time (each is checked against totals the
//! one before it may have moved), so under load they queue anyway. Here they queue in memory,
//! and one booker per organisation takes everything that queued while it wrote the previous
//! round and books it as one round (see [`super::round`]): one write turn, one read of the
//! totals and one batch of writes for the lot, rather than one each. A quiet organisation's
//! round is a single decision, booked at once.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex, PoisonError},
};

use tokio::sync::oneshot;
use uuid::Uuid;

use super::round::{self, Answer, Prepared, Queued};
use crate::{service::ServiceError, store::db::Db};

/// Most decisions one round books, so that a long queue is answered in parts.
const MAX_ROUND: usize = 32;

#[derive(Clone)]
pub struct Logbook {
    db: Db,
    /// Per organisation with a booker at work, what waits for its next round.
    queues: Arc<Mutex<HashMap<Uuid, Vec<Queued>>>>,
}

impl Logbook {
    pub fn new(db: Db) -> Self {
        Self {
            db,
            queues: Arc::default(),
        }
    }

    pub fn db(&self) -> &Db {
        &self.db
    }

    /// Queues a decision and waits until it is booked and durable.
    pub(super) async fn log(&self, decision: Prepared) -> Answer {
        let organisation_id = decision.organisation_id();
        let (answer, answered) = oneshot::channel();
        let start_booker = {
            let mut queues = self.queues.lock().unwrap_or_else(PoisonError::into_inner);
            let booking = queues.contains_key(&organisation_id);
            queues
                .entry(organisation_id)
                .or_default()
                .push(Queued { decision, answer });
            !booking
        };
        if start_booker {
            // Detached from this request: a client that hangs up must not stop the rounds of
            // everyone queued behind it.
            tokio::spawn(self.clone().keep_booking(organisation_id));
        }
        answered.await.map_err(|_| ServiceError::Internal)?
    }

    /// Books rounds until the organisation's queue is empty.
    async fn keep_booking(self, organisation_id: Uuid) {
        loop {
            let round = {
                let mut queues = self.queues.lock().unwrap_or_else(PoisonError::into_inner);
                let Some(queue) = queues.get_mut(&organisation_id) else {
                    return;
                };
                if queue.is_empty() {
                    // Under the lock: a decision queued after this starts a new booker.
                    queues.remove(&organisation_id);
                    return;
                }
                let take = queue.len().min(MAX_ROUND);
                queue.drain(..take).collect::<Vec<_>>()
            };
            let db = self.db.clone();
            // A round of its own task: if it panics, its decisions are answered with an error
            // (their answers are dropped) and the rounds after it still run.
            let _ = tokio::spawn(async move { round::book(&db, round).await }).await;
        }
    }
}
