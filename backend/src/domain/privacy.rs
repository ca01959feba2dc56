//! The client's privacy (AVG): what erasure leaves of a decision and when retention erases it.
//! A decision's personal fields (the client reference and the free texts) are replaced; its
//! amounts, verdict, status, dates and the regulation it deviated from stay, because the
//! municipality must still account for the spending.

use chrono::{Datelike, NaiveDate};
use uuid::Uuid;

/// Years after which a decision's personal fields are erased, unless the organisation sets
/// another period.
pub const DEFAULT_RETENTION_YEARS: i32 = 7;

/// What an erased free text reads.
pub const ERASED_TEXT: &str = "[gewist]";

/// The retention periods an organisation may set: at least the year a decision can still be
/// logged late, at most fifty.
pub fn retention_years(years: i64) -> Result<i32, String> {
    match i32::try_from(years) {
        Ok(years @ 1..=50) => Ok(years),
        _ => Err("must be a whole number of years from 1 to 50".into()),
    }
}

/// Decisions taken before this day are past their retention on `today`.
pub fn retention_cutoff(today: NaiveDate, years: i32) -> NaiveDate {
    let year = today.year() - years;
    // 29 February of a leap year falls back to 28 February.
    NaiveDate::from_ymd_opt(year, today.month(), today.day())
        .or_else(|| NaiveDate::from_ymd_opt(year, today.month(), 28))
        .unwrap_or(NaiveDate::MIN)
}

/// The client reference an erased client's decisions get: unique per erasure, so that the
/// erased decisions keep their bookings together without pointing at anyone.
pub fn erased_client_ref(nonce: Uuid) -> String {
    format!("gewist-{}", &nonce.simple().to_string()[..16])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cutoff_is_the_same_day_years_earlier() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        assert_eq!(
            retention_cutoff(today, 7),
            NaiveDate::from_ymd_opt(2019, 12, 3).unwrap()
        );
        let leap = NaiveDate::from_ymd_opt(2028, 2, 29).unwrap();
        assert_eq!(
            retention_cutoff(leap, 1),
            NaiveDate::from_ymd_opt(2027, 2, 28).unwrap()
        );
    }

    #[test]
    fn retention_is_one_to_fifty_years() {
        assert_eq!(retention_years(7), Ok(7));
        assert!(retention_years(0).is_err());
        assert!(retention_years(51).is_err());
        assert!(retention_years(i64::MAX).is_err());
    }

    #[test]
    fn an_erased_reference_is_a_valid_reference_of_no_one() {
        let reference = erased_client_ref(Uuid::from_u128(0x1234_5678_9abc_def0));
        assert!(reference.starts_with("gewist-"));
        assert!(crate::domain::client_ref::ClientRef::parse(&reference).is_ok());
    }
}
