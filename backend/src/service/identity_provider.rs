//! An organisation's own OpenID Connect provider: admins configure it, the auth service uses
//! it to verify tokens. The key set is stored, not fetched, so verification never waits on the
//! network; rotating keys is a `PUT` of the new set (an integration can automate it).

use crate::store::db::Db;
use jsonwebtoken::jwk::{AlgorithmParameters, JwkSet};
use serde_json::json;

use super::{Caller, ServiceError};
use crate::{
    domain::{invalid::Invalid, role::Role, text},
    store::{self, entities::identity_provider},
};

pub struct ProviderDraft {
    pub issuer: String,
    pub audience: String,
    pub jwks: serde_json::Value,
    pub user_claim: String,
}

pub async fn get(db: &Db, caller: &Caller) -> Result<identity_provider::Model, ServiceError> {
    caller.require(&[Role::Admin], "reading the identity provider set-up")?;
    store::identity_providers::of_organisation(db.conn(), caller.organisation_id)
        .await?
        .ok_or(ServiceError::NotFound)
}

pub async fn put(
    db: &Db,
    caller: &Caller,
    draft: ProviderDraft,
) -> Result<identity_provider::Model, ServiceError> {
    caller.require(&[Role::Admin], "configuring the identity provider")?;
    let mut invalid = Invalid::new();
    let issuer = invalid.check("issuer", text::required_line(&draft.issuer, 500));
    if let Some(issuer) = &issuer {
        if issuer == super::auth::ISSUER {
            invalid.add("issuer", "is reserved for Mandaat's own tokens");
        } else if let Some(other) = store::identity_providers::by_issuer(db.conn(), issuer).await?
            && other.organisation_id != caller.organisation_id
        {
            // Saying which organisation has it would leak across tenants.
            invalid.add("issuer", "is not available");
        }
    }
    let audience = invalid.check("audience", text::required_line(&draft.audience, 500));
    if draft.user_claim != "email" && draft.user_claim != "sub" {
        invalid.add("userClaim", "must be 'email' or 'sub'");
    }
    let jwks = match serde_json::from_value::<JwkSet>(draft.jwks.clone()) {
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
                        "must be an RSA or EC public key (RS256 or ES256)",
                    );
                }
                if key.common.key_id.as_deref().is_none_or(str::is_empty) {
                    invalid.add(
                        format!("jwks.keys[{index}].kid"),
                        "is required: tokens name the key that signed them by its kid",
                    );
                }
            }
            Some(draft.jwks.to_string())
        }
        Err(error) => {
            invalid.add("jwks", format!("is not a JSON Web Key Set: {error}"));
            None
        }
    };
    invalid.finish()?;
    let (Some(issuer), Some(audience), Some(jwks)) = (issuer, audience, jwks) else {
        return Err(ServiceError::Internal);
    };
    let draft_jwks = serde_json::from_str::<serde_json::Value>(&jwks).unwrap_or_default();
    let model = identity_provider::Model {
        organisation_id: caller.organisation_id,
        issuer,
        audience,
        jwks,
        user_claim: draft.user_claim,
        updated_at: chrono::Utc::now(),
    };
    // Replacing is a delete and an insert: one transaction, so a failure leaves the old set.
    let tx = db.begin_write().await?;
    store::identity_providers::upsert(&*tx, model.clone()).await?;
    let after = json!({"issuer": model.issuer, "audience": model.audience, "userClaim": model.user_claim, "jwks": draft_jwks});
    super::audit::record(
        &*tx,
        caller,
        "identity_provider.set",
        "organisation",
        caller.organisation_id,
        json!({"after": after}),
    )
    .await?;
    tx.commit().await?;
    tracing::info!(by = %caller.user_id, "identity provider configured");
    Ok(model)
}
