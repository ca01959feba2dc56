//! The users of the organisation (*medewerkers*, `/users`): who they are, their roles and teams.

use std::collections::HashMap;

use sea_orm::ConnectionTrait;
use serde_json::json;
use uuid::Uuid;

use super::{
    Caller, ServiceError, audit, auth,
    page::{Page, PageRequest},
    recent_callers::RECENT_CALLERS,
};
use crate::{
    domain::{email::Email, invalid::Invalid, role::Role, text},
    store::{self, db::Db, entities::user},
};

/// A user as the API shows them: with their roles and teams.
pub struct UserView {
    pub user: user::Model,
    pub roles: Vec<Role>,
    pub team_ids: Vec<Uuid>,
}

pub struct NewUser {
    pub name: String,
    pub email: String,
    /// Wire names of roles, parsed here so every unknown one is reported by position.
    pub roles: Vec<String>,
    pub team_ids: Vec<Uuid>,
    pub password: Option<String>,
    pub external_subject: Option<String>,
    pub active: bool,
}

#[derive(Default)]
pub struct UserChanges {
    pub name: Option<String>,
    pub email: Option<String>,
    pub roles: Option<Vec<String>>,
    pub team_ids: Option<Vec<Uuid>>,
    pub password: Option<String>,
    pub external_subject: Option<Option<String>>,
    pub active: Option<bool>,
}

/// Everyone for admins, controllers and team leads; the own teams' members for professionals.
pub async fn list(
    db: &Db,
    caller: &Caller,
    page: PageRequest,
) -> Result<Page<UserView>, ServiceError> {
    let only_teams = (!caller.sees_whole_organisation()).then_some(caller.team_ids.as_slice());
    let rows = store::users::page(
        db.conn(),
        caller.organisation_id,
        only_teams,
        page.after,
        page.fetch(),
    )
    .await?;
    let page = page.finish(rows, |u| u.id);
    let items = with_roles_and_teams(db.conn(), page.items).await?;
    Ok(Page {
        items,
        next_cursor: page.next_cursor,
    })
}

pub async fn get(db: &Db, caller: &Caller, id: Uuid) -> Result<UserView, ServiceError> {
    let user = store::users::find(db.conn(), caller.organisation_id, id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let view = with_roles_and_teams(db.conn(), vec![user])
        .await?
        .pop()
        .ok_or(ServiceError::Internal)?;
    let visible = caller.sees_whole_organisation()
        || view.user.id == caller.user_id
        || view.team_ids.iter().any(|t| caller.team_ids.contains(t));
    if !visible {
        return Err(ServiceError::forbidden(
            "professionals see only the members of their own teams",
        ));
    }
    Ok(view)
}

pub async fn create(db: &Db, caller: &Caller, new: NewUser) -> Result<UserView, ServiceError> {
    caller.require(&[Role::Admin], "adding users")?;
    let mut invalid = Invalid::new();
    let name = invalid.check("name", text::required_line(&new.name, 200));
    let email = invalid.check("email", Email::parse(&new.email));
    let roles = parse_roles(&new.roles, &mut invalid);
    if let Some(password) = &new.password {
        invalid.check("password", auth::check_password_strength(password));
    }
    let subject = match new.external_subject.as_deref() {
        Some(s) => invalid
            .check("externalSubject", text::required_line(s, 255))
            .map(Some),
        None => Some(None),
    };
    check_teams_exist(db.conn(), caller, &new.team_ids, &mut invalid).await?;
    if let Some(email) = &email
        && store::users::find_by_email(db.conn(), caller.organisation_id, email.as_str())
            .await?
            .is_some()
    {
        invalid.add("email", "is already used by someone in this organisation");
    }
    invalid.finish()?;
    let (Some(name), Some(email), Some(external_subject)) = (name, email, subject) else {
        return Err(ServiceError::Internal);
    };
    let password_hash = match new.password {
        Some(password) => Some(auth::hash_password_blocking(password).await?),
        None => None,
    };
    let now = chrono::Utc::now();
    let user = user::Model {
        id: Uuid::now_v7(),
        organisation_id: caller.organisation_id,
        name,
        email: email.into_string(),
        password_hash,
        external_subject,
        active: new.active,
        created_at: now,
        updated_at: now,
    };
    let tx = db.begin_write().await?;
    store::users::insert(&*tx, user.clone()).await?;
    store::users::replace_roles(&*tx, user.id, &role_names(&roles)).await?;
    let team_ids = dedup(new.team_ids);
    store::teams::replace_user_teams(&*tx, user.id, &team_ids).await?;
    let after = json!({"name": user.name, "email": user.email, "roles": role_names(&roles), "teamIds": team_ids, "active": user.active, "hasPassword": user.password_hash.is_some()});
    audit::record(
        &*tx,
        caller,
        "user.created",
        "user",
        user.id,
        json!({"after": after}),
    )
    .await?;
    tx.commit().await?;
    RECENT_CALLERS.users_changed();
    tracing::info!(user_id = %user.id, by = %caller.user_id, "user added");
    get(db, caller, user.id).await
}

pub async fn update(
    db: &Db,
    caller: &Caller,
    id: Uuid,
    changes: UserChanges,
) -> Result<UserView, ServiceError> {
    caller.require(&[Role::Admin], "changing users")?;
    let mut user = store::users::find(db.conn(), caller.organisation_id, id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let before = json!({"name": user.name, "email": user.email, "active": user.active, "externalSubject": user.external_subject});
    let mut invalid = Invalid::new();
    if let Some(name) = &changes.name
        && let Some(name) = invalid.check("name", text::required_line(name, 200))
    {
        user.name = name;
    }
    if let Some(email) = &changes.email
        && let Some(email) = invalid.check("email", Email::parse(email))
    {
        let taken =
            store::users::find_by_email(db.conn(), caller.organisation_id, email.as_str()).await?;
        if taken.is_some_and(|other| other.id != user.id) {
            invalid.add("email", "is already used by someone in this organisation");
        }
        user.email = email.into_string();
    }
    let roles = changes
        .roles
        .as_ref()
        .map(|names| parse_roles(names, &mut invalid));
    if let Some(roles) = &roles
        && user.id == caller.user_id
        && !roles.contains(&Role::Admin)
    {
        invalid.add("roles", "you cannot take away your own admin role");
    }
    if changes.active == Some(false) && user.id == caller.user_id {
        invalid.add("active", "you cannot deactivate yourself");
    }
    if let Some(password) = &changes.password {
        invalid.check("password", auth::check_password_strength(password));
    }
    match &changes.external_subject {
        Some(Some(subject)) => {
            if let Some(subject) =
                invalid.check("externalSubject", text::required_line(subject, 255))
            {
                user.external_subject = Some(subject);
            }
        }
        Some(None) => user.external_subject = None,
        None => {}
    }
    if let Some(team_ids) = &changes.team_ids {
        check_teams_exist(db.conn(), caller, team_ids, &mut invalid).await?;
    }
    invalid.finish()?;
    if let Some(active) = changes.active {
        user.active = active;
    }
    if let Some(password) = &changes.password {
        user.password_hash = Some(auth::hash_password_blocking(password.clone()).await?);
    }
    user.updated_at = chrono::Utc::now();
    let after = json!({
        "name": user.name, "email": user.email, "active": user.active, "externalSubject": user.external_subject,
        "roles": roles.as_deref().map(role_names), "teamIds": changes.team_ids, "passwordChanged": changes.password.is_some(),
    });
    let tx = db.begin_write().await?;
    store::users::update(&*tx, user).await?;
    if let Some(roles) = &roles {
        store::users::replace_roles(&*tx, id, &role_names(roles)).await?;
    }
    if let Some(team_ids) = changes.team_ids {
        store::teams::replace_user_teams(&*tx, id, &dedup(team_ids)).await?;
    }
    audit::record(
        &*tx,
        caller,
        "user.changed",
        "user",
        id,
        json!({"before": before, "after": after}),
    )
    .await?;
    tx.commit().await?;
    RECENT_CALLERS.users_changed();
    tracing::info!(user_id = %id, by = %caller.user_id, "user changed");
    get(db, caller, id).await
}

async fn check_teams_exist(
    db: &impl ConnectionTrait,
    caller: &Caller,
    team_ids: &[Uuid],
    invalid: &mut Invalid,
) -> Result<(), ServiceError> {
    let existing = store::teams::existing_ids(db, caller.organisation_id, team_ids).await?;
    for (index, id) in team_ids.iter().enumerate() {
        if !existing.contains(id) {
            invalid.add(
                format!("teamIds[{index}]"),
                "is not a team of this organisation",
            );
        }
    }
    Ok(())
}

async fn with_roles_and_teams(
    db: &impl ConnectionTrait,
    users: Vec<user::Model>,
) -> Result<Vec<UserView>, ServiceError> {
    let ids: Vec<Uuid> = users.iter().map(|u| u.id).collect();
    let mut roles = store::users::roles_of(db, &ids).await?;
    let mut teams: HashMap<Uuid, Vec<Uuid>> = HashMap::new();
    for membership in store::teams::memberships_of_users(db, &ids).await? {
        teams
            .entry(membership.user_id)
            .or_default()
            .push(membership.team_id);
    }
    Ok(users
        .into_iter()
        .map(|user| {
            let mut user_roles: Vec<Role> = roles
                .remove(&user.id)
                .unwrap_or_default()
                .iter()
                .filter_map(|r| Role::parse(r).ok())
                .collect();
            user_roles.sort();
            let mut team_ids = teams.remove(&user.id).unwrap_or_default();
            team_ids.sort();
            UserView {
                user,
                roles: user_roles,
                team_ids,
            }
        })
        .collect())
}

/// Parses role names, reporting each unknown one as `roles[i]` and an empty list as `roles`.
fn parse_roles(names: &[String], invalid: &mut Invalid) -> Vec<Role> {
    if names.is_empty() {
        invalid.add("roles", "must name at least one role");
    }
    names
        .iter()
        .enumerate()
        .filter_map(|(index, name)| invalid.check(&format!("roles[{index}]"), Role::parse(name)))
        .collect()
}

fn role_names(roles: &[Role]) -> Vec<&'static str> {
    let mut names: Vec<&'static str> = roles.iter().map(|r| r.as_str()).collect();
    names.sort();
    names.dedup();
    names
}

fn dedup(mut ids: Vec<Uuid>) -> Vec<Uuid> {
    ids.sort();
    ids.dedup();
    ids
}
