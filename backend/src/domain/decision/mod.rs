//! The life of a custom decision (*maatwerkbeslissing*): its first status from the verdict, the
//! transitions a decision may make, and what each does to the budget ledger. Pure: who may do it
//! is the service's concern, whether it may happen at all is decided here.
//!
//! - [`draft`]: a decision as sent, and the validated [`NewDecision`] it becomes;
//! - [`event`]: what happens to a decision, as its timeline records it;
//! - [`correction`]: a final decision's actual amount, checked when it raises it;
//! - [`reflection`]: when the author is asked how it worked out.

pub mod correction;
mod draft;
mod event;
pub mod reflection;

pub use correction::CorrectionState;
pub use draft::{CategoryState, Draft, DraftContext, NewDecision};
pub use event::{EventData, EventKind, ReflectionResult, ReviewOutcome};

use super::{ledger::Entry, mandate::Verdict};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Final at once: within the mandate, or co-signed.
    Recorded,
    AwaitingCosign,
    AwaitingApproval,
    /// Carried out beyond the mandate because it could not wait; waits for a review.
    RecordedUrgent,
    Approved,
    Rejected,
    Withdrawn,
    Reviewed,
}

impl Status {
    pub const ALL: [Status; 8] = [
        Status::Recorded,
        Status::AwaitingCosign,
        Status::AwaitingApproval,
        Status::RecordedUrgent,
        Status::Approved,
        Status::Rejected,
        Status::Withdrawn,
        Status::Reviewed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Recorded => "recorded",
            Status::AwaitingCosign => "awaiting_cosign",
            Status::AwaitingApproval => "awaiting_approval",
            Status::RecordedUrgent => "recorded_urgent",
            Status::Approved => "approved",
            Status::Rejected => "rejected",
            Status::Withdrawn => "withdrawn",
            Status::Reviewed => "reviewed",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Status::ALL.into_iter().find(|s| s.as_str() == value)
    }
}

/// What the decision's amount is in the ledger.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Booking {
    /// Held while waiting for a co-sign or approval.
    Reserve,
    /// Spent.
    Commit,
}

/// What a transition does to the ledger.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LedgerEffect {
    None,
    /// The reservation becomes a commitment.
    CommitReservation,
    /// The reservation is released.
    ReleaseReservation,
}

/// The first status, from the verdict at logging time.
///
/// - `urgent`: carried out already; anything but within-mandate waits for a review.
/// - `client_verdict`: what the phone showed offline. When it showed within-mandate but the
///   budget was used up meanwhile by others, the decision already happened at the kitchen table:
///   it is recorded as urgent for a review, never refused.
pub fn initial_status(verdict: Verdict, urgent: bool, client_verdict: Option<Verdict>) -> Status {
    let shown_within_offline = client_verdict == Some(Verdict::WithinMandate);
    match verdict {
        Verdict::WithinMandate => Status::Recorded,
        _ if urgent || shown_within_offline => Status::RecordedUrgent,
        Verdict::NeedsFourEyes => Status::AwaitingCosign,
        Verdict::NeedsApproval | Verdict::OutsideMandate => Status::AwaitingApproval,
    }
}

impl Booking {
    /// The ledger entries that book an amount this way.
    pub fn entries(self, amount_cents: i64) -> Vec<Entry> {
        match self {
            Booking::Reserve => vec![Entry::reservation(amount_cents)],
            Booking::Commit => vec![Entry::commitment(amount_cents)],
        }
    }
}

impl LedgerEffect {
    /// The ledger entries that move a decision's reservation of `amount_cents`.
    pub fn entries(self, amount_cents: i64) -> Vec<Entry> {
        match self {
            LedgerEffect::None => Vec::new(),
            LedgerEffect::CommitReservation => vec![
                Entry::release(amount_cents),
                Entry::commitment(amount_cents),
            ],
            LedgerEffect::ReleaseReservation => vec![Entry::release(amount_cents)],
        }
    }
}

pub fn initial_booking(status: Status) -> Booking {
    if matches!(status, Status::AwaitingCosign | Status::AwaitingApproval) {
        Booking::Reserve
    } else {
        Booking::Commit
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Transition {
    Cosign,
    Approve,
    Reject,
    Withdraw,
    Review,
}

impl Transition {
    /// The event that records the transition.
    pub fn event(self) -> EventKind {
        match self {
            Transition::Cosign => EventKind::Cosigned,
            Transition::Approve => EventKind::Approved,
            Transition::Reject => EventKind::Rejected,
            Transition::Withdraw => EventKind::Withdrawn,
            Transition::Review => EventKind::Reviewed,
        }
    }
}

/// The status after `transition` and its effect on the ledger, or why it cannot happen.
pub fn transition(from: Status, transition: Transition) -> Result<(Status, LedgerEffect), String> {
    use LedgerEffect::*;
    use Status::*;
    match (from, transition) {
        (AwaitingCosign, Transition::Cosign) => Ok((Recorded, CommitReservation)),
        // A lead may also decide on a decision that waits for a co-signer.
        (AwaitingApproval | AwaitingCosign, Transition::Approve) => {
            Ok((Approved, CommitReservation))
        }
        (AwaitingApproval | AwaitingCosign, Transition::Reject) => {
            Ok((Rejected, ReleaseReservation))
        }
        (AwaitingApproval | AwaitingCosign, Transition::Withdraw) => {
            Ok((Withdrawn, ReleaseReservation))
        }
        (RecordedUrgent, Transition::Review) => Ok((Reviewed, None)),
        (from, transition) => Err(format!(
            "a decision that is {} cannot be {}",
            from.as_str().replace('_', " "),
            transition.event().as_str()
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_status_follows_the_verdict_table() {
        assert_eq!(
            initial_status(Verdict::WithinMandate, false, None),
            Status::Recorded
        );
        assert_eq!(
            initial_status(Verdict::NeedsFourEyes, false, None),
            Status::AwaitingCosign
        );
        assert_eq!(
            initial_status(Verdict::NeedsApproval, false, None),
            Status::AwaitingApproval
        );
        assert_eq!(
            initial_status(Verdict::OutsideMandate, false, None),
            Status::AwaitingApproval
        );
    }

    #[test]
    fn urgent_decisions_beyond_the_mandate_wait_for_a_review() {
        assert_eq!(
            initial_status(Verdict::WithinMandate, true, None),
            Status::Recorded
        );
        for verdict in [
            Verdict::NeedsFourEyes,
            Verdict::NeedsApproval,
            Verdict::OutsideMandate,
        ] {
            assert_eq!(initial_status(verdict, true, None), Status::RecordedUrgent);
        }
    }

    #[test]
    fn an_offline_within_mandate_that_no_longer_fits_is_recorded_for_review() {
        assert_eq!(
            initial_status(Verdict::NeedsApproval, false, Some(Verdict::WithinMandate)),
            Status::RecordedUrgent
        );
        assert_eq!(
            initial_status(Verdict::NeedsApproval, false, Some(Verdict::NeedsApproval)),
            Status::AwaitingApproval
        );
        assert_eq!(
            initial_status(Verdict::WithinMandate, false, Some(Verdict::WithinMandate)),
            Status::Recorded
        );
    }

    #[test]
    fn waiting_decisions_reserve_and_final_ones_commit() {
        assert_eq!(initial_booking(Status::AwaitingCosign), Booking::Reserve);
        assert_eq!(initial_booking(Status::AwaitingApproval), Booking::Reserve);
        assert_eq!(initial_booking(Status::Recorded), Booking::Commit);
        assert_eq!(initial_booking(Status::RecordedUrgent), Booking::Commit);
    }

    #[test]
    fn transitions_move_the_reservation() {
        assert_eq!(
            transition(Status::AwaitingCosign, Transition::Cosign),
            Ok((Status::Recorded, LedgerEffect::CommitReservation))
        );
        assert_eq!(
            transition(Status::AwaitingApproval, Transition::Approve),
            Ok((Status::Approved, LedgerEffect::CommitReservation))
        );
        assert_eq!(
            transition(Status::AwaitingApproval, Transition::Reject),
            Ok((Status::Rejected, LedgerEffect::ReleaseReservation))
        );
        assert_eq!(
            transition(Status::AwaitingCosign, Transition::Withdraw),
            Ok((Status::Withdrawn, LedgerEffect::ReleaseReservation))
        );
        assert_eq!(
            transition(Status::RecordedUrgent, Transition::Review),
            Ok((Status::Reviewed, LedgerEffect::None))
        );
    }

    #[test]
    fn impossible_transitions_are_refused_with_a_reason() {
        for status in [
            Status::Recorded,
            Status::Approved,
            Status::Rejected,
            Status::Withdrawn,
            Status::Reviewed,
        ] {
            for t in [
                Transition::Cosign,
                Transition::Approve,
                Transition::Reject,
                Transition::Withdraw,
                Transition::Review,
            ] {
                assert!(transition(status, t).is_err(), "{status:?} → {t:?}");
            }
        }
        assert!(transition(Status::AwaitingApproval, Transition::Cosign).is_err());
        assert!(transition(Status::RecordedUrgent, Transition::Approve).is_err());
        assert_eq!(
            transition(Status::Approved, Transition::Approve).unwrap_err(),
            "a decision that is approved cannot be approved"
        );
    }

    #[test]
    fn statuses_round_trip_their_wire_names() {
        for status in Status::ALL {
            assert_eq!(Status::parse(status.as_str()), Some(status));
        }
        assert_eq!(Status::parse("lost"), None);
    }
}
