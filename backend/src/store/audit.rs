//! Appending to an organisation's audit chain, inside the caller's transaction.

use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder,
    QuerySelect, sea_query::OnConflict,
};
use uuid::Uuid;

use super::entities::{
    audit_chain_head::{self, Entity as Heads},
    audit_event::{self, Entity as Events},
};
use crate::domain::audit::{EventContent, GENESIS_HASH, storable_instant};

/// What happened, by whom, to what.
pub struct Record<'a> {
    pub organisation_id: Uuid,
    pub actor_id: Option<Uuid>,
    pub action: &'a str,
    pub entity_type: &'a str,
    pub entity_id: Option<Uuid>,
    pub details: serde_json::Value,
}

/// Appends one event. Call it inside the transaction that makes the change, so the change and
/// its record commit together. The chain head row is locked (on PostgreSQL) so concurrent
/// appends queue instead of forking the chain; on SQLite the single writer does the same.
pub async fn append(conn: &impl ConnectionTrait, record: Record<'_>) -> Result<(), DbErr> {
    let head = match locked_head(conn, record.organisation_id).await? {
        Some(head) => head,
        None => {
            // The organisation's first event: create its head (a concurrent first append may
            // have done so already), then lock it.
            let result = Heads::insert(
                audit_chain_head::Model {
                    organisation_id: record.organisation_id,
                    last_seq: 0,
                    last_hash: GENESIS_HASH.into(),
                }
                .into_active_model(),
            )
            .on_conflict(
                OnConflict::column(audit_chain_head::Column::OrganisationId)
                    .do_nothing()
                    .to_owned(),
            )
            .exec_without_returning(conn)
            .await;
            match result {
                Ok(_) | Err(DbErr::RecordNotInserted) => {}
                Err(error) => return Err(error),
            }
            locked_head(conn, record.organisation_id)
                .await?
                .ok_or_else(|| DbErr::RecordNotFound("audit chain head".into()))?
        }
    };
    let details = record.details.to_string();
    let occurred_at = storable_instant(chrono::Utc::now());
    let seq = head.last_seq + 1;
    let content = EventContent {
        organisation_id: record.organisation_id,
        seq,
        occurred_at,
        actor_id: record.actor_id,
        action: record.action,
        entity_type: record.entity_type,
        entity_id: record.entity_id,
        details: &details,
    };
    let hash = content.hash(&head.last_hash);
    let event = audit_event::Model {
        id: Uuid::now_v7(),
        organisation_id: record.organisation_id,
        seq,
        occurred_at,
        actor_id: record.actor_id,
        action: record.action.into(),
        entity_type: record.entity_type.into(),
        entity_id: record.entity_id,
        details,
        prev_hash: head.last_hash.clone(),
        hash: hash.clone(),
    };
    Events::insert(event.into_active_model())
        .exec_without_returning(conn)
        .await?;
    Heads::update_many()
        .col_expr(audit_chain_head::Column::LastSeq, seq.into())
        .col_expr(audit_chain_head::Column::LastHash, hash.into())
        .filter(audit_chain_head::Column::OrganisationId.eq(record.organisation_id))
        .exec(conn)
        .await?;
    Ok(())
}

async fn locked_head(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
) -> Result<Option<audit_chain_head::Model>, DbErr> {
    Heads::find_by_id(organisation_id)
        .lock_exclusive()
        .one(conn)
        .await
}

/// A batch of an organisation's events in chain order, after `after_seq`.
pub async fn chain_batch(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    after_seq: i64,
    limit: u64,
) -> Result<Vec<audit_event::Model>, DbErr> {
    Events::find()
        .filter(audit_event::Column::OrganisationId.eq(organisation_id))
        .filter(audit_event::Column::Seq.gt(after_seq))
        .order_by_asc(audit_event::Column::Seq)
        .limit(limit)
        .all(conn)
        .await
}

/// Filters of the audit list.
#[derive(Default)]
pub struct Filter {
    pub entity_type: Option<String>,
    pub entity_id: Option<Uuid>,
    pub actor_id: Option<Uuid>,
    pub action: Option<String>,
    pub from: Option<chrono::DateTime<chrono::Utc>>,
    pub to: Option<chrono::DateTime<chrono::Utc>>,
}

pub async fn page(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    filter: &Filter,
    after: Option<Uuid>,
    limit: u64,
) -> Result<Vec<audit_event::Model>, DbErr> {
    let mut query = Events::find().filter(audit_event::Column::OrganisationId.eq(organisation_id));
    if let Some(entity_type) = &filter.entity_type {
        query = query.filter(audit_event::Column::EntityType.eq(entity_type.as_str()));
    }
    if let Some(entity_id) = filter.entity_id {
        query = query.filter(audit_event::Column::EntityId.eq(entity_id));
    }
    if let Some(actor_id) = filter.actor_id {
        query = query.filter(audit_event::Column::ActorId.eq(actor_id));
    }
    if let Some(action) = &filter.action {
        query = query.filter(audit_event::Column::Action.eq(action.as_str()));
    }
    if let Some(from) = filter.from {
        query = query.filter(audit_event::Column::OccurredAt.gte(from));
    }
    if let Some(to) = filter.to {
        query = query.filter(audit_event::Column::OccurredAt.lt(to));
    }
    super::paging::after_id(conn, query, audit_event::Column::Id, after, limit).await
}

pub async fn head(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
) -> Result<Option<audit_chain_head::Model>, DbErr> {
    Heads::find_by_id(organisation_id).one(conn).await
}
