//! This process's limits on failed sign-ins (the rule is `domain::sign_in`). They live in
//! memory: a restart forgets them, and servers sharing a database each count their own.

use std::{
    net::IpAddr,
    sync::Mutex,
    time::{Duration, Instant},
};

use crate::domain::sign_in::{AccountKey, AddressKey, Attempt, SignIns};

#[derive(Default)]
pub struct SignInLimits(Mutex<SignIns>);

impl SignInLimits {
    /// Starts an attempt to sign in to `email` from `address`, or says how long to wait.
    pub fn begin(&self, email: &str, address: IpAddr) -> Result<Pending<'_>, Duration> {
        let attempt = self.with(|sign_ins| {
            sign_ins.begin(
                AccountKey::of(email),
                AddressKey::of(address),
                Instant::now(),
            )
        })?;
        Ok(Pending {
            limits: self,
            attempt: Some(attempt),
        })
    }

    fn with<T>(&self, f: impl FnOnce(&mut SignIns) -> T) -> T {
        // A panic while holding the lock leaves counts, never a broken invariant: keep going.
        let mut sign_ins = self
            .0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        f(&mut sign_ins)
    }
}

/// An attempt under way. Unless it is marked as succeeded it counts as failed, also when the
/// request ends without an answer (the client went away, the database failed).
pub struct Pending<'a> {
    limits: &'a SignInLimits,
    attempt: Option<Attempt>,
}

impl Pending<'_> {
    pub fn succeeded(mut self) {
        self.end(true);
    }

    fn end(&mut self, succeeded: bool) {
        if let Some(attempt) = self.attempt.take() {
            self.limits
                .with(|sign_ins| sign_ins.end(attempt, Instant::now(), succeeded));
        }
    }
}

impl Drop for Pending<'_> {
    fn drop(&mut self) {
        self.end(false);
    }
}
