//! The bearer-token security scheme: a handler that takes `Auth` runs only for a verified caller.

use poem::Request;
use poem_openapi::{SecurityScheme, auth::Bearer};

use super::{problem::ApiError, state::AppState};
use crate::service::{Caller, auth};

/// A JWT issued by `POST /auth/login`, or by the organisation's own OpenID Connect provider.
#[derive(SecurityScheme)]
#[oai(ty = "bearer", bearer_format = "JWT", checker = "verify")]
pub struct Auth(pub Caller);

async fn verify(request: &Request, bearer: Bearer) -> poem::Result<Caller> {
    let state = request
        .data::<AppState>()
        .ok_or_else(|| poem::Error::from(ApiError::unauthorized()))?;
    auth::authenticate(&state.db, &state.keys, &bearer.token)
        .await
        .map_err(|error| poem::Error::from(ApiError::from(error)))
}
