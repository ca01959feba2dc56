//! `/webhook-subscriptions`: receivers of the organisation's events (Standard Webhooks), their
//! delivery log, a delivery sent again, and a ping (admins).

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
    domain::webhook::DeliveryState,
    http::{problem::ApiError, security::Auth, state::AppState, timestamp::Timestamp},
    service::{self, page::PageRequest, webhooks::SubscriptionDraft},
    store::entities::{webhook_delivery, webhook_subscription},
};

#[derive(Default)]
pub struct WebhooksApi;

item_page!(WebhookSubscriptionPage, WebhookSubscription);
item_page!(WebhookDeliveryPage, WebhookDelivery);

/// A receiver of the organisation's events. Every delivery is signed per Standard Webhooks
/// (`webhook-id`, `webhook-timestamp`, `webhook-signature`) with the subscription's secret.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct WebhookSubscription {
    pub id: Uuid,
    /// Where events are posted (`http` or `https`).
    pub url: String,
    /// The event types it receives.
    pub event_types: Vec<String>,
    pub description: Option<String>,
    /// Only active subscriptions receive events. A receiver answering `410 Gone` switches it off.
    pub active: bool,
    /// Why the server switched it off, if it did.
    pub disabled_reason: Option<String>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

impl From<webhook_subscription::Model> for WebhookSubscription {
    fn from(model: webhook_subscription::Model) -> Self {
        Self {
            id: model.id,
            url: model.url,
            event_types: model.event_types.0,
            description: model.description,
            active: model.active,
            disabled_reason: model.disabled_reason,
            created_at: model.created_at.into(),
            updated_at: model.updated_at.into(),
        }
    }
}

/// A new subscription with its signing secret, which is shown only this once.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct CreatedWebhookSubscription {
    pub id: Uuid,
    pub url: String,
    pub event_types: Vec<String>,
    pub description: Option<String>,
    pub active: bool,
    pub disabled_reason: Option<String>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    /// `whsec_` followed by the base64 of 32 random bytes: verify each delivery's
    /// `webhook-signature` with it. Never shown again.
    pub secret: String,
}

impl From<webhook_subscription::Model> for CreatedWebhookSubscription {
    fn from(model: webhook_subscription::Model) -> Self {
        let secret = model.secret.clone();
        let view = WebhookSubscription::from(model);
        Self {
            id: view.id,
            url: view.url,
            event_types: view.event_types,
            description: view.description,
            active: view.active,
            disabled_reason: view.disabled_reason,
            created_at: view.created_at,
            updated_at: view.updated_at,
            secret,
        }
    }
}

/// A new subscription.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct CreateWebhookSubscriptionRequest {
    /// `http` or `https`; its host must resolve to public addresses only.
    pub url: String,
    /// `decision.created`, `decision.cosigned`, `decision.approved`, `decision.rejected`,
    /// `decision.withdrawn`, `decision.reviewed`, `decision.corrected`,
    /// `mandate.version_created`, `budget.threshold_reached`.
    pub event_types: Vec<String>,
    pub description: Option<String>,
    /// Default `true`.
    pub active: Option<bool>,
}

/// Changes to a subscription; absent fields stay as they are.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct UpdateWebhookSubscriptionRequest {
    pub url: Option<String>,
    pub event_types: Option<Vec<String>>,
    pub description: MaybeUndefined<String>,
    pub active: Option<bool>,
}

/// Where a delivery stands.
#[derive(Enum)]
#[oai(rename_all = "snake_case")]
pub enum WebhookDeliveryState {
    /// Not yet accepted; tried again at `nextAttemptAt`.
    Pending,
    /// The receiver answered 2xx.
    Delivered,
    /// Given up: the retries ran out, the receiver answered `410 Gone`, or the subscription is
    /// off.
    Failed,
}

impl From<DeliveryState> for WebhookDeliveryState {
    fn from(state: DeliveryState) -> Self {
        match state {
            DeliveryState::Pending => Self::Pending,
            DeliveryState::Delivered => Self::Delivered,
            DeliveryState::Failed => Self::Failed,
        }
    }
}

/// One event for one subscription.
#[derive(Object)]
#[oai(rename_all = "camelCase")]
pub struct WebhookDelivery {
    pub id: Uuid,
    /// The event, also the `webhook-id` header of every attempt.
    pub event_id: Uuid,
    pub event_type: String,
    pub state: WebhookDeliveryState,
    pub attempts: i32,
    /// The HTTP status of the last answer, if one came.
    pub last_status_code: Option<i32>,
    /// What went wrong at the last attempt, if no answer came.
    pub last_error: Option<String>,
    pub next_attempt_at: Option<Timestamp>,
    pub created_at: Timestamp,
    pub delivered_at: Option<Timestamp>,
}

impl From<webhook_delivery::Model> for WebhookDelivery {
    fn from(model: webhook_delivery::Model) -> Self {
        Self {
            id: model.id,
            event_id: model.event_id,
            event_type: model.event_type,
            state: model.state.into(),
            attempts: model.attempts,
            last_status_code: model.last_status_code,
            last_error: model.last_error,
            next_attempt_at: model.next_attempt_at.map(Into::into),
            created_at: model.created_at.into(),
            delivered_at: model.delivered_at.map(Into::into),
        }
    }
}

#[derive(ApiResponse)]
pub enum SubscriptionListResponse {
    /// A page of subscriptions.
    #[oai(status = 200)]
    Ok(Json<WebhookSubscriptionPage>),
}

#[derive(ApiResponse)]
pub enum SubscriptionResponse {
    /// The subscription.
    #[oai(status = 200)]
    Ok(Json<WebhookSubscription>),
}

#[derive(ApiResponse)]
pub enum SubscriptionCreatedResponse {
    /// The subscription was created; its secret is shown only here.
    #[oai(status = 201)]
    Created(Json<CreatedWebhookSubscription>),
}

#[derive(ApiResponse)]
pub enum SubscriptionDeletedResponse {
    /// The subscription and its delivery log were removed.
    #[oai(status = 204)]
    Deleted,
}

#[derive(ApiResponse)]
pub enum DeliveryListResponse {
    /// A page of deliveries, oldest first.
    #[oai(status = 200)]
    Ok(Json<WebhookDeliveryPage>),
}

#[derive(ApiResponse)]
pub enum DeliveryAcceptedResponse {
    /// The delivery is due now; the worker sends it shortly.
    #[oai(status = 202)]
    Accepted(Json<WebhookDelivery>),
}

#[OpenApi(tag = "Tag::Webhooks")]
impl WebhooksApi {
    /// List the organisation's webhook subscriptions (admins).
    #[oai(
        path = "/webhook-subscriptions",
        method = "get",
        operation_id = "listWebhookSubscriptions"
    )]
    async fn list(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        /// Page size, 1 to 200 (default 50).
        limit: Query<Option<i64>>,
        /// `nextCursor` of the previous page.
        cursor: Query<Option<String>>,
    ) -> Result<SubscriptionListResponse, ApiError> {
        let page = PageRequest::parse(limit.0, cursor.0.as_deref())?;
        let page = service::webhooks::list(&state.db, &auth.0, page).await?;
        Ok(SubscriptionListResponse::Ok(Json(
            WebhookSubscriptionPage::from_page(page, WebhookSubscription::from),
        )))
    }

    /// Subscribe a receiver to events (admins). The answer holds the signing secret, once.
    #[oai(
        path = "/webhook-subscriptions",
        method = "post",
        operation_id = "createWebhookSubscription"
    )]
    async fn create(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        body: Json<CreateWebhookSubscriptionRequest>,
    ) -> Result<SubscriptionCreatedResponse, ApiError> {
        let body = body.0;
        let draft = SubscriptionDraft {
            url: Some(body.url),
            event_types: Some(body.event_types),
            description: Some(body.description),
            active: Some(body.active.unwrap_or(true)),
        };
        let model =
            service::webhooks::create(&state.db, &auth.0, draft, state.webhooks_allow_private)
                .await?;
        Ok(SubscriptionCreatedResponse::Created(Json(model.into())))
    }

    /// One subscription (admins).
    #[oai(
        path = "/webhook-subscriptions/:id",
        method = "get",
        operation_id = "getWebhookSubscription"
    )]
    async fn get(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        id: Path<Uuid>,
    ) -> Result<SubscriptionResponse, ApiError> {
        let model = service::webhooks::get(&state.db, &auth.0, id.0).await?;
        Ok(SubscriptionResponse::Ok(Json(model.into())))
    }

    /// Change a subscription (admins); switching it on again clears why it was switched off.
    #[oai(
        path = "/webhook-subscriptions/:id",
        method = "patch",
        operation_id = "updateWebhookSubscription"
    )]
    async fn update(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        id: Path<Uuid>,
        body: Json<UpdateWebhookSubscriptionRequest>,
    ) -> Result<SubscriptionResponse, ApiError> {
        let body = body.0;
        let draft = SubscriptionDraft {
            url: body.url,
            event_types: body.event_types,
            description: maybe(body.description),
            active: body.active,
        };
        let model = service::webhooks::update(
            &state.db,
            &auth.0,
            id.0,
            draft,
            state.webhooks_allow_private,
        )
        .await?;
        Ok(SubscriptionResponse::Ok(Json(model.into())))
    }

    /// Remove a subscription with its delivery log (admins).
    #[oai(
        path = "/webhook-subscriptions/:id",
        method = "delete",
        operation_id = "deleteWebhookSubscription"
    )]
    async fn delete(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        id: Path<Uuid>,
    ) -> Result<SubscriptionDeletedResponse, ApiError> {
        service::webhooks::delete(&state.db, &auth.0, id.0).await?;
        Ok(SubscriptionDeletedResponse::Deleted)
    }

    /// The subscription's deliveries: event, attempts, last status, next attempt, state.
    #[oai(
        path = "/webhook-subscriptions/:id/deliveries",
        method = "get",
        operation_id = "listWebhookDeliveries"
    )]
    async fn deliveries(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        id: Path<Uuid>,
        /// Page size, 1 to 200 (default 50).
        limit: Query<Option<i64>>,
        /// `nextCursor` of the previous page.
        cursor: Query<Option<String>>,
    ) -> Result<DeliveryListResponse, ApiError> {
        let page = PageRequest::parse(limit.0, cursor.0.as_deref())?;
        let page = service::webhooks::deliveries(&state.db, &auth.0, id.0, page).await?;
        Ok(DeliveryListResponse::Ok(Json(
            WebhookDeliveryPage::from_page(page, WebhookDelivery::from),
        )))
    }

    /// Send a delivery again: the same event with the same `webhook-id` (admins).
    #[oai(
        path = "/webhook-subscriptions/:id/deliveries/:deliveryId/redeliver",
        method = "post",
        operation_id = "redeliverWebhook"
    )]
    async fn redeliver(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        id: Path<Uuid>,
        #[oai(name = "deliveryId")] delivery_id: Path<Uuid>,
    ) -> Result<DeliveryAcceptedResponse, ApiError> {
        let delivery =
            service::webhooks::redeliver(&state.db, &auth.0, id.0, delivery_id.0).await?;
        Ok(DeliveryAcceptedResponse::Accepted(Json(delivery.into())))
    }

    /// Send a `ping` event to this subscription (admins).
    #[oai(
        path = "/webhook-subscriptions/:id/ping",
        method = "post",
        operation_id = "pingWebhookSubscription"
    )]
    async fn ping(
        &self,
        auth: Auth,
        state: Data<&AppState>,
        id: Path<Uuid>,
    ) -> Result<DeliveryAcceptedResponse, ApiError> {
        let delivery = service::webhooks::ping(&state.db, &auth.0, id.0).await?;
        Ok(DeliveryAcceptedResponse::Accepted(Json(delivery.into())))
    }
}
