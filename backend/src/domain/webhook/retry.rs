//! When a delivery that was not accepted is tried again: a schedule of waits after each failed
//! attempt, spread by jitter so that many deliveries failing together do not return together.

use std::time::Duration;

/// The Standard Webhooks schedule after the first attempt: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h,
/// 14 h, 20 h, 24 h (some 3 days in all).
pub const DEFAULT_SCHEDULE: [u64; 9] = [5, 300, 1800, 7200, 18000, 36000, 50400, 72000, 86400];

/// The longest a receiver's `Retry-After` can push the next attempt out.
const MOST_RETRY_AFTER: Duration = Duration::from_secs(24 * 3600);

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Schedule(Vec<Duration>);

impl Default for Schedule {
    fn default() -> Self {
        Self(DEFAULT_SCHEDULE.map(Duration::from_secs).to_vec())
    }
}

impl Schedule {
    /// A comma-separated list of seconds (`5,300,1800`), as `WEBHOOK_RETRY_SCHEDULE` holds it.
    pub fn parse(text: &str) -> Result<Self, String> {
        let waits = text
            .split(',')
            .map(str::trim)
            .map(|item| {
                item.parse::<f64>()
                    .ok()
                    .filter(|s| s.is_finite() && *s >= 0.0 && *s <= 7.0 * 86400.0)
                    .map(Duration::from_secs_f64)
                    .ok_or_else(|| format!("not a number of seconds: {item:?}"))
            })
            .collect::<Result<Vec<_>, _>>()?;
        if waits.is_empty() {
            return Err("the schedule needs at least one wait".into());
        }
        Ok(Self(waits))
    }

    /// The wait after the `attempts`-th failed attempt (counting from 1), or `None` when the
    /// retries have run out. `jitter` in `[0, 1)` lengthens the wait by up to a fifth; a
    /// receiver's `Retry-After` is honoured when it asks for longer (up to a day).
    pub fn wait_after(
        &self,
        attempts: u32,
        jitter: f64,
        retry_after: Option<Duration>,
    ) -> Option<Duration> {
        let index = usize::try_from(attempts).ok()?.checked_sub(1)?;
        let base = *self.0.get(index)?;
        let spread = base.mul_f64(jitter.clamp(0.0, 1.0) / 5.0);
        let wait = base + spread;
        Some(match retry_after {
            Some(asked) => wait.max(asked.min(MOST_RETRY_AFTER)),
            None => wait,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_waits_follow_the_schedule_and_then_stop() {
        let schedule = Schedule::default();
        assert_eq!(
            schedule.wait_after(1, 0.0, None),
            Some(Duration::from_secs(5))
        );
        assert_eq!(
            schedule.wait_after(2, 0.0, None),
            Some(Duration::from_secs(300))
        );
        assert_eq!(
            schedule.wait_after(9, 0.0, None),
            Some(Duration::from_secs(86400))
        );
        assert_eq!(schedule.wait_after(10, 0.0, None), None);
        assert_eq!(schedule.wait_after(0, 0.0, None), None);
    }

    #[test]
    fn jitter_lengthens_by_at_most_a_fifth() {
        let schedule = Schedule::default();
        let wait = schedule.wait_after(2, 0.999, None).unwrap_or_default();
        assert!(wait > Duration::from_secs(300) && wait < Duration::from_secs(360));
    }

    #[test]
    fn retry_after_is_honoured_up_to_a_day() {
        let schedule = Schedule::default();
        assert_eq!(
            schedule.wait_after(1, 0.0, Some(Duration::from_secs(60))),
            Some(Duration::from_secs(60))
        );
        assert_eq!(
            schedule.wait_after(1, 0.0, Some(Duration::from_secs(1))),
            Some(Duration::from_secs(5))
        );
        assert_eq!(
            schedule.wait_after(1, 0.0, Some(Duration::from_secs(10 * 86400))),
            Some(Duration::from_secs(86400))
        );
    }

    #[test]
    fn schedules_parse_from_seconds() {
        assert_eq!(
            Schedule::parse("0.5, 1,2"),
            Ok(Schedule(vec![
                Duration::from_millis(500),
                Duration::from_secs(1),
                Duration::from_secs(2)
            ]))
        );
        assert!(Schedule::parse("").is_err());
        assert!(Schedule::parse("1,x").is_err());
        assert!(Schedule::parse("-1").is_err());
    }
}
