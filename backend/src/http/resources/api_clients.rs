//! `/api-clients`: machine clients of the organisation (admins).

use poem::web::Data;
use poem_openapi::{
    ApiResponse, Enum, Object, OpenApi,
    param::{Path, Query},
    payload::Json,
    types::MaybeUndefined,
};
use uuid::Uuid;

use super::{
    common::{Tag, item_page},
    users::maybe,
};
use crate::{
    domain::scope::{Scope, Scopes},
    http::{problem::ApiError, security::Auth, state::AppState, timestamp::Timestamp},
    service::{
        self,
        api_clients::{ClientDraft, WithSecret},
        page::PageRequest,
    },
    store::entities::api_client,
};

#[derive(Default)]
pub struct ApiClientsApi;

item_page!(ApiClientPage, ApiClient);

/// What a machine client may do (see the `clientCredentials` security scheme).
#[derive(Enum, Clone, Copy, Debug, PartialEq, Eq)]
#[oai(rename = "ScopeName")]
pub enum ScopeName {
    #[oai(rename = "decisions:read")]
    DecisionsRead,
    #[oai(rename = "mandates:read")]
    MandatesRead,
    #[oai(rename = "mandates:write")]
    MandatesWrite,
    #[oai(rename = "people:write")]
    PeopleWrite,
    #[oai(rename = "reports:read")]
    ReportsRead,
    #[oai(rename = "audit:read")]
    AuditRead,
    #[oai(rename = "webhooks:manage")]
    WebhooksManage,
}

impl From<ScopeName> for Scope {
    fn from(name: ScopeName) -> Self {
        match name {
            ScopeName::DecisionsRead => Scope::DecisionsRead,
            ScopeName::MandatesRead => Scope::MandatesRead,
            ScopeName::MandatesWrite => Scope::MandatesWrite,
            ScopeName::PeopleWrite => Scope::PeopleWrite,
            ScopeName::ReportsRead => Scope::ReportsRead,
            ScopeName::AuditRead => Scope::AuditRead,
            ScopeName::WebhooksManage => Scope::WebhooksManage,
        }
    }
}

impl From<Scope> for ScopeName {
    fn from(scope: Scope) -> Self {
        match scope {
            Scope::DecisionsRead => ScopeName::DecisionsRead,
            Scope::MandatesRead => ScopeName::MandatesRead,
            Scope::MandatesWrite => ScopeName::MandatesWrite,
            Scope::PeopleWrite => ScopeName::PeopleWrite,
            Scope::ReportsRead => ScopeName::ReportsRead,
            Scope::AuditRead => ScopeName::AuditRead,
            Scope::WebhooksManage => ScopeName::WebhooksManage,
        }
    }
}

fn scopes(names: Vec<ScopeName>) -> Scopes {
    Scopes::new(names.into_iter().map(Scope::from).collect())
}

/// A machine client (koppeling): another system that calls the API with OAuth 2.0 client
/// credentials at `POST /auth/token`.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct ApiClient {
    pub id: Uuid,
    /// The OAuth `client_id` (the same as `id`).
    pub client_id: String,
    pub name: String,
    /// The scopes the client may ask for.
    pub scopes: Vec<ScopeName>,
    /// An inactive client gets no tokens, and the tokens it has stop working at once.
    pub active: bool,
    /// The client's public keys (JSON Web Key Set) for `private_key_jwt`; absent when it
    /// authenticates with its secret only.
    #[oai(skip_serializing_if_is_none)]
    pub jwks: Option<serde_json::Value>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

impl From<api_client::Model> for ApiClient {
    fn from(model: api_client::Model) -> Self {
        Self {
            id: model.id,
            client_id: model.id.to_string(),
            scopes: Scopes::read_stored(&model.scopes)
                .iter()
                .map(ScopeName::from)
                .collect(),
            active: model.active,
            jwks: model
                .jwks
                .as_deref()
                .and_then(|jwks| serde_json::from_str(jwks).ok()),
            name: model.name,
            created_at: model.created_at.into(),
            updated_at: model.updated_at.into(),
        }
    }
}

/// A machine client with its secret, shown this once: store it now.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct ApiClientWithSecret {
    #[oai(flatten)]
    pub client: ApiClient,
    /// The secret for `client_secret_basic`. Only its hash is kept: it cannot be shown again.
    pub client_secret: String,
}

impl From<WithSecret> for ApiClientWithSecret {
    fn from(created: WithSecret) -> Self {
        Self {
            client: created.client.into(),
            client_secret: created.secret,
        }
    }
}

/// A new machine client.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct CreateApiClientRequest {
    /// 1 to 200 characters, e.g. the name of the system.
    pub name: String,
    pub scopes: Vec<ScopeName>,
    /// Default `true`.
    pub active: Option<bool>,
    /// Public keys for `private_key_jwt` (RSA or EC, each with a `kid`).
    pub jwks: Option<serde_json::Value>,
}

/// Changes to a machine client; absent fields stay as they are, `jwks: null` removes the keys.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct UpdateApiClientRequest {
    pub name: Option<String>,
    pub scopes: Option<Vec<ScopeName>>,
    pub active: Option<bool>,
    pub jwks: MaybeUndefined<serde_json::Value>,
}

#[derive(ApiResponse)]
pub enum ApiClientListResponse {
    /// A page of machine clients.
    #[oai(status = 200)]
    Ok(Json<ApiClientPage>),
}

#[derive(ApiResponse)]
pub enum ApiClientResponse {
    /// The machine client.
    #[oai(status = 200)]
    Ok(Json<ApiClient>),
}

#[derive(ApiResponse)]
pub enum ApiClientCreatedResponse {
    /// The machine client was created; `clientSecret` is shown this once.
    #[oai(status = 201)]
    Created(Json<ApiClientWithSecret>),
}

#[derive(ApiResponse)]
pub enum ApiClientSecretResponse {
    /// A new secret, shown this once; the old one no longer works.
    #[oai(status = 200)]
    Ok(Json<ApiClientWithSecret>),
}

#[OpenApi(tag = "Tag::Integration")]
impl ApiClientsApi {
    /// List the machine clients (admin).
    #[oai(path = "/api-clients", method = "get", operation_id = "listApiClients")]
    async fn list(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        /// Page size, 1 to 200 (default 50).
        limit: Query<Option<i64>>,
        /// `nextCursor` of the previous page.
        cursor: Query<Option<String>>,
    ) -> Result<ApiClientListResponse, ApiError> {
        let page = PageRequest::parse(limit.0, cursor.0.as_deref())?;
        let page = service::api_clients::list(&state.db, &auth.0, page).await?;
        Ok(ApiClientListResponse::Ok(Json(ApiClientPage::from_page(
            page,
            ApiClient::from,
        ))))
    }

    /// Register a machine client (admin); the answer carries its secret, once.
    #[oai(
        path = "/api-clients",
        method = "post",
        operation_id = "createApiClient"
    )]
    async fn create(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        body: Json<CreateApiClientRequest>,
    ) -> Result<ApiClientCreatedResponse, ApiError> {
        let body = body.0;
        let draft = ClientDraft {
            name: Some(body.name),
            scopes: Some(scopes(body.scopes)),
            active: body.active,
            jwks: body.jwks.map(Some),
        };
        let created = service::api_clients::create(&state.db, &auth.0, draft).await?;
        Ok(ApiClientCreatedResponse::Created(Json(created.into())))
    }

    /// One machine client (admin).
    #[oai(
        path = "/api-clients/:id",
        method = "get",
        operation_id = "getApiClient"
    )]
    async fn get(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        id: Path<Uuid>,
    ) -> Result<ApiClientResponse, ApiError> {
        let client = service::api_clients::get(&state.db, &auth.0, id.0).await?;
        Ok(ApiClientResponse::Ok(Json(client.into())))
    }

    /// Change a machine client (admin). Deactivating it stops its tokens at once.
    #[oai(
        path = "/api-clients/:id",
        method = "patch",
        operation_id = "updateApiClient"
    )]
    async fn update(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        id: Path<Uuid>,
        body: Json<UpdateApiClientRequest>,
    ) -> Result<ApiClientResponse, ApiError> {
        let body = body.0;
        let draft = ClientDraft {
            name: body.name,
            scopes: body.scopes.map(scopes),
            active: body.active,
            jwks: maybe(body.jwks),
        };
        let client = service::api_clients::update(&state.db, &auth.0, id.0, draft).await?;
        Ok(ApiClientResponse::Ok(Json(client.into())))
    }

    /// Give a machine client a new secret (admin), shown once; the old secret stops working.
    #[oai(
        path = "/api-clients/:id/secret",
        method = "post",
        operation_id = "rotateApiClientSecret"
    )]
    async fn rotate_secret(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        id: Path<Uuid>,
    ) -> Result<ApiClientSecretResponse, ApiError> {
        let rotated = service::api_clients::rotate_secret(&state.db, &auth.0, id.0).await?;
        Ok(ApiClientSecretResponse::Ok(Json(rotated.into())))
    }
}
