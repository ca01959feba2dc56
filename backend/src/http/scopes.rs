//! Which scopes open which operation to a machine client: the one table that both the OpenAPI
//! document (`spec`) and the check on every machine request (`security`) read. An operation
//! that is not listed is a person's only (logging or deciding on a decision, setting up the
//! organisation, managing machine clients); a machine client gets `403` there.

use crate::domain::scope::{Scope, Scopes};

use Scope::*;

/// `(method, path as in the document, scopes of which any one suffices)`.
pub const OPERATIONS: &[(&str, &str, &[Scope])] = &[
    ("GET", "/categories", &[DecisionsRead, MandatesRead]),
    ("GET", "/categories/{id}", &[DecisionsRead, MandatesRead]),
    ("GET", "/decisions", &[DecisionsRead]),
    ("GET", "/decisions/{id}", &[DecisionsRead]),
    // Pushing a decision to the case system again is managing an integration, not deciding.
    ("POST", "/decisions/{id}/zgw-push", &[WebhooksManage]),
    ("GET", "/users", &[MandatesRead, PeopleWrite]),
    ("GET", "/users/{id}", &[MandatesRead, PeopleWrite]),
    ("POST", "/users", &[PeopleWrite]),
    ("PATCH", "/users/{id}", &[PeopleWrite]),
    ("GET", "/teams", &[MandatesRead, PeopleWrite]),
    ("GET", "/teams/{id}", &[MandatesRead, PeopleWrite]),
    ("POST", "/teams", &[PeopleWrite]),
    ("PATCH", "/teams/{id}", &[PeopleWrite]),
    ("POST", "/imports/people", &[PeopleWrite]),
    ("GET", "/users/{id}/mandate", &[MandatesRead]),
    ("GET", "/users/{id}/mandate/versions", &[MandatesRead]),
    ("GET", "/mandate-templates", &[MandatesRead]),
    ("GET", "/mandate-templates/{id}", &[MandatesRead]),
    ("POST", "/mandate-templates", &[MandatesWrite]),
    ("PATCH", "/mandate-templates/{id}", &[MandatesWrite]),
    ("GET", "/teams/{id}/budget-pots", &[MandatesRead]),
    ("POST", "/teams/{id}/budget-pots", &[MandatesWrite]),
    ("GET", "/reports/accountability", &[ReportsRead]),
    ("GET", "/reports/budget-use", &[ReportsRead]),
    ("GET", "/reports/professional-use", &[ReportsRead]),
    ("GET", "/reports/reflections", &[ReportsRead]),
    ("GET", "/reports/turnaround", &[ReportsRead]),
    ("GET", "/reports/urgent-reviews", &[ReportsRead]),
    ("GET", "/reports/verdict-mix", &[ReportsRead]),
    ("GET", "/audit-events", &[AuditRead]),
    ("GET", "/audit-events/verify", &[AuditRead]),
    ("GET", "/processing-log", &[AuditRead]),
    ("GET", "/webhook-subscriptions", &[WebhooksManage]),
    ("POST", "/webhook-subscriptions", &[WebhooksManage]),
    ("GET", "/webhook-subscriptions/{id}", &[WebhooksManage]),
    ("PATCH", "/webhook-subscriptions/{id}", &[WebhooksManage]),
    ("DELETE", "/webhook-subscriptions/{id}", &[WebhooksManage]),
    (
        "GET",
        "/webhook-subscriptions/{id}/deliveries",
        &[WebhooksManage],
    ),
    (
        "POST",
        "/webhook-subscriptions/{id}/deliveries/{deliveryId}/redeliver",
        &[WebhooksManage],
    ),
    (
        "POST",
        "/webhook-subscriptions/{id}/ping",
        &[WebhooksManage],
    ),
];

/// The scopes that open this operation, by its path in the document (`/decisions/{id}`).
pub fn required(method: &str, path: &str) -> Option<&'static [Scope]> {
    OPERATIONS
        .iter()
        .find(|(m, p, _)| m.eq_ignore_ascii_case(method) && *p == path)
        .map(|(_, _, scopes)| *scopes)
}

/// The scopes for a request to `path` (`/api/v1/decisions/0193…`): of the operations whose
/// path template fits it, the one with the most fixed segments (`/audit-events/verify` rather
/// than a template with a parameter there).
pub fn for_request(method: &str, path: &str) -> Option<&'static [Scope]> {
    let path = path.strip_prefix("/api/v1")?;
    let segments: Vec<&str> = path.split('/').collect();
    OPERATIONS
        .iter()
        .filter(|(m, _, _)| m.eq_ignore_ascii_case(method))
        .filter_map(|(_, template, scopes)| {
            let parts: Vec<&str> = template.split('/').collect();
            let fits = parts.len() == segments.len()
                && parts
                    .iter()
                    .zip(&segments)
                    .all(|(part, segment)| part.starts_with('{') || part == segment);
            fits.then(|| {
                let fixed = parts.iter().filter(|p| !p.starts_with('{')).count();
                (fixed, *scopes)
            })
        })
        .max_by_key(|(fixed, _)| *fixed)
        .map(|(_, scopes)| scopes)
}

/// Why a machine client may not send this request, if it may not.
pub fn refusal(method: &str, path: &str, held: &Scopes) -> Option<String> {
    match for_request(method, path) {
        None => Some("This operation is open to people only, not to machine clients.".into()),
        Some(scopes) if held.any(scopes) => None,
        Some(scopes) => {
            let names: Vec<&str> = scopes.iter().map(|s| s.as_str()).collect();
            Some(format!(
                "This operation requires the scope {}.",
                names.join(" or ")
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_path_finds_its_operation() {
        let id = "0193a1b2-0000-7000-8000-000000000000";
        assert_eq!(
            for_request("GET", &format!("/api/v1/decisions/{id}")),
            Some(&[DecisionsRead][..])
        );
        assert_eq!(
            for_request("GET", "/api/v1/decisions"),
            Some(&[DecisionsRead][..])
        );
        assert_eq!(
            for_request(
                "POST",
                &format!("/api/v1/webhook-subscriptions/{id}/deliveries/{id}/redeliver")
            ),
            Some(&[WebhooksManage][..])
        );
        assert_eq!(
            for_request("GET", &format!("/api/v1/decisions/{id}/events")),
            None
        );
        assert_eq!(for_request("GET", "/decisions"), None);
    }

    #[test]
    fn a_machine_client_needs_one_of_the_listed_scopes() {
        let reader = Scopes::new(vec![DecisionsRead]);
        assert!(refusal("GET", "/api/v1/decisions/0193", &reader).is_none());
        assert!(refusal("get", "/api/v1/categories", &reader).is_none());
        assert!(
            refusal("GET", "/api/v1/reports/budget-use", &reader)
                .is_some_and(|r| r.contains("reports:read"))
        );
        // Logging a decision is a person's, whatever the scopes.
        let everything = Scopes::new(Scope::ALL.to_vec());
        assert!(refusal("POST", "/api/v1/decisions", &everything).is_some());
    }
}
