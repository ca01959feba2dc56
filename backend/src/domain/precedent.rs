//! Precedents (*precedentwerking* seen in the open): which earlier decisions are most like the
//! one being considered. Pure: candidates and the question in, an order out.
//!
//! Closeness adds three parts: the same category (the strongest sign), a nearby amount (the
//! ratio of the smaller to the larger), and the share of the question's words found in the
//! earlier title (compared as Dutch stems, so *aanvraag* meets *aanvragen*). Ties go to the
//! more recent decision.

use chrono::NaiveDate;
use uuid::Uuid;

/// The most precedents one question may ask for, and how many it gets by default.
pub const MAX_LIMIT: usize = 10;
pub const DEFAULT_LIMIT: usize = 3;

const CATEGORY_WEIGHT: f64 = 3.0;
const AMOUNT_WEIGHT: f64 = 2.0;
const WORDS_WEIGHT: f64 = 2.0;

/// What is being decided.
#[derive(Clone, Debug, Default)]
pub struct Question {
    pub category_id: Option<Uuid>,
    pub amount_cents: Option<i64>,
    /// The words asked about, each as its alternatives (see [`super::words::search_terms`]).
    pub terms: Vec<Vec<String>>,
}

/// An earlier decision, as far as ranking needs it.
#[derive(Clone, Debug)]
pub struct Candidate {
    pub id: Uuid,
    pub category_id: Uuid,
    pub amount_cents: i64,
    pub decided_on: NaiveDate,
    pub title_stems: Vec<String>,
}

/// How close two amounts are: 1 when equal, towards 0 as one grows past the other.
pub fn amount_closeness(a: i64, b: i64) -> f64 {
    let (a, b) = (a.max(0) as f64, b.max(0) as f64);
    let larger = a.max(b);
    if larger == 0.0 {
        return 1.0;
    }
    a.min(b) / larger
}

/// The share of the question's words that a title shares: a word counts when its stem or the
/// word itself begins a stem of the title, or a title's stem begins it (a compound: *huur* and
/// *huurachterstand*).
pub fn shared_words(question: &[Vec<String>], title: &[String]) -> f64 {
    if question.is_empty() {
        return 0.0;
    }
    let shared = question
        .iter()
        .filter(|alternatives| {
            alternatives.iter().any(|q| {
                title
                    .iter()
                    .any(|t| t.starts_with(q.as_str()) || q.starts_with(t.as_str()))
            })
        })
        .count();
    shared as f64 / question.len() as f64
}

/// How close a candidate is to the question; 0 when it shares nothing asked about.
pub fn closeness(question: &Question, candidate: &Candidate) -> f64 {
    let mut score = 0.0;
    if question.category_id == Some(candidate.category_id) {
        score += CATEGORY_WEIGHT;
    }
    if let Some(amount) = question.amount_cents {
        score += AMOUNT_WEIGHT * amount_closeness(amount, candidate.amount_cents);
    }
    score + WORDS_WEIGHT * shared_words(&question.terms, &candidate.title_stems)
}

/// The candidates closest first, at most `limit`. With nothing asked, the most recent.
/// Candidates that share nothing with a question that asks something are left out.
pub fn rank(question: &Question, candidates: &[Candidate], limit: usize) -> Vec<Uuid> {
    let asks_something = question.category_id.is_some()
        || question.amount_cents.is_some()
        || !question.terms.is_empty();
    let mut scored: Vec<(f64, &Candidate)> = candidates
        .iter()
        .map(|c| (closeness(question, c), c))
        .filter(|(score, _)| !asks_something || *score > 0.0)
        .collect();
    scored.sort_by(|(a, x), (b, y)| {
        b.total_cmp(a)
            .then(y.decided_on.cmp(&x.decided_on))
            .then(y.id.cmp(&x.id))
    });
    scored
        .into_iter()
        .take(limit.min(MAX_LIMIT))
        .map(|(_, c)| c.id)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::words::{search_terms, stems};

    fn candidate(n: u128, category: u128, amount: i64, day: &str, title: &str) -> Candidate {
        Candidate {
            id: Uuid::from_u128(n),
            category_id: Uuid::from_u128(category),
            amount_cents: amount,
            decided_on: day.parse().expect("a date"),
            title_stems: stems(title),
        }
    }

    #[test]
    fn the_same_category_and_a_nearby_amount_come_first() {
        let candidates = [
            candidate(1, 7, 35_000, "2026-01-10", "Wasmachine"),
            candidate(2, 8, 35_000, "2026-02-10", "Wasmachine"),
            candidate(3, 7, 200_000, "2026-03-10", "Huurachterstand"),
            candidate(4, 7, 30_000, "2026-01-01", "Koelkast"),
        ];
        let question = Question {
            category_id: Some(Uuid::from_u128(7)),
            amount_cents: Some(35_000),
            terms: Vec::new(),
        };
        let order = rank(&question, &candidates, 10);
        let ids: Vec<u128> = order.iter().map(|id| id.as_u128()).collect();
        assert_eq!(ids, vec![1, 4, 3, 2]);
    }

    #[test]
    fn shared_title_words_count_in_any_word_form() {
        let candidates = [
            candidate(
                1,
                7,
                10_000,
                "2026-01-10",
                "Nieuwe aanvragen bijzondere bijstand",
            ),
            candidate(2, 7, 10_000, "2026-05-10", "Wasmachine voor gezin"),
        ];
        let question = Question {
            category_id: Some(Uuid::from_u128(7)),
            amount_cents: Some(10_000),
            terms: search_terms("aanvraag bijstand"),
        };
        let ids: Vec<u128> = rank(&question, &candidates, 3)
            .iter()
            .map(|id| id.as_u128())
            .collect();
        assert_eq!(ids, vec![1, 2], "words outweigh recency");
        assert!(
            (shared_words(&search_terms("huur"), &stems("huurachterstand")) - 1.0).abs() < 1e-9
        );
    }

    #[test]
    fn ties_go_to_the_more_recent_and_the_limit_is_bounded() {
        let candidates: Vec<Candidate> = (1..=20)
            .map(|n| candidate(n, 7, 5_000, &format!("2026-01-{n:02}"), "Zelfde"))
            .collect();
        let question = Question {
            category_id: Some(Uuid::from_u128(7)),
            ..Question::default()
        };
        let order = rank(&question, &candidates, 50);
        assert_eq!(order.len(), MAX_LIMIT);
        assert_eq!(order[0], Uuid::from_u128(20));
        assert_eq!(rank(&question, &candidates, DEFAULT_LIMIT).len(), 3);
    }

    #[test]
    fn candidates_sharing_nothing_asked_are_left_out() {
        let candidates = [candidate(1, 8, 0, "2026-01-10", "Kwijtschelding")];
        let question = Question {
            category_id: Some(Uuid::from_u128(7)),
            amount_cents: None,
            terms: search_terms("wasmachine"),
        };
        assert!(rank(&question, &candidates, 3).is_empty());
        assert_eq!(
            rank(&Question::default(), &candidates, 3),
            vec![Uuid::from_u128(1)]
        );
    }

    #[test]
    fn amounts_are_close_by_their_ratio() {
        assert!((amount_closeness(0, 0) - 1.0).abs() < 1e-9);
        assert!((amount_closeness(100, 50) - 0.5).abs() < 1e-9);
        assert!(amount_closeness(0, 50_000) < 1e-9);
        assert!(amount_closeness(-5, 10) < 1e-9);
    }
}
