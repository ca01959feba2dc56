//! HTTP: the poem-openapi resources under `/api/v1`, the operational endpoints, the PWA, and
//! the middleware around them.

pub mod body_fields;
pub mod client_address;
pub mod csv;
pub mod metrics;
pub mod middleware;
pub mod ops;
pub mod problem;
pub mod pwa_files;
pub mod resources;
pub mod scopes;
pub mod security;
pub mod spec;
pub mod state;
pub mod stream;
pub mod timestamp;

use poem::{Endpoint, EndpointExt, Route, get};

use state::AppState;

pub struct RouteOptions {
    pub pwa_dir: std::path::PathBuf,
    pub max_body_bytes: usize,
    pub hsts: bool,
}

/// The whole application as one endpoint.
pub fn routes(state: AppState, options: RouteOptions) -> impl Endpoint {
    let document = spec::document();
    let schemas = std::sync::Arc::new(body_fields::BodySchemas::from_document(&document));
    let docs_html = spec::api().rapidoc_html();
    let max_body = options.max_body_bytes;
    let hsts = options.hsts;
    Route::new()
        .nest("/api/v1", spec::api())
        .at("/api/v1/openapi.json", get(ops::openapi(document.clone())))
        .at("/openapi.json", get(ops::openapi(document)))
        .at("/docs", get(ops::html(docs_html)))
        .at("/healthz", get(ops::healthz))
        .at("/readyz", get(ops::readyz))
        .at("/metrics", get(ops::metrics))
        .nest("/", pwa_files::PwaFiles::load(&options.pwa_dir))
        .around(move |next, request| {
            middleware::name_every_invalid_field(next, request, schemas.clone())
        })
        .around(move |next, request| middleware::limit_body(next, request, max_body))
        .around(move |next, request| middleware::headers_log_metrics(next, request, hsts))
        .data(state)
}
