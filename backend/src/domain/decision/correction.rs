//! Correcting the amount of a final decision: the actual cost turned out different (the washing
//! machine cost €280, not €320). Lowering it is booked at once. Raising it is checked like a new
//! decision for the difference: within the mandate it is booked at once too; otherwise it waits
//! for a lead's approval, holding the difference as a reservation, so nobody can carry a €1
//! decision to €50,000 past the mandate by correcting it.

use super::Status;
use crate::domain::{ledger::Entry, mandate::Verdict};

/// Where a correction stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CorrectionState {
    /// Booked at once (lower, or within the mandate).
    Applied,
    /// Waits for a lead; the difference is reserved.
    Pending,
    Approved,
    Rejected,
}

impl CorrectionState {
    pub const ALL: [CorrectionState; 4] = [
        CorrectionState::Applied,
        CorrectionState::Pending,
        CorrectionState::Approved,
        CorrectionState::Rejected,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            CorrectionState::Applied => "applied",
            CorrectionState::Pending => "pending",
            CorrectionState::Approved => "approved",
            CorrectionState::Rejected => "rejected",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|state| state.as_str() == value)
    }
}

/// Whether a decision in `status` holds an amount that can be corrected.
pub fn may_correct(status: Status) -> Result<(), String> {
    match status {
        Status::Recorded | Status::Approved | Status::RecordedUrgent | Status::Reviewed => Ok(()),
        Status::AwaitingCosign | Status::AwaitingApproval => {
            Err("a waiting decision cannot be corrected: withdraw it and log it again".into())
        }
        Status::Rejected | Status::Withdrawn => {
            Err("a rejected or withdrawn decision holds no budget to correct".into())
        }
    }
}

/// How a correction of `delta_cents` goes, given the verdict of the difference (checked only
/// when it raises the amount).
pub fn first_state(delta_cents: i64, verdict_of_difference: Option<Verdict>) -> CorrectionState {
    match verdict_of_difference {
        _ if delta_cents <= 0 => CorrectionState::Applied,
        Some(Verdict::WithinMandate) => CorrectionState::Applied,
        _ => CorrectionState::Pending,
    }
}

/// The ledger entries that take a correction of `delta_cents` into `state`.
pub fn entries(state: CorrectionState, delta_cents: i64) -> Vec<Entry> {
    match state {
        CorrectionState::Applied => vec![Entry::correction(delta_cents)],
        CorrectionState::Pending => vec![Entry::reservation(delta_cents)],
        CorrectionState::Approved => {
            vec![Entry::release(delta_cents), Entry::correction(delta_cents)]
        }
        CorrectionState::Rejected => vec![Entry::release(delta_cents)],
    }
}

/// A lead's decision on a waiting correction.
pub fn decide(state: CorrectionState, approve: bool) -> Result<CorrectionState, String> {
    match state {
        CorrectionState::Pending if approve => Ok(CorrectionState::Approved),
        CorrectionState::Pending => Ok(CorrectionState::Rejected),
        other => Err(format!(
            "this correction is {} already, not waiting",
            other.as_str()
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ledger::{Sums, total_effect};

    #[test]
    fn lowering_and_raising_within_the_mandate_apply_at_once() {
        assert_eq!(first_state(-4_000, None), CorrectionState::Applied);
        assert_eq!(
            first_state(4_000, Some(Verdict::WithinMandate)),
            CorrectionState::Applied
        );
        for verdict in [
            Verdict::NeedsFourEyes,
            Verdict::NeedsApproval,
            Verdict::OutsideMandate,
        ] {
            assert_eq!(first_state(4_000, Some(verdict)), CorrectionState::Pending);
        }
        assert_eq!(
            first_state(4_000, None),
            CorrectionState::Pending,
            "an unchecked raise never applies itself"
        );
    }

    #[test]
    fn a_waiting_raise_reserves_and_its_outcome_commits_or_releases() {
        let requested = entries(CorrectionState::Pending, 5_000);
        let mut approved = requested.clone();
        approved.extend(entries(CorrectionState::Approved, 5_000));
        assert_eq!(
            total_effect(&approved),
            Sums {
                reserved: 0,
                committed: 5_000
            }
        );
        let mut rejected = requested;
        rejected.extend(entries(CorrectionState::Rejected, 5_000));
        assert_eq!(total_effect(&rejected), Sums::default());
    }

    #[test]
    fn only_a_waiting_correction_is_decided() {
        assert_eq!(
            decide(CorrectionState::Pending, true),
            Ok(CorrectionState::Approved)
        );
        assert_eq!(
            decide(CorrectionState::Pending, false),
            Ok(CorrectionState::Rejected)
        );
        assert!(decide(CorrectionState::Applied, true).is_err());
        assert!(decide(CorrectionState::Rejected, true).is_err());
    }

    #[test]
    fn only_final_decisions_are_corrected() {
        assert!(may_correct(Status::Recorded).is_ok());
        assert!(may_correct(Status::Reviewed).is_ok());
        assert!(may_correct(Status::AwaitingApproval).is_err());
        assert!(may_correct(Status::Withdrawn).is_err());
    }

    #[test]
    fn states_round_trip_their_names() {
        for state in CorrectionState::ALL {
            assert_eq!(CorrectionState::parse(state.as_str()), Some(state));
        }
    }
}
