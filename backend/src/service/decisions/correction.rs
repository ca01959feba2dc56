//! Correcting the amount of a decision that is final: the actual cost turned out different
//! (the washing machine cost €280, not €320). The ledger is never changed in place: the
//! difference is booked as a compensating `correction` entry, and the decision keeps the
//! amount it was decided with, with a `corrected` event saying from what to what and why.

use chrono::Utc;
use uuid::Uuid;

use super::{DecisionView, finish_change, leads_decision_team, may_see, open_for_change};
use crate::{
    domain::{
        decision::{EventData, EventKind, Status},
        invalid::Invalid,
        ledger::Entry,
        mandate::MAX_AMOUNT,
        text,
    },
    service::{Caller, ServiceError},
    store::{self, changes::Changes, db::Db},
};

pub async fn correct(
    db: &Db,
    caller: &Caller,
    id: Uuid,
    amount_cents: i64,
    reason: &str,
) -> Result<DecisionView, ServiceError> {
    let mut invalid = Invalid::new();
    if !(0..=MAX_AMOUNT.get()).contains(&amount_cents) {
        invalid.add(
            "amountCents",
            format!("must be between 0 and {}", MAX_AMOUNT.get()),
        );
    }
    let reason = if reason.trim().is_empty() {
        invalid.add("reason", "is required: why does the amount change?");
        None
    } else {
        invalid.check("reason", text::optional_text(reason, 2000, true))
    };
    invalid.finish()?;
    let reason = reason.ok_or(ServiceError::Internal)?;

    let (tx, decision) = open_for_change(db, caller, id).await?;
    if !may_see(caller, &decision) {
        return Err(ServiceError::NotFound);
    }
    if caller.user_id != decision.professional_id && !leads_decision_team(caller, &decision) {
        return Err(ServiceError::forbidden(
            "the author or a lead of the author's team corrects a decision's amount",
        ));
    }
    match decision.status {
        Status::Recorded | Status::Approved | Status::RecordedUrgent | Status::Reviewed => {}
        Status::AwaitingCosign | Status::AwaitingApproval => {
            return Err(ServiceError::Conflict(
                "a waiting decision cannot be corrected: withdraw it and log it again".into(),
            ));
        }
        Status::Rejected | Status::Withdrawn => {
            return Err(ServiceError::Conflict(
                "a rejected or withdrawn decision holds no budget to correct".into(),
            ));
        }
    }
    let booked = store::ledger::committed_for_decision(tx.reads(), decision.id).await?;
    let delta = amount_cents - booked;
    if delta == 0 {
        return Err(ServiceError::Conflict(format!(
            "the decision already holds {amount_cents} cents"
        )));
    }
    let now = Utc::now();
    let mut changes = Changes::new(caller.organisation_id);
    changes.book(&decision, vec![Entry::correction(delta)], now);
    changes.count_amount(&decision, delta);
    // The status stays; this marks the decision as changed.
    changes.set_status(&decision, decision.status, now);
    let data = EventData::Corrected {
        from_cents: booked,
        to_cents: amount_cents,
        reason: reason.clone(),
    };
    changes.event(
        &decision,
        EventKind::Corrected,
        data,
        caller.user_id,
        now,
        Some(reason),
    );
    let view = finish_change(db, tx, changes, caller, id).await?;
    tracing::info!(decision_id = %id, delta_cents = delta, "decision amount corrected");
    Ok(view)
}
