//! People of an organisation, their roles and the lists of them.

use std::collections::HashMap;

use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter,
    QuerySelect, QueryTrait,
};
use uuid::Uuid;

use super::entities::{
    team_member,
    user::{self, Entity as Users},
    user_role::{self, Entity as UserRoles},
};

pub async fn find(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    id: Uuid,
) -> Result<Option<user::Model>, DbErr> {
    super::owned::find::<Users>(organisation_id, id)
        .one(conn)
        .await
}

/// Accounts with this e-mail address in any organisation: sign-in does not name the tenant.
pub async fn find_by_email_anywhere(
    conn: &impl ConnectionTrait,
    email: &str,
) -> Result<Vec<user::Model>, DbErr> {
    Users::find()
        .filter(user::Column::Email.eq(email))
        .all(conn)
        .await
}

pub async fn find_by_email(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    email: &str,
) -> Result<Option<user::Model>, DbErr> {
    Users::find()
        .filter(user::Column::OrganisationId.eq(organisation_id))
        .filter(user::Column::Email.eq(email))
        .one(conn)
        .await
}

pub async fn find_by_subject(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    subject: &str,
) -> Result<Option<user::Model>, DbErr> {
    Users::find()
        .filter(user::Column::OrganisationId.eq(organisation_id))
        .filter(user::Column::ExternalSubject.eq(subject))
        .one(conn)
        .await
}

/// Which of these ids are people of this organisation.
pub async fn existing_ids(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    ids: &[Uuid],
) -> Result<Vec<Uuid>, DbErr> {
    super::owned::existing_ids::<Users>(conn, organisation_id, ids).await
}

/// One page of people in id order (ids are UUIDv7, so this is creation order), optionally only
/// members of the given teams.
pub async fn page(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    only_teams: Option<&[Uuid]>,
    after: Option<Uuid>,
    limit: u64,
) -> Result<Vec<user::Model>, DbErr> {
    let mut query = Users::find().filter(user::Column::OrganisationId.eq(organisation_id));
    if let Some(teams) = only_teams {
        let member_ids = team_member::Entity::find()
            .select_only()
            .column(team_member::Column::UserId)
            .filter(team_member::Column::TeamId.is_in(teams.iter().copied()))
            .into_query();
        query = query.filter(Condition::all().add(user::Column::Id.in_subquery(member_ids)));
    }
    super::paging::after_id(conn, query, user::Column::Id, after, limit).await
}

pub async fn insert(conn: &impl ConnectionTrait, model: user::Model) -> Result<(), DbErr> {
    super::owned::insert::<Users>(conn, model).await
}

pub async fn update(conn: &impl ConnectionTrait, model: user::Model) -> Result<(), DbErr> {
    super::owned::update::<Users>(conn, model).await
}

pub async fn roles_of(
    conn: &impl ConnectionTrait,
    user_ids: &[Uuid],
) -> Result<HashMap<Uuid, Vec<String>>, DbErr> {
    let mut roles: HashMap<Uuid, Vec<String>> = HashMap::new();
    if user_ids.is_empty() {
        return Ok(roles);
    }
    let rows = UserRoles::find()
        .filter(user_role::Column::UserId.is_in(user_ids.iter().copied()))
        .all(conn)
        .await?;
    for row in rows {
        roles.entry(row.user_id).or_default().push(row.role);
    }
    Ok(roles)
}

pub async fn replace_roles(
    conn: &impl ConnectionTrait,
    user_id: Uuid,
    roles: &[&str],
) -> Result<(), DbErr> {
    UserRoles::delete_many()
        .filter(user_role::Column::UserId.eq(user_id))
        .exec(conn)
        .await?;
    if roles.is_empty() {
        return Ok(());
    }
    let rows = roles.iter().map(|role| user_role::ActiveModel {
        user_id: Set(user_id),
        role: Set((*role).to_owned()),
    });
    UserRoles::insert_many(rows)
        .exec_without_returning(conn)
        .await?;
    Ok(())
}

/// These people of the organisation (unknown ids are left out).
pub async fn find_many(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    ids: &[Uuid],
) -> Result<Vec<user::Model>, DbErr> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    Users::find()
        .filter(user::Column::OrganisationId.eq(organisation_id))
        .filter(user::Column::Id.is_in(ids.iter().copied()))
        .all(conn)
        .await
}
