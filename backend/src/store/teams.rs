//! Teams and their memberships.

use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use uuid::Uuid;

use super::entities::{
    team::{self, Entity as Teams},
    team_member::{self, Entity as TeamMembers},
};

pub async fn find(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    id: Uuid,
) -> Result<Option<team::Model>, DbErr> {
    super::owned::find::<Teams>(organisation_id, id)
        .one(conn)
        .await
}

pub async fn find_by_name(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    name: &str,
) -> Result<Option<team::Model>, DbErr> {
    Teams::find()
        .filter(team::Column::OrganisationId.eq(organisation_id))
        .filter(team::Column::Name.eq(name))
        .one(conn)
        .await
}

/// Which of these ids are teams of this organisation.
pub async fn existing_ids(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    ids: &[Uuid],
) -> Result<Vec<Uuid>, DbErr> {
    super::owned::existing_ids::<Teams>(conn, organisation_id, ids).await
}

pub async fn page(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    after: Option<Uuid>,
    limit: u64,
) -> Result<Vec<team::Model>, DbErr> {
    super::owned::page::<Teams>(conn, organisation_id, after, limit).await
}

pub async fn insert(conn: &impl ConnectionTrait, model: team::Model) -> Result<(), DbErr> {
    super::owned::insert::<Teams>(conn, model).await
}

pub async fn update(conn: &impl ConnectionTrait, model: team::Model) -> Result<(), DbErr> {
    super::owned::update::<Teams>(conn, model).await
}

/// Memberships of these teams.
pub async fn members_of_teams(
    conn: &impl ConnectionTrait,
    team_ids: &[Uuid],
) -> Result<Vec<team_member::Model>, DbErr> {
    if team_ids.is_empty() {
        return Ok(Vec::new());
    }
    TeamMembers::find()
        .filter(team_member::Column::TeamId.is_in(team_ids.iter().copied()))
        .all(conn)
        .await
}

/// Memberships of these people.
pub async fn memberships_of_users(
    conn: &impl ConnectionTrait,
    user_ids: &[Uuid],
) -> Result<Vec<team_member::Model>, DbErr> {
    if user_ids.is_empty() {
        return Ok(Vec::new());
    }
    TeamMembers::find()
        .filter(team_member::Column::UserId.is_in(user_ids.iter().copied()))
        .all(conn)
        .await
}

/// The teams one person belongs to (as member or lead), in id order.
pub async fn team_ids_of(conn: &impl ConnectionTrait, user_id: Uuid) -> Result<Vec<Uuid>, DbErr> {
    let mut teams: Vec<Uuid> = memberships_of_users(conn, &[user_id])
        .await?
        .into_iter()
        .map(|m| m.team_id)
        .collect();
    teams.sort();
    Ok(teams)
}

/// Replaces a team's whole membership: `(person, is_lead)`.
pub async fn replace_members(
    conn: &impl ConnectionTrait,
    team_id: Uuid,
    members: &[(Uuid, bool)],
) -> Result<(), DbErr> {
    TeamMembers::delete_many()
        .filter(team_member::Column::TeamId.eq(team_id))
        .exec(conn)
        .await?;
    insert_members(conn, team_id, members).await
}

async fn insert_members(
    conn: &impl ConnectionTrait,
    team_id: Uuid,
    members: &[(Uuid, bool)],
) -> Result<(), DbErr> {
    if members.is_empty() {
        return Ok(());
    }
    let rows = members
        .iter()
        .map(|(user_id, is_lead)| team_member::ActiveModel {
            team_id: Set(team_id),
            user_id: Set(*user_id),
            is_lead: Set(*is_lead),
        });
    TeamMembers::insert_many(rows)
        .exec_without_returning(conn)
        .await?;
    Ok(())
}

/// Sets which teams a person belongs to, keeping lead status where membership stays.
pub async fn replace_user_teams(
    conn: &impl ConnectionTrait,
    user_id: Uuid,
    team_ids: &[Uuid],
) -> Result<(), DbErr> {
    let current = memberships_of_users(conn, &[user_id]).await?;
    let leaving: Vec<Uuid> = current
        .iter()
        .map(|m| m.team_id)
        .filter(|t| !team_ids.contains(t))
        .collect();
    if !leaving.is_empty() {
        TeamMembers::delete_many()
            .filter(team_member::Column::UserId.eq(user_id))
            .filter(team_member::Column::TeamId.is_in(leaving))
            .exec(conn)
            .await?;
    }
    for team_id in team_ids
        .iter()
        .filter(|t| !current.iter().any(|m| m.team_id == **t))
    {
        insert_members(conn, *team_id, &[(user_id, false)]).await?;
    }
    Ok(())
}

/// Replaces a person's whole membership: `(team, is_lead)`.
pub async fn replace_user_memberships(
    conn: &impl ConnectionTrait,
    user_id: Uuid,
    memberships: &[(Uuid, bool)],
) -> Result<(), DbErr> {
    TeamMembers::delete_many()
        .filter(team_member::Column::UserId.eq(user_id))
        .exec(conn)
        .await?;
    for (team_id, is_lead) in memberships {
        insert_members(conn, *team_id, &[(user_id, *is_lead)]).await?;
    }
    Ok(())
}
