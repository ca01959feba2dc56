//! `POST /auth/login`: sign in with a built-in account.

use poem::{Request, http::StatusCode};
use poem_openapi::{ApiResponse, Object, OpenApi, payload::Json};

use super::common::Tag;
use crate::{
    http::{
        client_address::client_address,
        problem::{Problem, internal_problem},
        state::AppState,
    },
    service::{self, auth::SignInRefused},
};

#[derive(Default)]
pub struct AuthApi;

/// E-mail address and password of a built-in account.
#[derive(Object)]
pub struct LoginRequest {
    #[oai(validator(max_length = 254))]
    pub email: String,
    #[oai(validator(max_length = 256))]
    pub password: String,
}

/// An access token to send as `Authorization: Bearer <accessToken>`.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct AccessToken {
    pub access_token: String,
    /// Always `Bearer`.
    pub token_type: String,
    /// Seconds until the token expires.
    pub expires_in: u64,
}

#[derive(ApiResponse)]
pub enum LoginResponse {
    /// Signed in.
    #[oai(status = 200)]
    Ok(Json<AccessToken>),
}

/// Every way a sign-in can fail.
#[derive(ApiResponse, Debug)]
pub enum LoginError {
    /// Invalid input: the body names every invalid field at once.
    #[oai(status = 400, content_type = "application/problem+json")]
    BadRequest(Json<Problem>),
    /// Wrong e-mail address or password (also for an unknown address or a deactivated account).
    #[oai(status = 401, content_type = "application/problem+json")]
    WrongCredentials(Json<Problem>),
    /// The body is larger than the server accepts.
    #[oai(status = 413, content_type = "application/problem+json")]
    PayloadTooLarge(Json<Problem>),
    /// Too many failed sign-ins for this account or from this address; try again after
    /// `Retry-After` seconds.
    #[oai(status = 429, content_type = "application/problem+json")]
    TooManyAttempts(
        Json<Problem>,
        /// Seconds to wait before the next attempt.
        #[oai(header = "Retry-After")]
        u64,
    ),
    /// Something failed on the server; the cause is logged, not sent.
    #[oai(status = 500, content_type = "application/problem+json")]
    Internal(Json<Problem>),
}

impl From<SignInRefused> for LoginError {
    fn from(refused: SignInRefused) -> Self {
        match refused {
            SignInRefused::WrongCredentials => Self::WrongCredentials(Json(Problem::new(
                StatusCode::UNAUTHORIZED,
                "wrong-credentials",
                "Sign-in failed",
                "Wrong e-mail address or password.",
            ))),
            SignInRefused::TooManyAttempts(wait) => {
                // Whole seconds, rounded up: a client that waits this long may try again.
                let seconds = wait.as_millis().div_ceil(1000).max(1);
                let seconds = u64::try_from(seconds).unwrap_or(u64::MAX);
                Self::TooManyAttempts(
                    Json(Problem::new(
                        StatusCode::TOO_MANY_REQUESTS,
                        "too-many-sign-in-attempts",
                        "Too many sign-in attempts",
                        format!(
                            "Too many failed sign-ins for this account or from this address. \
                             Try again in {seconds} s."
                        ),
                    )),
                    seconds,
                )
            }
            SignInRefused::Internal => Self::Internal(Json(internal_problem())),
        }
    }
}

#[OpenApi(tag = "Tag::Auth")]
impl AuthApi {
    /// Sign in (aanmelden) with e-mail address and password.
    ///
    /// Wrong credentials, an unknown address and a deactivated account all give the same 401.
    /// Failed sign-ins are limited per account and per client address: after a few, the next
    /// attempt must wait, and one made sooner gets 429 with `Retry-After`.
    #[oai(path = "/auth/login", method = "post", operation_id = "login")]
    async fn login(
        &self,
        state: poem::web::Data<&AppState>,
        request: &Request,
        body: Json<LoginRequest>,
    ) -> Result<LoginResponse, LoginError> {
        let from = client_address(request, &state.trusted_proxies);
        let token = service::auth::login(
            &state.db,
            &state.keys,
            &state.sign_in_limits,
            from,
            &body.email,
            &body.password,
        )
        .await?;
        Ok(LoginResponse::Ok(Json(AccessToken {
            access_token: token.access_token,
            token_type: "Bearer".into(),
            expires_in: token.expires_in,
        })))
    }
}
