//! Cross-cutting HTTP behaviour: the body limit, the headers every response carries, the
//! request log and metrics.

use std::{sync::Arc, time::Instant};

use poem::{
    Endpoint, IntoResponse, Request, Response, Result,
    http::{HeaderValue, StatusCode, header},
};

use super::{body_fields::BodySchemas, problem, state::AppState};

pub const API_VERSION: &str = "1.0.0";

/// The policy for the API and the PWA: nothing from elsewhere, never framed.
const CSP_APP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; \
form-action 'self'; frame-ancestors 'none'";
/// The documentation page inlines its script and styles, so it alone needs 'unsafe-inline'.
const CSP_DOCS: &str = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; \
img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/// Refuses bodies above `max` bytes with 413, whether or not a Content-Length was sent.
pub async fn limit_body<E: Endpoint>(
    next: E,
    mut request: Request,
    max: usize,
) -> Result<Response> {
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    let too_large = || {
        problem::problem_response(problem::Problem::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "payload-too-large",
            "Payload too large",
            format!("Request bodies may be at most {max} bytes."),
        ))
    };
    if declared.is_some_and(|length| length > max as u64) {
        return Ok(too_large());
    }
    if declared.is_none() && request.method() != poem::http::Method::GET {
        match request.take_body().into_bytes_limit(max).await {
            Ok(bytes) => request.set_body(bytes),
            Err(poem::error::ReadBodyError::PayloadTooLarge) => return Ok(too_large()),
            Err(error) => return Err(error.into()),
        }
    }
    Ok(next.call(request).await?.into_response())
}

/// A JSON body that does not fit its operation is answered with every field that does not fit,
/// not only the first one poem-openapi stopped at (see [`super::body_fields`]).
pub async fn name_every_invalid_field<E: Endpoint>(
    next: E,
    mut request: Request,
    schemas: Arc<BodySchemas>,
) -> Result<Response> {
    let has_body = matches!(
        *request.method(),
        poem::http::Method::POST | poem::http::Method::PUT | poem::http::Method::PATCH
    );
    let api_path = request
        .uri()
        .path()
        .strip_prefix("/api/v1")
        .map(str::to_owned);
    let (Some(path), true) = (api_path, has_body) else {
        return Ok(next.call(request).await?.into_response());
    };
    let method = request.method().clone();
    let body = request.take_body().into_bytes().await?;
    request.set_body(body.clone());
    match next.call(request).await {
        Ok(response) => Ok(response.into_response()),
        Err(error) if error.is::<poem_openapi::error::ParseRequestPayloadError>() => {
            // The token endpoint speaks OAuth's own error shape (RFC 6749 §5.2), also here.
            if path == "/auth/token" {
                let refusal = crate::service::client_credentials::Refusal::InvalidRequest(format!(
                    "The form does not fit a token request: {error}"
                ));
                let answer: super::resources::token::TokenResponse = refusal.into();
                return Ok(answer.into_response());
            }
            let errors = schemas.field_errors(&method, &path, &body);
            if errors.is_empty() {
                return Err(error);
            }
            Ok(problem::problem_response(problem::Problem::invalid(errors)))
        }
        Err(error) => Err(error),
    }
}

/// The path as the log may show it: a client reference (`/client-records/{clientRef}`) is
/// replaced, since logs never hold personal data.
fn loggable_path(path: &str) -> String {
    const CLIENT_RECORDS: &str = "/api/v1/client-records/";
    match path.strip_prefix(CLIENT_RECORDS) {
        Some(rest) => {
            let action = rest.split_once('/').map(|(_, action)| action);
            match action {
                Some(action) => format!("{CLIENT_RECORDS}…/{action}"),
                None => format!("{CLIENT_RECORDS}…"),
            }
        }
        None => path.to_owned(),
    }
}

/// Headers on every response, the request log line and the metrics.
pub async fn headers_log_metrics<E: Endpoint>(
    next: E,
    request: Request,
    hsts: bool,
) -> Result<Response> {
    let started = Instant::now();
    let method = request.method().clone();
    // Paths hold only ids by design (no personal data in paths), so they are safe to log; the
    // one exception, a subject access request's client reference, is left out.
    let path = loggable_path(request.uri().path());
    let metrics = request
        .data::<AppState>()
        .map(|state| state.metrics.clone());
    // Every request runs in its W3C trace, so the processing log can tie records to it.
    let trace = crate::service::processing::trace_for(
        request
            .headers()
            .get("traceparent")
            .and_then(|v| v.to_str().ok()),
    );
    let mut response = match crate::service::processing::in_trace(trace, next.call(request)).await {
        Ok(response) => response.into_response(),
        Err(error) => problem::catch_all(error).await,
    };
    let headers = response.headers_mut();
    headers.insert("API-Version", HeaderValue::from_static(API_VERSION));
    if let Ok(traceparent) = HeaderValue::from_str(&trace.traceparent()) {
        headers.insert("traceparent", traceparent);
    }
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    let is_docs = path == "/docs" || path.starts_with("/docs/");
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(if is_docs { CSP_DOCS } else { CSP_APP }),
    );
    let is_api =
        path.starts_with("/api/") || matches!(path.as_str(), "/healthz" | "/readyz" | "/metrics");
    if is_api && !headers.contains_key(header::CACHE_CONTROL) {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    if hsts {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    let elapsed = started.elapsed();
    let status = response.status().as_u16();
    if let Some(metrics) = metrics {
        metrics.observe(status, elapsed);
    }
    tracing::info!(%method, path, status, micros = elapsed.as_micros() as u64, "request");
    Ok(response)
}
