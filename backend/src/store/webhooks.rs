//! Webhook subscriptions, the outbox and the deliveries: the queries of the delivery worker
//! and of the subscriptions' administration.
//!
//! Two servers may run the worker on one database. Each step that must happen once is a
//! conditional update whose row count says who won: an event is fanned out by the worker whose
//! `dispatched = false → true` update changed it, and a delivery is sent by the worker whose
//! lease update changed it (see [`super::lease`]).

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::{Expr, ExprTrait},
};
use uuid::Uuid;

use super::{
    entities::{
        outbox_event::{self, Entity as Events},
        webhook_delivery::{self, Entity as Deliveries},
        webhook_subscription::{self, Entity as Subscriptions},
    },
    lease,
};
use crate::domain::webhook::{self, DeliveryState};

/// Removes a subscription and its delivery log.
pub async fn delete_subscription(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    id: Uuid,
) -> Result<bool, DbErr> {
    Deliveries::delete_many()
        .filter(webhook_delivery::Column::OrganisationId.eq(organisation_id))
        .filter(webhook_delivery::Column::SubscriptionId.eq(id))
        .exec(conn)
        .await?;
    Ok(Subscriptions::delete_many()
        .filter(webhook_subscription::Column::OrganisationId.eq(organisation_id))
        .filter(webhook_subscription::Column::Id.eq(id))
        .exec(conn)
        .await?
        .rows_affected
        == 1)
}

/// Switches a subscription off on the receiver's request (`410 Gone`).
pub async fn disable_subscription(
    conn: &impl ConnectionTrait,
    id: Uuid,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    Subscriptions::update_many()
        .col_expr(webhook_subscription::Column::Active, Expr::value(false))
        .col_expr(
            webhook_subscription::Column::DisabledReason,
            Expr::value(reason.to_owned()),
        )
        .col_expr(webhook_subscription::Column::UpdatedAt, Expr::value(now))
        .filter(webhook_subscription::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

pub async fn subscription(
    conn: &impl ConnectionTrait,
    id: Uuid,
) -> Result<Option<webhook_subscription::Model>, DbErr> {
    Subscriptions::find_by_id(id).one(conn).await
}

/// The oldest events not yet fanned out.
pub async fn undispatched(
    conn: &impl ConnectionTrait,
    limit: u64,
) -> Result<Vec<outbox_event::Model>, DbErr> {
    Events::find()
        .filter(outbox_event::Column::Dispatched.eq(false))
        .order_by_asc(outbox_event::Column::Id)
        .limit(limit)
        .all(conn)
        .await
}

/// Inside a write: makes the event's deliveries, one per active subscription that asks for it,
/// unless another worker already did. Returns how many were made.
pub async fn dispatch(
    conn: &impl ConnectionTrait,
    event: &outbox_event::Model,
    now: DateTime<Utc>,
) -> Result<usize, DbErr> {
    let won = Events::update_many()
        .col_expr(outbox_event::Column::Dispatched, Expr::value(true))
        .filter(outbox_event::Column::Id.eq(event.id))
        .filter(outbox_event::Column::Dispatched.eq(false))
        .exec(conn)
        .await?
        .rows_affected
        == 1;
    if !won {
        return Ok(0);
    }
    let subscriptions = Subscriptions::find()
        .filter(webhook_subscription::Column::OrganisationId.eq(event.organisation_id))
        .filter(webhook_subscription::Column::Active.eq(true))
        .all(conn)
        .await?;
    let deliveries: Vec<_> = subscriptions
        .into_iter()
        .filter(|s| webhook::subscribed(&s.event_types.0, &event.event_type))
        .map(|s| new_delivery(event, s.id, now))
        .collect();
    let count = deliveries.len();
    if count > 0 {
        Deliveries::insert_many(
            deliveries
                .into_iter()
                .map(webhook_delivery::ActiveModel::from),
        )
        .exec_without_returning(conn)
        .await?;
    }
    Ok(count)
}

fn new_delivery(
    event: &outbox_event::Model,
    subscription_id: Uuid,
    now: DateTime<Utc>,
) -> webhook_delivery::Model {
    webhook_delivery::Model {
        id: Uuid::now_v7(),
        organisation_id: event.organisation_id,
        subscription_id,
        event_id: event.id,
        event_type: event.event_type.clone(),
        state: DeliveryState::Pending,
        attempts: 0,
        last_status_code: None,
        last_error: None,
        next_attempt_at: Some(now),
        lease_until: None,
        lease_owner: None,
        created_at: now,
        delivered_at: None,
    }
}

/// An event for one subscription only (a `ping`), with its delivery: already dispatched.
pub async fn insert_direct(
    conn: &impl ConnectionTrait,
    mut event: outbox_event::Model,
    subscription_id: Uuid,
    now: DateTime<Utc>,
) -> Result<webhook_delivery::Model, DbErr> {
    event.dispatched = true;
    let delivery = new_delivery(&event, subscription_id, now);
    Events::insert(outbox_event::ActiveModel::from(event))
        .exec_without_returning(conn)
        .await?;
    Deliveries::insert(webhook_delivery::ActiveModel::from(delivery.clone()))
        .exec_without_returning(conn)
        .await?;
    Ok(delivery)
}

pub async fn event(
    conn: &impl ConnectionTrait,
    id: Uuid,
) -> Result<Option<outbox_event::Model>, DbErr> {
    Events::find_by_id(id).one(conn).await
}

/// The delivery log's columns as leased work.
const LEASED: lease::Columns<webhook_delivery::Column> = lease::Columns {
    id: webhook_delivery::Column::Id,
    state: webhook_delivery::Column::State,
    next_attempt_at: webhook_delivery::Column::NextAttemptAt,
    lease_until: webhook_delivery::Column::LeaseUntil,
    lease_owner: webhook_delivery::Column::LeaseOwner,
};

/// Deliveries that are due and not leased to a live worker, the longest waiting first.
pub async fn due(
    conn: &impl ConnectionTrait,
    now: DateTime<Utc>,
    limit: u64,
) -> Result<Vec<webhook_delivery::Model>, DbErr> {
    lease::due::<Deliveries>(conn, &LEASED, DeliveryState::Pending, now, limit).await
}

/// Takes the delivery for one attempt until `until`; `false` when another worker has it or it
/// is no longer due.
pub async fn claim(
    conn: &impl ConnectionTrait,
    id: Uuid,
    owner: Uuid,
    now: DateTime<Utc>,
    until: DateTime<Utc>,
) -> Result<bool, DbErr> {
    lease::claim::<Deliveries>(conn, &LEASED, DeliveryState::Pending, id, owner, now, until).await
}

/// What one attempt came to.
pub struct Attempt {
    pub state: DeliveryState,
    pub status_code: Option<i32>,
    pub error: Option<String>,
    pub next_attempt_at: Option<DateTime<Utc>>,
    pub at: DateTime<Utc>,
}

/// Records an attempt and lets go of the lease (only the lease's owner can).
pub async fn record_attempt(
    conn: &impl ConnectionTrait,
    id: Uuid,
    owner: Uuid,
    attempt: Attempt,
) -> Result<(), DbErr> {
    let delivered = (attempt.state == DeliveryState::Delivered).then_some(attempt.at);
    let error = attempt
        .error
        .map(|e| e.chars().take(500).collect::<String>());
    Deliveries::update_many()
        .col_expr(
            webhook_delivery::Column::Attempts,
            Expr::col(webhook_delivery::Column::Attempts).add(1),
        )
        .col_expr(webhook_delivery::Column::State, Expr::value(attempt.state))
        .col_expr(
            webhook_delivery::Column::LastStatusCode,
            Expr::value(attempt.status_code),
        )
        .col_expr(webhook_delivery::Column::LastError, Expr::value(error))
        .col_expr(
            webhook_delivery::Column::NextAttemptAt,
            Expr::value(attempt.next_attempt_at),
        )
        .col_expr(
            webhook_delivery::Column::DeliveredAt,
            Expr::value(delivered),
        )
        .col_expr(
            webhook_delivery::Column::LeaseUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(
            webhook_delivery::Column::LeaseOwner,
            Expr::value(Option::<Uuid>::None),
        )
        .filter(webhook_delivery::Column::Id.eq(id))
        .filter(webhook_delivery::Column::LeaseOwner.eq(owner))
        .exec(conn)
        .await?;
    Ok(())
}

/// Gives up on a delivery without an attempt (its subscription is off or gone).
pub async fn abandon(
    conn: &impl ConnectionTrait,
    id: Uuid,
    owner: Uuid,
    reason: &str,
) -> Result<(), DbErr> {
    Deliveries::update_many()
        .col_expr(
            webhook_delivery::Column::State,
            Expr::value(DeliveryState::Failed),
        )
        .col_expr(
            webhook_delivery::Column::LastError,
            Expr::value(reason.to_owned()),
        )
        .col_expr(
            webhook_delivery::Column::NextAttemptAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(
            webhook_delivery::Column::LeaseUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(
            webhook_delivery::Column::LeaseOwner,
            Expr::value(Option::<Uuid>::None),
        )
        .filter(webhook_delivery::Column::Id.eq(id))
        .filter(webhook_delivery::Column::LeaseOwner.eq(owner))
        .exec(conn)
        .await?;
    Ok(())
}

/// A page of a subscription's deliveries, newest last (id order).
pub async fn deliveries_page(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    subscription_id: Uuid,
    after: Option<Uuid>,
    limit: u64,
) -> Result<Vec<webhook_delivery::Model>, DbErr> {
    super::paging::after_id(
        conn,
        Deliveries::find()
            .filter(webhook_delivery::Column::OrganisationId.eq(organisation_id))
            .filter(webhook_delivery::Column::SubscriptionId.eq(subscription_id)),
        webhook_delivery::Column::Id,
        after,
        limit,
    )
    .await
}

pub async fn delivery(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    subscription_id: Uuid,
    id: Uuid,
) -> Result<Option<webhook_delivery::Model>, DbErr> {
    Deliveries::find_by_id(id)
        .filter(webhook_delivery::Column::OrganisationId.eq(organisation_id))
        .filter(webhook_delivery::Column::SubscriptionId.eq(subscription_id))
        .one(conn)
        .await
}

/// Makes a delivery due now again (same event, same `webhook-id`); a lease in progress is left
/// to finish first.
pub async fn redeliver(
    conn: &impl ConnectionTrait,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    Deliveries::update_many()
        .col_expr(
            webhook_delivery::Column::State,
            Expr::value(DeliveryState::Pending),
        )
        .col_expr(webhook_delivery::Column::NextAttemptAt, Expr::value(now))
        .filter(webhook_delivery::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}
