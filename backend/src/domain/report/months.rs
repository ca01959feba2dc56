//! The months a report covers, as asked in its `from` and `to` filters.

use chrono::{Datelike, Months as MonthCount, NaiveDate};

use crate::domain::invalid::Invalid;

/// At most this many months in one report: ten years.
const MOST_MONTHS: usize = 120;

/// A range of whole months, each named by its first day; both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Months {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Months {
    /// The months asked for (`YYYY-MM`), by default January of `today`'s year up to `today`'s
    /// month. Every problem is recorded in `invalid`, under the filter's name.
    pub fn asked(
        from: Option<&str>,
        to: Option<&str>,
        today: NaiveDate,
        invalid: &mut Invalid,
    ) -> Option<Self> {
        let from = match from {
            Some(value) => invalid.check("from", parse_month(value)),
            None => NaiveDate::from_ymd_opt(today.year(), 1, 1),
        };
        let to = match to {
            Some(value) => invalid.check("to", parse_month(value)),
            None => today.with_day(1),
        };
        let (from, to) = (from?, to?);
        if from > to {
            invalid.add("to", "lies before from");
            return None;
        }
        let months = Self { from, to };
        if months.list().len() > MOST_MONTHS {
            invalid.add("from", "must be at most ten years before to");
            return None;
        }
        Some(months)
    }

    /// The first days of the months, in order.
    pub fn list(&self) -> Vec<NaiveDate> {
        months_between(self.from, self.to)
    }
}

/// The first days of the months from `from` to `to`, both included.
pub fn months_between(from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
    let mut months = Vec::new();
    let mut month = from;
    while month <= to && months.len() < 1200 {
        months.push(month);
        month = match month.checked_add_months(MonthCount::new(1)) {
            Some(next) => next,
            None => break,
        };
    }
    months
}

fn parse_month(value: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(&format!("{value}-01"), "%Y-%m-%d")
        .ok()
        .filter(|_| value.len() == 7)
        .ok_or_else(|| "must be a month as YYYY-MM".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn asked(from: Option<&str>, to: Option<&str>) -> Result<Months, Vec<String>> {
        let mut invalid = Invalid::new();
        let months = Months::asked(from, to, day(2026, 5, 17), &mut invalid);
        match invalid.finish() {
            Ok(()) => Ok(months.expect("months without problems")),
            Err(errors) => {
                assert!(months.is_none());
                Err(errors.into_iter().map(|e| e.field).collect())
            }
        }
    }

    #[test]
    fn by_default_a_report_covers_this_year_up_to_this_month() {
        assert_eq!(
            asked(None, None),
            Ok(Months {
                from: day(2026, 1, 1),
                to: day(2026, 5, 1)
            })
        );
        assert_eq!(asked(Some("2025-11"), None).map(|m| m.list().len()), Ok(7));
    }

    #[test]
    fn every_bad_month_is_named_at_once() {
        assert_eq!(
            asked(Some("2026-13"), Some("2026-1")),
            Err(vec!["from".into(), "to".into()])
        );
        assert_eq!(asked(Some("2026-06-01"), None), Err(vec!["from".into()]));
        assert_eq!(
            asked(Some("2026-06"), Some("2026-01")),
            Err(vec!["to".into()])
        );
        assert_eq!(
            asked(Some("2016-01"), Some("2026-01")),
            Err(vec!["from".into()])
        );
        assert!(asked(Some("2016-02"), Some("2026-01")).is_ok());
    }

    #[test]
    fn months_between_includes_both_ends_across_a_year() {
        let from = day(2025, 11, 1);
        let to = day(2026, 2, 1);
        assert_eq!(months_between(from, to).len(), 4);
        assert!(months_between(to, from).is_empty());
    }
}
