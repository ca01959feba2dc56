//! Idempotency keys whose request is being worked on in this process. A retry that arrives
//! meanwhile (a phone that gave up waiting and sent again) is told so at once (`409`) instead of
//! queueing behind the first; the key itself is stored with the decision, in its transaction.

use std::{
    collections::HashSet,
    sync::{LazyLock, Mutex, PoisonError},
};

use uuid::Uuid;

static HELD: LazyLock<Mutex<HashSet<(Uuid, String)>>> = LazyLock::new(Default::default);

/// A key held for one request; let go when dropped, however the request ends.
pub struct InFlight {
    user_id: Uuid,
    key: String,
}

impl InFlight {
    /// Holds the key for this request, or `None` when another request of the user holds it.
    pub fn hold(user_id: Uuid, key: &str) -> Option<Self> {
        let mut held = HELD.lock().unwrap_or_else(PoisonError::into_inner);
        held.insert((user_id, key.to_owned())).then(|| Self {
            user_id,
            key: key.to_owned(),
        })
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        let mut held = HELD.lock().unwrap_or_else(PoisonError::into_inner);
        held.remove(&(self.user_id, std::mem::take(&mut self.key)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_is_held_once_per_person_until_let_go() {
        let fatima = Uuid::now_v7();
        let joost = Uuid::now_v7();
        let first = InFlight::hold(fatima, "phone-1").expect("free");
        assert!(InFlight::hold(fatima, "phone-1").is_none());
        let _other_key = InFlight::hold(fatima, "phone-2").expect("another key");
        let _other_person = InFlight::hold(joost, "phone-1").expect("keys are per person");
        drop(first);
        assert!(InFlight::hold(fatima, "phone-1").is_some());
    }
}
