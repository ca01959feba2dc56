//! The organisation's ZGW Besluiten API (admins): where final decisions are pushed as besluiten,
//! with which credentials, and which category is which besluittype.
//!
//! - `push`: a decision's push asked for again;
//! - `worker`: the background pushes, with their JWT from `token`.

pub mod push;
mod token;
pub mod worker;

use chrono::Utc;
use sea_orm::{EntityTrait, sea_query::OnConflict};
use serde_json::json;

use super::{Caller, ServiceError, audit, webhooks::destination};
use crate::{
    domain::{invalid::Invalid, role::Role, text},
    store::{
        columns::JsonText,
        db::Db,
        entities::{
            category,
            zgw_connection::{self, Besluittype},
        },
        owned,
    },
};

/// What an admin sets. An absent secret keeps the one stored.
pub struct ConnectionDraft {
    pub besluiten_api_url: String,
    pub client_id: String,
    pub secret: Option<String>,
    pub rsin: String,
    pub bestuursorgaan: String,
    pub besluittypen: Vec<Besluittype>,
}

fn require_admin(caller: &Caller) -> Result<(), ServiceError> {
    caller.require(&[Role::Admin], "managing the ZGW connection")
}

pub async fn get(db: &Db, caller: &Caller) -> Result<zgw_connection::Model, ServiceError> {
    require_admin(caller)?;
    zgw_connection::Entity::find_by_id(caller.organisation_id)
        .one(db.conn())
        .await?
        .ok_or(ServiceError::NotFound)
}

/// An RSIN: nine digits passing the eleven-test (as a BSN, but 0 is allowed as last digit).
fn rsin_valid(rsin: &str) -> bool {
    let digits: Vec<u32> = rsin.chars().filter_map(|c| c.to_digit(10)).collect();
    if rsin.len() != 9 || digits.len() != 9 {
        return false;
    }
    let sum: i64 = digits[..8]
        .iter()
        .enumerate()
        .map(|(i, d)| i64::from(*d) * (9 - i as i64))
        .sum::<i64>()
        - i64::from(digits[8]);
    sum % 11 == 0
}

pub async fn put(
    db: &Db,
    caller: &Caller,
    draft: ConnectionDraft,
    allow_private: bool,
) -> Result<zgw_connection::Model, ServiceError> {
    require_admin(caller)?;
    let current = zgw_connection::Entity::find_by_id(caller.organisation_id)
        .one(db.conn())
        .await?;
    let mut invalid = Invalid::new();
    let url = draft
        .besluiten_api_url
        .trim()
        .trim_end_matches('/')
        .to_owned();
    if url.len() > 2000 {
        invalid.add("besluitenApiUrl", "must be at most 2000 characters");
    } else if let Err(message) = destination::check(&url, allow_private).await {
        invalid.add("besluitenApiUrl", message);
    }
    let client_id = invalid
        .check("clientId", text::required_line(&draft.client_id, 200))
        .unwrap_or_default();
    let secret = match draft.secret {
        Some(secret) if secret.len() < 16 || secret.len() > 500 => {
            invalid.add("secret", "must be 16 to 500 characters");
            None
        }
        Some(secret) => Some(secret),
        None => current.as_ref().and_then(|c| c.secret.clone()),
    };
    if secret.is_none() {
        invalid.add("secret", "is required");
    }
    let rsin = draft.rsin.trim().to_owned();
    if !rsin_valid(&rsin) {
        invalid.add("rsin", "must be an RSIN: 9 digits passing the eleven-test");
    }
    let bestuursorgaan = invalid
        .check(
            "bestuursorgaan",
            text::required_line(&draft.bestuursorgaan, 50),
        )
        .unwrap_or_default();
    let mut besluittypen: Vec<Besluittype> = Vec::new();
    for (index, entry) in draft.besluittypen.into_iter().enumerate() {
        let found = owned::find::<category::Entity>(caller.organisation_id, entry.category_id)
            .one(db.conn())
            .await?;
        if found.is_none() {
            invalid.add(
                format!("besluittypen[{index}].categoryId"),
                "is not a category of the organisation",
            );
        } else if besluittypen
            .iter()
            .any(|b| b.category_id == entry.category_id)
        {
            invalid.add(
                format!("besluittypen[{index}].categoryId"),
                "is named twice",
            );
        }
        let besluittype_url = entry.besluittype_url.trim().to_owned();
        let parsed = url::Url::parse(&besluittype_url);
        if besluittype_url.len() > 200
            || !matches!(parsed.as_ref().map(|u| u.scheme()), Ok("http" | "https"))
        {
            invalid.add(
                format!("besluittypen[{index}].besluittypeUrl"),
                "must be an http or https URL of at most 200 characters",
            );
        }
        besluittypen.push(Besluittype {
            category_id: entry.category_id,
            besluittype_url,
        });
    }
    invalid.finish()?;
    let model = zgw_connection::Model {
        organisation_id: caller.organisation_id,
        besluiten_api_url: url,
        client_id,
        secret,
        rsin,
        bestuursorgaan,
        besluittypen: JsonText(besluittypen),
        updated_at: Utc::now(),
    };
    let tx = db.begin_write().await?;
    zgw_connection::Entity::insert(zgw_connection::ActiveModel::from(model.clone()))
        .on_conflict(
            OnConflict::column(zgw_connection::Column::OrganisationId)
                .update_columns([
                    zgw_connection::Column::BesluitenApiUrl,
                    zgw_connection::Column::ClientId,
                    zgw_connection::Column::Secret,
                    zgw_connection::Column::Rsin,
                    zgw_connection::Column::Bestuursorgaan,
                    zgw_connection::Column::Besluittypen,
                    zgw_connection::Column::UpdatedAt,
                ])
                .to_owned(),
        )
        .exec_without_returning(&*tx)
        .await?;
    audit::record(
        &*tx,
        caller,
        "zgw_connection.changed",
        "zgw_connection",
        caller.organisation_id,
        json!({"after": {
            "besluitenApiUrl": model.besluiten_api_url,
            "clientId": model.client_id,
            "rsin": model.rsin,
            "bestuursorgaan": model.bestuursorgaan,
            "besluittypen": model.besluittypen.0.iter().map(|b| json!({
                "categoryId": b.category_id, "besluittypeUrl": b.besluittype_url})).collect::<Vec<_>>(),
        }}),
    )
    .await?;
    tx.commit().await?;
    Ok(model)
}

#[cfg(test)]
mod tests {
    use super::rsin_valid;

    #[test]
    fn rsin_passes_the_eleven_test() {
        assert!(rsin_valid("002220647"));
        assert!(!rsin_valid("002220648"));
        assert!(!rsin_valid("12345678"));
        assert!(!rsin_valid("00222064a"));
    }
}
