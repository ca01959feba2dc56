//! Correcting the amount of a decision that is final: the actual cost turned out different
//! (the washing machine cost €280, not €320). The ledger is never changed in place: the
//! difference is booked as a compensating `correction` entry, and the decision keeps the
//! amount it was decided with, with a `corrected` event saying from what to what and why.

use chrono::Utc;
use serde_json::json;
use uuid::Uuid;

use super::{DecisionView, create::ledger_entry, event, leads_decision_team, may_see};
use crate::{
    domain::{decision::Status, invalid::Invalid, mandate::MAX_AMOUNT, text},
    service::{Caller, ServiceError, audit},
    store::{self, db::Db, report_totals},
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

    let tx = db.begin_write().await?;
    // On PostgreSQL every write that books or counts takes the organisation's lock first, as
    // logging a decision does: the running totals and the audit chain are then always locked
    // in one order, and two such writes cannot deadlock.
    store::organisations::lock(&*tx, caller.organisation_id).await?;
    let decision = store::decisions::find_for_update(&*tx, caller.organisation_id, id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if !may_see(caller, &decision) {
        return Err(ServiceError::NotFound);
    }
    if caller.user_id != decision.professional_id && !leads_decision_team(caller, &decision) {
        return Err(ServiceError::forbidden(
            "the author or a lead of the author's team corrects a decision's amount",
        ));
    }
    let status = Status::parse(&decision.status).ok_or(ServiceError::Internal)?;
    match status {
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
    let booked = store::ledger::committed_for_decision(&*tx, decision.id).await?;
    let delta = amount_cents - booked;
    if delta == 0 {
        return Err(ServiceError::Conflict(format!(
            "the decision already holds {amount_cents} cents"
        )));
    }
    let now = Utc::now();
    store::ledger::book(
        &*tx,
        ledger_entry(&decision, "correction", delta, now),
        0,
        delta,
    )
    .await?;
    let mut row = report_totals::decision_row(&decision, &decision.status, 0);
    row.amount_cents = delta;
    store::report_totals::add_decisions(&*tx, vec![row]).await?;
    // The status stays; this marks the decision as changed.
    store::decisions::set_status(&*tx, decision.id, &decision.status, now).await?;
    store::decisions::insert_event(
        &*tx,
        event(
            &decision,
            "corrected",
            caller.user_id,
            now,
            Some(reason.clone()),
            json!({"fromCents": booked, "toCents": amount_cents, "reason": reason}),
        ),
    )
    .await?;
    audit::record(
        &*tx,
        caller,
        "decision.corrected",
        "decision",
        decision.id,
        json!({"before": {"amountCents": booked}, "after": {"amountCents": amount_cents}}),
    )
    .await?;
    tx.commit().await?;
    tracing::info!(decision_id = %id, delta_cents = delta, "decision amount corrected");
    let model = store::decisions::find(db.conn(), caller.organisation_id, id)
        .await?
        .ok_or(ServiceError::Internal)?;
    super::read::view(db.conn(), model).await
}
