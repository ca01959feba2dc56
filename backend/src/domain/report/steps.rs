//! The workflow steps the accountability export shows beside each decision: who co-signed,
//! approved or rejected, or reviewed it, and when.

use chrono::{DateTime, Utc};

use crate::domain::decision::{EventData, EventKind, ReviewOutcome};

/// Who took a workflow step, and when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    pub by: String,
    pub at: DateTime<Utc>,
}

/// The steps of one decision, read from its timeline.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Steps {
    pub cosigned: Option<Step>,
    /// The lead's answer: approved or rejected.
    pub decided: Option<(EventKind, Step)>,
    /// The lead's judgement of an urgent decision, afterwards.
    pub reviewed: Option<(ReviewOutcome, Step)>,
}

impl Steps {
    /// The events that are steps.
    pub const KINDS: [EventKind; 4] = [
        EventKind::Cosigned,
        EventKind::Approved,
        EventKind::Rejected,
        EventKind::Reviewed,
    ];

    /// Takes in one event of the decision's timeline, in order; events that are no step are
    /// passed over.
    pub fn record(&mut self, kind: EventKind, data: &EventData, step: Step) {
        match (kind, data) {
            (EventKind::Cosigned, _) => self.cosigned = Some(step),
            (EventKind::Approved | EventKind::Rejected, _) => self.decided = Some((kind, step)),
            (EventKind::Reviewed, EventData::Reviewed { outcome, .. }) => {
                self.reviewed = Some((*outcome, step));
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::decision::Status;

    fn step(by: &str, hour: u32) -> Step {
        Step {
            by: by.into(),
            at: format!("2026-03-01T{hour:02}:00:00Z").parse().unwrap(),
        }
    }

    fn moved(from: Status, to: Status) -> EventData {
        EventData::Moved { from, to }
    }

    #[test]
    fn a_cosigned_and_an_approved_decision_show_both_steps() {
        let mut steps = Steps::default();
        let cosign = moved(Status::AwaitingCosign, Status::Recorded);
        steps.record(EventKind::Cosigned, &cosign, step("Joost", 9));
        let approve = moved(Status::AwaitingApproval, Status::Approved);
        steps.record(EventKind::Approved, &approve, step("Ingrid", 11));
        assert_eq!(
            steps,
            Steps {
                cosigned: Some(step("Joost", 9)),
                decided: Some((EventKind::Approved, step("Ingrid", 11))),
                reviewed: None,
            }
        );
    }

    #[test]
    fn a_review_carries_its_outcome_and_other_events_are_no_step() {
        let mut steps = Steps::default();
        let created = EventData::Created {
            verdict: crate::domain::mandate::Verdict::OutsideMandate,
            status: Status::RecordedUrgent,
            client_verdict: None,
        };
        steps.record(EventKind::Created, &created, step("Fatima", 8));
        let review = EventData::Reviewed {
            from: Status::RecordedUrgent,
            to: Status::Reviewed,
            outcome: ReviewOutcome::NotBacked,
            learning: "Eerst bellen.".into(),
        };
        steps.record(EventKind::Reviewed, &review, step("Ingrid", 12));
        let reflection = EventData::Reflected {
            outcome: "Het hielp.".into(),
            worked: Some(true),
        };
        steps.record(EventKind::Reflected, &reflection, step("Fatima", 13));
        assert_eq!(
            steps,
            Steps {
                reviewed: Some((ReviewOutcome::NotBacked, step("Ingrid", 12))),
                ..Steps::default()
            }
        );
    }

    #[test]
    fn a_rejection_is_the_leads_answer_too() {
        let mut steps = Steps::default();
        let reject = moved(Status::AwaitingApproval, Status::Rejected);
        steps.record(EventKind::Rejected, &reject, step("Ingrid", 10));
        assert_eq!(
            steps.decided,
            Some((EventKind::Rejected, step("Ingrid", 10)))
        );
    }
}
