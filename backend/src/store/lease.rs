//! Work that is due and taken by one worker at a time: webhook deliveries and ZGW pushes.
//!
//! Two servers may run the workers on one database. A row is due while it is pending and its
//! next attempt has come; a worker takes it with a conditional update whose row count says who
//! won, for a lease that outlasts one attempt. A lease that ran out (its worker died
//! mid-attempt) may be taken over; only the lease's owner records the attempt's outcome.

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Value, sea_query::Expr,
};
use uuid::Uuid;

/// The columns of a table of leased work.
pub struct Columns<C> {
    pub id: C,
    pub state: C,
    pub next_attempt_at: C,
    pub lease_until: C,
    pub lease_owner: C,
}

impl<C: ColumnTrait> Columns<C> {
    /// Not leased to a live worker.
    fn free(&self, now: DateTime<Utc>) -> Condition {
        Condition::any()
            .add(self.lease_until.is_null())
            .add(self.lease_until.lt(now))
    }

    /// Pending, due and free.
    fn due(&self, pending: Value, now: DateTime<Utc>) -> Condition {
        Condition::all()
            .add(self.state.eq(pending))
            .add(self.next_attempt_at.lte(now))
            .add(self.free(now))
    }
}

/// Rows that are due and free, the longest waiting first.
pub async fn due<E: EntityTrait>(
    conn: &impl ConnectionTrait,
    columns: &Columns<E::Column>,
    pending: impl Into<Value>,
    now: DateTime<Utc>,
    limit: u64,
) -> Result<Vec<E::Model>, DbErr> {
    E::find()
        .filter(columns.due(pending.into(), now))
        .order_by_asc(columns.next_attempt_at)
        .limit(limit)
        .all(conn)
        .await
}

/// Takes the row for one attempt until `until`; `false` when another worker has it or it is no
/// longer due.
pub async fn claim<E: EntityTrait>(
    conn: &impl ConnectionTrait,
    columns: &Columns<E::Column>,
    pending: impl Into<Value>,
    id: Uuid,
    owner: Uuid,
    now: DateTime<Utc>,
    until: DateTime<Utc>,
) -> Result<bool, DbErr> {
    Ok(E::update_many()
        .col_expr(columns.lease_until, Expr::value(until))
        .col_expr(columns.lease_owner, Expr::value(owner))
        .filter(columns.id.eq(id))
        .filter(columns.due(pending.into(), now))
        .exec(conn)
        .await?
        .rows_affected
        == 1)
}
