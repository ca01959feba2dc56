//! The request rate of each machine client, counted in this server's memory: a client over its
//! rate is answered `429` until its bucket refills (several servers each count their own).

use std::{
    sync::{Mutex, PoisonError},
    time::{Duration, Instant},
};

use uuid::Uuid;

use crate::domain::rate::RateLimit;

/// At most this many clients are remembered at once.
const MOST: usize = 100_000;

pub struct ClientRates(Mutex<RateLimit<Uuid>>);

impl ClientRates {
    pub fn new(per_minute: u32, burst: u32) -> Self {
        Self(Mutex::new(RateLimit::new(per_minute, burst, MOST)))
    }

    /// Counts one request of the client, or says how long it must wait.
    pub fn take(&self, client_id: Uuid) -> Result<(), Duration> {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take(&client_id, Instant::now())
    }
}
