//! `POST /auth/token`: the OAuth 2.0 client credentials grant (RFC 6749 §4.4). A machine
//! client authenticates with its secret (`client_secret_basic`) or, as the NL GOV OAuth
//! profile prefers, with a JWT signed by one of its own keys (`private_key_jwt`, RFC 7523).

use jsonwebtoken::{Algorithm, DecodingKey, jwk::JwkSet};
use serde::Deserialize;
use uuid::Uuid;

use super::{
    ServiceError,
    api_clients::secret_matches,
    auth::{self, IssuedToken, LEEWAY_SECONDS, TokenKeys},
};
use crate::{
    domain::scope::Scopes,
    store::{self, db::Db, entities::api_client},
};

pub const JWT_BEARER: &str = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
/// The longest an assertion may be valid for: it is single-use and kept until it expires.
const LONGEST_ASSERTION_SECONDS: u64 = 3600;

/// The form fields of a token request, as sent.
#[derive(Default)]
pub struct TokenRequest {
    pub grant_type: Option<String>,
    pub scope: Option<String>,
    pub client_id: Option<String>,
    pub client_secret: Option<String>,
    pub client_assertion_type: Option<String>,
    pub client_assertion: Option<String>,
}

/// Client id and secret from `Authorization: Basic`.
pub struct BasicCredentials {
    pub client_id: String,
    pub secret: String,
}

/// OAuth's own error codes (RFC 6749 §5.2).
#[derive(Debug)]
pub enum Refusal {
    InvalidRequest(String),
    InvalidClient(String),
    InvalidScope(String),
    UnsupportedGrantType,
    Internal,
}

impl From<ServiceError> for Refusal {
    fn from(_: ServiceError) -> Self {
        Self::Internal
    }
}

impl From<sea_orm::DbErr> for Refusal {
    fn from(error: sea_orm::DbErr) -> Self {
        ServiceError::from(error).into()
    }
}

pub struct Granted {
    pub token: IssuedToken,
    pub scopes: Scopes,
}

/// Authenticates the client and issues a token for the scopes asked (all of the client's when
/// none are). `audiences` are the URLs under which this endpoint is reached: an assertion must
/// be made for one of them.
pub async fn grant(
    db: &Db,
    keys: &TokenKeys,
    request: TokenRequest,
    basic: Option<BasicCredentials>,
    audiences: &[String],
) -> Result<Granted, Refusal> {
    match request.grant_type.as_deref() {
        Some("client_credentials") => {}
        Some(_) => return Err(Refusal::UnsupportedGrantType),
        None => return Err(Refusal::InvalidRequest("grant_type is required".into())),
    }
    if request.client_secret.is_some() {
        return Err(Refusal::InvalidClient(
            "Send the secret with HTTP Basic authentication (client_secret_basic), not in the body."
                .into(),
        ));
    }
    let client = match (basic, request.client_assertion.as_deref()) {
        (Some(_), Some(_)) => {
            return Err(Refusal::InvalidRequest(
                "Use one way of client authentication, not two.".into(),
            ));
        }
        (Some(basic), None) => by_secret(db, &basic).await?,
        (None, Some(assertion)) => {
            if request.client_assertion_type.as_deref() != Some(JWT_BEARER) {
                return Err(Refusal::InvalidRequest(format!(
                    "client_assertion_type must be {JWT_BEARER}"
                )));
            }
            by_assertion(db, assertion, request.client_id.as_deref(), audiences).await?
        }
        (None, None) => {
            return Err(Refusal::InvalidClient(
                "Authenticate the client with client_secret_basic or private_key_jwt.".into(),
            ));
        }
    };
    let held = Scopes::read_stored(&client.scopes);
    let scopes = match request.scope.as_deref().map(str::trim) {
        None | Some("") => held,
        Some(asked) => {
            let asked = Scopes::parse_spaced(asked).map_err(Refusal::InvalidScope)?;
            if !held.contains_all(&asked) {
                return Err(Refusal::InvalidScope(
                    "The client does not hold every scope asked for.".into(),
                ));
            }
            asked
        }
    };
    let token = auth::issue_for_client(keys, &client, &scopes)?;
    tracing::info!(client_id = %client.id, scope = %scopes.to_spaced(), "client token issued");
    Ok(Granted { token, scopes })
}

fn failed() -> Refusal {
    Refusal::InvalidClient("Client authentication failed.".into())
}

async fn active_client(db: &Db, client_id: &str) -> Result<api_client::Model, Refusal> {
    let id = Uuid::parse_str(client_id).map_err(|_| failed())?;
    store::api_clients::find_anywhere(db.conn(), id)
        .await?
        .filter(|client| client.active)
        .ok_or_else(failed)
}

async fn by_secret(db: &Db, basic: &BasicCredentials) -> Result<api_client::Model, Refusal> {
    let client = active_client(db, &basic.client_id).await?;
    if secret_matches(&basic.secret, &client.secret_hash) {
        Ok(client)
    } else {
        Err(failed())
    }
}

#[derive(Deserialize)]
struct Peeked {
    iss: Option<String>,
}

#[derive(Deserialize)]
struct AssertionClaims {
    iss: String,
    sub: String,
    exp: u64,
    iat: Option<serde_json::Value>,
    jti: Option<String>,
}

async fn by_assertion(
    db: &Db,
    assertion: &str,
    client_id: Option<&str>,
    audiences: &[String],
) -> Result<api_client::Model, Refusal> {
    // Reading `iss` unverified only finds the client whose keys verify the assertion below.
    let peeked: Peeked =
        jsonwebtoken::dangerous::insecure_decode_claims(assertion).map_err(|_| failed())?;
    let issuer = peeked.iss.ok_or_else(failed)?;
    if client_id.is_some_and(|id| id != issuer) {
        return Err(failed());
    }
    let client = active_client(db, &issuer).await?;
    let jwks: JwkSet = client
        .jwks
        .as_deref()
        .and_then(|jwks| serde_json::from_str(jwks).ok())
        .ok_or_else(failed)?;
    let header = jsonwebtoken::decode_header(assertion).map_err(|_| failed())?;
    if !matches!(
        header.alg,
        Algorithm::PS256 | Algorithm::RS256 | Algorithm::ES256
    ) {
        return Err(failed());
    }
    let jwk = header
        .kid
        .as_deref()
        .and_then(|kid| jwks.find(kid))
        .ok_or_else(failed)?;
    let key = DecodingKey::from_jwk(jwk).map_err(|_| failed())?;
    let client_id = client.id.to_string();
    let mut validation = jsonwebtoken::Validation::new(header.alg);
    validation.set_issuer(&[&client_id]);
    validation.sub = Some(client_id.clone());
    validation.set_audience(audiences);
    validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
    validation.validate_nbf = true;
    validation.leeway = LEEWAY_SECONDS;
    let claims = jsonwebtoken::decode::<AssertionClaims>(assertion, &key, &validation)
        .map_err(|_| failed())?
        .claims;
    if claims.iss != client_id || claims.sub != client_id {
        return Err(failed());
    }
    if !auth::issued_before_now(claims.iat.as_ref()) {
        return Err(failed());
    }
    let now = jsonwebtoken::get_current_timestamp();
    if claims.exp > now + LONGEST_ASSERTION_SECONDS {
        return Err(Refusal::InvalidClient(format!(
            "The assertion may be valid for at most {LONGEST_ASSERTION_SECONDS} seconds."
        )));
    }
    let jti = claims
        .jti
        .filter(|jti| !jti.is_empty() && jti.len() <= 200)
        .ok_or_else(|| Refusal::InvalidClient("The assertion needs a jti.".into()))?;
    let expires_at = chrono::DateTime::from_timestamp(
        i64::try_from(claims.exp + LEEWAY_SECONDS).unwrap_or(i64::MAX),
        0,
    )
    .ok_or_else(failed)?;
    if !store::api_clients::use_assertion(
        db.conn(),
        client.id,
        &jti,
        expires_at,
        chrono::Utc::now(),
    )
    .await?
    {
        return Err(Refusal::InvalidClient(
            "This assertion has been used before: make a new one with a new jti.".into(),
        ));
    }
    Ok(client)
}
