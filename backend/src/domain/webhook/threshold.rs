//! `budget.threshold_reached`: when a booking carries a period limit or a team pot past 80 % or
//! 100 % of its limit. Each threshold of one limit in one period is announced once.

/// The thresholds announced, in percent of the limit.
pub const THRESHOLDS: [u8; 2] = [80, 100];

/// The thresholds that `before → after` (cents used of `limit`) passes upwards. A limit of
/// zero has nothing to pass.
pub fn passed(limit: i64, before: i64, after: i64) -> Vec<u8> {
    if limit <= 0 || after <= before {
        return Vec::new();
    }
    let level =
        |used: i64, percent: u8| i128::from(used) * 100 >= i128::from(limit) * i128::from(percent);
    THRESHOLDS
        .into_iter()
        .filter(|percent| !level(before, *percent) && level(after, *percent))
        .collect()
}

/// What makes one announcement unique: the limit (its scope), its period and the threshold.
pub fn once_key(scope: &str, period_start: chrono::NaiveDate, percent: u8) -> String {
    format!("budget.threshold_reached:{scope}:{period_start}:{percent}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thresholds_are_passed_upwards_only() {
        assert_eq!(passed(1000, 0, 799), Vec::<u8>::new());
        assert_eq!(passed(1000, 0, 800), [80]);
        assert_eq!(passed(1000, 799, 1000), [80, 100]);
        assert_eq!(passed(1000, 800, 999), Vec::<u8>::new());
        assert_eq!(passed(1000, 900, 1500), [100]);
        assert_eq!(passed(1000, 1000, 2000), Vec::<u8>::new());
        assert_eq!(passed(1000, 900, 700), Vec::<u8>::new());
        assert_eq!(passed(0, 0, 10), Vec::<u8>::new());
    }

    #[test]
    fn sums_near_the_largest_amounts_do_not_overflow() {
        assert_eq!(passed(i64::MAX, 0, i64::MAX), [80, 100]);
    }

    #[test]
    fn the_key_names_limit_period_and_threshold() {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default();
        assert_eq!(
            once_key("team:x", day, 80),
            "budget.threshold_reached:team:x:2026-01-01:80"
        );
    }
}
