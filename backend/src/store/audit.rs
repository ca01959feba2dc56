//! Appending to an organisation's audit chain, inside the caller's transaction.

use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder,
    QuerySelect, sea_query::OnConflict,
};
use uuid::Uuid;

use super::{
    batch::Batch,
    entities::{
        audit_chain_head::{self, Entity as Heads},
        audit_event::{self, Entity as Events},
    },
};
use crate::domain::audit::{EventContent, GENESIS_HASH, storable_instant};

/// What happened, by whom, to what.
pub struct Record {
    pub organisation_id: Uuid,
    pub actor_id: Option<Uuid>,
    /// `<entity type>.<what happened>`, e.g. `decision.approved`.
    pub action: String,
    pub entity_type: &'static str,
    pub entity_id: Option<Uuid>,
    /// What changed (before and after). Stored as text and hashed exactly as stored, so it stays
    /// the canonical text rather than a typed column.
    pub details: serde_json::Value,
}

/// The end of an organisation's chain, locked for appending (on PostgreSQL the head row is
/// locked so concurrent appends queue instead of forking the chain; on SQLite the single writer
/// does the same). Read it inside the transaction that makes the change, so the change and its
/// record commit together.
pub struct ChainEnd {
    organisation_id: Uuid,
    last_seq: i64,
    last_hash: String,
}

impl ChainEnd {
    /// The head row, locked (on PostgreSQL), for reading together with other queries; see
    /// [`ChainEnd::from_head`].
    pub fn head_query(organisation_id: Uuid) -> sea_orm::Select<Heads> {
        Heads::find_by_id(organisation_id).lock_exclusive()
    }

    /// From the head read with [`ChainEnd::head_query`]; an organisation whose chain has no
    /// head yet gets one.
    pub async fn from_head(
        conn: &impl ConnectionTrait,
        organisation_id: Uuid,
        head: Option<audit_chain_head::Model>,
    ) -> Result<Self, DbErr> {
        match head {
            Some(head) => Ok(Self {
                organisation_id,
                last_seq: head.last_seq,
                last_hash: head.last_hash,
            }),
            None => Self::lock(conn, organisation_id).await,
        }
    }

    pub async fn lock(conn: &impl ConnectionTrait, organisation_id: Uuid) -> Result<Self, DbErr> {
        let head = match locked_head(conn, organisation_id).await? {
            Some(head) => head,
            None => {
                // The organisation's first event: create its head (a concurrent first append
                // may have done so already), then lock it.
                let result = Heads::insert(
                    audit_chain_head::Model {
                        organisation_id,
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
                locked_head(conn, organisation_id)
                    .await?
                    .ok_or_else(|| DbErr::RecordNotFound("audit chain head".into()))?
            }
        };
        Ok(Self {
            organisation_id,
            last_seq: head.last_seq,
            last_hash: head.last_hash,
        })
    }

    /// Adds the events, chained in order, and the moved head to `batch`; the batch must run in
    /// the transaction that locked this end.
    pub fn append_into(&mut self, batch: &mut Batch, records: Vec<Record>) {
        if records.is_empty() {
            return;
        }
        let mut events = Vec::with_capacity(records.len());
        for record in records {
            debug_assert_eq!(record.organisation_id, self.organisation_id);
            let details = record.details.to_string();
            let occurred_at = storable_instant(chrono::Utc::now());
            let seq = self.last_seq + 1;
            let content = EventContent {
                organisation_id: self.organisation_id,
                seq,
                occurred_at,
                actor_id: record.actor_id,
                action: &record.action,
                entity_type: record.entity_type,
                entity_id: record.entity_id,
                details: &details,
            };
            let hash = content.hash(&self.last_hash);
            events.push(audit_event::Model {
                id: Uuid::now_v7(),
                organisation_id: self.organisation_id,
                seq,
                occurred_at,
                actor_id: record.actor_id,
                action: record.action,
                entity_type: record.entity_type.into(),
                entity_id: record.entity_id,
                details,
                prev_hash: std::mem::replace(&mut self.last_hash, hash),
                hash: self.last_hash.clone(),
            });
            self.last_seq = seq;
        }
        batch.push(Events::insert_many(
            events.into_iter().map(IntoActiveModel::into_active_model),
        ));
        batch.push(
            Heads::update_many()
                .col_expr(audit_chain_head::Column::LastSeq, self.last_seq.into())
                .col_expr(
                    audit_chain_head::Column::LastHash,
                    self.last_hash.clone().into(),
                )
                .filter(audit_chain_head::Column::OrganisationId.eq(self.organisation_id)),
        );
    }
}

async fn locked_head(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
) -> Result<Option<audit_chain_head::Model>, DbErr> {
    ChainEnd::head_query(organisation_id).one(conn).await
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

/// The events of one action on any of these entities, in chain order (e.g. the reads of a
/// client's decisions).
pub async fn of_entities(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    action: &str,
    entity_ids: &[Uuid],
) -> Result<Vec<audit_event::Model>, DbErr> {
    let mut events = Vec::new();
    for chunk in entity_ids.chunks(500) {
        events.extend(
            Events::find()
                .filter(audit_event::Column::OrganisationId.eq(organisation_id))
                .filter(audit_event::Column::Action.eq(action))
                .filter(audit_event::Column::EntityId.is_in(chunk.iter().copied()))
                .order_by_asc(audit_event::Column::Seq)
                .all(conn)
                .await?,
        );
    }
    Ok(events)
}

pub async fn head(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
) -> Result<Option<audit_chain_head::Model>, DbErr> {
    Heads::find_by_id(organisation_id).one(conn).await
}
