//! The budget ledger's running totals, per scope and calendar month. Entries are written by the
//! decisions workflow; a check reads only these monthly sums, so its cost does not grow with the
//! number of entries.

use chrono::NaiveDate;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel, QueryFilter};
use uuid::Uuid;

use super::{
    batch::Batch,
    entities::ledger_month_total::{self, Entity as MonthTotals},
};

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

/// Reserved (waiting for a co-sign or approval) and committed (final) amounts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Sums {
    pub reserved: i64,
    pub committed: i64,
}

impl Sums {
    pub fn used(&self) -> i64 {
        self.reserved.saturating_add(self.committed)
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

/// Adds to the running sums of `scope` for `month` (the first day of a month), creating the row
/// when it is the month's first booking. One statement, so it is safe under concurrency.
pub async fn add_to_month(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    scope: &Scope,
    month: NaiveDate,
    reserved_delta: i64,
    committed_delta: i64,
) -> Result<(), DbErr> {
    let row = ledger_month_total::Model {
        organisation_id,
        scope: scope.key(),
        month,
        reserved_cents: reserved_delta,
        committed_cents: committed_delta,
    };
    MonthTotals::insert(row.into_active_model())
        .on_conflict(add_on_conflict())
        .exec_without_returning(conn)
        .await?;
    Ok(())
}

/// On an existing (organisation, scope, month) row, adds the new deltas to its sums.
fn add_on_conflict() -> sea_orm::sea_query::OnConflict {
    use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
    let add = |column: ledger_month_total::Column, name: &str| {
        Expr::col((ledger_month_total::Entity, column)).add(Expr::cust(format!("excluded.{name}")))
    };
    OnConflict::columns([
        ledger_month_total::Column::OrganisationId,
        ledger_month_total::Column::Scope,
        ledger_month_total::Column::Month,
    ])
    .value(
        ledger_month_total::Column::ReservedCents,
        add(ledger_month_total::Column::ReservedCents, "reserved_cents"),
    )
    .value(
        ledger_month_total::Column::CommittedCents,
        add(
            ledger_month_total::Column::CommittedCents,
            "committed_cents",
        ),
    )
    .to_owned()
}

pub async fn insert_entries(
    conn: &impl ConnectionTrait,
    entries: Vec<super::entities::ledger_entry::Model>,
) -> Result<(), DbErr> {
    if entries.is_empty() {
        return Ok(());
    }
    super::entities::ledger_entry::Entity::insert_many(
        entries.into_iter().map(IntoActiveModel::into_active_model),
    )
    .exec_without_returning(conn)
    .await?;
    Ok(())
}

/// The first day of the month of `date`: the key of the running sums.
pub fn month_of(date: NaiveDate) -> NaiveDate {
    use chrono::Datelike;
    date.with_day(1).unwrap_or(date)
}

/// The scopes whose running sums an entry moves: the professional, the professional's category,
/// the client and (when known) the team.
pub fn scopes_of(entry: &super::entities::ledger_entry::Model) -> Vec<Scope> {
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

/// What booking `entry` adds to the running sums: one month row per scope it belongs to.
pub fn month_rows(
    entry: &super::entities::ledger_entry::Model,
    reserved_delta: i64,
    committed_delta: i64,
) -> Vec<ledger_month_total::Model> {
    scopes_of(entry)
        .iter()
        .map(|scope| ledger_month_total::Model {
            organisation_id: entry.organisation_id,
            scope: scope.key(),
            month: month_of(entry.booked_on),
            reserved_cents: reserved_delta,
            committed_cents: committed_delta,
        })
        .collect()
}

/// Books ledger entries, each with its reserved and committed deltas, and moves the running
/// sums of every scope each belongs to: the professional, the professional's category, the
/// client and (when known) the team.
pub fn book_into(
    batch: &mut Batch,
    bookings: Vec<(super::entities::ledger_entry::Model, i64, i64)>,
) {
    if bookings.is_empty() {
        return;
    }
    // One row per scope and month: an upsert may not touch a row twice on PostgreSQL.
    let mut sums: Vec<ledger_month_total::Model> = Vec::new();
    for (entry, reserved_delta, committed_delta) in &bookings {
        for row in month_rows(entry, *reserved_delta, *committed_delta) {
            match sums.iter_mut().find(|sum| {
                (sum.organisation_id, &sum.scope, sum.month)
                    == (row.organisation_id, &row.scope, row.month)
            }) {
                Some(sum) => {
                    sum.reserved_cents += row.reserved_cents;
                    sum.committed_cents += row.committed_cents;
                }
                None => sums.push(row),
            }
        }
    }
    batch.push(super::entities::ledger_entry::Entity::insert_many(
        bookings
            .into_iter()
            .map(|(entry, _, _)| entry.into_active_model()),
    ));
    // Every scope's sum moves in one statement.
    batch.push(
        MonthTotals::insert_many(sums.into_iter().map(IntoActiveModel::into_active_model))
            .on_conflict(add_on_conflict()),
    );
}

pub async fn book(
    conn: &impl ConnectionTrait,
    entry: super::entities::ledger_entry::Model,
    reserved_delta: i64,
    committed_delta: i64,
) -> Result<(), DbErr> {
    let mut batch = Batch::new(conn.get_database_backend());
    book_into(&mut batch, vec![(entry, reserved_delta, committed_delta)]);
    batch.run(conn).await
}

/// What a decision holds committed now: its commitment and any corrections.
pub async fn committed_for_decision(
    conn: &impl ConnectionTrait,
    decision_id: Uuid,
) -> Result<i64, DbErr> {
    use super::entities::ledger_entry::{self, Entity as Entries};
    let entries = Entries::find()
        .filter(ledger_entry::Column::DecisionId.eq(decision_id))
        .filter(ledger_entry::Column::Kind.is_in(["commitment", "correction"]))
        .all(conn)
        .await?;
    Ok(entries.iter().map(|e| e.amount_cents).sum())
}
