//! A decision's push to the ZGW Besluiten API asked for again: after a refusal was put right on
//! the other side, after the retries ran out, or for a final decision whose category got its
//! besluittype later. The push itself stays the worker's; this only makes it due now.

use chrono::Utc;
use sea_orm::EntityTrait;
use serde_json::json;
use uuid::Uuid;

use crate::{
    domain::{processing::Activity, role::Role, zgw},
    service::{
        Caller, ServiceError, audit,
        decisions::{DecisionView, leads_decision_team, view},
        processing,
    },
    store::{self, db::Db, entities::zgw_connection},
};

/// Admins, and the leads of the decision's team (who answer for it), may push it again.
pub async fn push_again(db: &Db, caller: &Caller, id: Uuid) -> Result<DecisionView, ServiceError> {
    let started = Utc::now();
    let decision = store::decisions::find(db.conn(), caller.organisation_id, id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if !(caller.roles.any(&[Role::Admin]) || leads_decision_team(caller, &decision)) {
        return Err(ServiceError::forbidden(
            "an admin or a lead of the decision's team pushes it to the ZGW Besluiten API",
        ));
    }
    if !zgw::is_final(decision.status) {
        return Err(ServiceError::Conflict(format!(
            "a decision that is {} is not final and is not a besluit",
            decision.status.as_str().replace('_', " ")
        )));
    }
    let connection = zgw_connection::Entity::find_by_id(caller.organisation_id)
        .one(db.conn())
        .await?;
    let has_besluittype = connection.is_some_and(|c| {
        c.besluittypen
            .0
            .iter()
            .any(|b| b.category_id == decision.category_id)
    });
    if !has_besluittype {
        return Err(ServiceError::Conflict(
            "the decision's category has no besluittype in the ZGW connection".into(),
        ));
    }
    let tx = db.begin_write().await?;
    store::zgw_pushes::push_again(&*tx, caller.organisation_id, id, Utc::now()).await?;
    audit::record(
        &*tx,
        caller,
        "decision.zgw_push_requested",
        "decision",
        id,
        json!({}),
    )
    .await?;
    tx.commit().await?;
    tracing::info!(decision_id = %id, by = %caller.user_id, "ZGW push asked for again");
    // The answer shows the decision with its client reference: a processing like any change.
    processing::by_caller(
        db,
        caller,
        Activity::DecisionChanged,
        [decision.client_ref.clone()],
        started,
    );
    view(db.conn(), decision).await
}
