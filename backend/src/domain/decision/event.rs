//! What happens to a decision, as its timeline (and the reports' step counts) record it.

use serde::{Deserialize, Serialize};

use super::Status;
use crate::domain::mandate::Verdict;

/// The kinds of event on a decision's timeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EventKind {
    Created,
    /// A second competent colleague co-signed (*vier ogen*).
    Cosigned,
    Approved,
    Rejected,
    Withdrawn,
    /// A lead reviewed an urgent decision: backed or not, with a learning.
    Reviewed,
    /// The author's later account of how it worked out (*evaluatie*).
    Reflected,
    /// The actual amount of a final decision was booked.
    Corrected,
    /// A raise of the amount beyond the mandate waits for a lead.
    CorrectionRequested,
    /// A lead refused a waiting raise; the decision keeps its amount.
    CorrectionRejected,
}

impl EventKind {
    pub const ALL: [EventKind; 10] = [
        EventKind::Created,
        EventKind::Cosigned,
        EventKind::Approved,
        EventKind::Rejected,
        EventKind::Withdrawn,
        EventKind::Reviewed,
        EventKind::Reflected,
        EventKind::Corrected,
        EventKind::CorrectionRequested,
        EventKind::CorrectionRejected,
    ];

    /// The stored and wire name.
    pub const fn as_str(self) -> &'static str {
        match self {
            EventKind::Created => "created",
            EventKind::Cosigned => "cosigned",
            EventKind::Approved => "approved",
            EventKind::Rejected => "rejected",
            EventKind::Withdrawn => "withdrawn",
            EventKind::Reviewed => "reviewed",
            EventKind::Reflected => "reflected",
            EventKind::Corrected => "corrected",
            EventKind::CorrectionRequested => "correction_requested",
            EventKind::CorrectionRejected => "correction_rejected",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.as_str() == value)
    }

    /// The steps whose speed the turnaround report shows, counted by the hours they took.
    pub const fn is_timed(self) -> bool {
        matches!(
            self,
            EventKind::Cosigned | EventKind::Approved | EventKind::Rejected | EventKind::Reviewed
        )
    }
}

/// How a lead judged an urgent decision afterwards.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewOutcome {
    /// The lead stands behind it (*rugdekking*).
    Backed,
    NotBacked,
}

impl ReviewOutcome {
    pub const fn as_str(self) -> &'static str {
        match self {
            ReviewOutcome::Backed => "backed",
            ReviewOutcome::NotBacked => "not_backed",
        }
    }
}

/// Whether a reflected decision worked out, as the reports count it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReflectionResult {
    Worked,
    DidNotWork,
    /// The author did not say.
    Unknown,
}

impl ReflectionResult {
    pub fn of(worked: Option<bool>) -> Self {
        match worked {
            Some(true) => ReflectionResult::Worked,
            Some(false) => ReflectionResult::DidNotWork,
            None => ReflectionResult::Unknown,
        }
    }

    /// The step outcome the reports count (empty when unknown).
    pub const fn as_str(self) -> &'static str {
        match self {
            ReflectionResult::Worked => "worked",
            ReflectionResult::DidNotWork => "did_not_work",
            ReflectionResult::Unknown => "",
        }
    }
}

/// What an event carries, by kind. Stored as JSON beside the event's kind; read back strictly,
/// variant by variant (the most specific first), so a record that fits none fails the read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum EventData {
    /// `created`: the verdict at logging, the first status and what the phone showed offline.
    Created {
        verdict: Verdict,
        status: Status,
        #[serde(rename = "clientVerdict")]
        client_verdict: Option<Verdict>,
    },
    /// `reviewed`: the status change with the lead's judgement and learning.
    Reviewed {
        from: Status,
        to: Status,
        outcome: ReviewOutcome,
        learning: String,
    },
    /// `cosigned`, `approved`, `rejected`, `withdrawn`: the status change.
    Moved { from: Status, to: Status },
    /// `correction_requested`: a raise that waits for a lead, with the verdict of the difference.
    CorrectionRequested {
        #[serde(rename = "fromCents")]
        from_cents: i64,
        #[serde(rename = "toCents")]
        to_cents: i64,
        reason: String,
        verdict: Verdict,
        #[serde(rename = "correctionId")]
        correction_id: uuid::Uuid,
    },
    /// `corrected`: the committed amount before and after, and why.
    Corrected {
        #[serde(rename = "fromCents")]
        from_cents: i64,
        #[serde(rename = "toCents")]
        to_cents: i64,
        reason: String,
    },
    /// `correction_rejected`: a waiting raise refused; the amount stays `fromCents`.
    CorrectionRejected {
        #[serde(rename = "fromCents")]
        from_cents: i64,
        #[serde(rename = "toCents")]
        to_cents: i64,
        #[serde(rename = "correctionId")]
        correction_id: uuid::Uuid,
    },
    /// `reflected`: how it worked out.
    Reflected {
        outcome: String,
        worked: Option<bool>,
    },
}

impl EventData {
    /// The same data with the free texts the professional or the lead wrote replaced: what
    /// erasure leaves (statuses, verdicts, amounts and outcomes stay).
    pub fn erased(self) -> Self {
        let erased = || crate::domain::privacy::ERASED_TEXT.to_owned();
        match self {
            EventData::Reviewed {
                from, to, outcome, ..
            } => EventData::Reviewed {
                from,
                to,
                outcome,
                learning: erased(),
            },
            EventData::CorrectionRequested {
                from_cents,
                to_cents,
                verdict,
                correction_id,
                ..
            } => EventData::CorrectionRequested {
                from_cents,
                to_cents,
                reason: erased(),
                verdict,
                correction_id,
            },
            EventData::Corrected {
                from_cents,
                to_cents,
                ..
            } => EventData::Corrected {
                from_cents,
                to_cents,
                reason: erased(),
            },
            EventData::Reflected { worked, .. } => EventData::Reflected {
                outcome: erased(),
                worked,
            },
            data @ (EventData::Created { .. }
            | EventData::Moved { .. }
            | EventData::CorrectionRejected { .. }) => data,
        }
    }
}

impl Serialize for Status {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Status {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = String::deserialize(deserializer)?;
        Status::parse(&name)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown status {name:?}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(data: &EventData) -> EventData {
        serde_json::from_str(&serde_json::to_string(data).expect("json")).expect("parses back")
    }

    #[test]
    fn every_kind_of_data_reads_back_as_itself() {
        for data in [
            EventData::Created {
                verdict: Verdict::NeedsApproval,
                status: Status::AwaitingApproval,
                client_verdict: None,
            },
            EventData::Reviewed {
                from: Status::RecordedUrgent,
                to: Status::Reviewed,
                outcome: ReviewOutcome::NotBacked,
                learning: "Eerst bellen.".into(),
            },
            EventData::Moved {
                from: Status::AwaitingCosign,
                to: Status::Recorded,
            },
            EventData::Corrected {
                from_cents: 32_000,
                to_cents: 28_000,
                reason: "Factuur lager".into(),
            },
            EventData::Reflected {
                outcome: "Huisuitzetting voorkomen.".into(),
                worked: Some(true),
            },
            EventData::CorrectionRequested {
                from_cents: 100,
                to_cents: 5_000_000,
                reason: "Toch een nieuwe wasmachine".into(),
                verdict: Verdict::OutsideMandate,
                correction_id: uuid::Uuid::from_u128(3),
            },
            EventData::CorrectionRejected {
                from_cents: 100,
                to_cents: 5_000_000,
                correction_id: uuid::Uuid::from_u128(3),
            },
        ] {
            assert_eq!(round_trip(&data), data);
        }
    }

    #[test]
    fn the_wire_shape_keeps_its_field_names() {
        let created = EventData::Created {
            verdict: Verdict::WithinMandate,
            status: Status::Recorded,
            client_verdict: Some(Verdict::WithinMandate),
        };
        assert_eq!(
            serde_json::to_value(&created).expect("json"),
            serde_json::json!({"verdict": "within_mandate", "status": "recorded", "clientVerdict": "within_mandate"})
        );
    }

    #[test]
    fn data_that_fits_no_kind_is_refused() {
        assert!(serde_json::from_str::<EventData>(r#"{"to":"recorded"}"#).is_err());
        assert!(serde_json::from_str::<EventData>(r#"{"from":"lost","to":"recorded"}"#).is_err());
    }

    #[test]
    fn erasure_keeps_outcomes_and_amounts_but_no_written_text() {
        let review = EventData::Reviewed {
            from: Status::RecordedUrgent,
            to: Status::Reviewed,
            outcome: ReviewOutcome::Backed,
            learning: "Mevrouw J. belde huilend op.".into(),
        };
        assert_eq!(
            review.erased(),
            EventData::Reviewed {
                from: Status::RecordedUrgent,
                to: Status::Reviewed,
                outcome: ReviewOutcome::Backed,
                learning: "[gewist]".into(),
            }
        );
        let reflection = EventData::Reflected {
            outcome: "Gezin woont nog op Kerkstraat 4.".into(),
            worked: Some(true),
        };
        let text = serde_json::to_string(&reflection.erased()).expect("json");
        assert!(!text.contains("Kerkstraat") && text.contains("true"));
    }

    #[test]
    fn kinds_round_trip_their_names() {
        for kind in EventKind::ALL {
            assert_eq!(EventKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(EventKind::parse("co-signed"), None);
    }
}
