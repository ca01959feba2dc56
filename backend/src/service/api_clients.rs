//! Machine clients (`/api-clients`): other systems of the organisation that call the API with
//! OAuth 2.0 client credentials. Admins manage them; a secret is shown once and stored only as
//! a hash; a change takes effect on this server's very next request (the caller memory is
//! forgotten), so a deactivated client's tokens stop working at once.

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use jsonwebtoken::jwk::{AlgorithmParameters, JwkSet};
use rand_core::{OsRng, RngCore};
use serde_json::json;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::{
    Caller, ServiceError, audit,
    page::{Page, PageRequest},
    recent_callers::RECENT_CALLERS,
};
use crate::{
    domain::{invalid::Invalid, role::Role, scope::Scopes, text},
    store::{self, db::Db, entities::api_client},
};

#[derive(Default)]
pub struct ClientDraft {
    pub name: Option<String>,
    pub scopes: Option<Scopes>,
    pub active: Option<bool>,
    /// `Some(None)` removes the key set.
    pub jwks: Option<Option<serde_json::Value>>,
}

/// A client with the secret it can use from now on, shown this once.
pub struct WithSecret {
    pub client: api_client::Model,
    pub secret: String,
}

pub async fn list(
    db: &Db,
    caller: &Caller,
    page: PageRequest,
) -> Result<Page<api_client::Model>, ServiceError> {
    caller.require(&[Role::Admin], "managing machine clients")?;
    let rows =
        store::api_clients::page(db.conn(), caller.organisation_id, page.after, page.fetch())
            .await?;
    Ok(page.finish(rows, |c| c.id))
}

pub async fn get(db: &Db, caller: &Caller, id: Uuid) -> Result<api_client::Model, ServiceError> {
    caller.require(&[Role::Admin], "managing machine clients")?;
    store::api_clients::find(caller.organisation_id, id)
        .one(db.conn())
        .await?
        .ok_or(ServiceError::NotFound)
}

pub async fn create(
    db: &Db,
    caller: &Caller,
    draft: ClientDraft,
) -> Result<WithSecret, ServiceError> {
    caller.require(&[Role::Admin], "managing machine clients")?;
    let mut invalid = Invalid::new();
    if draft.name.is_none() {
        invalid.add("name", "is required");
    }
    let secret = new_secret();
    let now = chrono::Utc::now();
    let mut client = api_client::Model {
        id: Uuid::now_v7(),
        organisation_id: caller.organisation_id,
        name: String::new(),
        scopes: String::new(),
        active: true,
        jwks: None,
        secret_hash: hash_secret(&secret),
        created_at: now,
        updated_at: now,
    };
    apply(&mut client, draft, invalid)?;
    let tx = db.begin_write().await?;
    store::api_clients::insert(&*tx, client.clone()).await?;
    audit::record(
        &*tx,
        caller,
        "api_client.created",
        "api_client",
        client.id,
        json!({"after": snapshot(&client)}),
    )
    .await?;
    tx.commit().await?;
    tracing::info!(client_id = %client.id, by = %caller.user_id, "machine client created");
    Ok(WithSecret { client, secret })
}

pub async fn update(
    db: &Db,
    caller: &Caller,
    id: Uuid,
    draft: ClientDraft,
) -> Result<api_client::Model, ServiceError> {
    let mut client = get(db, caller, id).await?;
    let before = snapshot(&client);
    apply(&mut client, draft, Invalid::new())?;
    client.updated_at = chrono::Utc::now();
    let tx = db.begin_write().await?;
    store::api_clients::update(&*tx, client.clone()).await?;
    audit::record(
        &*tx,
        caller,
        "api_client.changed",
        "api_client",
        id,
        json!({"before": before, "after": snapshot(&client)}),
    )
    .await?;
    tx.commit().await?;
    // A deactivation or a narrower set of scopes holds from this server's next request on.
    RECENT_CALLERS.users_changed();
    tracing::info!(client_id = %id, by = %caller.user_id, "machine client changed");
    Ok(client)
}

/// A new secret; the old one stops working (tokens already issued stay valid until they
/// expire, unless the client is deactivated).
pub async fn rotate_secret(db: &Db, caller: &Caller, id: Uuid) -> Result<WithSecret, ServiceError> {
    let mut client = get(db, caller, id).await?;
    let secret = new_secret();
    client.secret_hash = hash_secret(&secret);
    client.updated_at = chrono::Utc::now();
    let tx = db.begin_write().await?;
    store::api_clients::update(&*tx, client.clone()).await?;
    audit::record(
        &*tx,
        caller,
        "api_client.secret_rotated",
        "api_client",
        id,
        json!({}),
    )
    .await?;
    tx.commit().await?;
    tracing::info!(client_id = %id, by = %caller.user_id, "machine client secret rotated");
    Ok(WithSecret { client, secret })
}

fn apply(
    client: &mut api_client::Model,
    draft: ClientDraft,
    mut invalid: Invalid,
) -> Result<(), ServiceError> {
    if let Some(name) = &draft.name
        && let Some(name) = invalid.check("name", text::required_line(name, 200))
    {
        client.name = name;
    }
    if let Some(scopes) = draft.scopes {
        client.scopes = scopes.to_spaced();
    }
    if let Some(active) = draft.active {
        client.active = active;
    }
    match draft.jwks {
        Some(Some(jwks)) => client.jwks = check_jwks(&jwks, &mut invalid),
        Some(None) => client.jwks = None,
        None => {}
    }
    invalid.finish()?;
    Ok(())
}

/// A set of public keys for `private_key_jwt`: RSA or EC, each named by its `kid`.
fn check_jwks(jwks: &serde_json::Value, invalid: &mut Invalid) -> Option<String> {
    match serde_json::from_value::<JwkSet>(jwks.clone()) {
        Ok(set) if set.keys.is_empty() => {
            invalid.add("jwks.keys", "must hold at least one key");
            None
        }
        Ok(set) => {
            for (index, key) in set.keys.iter().enumerate() {
                if !matches!(
                    key.algorithm,
                    AlgorithmParameters::RSA(_) | AlgorithmParameters::EllipticCurve(_)
                ) {
                    invalid.add(
                        format!("jwks.keys[{index}]"),
                        "must be an RSA or EC public key (PS256, RS256 or ES256)",
                    );
                }
                if key.common.key_id.as_deref().is_none_or(str::is_empty) {
                    invalid.add(
                        format!("jwks.keys[{index}].kid"),
                        "is required: assertions name the key that signed them by its kid",
                    );
                }
            }
            Some(jwks.to_string())
        }
        Err(error) => {
            invalid.add("jwks", format!("is not a JSON Web Key Set: {error}"));
            None
        }
    }
}

fn snapshot(client: &api_client::Model) -> serde_json::Value {
    json!({"name": client.name, "scopes": client.scopes, "active": client.active, "privateKeyJwt": client.jwks.is_some()})
}

/// 256 random bits: far beyond guessing, which is why a fast hash is enough to store it.
fn new_secret() -> String {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

pub fn hash_secret(secret: &str) -> String {
    Sha256::digest(secret.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Whether `secret` is the one whose hash is stored, in time independent of where they differ.
pub fn secret_matches(secret: &str, stored_hash: &str) -> bool {
    let given = hash_secret(secret);
    given.len() == stored_hash.len()
        && given
            .bytes()
            .zip(stored_hash.bytes())
            .fold(0u8, |diff, (a, b)| diff | (a ^ b))
            == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_secret_matches_only_its_own_hash() {
        let secret = new_secret();
        assert_eq!(secret.len(), 43);
        let hash = hash_secret(&secret);
        assert_eq!(hash.len(), 64);
        assert!(secret_matches(&secret, &hash));
        assert!(!secret_matches(&new_secret(), &hash));
        assert!(!secret_matches(&secret, "short"));
    }
}
