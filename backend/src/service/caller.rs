//! The authenticated caller: who, of which organisation, with which roles and teams.
//! Remembered for a moment after it is loaded (`recent_callers`), and forgotten at any change to
//! users or teams, so a role change or deactivation still takes effect on the next request.

use uuid::Uuid;

use super::ServiceError;
use crate::domain::{
    role::{Role, Roles},
    scope::{Scope, Scopes},
};

#[derive(Clone, Debug)]
pub struct Caller {
    pub user_id: Uuid,
    pub organisation_id: Uuid,
    pub organisation_name: String,
    pub name: String,
    pub email: String,
    pub roles: Roles,
    /// Teams the caller belongs to (as member or lead).
    pub team_ids: Vec<Uuid>,
    /// Teams the caller leads.
    pub lead_team_ids: Vec<Uuid>,
    /// For a machine client (`user_id` is then the client's id): the scopes of its token that
    /// the client still holds. `None` for a person.
    pub machine: Option<Scopes>,
}

impl Caller {
    /// A machine client acting for its organisation. Its roles only matter inside the
    /// operations its scopes open (see `http::scopes`): reading as a controller does, and
    /// writing people or mandate templates as an admin does when a write scope allows it.
    pub fn machine(
        client_id: Uuid,
        organisation_id: Uuid,
        organisation_name: String,
        name: String,
        scopes: Scopes,
    ) -> Self {
        let mut roles = vec![Role::Controller];
        if scopes.any(&[
            Scope::PeopleWrite,
            Scope::MandatesWrite,
            Scope::WebhooksManage,
        ]) {
            roles.push(Role::Admin);
        }
        Self {
            user_id: client_id,
            organisation_id,
            organisation_name,
            name,
            email: String::new(),
            roles: Roles::new(roles),
            team_ids: Vec::new(),
            lead_team_ids: Vec::new(),
            machine: Some(scopes),
        }
    }

    pub fn is_machine(&self) -> bool {
        self.machine.is_some()
    }

    /// Passes when the caller holds one of `roles`.
    pub fn require(&self, roles: &[Role], action: &str) -> Result<(), ServiceError> {
        if self.roles.any(roles) {
            Ok(())
        } else {
            let names: Vec<&str> = roles.iter().map(|r| r.as_str()).collect();
            Err(ServiceError::forbidden(format!(
                "{action} requires the role {}",
                names.join(" or ")
            )))
        }
    }

    /// Leads this team (and still holds the team-lead role).
    pub fn leads(&self, team_id: Uuid) -> bool {
        self.roles.has(Role::TeamLead) && self.lead_team_ids.contains(&team_id)
    }

    /// Leads one of these teams.
    pub fn leads_any(&self, team_ids: &[Uuid]) -> bool {
        team_ids.iter().any(|team| self.leads(*team))
    }

    /// May see everyone of the organisation (not only the own teams).
    pub fn sees_whole_organisation(&self) -> bool {
        self.roles
            .any(&[Role::Admin, Role::Controller, Role::TeamLead])
    }
}
