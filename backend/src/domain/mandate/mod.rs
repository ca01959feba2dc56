//! The mandate (*mandaat*) of a professional, and the mandate check (*toets*).
//!
//! Pure domain logic, no I/O and no clock: the decision date and all ledger
//! totals are inputs, so the same inputs always give the same verdict and
//! explanation (and can be replayed from a test-vector file).
//!
//! - [`money`]: [`Cents`], with Dutch notation for explanation text.
//! - [`period`]: calendar months, quarters and years in Europe/Amsterdam.
//! - [`rules`]: decision rights, thresholds and limits of one mandate version
//!   ([`MandateTerms`]), their validation, and the per-amount verdict table.
//! - [`check`]: the check itself, with one explanation line per rule or limit
//!   looked at and the remaining budgets.
//!
//! Nothing here panics for any input: amounts are i64 and every sum is
//! either checked, saturating, or done in i128.

pub mod check;
pub mod money;
pub mod period;
pub mod rules;

#[cfg(test)]
mod proptests;
#[cfg(test)]
mod vectors;

pub use check::{
    CheckInput, CheckOutcome, CheckRule, ExplanationLine, LedgerTotals, LineOutcome,
    RemainingBudgets, TeamPot, check,
};
pub use money::Cents;
pub use period::{Period, PeriodKind, amsterdam_date, period_end_instant, period_start_instant};
pub use rules::{
    CategoryRule, DecisionRight, MAX_AMOUNT, MandateTerms, TermsViolation, Verdict, may_cosign,
    validate, verdict_for_amount,
};
