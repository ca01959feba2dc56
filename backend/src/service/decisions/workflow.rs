//! The workflow after logging: co-sign, approve, reject, withdraw, review and reflect. Every
//! step is an event on the decision, checked against who may take it and whether the decision's
//! status allows it, and moves the ledger in the same transaction.

use chrono::Utc;
use serde_json::json;
use uuid::Uuid;

use super::{
    DecisionView, create::ledger_entry, event, leads_decision_team, may_see, read::may_cosign,
};
use crate::{
    domain::{
        bsn,
        decision::{LedgerEffect, Status, Transition, transition},
        invalid::Invalid,
        text,
    },
    service::{Caller, ServiceError, audit},
    store::{
        self,
        db::Db,
        entities::decision,
        report_totals::{self, StepCounts},
    },
};

pub enum Action {
    Cosign {
        comment: Option<String>,
    },
    Approve {
        comment: Option<String>,
    },
    Reject {
        comment: Option<String>,
    },
    Withdraw {
        comment: Option<String>,
    },
    /// `backed` or `not_backed`, always with what is learned.
    Review {
        backed: bool,
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
        Action::Cosign { comment }
        | Action::Approve { comment }
        | Action::Reject { comment }
        | Action::Withdraw { comment }
        | Action::Review { comment, .. } => {
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
            invalid.add("outcome", "is required")
        }
        Action::Reflect { outcome, .. } => {
            invalid.check("outcome", text::optional_text(outcome, 4000, true));
            invalid.check("outcome", bsn::absent(outcome));
        }
        _ => {}
    }
    invalid.finish()?;

    let tx = db.begin_write().await?;
    // On PostgreSQL every write that books or counts takes the organisation's lock first, as
    // logging a decision does: the running totals and the audit chain are then always locked
    // in one order, and two such writes cannot deadlock.
    store::organisations::lock(&*tx, caller.organisation_id).await?;
    let decision = store::decisions::find_for_update(&*tx, caller.organisation_id, id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if !may_see(caller, &decision) {
        return Err(ServiceError::forbidden(
            "you may act only on your own decisions and those of your teams",
        ));
    }
    let status = Status::parse(&decision.status).ok_or(ServiceError::Internal)?;
    let now = Utc::now();
    let (kind, data) = match &action {
        Action::Reflect { outcome, worked } => {
            if caller.user_id != decision.professional_id {
                return Err(ServiceError::forbidden(
                    "only the author reflects on a decision",
                ));
            }
            if status == Status::Withdrawn {
                return Err(ServiceError::Conflict(
                    "a withdrawn decision was never carried out".into(),
                ));
            }
            let result = match worked {
                Some(true) => "worked",
                Some(false) => "did_not_work",
                None => "",
            };
            let mut steps = StepCounts::default();
            steps.count(&decision, "reflected", result, now);
            store::report_totals::add_steps(&*tx, steps).await?;
            (
                "reflected",
                json!({"outcome": outcome.trim(), "worked": worked}),
            )
        }
        _ => {
            let step = match action {
                Action::Cosign { .. } => Transition::Cosign,
                Action::Approve { .. } => Transition::Approve,
                Action::Reject { .. } => Transition::Reject,
                Action::Withdraw { .. } => Transition::Withdraw,
                Action::Review { .. } => Transition::Review,
                Action::Reflect { .. } => return Err(ServiceError::Internal),
            };
            check_actor(&*tx, caller, &decision, step).await?;
            let (next, effect) = transition(status, step).map_err(ServiceError::Conflict)?;
            store::decisions::set_status(&*tx, decision.id, next.as_str(), now).await?;
            book(&*tx, &decision, effect, now).await?;
            let outcome = match &action {
                Action::Review { backed: true, .. } => "backed",
                Action::Review { backed: false, .. } => "not_backed",
                _ => "",
            };
            store::report_totals::add_decisions(
                &*tx,
                vec![
                    report_totals::decision_row(&decision, status.as_str(), -1),
                    report_totals::decision_row(&decision, next.as_str(), 1),
                ],
            )
            .await?;
            let mut steps = StepCounts::default();
            steps.count(&decision, step.as_str(), outcome, now);
            store::report_totals::add_steps(&*tx, steps).await?;
            let data = match &action {
                Action::Review {
                    backed, learning, ..
                } => {
                    json!({"from": status.as_str(), "to": next.as_str(), "outcome": if *backed { "backed" } else { "not_backed" }, "learning": learning.trim()})
                }
                _ => json!({"from": status.as_str(), "to": next.as_str()}),
            };
            audit::record(
                &*tx,
                caller,
                &format!("decision.{}", step.as_str()),
                "decision",
                decision.id,
                json!({"before": {"status": status.as_str()}, "after": {"status": next.as_str()}}),
            )
            .await?;
            (step.as_str(), data)
        }
    };
    store::decisions::insert_event(
        &*tx,
        event(&decision, kind, caller.user_id, now, comment, data),
    )
    .await?;
    tx.commit().await?;
    tracing::info!(decision_id = %id, event = kind, by = %caller.user_id, "decision event");
    let model = store::decisions::find(db.conn(), caller.organisation_id, id)
        .await?
        .ok_or(ServiceError::Internal)?;
    super::read::view(db.conn(), model).await
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
            "a co-signer is another member of the team whose own mandate covers this decision"
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

async fn book(
    conn: &impl sea_orm::ConnectionTrait,
    decision: &decision::Model,
    effect: LedgerEffect,
    now: chrono::DateTime<Utc>,
) -> Result<(), ServiceError> {
    let amount = decision.amount_cents;
    match effect {
        LedgerEffect::None => {}
        LedgerEffect::CommitReservation => {
            store::ledger::book(
                conn,
                ledger_entry(decision, "release", -amount, now),
                -amount,
                0,
            )
            .await?;
            store::ledger::book(
                conn,
                ledger_entry(decision, "commitment", amount, now),
                0,
                amount,
            )
            .await?;
        }
        LedgerEffect::ReleaseReservation => {
            store::ledger::book(
                conn,
                ledger_entry(decision, "release", -amount, now),
                -amount,
                0,
            )
            .await?;
        }
    }
    Ok(())
}
