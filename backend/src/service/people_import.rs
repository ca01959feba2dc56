//! `POST /imports/people`: people and their teams from a CSV file, all or nothing. A person is
//! matched by e-mail address: new ones are added (without a password: they sign in through the
//! organisation's identity provider, or an admin sets one), known ones get the file's name,
//! roles and teams. Teams named in the file that do not exist yet are made. A dry run answers
//! the same without changing anything.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::json;
use uuid::Uuid;

use super::{Caller, ServiceError, audit, recent_callers::RECENT_CALLERS};
use crate::{
    domain::{
        people_import::{self, PersonRow},
        role::Role,
    },
    store::{
        self,
        db::Db,
        entities::{team, user},
    },
};

/// What happens to one row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Created,
    Updated,
    Unchanged,
}

pub struct RowResult {
    /// The row's index after the header, from 0.
    pub row: usize,
    pub email: String,
    pub outcome: Outcome,
    /// The person's id; for a new person in a dry run, the id they would get.
    pub user_id: Uuid,
}

pub struct ImportResult {
    pub dry_run: bool,
    pub rows: Vec<RowResult>,
    /// Teams made for the file (or that would be), by name.
    pub teams_created: Vec<String>,
}

struct Planned {
    row: PersonRow,
    existing: Option<user::Model>,
    outcome: Outcome,
    user_id: Uuid,
}

pub async fn import(
    db: &Db,
    caller: &Caller,
    csv_text: &str,
    dry_run: bool,
) -> Result<ImportResult, ServiceError> {
    caller.require(&[Role::Admin], "importing people")?;
    let rows = people_import::parse(csv_text).map_err(|invalid| match invalid.finish() {
        Err(errors) => ServiceError::Invalid(errors),
        Ok(()) => ServiceError::Internal,
    })?;
    let conn = db.conn();
    let org = caller.organisation_id;

    // Teams by name: the existing ones, and those the file makes.
    let names: BTreeSet<String> = rows.iter().flat_map(|r| r.teams.iter().cloned()).collect();
    let mut teams: BTreeMap<String, Uuid> = BTreeMap::new();
    let mut new_teams: Vec<team::Model> = Vec::new();
    let now = chrono::Utc::now();
    for name in &names {
        match store::teams::find_by_name(conn, org, name).await? {
            Some(team) => {
                teams.insert(name.clone(), team.id);
            }
            None => {
                let team = team::Model {
                    id: Uuid::now_v7(),
                    organisation_id: org,
                    name: name.clone(),
                    description: None,
                    created_at: now,
                    updated_at: now,
                };
                teams.insert(name.clone(), team.id);
                new_teams.push(team);
            }
        }
    }

    let mut plan = Vec::with_capacity(rows.len());
    let mut invalid = crate::domain::invalid::Invalid::new();
    for (index, row) in rows.into_iter().enumerate() {
        let existing = store::users::find_by_email(conn, org, row.email.as_str()).await?;
        let (outcome, user_id) = match &existing {
            None => (Outcome::Created, Uuid::now_v7()),
            Some(user) => {
                if user.id == caller.user_id && !row.roles.contains(&Role::Admin) {
                    invalid.add(
                        format!("rows[{index}].roles"),
                        "you cannot take away your own admin role",
                    );
                }
                let same = user.name == row.name
                    && current_roles(conn, user.id).await? == role_names(&row.roles)
                    && current_memberships(conn, user.id).await? == memberships(&row, &teams);
                let outcome = if same {
                    Outcome::Unchanged
                } else {
                    Outcome::Updated
                };
                (outcome, user.id)
            }
        };
        plan.push(Planned {
            row,
            existing,
            outcome,
            user_id,
        });
    }
    invalid.finish()?;

    let result = ImportResult {
        dry_run,
        rows: plan
            .iter()
            .enumerate()
            .map(|(row, p)| RowResult {
                row,
                email: p.row.email.as_str().to_owned(),
                outcome: p.outcome,
                user_id: p.user_id,
            })
            .collect(),
        teams_created: new_teams.iter().map(|t| t.name.clone()).collect(),
    };
    if dry_run {
        return Ok(result);
    }

    let tx = db.begin_write().await?;
    for team in &new_teams {
        store::teams::insert(&*tx, team.clone()).await?;
        audit::record(
            &*tx,
            caller,
            "team.created",
            "team",
            team.id,
            json!({"after": {"name": team.name}, "import": true}),
        )
        .await?;
    }
    for planned in plan.iter().filter(|p| p.outcome != Outcome::Unchanged) {
        let row = &planned.row;
        let after = json!({"name": row.name, "email": row.email.as_str(), "roles": role_names(&row.roles), "teams": row.teams, "leads": row.leads});
        match &planned.existing {
            Some(user) => {
                let mut user = user.clone();
                let before = json!({"name": user.name});
                user.name = row.name.clone();
                user.updated_at = now;
                store::users::update(&*tx, user).await?;
                audit::record(
                    &*tx,
                    caller,
                    "user.changed",
                    "user",
                    planned.user_id,
                    json!({"before": before, "after": after, "import": true}),
                )
                .await?;
            }
            None => {
                store::users::insert(
                    &*tx,
                    user::Model {
                        id: planned.user_id,
                        organisation_id: org,
                        name: row.name.clone(),
                        email: row.email.as_str().to_owned(),
                        password_hash: None,
                        external_subject: None,
                        active: true,
                        created_at: now,
                        updated_at: now,
                    },
                )
                .await?;
                audit::record(
                    &*tx,
                    caller,
                    "user.created",
                    "user",
                    planned.user_id,
                    json!({"after": after, "import": true}),
                )
                .await?;
            }
        }
        store::users::replace_roles(&*tx, planned.user_id, &role_names(&row.roles)).await?;
        let memberships: Vec<(Uuid, bool)> = memberships(row, &teams).into_iter().collect();
        store::teams::replace_user_memberships(&*tx, planned.user_id, &memberships).await?;
    }
    tx.commit().await?;
    RECENT_CALLERS.users_changed();
    tracing::info!(
        rows = result.rows.len(),
        teams_created = result.teams_created.len(),
        by = %caller.user_id,
        "people imported"
    );
    Ok(result)
}

fn role_names(roles: &[Role]) -> Vec<&'static str> {
    let mut names: Vec<&'static str> = roles.iter().map(|r| r.as_str()).collect();
    names.sort();
    names.dedup();
    names
}

async fn current_roles(
    conn: &impl sea_orm::ConnectionTrait,
    user_id: Uuid,
) -> Result<Vec<&'static str>, ServiceError> {
    let stored = store::users::roles_of(conn, &[user_id])
        .await?
        .remove(&user_id)
        .unwrap_or_default();
    let roles: Vec<Role> = stored.iter().filter_map(|r| Role::parse(r).ok()).collect();
    Ok(role_names(&roles))
}

async fn current_memberships(
    conn: &impl sea_orm::ConnectionTrait,
    user_id: Uuid,
) -> Result<BTreeSet<(Uuid, bool)>, ServiceError> {
    Ok(store::teams::memberships_of_users(conn, &[user_id])
        .await?
        .into_iter()
        .map(|m| (m.team_id, m.is_lead))
        .collect())
}

fn memberships(row: &PersonRow, teams: &BTreeMap<String, Uuid>) -> BTreeSet<(Uuid, bool)> {
    row.teams
        .iter()
        .filter_map(|name| teams.get(name).map(|id| (*id, row.leads.contains(name))))
        .collect()
}
