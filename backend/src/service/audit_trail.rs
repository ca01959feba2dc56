//! Reading the audit trail and verifying its hash chain (controllers and admins).

use super::{
    Caller, ServiceError,
    page::{Page, PageRequest},
};
use crate::{
    domain::{
        audit::{EventContent, GENESIS_HASH},
        role::Role,
    },
    store::{self, audit::Filter, db::Db, entities::audit_event},
};

pub async fn list(
    db: &Db,
    caller: &Caller,
    filter: Filter,
    page: PageRequest,
) -> Result<Page<audit_event::Model>, ServiceError> {
    caller.require(&[Role::Controller, Role::Admin], "reading the audit trail")?;
    let rows = store::audit::page(
        db.conn(),
        caller.organisation_id,
        &filter,
        page.after,
        page.fetch(),
    )
    .await?;
    Ok(page.finish(rows, |e| e.id))
}

pub struct Verification {
    pub valid: bool,
    pub checked: u64,
    /// The sequence number of the first event that does not verify.
    pub first_invalid: Option<i64>,
}

/// Recomputes every hash in chain order. An altered field, a removed or inserted event, and a
/// truncated end (the chain head remembers the last link) all make the chain invalid.
pub async fn verify(db: &Db, caller: &Caller) -> Result<Verification, ServiceError> {
    caller.require(
        &[Role::Controller, Role::Admin],
        "verifying the audit trail",
    )?;
    let conn = db.conn();
    let mut prev_hash = GENESIS_HASH.to_owned();
    let mut expected_seq = 1;
    let mut checked = 0;
    loop {
        let batch =
            store::audit::chain_batch(conn, caller.organisation_id, expected_seq - 1, 1000).await?;
        if batch.is_empty() {
            break;
        }
        for event in batch {
            checked += 1;
            let content = EventContent {
                organisation_id: event.organisation_id,
                seq: event.seq,
                occurred_at: event.occurred_at,
                actor_id: event.actor_id,
                action: &event.action,
                entity_type: &event.entity_type,
                entity_id: event.entity_id,
                details: &event.details,
            };
            let intact = event.seq == expected_seq
                && event.prev_hash == prev_hash
                && content.hash(&prev_hash) == event.hash;
            if !intact {
                return Ok(Verification {
                    valid: false,
                    checked,
                    first_invalid: Some(expected_seq),
                });
            }
            prev_hash = event.hash;
            expected_seq += 1;
        }
    }
    let head = store::audit::head(conn, caller.organisation_id).await?;
    let last_seq = expected_seq - 1;
    if let Some(head) = head
        && (head.last_seq != last_seq || head.last_hash != prev_hash)
    {
        return Ok(Verification {
            valid: false,
            checked,
            first_invalid: Some(last_seq + 1),
        });
    }
    Ok(Verification {
        valid: true,
        checked,
        first_invalid: None,
    })
}
