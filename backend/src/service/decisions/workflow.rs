//! The workflow after logging: co-sign, approve, reject, withdraw, review and reflect. Every
//! step is an event on the decision, checked against who may take it and whether the decision's
//! status allows it, and moves the ledger in the same transaction.

use chrono::Utc;
use uuid::Uuid;

use super::{
    DecisionView, finish_change, leads_decision_team, may_see, open_for_change, read::may_cosign,
};
use crate::{
    domain::{
        bsn,
        decision::{
            EventData, EventKind, ReflectionResult, ReviewOutcome, Status, Transition, transition,
        },
        invalid::Invalid,
        text,
    },
    service::{Caller, ServiceError},
    store::{changes::Changes, db::Db, entities::decision},
};

/// The steps that carry no more than a comment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Cosign,
    Approve,
    Reject,
    Withdraw,
}

impl Step {
    fn transition(self) -> Transition {
        match self {
            Step::Cosign => Transition::Cosign,
            Step::Approve => Transition::Approve,
            Step::Reject => Transition::Reject,
            Step::Withdraw => Transition::Withdraw,
        }
    }
}

pub enum Action {
    Step {
        step: Step,
        comment: Option<String>,
    },
    /// `backed` or `not_backed`, always with what is learned.
    Review {
        outcome: ReviewOutcome,
        learning: String,
        comment: Option<String>,
    },
    /// The author's later account of how it worked out.
    Reflect {
        outcome: String,
        worked: Option<bool>,
    },
}

pub async fn act(
    db: &Db,
    caller: &Caller,
    id: Uuid,
    action: Action,
) -> Result<DecisionView, ServiceError> {
    let mut invalid = Invalid::new();
    let comment = match &action {
        Action::Step { comment, .. } | Action::Review { comment, .. } => {
            match comment.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
                Some(comment) => invalid.check("comment", text::optional_text(comment, 2000, true)),
                None => None,
            }
        }
        Action::Reflect { .. } => None,
    };
    invalid.check("comment", bsn::absent(comment.as_deref().unwrap_or("")));
    match &action {
        Action::Review { learning, .. } if learning.trim().is_empty() => invalid.add(
            "learning",
            "is required: what do we do differently, or again, next time?",
        ),
        Action::Review { learning, .. } => {
            invalid.check("learning", text::optional_text(learning, 4000, true));
            invalid.check("learning", bsn::absent(learning));
        }
        Action::Reflect { outcome, .. } if outcome.trim().is_empty() => {
            invalid.add("outcome", "is required");
        }
        Action::Reflect { outcome, .. } => {
            invalid.check("outcome", text::optional_text(outcome, 4000, true));
            invalid.check("outcome", bsn::absent(outcome));
        }
        _ => {}
    }
    invalid.finish()?;

    let (tx, decision) = open_for_change(db, caller, id).await?;
    if !may_see(caller, &decision) {
        return Err(ServiceError::forbidden(
            "you may act only on your own decisions and those of your teams",
        ));
    }
    let now = Utc::now();
    let mut changes = Changes::new(caller.organisation_id);
    let (kind, data) = match action {
        Action::Reflect { outcome, worked } => {
            if caller.user_id != decision.professional_id {
                return Err(ServiceError::forbidden(
                    "only the author reflects on a decision",
                ));
            }
            if decision.status == Status::Withdrawn {
                return Err(ServiceError::Conflict(
                    "a withdrawn decision was never carried out".into(),
                ));
            }
            let result = ReflectionResult::of(worked);
            changes.count_step(&decision, EventKind::Reflected, result.as_str(), now);
            let outcome = outcome.trim().to_owned();
            (
                EventKind::Reflected,
                EventData::Reflected { outcome, worked },
            )
        }
        step_action => {
            let (step, review) = match step_action {
                Action::Step { step, .. } => (step.transition(), None),
                Action::Review {
                    outcome, learning, ..
                } => (Transition::Review, Some((outcome, learning))),
                Action::Reflect { .. } => return Err(ServiceError::Internal),
            };
            check_actor(tx.reads(), caller, &decision, step).await?;
            let from = decision.status;
            let (to, effect) = transition(from, step).map_err(ServiceError::Conflict)?;
            changes.set_status(&decision, to, now);
            changes.book(&decision, effect.entries(decision.amount_cents), now);
            let kind = step.event();
            let data = match review {
                Some((outcome, learning)) => {
                    changes.count_step(&decision, kind, outcome.as_str(), now);
                    EventData::Reviewed {
                        from,
                        to,
                        outcome,
                        learning: learning.trim().to_owned(),
                    }
                }
                None => {
                    changes.count_step(&decision, kind, "", now);
                    EventData::Moved { from, to }
                }
            };
            (kind, data)
        }
    };
    changes.event(&decision, kind, data, caller.user_id, now, comment);
    let view = finish_change(db, tx, changes, caller, id).await?;
    tracing::info!(decision_id = %id, event = kind.as_str(), by = %caller.user_id, "decision event");
    Ok(view)
}

/// Whether this caller may take this step on this decision.
async fn check_actor(
    conn: &impl sea_orm::ConnectionTrait,
    caller: &Caller,
    decision: &decision::Model,
    step: Transition,
) -> Result<(), ServiceError> {
    let allowed = match step {
        Transition::Cosign => may_cosign(conn, caller, decision).await?,
        Transition::Approve | Transition::Reject | Transition::Review => {
            leads_decision_team(caller, decision)
        }
        Transition::Withdraw => caller.user_id == decision.professional_id,
    };
    if allowed {
        return Ok(());
    }
    Err(ServiceError::forbidden(match step {
        Transition::Cosign => {
            "a co-signer is another member of the team whose own mandate lets them decide this alone or with four eyes"
        }
        Transition::Approve | Transition::Reject => {
            "a lead of the author's team approves or rejects, never the author"
        }
        Transition::Review => {
            "a lead of the author's team reviews urgent decisions, never the author"
        }
        Transition::Withdraw => "only the author withdraws a decision",
    }))
}
