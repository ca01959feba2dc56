//! Team budget pots.

use chrono::NaiveDate;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel,
    QueryFilter, QueryOrder,
};
use uuid::Uuid;

use super::entities::team_budget_pot::{self, Entity as Pots};

/// A team's pots, newest period first.
pub async fn of_team(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    team_id: Uuid,
) -> Result<Vec<team_budget_pot::Model>, DbErr> {
    Pots::find()
        .filter(team_budget_pot::Column::OrganisationId.eq(organisation_id))
        .filter(team_budget_pot::Column::TeamId.eq(team_id))
        .order_by_desc(team_budget_pot::Column::StartsOn)
        .all(conn)
        .await
}

/// Pots of these teams that start on or before `date` (the caller keeps the one whose period
/// contains it; a team has at most a few per year).
pub fn started_by(
    organisation_id: Uuid,
    team_ids: &[Uuid],
    date: NaiveDate,
) -> sea_orm::Select<Pots> {
    Pots::find()
        .filter(team_budget_pot::Column::OrganisationId.eq(organisation_id))
        .filter(team_budget_pot::Column::TeamId.is_in(team_ids.iter().copied()))
        .filter(team_budget_pot::Column::StartsOn.lte(date))
        .filter(team_budget_pot::Column::StartsOn.gt(date - chrono::Days::new(366)))
        .order_by_desc(team_budget_pot::Column::StartsOn)
}

pub async fn insert(
    conn: &impl ConnectionTrait,
    model: team_budget_pot::Model,
) -> Result<(), DbErr> {
    Pots::insert(model.into_active_model())
        .exec_without_returning(conn)
        .await?;
    Ok(())
}

pub async fn update(
    conn: &impl ConnectionTrait,
    model: team_budget_pot::Model,
) -> Result<(), DbErr> {
    model.into_active_model().reset_all().update(conn).await?;
    Ok(())
}
