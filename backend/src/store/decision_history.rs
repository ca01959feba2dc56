//! A decision with everything its page shows: its events, its corrections, the people on
//! them and its push to the case system, read together (on SQLite in one round trip, see
//! [`super::reads`]).

use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    sea_query::{Expr, ExprTrait, IntoIden, Query, SelectStatement},
};
use uuid::Uuid;

use super::{
    entities::{
        decision::{self, Entity as Decisions},
        decision_correction::{self, Entity as Corrections},
        decision_event::{self, Entity as Events},
        user::{self, Entity as Users},
        zgw_push::{self, Entity as ZgwPushes},
    },
    reads::{Part, ReadResults, Reads},
};

/// What happened to a decision, and who did it.
pub struct History {
    pub events: Vec<decision_event::Model>,
    pub corrections: Vec<decision_correction::Model>,
    /// The people of the events and corrections (their names are shown on the timeline).
    pub people: Vec<user::Model>,
    /// Its push to the municipality's case system, if it has one.
    pub zgw: Option<zgw_push::Model>,
}

struct HistoryParts {
    events: Part<decision_event::Model>,
    corrections: Part<decision_correction::Model>,
    people: Part<user::Model>,
    zgw: Part<zgw_push::Model>,
}

impl HistoryParts {
    fn add(reads: &mut Reads, organisation_id: Uuid, decision_id: Uuid) -> Self {
        let events = reads.add(
            Events::find()
                .filter(decision_event::Column::DecisionId.eq(decision_id))
                .order_by_asc(decision_event::Column::Id),
        );
        let corrections = reads.add(
            Corrections::find()
                .filter(decision_correction::Column::DecisionId.eq(decision_id))
                .order_by_asc(decision_correction::Column::Id),
        );
        let people = reads.add(
            Users::find()
                .filter(user::Column::OrganisationId.eq(organisation_id))
                .filter(
                    Condition::any()
                        .add(user::Column::Id.in_subquery(column_of(
                            Events,
                            decision_event::Column::ActorId,
                            decision_event::Column::DecisionId,
                            decision_id,
                        )))
                        .add(user::Column::Id.in_subquery(column_of(
                            Corrections,
                            decision_correction::Column::RequestedBy,
                            decision_correction::Column::DecisionId,
                            decision_id,
                        )))
                        .add(user::Column::Id.in_subquery(column_of(
                            Corrections,
                            decision_correction::Column::DecidedBy,
                            decision_correction::Column::DecisionId,
                            decision_id,
                        ))),
                ),
        );
        let zgw = reads.add(ZgwPushes::find_by_id(decision_id));
        Self {
            events,
            corrections,
            people,
            zgw,
        }
    }

    fn take(self, results: &ReadResults) -> Result<History, DbErr> {
        Ok(History {
            events: results.all(self.events)?,
            corrections: results.all(self.corrections)?,
            people: results.all(self.people)?,
            zgw: results.one(self.zgw)?,
        })
    }
}

/// `SELECT column FROM table WHERE decision = decision_id`: who appears on a decision.
fn column_of(
    table: impl IntoIden,
    column: impl IntoIden,
    decision: impl IntoIden,
    decision_id: Uuid,
) -> SelectStatement {
    Query::select()
        .column(column)
        .from(table)
        .and_where(Expr::col(decision).eq(decision_id))
        .to_owned()
}

/// The history of a decision already read.
pub async fn of(conn: &impl ConnectionTrait, decision: &decision::Model) -> Result<History, DbErr> {
    let mut reads = Reads::new(conn.get_database_backend());
    let parts = HistoryParts::add(&mut reads, decision.organisation_id, decision.id);
    parts.take(&reads.run(conn).await?)
}

/// The organisation's decision with its history, or `None` when it has no such decision.
pub async fn find(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    id: Uuid,
) -> Result<Option<(decision::Model, History)>, DbErr> {
    let mut reads = Reads::new(conn.get_database_backend());
    let decision = reads.add(
        Decisions::find_by_id(id).filter(decision::Column::OrganisationId.eq(organisation_id)),
    );
    let parts = HistoryParts::add(&mut reads, organisation_id, id);
    let results = reads.run(conn).await?;
    let Some(decision) = results.one(decision)? else {
        return Ok(None);
    };
    Ok(Some((decision, parts.take(&results)?)))
}
