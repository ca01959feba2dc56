//! Money as integer euro cents.
//!
//! Amounts are never floats (API convention). Negative amounts exist for
//! compensating ledger corrections, so the type is signed.

use std::fmt;

use serde::{Deserialize, Serialize};

/// An amount in euro cents. Serialises as a bare integer.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Cents(pub i64);

impl Cents {
    /// Zero euro.
    pub const ZERO: Cents = Cents(0);

    /// Wraps a number of cents.
    pub const fn new(cents: i64) -> Self {
        Cents(cents)
    }

    /// Whole euros (`euros * 100` saturates, so absurd inputs cannot panic).
    pub const fn from_euros(euros: i64) -> Self {
        Cents(euros.saturating_mul(100))
    }

    /// The raw number of cents.
    pub const fn get(self) -> i64 {
        self.0
    }

    pub const fn is_negative(self) -> bool {
        self.0 < 0
    }

    pub const fn is_positive(self) -> bool {
        self.0 > 0
    }

    pub const fn checked_add(self, other: Cents) -> Option<Cents> {
        match self.0.checked_add(other.0) {
            Some(v) => Some(Cents(v)),
            None => None,
        }
    }

    pub const fn checked_sub(self, other: Cents) -> Option<Cents> {
        match self.0.checked_sub(other.0) {
            Some(v) => Some(Cents(v)),
            None => None,
        }
    }

    /// Saturating addition: for figures shown to people, where clamping at
    /// ±€92 quadrillion is harmless and a panic is not.
    pub const fn saturating_add(self, other: Cents) -> Cents {
        Cents(self.0.saturating_add(other.0))
    }

    pub const fn saturating_sub(self, other: Cents) -> Cents {
        Cents(self.0.saturating_sub(other.0))
    }

    /// Clamps an exact wide intermediate result back into the i64 range.
    pub(crate) fn saturating_from_i128(v: i128) -> Cents {
        // The clamp guarantees the cast is lossless.
        Cents(v.clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64)
    }

    /// Dutch notation for explanation text: `€1.820,00`, `-€35,50`.
    ///
    /// Thousands are separated by `.`, cents by `,`; the sign goes before
    /// the euro sign. Uses `unsigned_abs` so `i64::MIN` formats too.
    pub fn dutch(self) -> String {
        let abs = self.0.unsigned_abs();
        let euros = (abs / 100).to_string();
        let cents = abs % 100;

        let mut grouped = String::with_capacity(euros.len() + euros.len() / 3);
        for (i, digit) in euros.chars().enumerate() {
            if i > 0 && (euros.len() - i).is_multiple_of(3) {
                grouped.push('.');
            }
            grouped.push(digit);
        }

        let sign = if self.0 < 0 { "-" } else { "" };
        format!("{sign}€{grouped},{cents:02}")
    }
}

/// Displays in Dutch notation, the same as [`Cents::dutch`].
impl fmt::Display for Cents {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.dutch())
    }
}

impl From<i64> for Cents {
    fn from(cents: i64) -> Self {
        Cents(cents)
    }
}

impl From<Cents> for i64 {
    fn from(cents: Cents) -> Self {
        cents.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_formatting() {
        assert_eq!(Cents(0).dutch(), "€0,00");
        assert_eq!(Cents(5).dutch(), "€0,05");
        assert_eq!(Cents(35_000).dutch(), "€350,00");
        assert_eq!(Cents(100_000).dutch(), "€1.000,00");
        assert_eq!(Cents(182_000).dutch(), "€1.820,00");
        assert_eq!(Cents(99_999).dutch(), "€999,99");
        assert_eq!(Cents(123_456_789).dutch(), "€1.234.567,89");
        assert_eq!(Cents(10_000_000_000).dutch(), "€100.000.000,00");
    }

    #[test]
    fn negative_amounts_for_corrections() {
        assert_eq!(Cents(-3_550).dutch(), "-€35,50");
        assert_eq!(Cents(-1).dutch(), "-€0,01");
        assert_eq!(Cents(-182_000).to_string(), "-€1.820,00");
    }

    #[test]
    fn extremes_do_not_panic() {
        assert_eq!(Cents(i64::MAX).dutch(), "€92.233.720.368.547.758,07");
        assert_eq!(Cents(i64::MIN).dutch(), "-€92.233.720.368.547.758,08");
    }

    #[test]
    fn arithmetic_helpers() {
        assert_eq!(Cents(i64::MAX).checked_add(Cents(1)), None);
        assert_eq!(Cents(i64::MIN).checked_sub(Cents(1)), None);
        assert_eq!(Cents(2).checked_sub(Cents(5)), Some(Cents(-3)));
        assert_eq!(Cents(i64::MAX).saturating_add(Cents(1)), Cents(i64::MAX));
        assert_eq!(Cents(i64::MIN).saturating_sub(Cents(1)), Cents(i64::MIN));
        assert_eq!(Cents::from_euros(i64::MAX), Cents(i64::MAX));
        assert_eq!(Cents::from_euros(350), Cents(35_000));
        assert_eq!(Cents::saturating_from_i128(i128::MAX), Cents(i64::MAX));
        assert_eq!(Cents::saturating_from_i128(i128::MIN), Cents(i64::MIN));
        assert_eq!(Cents::saturating_from_i128(-7), Cents(-7));
    }

    #[test]
    fn serde_is_a_bare_integer() {
        assert_eq!(
            serde_json::to_string(&Cents(35_000)).ok().as_deref(),
            Some("35000")
        );
        let back: Cents = serde_json::from_str("-120").unwrap();
        assert_eq!(back, Cents(-120));
    }

    #[test]
    fn ordering_is_numeric() {
        assert!(Cents(-1) < Cents(0));
        assert_eq!(Cents(3).max(Cents(7)), Cents(7));
    }
}
