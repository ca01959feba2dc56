//! `/precedents`: comparable earlier decisions while deciding (vergelijkbare beslissingen).

use chrono::NaiveDate;
use poem::web::Data;
use poem_openapi::{ApiResponse, Enum, Object, OpenApi, param::Query, payload::Json};
use uuid::Uuid;

use super::{
    common::Tag,
    decisions::{DecisionStatus, ReviewOutcome},
    mandate_wire::Verdict,
};
use crate::{
    domain::decision::{self, ReflectionResult},
    http::{problem::ApiError, security::Auth, state::AppState},
    service::{
        self,
        precedents::{Precedent as Found, PrecedentQuery},
    },
};

#[derive(Default)]
pub struct PrecedentsApi;

/// How a decision worked out, by its author's latest reflection: `unknown` when the author
/// reflected without saying.
#[derive(Enum, Clone, Copy, Debug, PartialEq, Eq)]
#[oai(rename_all = "snake_case")]
pub enum Outcome {
    Worked,
    DidNotWork,
    Unknown,
}

impl From<ReflectionResult> for Outcome {
    fn from(result: ReflectionResult) -> Self {
        match result {
            ReflectionResult::Worked => Outcome::Worked,
            ReflectionResult::DidNotWork => Outcome::DidNotWork,
            ReflectionResult::Unknown => Outcome::Unknown,
        }
    }
}

impl From<decision::ReviewOutcome> for ReviewOutcome {
    fn from(outcome: decision::ReviewOutcome) -> Self {
        match outcome {
            decision::ReviewOutcome::Backed => ReviewOutcome::Backed,
            decision::ReviewOutcome::NotBacked => ReviewOutcome::NotBacked,
        }
    }
}

/// An earlier comparable decision (precedent), anonymised: never a client reference or a
/// name; `decisionId` and `title` only where the caller may read that decision.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct Precedent {
    pub decision_id: Option<Uuid>,
    pub title: Option<String>,
    pub category_id: Uuid,
    pub amount_cents: i64,
    pub verdict: Verdict,
    pub status: DecisionStatus,
    pub decided_on: NaiveDate,
    /// From the author's latest reflection; `null` while nobody reflected.
    pub outcome: Option<Outcome>,
    /// A lead's review of it, when it was urgent and reviewed.
    pub review_outcome: Option<ReviewOutcome>,
    /// The lead's learning from that review.
    pub learning: Option<String>,
    /// A published story that tells it.
    pub story_id: Option<Uuid>,
}

impl From<Found> for Precedent {
    fn from(p: Found) -> Self {
        Self {
            decision_id: p.decision_id,
            title: p.title,
            category_id: p.category_id,
            amount_cents: p.amount_cents,
            verdict: p.verdict.into(),
            status: p.status.into(),
            decided_on: p.decided_on,
            outcome: p.outcome.map(Outcome::from),
            review_outcome: p.review_outcome.map(ReviewOutcome::from),
            learning: p.learning,
            story_id: p.story_id,
        }
    }
}

/// The closest earlier decisions, closest first.
#[derive(Object)]
pub struct PrecedentList {
    pub items: Vec<Precedent>,
}

#[derive(ApiResponse)]
pub enum PrecedentsResponse {
    /// Closest first: the same category, a nearby amount, shared words of the title.
    #[oai(status = 200)]
    Ok(Json<PrecedentList>),
}

#[OpenApi(tag = "Tag::Learning")]
impl PrecedentsApi {
    /// Comparable earlier decisions of the organisation, closest first (the same category
    /// weighs most, then a nearby amount, then shared words of the title in any Dutch word
    /// form; ties go to the more recent), with how they worked out, the lead's learning and a
    /// published story where one exists. Chosen from the 500 most recent decisions that were
    /// decided (not waiting, not withdrawn, not erased).
    #[oai(path = "/precedents", method = "get", operation_id = "listPrecedents")]
    async fn list(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        #[oai(name = "categoryId")] category_id: Query<Option<Uuid>>,
        /// The amount being considered, in euro cents.
        #[oai(name = "amountCents")]
        amount_cents: Query<Option<i64>>,
        /// Words of the decision being considered (its title).
        q: Query<Option<String>>,
        /// How many, 1 to 10 (default 3).
        limit: Query<Option<i64>>,
    ) -> Result<PrecedentsResponse, ApiError> {
        let query = PrecedentQuery {
            category_id: category_id.0,
            amount_cents: amount_cents.0,
            q: q.0,
            limit: limit.0,
        };
        let found = service::precedents::find(&state.db, &auth.0, query).await?;
        Ok(PrecedentsResponse::Ok(Json(PrecedentList {
            items: found.into_iter().map(Precedent::from).collect(),
        })))
    }
}
