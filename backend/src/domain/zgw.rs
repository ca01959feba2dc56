//! ZGW Besluiten: which decisions become a *besluit* in the municipality's case system, what the
//! besluit says, and what the Besluiten API's answer means for the push. The facts are those of
//! the Besluiten API 1.x (Open Zaak): `POST /besluiten`, answered `201` with the besluit's `url`
//! or a problem whose `invalidParams` name what it refused.

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::Value;
use uuid::Uuid;

use super::decision::{EventData, Status};

/// Where a decision's push stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PushState {
    /// Not final, or its category has no besluittype in the organisation's connection.
    NotApplicable,
    /// Waiting for its (next) attempt.
    Pending,
    /// The Besluiten API answered `201`: the besluit exists.
    Pushed,
    /// Refused by the Besluiten API, or the retries ran out.
    Failed,
}

impl PushState {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::NotApplicable => "not_applicable",
            Self::Pending => "pending",
            Self::Pushed => "pushed",
            Self::Failed => "failed",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        [
            Self::NotApplicable,
            Self::Pending,
            Self::Pushed,
            Self::Failed,
        ]
        .into_iter()
        .find(|state| state.as_str() == value)
    }
}

/// A final decision is one that was carried out within the rules: recorded (within the mandate
/// or co-signed), approved, or reviewed after an urgent start. Only those become besluiten.
pub const fn is_final(status: Status) -> bool {
    matches!(
        status,
        Status::Recorded | Status::Approved | Status::Reviewed
    )
}

/// Whether this event on a decision's timeline makes it final (it happens once per decision:
/// no transition leaves a final status).
pub fn becomes_final(data: &EventData) -> bool {
    match data {
        EventData::Created { status, .. } => is_final(*status),
        EventData::Moved { from, to } | EventData::Reviewed { from, to, .. } => {
            !is_final(*from) && is_final(*to)
        }
        EventData::Corrected { .. }
        | EventData::CorrectionRequested { .. }
        | EventData::CorrectionRejected { .. }
        | EventData::Reflected { .. } => false,
    }
}

/// The besluit as `POST /besluiten` takes it. Never a client reference or any other personal
/// data of the client: the case (`zaak`) is where the municipality keeps those.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Besluit {
    /// The decision's id: sent by us, so the API never has to number it (and never collides).
    pub identificatie: String,
    pub verantwoordelijke_organisatie: String,
    pub besluittype: String,
    pub datum: NaiveDate,
    pub ingangsdatum: NaiveDate,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zaak: Option<String>,
    pub toelichting: String,
    pub bestuursorgaan: String,
}

/// What the besluit is made of.
pub struct BesluitSource<'a> {
    pub decision_id: Uuid,
    /// The day decided, in Europe/Amsterdam.
    pub decided_on: NaiveDate,
    pub case_url: Option<&'a str>,
    pub category_name: &'a str,
    pub title: &'a str,
    pub rsin: &'a str,
    pub besluittype_url: &'a str,
    pub bestuursorgaan: &'a str,
}

impl Besluit {
    pub fn of(source: &BesluitSource<'_>) -> Self {
        Self {
            identificatie: source.decision_id.to_string(),
            verantwoordelijke_organisatie: source.rsin.to_owned(),
            besluittype: source.besluittype_url.to_owned(),
            datum: source.decided_on,
            ingangsdatum: source.decided_on,
            zaak: source
                .case_url
                .map(str::trim)
                .filter(|url| !url.is_empty())
                .map(str::to_owned),
            toelichting: format!("{}: {}", source.category_name, source.title),
            bestuursorgaan: source.bestuursorgaan.to_owned(),
        }
    }
}

/// What one attempt's answer means for the push.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Pushed,
    /// The API refused the besluit itself (a 4xx other than a timeout or slow-down): sending
    /// the same again will not help, a person must look.
    Refused,
    /// A 5xx, `408`, `429`, another status, or no answer at all: try again later.
    Retry,
}

impl Outcome {
    /// `status` is `None` when no answer came.
    pub fn of(status: Option<u16>) -> Self {
        match status {
            Some(200..=299) => Self::Pushed,
            Some(408 | 429) => Self::Retry,
            Some(400..=499) => Self::Refused,
            _ => Self::Retry,
        }
    }
}

/// A refusal in one line for `lastError`: the problem's `invalidParams` (`name: reason`), else
/// its `detail` or `title`, else the status alone.
pub fn summarise_refusal(status: u16, body: &str) -> String {
    let problem: Value = serde_json::from_str(body).unwrap_or(Value::Null);
    let params: Vec<String> = problem
        .get("invalidParams")
        .and_then(Value::as_array)
        .map(|params| {
            params
                .iter()
                .map(|param| {
                    let text = |key: &str| param.get(key).and_then(Value::as_str).unwrap_or("");
                    match (text("name"), text("reason"), text("code")) {
                        (name, reason, "") => format!("{name}: {reason}"),
                        (name, reason, code) => format!("{name}: {reason} ({code})"),
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    let said = if params.is_empty() {
        ["detail", "title"]
            .iter()
            .find_map(|key| problem.get(*key).and_then(Value::as_str))
            .map(str::to_owned)
    } else {
        Some(params.join("; "))
    };
    match said {
        Some(said) => format!("{status}: {said}"),
        None => format!("the Besluiten API answered {status}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{decision::ReviewOutcome, mandate::Verdict};

    #[test]
    fn only_decisions_that_become_final_are_pushed() {
        let created = |status| EventData::Created {
            verdict: Verdict::WithinMandate,
            status,
            client_verdict: None,
        };
        assert!(becomes_final(&created(Status::Recorded)));
        assert!(!becomes_final(&created(Status::AwaitingCosign)));
        assert!(!becomes_final(&created(Status::RecordedUrgent)));
        let moved = |from, to| EventData::Moved { from, to };
        assert!(becomes_final(&moved(
            Status::AwaitingCosign,
            Status::Recorded
        )));
        assert!(becomes_final(&moved(
            Status::AwaitingApproval,
            Status::Approved
        )));
        assert!(!becomes_final(&moved(
            Status::AwaitingApproval,
            Status::Rejected
        )));
        assert!(!becomes_final(&moved(
            Status::AwaitingCosign,
            Status::Withdrawn
        )));
        assert!(becomes_final(&EventData::Reviewed {
            from: Status::RecordedUrgent,
            to: Status::Reviewed,
            outcome: ReviewOutcome::Backed,
            learning: "x".into(),
        }));
    }

    #[test]
    fn answers_decide_the_push() {
        assert_eq!(Outcome::of(Some(201)), Outcome::Pushed);
        for status in [400, 401, 403, 404, 409, 422] {
            assert_eq!(Outcome::of(Some(status)), Outcome::Refused, "{status}");
        }
        for status in [Some(408), Some(429), Some(500), Some(502), Some(301), None] {
            assert_eq!(Outcome::of(status), Outcome::Retry, "{status:?}");
        }
    }

    #[test]
    fn a_refusal_names_the_invalid_params() {
        let body = r#"{"title":"Invalid input.","invalidParams":[
            {"name":"besluittype","code":"does_not_exist","reason":"Het besluittype bestaat niet."},
            {"name":"datum","code":"invalid","reason":"Datum in de toekomst."}]}"#;
        assert_eq!(
            summarise_refusal(400, body),
            "400: besluittype: Het besluittype bestaat niet. (does_not_exist); datum: Datum in de toekomst. (invalid)"
        );
        assert_eq!(
            summarise_refusal(403, r#"{"title":"Geen rechten"}"#),
            "403: Geen rechten"
        );
        assert_eq!(
            summarise_refusal(404, "<html>"),
            "the Besluiten API answered 404"
        );
    }

    #[test]
    fn the_besluit_carries_no_client_data_and_an_empty_case_is_left_out() {
        let id = Uuid::nil();
        let besluit = Besluit::of(&BesluitSource {
            decision_id: id,
            decided_on: NaiveDate::from_ymd_opt(2026, 3, 1).unwrap_or_default(),
            case_url: Some(" "),
            category_name: "Wmo",
            title: "Traplift",
            rsin: "002220647",
            besluittype_url: "https://catalogi.test/besluittypen/1",
            bestuursorgaan: "College",
        });
        let json = serde_json::to_value(&besluit).unwrap_or_default();
        assert_eq!(json["identificatie"], id.to_string());
        assert_eq!(json["verantwoordelijkeOrganisatie"], "002220647");
        assert_eq!(json["datum"], "2026-03-01");
        assert_eq!(json["toelichting"], "Wmo: Traplift");
        assert!(json.get("zaak").is_none());
        for state in [
            PushState::NotApplicable,
            PushState::Pending,
            PushState::Pushed,
            PushState::Failed,
        ] {
            assert_eq!(PushState::parse(state.as_str()), Some(state));
        }
    }
}
