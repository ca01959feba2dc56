//! The bearer-token security scheme: a handler that takes `Auth` runs only for a verified caller.
//! A machine client's request is also held to its rate and to the scopes of the operation
//! (`http::scopes`), here, before any handler runs.

use poem::{Request, http::StatusCode};
use poem_openapi::{SecurityScheme, auth::Bearer};

use super::{
    problem::{ApiError, Problem, problem_response},
    scopes,
    state::AppState,
};
use crate::service::{Caller, auth};

/// A JWT issued by `POST /auth/login`, by `POST /auth/token` to a machine client, or by the
/// organisation's own OpenID Connect provider.
#[derive(SecurityScheme)]
#[oai(ty = "bearer", bearer_format = "JWT", checker = "verify")]
pub struct Auth(pub Caller);

async fn verify(request: &Request, bearer: Bearer) -> poem::Result<Caller> {
    let state = request
        .data::<AppState>()
        .ok_or_else(|| poem::Error::from(ApiError::unauthorized()))?;
    let caller = auth::authenticate(&state.db, &state.keys, &bearer.token)
        .await
        .map_err(|error| poem::Error::from(ApiError::from(error)))?;
    if let Some(held) = &caller.machine {
        if let Err(wait) = state.client_rates.take(caller.user_id) {
            return Err(too_many_requests(wait));
        }
        if let Some(reason) = scopes::refusal(
            request.method().as_str(),
            request.original_uri().path(),
            held,
        ) {
            return Err(poem::Error::from(ApiError::from_problem(Problem::new(
                StatusCode::FORBIDDEN,
                "insufficient-scope",
                "Insufficient scope",
                reason,
            ))));
        }
    }
    Ok(caller)
}

fn too_many_requests(wait: std::time::Duration) -> poem::Error {
    // Whole seconds, rounded up: a client that waits this long is let through.
    let seconds = wait.as_millis().div_ceil(1000).max(1);
    let mut response = problem_response(Problem::new(
        StatusCode::TOO_MANY_REQUESTS,
        "rate-limited",
        "Too many requests",
        format!("This client is over its request rate. Try again in {seconds} s."),
    ));
    response
        .headers_mut()
        .insert("Retry-After", poem::http::HeaderValue::from(seconds as u64));
    poem::Error::from_response(response)
}
