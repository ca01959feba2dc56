//! When the author is asked how a decision worked out: six weeks after the decision (its
//! Amsterdam date), for decisions that were carried out, until a reflection is given.

use chrono::{Days, NaiveDate};

use super::Status;

/// Six weeks: long enough for a custom solution to show whether it worked.
pub const REFLECTION_AFTER_DAYS: u64 = 42;

/// The day a reflection on a decision decided on `decided_on` becomes due.
pub fn due_on(decided_on: NaiveDate) -> NaiveDate {
    decided_on
        .checked_add_days(Days::new(REFLECTION_AFTER_DAYS))
        .unwrap_or(NaiveDate::MAX)
}

/// The latest decision date whose reflection is due on `today` (Amsterdam).
pub fn due_for_decided_on_or_before(today: NaiveDate) -> NaiveDate {
    today
        .checked_sub_days(Days::new(REFLECTION_AFTER_DAYS))
        .unwrap_or(NaiveDate::MIN)
}

/// The statuses of decisions that were carried out, so that asking how they worked out makes
/// sense (waiting, rejected and withdrawn ones never took effect).
pub const CARRIED_OUT: [Status; 4] = [
    Status::Recorded,
    Status::Approved,
    Status::RecordedUrgent,
    Status::Reviewed,
];

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().expect("a date")
    }

    #[test]
    fn due_six_weeks_after_the_day_decided() {
        assert_eq!(due_on(day("2026-10-22")), day("2026-12-03"));
        assert_eq!(
            due_for_decided_on_or_before(day("2026-12-03")),
            day("2026-10-22")
        );
        // Across the change to winter time: calendar days, not 24-hour periods.
        assert_eq!(due_on(day("2026-10-01")), day("2026-11-12"));
    }

    #[test]
    fn due_and_cut_off_agree() {
        let today = day("2026-03-01");
        let last = due_for_decided_on_or_before(today);
        assert_eq!(due_on(last), today);
        assert!(due_on(last.succ_opt().expect("next day")) > today);
    }

    #[test]
    fn only_decisions_carried_out_are_due() {
        assert!(!CARRIED_OUT.contains(&Status::Withdrawn));
        assert!(!CARRIED_OUT.contains(&Status::Rejected));
        assert!(!CARRIED_OUT.contains(&Status::AwaitingApproval));
        assert!(CARRIED_OUT.contains(&Status::RecordedUrgent));
    }
}
