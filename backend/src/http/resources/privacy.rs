//! `/client-records/{clientRef}` and `/organisation`: the client's privacy rights (a subject
//! access request, erasure) and the organisation's retention period.

use poem::web::Data;
use poem_openapi::{ApiResponse, Object, OpenApi, param::Path, payload::Json};
use uuid::Uuid;

use super::{common::Tag, decisions::Decision, processing_log::ProcessingRecord};
use crate::{
    http::{problem::ApiError, security::Auth, state::AppState},
    service::{self, privacy::ClientRecord as Record},
    store::entities::organisation,
};

#[derive(Default)]
pub struct PrivacyApi;

/// Everything the organisation holds about one client (inzageverzoek).
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct ClientRecord {
    pub client_ref: String,
    /// The client's decisions with their texts, events and corrections, oldest first.
    pub decisions: Vec<Decision>,
    /// Who processed the client's data, when and why (the processing log), oldest first.
    pub processing_log: Vec<ProcessingRecord>,
}

/// What an erasure changed.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct Erasure {
    /// The decisions whose client reference and free texts were replaced.
    pub decision_ids: Vec<Uuid>,
}

/// The organisation and the settings its admins set.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct Organisation {
    pub id: Uuid,
    pub name: String,
    /// Years after which a decision's personal fields are erased automatically (1 to 50).
    pub retention_years: i32,
}

impl From<organisation::Model> for Organisation {
    fn from(model: organisation::Model) -> Self {
        Self {
            id: model.id,
            name: model.name,
            retention_years: model.retention_years,
        }
    }
}

/// Changes to the organisation's settings.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct OrganisationChanges {
    pub retention_years: i64,
}

#[derive(ApiResponse)]
pub enum ClientRecordResponse {
    /// Everything held about the client.
    #[oai(status = 200)]
    Ok(Json<ClientRecord>),
}

#[derive(ApiResponse)]
pub enum ErasureResponse {
    /// The client's personal data is erased.
    #[oai(status = 200)]
    Ok(Json<Erasure>),
}

#[derive(ApiResponse)]
pub enum OrganisationResponse {
    /// The organisation's settings.
    #[oai(status = 200)]
    Ok(Json<Organisation>),
}

#[OpenApi(tag = "Tag::Privacy")]
impl PrivacyApi {
    /// Everything held about one client, for a subject access request (controllers, admins):
    /// the client's decisions with their texts, events and corrections, and the processing log
    /// of the client's data. The request is itself a processing, and logged.
    #[oai(
        path = "/client-records/:clientRef",
        method = "get",
        operation_id = "getClientRecord"
    )]
    async fn get(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        /// The pseudonymous client reference.
        #[oai(name = "clientRef")]
        client_ref: Path<String>,
    ) -> Result<ClientRecordResponse, ApiError> {
        let Record {
            client_ref,
            decisions,
            processing,
        } = service::privacy::client_record(&state.db, &auth.0, &client_ref.0).await?;
        Ok(ClientRecordResponse::Ok(Json(ClientRecord {
            client_ref,
            decisions: decisions.into_iter().map(Decision::from).collect(),
            processing_log: processing.into_iter().map(ProcessingRecord::from).collect(),
        })))
    }

    /// Erase one client's personal data where the law allows (admins): the client reference
    /// and the free texts of the client's decisions are replaced; amounts, verdicts, statuses
    /// and the ledger stay. The audit trail records the erasure (naming the decisions, not the
    /// client) and still verifies.
    #[oai(
        path = "/client-records/:clientRef/erase",
        method = "post",
        operation_id = "eraseClientRecord"
    )]
    async fn erase(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        #[oai(name = "clientRef")] client_ref: Path<String>,
    ) -> Result<ErasureResponse, ApiError> {
        let decision_ids =
            service::privacy::erase_client(&state.db, &auth.0, &client_ref.0).await?;
        Ok(ErasureResponse::Ok(Json(Erasure { decision_ids })))
    }

    /// The organisation's settings (admins and controllers read them).
    #[oai(
        path = "/organisation",
        method = "get",
        operation_id = "getOrganisation"
    )]
    async fn organisation(
        &self,
        auth: Auth,
        state: Data<&AppState>,
    ) -> Result<OrganisationResponse, ApiError> {
        let organisation = service::privacy::organisation(&state.db, &auth.0).await?;
        Ok(OrganisationResponse::Ok(Json(organisation.into())))
    }

    /// Change the organisation's settings (admins): the retention period after which the
    /// personal fields of older decisions are erased automatically, daily.
    #[oai(
        path = "/organisation",
        method = "patch",
        operation_id = "changeOrganisation"
    )]
    async fn change_organisation(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        body: Json<OrganisationChanges>,
    ) -> Result<OrganisationResponse, ApiError> {
        let organisation =
            service::privacy::set_retention(&state.db, &auth.0, body.0.retention_years).await?;
        Ok(OrganisationResponse::Ok(Json(organisation.into())))
    }
}
