//! Decisions and their events.

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, FromQueryResult, IntoActiveModel,
    QueryFilter, QueryOrder,
    sea_query::{Expr, ExprTrait, Func},
};
use uuid::Uuid;

use crate::domain::{
    decision::{CorrectionState, EventKind, Status},
    mandate::Verdict,
};

use super::{
    batch::Batch,
    entities::{
        decision::{self, Entity as Decisions},
        decision_correction,
        decision_event::{self, Entity as Events},
    },
};

pub async fn find(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    id: Uuid,
) -> Result<Option<decision::Model>, DbErr> {
    Decisions::find_by_id(id)
        .filter(decision::Column::OrganisationId.eq(organisation_id))
        .one(conn)
        .await
}

/// The decision, locked until the transaction ends (PostgreSQL), so two transitions of one
/// decision queue and the second sees the first's status.
pub async fn find_for_update(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    id: Uuid,
) -> Result<Option<decision::Model>, DbErr> {
    use sea_orm::QuerySelect;
    Decisions::find_by_id(id)
        .filter(decision::Column::OrganisationId.eq(organisation_id))
        .lock_exclusive()
        .one(conn)
        .await
}

/// Whether any decision has this id (the id may come from a phone).
pub async fn exists(conn: &impl ConnectionTrait, id: Uuid) -> Result<bool, DbErr> {
    Ok(Decisions::find_by_id(id).one(conn).await?.is_some())
}

/// Rows per insert statement, so that their columns stay under SQLite's bound-parameter limit.
const ROWS_PER_STATEMENT: usize = 500;

/// Adds the decisions to `batch`, as one insert per few hundred.
pub fn insert_into(batch: &mut Batch, models: Vec<decision::Model>) {
    for chunk in models.chunks(ROWS_PER_STATEMENT) {
        batch.push(Decisions::insert_many(
            chunk
                .iter()
                .cloned()
                .map(IntoActiveModel::into_active_model),
        ));
    }
}

/// Adds a change of the decision's status (or, with the same status, a mark that it changed).
pub fn set_status_into(batch: &mut Batch, id: Uuid, status: Status, at: DateTime<Utc>) {
    batch.push(
        Decisions::update_many()
            .col_expr(decision::Column::Status, status.into())
            .col_expr(decision::Column::UpdatedAt, at.into())
            .filter(decision::Column::Id.eq(id)),
    );
}

/// Adds the events to `batch`, as one insert per few hundred.
pub fn insert_events_into(batch: &mut Batch, events: Vec<decision_event::Model>) {
    for chunk in events.chunks(ROWS_PER_STATEMENT) {
        batch.push(Events::insert_many(
            chunk
                .iter()
                .cloned()
                .map(IntoActiveModel::into_active_model),
        ));
    }
}

pub async fn events(
    conn: &impl ConnectionTrait,
    decision_id: Uuid,
) -> Result<Vec<decision_event::Model>, DbErr> {
    Events::find()
        .filter(decision_event::Column::DecisionId.eq(decision_id))
        .order_by_asc(decision_event::Column::Id)
        .all(conn)
        .await
}

/// What a list may be narrowed to.
#[derive(Default)]
pub struct Filter {
    pub statuses: Vec<Status>,
    pub verdict: Option<Verdict>,
    pub category_id: Option<Uuid>,
    pub professional_id: Option<Uuid>,
    pub team_id: Option<Uuid>,
    /// Decided on or after this day (Europe/Amsterdam).
    pub from: Option<chrono::NaiveDate>,
    /// Decided on or before this day.
    pub to: Option<chrono::NaiveDate>,
    /// Words that must each occur in the title, situation, solution or rationale.
    pub words: Vec<String>,
    /// Visibility: only these professionals' or these teams' decisions (`None`: all).
    pub visible_professionals: Option<Vec<Uuid>>,
    pub visible_teams: Option<Vec<Uuid>>,
}

/// What a list shows of a decision: no client reference and, of the free texts, the title
/// only. Read without the rest of the row, which is most of its bytes.
#[derive(Clone, Debug, FromQueryResult)]
pub struct Listed {
    pub id: Uuid,
    pub professional_id: Uuid,
    pub team_id: Option<Uuid>,
    pub category_id: Uuid,
    pub amount_cents: i64,
    pub title: String,
    pub decided_at: DateTime<Utc>,
    pub decided_on: chrono::NaiveDate,
    pub recorded_at: DateTime<Utc>,
    pub urgent: bool,
    pub verdict: Verdict,
    pub status: Status,
    pub mandate_version_id: Option<Uuid>,
}

const LISTED: [decision::Column; 13] = [
    decision::Column::Id,
    decision::Column::ProfessionalId,
    decision::Column::TeamId,
    decision::Column::CategoryId,
    decision::Column::AmountCents,
    decision::Column::Title,
    decision::Column::DecidedAt,
    decision::Column::DecidedOn,
    decision::Column::RecordedAt,
    decision::Column::Urgent,
    decision::Column::Verdict,
    decision::Column::Status,
    decision::Column::MandateVersionId,
];

impl From<decision::Model> for Listed {
    fn from(d: decision::Model) -> Self {
        Self {
            id: d.id,
            professional_id: d.professional_id,
            team_id: d.team_id,
            category_id: d.category_id,
            amount_cents: d.amount_cents,
            title: d.title,
            decided_at: d.decided_at,
            decided_on: d.decided_on,
            recorded_at: d.recorded_at,
            urgent: d.urgent,
            verdict: d.verdict,
            status: d.status,
            mandate_version_id: d.mandate_version_id,
        }
    }
}

/// One page in id order. A caller who sees only some decisions (their own and their teams')
/// gets one index walk per visible set, merged here, so a page costs the same however many
/// other decisions the organisation has.
pub async fn page(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    filter: &Filter,
    after: Option<Uuid>,
    limit: u64,
) -> Result<Vec<Listed>, DbErr> {
    use sea_orm::QuerySelect;
    let base = || {
        filtered(organisation_id, filter)
            .select_only()
            .columns(LISTED)
    };
    let page = |query| super::paging::page_query(query, decision::Column::Id, after, limit);
    // Each visible set is its own index walk; all of them go to the database together.
    let mut reads = super::reads::Reads::new(conn.get_database_backend());
    let mut parts = Vec::new();
    if filter.visible_professionals.is_none() && filter.visible_teams.is_none() {
        parts.push(reads.add_as::<_, Listed>(page(base())));
    }
    for professional in filter.visible_professionals.iter().flatten() {
        parts.push(reads.add_as(page(
            base().filter(decision::Column::ProfessionalId.eq(*professional)),
        )));
    }
    for team in filter.visible_teams.iter().flatten() {
        parts.push(reads.add_as(page(base().filter(decision::Column::TeamId.eq(*team)))));
    }
    let results = reads.run(conn).await?;
    let mut rows = Vec::new();
    for part in parts {
        rows.extend(results.all(part)?);
    }
    rows.sort_by_key(|d| d.id);
    rows.dedup_by_key(|d| d.id);
    rows.truncate(limit as usize);
    Ok(rows)
}

fn filtered(organisation_id: Uuid, filter: &Filter) -> sea_orm::Select<Decisions> {
    let mut query = Decisions::find().filter(decision::Column::OrganisationId.eq(organisation_id));
    if !filter.statuses.is_empty() {
        query = query.filter(decision::Column::Status.is_in(filter.statuses.iter().copied()));
    }
    if let Some(verdict) = filter.verdict {
        query = query.filter(decision::Column::Verdict.eq(verdict));
    }
    if let Some(category) = filter.category_id {
        query = query.filter(decision::Column::CategoryId.eq(category));
    }
    if let Some(professional) = filter.professional_id {
        query = query.filter(decision::Column::ProfessionalId.eq(professional));
    }
    if let Some(team) = filter.team_id {
        query = query.filter(decision::Column::TeamId.eq(team));
    }
    if let Some(from) = filter.from {
        query = query.filter(decision::Column::DecidedOn.gte(from));
    }
    if let Some(to) = filter.to {
        query = query.filter(decision::Column::DecidedOn.lte(to));
    }
    for word in &filter.words {
        // Case-insensitive containment on both databases: LOWER(column) LIKE '%word%', with the
        // word's own % and _ escaped.
        let pattern = format!(
            "%{}%",
            word.to_lowercase()
                .replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_")
        );
        let mut any = Condition::any();
        for column in [
            decision::Column::Title,
            decision::Column::Situation,
            decision::Column::Solution,
            decision::Column::Rationale,
        ] {
            any = any.add(
                Expr::expr(Func::lower(Expr::col(column)))
                    .like(sea_orm::sea_query::LikeExpr::new(pattern.clone()).escape('\\')),
            );
        }
        query = query.filter(any);
    }
    query
}

/// Decisions waiting in these statuses, of these teams (or any team when `teams` is `None`).
pub async fn waiting(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    statuses: &[Status],
    teams: Option<&[Uuid]>,
) -> Result<Vec<decision::Model>, DbErr> {
    let mut query = Decisions::find()
        .filter(decision::Column::OrganisationId.eq(organisation_id))
        .filter(decision::Column::Status.is_in(statuses.iter().copied()));
    if let Some(teams) = teams {
        query = query.filter(decision::Column::TeamId.is_in(teams.iter().copied()));
    }
    query.order_by_asc(decision::Column::Id).all(conn).await
}

/// Decisions still waiting for a co-sign or approval within a report's selection (any month),
/// oldest first; walks the status index.
pub async fn oldest_waiting(
    conn: &impl ConnectionTrait,
    selection: &super::report_totals::Selection,
    limit: u64,
) -> Result<Vec<decision::Model>, DbErr> {
    use sea_orm::QuerySelect;
    let mut rows = Vec::new();
    for status in [Status::AwaitingCosign, Status::AwaitingApproval] {
        let mut query = Decisions::find()
            .filter(decision::Column::OrganisationId.eq(selection.organisation_id))
            .filter(decision::Column::Status.eq(status));
        if let Some(teams) = &selection.team_ids {
            query = query.filter(decision::Column::TeamId.is_in(teams.iter().copied()));
        }
        if let Some(professional) = selection.professional_id {
            query = query.filter(decision::Column::ProfessionalId.eq(professional));
        }
        if let Some(category) = selection.category_id {
            query = query.filter(decision::Column::CategoryId.eq(category));
        }
        rows.extend(
            query
                .order_by_asc(decision::Column::Id)
                .limit(limit)
                .all(conn)
                .await?,
        );
    }
    rows.sort_by_key(|d| d.recorded_at);
    rows.truncate(limit as usize);
    Ok(rows)
}

/// The organisation's decisions decided in `from..=to` that deviate from a regulation, were
/// outside the mandate, or were carried out as urgent: the accountability export's rows, in
/// pages of at most `limit` in the order of `(decided_on, id)`, starting after `after`.
pub async fn deviations_page(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
    after: Option<(chrono::NaiveDate, Uuid)>,
    limit: u64,
) -> Result<Vec<decision::Model>, DbErr> {
    use sea_orm::QuerySelect;
    let mut query = Decisions::find()
        .filter(decision::Column::OrganisationId.eq(organisation_id))
        .filter(decision::Column::DecidedOn.between(from, to))
        .filter(
            Condition::any()
                .add(decision::Column::DeviatesFrom.is_not_null())
                .add(decision::Column::Verdict.eq(Verdict::OutsideMandate))
                .add(decision::Column::Status.is_in([Status::RecordedUrgent, Status::Reviewed]))
                // A raise of its amount that the mandate did not cover.
                .add(
                    decision::Column::Id.in_subquery(
                        sea_orm::sea_query::Query::select()
                            .column(decision_correction::Column::DecisionId)
                            .from(decision_correction::Entity)
                            .and_where(
                                decision_correction::Column::OrganisationId.eq(organisation_id),
                            )
                            .and_where(decision_correction::Column::State.is_in([
                                CorrectionState::Pending,
                                CorrectionState::Approved,
                                CorrectionState::Rejected,
                            ]))
                            .to_owned(),
                    ),
                ),
        );
    if let Some((decided_on, id)) = after {
        // The first condition lets the index on (organisation, decided_on) start at the page.
        query = query
            .filter(decision::Column::DecidedOn.gte(decided_on))
            .filter(
                Condition::any()
                    .add(decision::Column::DecidedOn.gt(decided_on))
                    .add(decision::Column::Id.gt(id)),
            );
    }
    query
        .order_by_asc(decision::Column::DecidedOn)
        .order_by_asc(decision::Column::Id)
        .limit(limit)
        .all(conn)
        .await
}

/// The events of these kinds of many decisions, in order.
pub async fn events_of_many(
    conn: &impl ConnectionTrait,
    decision_ids: &[Uuid],
    kinds: &[EventKind],
) -> Result<Vec<decision_event::Model>, DbErr> {
    let mut events = Vec::new();
    for chunk in decision_ids.chunks(500) {
        events.extend(
            Events::find()
                .filter(decision_event::Column::DecisionId.is_in(chunk.iter().copied()))
                .filter(decision_event::Column::Kind.is_in(kinds.iter().copied()))
                .order_by_asc(decision_event::Column::Id)
                .all(conn)
                .await?,
        );
    }
    Ok(events)
}

/// The author's decisions in these statuses decided on or before `decided_on_or_before` that
/// have no reflection yet (and were not erased), most recently decided first.
pub async fn without_reflection(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    professional_id: Uuid,
    statuses: &[Status],
    decided_on_or_before: chrono::NaiveDate,
    limit: u64,
) -> Result<Vec<decision::Model>, DbErr> {
    use sea_orm::QuerySelect;
    let reflected = sea_orm::sea_query::Query::select()
        .column(decision_event::Column::DecisionId)
        .from(Events)
        .and_where(decision_event::Column::OrganisationId.eq(organisation_id))
        .and_where(decision_event::Column::Kind.eq(EventKind::Reflected))
        .to_owned();
    Decisions::find()
        .filter(decision::Column::OrganisationId.eq(organisation_id))
        .filter(decision::Column::ProfessionalId.eq(professional_id))
        .filter(decision::Column::Status.is_in(statuses.iter().copied()))
        .filter(decision::Column::DecidedOn.lte(decided_on_or_before))
        .filter(decision::Column::ErasedAt.is_null())
        .filter(decision::Column::Id.not_in_subquery(reflected))
        .order_by_desc(decision::Column::DecidedOn)
        .order_by_desc(decision::Column::Id)
        .limit(limit)
        .all(conn)
        .await
}

/// The organisation's most recent decisions that came to a verdict someone acted on (not
/// waiting, not withdrawn, not erased), of one category when given: what precedents are
/// chosen from.
pub async fn precedent_candidates(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    category_id: Option<Uuid>,
    limit: u64,
) -> Result<Vec<decision::Model>, DbErr> {
    use sea_orm::QuerySelect;
    let mut query = Decisions::find()
        .filter(decision::Column::OrganisationId.eq(organisation_id))
        .filter(decision::Column::Status.is_in([
            Status::Recorded,
            Status::Approved,
            Status::Rejected,
            Status::RecordedUrgent,
            Status::Reviewed,
        ]))
        .filter(decision::Column::ErasedAt.is_null());
    if let Some(category) = category_id {
        query = query.filter(decision::Column::CategoryId.eq(category));
    }
    query
        .order_by_desc(decision::Column::DecidedOn)
        .order_by_desc(decision::Column::Id)
        .limit(limit)
        .all(conn)
        .await
}

/// Reviews of the decisions of these teams, newest first, with ids below `before`: the
/// learnings the leads wrote.
pub async fn reviews_of_teams(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    teams: &[Uuid],
    before: Option<Uuid>,
    limit: u64,
) -> Result<Vec<decision_event::Model>, DbErr> {
    use sea_orm::QuerySelect;
    if teams.is_empty() {
        return Ok(Vec::new());
    }
    let of_teams = sea_orm::sea_query::Query::select()
        .column(decision::Column::Id)
        .from(Decisions)
        .and_where(decision::Column::OrganisationId.eq(organisation_id))
        .and_where(decision::Column::TeamId.is_in(teams.iter().copied()))
        .and_where(decision::Column::ErasedAt.is_null())
        .to_owned();
    let mut query = Events::find()
        .filter(decision_event::Column::OrganisationId.eq(organisation_id))
        .filter(decision_event::Column::Kind.eq(EventKind::Reviewed))
        .filter(decision_event::Column::DecisionId.in_subquery(of_teams));
    if let Some(before) = before {
        query = query.filter(decision_event::Column::Id.lt(before));
    }
    query
        .order_by_desc(decision_event::Column::Id)
        .limit(limit)
        .all(conn)
        .await
}

/// These decisions of the organisation (unknown ids are left out).
pub async fn find_many(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    ids: &[Uuid],
) -> Result<Vec<decision::Model>, DbErr> {
    let mut rows = Vec::new();
    for chunk in ids.chunks(500) {
        rows.extend(
            Decisions::find()
                .filter(decision::Column::OrganisationId.eq(organisation_id))
                .filter(decision::Column::Id.is_in(chunk.iter().copied()))
                .all(conn)
                .await?,
        );
    }
    Ok(rows)
}
