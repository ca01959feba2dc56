//! Corrections of decisions' amounts.

use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use uuid::Uuid;

use super::{
    batch::Batch,
    entities::decision_correction::{self, Column, Entity as Corrections},
};
use crate::domain::decision::CorrectionState;

/// A decision's corrections, oldest first.
pub async fn of_decision(
    conn: &impl ConnectionTrait,
    decision_id: Uuid,
) -> Result<Vec<decision_correction::Model>, DbErr> {
    Corrections::find()
        .filter(Column::DecisionId.eq(decision_id))
        .order_by_asc(Column::Id)
        .all(conn)
        .await
}

/// The correction, locked until the transaction ends (PostgreSQL).
pub async fn find_for_update(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    decision_id: Uuid,
    id: Uuid,
) -> Result<Option<decision_correction::Model>, DbErr> {
    Corrections::find_by_id(id)
        .filter(Column::OrganisationId.eq(organisation_id))
        .filter(Column::DecisionId.eq(decision_id))
        .lock_exclusive()
        .one(conn)
        .await
}

/// Corrections waiting for a lead, of these teams, oldest first.
pub async fn waiting(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    teams: &[Uuid],
) -> Result<Vec<decision_correction::Model>, DbErr> {
    Corrections::find()
        .filter(Column::OrganisationId.eq(organisation_id))
        .filter(Column::State.eq(CorrectionState::Pending))
        .filter(Column::TeamId.is_in(teams.iter().copied()))
        .order_by_asc(Column::Id)
        .all(conn)
        .await
}

/// The corrections of these decisions that the mandate did not cover (waiting, approved or
/// rejected), in order.
pub async fn beyond_mandate_of_many(
    conn: &impl ConnectionTrait,
    decision_ids: &[Uuid],
) -> Result<Vec<decision_correction::Model>, DbErr> {
    let mut found = Vec::new();
    for chunk in decision_ids.chunks(500) {
        found.extend(
            Corrections::find()
                .filter(Column::DecisionId.is_in(chunk.iter().copied()))
                .filter(Column::State.ne(CorrectionState::Applied))
                .order_by_asc(Column::Id)
                .all(conn)
                .await?,
        );
    }
    Ok(found)
}

/// Adds new corrections to `batch`.
pub fn insert_into(batch: &mut Batch, corrections: Vec<decision_correction::Model>) {
    batch.insert::<Corrections, _>(corrections);
}

/// Adds a lead's decision on a correction to `batch`.
pub fn decided_into(batch: &mut Batch, correction: &decision_correction::Model) {
    batch.push(
        Corrections::update_many()
            .col_expr(Column::State, correction.state.into())
            .col_expr(Column::DecidedBy, correction.decided_by.into())
            .col_expr(Column::DecidedAt, correction.decided_at.into())
            .col_expr(
                Column::DecisionComment,
                correction.decision_comment.clone().into(),
            )
            .filter(Column::Id.eq(correction.id)),
    );
}
