//! The OpenAPI document: the resources combined, with the metadata the API Design Rules ask for.

use poem_openapi::{ContactObject, ExtraHeader, LicenseObject, OpenApiService};

use super::{middleware::API_VERSION, resources::*};

/// Nested because poem-openapi combines tuples of at most twelve.
pub type Api = (
    (
        auth::AuthApi,
        me::MeApi,
        users::UsersApi,
        teams::TeamsApi,
        categories::CategoriesApi,
        identity_provider::IdentityProviderApi,
        mandates::MandatesApi,
        mandate_checks::MandateChecksApi,
        templates::TemplatesApi,
        budget_pots::BudgetPotsApi,
        decisions::DecisionsApi,
        audit_events::AuditEventsApi,
    ),
    reports::ReportsApi,
    privacy::PrivacyApi,
    processing_log::ProcessingLogApi,
    api_clients::ApiClientsApi,
    token::TokenApi,
    imports::ImportsApi,
    webhooks::WebhooksApi,
    stories::StoriesApi,
    precedents::PrecedentsApi,
    lessons::LessonsApi,
    zgw::ZgwApi,
);

pub fn api() -> OpenApiService<Api, ()> {
    OpenApiService::new(Api::default(), "Mandaat API", API_VERSION)
        .description(
            "Mandaat gives social-domain professionals a clear mandate (mandaat) and lets them log \
             the custom decisions (maatwerkbeslissingen) they take. All money is in euro cents, all \
             times are RFC 3339 (responses in UTC), errors are RFC 9457 problem details, and the \
             organisation is always the one of the bearer token. A request's W3C `traceparent` \
             header is honoured: the processing log records its trace, and every response names \
             its own span in `traceparent`.",
        )
        .contact(ContactObject::new().name("Mandaat").email("api@mandaat.nl").url("https://mandaat.nl"))
        .license(LicenseObject::new("EUPL-1.2").url("https://interoperable-europe.ec.europa.eu/collection/eupl"))
        .server("/api/v1")
        .extra_response_header::<String, _>(
            ExtraHeader::new("API-Version").description("The full version of the API that answered (semver)."),
        )
        .extra_response_header::<String, _>(
            ExtraHeader::new("traceparent").description(
                "W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace.",
            ),
        )
}

/// The document as served at `/openapi.json` and committed at `openapi/openapi.json`.
pub fn document() -> String {
    let mut document: serde_json::Value = match serde_json::from_str(&api().spec()) {
        Ok(document) => document,
        Err(_) => return api().spec(),
    };
    spell_headers(&mut document);
    offer_csv_for_reports(&mut document);
    declare_machine_clients(&mut document);
    document_unsupported_media_type(&mut document);
    declare_optional_fields_nullable(&mut document);
    serde_json::to_string_pretty(&document).unwrap_or_else(|_| api().spec())
}

/// poem-openapi upper-cases header names; the API Design Rules expect `API-Version`, HTTP spells
/// `Retry-After` so, and W3C Trace Context `traceparent`.
fn spell_headers(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            for (upper, spelled) in [
                ("API-VERSION", "API-Version"),
                ("RETRY-AFTER", "Retry-After"),
                ("TRACEPARENT", "traceparent"),
            ] {
                if let Some(header) = map.remove(upper) {
                    map.insert(spelled.into(), header);
                }
            }
            map.values_mut().for_each(spell_headers);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(spell_headers),
        _ => {}
    }
}

/// Every report also answers `text/csv` (see `resources::reports`).
fn offer_csv_for_reports(document: &mut serde_json::Value) {
    let Some(paths) = document["paths"].as_object_mut() else {
        return;
    };
    for (path, item) in paths.iter_mut() {
        if !path.starts_with("/reports/") {
            continue;
        }
        if let Some(content) = item["get"]["responses"]["200"]["content"].as_object_mut() {
            content.insert(
                "text/csv; charset=utf-8".into(),
                serde_json::json!({"schema": {"type": "string", "description": "The same rows as CSV (RFC 4180) with a header row."}}),
            );
        }
    }
}

/// A field that is not required is answered as `null` when it has no value, and `null` is
/// accepted for it in a request body: the document says so (OpenAPI 3.0's `nullable`), so that
/// a client generated from it does not reject an answer. A `$ref` cannot carry `nullable` beside
/// it in 3.0, so such a field becomes `allOf: [$ref]` with `nullable`.
fn declare_optional_fields_nullable(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            let required: Vec<String> = map
                .get("required")
                .and_then(|r| r.as_array())
                .map(|r| {
                    r.iter()
                        .filter_map(|n| n.as_str().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_default();
            if let Some(properties) = map.get_mut("properties").and_then(|p| p.as_object_mut()) {
                for (name, property) in properties.iter_mut() {
                    if required.contains(name) {
                        continue;
                    }
                    if let Some(field) = property.as_object_mut() {
                        if let Some(reference) = field.remove("$ref") {
                            field.insert("allOf".into(), serde_json::json!([{"$ref": reference}]));
                        }
                        field.insert("nullable".into(), serde_json::Value::Bool(true));
                    }
                }
            }
            map.values_mut().for_each(declare_optional_fields_nullable);
        }
        serde_json::Value::Array(items) => {
            items.iter_mut().for_each(declare_optional_fields_nullable);
        }
        _ => {}
    }
}

/// Every operation that takes a body answers `415` for a media type it does not read; the
/// answer is the same problem document (headers included) as its `413`.
fn document_unsupported_media_type(document: &mut serde_json::Value) {
    let Some(paths) = document["paths"].as_object_mut() else {
        return;
    };
    for operation in paths
        .values_mut()
        .filter_map(|item| item.as_object_mut())
        .flat_map(|item| item.values_mut())
    {
        if operation.get("requestBody").is_none() {
            continue;
        }
        let Some(responses) = operation["responses"].as_object_mut() else {
            continue;
        };
        let Some(mut unsupported) = responses.get("413").cloned() else {
            continue;
        };
        unsupported["description"] =
            "The body's media type is not one this operation reads.".into();
        responses.entry("415").or_insert(unsupported);
    }
}

/// The machine clients' side of the document: the OAuth 2.0 client-credentials scheme with its
/// scopes, on each operation the scopes that open it to a machine client (from
/// `http::scopes`, the table the server enforces), the `429` a client over its rate gets, and
/// the token endpoint's errors also under the problem media type (they are both).
fn declare_machine_clients(document: &mut serde_json::Value) {
    use crate::domain::scope::Scope;
    use serde_json::json;

    let scopes: serde_json::Map<String, serde_json::Value> = Scope::ALL
        .iter()
        .map(|scope| (scope.as_str().to_owned(), json!(scope.description())))
        .collect();
    if let Some(schemes) = document["components"]["securitySchemes"].as_object_mut() {
        schemes.insert(
            "clientCredentials".into(),
            json!({
                "type": "oauth2",
                "description": "A machine client's token from `POST /auth/token` (client credentials, with `client_secret_basic` or `private_key_jwt`). Each operation lists the scopes of which one opens it to a machine client; operations without them are a person's only (403 for a machine client).",
                "flows": {"clientCredentials": {"tokenUrl": "/api/v1/auth/token", "scopes": scopes}},
            }),
        );
    }
    let Some(paths) = document["paths"].as_object_mut() else {
        return;
    };
    for (path, item) in paths.iter_mut() {
        let Some(item) = item.as_object_mut() else {
            continue;
        };
        for (method, operation) in item.iter_mut() {
            if path == "/imports/people" {
                declare_unsupported_media_type(operation);
            }
            let Some(security) = operation
                .get_mut("security")
                .and_then(serde_json::Value::as_array_mut)
            else {
                if path == "/auth/token" {
                    alias_oauth_errors(operation);
                    declare_unsupported_media_type(operation);
                }
                continue;
            };
            if let Some(required) = super::scopes::required(method, path) {
                for scope in required {
                    security.push(json!({"clientCredentials": [scope.as_str()]}));
                }
            }
            if let Some(responses) = operation["responses"].as_object_mut() {
                responses.insert(
                    "429".into(),
                    json!({
                        "description": "A machine client over its request rate; try again after `Retry-After` seconds.",
                        "headers": {"Retry-After": {"required": true, "description": "Seconds to wait before the next request.", "schema": {"type": "integer", "format": "uint64"}}},
                        "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}},
                    }),
                );
            }
        }
    }
}

/// A body that is not form-encoded or CSV, where the operation takes that.
fn declare_unsupported_media_type(operation: &mut serde_json::Value) {
    if let Some(responses) = operation["responses"].as_object_mut() {
        responses.insert(
            "415".into(),
            serde_json::json!({
                "description": "The body is not in the media type this operation takes.",
                "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}},
            }),
        );
    }
}

/// OAuth says `application/json`; the API Design Rules say problem details. The body is both.
fn alias_oauth_errors(operation: &mut serde_json::Value) {
    let Some(responses) = operation["responses"].as_object_mut() else {
        return;
    };
    for (status, response) in responses.iter_mut() {
        if !(status.starts_with('4') || status.starts_with('5')) {
            continue;
        }
        if let Some(content) = response["content"].as_object_mut()
            && let Some(json) = content.get("application/json").cloned()
        {
            content.insert("application/problem+json".into(), json);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_scoped_operation_exists_and_declares_its_scopes() {
        let document: serde_json::Value = serde_json::from_str(&document()).unwrap();
        for (method, path, scopes) in super::super::scopes::OPERATIONS {
            // Operations that other parts of the API add later may be listed ahead of them.
            let operation = &document["paths"][path][method.to_lowercase()];
            if operation.is_null() {
                assert!(
                    path.starts_with("/webhook-subscriptions"),
                    "{method} {path} is in the scope table but not in the document"
                );
                continue;
            }
            let declared: Vec<&str> = operation["security"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|r| r["clientCredentials"][0].as_str())
                .collect();
            let expected: Vec<&str> = scopes.iter().map(|s| s.as_str()).collect();
            assert_eq!(declared, expected, "{method} {path}");
        }
        let schemes = &document["components"]["securitySchemes"]["clientCredentials"];
        assert_eq!(
            schemes["flows"]["clientCredentials"]["scopes"]
                .as_object()
                .unwrap()
                .len(),
            7
        );
    }
}
