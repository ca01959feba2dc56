//! Sign-in and token verification.
//!
//! Mandaat issues its own HS256 tokens (a 256-bit key generated once and kept in the database,
//! so tokens survive a restart) and also accepts RS256/ES256 tokens from an organisation's own
//! OpenID Connect provider. The issuer claim picks which of the two verifies a token; either
//! way the algorithm is pinned, `exp`, `iss` and `aud` are checked, and a token issued (`iat`)
//! or valid from (`nbf`) later than now is refused, give or take [`LEEWAY_SECONDS`].

use std::{net::IpAddr, time::Duration};

use argon2::{
    Argon2, PasswordHash, PasswordHasher, PasswordVerifier,
    password_hash::{SaltString, rand_core::OsRng},
};
use base64::{Engine, engine::general_purpose::STANDARD};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation, jwk::JwkSet};
use rand_core::RngCore;
use sea_orm::ConnectionTrait;

use super::{recent_callers::RECENT_CALLERS, sign_in_limits::SignInLimits};
use crate::store::db::Db;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::{Caller, ServiceError};
use crate::{
    domain::{
        email::Email,
        role::{Role, Roles},
        scope::Scopes,
    },
    store::{
        self,
        entities::{api_client, user},
    },
};

pub const ISSUER: &str = "mandaat";
pub const AUDIENCE: &str = "mandaat-api";
/// Clock skew tolerated between this server and an identity provider, for `exp`, `nbf` and
/// `iat` alike.
pub const LEEWAY_SECONDS: u64 = 30;

/// The key material for Mandaat's own tokens.
#[derive(Clone)]
pub struct TokenKeys {
    kid: String,
    encoding: EncodingKey,
    decoding: DecodingKey,
    ttl: Duration,
}

impl TokenKeys {
    /// Reads the signing key, creating it on first start.
    pub async fn load_or_create(db: &Db, ttl: Duration) -> Result<Self, ServiceError> {
        if store::signing_keys::current(db.conn()).await?.is_none() {
            let mut secret = [0u8; 32];
            OsRng.fill_bytes(&mut secret);
            let key = store::entities::signing_key::Model {
                kid: Uuid::now_v7().to_string(),
                secret: STANDARD.encode(secret),
                created_at: chrono::Utc::now(),
            };
            store::signing_keys::insert_if_absent(db.conn(), key).await?;
        }
        let key = store::signing_keys::current(db.conn())
            .await?
            .ok_or(ServiceError::Internal)?;
        let secret = STANDARD.decode(&key.secret).map_err(|_| {
            tracing::error!("the stored signing key is not valid base64");
            ServiceError::Internal
        })?;
        Ok(Self {
            kid: key.kid,
            encoding: EncodingKey::from_secret(&secret),
            decoding: DecodingKey::from_secret(&secret),
            ttl,
        })
    }
}

#[derive(Debug, Serialize, Deserialize)]
struct OwnClaims {
    sub: String,
    org: String,
    iss: String,
    aud: String,
    iat: u64,
    exp: u64,
    /// Present only in a machine client's token (`sub` is then the client id): the scopes
    /// granted, space-separated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    scope: Option<String>,
}

pub struct IssuedToken {
    pub access_token: String,
    pub expires_in: u64,
}

/// Why a sign-in with a password is refused.
#[derive(Debug)]
pub enum SignInRefused {
    /// Unknown address, wrong password or deactivated account: the same to the client.
    WrongCredentials,
    /// Too many failures for this account or from this address: try again after this long.
    TooManyAttempts(Duration),
    Internal,
}

impl From<ServiceError> for SignInRefused {
    fn from(error: ServiceError) -> Self {
        match error {
            ServiceError::Unauthenticated => Self::WrongCredentials,
            _ => Self::Internal,
        }
    }
}

/// Signs in a built-in account from the client address `from`. Every failure looks the same
/// to the client, and failures are limited per account and per address (`sign_in_limits`).
pub async fn login(
    db: &Db,
    keys: &TokenKeys,
    limits: &SignInLimits,
    from: IpAddr,
    email: &str,
    password: &str,
) -> Result<IssuedToken, SignInRefused> {
    let attempt = limits
        .begin(email, from)
        .map_err(SignInRefused::TooManyAttempts)?;
    let Ok(email) = Email::parse(email) else {
        return Err(SignInRefused::WrongCredentials);
    };
    let candidates: Vec<user::Model> =
        store::users::find_by_email_anywhere(db.conn(), email.as_str())
            .await
            .map_err(ServiceError::from)?
            .into_iter()
            .filter(|u| u.active && u.password_hash.is_some())
            .collect();
    let password = password.to_owned();
    // argon2 is deliberately slow: keep it off the async workers. When nobody matches, a dummy
    // hash is still verified so the response time does not tell whether the address exists.
    let matched = tokio::task::spawn_blocking(move || {
        if candidates.is_empty() {
            let _ = verify_password(&password, DUMMY_HASH);
            return None;
        }
        candidates.into_iter().find(|u| {
            u.password_hash
                .as_deref()
                .is_some_and(|h| verify_password(&password, h))
        })
    })
    .await
    .map_err(|_| SignInRefused::Internal)?;
    let user = matched.ok_or(SignInRefused::WrongCredentials)?;
    attempt.succeeded();
    Ok(issue(keys, &user)?)
}

fn issue(keys: &TokenKeys, user: &user::Model) -> Result<IssuedToken, ServiceError> {
    let now = jsonwebtoken::get_current_timestamp();
    let claims = OwnClaims {
        sub: user.id.to_string(),
        org: user.organisation_id.to_string(),
        iss: ISSUER.into(),
        aud: AUDIENCE.into(),
        iat: now,
        exp: now + keys.ttl.as_secs(),
        scope: None,
    };
    sign(keys, &claims, keys.ttl)
}

/// Lifetime of a machine client's access token: short, as the client can ask for another one
/// at any time and gets no refresh token.
pub const CLIENT_TOKEN_TTL: Duration = Duration::from_secs(3600);

/// An access token for a machine client with these scopes.
pub fn issue_for_client(
    keys: &TokenKeys,
    client: &api_client::Model,
    scopes: &Scopes,
) -> Result<IssuedToken, ServiceError> {
    let now = jsonwebtoken::get_current_timestamp();
    let claims = OwnClaims {
        sub: client.id.to_string(),
        org: client.organisation_id.to_string(),
        iss: ISSUER.into(),
        aud: AUDIENCE.into(),
        iat: now,
        exp: now + CLIENT_TOKEN_TTL.as_secs(),
        scope: Some(scopes.to_spaced()),
    };
    sign(keys, &claims, CLIENT_TOKEN_TTL)
}

fn sign(keys: &TokenKeys, claims: &OwnClaims, ttl: Duration) -> Result<IssuedToken, ServiceError> {
    let mut header = Header::new(Algorithm::HS256);
    header.kid = Some(keys.kid.clone());
    let access_token = jsonwebtoken::encode(&header, claims, &keys.encoding).map_err(|error| {
        tracing::error!(error = %error, "cannot sign a token");
        ServiceError::Internal
    })?;
    Ok(IssuedToken {
        access_token,
        expires_in: ttl.as_secs(),
    })
}

#[derive(Deserialize)]
struct PeekedIssuer {
    iss: Option<String>,
}

/// Verifies a bearer token and loads the caller it names.
pub async fn authenticate(db: &Db, keys: &TokenKeys, token: &str) -> Result<Caller, ServiceError> {
    // Reading `iss` unverified only chooses the key; the token is verified in full below.
    let peeked: PeekedIssuer = jsonwebtoken::dangerous::insecure_decode_claims(token)
        .map_err(|_| ServiceError::Unauthenticated)?;
    let issuer = peeked.iss.ok_or(ServiceError::Unauthenticated)?;
    if issuer != ISSUER {
        let user = verify_external(db, &issuer, token).await?;
        return caller_for(db.conn(), user).await;
    }
    let (organisation_id, user_id, scope) = verify_own(keys, token)?;
    if let Some(scope) = scope {
        return machine_caller(db, organisation_id, user_id, &scope).await;
    }
    if let Some(caller) = RECENT_CALLERS.recall(user_id)
        && caller.organisation_id == organisation_id
        && !caller.is_machine()
    {
        return Ok(caller);
    }
    let loading = RECENT_CALLERS.start_loading();
    let user = store::users::find(db.conn(), organisation_id, user_id)
        .await?
        .ok_or(ServiceError::Unauthenticated)?;
    let caller = caller_for(db.conn(), user).await?;
    RECENT_CALLERS.remember(loading, &caller);
    Ok(caller)
}

/// The machine client a token of ours names, if it is still active: its deactivation (made
/// on this server) is seen on the next request, as the caller memory is forgotten then. It
/// acts with the scopes of the token that the client still holds.
async fn machine_caller(
    db: &Db,
    organisation_id: Uuid,
    client_id: Uuid,
    scope: &str,
) -> Result<Caller, ServiceError> {
    let granted = Scopes::read_stored(scope);
    let mut caller = match RECENT_CALLERS.recall(client_id) {
        Some(caller) if caller.organisation_id == organisation_id && caller.is_machine() => caller,
        _ => {
            let loading = RECENT_CALLERS.start_loading();
            let client = store::api_clients::find(organisation_id, client_id)
                .one(db.conn())
                .await?
                .filter(|client| client.active)
                .ok_or(ServiceError::Unauthenticated)?;
            let organisation = store::organisations::find(db.conn(), organisation_id)
                .await?
                .ok_or(ServiceError::Unauthenticated)?;
            let caller = Caller::machine(
                client.id,
                organisation_id,
                organisation.name,
                client.name,
                Scopes::read_stored(&client.scopes),
            );
            RECENT_CALLERS.remember(loading, &caller);
            caller
        }
    };
    let held = caller.machine.take().unwrap_or_default();
    caller.machine = Some(held.intersection(&granted));
    Ok(caller)
}

/// The organisation and subject a token of ours names, once its signature and claims hold,
/// with the scopes when it is a machine client's.
fn verify_own(keys: &TokenKeys, token: &str) -> Result<(Uuid, Uuid, Option<String>), ServiceError> {
    let validation = validation(Algorithm::HS256, ISSUER, AUDIENCE);
    let data = jsonwebtoken::decode::<OwnClaims>(token, &keys.decoding, &validation)
        .map_err(|_| ServiceError::Unauthenticated)?;
    if !issued_before_now(Some(&data.claims.iat.into())) {
        return Err(ServiceError::Unauthenticated);
    }
    let user_id = Uuid::parse_str(&data.claims.sub).map_err(|_| ServiceError::Unauthenticated)?;
    let organisation_id =
        Uuid::parse_str(&data.claims.org).map_err(|_| ServiceError::Unauthenticated)?;
    Ok((organisation_id, user_id, data.claims.scope))
}

async fn verify_external(db: &Db, issuer: &str, token: &str) -> Result<user::Model, ServiceError> {
    let provider = store::identity_providers::by_issuer(db.conn(), issuer)
        .await?
        .ok_or(ServiceError::Unauthenticated)?;
    let header = jsonwebtoken::decode_header(token).map_err(|_| ServiceError::Unauthenticated)?;
    if !matches!(header.alg, Algorithm::RS256 | Algorithm::ES256) {
        return Err(ServiceError::Unauthenticated);
    }
    let jwks: JwkSet =
        serde_json::from_str(&provider.jwks).map_err(|_| ServiceError::Unauthenticated)?;
    // The token names its key; one without `kid` is refused even when the set has one key, so
    // that adding a second key during a rotation never changes which tokens are accepted.
    let jwk = header
        .kid
        .as_deref()
        .and_then(|kid| jwks.find(kid))
        .ok_or(ServiceError::Unauthenticated)?;
    let key = DecodingKey::from_jwk(jwk).map_err(|_| ServiceError::Unauthenticated)?;
    let validation = validation(header.alg, &provider.issuer, &provider.audience);
    let data = jsonwebtoken::decode::<serde_json::Map<String, serde_json::Value>>(
        token,
        &key,
        &validation,
    )
    .map_err(|_| ServiceError::Unauthenticated)?;
    if !issued_before_now(data.claims.get("iat")) {
        return Err(ServiceError::Unauthenticated);
    }
    let claim = |name: &str| {
        data.claims
            .get(name)
            .and_then(|v| v.as_str())
            .map(str::to_owned)
    };
    let user = if provider.user_claim == "sub" {
        let subject = claim("sub").ok_or(ServiceError::Unauthenticated)?;
        store::users::find_by_subject(db.conn(), provider.organisation_id, &subject).await?
    } else {
        let email = claim("email")
            .and_then(|e| Email::parse(&e).ok())
            .ok_or(ServiceError::Unauthenticated)?;
        store::users::find_by_email(db.conn(), provider.organisation_id, email.as_str()).await?
    };
    user.ok_or(ServiceError::Unauthenticated)
}

/// What every token must satisfy: the algorithm, issuer and audience, an `exp` in the future
/// and an `nbf`, when present, not in it.
pub(super) fn validation(algorithm: Algorithm, issuer: &str, audience: &str) -> Validation {
    let mut validation = Validation::new(algorithm);
    validation.set_issuer(&[issuer]);
    validation.set_audience(&[audience]);
    validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
    validation.validate_nbf = true;
    validation.leeway = LEEWAY_SECONDS;
    validation
}

/// `iat`, when present, is a number of seconds no later than now plus the leeway: a token
/// issued in the future was made with a wrong clock or to outlive its stated lifetime.
pub(super) fn issued_before_now(iat: Option<&serde_json::Value>) -> bool {
    let latest = jsonwebtoken::get_current_timestamp() + LEEWAY_SECONDS;
    iat.is_none_or(|iat| iat.as_f64().is_some_and(|iat| iat <= latest as f64))
}

/// Builds the caller for an active person: roles, teams and organisation.
pub async fn caller_for(
    conn: &impl ConnectionTrait,
    user: user::Model,
) -> Result<Caller, ServiceError> {
    if !user.active {
        return Err(ServiceError::Unauthenticated);
    }
    let organisation = store::organisations::find(conn, user.organisation_id)
        .await?
        .ok_or(ServiceError::Unauthenticated)?;
    let roles = store::users::roles_of(conn, &[user.id])
        .await?
        .remove(&user.id)
        .unwrap_or_default();
    let roles = Roles::new(roles.iter().filter_map(|r| Role::parse(r).ok()).collect());
    let memberships = store::teams::memberships_of_users(conn, &[user.id]).await?;
    Ok(Caller {
        user_id: user.id,
        organisation_id: user.organisation_id,
        organisation_name: organisation.name,
        name: user.name,
        email: user.email,
        roles,
        team_ids: memberships.iter().map(|m| m.team_id).collect(),
        lead_team_ids: memberships
            .iter()
            .filter(|m| m.is_lead)
            .map(|m| m.team_id)
            .collect(),
        machine: None,
    })
}

pub fn hash_password(password: &str) -> Result<String, ServiceError> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|error| {
            tracing::error!(error = %error, "cannot hash a password");
            ServiceError::Internal
        })
}

/// Hashes off the async workers (argon2id takes tens of milliseconds by design).
pub async fn hash_password_blocking(password: String) -> Result<String, ServiceError> {
    tokio::task::spawn_blocking(move || hash_password(&password))
        .await
        .map_err(|_| ServiceError::Internal)?
}

fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| {
        Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
    })
}

/// Minimum length of a built-in account's password.
pub const MIN_PASSWORD_LENGTH: usize = 10;

pub fn check_password_strength(password: &str) -> Result<(), String> {
    let length = password.chars().count();
    if length < MIN_PASSWORD_LENGTH {
        return Err(format!("must be at least {MIN_PASSWORD_LENGTH} characters"));
    }
    if length > 256 {
        return Err("must be at most 256 characters".into());
    }
    Ok(())
}

/// A valid argon2id hash of a random string, verified when no account matches.
const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$2Y7Hc1mUq2sV5rkqgFQ2pS1G6Cq1u1o3d7Xo0J1i7qU";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_verify_only_against_their_own_hash() {
        let hash = hash_password("correct horse battery").unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password("correct horse battery", &hash));
        assert!(!verify_password("wrong horse battery", &hash));
        assert!(!verify_password("anything", "not a hash"));
    }

    #[test]
    fn short_passwords_are_refused() {
        assert!(check_password_strength("kort").is_err());
        assert!(check_password_strength("lang genoeg wachtwoord").is_ok());
    }
}
