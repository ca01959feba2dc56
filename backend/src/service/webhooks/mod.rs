//! Webhook subscriptions of an organisation (admins): create, read, change, remove, their
//! delivery log, a delivery sent again, and a ping. The delivery itself is [`worker`]'s.

pub mod destination;
pub mod sender;
pub mod worker;

use chrono::Utc;
use rand_core::{OsRng, RngCore};
use serde_json::json;
use uuid::Uuid;

use super::{
    Caller, ServiceError, audit,
    page::{Page, PageRequest},
};
use crate::{
    domain::{
        invalid::Invalid,
        role::Role,
        text,
        webhook::{self, signature},
    },
    store::{
        self,
        columns::JsonText,
        db::Db,
        entities::{outbox_event, webhook_delivery, webhook_subscription},
        owned,
    },
};

/// What an admin asks for; absent fields of a change stay as they are.
#[derive(Default)]
pub struct SubscriptionDraft {
    pub url: Option<String>,
    pub event_types: Option<Vec<String>>,
    pub description: Option<Option<String>>,
    pub active: Option<bool>,
}

fn require_admin(caller: &Caller) -> Result<(), ServiceError> {
    caller.require(&[Role::Admin], "managing webhooks")
}

/// The subscription, if it is this organisation's.
async fn find(
    db: &Db,
    caller: &Caller,
    id: Uuid,
) -> Result<webhook_subscription::Model, ServiceError> {
    owned::find::<webhook_subscription::Entity>(caller.organisation_id, id)
        .one(db.conn())
        .await?
        .ok_or(ServiceError::NotFound)
}

/// Validates the draft over `base` (the current subscription, or an empty one), naming every
/// bad field.
async fn apply(
    mut base: webhook_subscription::Model,
    draft: SubscriptionDraft,
    allow_private: bool,
) -> Result<webhook_subscription::Model, ServiceError> {
    let mut invalid = Invalid::new();
    if let Some(url) = draft.url {
        let url = url.trim().to_owned();
        if url.len() > 2000 {
            invalid.add("url", "must be at most 2000 characters");
        } else if let Err(message) = destination::check(&url, allow_private).await {
            invalid.add("url", message);
        }
        base.url = url;
    }
    if let Some(types) = draft.event_types {
        let mut wanted: Vec<String> = Vec::new();
        for (index, name) in types.into_iter().enumerate() {
            if !webhook::EVENT_TYPES.contains(&name.as_str()) || name == webhook::PING {
                invalid.add(
                    format!("eventTypes[{index}]"),
                    format!(
                        "is not an event type; one of {}",
                        webhook::EVENT_TYPES[..webhook::EVENT_TYPES.len() - 1].join(", ")
                    ),
                );
            } else if !wanted.contains(&name) {
                wanted.push(name);
            }
        }
        if wanted.is_empty() {
            invalid.add("eventTypes", "must name at least one event type");
        }
        base.event_types = JsonText(wanted);
    }
    if let Some(description) = draft.description {
        base.description = invalid
            .check(
                "description",
                text::optional_text(description.as_deref().unwrap_or_default(), 500, true),
            )
            .filter(|d| !d.is_empty());
    }
    if let Some(active) = draft.active {
        if active && !base.active {
            base.disabled_reason = None;
        }
        base.active = active;
    }
    invalid.finish()?;
    Ok(base)
}

/// Creates a subscription; the answer carries its signing secret, shown this once.
pub async fn create(
    db: &Db,
    caller: &Caller,
    draft: SubscriptionDraft,
    allow_private: bool,
) -> Result<webhook_subscription::Model, ServiceError> {
    require_admin(caller)?;
    let mut missing = Invalid::new();
    if draft.url.is_none() {
        missing.add("url", "is required");
    }
    if draft.event_types.is_none() {
        missing.add("eventTypes", "is required");
    }
    missing.finish()?;
    let now = Utc::now();
    let mut key = [0u8; 32];
    OsRng.fill_bytes(&mut key);
    let empty = webhook_subscription::Model {
        id: Uuid::now_v7(),
        organisation_id: caller.organisation_id,
        url: String::new(),
        event_types: JsonText(Vec::new()),
        description: None,
        active: true,
        secret: signature::secret_from(&key),
        disabled_reason: None,
        created_at: now,
        updated_at: now,
    };
    let model = apply(empty, draft, allow_private).await?;
    let tx = db.begin_write().await?;
    owned::insert::<webhook_subscription::Entity>(&*tx, model.clone()).await?;
    audit::record(
        &*tx,
        caller,
        "webhook_subscription.created",
        "webhook_subscription",
        model.id,
        json!({"after": described(&model)}),
    )
    .await?;
    tx.commit().await?;
    Ok(model)
}

/// What the audit trail keeps of a subscription (never its secret).
fn described(model: &webhook_subscription::Model) -> serde_json::Value {
    json!({
        "url": model.url,
        "eventTypes": model.event_types.0,
        "description": model.description,
        "active": model.active,
    })
}

pub async fn list(
    db: &Db,
    caller: &Caller,
    page: PageRequest,
) -> Result<Page<webhook_subscription::Model>, ServiceError> {
    require_admin(caller)?;
    let rows = owned::page::<webhook_subscription::Entity>(
        db.conn(),
        caller.organisation_id,
        page.after,
        page.fetch(),
    )
    .await?;
    Ok(page.finish(rows, |s| s.id))
}

pub async fn get(
    db: &Db,
    caller: &Caller,
    id: Uuid,
) -> Result<webhook_subscription::Model, ServiceError> {
    require_admin(caller)?;
    find(db, caller, id).await
}

pub async fn update(
    db: &Db,
    caller: &Caller,
    id: Uuid,
    draft: SubscriptionDraft,
    allow_private: bool,
) -> Result<webhook_subscription::Model, ServiceError> {
    require_admin(caller)?;
    let current = find(db, caller, id).await?;
    let mut model = apply(current.clone(), draft, allow_private).await?;
    model.updated_at = Utc::now();
    let tx = db.begin_write().await?;
    owned::update::<webhook_subscription::Entity>(&*tx, model.clone()).await?;
    audit::record(
        &*tx,
        caller,
        "webhook_subscription.changed",
        "webhook_subscription",
        id,
        json!({"before": described(&current), "after": described(&model)}),
    )
    .await?;
    tx.commit().await?;
    Ok(model)
}

pub async fn delete(db: &Db, caller: &Caller, id: Uuid) -> Result<(), ServiceError> {
    require_admin(caller)?;
    let current = find(db, caller, id).await?;
    let tx = db.begin_write().await?;
    store::webhooks::delete_subscription(&*tx, caller.organisation_id, id).await?;
    audit::record(
        &*tx,
        caller,
        "webhook_subscription.deleted",
        "webhook_subscription",
        id,
        json!({"before": described(&current)}),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The subscription's deliveries, oldest first.
pub async fn deliveries(
    db: &Db,
    caller: &Caller,
    id: Uuid,
    page: PageRequest,
) -> Result<Page<webhook_delivery::Model>, ServiceError> {
    require_admin(caller)?;
    find(db, caller, id).await?;
    let rows = store::webhooks::deliveries_page(
        db.conn(),
        caller.organisation_id,
        id,
        page.after,
        page.fetch(),
    )
    .await?;
    Ok(page.finish(rows, |d| d.id))
}

/// Sends a delivery again, as the same event with the same `webhook-id`.
pub async fn redeliver(
    db: &Db,
    caller: &Caller,
    id: Uuid,
    delivery_id: Uuid,
) -> Result<webhook_delivery::Model, ServiceError> {
    require_admin(caller)?;
    find(db, caller, id).await?;
    let found = store::webhooks::delivery(db.conn(), caller.organisation_id, id, delivery_id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    store::webhooks::redeliver(db.conn(), found.id, Utc::now()).await?;
    store::webhooks::delivery(db.conn(), caller.organisation_id, id, delivery_id)
        .await?
        .ok_or(ServiceError::NotFound)
}

/// Sends a `ping` event to this subscription alone.
pub async fn ping(
    db: &Db,
    caller: &Caller,
    id: Uuid,
) -> Result<webhook_delivery::Model, ServiceError> {
    require_admin(caller)?;
    let subscription = find(db, caller, id).await?;
    if !subscription.active {
        return Err(ServiceError::Conflict(
            "the subscription is not active: switch it on first".into(),
        ));
    }
    let now = Utc::now();
    let body = json!({
        "type": webhook::PING,
        "timestamp": now.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        "data": {"subscriptionId": id},
    });
    let event = outbox_event::Model {
        id: Uuid::now_v7(),
        organisation_id: caller.organisation_id,
        event_type: webhook::PING.to_owned(),
        body: body.to_string(),
        created_at: now,
        dispatched: true,
    };
    let tx = db.begin_write().await?;
    let delivery = store::webhooks::insert_direct(&*tx, event, id, now).await?;
    tx.commit().await?;
    Ok(delivery)
}
