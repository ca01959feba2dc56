//! Webhooks (Standard Webhooks): which events there are, the state of a delivery, how it is
//! signed, when it is tried again, and which destinations may never be called.

pub mod address;
pub mod retry;
pub mod signature;
pub mod threshold;

use crate::domain::decision::EventKind;

/// The events a subscription can ask for, by their wire names.
pub const EVENT_TYPES: [&str; 10] = [
    "decision.created",
    "decision.cosigned",
    "decision.approved",
    "decision.rejected",
    "decision.withdrawn",
    "decision.reviewed",
    "decision.corrected",
    "mandate.version_created",
    "budget.threshold_reached",
    "ping",
];

pub const PING: &str = "ping";
pub const MANDATE_VERSION_CREATED: &str = "mandate.version_created";
pub const BUDGET_THRESHOLD_REACHED: &str = "budget.threshold_reached";

/// The webhook event a step on a decision's timeline is announced as; a reflection or a raise
/// still waiting for a lead announces nothing (the raise is announced once it is booked, as
/// `decision.corrected`).
pub const fn decision_event_type(kind: EventKind) -> Option<&'static str> {
    match kind {
        EventKind::Created => Some("decision.created"),
        EventKind::Cosigned => Some("decision.cosigned"),
        EventKind::Approved => Some("decision.approved"),
        EventKind::Rejected => Some("decision.rejected"),
        EventKind::Withdrawn => Some("decision.withdrawn"),
        EventKind::Reviewed => Some("decision.reviewed"),
        EventKind::Corrected => Some("decision.corrected"),
        EventKind::Reflected | EventKind::CorrectionRequested | EventKind::CorrectionRejected => {
            None
        }
    }
}

/// Whether a subscription asking for `wanted` receives events of `event_type`. A `ping` is
/// sent to one subscription on request, whatever it asked for.
pub fn subscribed(wanted: &[String], event_type: &str) -> bool {
    event_type == PING || wanted.iter().any(|w| w == event_type)
}

/// Where one delivery stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeliveryState {
    /// Not yet answered with a 2xx; tried again at its next attempt.
    Pending,
    Delivered,
    /// Given up: the retries ran out, the receiver answered `410 Gone`, or its subscription
    /// was switched off.
    Failed,
}

impl DeliveryState {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Delivered => "delivered",
            Self::Failed => "failed",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        [Self::Pending, Self::Delivered, Self::Failed]
            .into_iter()
            .find(|state| state.as_str() == value)
    }
}

/// What one attempt's answer means for the delivery.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Delivered,
    /// `410 Gone`: the receiver asks never to be called again.
    Gone,
    /// Anything else (another status, no answer, a timeout): try again later.
    Retry,
}

impl Outcome {
    /// `status` is `None` when no answer came.
    pub fn of(status: Option<u16>) -> Self {
        match status {
            Some(200..=299) => Self::Delivered,
            Some(410) => Self::Gone,
            _ => Self::Retry,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_2xx_delivers_and_410_is_gone() {
        assert_eq!(Outcome::of(Some(200)), Outcome::Delivered);
        assert_eq!(Outcome::of(Some(204)), Outcome::Delivered);
        assert_eq!(Outcome::of(Some(299)), Outcome::Delivered);
        assert_eq!(Outcome::of(Some(410)), Outcome::Gone);
        for status in [Some(301), Some(400), Some(404), Some(429), Some(500), None] {
            assert_eq!(Outcome::of(status), Outcome::Retry, "{status:?}");
        }
    }

    #[test]
    fn every_decision_change_has_an_event_type() {
        for kind in EventKind::ALL {
            if let Some(name) = decision_event_type(kind) {
                assert!(EVENT_TYPES.contains(&name), "{name}");
            }
        }
        assert!(subscribed(&["decision.created".into()], "decision.created"));
        assert!(!subscribed(
            &["decision.created".into()],
            "decision.approved"
        ));
        assert!(subscribed(&[], PING));
    }

    #[test]
    fn states_read_back() {
        for state in [
            DeliveryState::Pending,
            DeliveryState::Delivered,
            DeliveryState::Failed,
        ] {
            assert_eq!(DeliveryState::parse(state.as_str()), Some(state));
        }
        assert_eq!(DeliveryState::parse("sent"), None);
    }
}
