//! `/identity-provider`: the organisation's own OpenID Connect provider.

use poem::web::Data;
use poem_openapi::{ApiResponse, Enum, Object, OpenApi, payload::Json};

use super::common::Tag;
use crate::{
    http::timestamp::Timestamp,
    http::{problem::ApiError, security::Auth, state::AppState},
    service::{self, identity_provider::ProviderDraft},
    store::entities::identity_provider,
};

#[derive(Default)]
pub struct IdentityProviderApi;

/// Which token claim names the person.
#[derive(Enum, Clone, Copy, Debug, PartialEq, Eq)]
#[oai(rename_all = "lowercase")]
pub enum UserClaim {
    /// The `email` claim, matched to a person's e-mail address.
    Email,
    /// The `sub` claim, matched to a person's `externalSubject`.
    Sub,
}

/// The organisation's OpenID Connect provider. Tokens it signs (RS256 or ES256) with a key of
/// `jwks`, issued by `issuer` for `audience`, sign people in.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct IdentityProvider {
    pub issuer: String,
    pub audience: String,
    /// The provider's JSON Web Key Set (public keys). Put a new set to rotate keys.
    pub jwks: serde_json::Value,
    pub user_claim: UserClaim,
    pub updated_at: Timestamp,
}

/// Settings of the organisation's OpenID Connect provider.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct PutIdentityProviderRequest {
    pub issuer: String,
    pub audience: String,
    pub jwks: serde_json::Value,
    /// `email` (matched to a person's e-mail address) or `sub` (matched to `externalSubject`).
    pub user_claim: String,
}

impl TryFrom<identity_provider::Model> for IdentityProvider {
    type Error = ApiError;

    fn try_from(model: identity_provider::Model) -> Result<Self, ApiError> {
        Ok(Self {
            jwks: serde_json::from_str(&model.jwks)
                .map_err(|_| ApiError::from(service::ServiceError::Internal))?,
            user_claim: if model.user_claim == "sub" {
                UserClaim::Sub
            } else {
                UserClaim::Email
            },
            issuer: model.issuer,
            audience: model.audience,
            updated_at: model.updated_at.into(),
        })
    }
}

#[derive(ApiResponse)]
pub enum IdentityProviderResponse {
    /// The identity provider settings.
    #[oai(status = 200)]
    Ok(Json<IdentityProvider>),
}

#[OpenApi(tag = "Tag::Organisation")]
impl IdentityProviderApi {
    /// The organisation's identity provider settings (admin); 404 when none is set.
    #[oai(
        path = "/identity-provider",
        method = "get",
        operation_id = "getIdentityProvider"
    )]
    async fn get(
        &self,
        auth: Auth,
        state: Data<&AppState>,
    ) -> Result<IdentityProviderResponse, ApiError> {
        let model = service::identity_provider::get(&state.db, &auth.0).await?;
        Ok(IdentityProviderResponse::Ok(Json(model.try_into()?)))
    }

    /// Set the organisation's identity provider (admin).
    #[oai(
        path = "/identity-provider",
        method = "put",
        operation_id = "putIdentityProvider"
    )]
    async fn put(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        body: Json<PutIdentityProviderRequest>,
    ) -> Result<IdentityProviderResponse, ApiError> {
        let body = body.0;
        let draft = ProviderDraft {
            issuer: body.issuer,
            audience: body.audience,
            jwks: body.jwks,
            user_claim: body.user_claim,
        };
        let model = service::identity_provider::put(&state.db, &auth.0, draft).await?;
        Ok(IdentityProviderResponse::Ok(Json(model.try_into()?)))
    }
}
