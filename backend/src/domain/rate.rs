//! A request rate per key (a machine client): a token bucket that holds at most `burst`
//! requests and refills at `per_minute`. Pure: the caller passes the time.

use std::{
    collections::HashMap,
    hash::Hash,
    time::{Duration, Instant},
};

pub struct RateLimit<K> {
    per_minute: u32,
    burst: u32,
    capacity: usize,
    buckets: HashMap<K, Bucket>,
}

struct Bucket {
    tokens: f64,
    at: Instant,
}

impl<K: Eq + Hash + Clone> RateLimit<K> {
    /// `per_minute` requests a minute on average, up to `burst` at once; at most `capacity`
    /// keys are remembered (beyond that the memory starts afresh: every key gets a full bucket).
    pub fn new(per_minute: u32, burst: u32, capacity: usize) -> Self {
        Self {
            per_minute: per_minute.max(1),
            burst: burst.max(1),
            capacity,
            buckets: HashMap::new(),
        }
    }

    /// Takes one request for `key`, or says how long to wait before one is allowed.
    pub fn take(&mut self, key: &K, now: Instant) -> Result<(), Duration> {
        let rate = f64::from(self.per_minute) / 60.0;
        let burst = f64::from(self.burst);
        if self.buckets.len() >= self.capacity && !self.buckets.contains_key(key) {
            self.buckets.clear();
        }
        let bucket = self.buckets.entry(key.clone()).or_insert(Bucket {
            tokens: burst,
            at: now,
        });
        let elapsed = now.saturating_duration_since(bucket.at).as_secs_f64();
        bucket.tokens = (bucket.tokens + elapsed * rate).min(burst);
        bucket.at = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            Ok(())
        } else {
            Err(Duration::from_secs_f64((1.0 - bucket.tokens) / rate))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_passes_then_the_next_waits_for_the_refill() {
        let mut limit = RateLimit::new(60, 3, 10);
        let start = Instant::now();
        for _ in 0..3 {
            assert!(limit.take(&"a", start).is_ok());
        }
        let wait = limit.take(&"a", start).unwrap_err();
        assert!(wait > Duration::from_millis(900) && wait <= Duration::from_secs(1));
        // Another key has its own bucket.
        assert!(limit.take(&"b", start).is_ok());
        // One second later one request is allowed again, not two.
        let later = start + Duration::from_secs(1);
        assert!(limit.take(&"a", later).is_ok());
        assert!(limit.take(&"a", later).is_err());
    }

    #[test]
    fn the_bucket_never_holds_more_than_the_burst() {
        let mut limit = RateLimit::new(600, 2, 10);
        let start = Instant::now();
        assert!(limit.take(&1, start).is_ok());
        let much_later = start + Duration::from_secs(3600);
        assert!(limit.take(&1, much_later).is_ok());
        assert!(limit.take(&1, much_later).is_ok());
        assert!(limit.take(&1, much_later).is_err());
    }
}
