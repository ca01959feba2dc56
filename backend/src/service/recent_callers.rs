//! Callers loaded a moment ago, so that a person's burst of requests (a phone syncing a day of
//! decisions) loads their roles and teams once rather than on every request.
//!
//! A remembered caller is used only while nothing that makes up a caller (a person, their roles
//! and teams, a team's members and leads) has been changed by this process since it was loaded,
//! and for at most [`FRESH_FOR`]. So a deactivation or a role change made here takes effect on
//! the very next request; one made by another process on the same database (a second server on
//! PostgreSQL, the `demo` command) within that time.

use std::{
    collections::HashMap,
    sync::{
        LazyLock, Mutex, PoisonError,
        atomic::{AtomicU64, Ordering},
    },
    time::{Duration, Instant},
};

use uuid::Uuid;

use super::Caller;

pub const FRESH_FOR: Duration = Duration::from_secs(2);
/// Beyond this many people the memory is simply cleared; it refills with whoever is active.
const MOST: usize = 10_000;

/// The one memory of this process.
pub static RECENT_CALLERS: LazyLock<RecentCallers> = LazyLock::new(RecentCallers::default);

#[derive(Default)]
pub struct RecentCallers {
    /// Moves on with every change to people or teams; a caller loaded under an older count is
    /// stale.
    generation: AtomicU64,
    remembered: Mutex<HashMap<Uuid, Remembered>>,
}

struct Remembered {
    caller: Caller,
    generation: u64,
    loaded: Instant,
}

/// Taken before loading a caller from the database: a change committed while it loads moves
/// the generation on, so what was loaded is not remembered as current.
#[derive(Clone, Copy)]
pub struct Loading(u64);

impl RecentCallers {
    pub fn start_loading(&self) -> Loading {
        Loading(self.generation.load(Ordering::SeqCst))
    }

    pub fn recall(&self, user_id: Uuid) -> Option<Caller> {
        let remembered = self
            .remembered
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let entry = remembered.get(&user_id)?;
        (entry.generation == self.generation.load(Ordering::SeqCst)
            && entry.loaded.elapsed() < FRESH_FOR)
            .then(|| entry.caller.clone())
    }

    pub fn remember(&self, loading: Loading, caller: &Caller) {
        let mut remembered = self
            .remembered
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if loading.0 != self.generation.load(Ordering::SeqCst) {
            return;
        }
        if remembered.len() >= MOST {
            remembered.clear();
        }
        remembered.insert(
            caller.user_id,
            Remembered {
                caller: caller.clone(),
                generation: loading.0,
                loaded: Instant::now(),
            },
        );
    }

    /// Call after committing a change to people, roles, teams or memberships.
    pub fn users_changed(&self) {
        let mut remembered = self
            .remembered
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        self.generation.fetch_add(1, Ordering::SeqCst);
        remembered.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::role::{Role, Roles};

    fn caller(roles: &[Role]) -> Caller {
        Caller {
            user_id: Uuid::now_v7(),
            organisation_id: Uuid::now_v7(),
            organisation_name: "Rijnstede".into(),
            name: "Fatima".into(),
            email: "fatima@example.org".into(),
            roles: Roles::new(roles.to_vec()),
            team_ids: Vec::new(),
            lead_team_ids: Vec::new(),
            machine: None,
        }
    }

    #[test]
    fn a_change_to_people_forgets_every_caller() {
        let recent = RecentCallers::default();
        let fatima = caller(&[Role::Professional]);
        recent.remember(recent.start_loading(), &fatima);
        assert_eq!(
            recent.recall(fatima.user_id).map(|c| c.user_id),
            Some(fatima.user_id)
        );
        recent.users_changed();
        assert!(recent.recall(fatima.user_id).is_none());
    }

    #[test]
    fn a_caller_loaded_while_users_changed_is_not_remembered() {
        let recent = RecentCallers::default();
        let joost = caller(&[Role::Professional, Role::TeamLead]);
        let loading = recent.start_loading();
        // The change commits while the caller is being read from the database.
        recent.users_changed();
        recent.remember(loading, &joost);
        assert!(recent.recall(joost.user_id).is_none());
        recent.remember(recent.start_loading(), &joost);
        assert!(recent.recall(joost.user_id).is_some());
    }
}
