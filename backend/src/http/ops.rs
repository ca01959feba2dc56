//! Operational endpoints (health, readiness, metrics, the spec, docs) and the PWA's files.

use poem::{
    Endpoint, IntoResponse, Response,
    endpoint::make_sync,
    handler,
    http::StatusCode,
    web::{Data, Html},
};

use super::state::AppState;

/// Liveness: the process answers.
#[handler]
pub fn healthz() -> Response {
    Response::builder()
        .content_type("application/json")
        .body(r#"{"status":"ok"}"#)
}

/// Readiness: the database answers and every migration is applied.
#[handler]
pub async fn readyz(state: Data<&AppState>) -> Response {
    let ready = state.db.is_ready().await.unwrap_or(false);
    let (status, body) = if ready {
        (
            StatusCode::OK,
            format!(
                r#"{{"status":"ready","database":"{}"}}"#,
                state.db.backend_name()
            ),
        )
    } else {
        (
            StatusCode::SERVICE_UNAVAILABLE,
            r#"{"status":"not_ready"}"#.to_owned(),
        )
    };
    Response::builder()
        .status(status)
        .content_type("application/json")
        .body(body)
}

#[handler]
pub async fn metrics(state: Data<&AppState>) -> Response {
    let database_up = state.db.is_ready().await.unwrap_or(false);
    Response::builder()
        .content_type("text/plain; version=0.0.4")
        .body(state.metrics.render(database_up))
}

/// The OpenAPI document, readable by any origin.
pub fn openapi(document: String) -> impl Endpoint {
    make_sync(move |_| {
        Response::builder()
            .content_type("application/json")
            .header("Access-Control-Allow-Origin", "*")
            .body(document.clone())
    })
}

pub fn html(page: String) -> impl Endpoint {
    make_sync(move |_| Html(page.clone()).into_response())
}
