//! `/zgw-connection`: the organisation's ZGW Besluiten API (admins).

use poem::web::Data;
use poem_openapi::{ApiResponse, Enum, Object, OpenApi, payload::Json};
use uuid::Uuid;

use super::common::Tag;
use crate::{
    domain::zgw::PushState,
    http::{problem::ApiError, security::Auth, state::AppState, timestamp::Timestamp},
    service::{self, zgw::ConnectionDraft},
    store::entities::{
        zgw_connection::{self, Besluittype},
        zgw_push,
    },
};

#[derive(Default)]
pub struct ZgwApi;

/// Where a decision's push to the ZGW Besluiten API stands.
#[derive(Enum, Clone, Copy)]
#[oai(rename_all = "snake_case")]
pub enum ZgwPushState {
    /// Not final, or its category has no besluittype in the organisation's ZGW connection.
    NotApplicable,
    /// Waiting for its (next) attempt.
    Pending,
    /// The besluit exists: `besluitUrl`.
    Pushed,
    /// Refused by the Besluiten API (`lastError` says why), or the retries ran out.
    Failed,
}

impl From<PushState> for ZgwPushState {
    fn from(state: PushState) -> Self {
        match state {
            PushState::NotApplicable => Self::NotApplicable,
            PushState::Pending => Self::Pending,
            PushState::Pushed => Self::Pushed,
            PushState::Failed => Self::Failed,
        }
    }
}

/// A decision as a besluit in the organisation's ZGW Besluiten API: once final, and when its
/// category has a besluittype, it is posted there in the background with retries.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct ZgwPush {
    pub state: ZgwPushState,
    /// The besluit's `url` in the Besluiten API; `null` until it was pushed.
    pub besluit_url: Option<String>,
    /// Attempts made so far.
    pub attempts: i32,
    /// Why the last attempt did not succeed (the API's `invalidParams` summarised, a status, a
    /// timeout); `null` when it did or none was made.
    pub last_error: Option<String>,
}

impl From<Option<zgw_push::Model>> for ZgwPush {
    fn from(push: Option<zgw_push::Model>) -> Self {
        match push {
            None => Self {
                state: ZgwPushState::NotApplicable,
                besluit_url: None,
                attempts: 0,
                last_error: None,
            },
            Some(push) => Self {
                state: push.state.into(),
                besluit_url: push.besluit_url,
                attempts: push.attempts,
                last_error: push.last_error,
            },
        }
    }
}

/// Which besluittype a category's decisions become.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct ZgwBesluittype {
    pub category_id: Uuid,
    /// The besluittype's URL in the catalogue (at most 200 characters).
    pub besluittype_url: String,
}

/// The organisation's ZGW Besluiten API. The secret is never read back.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct ZgwConnection {
    /// The API's root: besluiten are posted to `{besluitenApiUrl}/besluiten`.
    pub besluiten_api_url: String,
    /// The `iss` and `client_id` of the JWT.
    pub client_id: String,
    /// Whether a secret is set (it is never shown).
    pub secret_set: bool,
    /// The `verantwoordelijkeOrganisatie` (9 digits, eleven-test).
    pub rsin: String,
    pub bestuursorgaan: String,
    pub besluittypen: Vec<ZgwBesluittype>,
    pub updated_at: Timestamp,
}

impl From<zgw_connection::Model> for ZgwConnection {
    fn from(model: zgw_connection::Model) -> Self {
        Self {
            besluiten_api_url: model.besluiten_api_url,
            client_id: model.client_id,
            secret_set: model.secret.is_some(),
            rsin: model.rsin,
            bestuursorgaan: model.bestuursorgaan,
            besluittypen: model
                .besluittypen
                .0
                .into_iter()
                .map(|b| ZgwBesluittype {
                    category_id: b.category_id,
                    besluittype_url: b.besluittype_url,
                })
                .collect(),
            updated_at: model.updated_at.into(),
        }
    }
}

#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct ZgwConnectionRequest {
    pub besluiten_api_url: String,
    pub client_id: String,
    /// The shared HS256 secret (16 to 500 characters); leave out to keep the one set.
    #[oai(write_only)]
    pub secret: Option<String>,
    pub rsin: String,
    pub bestuursorgaan: String,
    pub besluittypen: Vec<ZgwBesluittype>,
}

#[derive(ApiResponse)]
pub enum ZgwConnectionResponse {
    #[oai(status = 200)]
    Ok(Json<ZgwConnection>),
}

#[OpenApi(tag = "Tag::Integration")]
impl ZgwApi {
    /// The ZGW connection; `404` while none is set.
    #[oai(
        path = "/zgw-connection",
        method = "get",
        operation_id = "getZgwConnection"
    )]
    async fn get(
        &self,
        auth: Auth,
        state: Data<&AppState>,
    ) -> Result<ZgwConnectionResponse, ApiError> {
        let model = service::zgw::get(&state.db, &auth.0).await?;
        Ok(ZgwConnectionResponse::Ok(Json(model.into())))
    }

    /// Sets the ZGW connection.
    #[oai(
        path = "/zgw-connection",
        method = "put",
        operation_id = "putZgwConnection"
    )]
    async fn put(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        body: Json<ZgwConnectionRequest>,
    ) -> Result<ZgwConnectionResponse, ApiError> {
        let body = body.0;
        let draft = ConnectionDraft {
            besluiten_api_url: body.besluiten_api_url,
            client_id: body.client_id,
            secret: body.secret,
            rsin: body.rsin,
            bestuursorgaan: body.bestuursorgaan,
            besluittypen: body
                .besluittypen
                .into_iter()
                .map(|b| Besluittype {
                    category_id: b.category_id,
                    besluittype_url: b.besluittype_url,
                })
                .collect(),
        };
        let model =
            service::zgw::put(&state.db, &auth.0, draft, state.webhooks_allow_private).await?;
        Ok(ZgwConnectionResponse::Ok(Json(model.into())))
    }
}
