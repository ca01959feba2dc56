//! OAuth scopes of machine clients: what another system may do through the API.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Scope {
    DecisionsRead,
    MandatesRead,
    MandatesWrite,
    PeopleWrite,
    ReportsRead,
    AuditRead,
    WebhooksManage,
}

impl Scope {
    pub const ALL: [Scope; 7] = [
        Scope::DecisionsRead,
        Scope::MandatesRead,
        Scope::MandatesWrite,
        Scope::PeopleWrite,
        Scope::ReportsRead,
        Scope::AuditRead,
        Scope::WebhooksManage,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Scope::DecisionsRead => "decisions:read",
            Scope::MandatesRead => "mandates:read",
            Scope::MandatesWrite => "mandates:write",
            Scope::PeopleWrite => "people:write",
            Scope::ReportsRead => "reports:read",
            Scope::AuditRead => "audit:read",
            Scope::WebhooksManage => "webhooks:manage",
        }
    }

    pub fn description(self) -> &'static str {
        match self {
            Scope::DecisionsRead => "Read decisions, with their free texts, and the categories.",
            Scope::MandatesRead => {
                "Read mandates, templates, budget pots, people, teams and categories."
            }
            Scope::MandatesWrite => "Define mandate templates and team budget pots.",
            Scope::PeopleWrite => "Create and change people and teams, and import them.",
            Scope::ReportsRead => "Read the steering reports and the accountability export.",
            Scope::AuditRead => "Read and verify the audit trail, and read the processing log.",
            Scope::WebhooksManage => "Manage webhook subscriptions.",
        }
    }

    pub fn parse(value: &str) -> Result<Self, String> {
        Scope::ALL
            .into_iter()
            .find(|scope| scope.as_str() == value)
            .ok_or_else(|| {
                let names: Vec<&str> = Scope::ALL.iter().map(|s| s.as_str()).collect();
                format!("unknown scope '{value}': use {}", names.join(", "))
            })
    }
}

impl fmt::Display for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A set of scopes without duplicates, in a stable order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Scopes(Vec<Scope>);

impl Scopes {
    pub fn new(mut scopes: Vec<Scope>) -> Self {
        scopes.sort();
        scopes.dedup();
        Self(scopes)
    }

    /// OAuth's form: names separated by single spaces. Unknown names are refused.
    pub fn parse_spaced(value: &str) -> Result<Self, String> {
        value
            .split(' ')
            .filter(|name| !name.is_empty())
            .map(Scope::parse)
            .collect::<Result<Vec<_>, _>>()
            .map(Self::new)
    }

    /// As stored: what was written by [`Scopes::to_spaced`]; an unknown name is skipped
    /// rather than failing every request of the client.
    pub fn read_stored(value: &str) -> Self {
        Self::new(
            value
                .split(' ')
                .filter_map(|n| Scope::parse(n).ok())
                .collect(),
        )
    }

    pub fn to_spaced(&self) -> String {
        let names: Vec<&str> = self.0.iter().map(|s| s.as_str()).collect();
        names.join(" ")
    }

    pub fn has(&self, scope: Scope) -> bool {
        self.0.contains(&scope)
    }

    pub fn any(&self, scopes: &[Scope]) -> bool {
        scopes.iter().any(|scope| self.has(*scope))
    }

    pub fn contains_all(&self, other: &Scopes) -> bool {
        other.0.iter().all(|scope| self.has(*scope))
    }

    pub fn intersection(&self, other: &Scopes) -> Scopes {
        Scopes(self.0.iter().copied().filter(|s| other.has(*s)).collect())
    }

    pub fn iter(&self) -> impl Iterator<Item = Scope> + '_ {
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
    fn parses_every_scope_by_its_name() {
        for scope in Scope::ALL {
            assert_eq!(Scope::parse(scope.as_str()), Ok(scope));
        }
        assert!(Scope::parse("decisions:write").is_err());
    }

    #[test]
    fn a_spaced_list_round_trips_and_refuses_unknown_names() {
        let scopes = Scopes::parse_spaced("reports:read  decisions:read reports:read").unwrap();
        assert_eq!(scopes.to_spaced(), "decisions:read reports:read");
        assert!(Scopes::parse_spaced("reports:read admin").is_err());
        assert!(Scopes::parse_spaced("").unwrap().is_empty());
    }

    #[test]
    fn intersection_keeps_what_both_hold() {
        let granted = Scopes::parse_spaced("decisions:read audit:read").unwrap();
        let allowed = Scopes::parse_spaced("audit:read people:write").unwrap();
        assert_eq!(granted.intersection(&allowed).to_spaced(), "audit:read");
        assert!(allowed.contains_all(&Scopes::parse_spaced("people:write").unwrap()));
        assert!(!allowed.contains_all(&granted));
    }
}
