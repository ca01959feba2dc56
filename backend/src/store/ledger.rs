//! The budget ledger: its entries, and their running sums per scope and calendar month. Every
//! booking goes through [`Bookings`], which writes each entry with what its kind adds to the
//! sums; a check reads only the monthly sums, so its cost does not grow with the entries.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use uuid::Uuid;

use super::{
    batch::Batch,
    entities::{
        decision,
        ledger_entry::{self, Entity as Entries},
        ledger_month_total::{self, Entity as MonthTotals},
    },
};
pub use crate::domain::ledger::Sums;
use crate::domain::ledger::{Entry, EntryKind};

/// What a running total is kept for.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Scope {
    /// Everything a professional decided.
    Professional(Uuid),
    /// What a professional decided in one category.
    ProfessionalCategory(Uuid, Uuid),
    /// Everything decided for one client, by anyone in the organisation.
    Client(String),
    /// Everything the members of a team decided (the team pot).
    Team(Uuid),
}

impl Scope {
    pub fn key(&self) -> String {
        match self {
            Scope::Professional(user) => format!("professional:{user}"),
            Scope::ProfessionalCategory(user, category) => {
                format!("professional:{user}:category:{category}")
            }
            Scope::Client(client) => format!("client:{client}"),
            Scope::Team(team) => format!("team:{team}"),
        }
    }
}

/// The sums of several scopes, each over its own months `[from, to)`, in one query; the result
/// is in the order of `windows`.
pub async fn sums_in_windows(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    windows: &[(Scope, NaiveDate, NaiveDate)],
) -> Result<Vec<Sums>, DbErr> {
    let rows = match sums_query(organisation_id, windows) {
        Some(query) => query.all(conn).await?,
        None => Vec::new(),
    };
    Ok(sums_from(windows, &rows))
}

/// The month rows `sums_from` adds up; `None` without windows.
pub fn sums_query(
    organisation_id: Uuid,
    windows: &[(Scope, NaiveDate, NaiveDate)],
) -> Option<sea_orm::Select<MonthTotals>> {
    let earliest = windows.iter().map(|w| w.1).min()?;
    let latest = windows.iter().map(|w| w.2).max()?;
    Some(
        MonthTotals::find()
            .filter(ledger_month_total::Column::OrganisationId.eq(organisation_id))
            .filter(ledger_month_total::Column::Scope.is_in(windows.iter().map(|w| w.0.key())))
            .filter(ledger_month_total::Column::Month.gte(earliest))
            .filter(ledger_month_total::Column::Month.lt(latest)),
    )
}

/// Each window's sums from the month rows of its scope that fall inside it.
pub fn sums_from<'a>(
    windows: &[(Scope, NaiveDate, NaiveDate)],
    rows: impl IntoIterator<Item = &'a ledger_month_total::Model>,
) -> Vec<Sums> {
    let mut result = vec![Sums::default(); windows.len()];
    let keys: Vec<String> = windows.iter().map(|(scope, _, _)| scope.key()).collect();
    for row in rows {
        for (index, (_, from, to)) in windows.iter().enumerate() {
            if keys[index] == row.scope && *from <= row.month && row.month < *to {
                result[index].reserved = result[index].reserved.saturating_add(row.reserved_cents);
                result[index].committed =
                    result[index].committed.saturating_add(row.committed_cents);
            }
        }
    }
    result
}

/// The first day of the month of `date`: the key of the running sums.
pub fn month_of(date: NaiveDate) -> NaiveDate {
    use chrono::Datelike;
    date.with_day(1).unwrap_or(date)
}

/// The scopes whose running sums an entry moves: the professional, the professional's category,
/// the client and (when known) the team.
fn scopes_of(entry: &ledger_entry::Model) -> Vec<Scope> {
    let mut scopes = vec![
        Scope::Professional(entry.professional_id),
        Scope::ProfessionalCategory(entry.professional_id, entry.category_id),
        Scope::Client(entry.client_ref.clone()),
    ];
    if let Some(team) = entry.team_id {
        scopes.push(Scope::Team(team));
    }
    scopes
}

/// A ledger entry of a decision, booked on the decision's Amsterdam date.
pub fn entry_of(
    decision: &decision::Model,
    entry: Entry,
    at: DateTime<Utc>,
) -> ledger_entry::Model {
    ledger_entry::Model {
        id: Uuid::now_v7(),
        organisation_id: decision.organisation_id,
        decision_id: Some(decision.id),
        professional_id: decision.professional_id,
        team_id: decision.team_id,
        category_id: decision.category_id,
        client_ref: decision.client_ref.clone(),
        kind: entry.kind,
        amount_cents: entry.amount_cents,
        booked_on: decision.decided_on,
        created_at: at,
    }
}

/// Entries booked in one write, with what they add to the running sums (one row per scope and
/// month, in key order: an upsert may not touch a row twice on PostgreSQL, and a fixed order
/// keeps concurrent writers from locking rows in different orders).
#[derive(Default)]
pub struct Bookings {
    entries: Vec<ledger_entry::Model>,
    sums: BTreeMap<(Uuid, String, NaiveDate), ledger_month_total::Model>,
}

impl Bookings {
    pub fn add(&mut self, entry: ledger_entry::Model) {
        let effect = Entry::stored(entry.kind, entry.amount_cents).effect();
        let month = month_of(entry.booked_on);
        for scope in scopes_of(&entry) {
            let key = scope.key();
            let row = self
                .sums
                .entry((entry.organisation_id, key.clone(), month))
                .or_insert_with(|| ledger_month_total::Model {
                    organisation_id: entry.organisation_id,
                    scope: key,
                    month,
                    reserved_cents: 0,
                    committed_cents: 0,
                });
            row.reserved_cents = row.reserved_cents.saturating_add(effect.reserved);
            row.committed_cents = row.committed_cents.saturating_add(effect.committed);
        }
        self.entries.push(entry);
    }

    /// What the entries so far add to the running sums, as month rows.
    pub fn month_rows(&self) -> impl Iterator<Item = &ledger_month_total::Model> {
        self.sums.values()
    }

    /// Adds the entries and the moved sums to `batch`, each in as few statements as fit.
    pub fn write_into(self, batch: &mut Batch) {
        if self.entries.is_empty() {
            return;
        }
        use ledger_month_total::Column;
        batch.insert::<Entries, _>(self.entries);
        batch.add_to_totals::<MonthTotals, _>(
            self.sums.into_values().collect(),
            &[Column::OrganisationId, Column::Scope, Column::Month],
            &[Column::ReservedCents, Column::CommittedCents],
        );
    }
}

/// What a decision holds committed now: its commitment and any corrections.
pub async fn committed_for_decision(
    conn: &impl ConnectionTrait,
    decision_id: Uuid,
) -> Result<i64, DbErr> {
    let entries = Entries::find()
        .filter(ledger_entry::Column::DecisionId.eq(decision_id))
        .filter(ledger_entry::Column::Kind.is_in([EntryKind::Commitment, EntryKind::Correction]))
        .all(conn)
        .await?;
    Ok(entries.iter().map(|e| e.amount_cents).sum())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decision() -> decision::Model {
        let at = Utc::now();
        decision::Model {
            id: Uuid::from_u128(1),
            organisation_id: Uuid::from_u128(2),
            professional_id: Uuid::from_u128(3),
            team_id: Some(Uuid::from_u128(4)),
            category_id: Uuid::from_u128(5),
            client_ref: "CASE-1".into(),
            amount_cents: 350,
            title: String::new(),
            situation: String::new(),
            solution: String::new(),
            rationale: String::new(),
            deviates_from: None,
            decided_at: at,
            decided_on: NaiveDate::from_ymd_opt(2026, 3, 14).unwrap(),
            recorded_at: at,
            urgent: false,
            client_verdict: None,
            verdict: crate::domain::mandate::Verdict::NeedsApproval,
            explanation: Default::default(),
            mandate_version_id: None,
            status: crate::domain::decision::Status::AwaitingApproval,
            case_url: None,
            updated_at: at,
            erased_at: None,
        }
    }

    /// Every scope of the decision moves by each entry's effect, merged per scope and month.
    #[test]
    fn bookings_merge_each_scope_and_month_into_one_row() {
        let decision = decision();
        let mut bookings = Bookings::default();
        for entry in [
            Entry::reservation(350),
            Entry::release(350),
            Entry::commitment(350),
        ] {
            bookings.add(entry_of(&decision, entry, Utc::now()));
        }
        let rows: Vec<_> = bookings.month_rows().collect();
        assert_eq!(rows.len(), 4, "professional, category, client and team");
        for row in rows {
            assert_eq!(row.month, NaiveDate::from_ymd_opt(2026, 3, 1).unwrap());
            assert_eq!(
                (row.reserved_cents, row.committed_cents),
                (0, 350),
                "{}",
                row.scope
            );
        }
    }
}
