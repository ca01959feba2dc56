//! A decision as the professional sent it ([`Draft`]), and the one validated value it becomes
//! ([`NewDecision`]), which is what is checked, stored and booked.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use uuid::Uuid;

use crate::domain::{
    bsn,
    client_ref::ClientRef,
    invalid::Invalid,
    mandate::{Cents, MAX_AMOUNT, Verdict, amsterdam_date},
    text,
};

/// A phone's clock may run this far ahead of the server's.
const CLOCK_SKEW: Duration = Duration::minutes(5);
/// How far back a decision may be logged (a phone that was offline for a long time).
const MAX_AGE: Duration = Duration::days(366);

/// The fields of a decision as sent, not yet validated.
#[derive(Clone, Debug)]
pub struct Draft {
    /// Made on the phone when the decision was taken, so an offline decision has its identity
    /// before it reaches the server.
    pub id: Option<Uuid>,
    pub category_id: Uuid,
    pub team_id: Option<Uuid>,
    pub client_ref: String,
    pub amount_cents: i64,
    pub title: String,
    pub situation: String,
    pub solution: String,
    pub rationale: String,
    pub deviates_from: Option<String>,
    pub decided_at: DateTime<Utc>,
    pub urgent: bool,
    pub case_url: Option<String>,
    /// The provisional verdict the phone showed offline, as sent.
    pub client_verdict: Option<String>,
}

/// Whether the draft's category may take new decisions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CategoryState {
    Active,
    /// Kept for the decisions it has, closed for new ones.
    Inactive,
    /// Not a category of the organisation.
    Unknown,
}

/// What a draft is validated against.
pub struct DraftContext<'a> {
    pub now: DateTime<Utc>,
    pub category: CategoryState,
    /// The teams of the professional logging it.
    pub teams: &'a [Uuid],
    /// The id the decision gets when the phone sent none.
    pub fresh_id: Uuid,
}

/// A decision with every field valid: what is checked against the mandate, stored and booked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewDecision {
    pub id: Uuid,
    pub category_id: Uuid,
    /// The team it is for, when the professional chose one.
    pub team_id: Option<Uuid>,
    pub client_ref: ClientRef,
    pub amount: Cents,
    pub title: String,
    pub situation: String,
    pub solution: String,
    pub rationale: String,
    pub deviates_from: Option<String>,
    pub decided_at: DateTime<Utc>,
    /// The Amsterdam date of `decided_at`: it decides the mandate version and the periods.
    pub decided_on: NaiveDate,
    pub urgent: bool,
    pub case_url: Option<String>,
    pub client_verdict: Option<Verdict>,
}

impl Draft {
    /// The validated decision, or every invalid field at once (added to `invalid`, which may
    /// already hold problems found while reading the request).
    pub fn validate(
        self,
        context: &DraftContext<'_>,
        invalid: &mut Invalid,
    ) -> Option<NewDecision> {
        let client_verdict = invalid.check(
            "clientVerdict",
            optional(self.client_verdict.as_deref(), |value| {
                Verdict::parse(value).ok_or_else(|| "is not a verdict".to_owned())
            }),
        );
        // Free text may describe the client, but never hold a BSN.
        let title = invalid.check(
            "title",
            text::required_line(&self.title, 200).and_then(without_bsn),
        );
        let situation = invalid.check(
            "situation",
            required_text(&self.situation).and_then(without_bsn),
        );
        let solution = invalid.check(
            "solution",
            required_text(&self.solution).and_then(without_bsn),
        );
        let rationale = invalid.check(
            "rationale",
            required_text(&self.rationale).and_then(without_bsn),
        );
        let deviates_from = invalid.check(
            "deviatesFrom",
            optional(self.deviates_from.as_deref(), |rule| {
                text::required_line(rule, 500).and_then(without_bsn)
            }),
        );
        let case_url = invalid.check("caseUrl", optional(self.case_url.as_deref(), case_url));
        let client_ref = invalid.check("clientRef", ClientRef::parse(&self.client_ref));
        let amount = invalid.check("amountCents", amount(self.amount_cents));
        match context.category {
            CategoryState::Active => {}
            CategoryState::Inactive => {
                invalid.add("categoryId", "is no longer in use for new decisions");
            }
            CategoryState::Unknown => {
                invalid.add("categoryId", "is not a category of this organisation");
            }
        }
        if self.decided_at > context.now + CLOCK_SKEW {
            invalid.add("decidedAt", "lies in the future");
        } else if self.decided_at < context.now - MAX_AGE {
            invalid.add("decidedAt", "is more than a year ago");
        }
        if let Some(team) = self.team_id
            && !context.teams.contains(&team)
        {
            invalid.add("teamId", "is not one of your teams");
        }
        if !invalid.is_empty() {
            return None;
        }
        Some(NewDecision {
            id: self.id.unwrap_or(context.fresh_id),
            category_id: self.category_id,
            team_id: self.team_id,
            client_ref: client_ref?,
            amount: amount?,
            title: title?,
            situation: situation?,
            solution: solution?,
            rationale: rationale?,
            deviates_from: deviates_from?,
            decided_at: self.decided_at,
            decided_on: amsterdam_date(self.decided_at),
            urgent: self.urgent,
            case_url: case_url?,
            client_verdict: client_verdict?,
        })
    }
}

/// An optional field: absent or blank is `None`, anything else must pass `parse`.
fn optional<T>(
    value: Option<&str>,
    parse: impl FnOnce(&str) -> Result<T, String>,
) -> Result<Option<T>, String> {
    match value {
        Some(value) if !value.trim().is_empty() => parse(value).map(Some),
        _ => Ok(None),
    }
}

fn without_bsn(text: String) -> Result<String, String> {
    bsn::absent(&text).map(|()| text)
}

fn amount(cents: i64) -> Result<Cents, String> {
    if (0..=MAX_AMOUNT.get()).contains(&cents) {
        Ok(Cents::new(cents))
    } else {
        Err(format!("must be between 0 and {}", MAX_AMOUNT.get()))
    }
}

fn required_text(value: &str) -> Result<String, String> {
    let text = text::optional_text(value, 4000, true)?;
    if text.is_empty() {
        Err("must not be empty".into())
    } else {
        Ok(text)
    }
}

fn case_url(value: &str) -> Result<String, String> {
    let url = text::required_line(value, 500)?;
    if url.starts_with("https://") || url.starts_with("http://") {
        Ok(url)
    } else {
        Err("must be an http(s) address".into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(now: DateTime<Utc>) -> Draft {
        Draft {
            id: None,
            category_id: Uuid::from_u128(1),
            team_id: None,
            client_ref: "CASE-2026-0042".into(),
            amount_cents: 35_000,
            title: " Huurachterstand ".into(),
            situation: "Twee maanden achter.".into(),
            solution: "Achterstand betaald.".into(),
            rationale: "Uithuiszetting voorkomen.".into(),
            deviates_from: Some("  ".into()),
            decided_at: now,
            urgent: false,
            case_url: None,
            client_verdict: Some("within_mandate".into()),
        }
    }

    fn context(now: DateTime<Utc>, teams: &[Uuid]) -> DraftContext<'_> {
        DraftContext {
            now,
            category: CategoryState::Active,
            teams,
            fresh_id: Uuid::from_u128(99),
        }
    }

    #[test]
    fn a_valid_draft_becomes_a_new_decision_with_its_amsterdam_date() {
        let now = DateTime::parse_from_rfc3339("2026-03-31T23:30:00Z")
            .unwrap()
            .to_utc();
        let mut invalid = Invalid::new();
        let decision = draft(now)
            .validate(&context(now, &[]), &mut invalid)
            .expect("valid");
        assert!(invalid.is_empty());
        assert_eq!(decision.id, Uuid::from_u128(99));
        assert_eq!(decision.title, "Huurachterstand");
        assert_eq!(decision.deviates_from, None, "blank is absent");
        assert_eq!(decision.client_verdict, Some(Verdict::WithinMandate));
        assert_eq!(
            decision.decided_on,
            NaiveDate::from_ymd_opt(2026, 4, 1).unwrap(),
            "01:30 in Amsterdam is the next day"
        );
    }

    #[test]
    fn every_invalid_field_is_named_at_once() {
        let now = Utc::now();
        let mut bad = draft(now);
        bad.title = String::new();
        bad.rationale = " ".into();
        bad.amount_cents = -1;
        bad.client_ref = "111222333".into();
        bad.case_url = Some("ftp://zaak".into());
        bad.client_verdict = Some("fine".into());
        bad.decided_at = now + Duration::hours(1);
        bad.team_id = Some(Uuid::from_u128(7));
        let mut context = context(now, &[]);
        context.category = CategoryState::Inactive;
        let mut invalid = Invalid::new();
        assert!(bad.validate(&context, &mut invalid).is_none());
        let fields: Vec<String> = invalid
            .finish()
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(
            fields,
            [
                "clientVerdict",
                "title",
                "rationale",
                "caseUrl",
                "clientRef",
                "amountCents",
                "categoryId",
                "decidedAt",
                "teamId"
            ]
        );
    }

    #[test]
    fn problems_found_earlier_keep_the_draft_from_passing() {
        let now = Utc::now();
        let mut invalid = Invalid::new();
        invalid.add("decidedAt", "is not an RFC 3339 time");
        assert!(
            draft(now)
                .validate(&context(now, &[]), &mut invalid)
                .is_none()
        );
    }

    #[test]
    fn a_decision_may_be_logged_up_to_a_year_late_and_not_from_the_future() {
        let now = Utc::now();
        for (decided_at, valid) in [
            (now - Duration::days(365), true),
            (now - Duration::days(367), false),
            (now + Duration::minutes(4), true),
            (now + Duration::minutes(6), false),
        ] {
            let mut late = draft(now);
            late.decided_at = decided_at;
            let mut invalid = Invalid::new();
            assert_eq!(
                late.validate(&context(now, &[]), &mut invalid).is_some(),
                valid,
                "{decided_at}"
            );
        }
    }
}
