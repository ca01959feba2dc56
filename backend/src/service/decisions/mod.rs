//! Custom decisions (maatwerkbeslissingen): logging them, who sees them, and their workflow.
//!
//! - `create`: validating a new decision and reading what its check judges by, then handing it
//!   to the `logbook`, where it queues with its organisation's other new decisions;
//! - `round`: the check and the ledger booking of a queue's decisions in one atomic step, exactly
//!   once per `Idempotency-Key`;
//! - `replay`: the answer to a retried `Idempotency-Key`;
//! - `workflow`: co-sign, approve, reject, withdraw, review, reflect;
//! - `correction`: a final decision's actual amount, booked as a compensating entry;
//! - `read`: one decision (its reading is logged), lists, and what waits for the caller.

mod correction;
mod create;
mod in_flight;
mod logbook;
mod read;
mod replay;
mod round;
mod workflow;

pub use correction::{correct, decide_correction};
pub use create::{create, request_hash};
pub use logbook::Logbook;
pub(crate) use read::view;
pub use read::{Inbox, ListFilter, get, inbox, list};
pub use workflow::{Action, Step, act};

use std::collections::HashMap;

use uuid::Uuid;

use super::{Caller, ServiceError};
use crate::{
    domain::{processing::Activity, role::Role},
    store::{
        self,
        audit::ChainEnd,
        batch::Batch,
        changes::Changes,
        db::{BatchWrite, Db},
        entities::{decision, decision_correction, decision_event, zgw_push},
    },
};

/// A decision with its events and corrections, as the API shows it.
pub struct DecisionView {
    pub model: decision::Model,
    pub events: Vec<decision_event::Model>,
    pub corrections: Vec<decision_correction::Model>,
    /// The display names of the people on its timeline (who co-signed, approved, reviewed...).
    pub names: HashMap<Uuid, String>,
    /// Its push to the ZGW Besluiten API; `None` when there is none (not applicable).
    pub zgw: Option<zgw_push::Model>,
}

impl DecisionView {
    pub(crate) fn new(model: decision::Model, history: store::decision_history::History) -> Self {
        Self {
            model,
            events: history.events,
            corrections: history.corrections,
            names: history
                .people
                .into_iter()
                .map(|person| (person.id, person.name))
                .collect(),
            zgw: history.zgw,
        }
    }
}

/// Who may see a decision: its author, the members and leads of its team, controllers and
/// admins.
pub(crate) fn may_see(caller: &Caller, decision: &decision::Model) -> bool {
    caller.user_id == decision.professional_id
        || caller.roles.any(&[Role::Admin, Role::Controller])
        || decision
            .team_id
            .is_some_and(|team| caller.team_ids.contains(&team))
}

/// A lead of the decision's team (never its author) approves, rejects and reviews.
pub(crate) fn leads_decision_team(caller: &Caller, decision: &decision::Model) -> bool {
    caller.user_id != decision.professional_id
        && decision.team_id.is_some_and(|team| caller.leads(team))
}

/// A decision about to change, read and locked in its write (on PostgreSQL the organisation's
/// row first, as logging a decision does: the running totals and the audit chain are then always
/// locked in one order, and two such writes cannot deadlock).
async fn open_for_change(
    db: &Db,
    caller: &Caller,
    id: Uuid,
) -> Result<(BatchWrite, decision::Model), ServiceError> {
    let tx = db.begin_batch_write().await?;
    store::organisations::lock(tx.reads(), caller.organisation_id).await?;
    let decision = store::decisions::find_for_update(tx.reads(), caller.organisation_id, id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    Ok((tx, decision))
}

/// Writes the changes of a write opened by [`open_for_change`] and answers the decision as it
/// is once they are durable.
async fn finish_change(
    db: &Db,
    tx: BatchWrite,
    changes: Changes,
    caller: &Caller,
    id: Uuid,
) -> Result<DecisionView, ServiceError> {
    let started = chrono::Utc::now();
    let mut chain = ChainEnd::lock(tx.reads(), caller.organisation_id).await?;
    let mut batch = Batch::new(db.conn().get_database_backend());
    changes.write_into(&mut batch, &mut chain);
    tx.commit(batch).await?;
    let model = store::decisions::find(db.conn(), caller.organisation_id, id)
        .await?
        .ok_or(ServiceError::Internal)?;
    super::processing::by_caller(
        db,
        caller,
        Activity::DecisionChanged,
        [model.client_ref.clone()],
        started,
    );
    view(db.conn(), model).await
}
