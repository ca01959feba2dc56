//! Calendar periods (month, quarter, year) in Europe/Amsterdam.
//!
//! Budgets run per calendar period *as the professional experiences it*: a
//! decision at 00:30 on April 1st in Amsterdam belongs to April and Q2, even
//! though it is still March 31st in UTC. Dates are therefore always Amsterdam
//! dates, and storage queries use the UTC instants of Amsterdam midnights.

use chrono::{
    DateTime, Datelike, LocalResult, NaiveDate, NaiveTime, Offset, TimeDelta, TimeZone, Utc,
};
use chrono_tz::Europe::Amsterdam;
use serde::{Deserialize, Serialize};

/// The length of a budget period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PeriodKind {
    Month,
    Quarter,
    Year,
}

impl PeriodKind {
    /// The API value, also used as the English noun in explanations.
    pub const fn as_str(self) -> &'static str {
        match self {
            PeriodKind::Month => "month",
            PeriodKind::Quarter => "quarter",
            PeriodKind::Year => "year",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        [PeriodKind::Month, PeriodKind::Quarter, PeriodKind::Year]
            .into_iter()
            .find(|kind| kind.as_str() == value)
    }
}

/// One calendar period: `start` inclusive, `end` exclusive (the first day of
/// the next period), both Amsterdam dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Period {
    pub kind: PeriodKind,
    pub start: NaiveDate,
    pub end: NaiveDate,
}

impl Period {
    /// The period of `kind` that contains `date` (an Amsterdam date).
    ///
    /// Total for every `NaiveDate`: only in chrono's very last representable
    /// year, where the next period's first day does not exist, is `end`
    /// clamped to `NaiveDate::MAX`.
    pub fn containing(kind: PeriodKind, date: NaiveDate) -> Period {
        let year = date.year();
        let first_month = match kind {
            PeriodKind::Month => date.month(),
            PeriodKind::Quarter => date.month0() / 3 * 3 + 1,
            PeriodKind::Year => 1,
        };
        let months = match kind {
            PeriodKind::Month => 1,
            PeriodKind::Quarter => 3,
            PeriodKind::Year => 12,
        };
        // The 1st of a month of a date that exists always exists (chrono's
        // range starts on a January 1st); the fallback is unreachable.
        let start = NaiveDate::from_ymd_opt(year, first_month, 1).unwrap_or(date);
        let (end_year, end_month) = if first_month + months > 12 {
            (year.checked_add(1), first_month + months - 12)
        } else {
            (Some(year), first_month + months)
        };
        let end = end_year
            .and_then(|y| NaiveDate::from_ymd_opt(y, end_month, 1))
            .unwrap_or(NaiveDate::MAX);
        Period { kind, start, end }
    }

    /// The period of `kind` containing the instant, read in Amsterdam.
    pub fn containing_instant(kind: PeriodKind, instant: DateTime<Utc>) -> Period {
        Period::containing(kind, amsterdam_date(instant))
    }

    /// The calendar year containing `date`, e.g. for the per-client cap.
    pub fn year_of(date: NaiveDate) -> Period {
        Period::containing(PeriodKind::Year, date)
    }

    /// Whether the Amsterdam `date` lies in this period.
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.start <= date && date < self.end
    }

    /// Whether the instant lies in this period, read in Amsterdam.
    pub fn contains_instant(&self, instant: DateTime<Utc>) -> bool {
        self.contains(amsterdam_date(instant))
    }

    /// Short label: `2026-03`, `2026-Q2`, `2026`.
    pub fn label(&self) -> String {
        let year = self.start.year();
        match self.kind {
            PeriodKind::Month => format!("{year:04}-{:02}", self.start.month()),
            PeriodKind::Quarter => format!("{year:04}-Q{}", self.start.month0() / 3 + 1),
            PeriodKind::Year => format!("{year:04}"),
        }
    }

    /// First instant of the period in UTC (Amsterdam midnight of `start`).
    pub fn start_instant(&self) -> DateTime<Utc> {
        amsterdam_day_start(self.start)
    }

    /// First instant *after* the period in UTC (Amsterdam midnight of `end`),
    /// so a storage query is `start_instant <= t < end_instant`.
    pub fn end_instant(&self) -> DateTime<Utc> {
        amsterdam_day_start(self.end)
    }
}

/// The calendar date in Europe/Amsterdam at `instant`.
///
/// Does not use `DateTime::naive_local`, which panics for the last
/// representable instants; there the UTC date is returned instead.
pub fn amsterdam_date(instant: DateTime<Utc>) -> NaiveDate {
    let utc = instant.naive_utc();
    let offset = Amsterdam.offset_from_utc_datetime(&utc).fix();
    utc.checked_add_offset(offset)
        .map_or(utc.date(), |local| local.date())
}

/// First instant of `period` in UTC; see [`Period::start_instant`].
pub fn period_start_instant(period: Period) -> DateTime<Utc> {
    period.start_instant()
}

/// First instant after `period` in UTC; see [`Period::end_instant`].
pub fn period_end_instant(period: Period) -> DateTime<Utc> {
    period.end_instant()
}

/// The UTC instant at which `date` begins in Amsterdam.
fn amsterdam_day_start(date: NaiveDate) -> DateTime<Utc> {
    let midnight = date.and_time(NaiveTime::MIN);
    match Amsterdam.from_local_datetime(&midnight) {
        // Ambiguous midnight (clocks turned back over it): the earlier one
        // is when the day begins.
        LocalResult::Single(dt) | LocalResult::Ambiguous(dt, _) => dt.with_timezone(&Utc),
        LocalResult::None => {
            // Midnight skipped by a clock change (not under today's rules,
            // which switch at 02:00/03:00, but possible in historic data), or
            // outside chrono's range. The day then begins at the transition,
            // i.e. midnight read in the offset in force the day before.
            let day_before = midnight
                .checked_sub_signed(TimeDelta::days(1))
                .unwrap_or(midnight);
            let offset = Amsterdam.offset_from_utc_datetime(&day_before).fix();
            match midnight.checked_sub_offset(offset) {
                Some(utc) => utc.and_utc(),
                None if date.year() < 0 => DateTime::<Utc>::MIN_UTC,
                None => DateTime::<Utc>::MAX_UTC,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn containing_month_quarter_year() {
        let p = Period::containing(PeriodKind::Month, d(2026, 3, 15));
        assert_eq!((p.start, p.end), (d(2026, 3, 1), d(2026, 4, 1)));
        assert_eq!(p.label(), "2026-03");

        let p = Period::containing(PeriodKind::Month, d(2026, 12, 31));
        assert_eq!((p.start, p.end), (d(2026, 12, 1), d(2027, 1, 1)));
        assert_eq!(p.label(), "2026-12");

        let p = Period::containing(PeriodKind::Quarter, d(2026, 4, 1));
        assert_eq!((p.start, p.end), (d(2026, 4, 1), d(2026, 7, 1)));
        assert_eq!(p.label(), "2026-Q2");

        let p = Period::containing(PeriodKind::Quarter, d(2026, 3, 31));
        assert_eq!(p.label(), "2026-Q1");

        let p = Period::containing(PeriodKind::Quarter, d(2026, 11, 2));
        assert_eq!((p.start, p.end), (d(2026, 10, 1), d(2027, 1, 1)));
        assert_eq!(p.label(), "2026-Q4");

        let p = Period::containing(PeriodKind::Year, d(2026, 6, 30));
        assert_eq!((p.start, p.end), (d(2026, 1, 1), d(2027, 1, 1)));
        assert_eq!(p.label(), "2026");
        assert_eq!(Period::year_of(d(2026, 6, 30)), p);
    }

    #[test]
    fn contains_is_half_open() {
        let p = Period::containing(PeriodKind::Month, d(2026, 2, 10));
        assert!(p.contains(d(2026, 2, 1)));
        assert!(p.contains(d(2026, 2, 28)));
        assert!(!p.contains(d(2026, 3, 1)));
        assert!(!p.contains(d(2026, 1, 31)));
    }

    #[test]
    fn amsterdam_date_crosses_midnight_before_utc() {
        // CEST (+02:00): 22:30Z is already the next day.
        assert_eq!(amsterdam_date(utc("2026-03-31T22:30:00Z")), d(2026, 4, 1));
        assert_eq!(amsterdam_date(utc("2026-03-31T21:59:59Z")), d(2026, 3, 31));
        // CET (+01:00) in winter.
        assert_eq!(amsterdam_date(utc("2025-12-31T23:00:00Z")), d(2026, 1, 1));
        assert_eq!(amsterdam_date(utc("2025-12-31T22:59:59Z")), d(2025, 12, 31));
    }

    #[test]
    fn month_boundaries_in_amsterdam() {
        let march = Period::containing(PeriodKind::Month, d(2026, 3, 10));
        // March starts in winter time and ends in summer time.
        assert_eq!(march.start_instant(), utc("2026-02-28T23:00:00Z"));
        assert_eq!(march.end_instant(), utc("2026-03-31T22:00:00Z"));
        let first = march.start_instant();
        let last = march.end_instant() - TimeDelta::nanoseconds(1);
        assert!(march.contains_instant(first));
        assert!(march.contains_instant(last));
        assert!(!march.contains_instant(first - TimeDelta::nanoseconds(1)));
        assert!(!march.contains_instant(march.end_instant()));
        assert_eq!(Period::containing_instant(PeriodKind::Month, last), march);
    }

    #[test]
    fn quarter_and_year_boundaries_in_amsterdam() {
        let q2 = Period::containing(PeriodKind::Quarter, d(2026, 5, 5));
        assert_eq!(period_start_instant(q2), utc("2026-03-31T22:00:00Z"));
        assert_eq!(period_end_instant(q2), utc("2026-06-30T22:00:00Z"));

        let q4 = Period::containing(PeriodKind::Quarter, d(2026, 10, 5));
        // Q4 starts in summer time and ends in winter time.
        assert_eq!(q4.start_instant(), utc("2026-09-30T22:00:00Z"));
        assert_eq!(q4.end_instant(), utc("2026-12-31T23:00:00Z"));

        let y = Period::year_of(d(2026, 7, 1));
        assert_eq!(y.start_instant(), utc("2025-12-31T23:00:00Z"));
        assert_eq!(y.end_instant(), utc("2026-12-31T23:00:00Z"));
        assert_eq!(
            Period::containing_instant(PeriodKind::Year, utc("2026-12-31T22:59:59.999999999Z")),
            y
        );
        assert_eq!(
            Period::containing_instant(PeriodKind::Year, utc("2026-12-31T23:00:00Z")).label(),
            "2027"
        );
    }

    #[test]
    fn dst_start_day_2026_03_29() {
        // Clocks jump 02:00 CET -> 03:00 CEST at 01:00Z; the day is 23 hours.
        let day = Period::containing(PeriodKind::Month, d(2026, 3, 29));
        assert_eq!(day.label(), "2026-03");
        assert_eq!(amsterdam_date(utc("2026-03-28T22:59:59Z")), d(2026, 3, 28));
        assert_eq!(amsterdam_date(utc("2026-03-28T23:00:00Z")), d(2026, 3, 29));
        assert_eq!(amsterdam_date(utc("2026-03-29T00:59:59Z")), d(2026, 3, 29));
        assert_eq!(amsterdam_date(utc("2026-03-29T01:00:00Z")), d(2026, 3, 29));
        assert_eq!(amsterdam_date(utc("2026-03-29T21:59:59Z")), d(2026, 3, 29));
        assert_eq!(amsterdam_date(utc("2026-03-29T22:00:00Z")), d(2026, 3, 30));
        assert_eq!(
            amsterdam_day_start(d(2026, 3, 29)),
            utc("2026-03-28T23:00:00Z")
        );
        assert_eq!(
            amsterdam_day_start(d(2026, 3, 30)),
            utc("2026-03-29T22:00:00Z")
        );
    }

    #[test]
    fn dst_end_day_2026_10_25() {
        // Clocks go back 03:00 CEST -> 02:00 CET at 01:00Z; the day is 25 hours.
        assert_eq!(amsterdam_date(utc("2026-10-24T21:59:59Z")), d(2026, 10, 24));
        assert_eq!(amsterdam_date(utc("2026-10-24T22:00:00Z")), d(2026, 10, 25));
        assert_eq!(amsterdam_date(utc("2026-10-25T00:30:00Z")), d(2026, 10, 25));
        assert_eq!(amsterdam_date(utc("2026-10-25T01:30:00Z")), d(2026, 10, 25));
        assert_eq!(amsterdam_date(utc("2026-10-25T22:59:59Z")), d(2026, 10, 25));
        assert_eq!(amsterdam_date(utc("2026-10-25T23:00:00Z")), d(2026, 10, 26));
        assert_eq!(
            amsterdam_day_start(d(2026, 10, 25)),
            utc("2026-10-24T22:00:00Z")
        );
        assert_eq!(
            amsterdam_day_start(d(2026, 10, 26)),
            utc("2026-10-25T23:00:00Z")
        );
    }

    #[test]
    fn extremes_do_not_panic() {
        for instant in [DateTime::<Utc>::MIN_UTC, DateTime::<Utc>::MAX_UTC] {
            let date = amsterdam_date(instant);
            for kind in [PeriodKind::Month, PeriodKind::Quarter, PeriodKind::Year] {
                let p = Period::containing(kind, date);
                assert!(p.start <= date);
                let _ = (p.label(), p.start_instant(), p.end_instant());
            }
        }
        let last = Period::containing(PeriodKind::Year, NaiveDate::MAX);
        assert_eq!(last.end, NaiveDate::MAX);
    }

    #[test]
    fn serde_shape() {
        assert_eq!(
            serde_json::to_string(&PeriodKind::Quarter).unwrap(),
            "\"quarter\""
        );
        let k: PeriodKind = serde_json::from_str("\"month\"").unwrap();
        assert_eq!(k, PeriodKind::Month);
        let p = Period::containing(PeriodKind::Quarter, d(2026, 5, 5));
        assert_eq!(
            serde_json::to_string(&p).unwrap(),
            r#"{"kind":"quarter","start":"2026-04-01","end":"2026-07-01"}"#
        );
    }
}
