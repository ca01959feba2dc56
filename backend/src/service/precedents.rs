//! Precedents (`/precedents`): earlier comparable decisions of the organisation with how they
//! worked out, shown while deciding. Anonymised to what the caller may see: never a client
//! reference or a name; a decision's id and title only where the caller may read it.

use std::collections::HashMap;

use chrono::NaiveDate;
use uuid::Uuid;

use super::{Caller, ServiceError, decisions::may_see};
use crate::{
    domain::{
        decision::{EventData, EventKind, ReflectionResult, ReviewOutcome, Status},
        invalid::Invalid,
        mandate::Verdict,
        precedent::{self, Candidate, Question},
        words,
    },
    store::{self, db::Db},
};

/// How many recent decisions are weighed: enough for a team's practice, bounded per request.
const CANDIDATES: u64 = 500;

/// The question as sent.
pub struct PrecedentQuery {
    pub category_id: Option<Uuid>,
    pub amount_cents: Option<i64>,
    pub q: Option<String>,
    pub limit: Option<i64>,
}

/// One earlier decision, as far as the caller may see it.
pub struct Precedent {
    /// Only where the caller may read the decision.
    pub decision_id: Option<Uuid>,
    pub title: Option<String>,
    pub category_id: Uuid,
    pub amount_cents: i64,
    pub verdict: Verdict,
    pub status: Status,
    pub decided_on: NaiveDate,
    /// The latest reflection's result; `None` when nobody reflected yet.
    pub outcome: Option<ReflectionResult>,
    pub review_outcome: Option<ReviewOutcome>,
    pub learning: Option<String>,
    pub story_id: Option<Uuid>,
}

pub async fn find(
    db: &Db,
    caller: &Caller,
    query: PrecedentQuery,
) -> Result<Vec<Precedent>, ServiceError> {
    let mut invalid = Invalid::new();
    let limit = match query.limit {
        None => precedent::DEFAULT_LIMIT,
        Some(n) if (1..=precedent::MAX_LIMIT as i64).contains(&n) => n as usize,
        Some(_) => {
            invalid.add(
                "limit",
                format!("must be between 1 and {}", precedent::MAX_LIMIT),
            );
            0
        }
    };
    if query.amount_cents.is_some_and(|a| a < 0) {
        invalid.add("amountCents", "must not be negative");
    }
    let q = query.q.unwrap_or_default();
    if q.chars().count() > 200 {
        invalid.add("q", "must be at most 200 characters");
    }
    invalid.finish()?;
    let conn = db.conn();
    let rows = store::decisions::precedent_candidates(
        conn,
        caller.organisation_id,
        query.category_id,
        CANDIDATES,
    )
    .await?;
    let candidates: Vec<Candidate> = rows
        .iter()
        .map(|d| Candidate {
            id: d.id,
            category_id: d.category_id,
            amount_cents: d.amount_cents,
            decided_on: d.decided_on,
            title_stems: words::stems(&d.title),
        })
        .collect();
    let question = Question {
        category_id: query.category_id,
        amount_cents: query.amount_cents,
        terms: words::search_terms(&q),
    };
    let chosen = precedent::rank(&question, &candidates, limit);
    let events = store::decisions::events_of_many(
        conn,
        &chosen,
        &[EventKind::Reflected, EventKind::Reviewed],
    )
    .await?;
    let mut outcomes: HashMap<Uuid, ReflectionResult> = HashMap::new();
    let mut reviews: HashMap<Uuid, (ReviewOutcome, String)> = HashMap::new();
    // Events come oldest first: the latest reflection and review win.
    for event in events {
        match event.data.0 {
            EventData::Reflected { worked, .. } => {
                outcomes.insert(event.decision_id, ReflectionResult::of(worked));
            }
            EventData::Reviewed {
                outcome, learning, ..
            } => {
                reviews.insert(event.decision_id, (outcome, learning));
            }
            _ => {}
        }
    }
    let stories: HashMap<Uuid, Uuid> =
        store::stories::published_of_decisions(conn, caller.organisation_id, &chosen)
            .await?
            .into_iter()
            .filter_map(|s| s.decision_id.map(|d| (d, s.id)))
            .collect();
    let by_id: HashMap<Uuid, &store::entities::decision::Model> =
        rows.iter().map(|d| (d.id, d)).collect();
    let mut out = Vec::with_capacity(chosen.len());
    for id in chosen {
        let Some(decision) = by_id.get(&id) else {
            continue;
        };
        let readable = may_see(caller, decision);
        let review = reviews.remove(&id);
        out.push(Precedent {
            decision_id: readable.then_some(id),
            title: readable.then(|| decision.title.clone()),
            category_id: decision.category_id,
            amount_cents: decision.amount_cents,
            verdict: decision.verdict,
            status: decision.status,
            decided_on: decision.decided_on,
            outcome: outcomes.get(&id).copied(),
            review_outcome: review.as_ref().map(|(outcome, _)| *outcome),
            learning: review.map(|(_, learning)| learning),
            story_id: stories.get(&id).copied(),
        });
    }
    Ok(out)
}
