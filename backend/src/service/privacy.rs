//! The client's privacy rights (AVG): a subject access request (everything held about one
//! client), erasure of a client's personal data where the law allows, and the organisation's
//! retention period, after which decisions lose their personal fields by themselves.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde_json::json;
use uuid::Uuid;

use super::{Caller, ServiceError, decisions::DecisionView, processing};
use crate::{
    domain::{
        client_ref::ClientRef,
        invalid::Invalid,
        privacy::{erased_client_ref, retention_cutoff, retention_years},
        processing::Activity,
        role::Role,
    },
    store::{
        self,
        audit::{ChainEnd, Record},
        batch::Batch,
        changes::Changes,
        db::Db,
        entities::{decision, organisation, processing_record},
        erasure::Erasure,
    },
};

/// Everything held about one client.
pub struct ClientRecord {
    pub client_ref: String,
    pub decisions: Vec<DecisionView>,
    /// Who processed the client's data, when and why (the processing log).
    pub processing: Vec<processing_record::Model>,
}

/// Most processing records a subject access answer shows (newest kept when there are more).
const RECORD_PROCESSING_LIMIT: u64 = 10_000;

fn client_ref(value: &str) -> Result<ClientRef, ServiceError> {
    let mut invalid = Invalid::new();
    let parsed = invalid.check("clientRef", ClientRef::parse(value));
    invalid.finish()?;
    parsed.ok_or(ServiceError::Internal)
}

/// `GET /client-records/{clientRef}` (controllers, admins): the client's decisions with their
/// texts, events and corrections, and the processing log of the client's data. The request is
/// itself a processing, and logged.
pub async fn client_record(
    db: &Db,
    caller: &Caller,
    reference: &str,
) -> Result<ClientRecord, ServiceError> {
    caller.require(
        &[Role::Admin, Role::Controller],
        "reading everything held about a client",
    )?;
    let started = Utc::now();
    let reference = client_ref(reference)?;
    let conn = db.conn();
    let models =
        store::erasure::decisions_of_client(conn, caller.organisation_id, reference.as_str())
            .await?;
    if models.is_empty() {
        return Err(ServiceError::NotFound);
    }
    let mut decisions = Vec::with_capacity(models.len());
    for model in models {
        decisions.push(super::decisions::view(conn, model).await?);
    }
    db.flush_processing().await?;
    let filter = store::processing_log::Filter {
        data_subject_id: Some(reference.as_str().to_owned()),
        ..Default::default()
    };
    let processing = store::processing_log::page(
        conn,
        caller.organisation_id,
        &filter,
        None,
        RECORD_PROCESSING_LIMIT,
    )
    .await?;
    processing::by_caller(
        db,
        caller,
        Activity::ClientRecordRead,
        [reference.as_str().to_owned()],
        started,
    );
    Ok(ClientRecord {
        client_ref: reference.as_str().to_owned(),
        decisions,
        processing,
    })
}

/// `POST /client-records/{clientRef}/erase` (admins): the client reference and the free texts of
/// every decision of the client are replaced; amounts, verdicts, statuses and the ledger stay,
/// under a reference that is no longer anyone's. Returns the decisions erased.
pub async fn erase_client(
    db: &Db,
    caller: &Caller,
    reference: &str,
) -> Result<Vec<Uuid>, ServiceError> {
    caller.require(&[Role::Admin], "erasing a client's data")?;
    let started = Utc::now();
    let reference = client_ref(reference)?;
    // The log's queued records of this client are written first, so the rename below finds them.
    db.flush_processing().await?;
    let tx = db.begin_batch_write().await?;
    let conn = tx.reads();
    // The ledger's running sums move: no booking may come between reading and moving them.
    store::organisations::lock(conn, caller.organisation_id).await?;
    let decisions =
        store::erasure::decisions_of_client(conn, caller.organisation_id, reference.as_str())
            .await?;
    if decisions.is_empty() {
        return Err(ServiceError::NotFound);
    }
    let now = Utc::now();
    let erased_ref = erased_client_ref(Uuid::new_v4());
    let erasure = Erasure::read(
        conn,
        caller.organisation_id,
        reference.as_str(),
        erased_ref.clone(),
        &decisions,
        true,
        now,
    )
    .await?;
    let ids = erasure.decision_ids().to_vec();
    let mut changes = Changes::new(caller.organisation_id);
    // The record names the decisions, never the client reference.
    changes.audit(Record {
        organisation_id: caller.organisation_id,
        actor_id: Some(caller.user_id),
        action: "client_record.erased".into(),
        entity_type: "client_record",
        entity_id: None,
        details: json!({"decisionIds": ids, "reason": "request"}),
    });
    let mut chain = ChainEnd::lock(conn, caller.organisation_id).await?;
    let mut batch = Batch::new(db.conn().get_database_backend());
    erasure.write_into(&mut batch);
    changes.write_into(&mut batch, &mut chain);
    tx.commit(batch).await?;
    // A read that queued a record between the flush and the erasure is renamed too.
    rename_late_records(db, caller.organisation_id, reference.as_str(), &erased_ref).await?;
    processing::by_caller(
        db,
        caller,
        Activity::ClientRecordErased,
        [erased_ref],
        started,
    );
    tracing::info!(decisions = ids.len(), by = %caller.user_id, "client record erased");
    Ok(ids)
}

/// Writes what the processing log queued and renames the erased client in it once more.
async fn rename_late_records(
    db: &Db,
    organisation_id: Uuid,
    from: &str,
    to: &str,
) -> Result<(), ServiceError> {
    db.flush_processing().await?;
    let tx = db.begin_write().await?;
    let mut batch = Batch::new(db.conn().get_database_backend());
    store::processing_log::rename_subject_into(&mut batch, organisation_id, from, to);
    batch.run(&*tx).await?;
    tx.commit().await?;
    Ok(())
}

/// Decisions erased per write: a year's backlog on the first run is worked off in parts.
const RETENTION_BATCH: u64 = 500;

/// Erases the personal fields of every decision older than its organisation's retention period
/// on `today` (Amsterdam), in the same way as a request. Returns how many were erased.
pub async fn apply_retention(
    db: &Db,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<u64, ServiceError> {
    let mut erased = 0;
    for organisation in store::organisations::all(db.conn()).await? {
        let cutoff = retention_cutoff(today, organisation.retention_years);
        loop {
            let batch = retain_batch(db, &organisation, cutoff, now).await?;
            erased += batch;
            if batch < RETENTION_BATCH {
                break;
            }
        }
    }
    Ok(erased)
}

async fn retain_batch(
    db: &Db,
    organisation: &organisation::Model,
    cutoff: NaiveDate,
    now: DateTime<Utc>,
) -> Result<u64, ServiceError> {
    db.flush_processing().await?;
    let tx = db.begin_batch_write().await?;
    let conn = tx.reads();
    store::organisations::lock(conn, organisation.id).await?;
    let due =
        store::erasure::due_for_retention(conn, organisation.id, cutoff, RETENTION_BATCH).await?;
    if due.is_empty() {
        return Ok(0);
    }
    let count = due.len() as u64;
    let mut by_client: BTreeMap<String, Vec<decision::Model>> = BTreeMap::new();
    for decision in due {
        by_client
            .entry(decision.client_ref.clone())
            .or_default()
            .push(decision);
    }
    let mut batch = Batch::new(db.conn().get_database_backend());
    let mut changes = Changes::new(organisation.id);
    let mut erased_refs = Vec::new();
    for (reference, decisions) in by_client {
        let erased_ref = erased_client_ref(Uuid::new_v4());
        let erasure = Erasure::read(
            conn,
            organisation.id,
            &reference,
            erased_ref.clone(),
            &decisions,
            false,
            now,
        )
        .await?;
        // The client's processing records move with the last of their decisions; while newer
        // decisions of the client are kept, the log still serves their subject access.
        let kept = store::erasure::decisions_of_client(conn, organisation.id, &reference)
            .await?
            .iter()
            .any(|d| d.erased_at.is_none() && !erasure.decision_ids().contains(&d.id));
        if !kept {
            store::processing_log::rename_subject_into(
                &mut batch,
                organisation.id,
                &reference,
                &erased_ref,
            );
        }
        erased_refs.push(erased_ref);
        for id in erasure.decision_ids() {
            changes.audit(Record {
                organisation_id: organisation.id,
                actor_id: None,
                action: "decision.erased".into(),
                entity_type: "decision",
                entity_id: Some(*id),
                details: json!({"reason": "retention", "retentionYears": organisation.retention_years}),
            });
        }
        erasure.write_into(&mut batch);
    }
    let mut chain = ChainEnd::lock(conn, organisation.id).await?;
    changes.write_into(&mut batch, &mut chain);
    tx.commit(batch).await?;
    processing::record(
        db,
        organisation.id,
        None,
        Activity::ClientRecordErased,
        erased_refs,
        now,
    );
    tracing::info!(organisation_id = %organisation.id, decisions = count, "decisions past retention erased");
    Ok(count)
}

/// The organisation's settings an admin may read and change.
pub async fn organisation(db: &Db, caller: &Caller) -> Result<organisation::Model, ServiceError> {
    caller.require(
        &[Role::Admin, Role::Controller],
        "reading the organisation's settings",
    )?;
    store::organisations::find(db.conn(), caller.organisation_id)
        .await?
        .ok_or(ServiceError::NotFound)
}

/// Sets the retention period (admins); the change is recorded in the audit trail.
pub async fn set_retention(
    db: &Db,
    caller: &Caller,
    years: i64,
) -> Result<organisation::Model, ServiceError> {
    caller.require(&[Role::Admin], "setting the retention period")?;
    let mut invalid = Invalid::new();
    let years = invalid.check("retentionYears", retention_years(years));
    invalid.finish()?;
    let years = years.ok_or(ServiceError::Internal)?;
    let before = organisation(db, caller).await?;
    let tx = db.begin_write().await?;
    store::organisations::set_retention_years(&*tx, caller.organisation_id, years).await?;
    super::audit::record(
        &*tx,
        caller,
        "organisation.changed",
        "organisation",
        caller.organisation_id,
        json!({"before": {"retentionYears": before.retention_years}, "after": {"retentionYears": years}}),
    )
    .await?;
    tx.commit().await?;
    organisation(db, caller).await
}
