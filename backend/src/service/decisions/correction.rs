//! Correcting the amount of a decision that is final: the actual cost turned out different. The
//! ledger is never changed in place: the difference is booked as compensating entries, and the
//! decision keeps the amount it was decided with, with events saying from what to what and why.
//!
//! A raise is checked like a new decision for the difference, against the mandate version in
//! force on the decision's date and today's ledger (`domain::decision::correction`). Beyond the
//! mandate it waits for a lead of the author's team, holding the difference as a reservation.

use chrono::Utc;
use uuid::Uuid;

use super::{DecisionView, finish_change, leads_decision_team, may_see, open_for_change};
use crate::{
    domain::{
        bsn,
        client_ref::ClientRef,
        decision::{
            CorrectionState, EventData, EventKind, Status,
            correction::{self, decide, entries, first_state},
        },
        invalid::Invalid,
        mandate::{Cents, MAX_AMOUNT},
        text,
    },
    service::{Caller, ServiceError, mandates},
    store::{
        self,
        changes::Changes,
        columns::JsonText,
        db::Db,
        entities::{decision, decision_correction},
    },
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
        invalid.check(
            "reason",
            text::optional_text(reason, 2000, true)
                .and_then(|reason| bsn::absent(&reason).map(|()| reason)),
        )
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
    correction::may_correct(decision.status).map_err(ServiceError::Conflict)?;
    let conn = tx.reads();
    let history = store::corrections::of_decision(conn, decision.id).await?;
    if history.iter().any(|c| c.state == CorrectionState::Pending) {
        return Err(ServiceError::Conflict(
            "a correction of this decision already waits for a team lead".into(),
        ));
    }
    let booked = store::ledger::committed_for_decision(conn, decision.id).await?;
    let delta = amount_cents - booked;
    if delta == 0 {
        return Err(ServiceError::Conflict(format!(
            "the decision already holds {amount_cents} cents"
        )));
    }
    let checked = if delta > 0 {
        Some(check_difference(conn, &decision, delta).await?)
    } else {
        None
    };
    let verdict = checked.as_ref().map(|c| c.outcome.verdict);
    let state = first_state(delta, verdict);
    let now = Utc::now();
    let record = decision_correction::Model {
        id: Uuid::now_v7(),
        organisation_id: decision.organisation_id,
        decision_id: decision.id,
        professional_id: decision.professional_id,
        team_id: decision.team_id,
        requested_by: caller.user_id,
        requested_at: now,
        from_cents: booked,
        to_cents: amount_cents,
        reason: reason.clone(),
        verdict,
        mandate_version_id: checked.as_ref().and_then(|c| c.mandate_version_id),
        explanation: JsonText(checked.map(|c| c.outcome.explanation).unwrap_or_default()),
        state,
        decided_by: None,
        decided_at: None,
        decision_comment: None,
    };
    let mut changes = Changes::new(caller.organisation_id);
    changes.book(&decision, entries(state, delta), now);
    let (kind, data) = match (state, verdict) {
        (CorrectionState::Pending, Some(verdict)) => {
            // Reserved until a lead decides, as a waiting decision's amount is.
            changes.count_amount(&decision, Status::AwaitingApproval, delta);
            let data = EventData::CorrectionRequested {
                from_cents: booked,
                to_cents: amount_cents,
                reason: reason.clone(),
                verdict,
                correction_id: record.id,
            };
            (EventKind::CorrectionRequested, data)
        }
        _ => {
            changes.count_amount(&decision, decision.status, delta);
            let data = EventData::Corrected {
                from_cents: booked,
                to_cents: amount_cents,
                reason: reason.clone(),
            };
            (EventKind::Corrected, data)
        }
    };
    // The status stays; this marks the decision as changed.
    changes.set_status(&decision, decision.status, now);
    changes.event(&decision, kind, data, caller.user_id, now, Some(reason));
    changes.insert_correction(record);
    let view = finish_change(db, tx, changes, caller, id).await?;
    tracing::info!(decision_id = %id, delta_cents = delta, state = state.as_str(), "decision amount corrected");
    Ok(view)
}

/// A lead of the author's team (never the one who asked for it) approves or rejects a waiting
/// correction: approved, the reservation becomes committed; rejected, it is released.
pub async fn decide_correction(
    db: &Db,
    caller: &Caller,
    id: Uuid,
    correction_id: Uuid,
    approve: bool,
    comment: Option<String>,
) -> Result<DecisionView, ServiceError> {
    let mut invalid = Invalid::new();
    let comment = match comment.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
        Some(comment) => invalid.check(
            "comment",
            text::optional_text(comment, 2000, true)
                .and_then(|comment| bsn::absent(&comment).map(|()| comment)),
        ),
        None => None,
    };
    invalid.finish()?;
    let (tx, decision) = open_for_change(db, caller, id).await?;
    let mut correction =
        store::corrections::find_for_update(tx.reads(), caller.organisation_id, id, correction_id)
            .await?
            .ok_or(ServiceError::NotFound)?;
    if !may_see(caller, &decision) {
        return Err(ServiceError::NotFound);
    }
    if !leads_decision_team(caller, &decision) || correction.requested_by == caller.user_id {
        return Err(ServiceError::forbidden(
            "a lead of the author's team approves or rejects a correction, never the one who asked for it",
        ));
    }
    let state = decide(correction.state, approve).map_err(ServiceError::Conflict)?;
    let delta = correction.to_cents - correction.from_cents;
    let now = Utc::now();
    let mut changes = Changes::new(caller.organisation_id);
    changes.book(&decision, entries(state, delta), now);
    changes.count_amount(&decision, Status::AwaitingApproval, -delta);
    let (kind, data) = if approve {
        changes.count_amount(&decision, decision.status, delta);
        let data = EventData::Corrected {
            from_cents: correction.from_cents,
            to_cents: correction.to_cents,
            reason: correction.reason.clone(),
        };
        (EventKind::Corrected, data)
    } else {
        let data = EventData::CorrectionRejected {
            from_cents: correction.from_cents,
            to_cents: correction.to_cents,
            correction_id,
        };
        (EventKind::CorrectionRejected, data)
    };
    changes.set_status(&decision, decision.status, now);
    changes.event(&decision, kind, data, caller.user_id, now, comment.clone());
    correction.state = state;
    correction.decided_by = Some(caller.user_id);
    correction.decided_at = Some(now);
    correction.decision_comment = comment;
    changes.correction_decided(correction);
    let view = finish_change(db, tx, changes, caller, id).await?;
    tracing::info!(decision_id = %id, %correction_id, state = state.as_str(), "correction decided");
    Ok(view)
}

/// The mandate check of a raise: the difference as if it were a new decision of the author, for
/// the same client and category on the decision's date, against today's ledger.
async fn check_difference(
    conn: &impl sea_orm::ConnectionTrait,
    decision: &decision::Model,
    delta: i64,
) -> Result<mandates::CheckResult, ServiceError> {
    let teams = store::teams::team_ids_of(conn, decision.professional_id).await?;
    let client_ref = ClientRef::parse(&decision.client_ref).map_err(|_| {
        tracing::error!(decision_id = %decision.id, "a stored client reference does not parse");
        ServiceError::Internal
    })?;
    let proposal = mandates::Proposal {
        organisation_id: decision.organisation_id,
        professional_id: decision.professional_id,
        teams: &teams,
        team_id: decision.team_id,
        category_id: decision.category_id,
        amount: Cents::new(delta),
        client_ref: &client_ref,
        decided_on: decision.decided_on,
    };
    mandates::Basis::read(
        conn,
        decision.organisation_id,
        decision.professional_id,
        &teams,
        decision.team_id,
        decision.decided_on,
    )
    .await?
    .judge(conn, &proposal)
    .await
}
