//! Custom decisions (maatwerkbeslissingen): logging them, who sees them, and their workflow.
//!
//! - `create`: validating a new decision and reading what its check judges by;
//! - `logbook` and `round`: the check and the ledger booking in one atomic step, exactly once per
//!   `Idempotency-Key`, for every decision that queued together;
//! - `workflow`: co-sign, approve, reject, withdraw, review, reflect;
//! - `correction`: a final decision's actual amount, booked as a compensating entry;
//! - `read`: one decision (its reading is logged), lists, and what waits for the caller.

mod correction;
mod create;
mod in_flight;
mod logbook;
mod read;
mod round;
mod workflow;

pub use correction::correct;
pub(crate) use create::ledger_entry;
pub use create::{DecisionDraft, create, request_hash};
pub use logbook::Logbook;
pub use read::{Inbox, ListFilter, get, inbox, list};
pub use workflow::{Action, act};

use uuid::Uuid;

use super::Caller;
use crate::{
    domain::role::Role,
    store::entities::{decision, decision_event},
};

/// A decision with its events, as the API shows it.
pub struct DecisionView {
    pub model: decision::Model,
    pub events: Vec<decision_event::Model>,
}

/// Who may see a decision: its author, the members and leads of its team, controllers and
/// admins.
fn may_see(caller: &Caller, decision: &decision::Model) -> bool {
    caller.user_id == decision.professional_id
        || caller.roles.any(&[Role::Admin, Role::Controller])
        || decision
            .team_id
            .is_some_and(|team| caller.team_ids.contains(&team))
}

/// A lead of the decision's team (never its author) approves, rejects and reviews.
fn leads_decision_team(caller: &Caller, decision: &decision::Model) -> bool {
    caller.user_id != decision.professional_id
        && decision.team_id.is_some_and(|team| caller.leads(team))
}

pub(crate) fn event(
    decision: &decision::Model,
    kind: &str,
    actor: Uuid,
    at: chrono::DateTime<chrono::Utc>,
    comment: Option<String>,
    data: serde_json::Value,
) -> decision_event::Model {
    decision_event::Model {
        id: Uuid::now_v7(),
        organisation_id: decision.organisation_id,
        decision_id: decision.id,
        kind: kind.into(),
        actor_id: actor,
        at,
        comment,
        data: data.to_string(),
    }
}
