//! Growing waits after failed attempts, per key (an account, an address): a few attempts are
//! free, then each failure doubles the wait before the next one, up to a ceiling. Failures are
//! forgotten one by one as time passes, and a key with nothing left to remember is dropped, so
//! memory stays bounded however many keys an attacker makes up. Time is an input: the caller
//! reads the clock.

use std::{
    collections::HashMap,
    hash::Hash,
    time::{Duration, Instant},
};

#[derive(Clone, Copy, Debug)]
pub struct Policy {
    /// Failures before the first wait.
    pub free: u32,
    /// The wait after the `free`-th failure; it doubles with each failure after it.
    pub first_wait: Duration,
    pub longest_wait: Duration,
    /// One failure is forgotten per this much time.
    pub forget_one_every: Duration,
}

impl Policy {
    /// How long to wait after the last of `failures` failures.
    pub fn wait_after(&self, failures: u32) -> Duration {
        if failures < self.free {
            return Duration::ZERO;
        }
        let doublings = (failures - self.free).min(30);
        self.first_wait
            .saturating_mul(1 << doublings)
            .min(self.longest_wait)
    }
}

/// What is remembered of one key.
#[derive(Clone, Copy, Debug)]
struct Tries {
    failures: u32,
    /// Where forgetting counts from: a failure is forgotten at each `forget_one_every` after it.
    forgetting_since: Instant,
    last_failure: Instant,
    /// Attempts begun and not yet ended: they may all still fail.
    in_flight: u32,
}

impl Tries {
    /// The failures still remembered at `now`.
    fn at(mut self, policy: &Policy, now: Instant) -> Self {
        let step = policy.forget_one_every.as_nanos().max(1);
        let elapsed = now
            .saturating_duration_since(self.forgetting_since)
            .as_nanos();
        let forgotten = u32::try_from(elapsed / step).unwrap_or(u32::MAX);
        if forgotten >= self.failures {
            self.failures = 0;
            self.forgetting_since = now;
        } else {
            self.failures -= forgotten;
            self.forgetting_since += policy.forget_one_every * forgotten;
        }
        self
    }

    fn wait(&self, policy: &Policy, now: Instant) -> Option<Duration> {
        let until = self.last_failure + policy.wait_after(self.failures);
        if until > now {
            return Some(until - now);
        }
        // Attempts still running may all fail: no more of them at once than are still free,
        // and one at a time once none are.
        let at_once = policy.free.saturating_sub(self.failures).max(1);
        (self.in_flight >= at_once).then_some(policy.first_wait)
    }

    fn forgettable(&self) -> bool {
        self.failures == 0 && self.in_flight == 0
    }
}

/// Failures per key under one policy, for at most `capacity` keys.
#[derive(Debug)]
pub struct Throttle<K> {
    policy: Policy,
    capacity: usize,
    tries: HashMap<K, Tries>,
}

impl<K: Eq + Hash + Clone> Throttle<K> {
    pub fn new(policy: Policy, capacity: usize) -> Self {
        Self {
            policy,
            capacity: capacity.max(1),
            tries: HashMap::new(),
        }
    }

    /// How long `key` must wait before its next attempt; `None` when it may try now.
    pub fn wait(&self, key: &K, now: Instant) -> Option<Duration> {
        self.tries
            .get(key)
            .and_then(|tries| tries.at(&self.policy, now).wait(&self.policy, now))
    }

    /// Counts an attempt as under way; call only when [`Self::wait`] says it may try.
    pub fn begin(&mut self, key: &K, now: Instant) {
        if !self.tries.contains_key(key) && self.tries.len() >= self.capacity {
            self.make_room(now);
        }
        let tries = self.tries.entry(key.clone()).or_insert(Tries {
            failures: 0,
            forgetting_since: now,
            last_failure: now,
            in_flight: 0,
        });
        tries.in_flight += 1;
    }

    /// Ends an attempt begun with [`Self::begin`]: a failure is remembered, a success is not.
    pub fn end(&mut self, key: &K, now: Instant, failed: bool) {
        let Some(tries) = self.tries.get_mut(key) else {
            return;
        };
        let mut current = tries.at(&self.policy, now);
        current.in_flight = current.in_flight.saturating_sub(1);
        if failed {
            current.failures = current.failures.saturating_add(1);
            current.last_failure = now;
        }
        *tries = current;
        if tries.forgettable() {
            self.tries.remove(key);
        }
    }

    /// Forgets every failure of `key` (its owner proved who they are).
    pub fn forgive(&mut self, key: &K, now: Instant) {
        if let Some(tries) = self.tries.get_mut(key) {
            *tries = tries.at(&self.policy, now);
            tries.failures = 0;
            if tries.forgettable() {
                self.tries.remove(key);
            }
        }
    }

    pub fn len(&self) -> usize {
        self.tries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tries.is_empty()
    }

    /// Drops what is forgotten by now; when that is not enough, the keys whose last failure is
    /// oldest, down to nine tenths of the capacity, so that this runs rarely.
    fn make_room(&mut self, now: Instant) {
        let policy = self.policy;
        self.tries
            .retain(|_, tries| !tries.at(&policy, now).forgettable());
        let keep = self.capacity * 9 / 10;
        if self.tries.len() <= keep {
            return;
        }
        let mut last: Vec<Instant> = self.tries.values().map(|t| t.last_failure).collect();
        let cut = last.len() - keep;
        let (_, oldest_kept, _) = last.select_nth_unstable(cut);
        let oldest_kept = *oldest_kept;
        self.tries
            .retain(|_, tries| tries.last_failure >= oldest_kept);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECOND: Duration = Duration::from_secs(1);

    fn policy() -> Policy {
        Policy {
            free: 5,
            first_wait: SECOND,
            longest_wait: Duration::from_secs(900),
            forget_one_every: Duration::from_secs(600),
        }
    }

    /// An attempt that fails at `now`.
    fn fail(throttle: &mut Throttle<&'static str>, key: &'static str, now: Instant) {
        assert_eq!(throttle.wait(&key, now), None, "{key} may try");
        throttle.begin(&key, now);
        throttle.end(&key, now, true);
    }

    #[test]
    fn waits_double_after_the_free_failures_up_to_the_ceiling() {
        let policy = policy();
        let waits: Vec<u64> = (0..17).map(|n| policy.wait_after(n).as_secs()).collect();
        assert_eq!(
            waits,
            [
                0, 0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900
            ]
        );
        assert_eq!(policy.wait_after(u32::MAX), Duration::from_secs(900));
    }

    #[test]
    fn five_quick_failures_then_a_wait_that_lifts() {
        let mut throttle = Throttle::new(policy(), 100);
        let start = Instant::now();
        for _ in 0..5 {
            fail(&mut throttle, "a", start);
        }
        assert_eq!(throttle.wait(&"a", start), Some(SECOND));
        assert_eq!(throttle.wait(&"b", start), None, "other keys are untouched");
        let later = start + SECOND;
        assert_eq!(throttle.wait(&"a", later), None, "the wait lifts");
        fail(&mut throttle, "a", later);
        assert_eq!(throttle.wait(&"a", later), Some(2 * SECOND), "and grows");
    }

    #[test]
    fn attempts_under_way_count_as_possible_failures() {
        let mut throttle = Throttle::new(policy(), 100);
        let now = Instant::now();
        for _ in 0..5 {
            assert_eq!(throttle.wait(&"a", now), None);
            throttle.begin(&"a", now);
        }
        assert_eq!(
            throttle.wait(&"a", now),
            Some(SECOND),
            "a sixth at once waits"
        );
        throttle.end(&"a", now, false);
        assert_eq!(throttle.wait(&"a", now), None, "one ended well");
    }

    #[test]
    fn failures_are_forgotten_one_by_one_and_forgiven_at_once() {
        let mut throttle = Throttle::new(policy(), 100);
        let start = Instant::now();
        for n in 0..7 {
            fail(
                &mut throttle,
                "a",
                start + Duration::from_secs(600) * n / 10,
            );
        }
        let last = start + Duration::from_secs(360);
        // Seven failures in six minutes: four seconds after the last.
        assert_eq!(throttle.wait(&"a", last), Some(4 * SECOND));
        assert_eq!(throttle.wait(&"a", last + 4 * SECOND), None);
        // Ten minutes after the first one failure is forgotten, so the next waits 4 s, not 8 s.
        let later = start + Duration::from_secs(600);
        fail(&mut throttle, "a", later);
        assert_eq!(throttle.wait(&"a", later), Some(4 * SECOND));
        throttle.forgive(&"a", later);
        assert!(throttle.is_empty(), "nothing left to remember");
        // Long silence forgets everything too.
        fail(&mut throttle, "b", later);
        throttle.begin(&"b", later + Duration::from_secs(3600));
        throttle.end(&"b", later + Duration::from_secs(3600), false);
        assert!(throttle.is_empty());
    }

    #[test]
    fn memory_is_bounded_and_the_latest_failures_are_kept() {
        let mut throttle = Throttle::new(policy(), 1000);
        let start = Instant::now();
        let keys: Vec<&'static str> = (0..5000)
            .map(|n| &*Box::leak(format!("k{n}").into_boxed_str()))
            .collect();
        for (n, key) in keys.iter().enumerate() {
            fail(&mut throttle, key, start + Duration::from_millis(n as u64));
        }
        assert!(throttle.len() <= 1000, "{} keys kept", throttle.len());
        let latest = keys.last().copied().unwrap_or_default();
        for _ in 0..4 {
            fail(&mut throttle, latest, start + Duration::from_secs(5));
        }
        assert!(
            throttle
                .wait(&latest, start + Duration::from_secs(5))
                .is_some()
        );
    }
}
