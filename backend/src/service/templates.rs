//! Mandate templates (e.g. "Starter", "Senior consulent"): named terms a team lead applies to
//! several professionals in one call, each getting a new mandate version.

use chrono::NaiveDate;
use serde_json::json;
use uuid::Uuid;

use super::{
    Caller, ServiceError, audit,
    mandates::{self, Version, VersionDraft},
    page::{Page, PageRequest},
};
use crate::{
    domain::{
        invalid::Invalid,
        mandate::PeriodKind,
        mandate::{Cents, MandateTerms},
        role::Role,
        text,
    },
    store::{self, columns::JsonText, db::Db, entities::mandate_template},
};

pub struct Template {
    pub model: mandate_template::Model,
    pub terms: MandateTerms,
}

pub struct TemplateDraft {
    pub name: Option<String>,
    pub description: Option<Option<String>>,
    pub terms: Option<MandateTerms>,
    /// Problems already found while reading the request (unknown enumeration values).
    pub parse_errors: Vec<crate::domain::invalid::FieldError>,
}

/// One professional to apply a template to, with the ETag of their current version.
pub struct Application {
    pub user_id: Uuid,
    pub if_match: Option<String>,
}

fn template(model: mandate_template::Model) -> Template {
    let terms = mandates::terms_from_columns(
        model.period,
        model.period_limit_cents,
        model.per_client_year_limit_cents,
        &model.rules.0,
    );
    Template { model, terms }
}

fn require_lead_or_admin(caller: &Caller, action: &str) -> Result<(), ServiceError> {
    caller.require(&[Role::TeamLead, Role::Admin], action)
}

/// Templates are read by those who set mandates and by controllers.
pub async fn list(
    db: &Db,
    caller: &Caller,
    page: PageRequest,
) -> Result<Page<Template>, ServiceError> {
    caller.require(
        &[Role::TeamLead, Role::Admin, Role::Controller],
        "reading mandate templates",
    )?;
    let rows =
        store::templates::page(db.conn(), caller.organisation_id, page.after, page.fetch()).await?;
    let page = page.finish(rows, |t| t.id);
    Ok(Page {
        items: page.items.into_iter().map(template).collect(),
        next_cursor: page.next_cursor,
    })
}

pub async fn get(db: &Db, caller: &Caller, id: Uuid) -> Result<Template, ServiceError> {
    caller.require(
        &[Role::TeamLead, Role::Admin, Role::Controller],
        "reading mandate templates",
    )?;
    Ok(template(
        store::templates::find(db.conn(), caller.organisation_id, id)
            .await?
            .ok_or(ServiceError::NotFound)?,
    ))
}

pub async fn create(
    db: &Db,
    caller: &Caller,
    draft: TemplateDraft,
) -> Result<Template, ServiceError> {
    require_lead_or_admin(caller, "defining mandate templates")?;
    let now = chrono::Utc::now();
    let mut model = mandate_template::Model {
        id: Uuid::now_v7(),
        organisation_id: caller.organisation_id,
        name: String::new(),
        description: None,
        // Replaced by the draft's terms, which a new template must have.
        period: PeriodKind::Quarter,
        period_limit_cents: None,
        per_client_year_limit_cents: None,
        rules: JsonText(Vec::new()),
        created_by: caller.user_id,
        created_at: now,
        updated_at: now,
    };
    let tx = db.begin_write().await?;
    let terms = apply_draft(&*tx, caller, &mut model, draft, true).await?;
    store::templates::insert(&*tx, model.clone()).await?;
    audit::record(
        &*tx,
        caller,
        "mandate_template.created",
        "mandate_template",
        model.id,
        json!({"after": {"name": model.name, "terms": terms}}),
    )
    .await?;
    tx.commit().await?;
    Ok(Template { model, terms })
}

pub async fn update(
    db: &Db,
    caller: &Caller,
    id: Uuid,
    draft: TemplateDraft,
) -> Result<Template, ServiceError> {
    require_lead_or_admin(caller, "changing mandate templates")?;
    let tx = db.begin_write().await?;
    let mut model = store::templates::find(&*tx, caller.organisation_id, id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let before = template(model.clone());
    let terms = apply_draft(&*tx, caller, &mut model, draft, false).await?;
    model.updated_at = chrono::Utc::now();
    store::templates::update(&*tx, model.clone()).await?;
    audit::record(
        &*tx,
        caller,
        "mandate_template.changed",
        "mandate_template",
        id,
        json!({"before": {"name": before.model.name, "terms": before.terms}, "after": {"name": model.name, "terms": terms}}),
    )
    .await?;
    tx.commit().await?;
    Ok(Template { model, terms })
}

async fn apply_draft(
    conn: &impl sea_orm::ConnectionTrait,
    caller: &Caller,
    model: &mut mandate_template::Model,
    draft: TemplateDraft,
    creating: bool,
) -> Result<MandateTerms, ServiceError> {
    let mut invalid = Invalid::new();
    for error in &draft.parse_errors {
        invalid.add(error.field.clone(), error.message.clone());
    }
    match &draft.name {
        Some(name) => {
            if let Some(name) = invalid.check("name", text::required_line(name, 200)) {
                let taken =
                    store::templates::find_by_name(conn, caller.organisation_id, &name).await?;
                if taken.is_some_and(|other| other.id != model.id) {
                    invalid.add("name", "another template already has this name");
                }
                model.name = name;
            }
        }
        None if creating => invalid.add("name", "is required"),
        None => {}
    }
    match draft.description {
        Some(Some(description)) => {
            model.description =
                invalid.check("description", text::optional_text(&description, 2000, true));
        }
        Some(None) => model.description = None,
        None => {}
    }
    let terms = match draft.terms {
        Some(terms) => {
            mandates::check_terms(conn, caller, &terms, &mut invalid).await?;
            model.period = terms.period;
            model.period_limit_cents = terms.period_limit.map(Cents::get);
            model.per_client_year_limit_cents = terms.per_client_year_limit.map(Cents::get);
            model.rules = JsonText(terms.rules.clone());
            Some(terms)
        }
        None => None,
    };
    invalid.finish()?;
    match terms {
        Some(terms) => Ok(terms),
        None => Ok(template(model.clone()).terms),
    }
}

/// Gives each named professional a new version with the template's terms, all or none.
pub async fn apply(
    db: &Db,
    caller: &Caller,
    id: Uuid,
    valid_from: NaiveDate,
    reason: String,
    applications: Vec<Application>,
) -> Result<Vec<Version>, ServiceError> {
    require_lead_or_admin(caller, "applying mandate templates")?;
    let template = get(db, caller, id).await?;
    let mut invalid = Invalid::new();
    if applications.is_empty() {
        invalid.add("professionals", "must name at least one professional");
    }
    let mut seen = Vec::new();
    let mut targets = Vec::new();
    for (index, application) in applications.iter().enumerate() {
        if seen.contains(&application.user_id) {
            invalid.add(format!("professionals[{index}].userId"), "is named twice");
            continue;
        }
        seen.push(application.user_id);
        match store::users::find(db.conn(), caller.organisation_id, application.user_id).await? {
            Some(user) => targets.push((user, application.if_match.clone())),
            None => invalid.add(
                format!("professionals[{index}].userId"),
                "is not a user of this organisation",
            ),
        }
    }
    invalid.finish()?;
    for (user, _) in &targets {
        let teams = store::teams::team_ids_of(db.conn(), user.id).await?;
        mandates::check_may_write(caller, user.id, &teams)?;
    }
    let tx = db.begin_write().await?;
    let mut versions = Vec::with_capacity(targets.len());
    for (user, if_match) in &targets {
        let draft = VersionDraft {
            valid_from,
            reason: reason.clone(),
            terms: template.terms.clone(),
            parse_errors: Vec::new(),
        };
        versions.push(
            mandates::append_version(&*tx, caller, user, if_match.as_deref(), draft, Some(id))
                .await?,
        );
    }
    tx.commit().await?;
    tracing::info!(template_id = %id, count = versions.len(), by = %caller.user_id, "mandate template applied");
    Ok(versions)
}
