//! Everything one write changes, written together: the one way the decisions' writes (logging a
//! round, each workflow step, a correction) and the audit trail reach the database.
//!
//! A use case collects its rows here — decisions and their status changes, ledger bookings,
//! report totals, timeline events, audit records, idempotency keys, the webhook events they
//! announce and the ZGW pushes of decisions that became final (the outbox) — and
//! [`Changes::write_into`]
//! adds them to one [`Batch`] in a fixed order, each kind of row in as few statements as fit.
//! A new kind of row that must commit with its cause is added in this one place.

use chrono::{DateTime, SecondsFormat, Utc};
use sea_orm::{ConnectionTrait, DbErr};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::{
    audit::{ChainEnd, Record},
    batch::Batch,
    columns::JsonText,
    corrections, decisions,
    entities::{
        decision, decision_correction, decision_event, decision_month_total, idempotency_key,
        outbox_event,
    },
    idempotency,
    ledger::{self, Bookings},
    report_totals::{self, StepCounts},
    zgw_pushes,
};
use crate::domain::{
    decision::{EventData, EventKind, Status},
    ledger::Entry,
    webhook, zgw,
};

/// The rows of one write, for one organisation.
pub struct Changes {
    organisation_id: Uuid,
    /// Whether events leave audit records and are announced (always, but for synthetic volume).
    audited: bool,
    keys: Vec<idempotency_key::Model>,
    decisions: Vec<decision::Model>,
    statuses: Vec<(Uuid, Status, DateTime<Utc>)>,
    bookings: Bookings,
    decision_totals: Vec<decision_month_total::Model>,
    steps: StepCounts,
    events: Vec<decision_event::Model>,
    new_corrections: Vec<decision_correction::Model>,
    decided_corrections: Vec<decision_correction::Model>,
    audit: Vec<Record>,
    outbox: Vec<outbox_event::Model>,
    /// Decisions that became final: `(decision, category, at)`, pushed as besluiten when the
    /// organisation's ZGW connection has a besluittype for the category.
    zgw_pushes: Vec<(Uuid, Uuid, DateTime<Utc>)>,
}

impl Changes {
    pub fn new(organisation_id: Uuid) -> Self {
        Self {
            organisation_id,
            audited: true,
            keys: Vec::new(),
            decisions: Vec::new(),
            statuses: Vec::new(),
            bookings: Bookings::default(),
            decision_totals: Vec::new(),
            steps: StepCounts::default(),
            events: Vec::new(),
            new_corrections: Vec::new(),
            decided_corrections: Vec::new(),
            audit: Vec::new(),
            outbox: Vec::new(),
            zgw_pushes: Vec::new(),
        }
    }

    /// For `mandaat seed`'s synthetic volume: the audit trail records real changes only, and
    /// only real changes are announced to webhooks.
    pub fn unaudited(organisation_id: Uuid) -> Self {
        Self {
            audited: false,
            ..Self::new(organisation_id)
        }
    }

    /// An `Idempotency-Key` answered by this write; a key already stored fails the whole write.
    pub fn key(&mut self, key: idempotency_key::Model) {
        self.keys.push(key);
    }

    /// A new decision, counted in the report totals under its status.
    pub fn insert_decision(&mut self, decision: decision::Model) {
        self.decision_totals
            .push(report_totals::decision_row(&decision, decision.status, 1));
        self.decisions.push(decision);
    }

    /// The decision moves from its current status to `to`; the report totals move with it.
    pub fn set_status(&mut self, decision: &decision::Model, to: Status, at: DateTime<Utc>) {
        if to != decision.status {
            self.decision_totals.extend([
                report_totals::decision_row(decision, decision.status, -1),
                report_totals::decision_row(decision, to, 1),
            ]);
        }
        self.statuses.push((decision.id, to, at));
    }

    /// Books ledger entries of the decision.
    pub fn book(&mut self, decision: &decision::Model, entries: Vec<Entry>, at: DateTime<Utc>) {
        for entry in entries {
            self.bookings.add(ledger::entry_of(decision, entry, at));
        }
    }

    /// A change of what the decision holds (a correction) in the report totals' amounts, under
    /// `status`: the decision's own, or `awaiting_approval` for a raise that waits for a lead.
    pub fn count_amount(&mut self, decision: &decision::Model, status: Status, delta_cents: i64) {
        let mut row = report_totals::decision_row(decision, status, 0);
        row.amount_cents = delta_cents;
        self.decision_totals.push(row);
    }

    /// A new correction of a decision's amount.
    pub fn insert_correction(&mut self, correction: decision_correction::Model) {
        self.new_corrections.push(correction);
    }

    /// A lead's decision on a waiting correction.
    pub fn correction_decided(&mut self, correction: decision_correction::Model) {
        self.decided_corrections.push(correction);
    }

    /// A workflow step in the reports' step counts.
    pub fn count_step(
        &mut self,
        decision: &decision::Model,
        step: EventKind,
        outcome: &str,
        at: DateTime<Utc>,
    ) {
        self.steps.count(decision, step, outcome, at);
    }

    /// Records what happened to the decision: the event on its timeline and, for every change
    /// of its state or amount, the audit record.
    pub fn event(
        &mut self,
        decision: &decision::Model,
        kind: EventKind,
        data: EventData,
        actor: Uuid,
        at: DateTime<Utc>,
        comment: Option<String>,
    ) -> decision_event::Model {
        if self.audited
            && let Some(details) = audit_details(decision, &data)
        {
            self.audit.push(Record {
                organisation_id: decision.organisation_id,
                actor_id: Some(actor),
                action: format!("decision.{}", kind.as_str()),
                entity_type: "decision",
                entity_id: Some(decision.id),
                details,
            });
        }
        if let Some(event_type) = webhook::decision_event_type(kind) {
            self.announce(event_type, decision_event_data(decision, &data), at);
        }
        if self.audited && zgw::becomes_final(&data) {
            self.zgw_pushes
                .push((decision.id, decision.category_id, at));
        }
        let event = decision_event::Model {
            id: Uuid::now_v7(),
            organisation_id: decision.organisation_id,
            decision_id: decision.id,
            kind,
            actor_id: actor,
            at,
            comment,
            data: JsonText(data),
        };
        self.events.push(event.clone());
        event
    }

    /// An event for the organisation's webhooks (the outbox): delivered after this write
    /// commits, and only if it commits.
    pub fn announce(&mut self, event_type: &'static str, data: Value, at: DateTime<Utc>) {
        self.announce_as(Uuid::now_v7(), event_type, data, at);
    }

    /// As [`Changes::announce`], but at most once ever for `once_key` in the organisation: the
    /// event's id is derived from the key, and an id already stored is skipped.
    pub fn announce_once(
        &mut self,
        once_key: &str,
        event_type: &'static str,
        data: Value,
        at: DateTime<Utc>,
    ) {
        let digest = Sha256::digest(format!("{}:{once_key}", self.organisation_id));
        let mut bytes = [0u8; 16];
        bytes.copy_from_slice(&digest[..16]);
        let id = uuid::Builder::from_random_bytes(bytes).into_uuid();
        if self.outbox.iter().all(|event| event.id != id) {
            self.announce_as(id, event_type, data, at);
        }
    }

    fn announce_as(&mut self, id: Uuid, event_type: &'static str, data: Value, at: DateTime<Utc>) {
        if !self.audited {
            return;
        }
        let body = json!({
            "type": event_type,
            "timestamp": at.to_rfc3339_opts(SecondsFormat::Millis, true),
            "data": data,
        });
        self.outbox.push(outbox_event::Model {
            id,
            organisation_id: self.organisation_id,
            event_type: event_type.to_owned(),
            body: body.to_string(),
            created_at: at,
            dispatched: false,
        });
    }

    /// A change of anything else, in the audit trail.
    pub fn audit(&mut self, record: Record) {
        debug_assert_eq!(record.organisation_id, self.organisation_id);
        self.audit.push(record);
    }

    /// What the bookings so far add to the ledger's running sums.
    pub fn booked_month_rows(
        &self,
    ) -> impl Iterator<Item = &super::entities::ledger_month_total::Model> {
        self.bookings.month_rows()
    }

    /// Adds every row to `batch`: the keys first, so a taken key stops the batch before anything
    /// else is tried; the audit records last, chained onto `chain`.
    pub fn write_into(self, batch: &mut Batch, chain: &mut ChainEnd) {
        idempotency::record_into(batch, self.keys);
        decisions::insert_into(batch, self.decisions);
        for (id, status, at) in self.statuses {
            decisions::set_status_into(batch, id, status, at);
        }
        self.bookings.write_into(batch);
        report_totals::add_decisions_into(batch, self.decision_totals);
        report_totals::add_steps_into(batch, self.steps);
        decisions::insert_events_into(batch, self.events);
        corrections::insert_into(batch, self.new_corrections);
        for correction in &self.decided_corrections {
            corrections::decided_into(batch, correction);
        }
        // An event announced once (see `announce_once`) that is already stored is skipped.
        batch.insert_or_skip::<outbox_event::Entity, _>(self.outbox, outbox_event::Column::Id);
        for (decision_id, category_id, at) in self.zgw_pushes {
            zgw_pushes::queue_into(batch, self.organisation_id, decision_id, category_id, at);
        }
        chain.append_into(batch, self.audit);
    }

    /// Writes everything on `conn`, inside the caller's transaction, with the audit records
    /// chained onto the organisation's chain (locked until that transaction ends).
    pub async fn write(self, conn: &impl ConnectionTrait) -> Result<(), DbErr> {
        let mut chain = ChainEnd::lock(conn, self.organisation_id).await?;
        let mut batch = Batch::new(conn.get_database_backend());
        self.write_into(&mut batch, &mut chain);
        batch.run(conn).await
    }
}

/// What a webhook is told of a decision's event: its state after the event, without the client
/// reference or any free text (a receiver reads those through the API, where reads are logged).
fn decision_event_data(decision: &decision::Model, data: &EventData) -> Value {
    let mut body = json!({
        "decisionId": decision.id,
        "status": decision.status.as_str(),
        "verdict": decision.verdict.as_str(),
        "amountCents": decision.amount_cents,
        "categoryId": decision.category_id,
        "professionalId": decision.professional_id,
        "teamId": decision.team_id,
        "decidedOn": decision.decided_on,
        "urgent": decision.urgent,
        "mandateVersionId": decision.mandate_version_id,
    });
    match data {
        EventData::Created { status, .. } => {
            body["status"] = json!(status.as_str());
        }
        EventData::Moved { from, to } => {
            body["status"] = json!(to.as_str());
            body["previousStatus"] = json!(from.as_str());
        }
        EventData::Reviewed {
            from, to, outcome, ..
        } => {
            body["status"] = json!(to.as_str());
            body["previousStatus"] = json!(from.as_str());
            body["outcome"] = json!(outcome.as_str());
        }
        EventData::Corrected {
            from_cents,
            to_cents,
            ..
        } => {
            body["amountCents"] = json!(to_cents);
            body["previousAmountCents"] = json!(from_cents);
        }
        EventData::CorrectionRequested { .. }
        | EventData::CorrectionRejected { .. }
        | EventData::Reflected { .. } => {}
    }
    body
}

/// What the audit trail records of a decision's event: its state and amount before and after.
/// A reflection changes neither and leaves no audit record.
fn audit_details(decision: &decision::Model, data: &EventData) -> Option<Value> {
    match data {
        EventData::Created { .. } => Some(json!({"after": {
            "status": decision.status.as_str(),
            "verdict": decision.verdict.as_str(),
            "amountCents": decision.amount_cents,
            "categoryId": decision.category_id,
            "mandateVersionId": decision.mandate_version_id,
            "urgent": decision.urgent,
        }})),
        EventData::Moved { from, to } | EventData::Reviewed { from, to, .. } => Some(json!({
            "before": {"status": from.as_str()},
            "after": {"status": to.as_str()},
        })),
        EventData::Corrected {
            from_cents,
            to_cents,
            ..
        } => Some(json!({
            "before": {"amountCents": from_cents},
            "after": {"amountCents": to_cents},
        })),
        EventData::CorrectionRequested {
            from_cents,
            to_cents,
            verdict,
            ..
        } => Some(json!({
            "before": {"amountCents": from_cents},
            "requested": {"amountCents": to_cents, "verdict": verdict.as_str()},
        })),
        EventData::CorrectionRejected {
            from_cents,
            to_cents,
            ..
        } => Some(json!({
            "before": {"amountCents": from_cents},
            "rejected": {"amountCents": to_cents},
        })),
        EventData::Reflected { .. } => None,
    }
}
