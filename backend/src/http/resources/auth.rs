//! `POST /auth/login`: sign in with a built-in account.

use poem_openapi::{ApiResponse, Object, OpenApi, payload::Json};

use super::common::Tag;
use crate::{
    http::{problem::ApiError, state::AppState},
    service,
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

#[OpenApi(tag = "Tag::Auth")]
impl AuthApi {
    /// Sign in (aanmelden) with e-mail address and password.
    ///
    /// Wrong credentials, an unknown address and a deactivated account all give the same 401.
    #[oai(path = "/auth/login", method = "post", operation_id = "login")]
    async fn login(
        &self,
        state: poem::web::Data<&AppState>,
        body: Json<LoginRequest>,
    ) -> Result<LoginResponse, ApiError> {
        let token =
            service::auth::login(&state.db, &state.keys, &body.email, &body.password).await?;
        Ok(LoginResponse::Ok(Json(AccessToken {
            access_token: token.access_token,
            token_type: "Bearer".into(),
            expires_in: token.expires_in,
        })))
    }
}
