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
    stories::StoriesApi,
    precedents::PrecedentsApi,
    lessons::LessonsApi,
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
