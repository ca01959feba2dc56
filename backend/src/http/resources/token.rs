//! `POST /auth/token`: OAuth 2.0 client credentials for machine clients. Request and answers
//! keep OAuth's own names (`access_token`, `error_description`), as OAuth libraries expect.

use base64::{Engine, engine::general_purpose::STANDARD};
use poem::{Request, http::StatusCode};
use poem_openapi::{
    ApiResponse, Object, OpenApi,
    payload::{Form, Json},
};
use serde::Deserialize;

use super::common::Tag;
use crate::{
    http::{
        problem::{Problem, internal_problem},
        state::AppState,
    },
    service::client_credentials::{self, BasicCredentials, Refusal, TokenRequest},
};

#[derive(Default)]
pub struct TokenApi;

pub const TOKEN_PATH: &str = "/api/v1/auth/token";

/// A token request (RFC 6749 §4.4.2), sent as `application/x-www-form-urlencoded`.
#[derive(Object, Deserialize)]
#[oai(rename = "TokenRequest")]
pub struct TokenForm {
    /// Always `client_credentials`.
    pub grant_type: Option<String>,
    /// Scopes asked for, separated by spaces; all the client holds when absent.
    pub scope: Option<String>,
    /// With `private_key_jwt`: the client id (optional, must match the assertion's `iss`).
    pub client_id: Option<String>,
    /// Not accepted: send the secret with HTTP Basic authentication (`client_secret_basic`).
    pub client_secret: Option<String>,
    /// With `private_key_jwt`: `urn:ietf:params:oauth:client-assertion-type:jwt-bearer`.
    pub client_assertion_type: Option<String>,
    /// With `private_key_jwt`: a JWT signed with a key of the client's `jwks` (PS256, RS256 or
    /// ES256, `kid` in the header), with `iss` = `sub` = the client id, `aud` = this endpoint's
    /// URL, `exp` (at most an hour ahead) and a `jti` never used before.
    pub client_assertion: Option<String>,
}

/// An access token for a machine client (RFC 6749 §5.1).
#[derive(Object)]
#[oai(rename = "TokenResponse")]
pub struct TokenAnswer {
    /// Send as `Authorization: Bearer <access_token>`.
    pub access_token: String,
    /// Always `Bearer`.
    pub token_type: String,
    /// Seconds until the token expires.
    pub expires_in: u64,
    /// The scopes granted, separated by spaces.
    pub scope: String,
}

/// An OAuth error (RFC 6749 §5.2) that is also an RFC 9457 problem.
#[derive(Object)]
#[oai(rename = "OAuthError")]
pub struct OAuthError {
    /// `invalid_request`, `invalid_client`, `invalid_scope` or `unsupported_grant_type`.
    pub error: String,
    pub error_description: String,
    #[oai(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
}

impl OAuthError {
    fn new(status: StatusCode, error: &str, title: &str, description: String) -> Self {
        Self {
            error: error.into(),
            kind: format!("urn:mandaat:problem:{}", error.replace('_', "-")),
            title: title.into(),
            status: status.as_u16(),
            detail: description.clone(),
            error_description: description,
        }
    }
}

/// Every answer of the token endpoint, errors included: they are OAuth's own bodies, answered
/// as they are rather than as the API's other errors.
#[derive(ApiResponse)]
pub enum TokenResponse {
    /// A token was issued.
    #[oai(status = 200)]
    Ok(Json<TokenAnswer>),
    /// `invalid_request` (a parameter missing or repeated), `invalid_scope` (a scope unknown or
    /// not held by the client) or `unsupported_grant_type`.
    #[oai(status = 400, content_type = "application/json")]
    BadRequest(Json<OAuthError>),
    /// `invalid_client`: the client is unknown or inactive, the secret is wrong, or the
    /// assertion is invalid, expired, for another audience or used before.
    #[oai(status = 401, content_type = "application/json")]
    InvalidClient(
        Json<OAuthError>,
        /// The authentication scheme to use.
        #[oai(header = "WWW-Authenticate")]
        String,
    ),
    /// The body is larger than the server accepts.
    #[oai(status = 413, content_type = "application/problem+json")]
    PayloadTooLarge(Json<Problem>),
    /// Something failed on the server; the cause is logged, not sent.
    #[oai(status = 500, content_type = "application/problem+json")]
    Internal(Json<Problem>),
}

impl From<Refusal> for TokenResponse {
    fn from(refusal: Refusal) -> Self {
        let bad = |error: &str, description: String| {
            Self::BadRequest(Json(OAuthError::new(
                StatusCode::BAD_REQUEST,
                error,
                "Invalid token request",
                description,
            )))
        };
        match refusal {
            Refusal::InvalidRequest(description) => bad("invalid_request", description),
            Refusal::InvalidScope(description) => bad("invalid_scope", description),
            Refusal::UnsupportedGrantType => bad(
                "unsupported_grant_type",
                "Only the client_credentials grant is supported.".into(),
            ),
            Refusal::InvalidClient(description) => Self::InvalidClient(
                Json(OAuthError::new(
                    StatusCode::UNAUTHORIZED,
                    "invalid_client",
                    "Client authentication failed",
                    description,
                )),
                "Basic realm=\"mandaat\"".into(),
            ),
            Refusal::Internal => Self::Internal(Json(internal_problem())),
        }
    }
}

#[OpenApi(tag = "Tag::Integration")]
impl TokenApi {
    /// Get an access token for a machine client (OAuth 2.0 client credentials).
    ///
    /// The client authenticates with `client_secret_basic` (`Authorization: Basic` with the
    /// client id and secret) or with `private_key_jwt` (RFC 7523), which the NL GOV OAuth
    /// profile prefers. The token is valid for an hour; there is no refresh token.
    #[oai(path = "/auth/token", method = "post", operation_id = "requestToken")]
    async fn token(
        &self,
        state: poem::web::Data<&AppState>,
        request: &Request,
        body: Form<TokenForm>,
    ) -> TokenResponse {
        let form = body.0;
        let basic = match request.headers().get("authorization") {
            None => None,
            Some(value) => match basic_credentials(value.to_str().unwrap_or_default()) {
                Some(credentials) => Some(credentials),
                None => {
                    return Refusal::InvalidClient(
                        "The Authorization header is not valid HTTP Basic.".into(),
                    )
                    .into();
                }
            },
        };
        let granted = match client_credentials::grant(
            &state.db,
            &state.keys,
            TokenRequest {
                grant_type: form.grant_type,
                scope: form.scope,
                client_id: form.client_id,
                client_secret: form.client_secret,
                client_assertion_type: form.client_assertion_type,
                client_assertion: form.client_assertion,
            },
            basic,
            &audiences(&state, request),
        )
        .await
        {
            Ok(granted) => granted,
            Err(refusal) => return refusal.into(),
        };
        TokenResponse::Ok(Json(TokenAnswer {
            access_token: granted.token.access_token,
            token_type: "Bearer".into(),
            expires_in: granted.token.expires_in,
            scope: granted.scopes.to_spaced(),
        }))
    }
}

/// This endpoint's URL as an assertion's `aud` may name it: under `PUBLIC_URL` when that is
/// set, else under the host the request was sent to.
fn audiences(state: &AppState, request: &Request) -> Vec<String> {
    if let Some(public) = &state.public_url {
        return vec![format!("{public}{TOKEN_PATH}")];
    }
    let host = request
        .headers()
        .get("host")
        .and_then(|h| h.to_str().ok())
        .unwrap_or_default();
    vec![
        format!("http://{host}{TOKEN_PATH}"),
        format!("https://{host}{TOKEN_PATH}"),
    ]
}

/// `Basic base64(client_id ":" secret)`, each form-urlencoded (RFC 6749 §2.3.1).
fn basic_credentials(header: &str) -> Option<BasicCredentials> {
    let (scheme, encoded) = header.trim().split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return None;
    }
    let decoded = String::from_utf8(STANDARD.decode(encoded.trim()).ok()?).ok()?;
    let (id, secret) = decoded.split_once(':')?;
    Some(BasicCredentials {
        client_id: form_decode(id)?,
        secret: form_decode(secret)?,
    })
}

fn form_decode(value: &str) -> Option<String> {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_basic_credentials_with_form_encoding() {
        let header = format!("Basic {}", STANDARD.encode("abc:s%2Bc+r%3At"));
        let credentials = basic_credentials(&header).unwrap();
        assert_eq!(credentials.client_id, "abc");
        assert_eq!(credentials.secret, "s+c r:t");
        assert!(basic_credentials("Bearer xyz").is_none());
        assert!(basic_credentials("Basic !!!").is_none());
    }
}
