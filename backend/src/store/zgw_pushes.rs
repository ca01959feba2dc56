//! Pushes of final decisions to the organisation's ZGW Besluiten API: queued in the decision's
//! own write, taken by the push worker under a lease (see [`super::lease`]), and their state as
//! the decision shows it.

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter,
    sea_query::{Expr, ExprTrait, OnConflict, Query},
};
use uuid::Uuid;

use super::{
    batch::Batch,
    entities::{
        zgw_connection,
        zgw_push::{self, Entity as Pushes},
    },
    lease,
};
use crate::domain::zgw::PushState;

const LEASED: lease::Columns<zgw_push::Column> = lease::Columns {
    id: zgw_push::Column::DecisionId,
    state: zgw_push::Column::State,
    next_attempt_at: zgw_push::Column::NextAttemptAt,
    lease_until: zgw_push::Column::LeaseUntil,
    lease_owner: zgw_push::Column::LeaseOwner,
};

/// Inside the write that makes a decision final: queues its push, due at once, if the
/// organisation's connection gives its category a besluittype. The check is part of the insert
/// (`INSERT … SELECT … WHERE`), so a write without a connection costs no extra round trip. The
/// besluittypen are stored as JSON text whose keys serde writes without spaces, and a value's
/// own quotes are escaped there, so the pattern matches the key `category_id` only.
pub fn queue_into(
    batch: &mut Batch,
    organisation_id: Uuid,
    decision_id: Uuid,
    category_id: Uuid,
    at: DateTime<Utc>,
) {
    let pattern = format!("%\"category_id\":\"{category_id}\"%");
    let mut select = Query::select();
    select
        .exprs([
            Expr::val(decision_id),
            Expr::val(organisation_id),
            Expr::val(PushState::Pending.as_str()),
            Expr::val(0i32),
            Expr::val(at),
            Expr::val(at),
            Expr::val(at),
        ])
        .from(zgw_connection::Entity)
        .and_where(zgw_connection::Column::OrganisationId.eq(organisation_id))
        .and_where(Expr::col(zgw_connection::Column::Besluittypen).like(pattern));
    let mut insert = Query::insert();
    insert
        .into_table(Pushes)
        .columns([
            zgw_push::Column::DecisionId,
            zgw_push::Column::OrganisationId,
            zgw_push::Column::State,
            zgw_push::Column::Attempts,
            zgw_push::Column::NextAttemptAt,
            zgw_push::Column::CreatedAt,
            zgw_push::Column::UpdatedAt,
        ])
        .on_conflict(
            OnConflict::column(zgw_push::Column::DecisionId)
                .do_nothing()
                .to_owned(),
        );
    // Seven columns, seven values: `select_from` cannot refuse it.
    if insert.select_from(select).is_ok() {
        batch.push_statement(&insert);
    }
}

/// The push of one decision, if there is one.
pub async fn of_decision(
    conn: &impl ConnectionTrait,
    decision_id: Uuid,
) -> Result<Option<zgw_push::Model>, DbErr> {
    Pushes::find_by_id(decision_id).one(conn).await
}

/// The pushes of these decisions (of one organisation), for a list.
pub async fn of_decisions(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    ids: &[Uuid],
) -> Result<Vec<zgw_push::Model>, DbErr> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    Pushes::find()
        .filter(zgw_push::Column::OrganisationId.eq(organisation_id))
        .filter(zgw_push::Column::DecisionId.is_in(ids.iter().copied()))
        .all(conn)
        .await
}

/// Pushes that are due and not leased to a live worker, the longest waiting first.
pub async fn due(
    conn: &impl ConnectionTrait,
    now: DateTime<Utc>,
    limit: u64,
) -> Result<Vec<zgw_push::Model>, DbErr> {
    lease::due::<Pushes>(conn, &LEASED, PushState::Pending, now, limit).await
}

/// Takes the push for one attempt until `until`.
pub async fn claim(
    conn: &impl ConnectionTrait,
    decision_id: Uuid,
    owner: Uuid,
    now: DateTime<Utc>,
    until: DateTime<Utc>,
) -> Result<bool, DbErr> {
    lease::claim::<Pushes>(
        conn,
        &LEASED,
        PushState::Pending,
        decision_id,
        owner,
        now,
        until,
    )
    .await
}

/// What one attempt came to.
pub struct Attempt {
    pub state: PushState,
    /// Whether an attempt was made (a push found not applicable any more was not tried).
    pub tried: bool,
    pub status_code: Option<i32>,
    pub besluit_url: Option<String>,
    pub error: Option<String>,
    pub next_attempt_at: Option<DateTime<Utc>>,
    pub at: DateTime<Utc>,
}

/// Records an attempt and lets go of the lease (only the lease's owner can).
pub async fn record_attempt(
    conn: &impl ConnectionTrait,
    decision_id: Uuid,
    owner: Uuid,
    attempt: Attempt,
) -> Result<(), DbErr> {
    let error = attempt
        .error
        .map(|e| e.chars().take(500).collect::<String>());
    let mut update = Pushes::update_many()
        .col_expr(zgw_push::Column::State, Expr::value(attempt.state))
        .col_expr(
            zgw_push::Column::LastStatusCode,
            Expr::value(attempt.status_code),
        )
        .col_expr(zgw_push::Column::LastError, Expr::value(error))
        .col_expr(
            zgw_push::Column::NextAttemptAt,
            Expr::value(attempt.next_attempt_at),
        )
        .col_expr(
            zgw_push::Column::LeaseUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(
            zgw_push::Column::LeaseOwner,
            Expr::value(Option::<Uuid>::None),
        )
        .col_expr(zgw_push::Column::UpdatedAt, Expr::value(attempt.at));
    if attempt.tried {
        update = update.col_expr(
            zgw_push::Column::Attempts,
            Expr::col(zgw_push::Column::Attempts).add(1),
        );
    }
    if let Some(url) = attempt.besluit_url {
        update = update.col_expr(zgw_push::Column::BesluitUrl, Expr::value(url));
    }
    update
        .filter(zgw_push::Column::DecisionId.eq(decision_id))
        .filter(zgw_push::Column::LeaseOwner.eq(owner))
        .exec(conn)
        .await?;
    Ok(())
}

/// Makes the decision's push due now again, from its first attempt (a push that did not exist
/// yet, because the besluittype was set after the decision became final, is made). A lease in
/// progress is left to finish first.
pub async fn push_again(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    decision_id: Uuid,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let row = zgw_push::Model {
        decision_id,
        organisation_id,
        state: PushState::Pending,
        besluit_url: None,
        attempts: 0,
        last_status_code: None,
        last_error: None,
        next_attempt_at: Some(now),
        lease_until: None,
        lease_owner: None,
        created_at: now,
        updated_at: now,
    };
    Pushes::insert(zgw_push::ActiveModel::from(row))
        .on_conflict(
            OnConflict::column(zgw_push::Column::DecisionId)
                .update_columns([
                    zgw_push::Column::State,
                    zgw_push::Column::Attempts,
                    zgw_push::Column::LastStatusCode,
                    zgw_push::Column::LastError,
                    zgw_push::Column::NextAttemptAt,
                    zgw_push::Column::UpdatedAt,
                ])
                .to_owned(),
        )
        .exec_without_returning(conn)
        .await?;
    Ok(())
}
