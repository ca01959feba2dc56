//! The JWT a ZGW API expects of its client (Open Zaak's "client credentials" for ZGW): signed
//! HS256 with the shared secret, naming the client and the person on whose behalf it acts.
//! Open Zaak refuses tokens long after their `iat`, so a fresh one is made for every call.

use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde::Serialize;

#[derive(Serialize)]
struct Claims<'a> {
    iss: &'a str,
    client_id: &'a str,
    iat: u64,
    user_id: &'a str,
    user_representation: &'a str,
}

/// `Authorization: Bearer` value for `client_id` acting for the user (the professional).
pub fn bearer(
    client_id: &str,
    secret: &str,
    user_id: &str,
    user_representation: &str,
) -> Result<String, String> {
    let claims = Claims {
        iss: client_id,
        client_id,
        iat: jsonwebtoken::get_current_timestamp(),
        user_id,
        user_representation,
    };
    jsonwebtoken::encode(
        &Header::new(Algorithm::HS256),
        &claims,
        &EncodingKey::from_secret(secret.as_bytes()),
    )
    .map(|token| format!("Bearer {token}"))
    .map_err(|error| format!("the token cannot be signed: {error}"))
}
