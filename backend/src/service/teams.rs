//! Teams (`/teams`) with their members and leads. Everyone reads; admins set them up.

use super::recent_callers::RECENT_CALLERS;
use sea_orm::ConnectionTrait;

use crate::store::db::Db;
use uuid::Uuid;

use serde_json::json;

use super::{
    Caller, ServiceError, audit,
    page::{Page, PageRequest},
};
use crate::{
    domain::{invalid::Invalid, role::Role, text},
    store::{self, entities::team},
};

pub struct TeamView {
    pub team: team::Model,
    pub member_ids: Vec<Uuid>,
    pub lead_ids: Vec<Uuid>,
}

pub struct TeamDraft {
    pub name: Option<String>,
    /// `Some(None)` clears the description.
    pub description: Option<Option<String>>,
    pub member_ids: Option<Vec<Uuid>>,
    pub lead_ids: Option<Vec<Uuid>>,
}

pub async fn list(
    db: &Db,
    caller: &Caller,
    page: PageRequest,
) -> Result<Page<TeamView>, ServiceError> {
    let rows =
        store::teams::page(db.conn(), caller.organisation_id, page.after, page.fetch()).await?;
    let page = page.finish(rows, |t| t.id);
    Ok(Page {
        items: with_members(db.conn(), page.items).await?,
        next_cursor: page.next_cursor,
    })
}

pub async fn get(db: &Db, caller: &Caller, id: Uuid) -> Result<TeamView, ServiceError> {
    let team = store::teams::find(db.conn(), caller.organisation_id, id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    with_members(db.conn(), vec![team])
        .await?
        .pop()
        .ok_or(ServiceError::Internal)
}

pub async fn create(db: &Db, caller: &Caller, draft: TeamDraft) -> Result<TeamView, ServiceError> {
    caller.require(&[Role::Admin], "setting up teams")?;
    let now = chrono::Utc::now();
    let mut team = team::Model {
        id: Uuid::now_v7(),
        organisation_id: caller.organisation_id,
        name: String::new(),
        description: None,
        created_at: now,
        updated_at: now,
    };
    if draft.name.is_none() {
        return Err(ServiceError::invalid("name", "is required"));
    }
    let members = apply(db.conn(), caller, &mut team, &draft).await?;
    let tx = db.begin_write().await?;
    store::teams::insert(&*tx, team.clone()).await?;
    let members = members.unwrap_or_default();
    store::teams::replace_members(&*tx, team.id, &members).await?;
    audit::record(&*tx, caller, "team.created", "team", team.id, json!({"after": {"name": team.name, "description": team.description, "members": members_json(&members)}})).await?;
    tx.commit().await?;
    RECENT_CALLERS.users_changed();
    tracing::info!(team_id = %team.id, by = %caller.user_id, "team created");
    get(db, caller, team.id).await
}

pub async fn update(
    db: &Db,
    caller: &Caller,
    id: Uuid,
    draft: TeamDraft,
) -> Result<TeamView, ServiceError> {
    caller.require(&[Role::Admin], "changing teams")?;
    let mut team = store::teams::find(db.conn(), caller.organisation_id, id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let before = json!({"name": team.name, "description": team.description});
    let members = apply(db.conn(), caller, &mut team, &draft).await?;
    let after = json!({"name": team.name, "description": team.description, "members": members.as_deref().map(members_json)});
    team.updated_at = chrono::Utc::now();
    let tx = db.begin_write().await?;
    store::teams::update(&*tx, team).await?;
    if let Some(members) = members {
        store::teams::replace_members(&*tx, id, &members).await?;
    }
    audit::record(
        &*tx,
        caller,
        "team.changed",
        "team",
        id,
        json!({"before": before, "after": after}),
    )
    .await?;
    tx.commit().await?;
    RECENT_CALLERS.users_changed();
    tracing::info!(team_id = %id, by = %caller.user_id, "team changed");
    get(db, caller, id).await
}

/// Validates the draft against the team and the organisation, collecting every problem, and
/// applies it. Returns the new membership when the draft changes it.
async fn apply(
    db: &impl ConnectionTrait,
    caller: &Caller,
    team: &mut team::Model,
    draft: &TeamDraft,
) -> Result<Option<Vec<(Uuid, bool)>>, ServiceError> {
    let mut invalid = Invalid::new();
    if let Some(name) = &draft.name
        && let Some(name) = invalid.check("name", text::required_line(name, 200))
    {
        let taken = store::teams::find_by_name(db, caller.organisation_id, &name).await?;
        if taken.is_some_and(|other| other.id != team.id) {
            invalid.add("name", "another team already has this name");
        }
        team.name = name;
    }
    match &draft.description {
        Some(Some(description)) => {
            team.description =
                invalid.check("description", text::optional_text(description, 2000, true));
        }
        Some(None) => team.description = None,
        None => {}
    }
    let members = if draft.member_ids.is_some() || draft.lead_ids.is_some() {
        let current = store::teams::members_of_teams(db, &[team.id]).await?;
        let member_ids = draft.member_ids.clone().unwrap_or_else(|| {
            current
                .iter()
                .filter(|m| !m.is_lead)
                .map(|m| m.user_id)
                .collect()
        });
        let lead_ids = draft.lead_ids.clone().unwrap_or_else(|| {
            current
                .iter()
                .filter(|m| m.is_lead)
                .map(|m| m.user_id)
                .collect()
        });
        check_users(db, caller, "memberIds", &member_ids, &mut invalid).await?;
        let existing_leads = check_users(db, caller, "leadIds", &lead_ids, &mut invalid).await?;
        let lead_roles = store::users::roles_of(db, &existing_leads).await?;
        for (index, id) in lead_ids.iter().enumerate() {
            let is_team_lead = lead_roles
                .get(id)
                .is_some_and(|roles| roles.iter().any(|r| r == Role::TeamLead.as_str()));
            if existing_leads.contains(id) && !is_team_lead {
                invalid.add(
                    format!("leadIds[{index}]"),
                    "does not hold the team_lead role",
                );
            }
        }
        let mut members: Vec<(Uuid, bool)> = lead_ids.iter().map(|id| (*id, true)).collect();
        for id in member_ids {
            if !members.iter().any(|(m, _)| *m == id) {
                members.push((id, false));
            }
        }
        members.sort();
        members.dedup_by_key(|(id, _)| *id);
        Some(members)
    } else {
        None
    };
    invalid.finish()?;
    Ok(members)
}

async fn check_users(
    db: &impl ConnectionTrait,
    caller: &Caller,
    field: &str,
    ids: &[Uuid],
    invalid: &mut Invalid,
) -> Result<Vec<Uuid>, ServiceError> {
    let existing = store::users::existing_ids(db, caller.organisation_id, ids).await?;
    for (index, id) in ids.iter().enumerate() {
        if !existing.contains(id) {
            invalid.add(
                format!("{field}[{index}]"),
                "is not a user of this organisation",
            );
        }
    }
    Ok(existing)
}

async fn with_members(
    db: &impl ConnectionTrait,
    teams: Vec<team::Model>,
) -> Result<Vec<TeamView>, ServiceError> {
    let ids: Vec<Uuid> = teams.iter().map(|t| t.id).collect();
    let memberships = store::teams::members_of_teams(db, &ids).await?;
    Ok(teams
        .into_iter()
        .map(|team| {
            let of_team = memberships.iter().filter(|m| m.team_id == team.id);
            let mut member_ids: Vec<Uuid> = of_team.clone().map(|m| m.user_id).collect();
            let mut lead_ids: Vec<Uuid> =
                of_team.filter(|m| m.is_lead).map(|m| m.user_id).collect();
            member_ids.sort();
            lead_ids.sort();
            TeamView {
                team,
                member_ids,
                lead_ids,
            }
        })
        .collect())
}

fn members_json(members: &[(Uuid, bool)]) -> serde_json::Value {
    members
        .iter()
        .map(|(id, lead)| json!({"userId": id, "lead": lead}))
        .collect()
}
