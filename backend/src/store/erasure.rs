//! Erasing a client's personal data from stored decisions: the client reference and the free
//! texts are replaced, amounts, verdicts, statuses and the ledger's sums stay. Nothing the audit
//! chain hashes is touched (its records hold no client reference and no free text), so the chain
//! still verifies afterwards.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::{Expr, ExprTrait},
};
use uuid::Uuid;

use super::{
    batch::Batch,
    columns::JsonText,
    entities::{
        decision::{self, Entity as Decisions},
        decision_correction::{self, Entity as Corrections},
        decision_event::{self, Entity as Events},
        ledger_entry::{self, Entity as Entries},
        ledger_month_total::{self, Entity as MonthTotals},
        story::{self, Entity as Stories},
    },
    ledger::{Scope, month_of},
};
use crate::domain::{ledger::Entry, privacy::ERASED_TEXT};

/// Every decision of one client of the organisation, erased or not, oldest first.
pub async fn decisions_of_client(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    client_ref: &str,
) -> Result<Vec<decision::Model>, DbErr> {
    Decisions::find()
        .filter(decision::Column::OrganisationId.eq(organisation_id))
        .filter(decision::Column::ClientRef.eq(client_ref))
        .order_by_asc(decision::Column::Id)
        .all(conn)
        .await
}

/// Up to `limit` decisions decided before `cutoff` whose personal fields are still there.
pub async fn due_for_retention(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    cutoff: NaiveDate,
    limit: u64,
) -> Result<Vec<decision::Model>, DbErr> {
    Decisions::find()
        .filter(decision::Column::OrganisationId.eq(organisation_id))
        .filter(decision::Column::DecidedOn.lt(cutoff))
        .filter(decision::Column::ErasedAt.is_null())
        .order_by_asc(decision::Column::DecidedOn)
        .limit(limit)
        .all(conn)
        .await
}

/// What an erasure of some decisions of one client changes, gathered before it is written.
pub struct Erasure {
    organisation_id: Uuid,
    from_ref: String,
    to_ref: String,
    decision_ids: Vec<Uuid>,
    entries: Vec<ledger_entry::Model>,
    events: Vec<decision_event::Model>,
    at: DateTime<Utc>,
}

impl Erasure {
    /// Reads what belongs to `decisions` (all of the client `from_ref`): their ledger entries and
    /// events, and with `whole_client` also the client's bookings that belong to no decision.
    pub async fn read(
        conn: &impl ConnectionTrait,
        organisation_id: Uuid,
        from_ref: &str,
        to_ref: String,
        decisions: &[decision::Model],
        whole_client: bool,
        at: DateTime<Utc>,
    ) -> Result<Self, DbErr> {
        let decision_ids: Vec<Uuid> = decisions.iter().map(|d| d.id).collect();
        let mut entries = Vec::new();
        let mut events = Vec::new();
        for chunk in decision_ids.chunks(500) {
            entries.extend(
                Entries::find()
                    .filter(ledger_entry::Column::DecisionId.is_in(chunk.iter().copied()))
                    .all(conn)
                    .await?,
            );
            events.extend(
                Events::find()
                    .filter(decision_event::Column::DecisionId.is_in(chunk.iter().copied()))
                    .all(conn)
                    .await?,
            );
        }
        if whole_client {
            entries.extend(
                Entries::find()
                    .filter(ledger_entry::Column::OrganisationId.eq(organisation_id))
                    .filter(ledger_entry::Column::ClientRef.eq(from_ref))
                    .filter(ledger_entry::Column::DecisionId.is_null())
                    .all(conn)
                    .await?,
            );
        }
        Ok(Self {
            organisation_id,
            from_ref: from_ref.to_owned(),
            to_ref,
            decision_ids,
            entries,
            events,
            at,
        })
    }

    pub fn decision_ids(&self) -> &[Uuid] {
        &self.decision_ids
    }

    /// Adds every change to `batch`.
    pub fn write_into(self, batch: &mut Batch) {
        let erased = || Expr::value(ERASED_TEXT);
        for chunk in self.decision_ids.chunks(500) {
            batch.push(
                Decisions::update_many()
                    .col_expr(
                        decision::Column::ClientRef,
                        Expr::value(self.to_ref.clone()),
                    )
                    .col_expr(decision::Column::Title, erased())
                    .col_expr(decision::Column::Situation, erased())
                    .col_expr(decision::Column::Solution, erased())
                    .col_expr(decision::Column::Rationale, erased())
                    .col_expr(
                        decision::Column::CaseUrl,
                        Expr::value(Option::<String>::None),
                    )
                    .col_expr(decision::Column::ErasedAt, Expr::value(self.at))
                    .col_expr(decision::Column::UpdatedAt, Expr::value(self.at))
                    .filter(decision::Column::Id.is_in(chunk.iter().copied())),
            );
            // A story told from the decision may carry its texts: they go too (the story stays,
            // so a colleague's link still leads somewhere).
            batch.push(
                Stories::update_many()
                    .col_expr(story::Column::Title, erased())
                    .col_expr(story::Column::Body, erased())
                    .col_expr(story::Column::Learning, Expr::value(Option::<String>::None))
                    .col_expr(
                        story::Column::Tags,
                        Expr::value(JsonText(Vec::<String>::new())),
                    )
                    .col_expr(story::Column::TagIndex, Expr::value(String::new()))
                    .col_expr(story::Column::SearchStems, Expr::value(String::new()))
                    .col_expr(
                        story::Column::Version,
                        Expr::col(story::Column::Version).add(1),
                    )
                    .col_expr(story::Column::UpdatedAt, Expr::value(self.at))
                    .filter(story::Column::DecisionId.is_in(chunk.iter().copied())),
            );
            batch.push(
                Corrections::update_many()
                    .col_expr(decision_correction::Column::Reason, erased())
                    .filter(decision_correction::Column::DecisionId.is_in(chunk.iter().copied())),
            );
            batch.push(
                Corrections::update_many()
                    .col_expr(decision_correction::Column::DecisionComment, erased())
                    .filter(decision_correction::Column::DecisionId.is_in(chunk.iter().copied()))
                    .filter(decision_correction::Column::DecisionComment.is_not_null()),
            );
        }
        for event in self.events {
            let comment = event.comment.as_ref().map(|_| ERASED_TEXT.to_owned());
            batch.push(
                Events::update_many()
                    .col_expr(decision_event::Column::Comment, Expr::value(comment))
                    .col_expr(
                        decision_event::Column::Data,
                        Expr::value(JsonText(event.data.0.erased())),
                    )
                    .filter(decision_event::Column::Id.eq(event.id)),
            );
        }
        // The client's running sums move with their entries to the erased reference.
        let mut moved: BTreeMap<NaiveDate, (i64, i64)> = BTreeMap::new();
        for entry in &self.entries {
            let effect = Entry::stored(entry.kind, entry.amount_cents).effect();
            let sums = moved.entry(month_of(entry.booked_on)).or_default();
            sums.0 += effect.reserved;
            sums.1 += effect.committed;
        }
        let entry_ids: Vec<Uuid> = self.entries.iter().map(|e| e.id).collect();
        for chunk in entry_ids.chunks(500) {
            batch.push(
                Entries::update_many()
                    .col_expr(
                        ledger_entry::Column::ClientRef,
                        Expr::value(self.to_ref.clone()),
                    )
                    .filter(ledger_entry::Column::Id.is_in(chunk.iter().copied())),
            );
        }
        let mut rows = Vec::new();
        for (month, (reserved, committed)) in moved {
            for (reference, sign) in [(&self.from_ref, -1), (&self.to_ref, 1)] {
                rows.push(ledger_month_total::Model {
                    organisation_id: self.organisation_id,
                    scope: Scope::Client(reference.clone()).key(),
                    month,
                    reserved_cents: sign * reserved,
                    committed_cents: sign * committed,
                });
            }
        }
        use ledger_month_total::Column;
        batch.add_to_totals::<MonthTotals, _>(
            rows,
            &[Column::OrganisationId, Column::Scope, Column::Month],
            &[Column::ReservedCents, Column::CommittedCents],
        );
        // Months left with nothing under the old reference are deleted: the row would still
        // name the client. (A month that also holds the client's later, kept decisions stays.)
        batch.push(
            MonthTotals::delete_many()
                .filter(Column::OrganisationId.eq(self.organisation_id))
                .filter(Column::Scope.eq(Scope::Client(self.from_ref).key()))
                .filter(Column::ReservedCents.eq(0))
                .filter(Column::CommittedCents.eq(0)),
        );
    }
}
