//! Categories (`/categories`): the organisation's kinds of custom decision. Everyone reads;
//! admins define them.

use crate::store::db::Db;
use uuid::Uuid;

use serde_json::json;

use super::{
    Caller, ServiceError, audit,
    page::{Page, PageRequest},
};
use crate::{
    domain::{invalid::Invalid, role::Role, text},
    store::{self, entities::category},
};

#[derive(Default)]
pub struct CategoryDraft {
    pub code: Option<String>,
    pub name: Option<String>,
    pub legal_basis: Option<Option<String>>,
    pub description: Option<Option<String>>,
    pub active: Option<bool>,
}

pub async fn list(
    db: &Db,
    caller: &Caller,
    page: PageRequest,
) -> Result<Page<category::Model>, ServiceError> {
    let rows = store::categories::page(db.conn(), caller.organisation_id, page.after, page.fetch())
        .await?;
    Ok(page.finish(rows, |c| c.id))
}

pub async fn get(db: &Db, caller: &Caller, id: Uuid) -> Result<category::Model, ServiceError> {
    store::categories::find(caller.organisation_id, id)
        .one(db.conn())
        .await?
        .ok_or(ServiceError::NotFound)
}

pub async fn create(
    db: &Db,
    caller: &Caller,
    draft: CategoryDraft,
) -> Result<category::Model, ServiceError> {
    caller.require(&[Role::Admin], "defining categories")?;
    let mut invalid = Invalid::new();
    if draft.code.is_none() {
        invalid.add("code", "is required");
    }
    if draft.name.is_none() {
        invalid.add("name", "is required");
    }
    let now = chrono::Utc::now();
    let mut category = category::Model {
        id: Uuid::now_v7(),
        organisation_id: caller.organisation_id,
        code: String::new(),
        name: String::new(),
        legal_basis: None,
        description: None,
        active: true,
        created_at: now,
        updated_at: now,
    };
    apply(db, caller, &mut category, draft, invalid).await?;
    let tx = db.begin_write().await?;
    store::categories::insert(&*tx, category.clone()).await?;
    audit::record(
        &*tx,
        caller,
        "category.created",
        "category",
        category.id,
        json!({"after": snapshot(&category)}),
    )
    .await?;
    tx.commit().await?;
    tracing::info!(category_id = %category.id, by = %caller.user_id, "category created");
    Ok(category)
}

pub async fn update(
    db: &Db,
    caller: &Caller,
    id: Uuid,
    draft: CategoryDraft,
) -> Result<category::Model, ServiceError> {
    caller.require(&[Role::Admin], "changing categories")?;
    let mut category = store::categories::find(caller.organisation_id, id)
        .one(db.conn())
        .await?
        .ok_or(ServiceError::NotFound)?;
    let before = snapshot(&category);
    apply(db, caller, &mut category, draft, Invalid::new()).await?;
    category.updated_at = chrono::Utc::now();
    let tx = db.begin_write().await?;
    store::categories::update(&*tx, category.clone()).await?;
    audit::record(
        &*tx,
        caller,
        "category.changed",
        "category",
        id,
        json!({"before": before, "after": snapshot(&category)}),
    )
    .await?;
    tx.commit().await?;
    tracing::info!(category_id = %id, by = %caller.user_id, "category changed");
    Ok(category)
}

async fn apply(
    db: &Db,
    caller: &Caller,
    category: &mut category::Model,
    draft: CategoryDraft,
    mut invalid: Invalid,
) -> Result<(), ServiceError> {
    if let Some(code) = &draft.code
        && let Some(code) = invalid.check("code", text::code(code))
    {
        let taken =
            store::categories::find_by_code(db.conn(), caller.organisation_id, &code).await?;
        if taken.is_some_and(|other| other.id != category.id) {
            invalid.add("code", "another category already has this code");
        }
        category.code = code;
    }
    if let Some(name) = &draft.name
        && let Some(name) = invalid.check("name", text::required_line(name, 200))
    {
        category.name = name;
    }
    match draft.legal_basis {
        Some(Some(basis)) => {
            category.legal_basis = invalid.check("legalBasis", text::required_line(&basis, 500));
        }
        Some(None) => category.legal_basis = None,
        None => {}
    }
    match draft.description {
        Some(Some(description)) => {
            category.description =
                invalid.check("description", text::optional_text(&description, 2000, true));
        }
        Some(None) => category.description = None,
        None => {}
    }
    if let Some(active) = draft.active {
        category.active = active;
    }
    invalid.finish()?;
    Ok(())
}

fn snapshot(category: &category::Model) -> serde_json::Value {
    json!({"code": category.code, "name": category.name, "legalBasis": category.legal_basis, "description": category.description, "active": category.active})
}
