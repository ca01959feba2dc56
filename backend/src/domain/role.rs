//! Roles a person holds in an organisation (one person may hold several).

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    Professional,
    TeamLead,
    Controller,
    Admin,
}

impl Role {
    pub const ALL: [Role; 4] = [
        Role::Professional,
        Role::TeamLead,
        Role::Controller,
        Role::Admin,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Professional => "professional",
            Role::TeamLead => "team_lead",
            Role::Controller => "controller",
            Role::Admin => "admin",
        }
    }

    pub fn parse(value: &str) -> Result<Self, String> {
        Role::ALL
            .into_iter()
            .find(|role| role.as_str() == value)
            .ok_or_else(|| {
                format!("unknown role '{value}': use professional, team_lead, controller or admin")
            })
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The roles of one person, without duplicates, in a stable order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Roles(Vec<Role>);

impl Roles {
    pub fn new(mut roles: Vec<Role>) -> Self {
        roles.sort();
        roles.dedup();
        Self(roles)
    }

    pub fn has(&self, role: Role) -> bool {
        self.0.contains(&role)
    }

    pub fn any(&self, roles: &[Role]) -> bool {
        roles.iter().any(|role| self.has(*role))
    }

    pub fn iter(&self) -> impl Iterator<Item = Role> + '_ {
        self.0.iter().copied()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_role_by_its_wire_name() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Ok(role));
        }
        assert!(Role::parse("manager").is_err());
    }

    #[test]
    fn roles_are_deduplicated_and_sorted() {
        let roles = Roles::new(vec![Role::Admin, Role::Professional, Role::Admin]);
        assert_eq!(
            roles.iter().collect::<Vec<_>>(),
            [Role::Professional, Role::Admin]
        );
        assert!(roles.any(&[Role::Controller, Role::Admin]));
        assert!(!roles.has(Role::TeamLead));
    }
}
