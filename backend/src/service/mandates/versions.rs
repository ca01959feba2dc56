//! Mandate versions: the history of a professional's mandate, and adding to it.

use chrono::NaiveDate;
use sea_orm::{ConnectionTrait, EntityTrait, QuerySelect};
use serde_json::json;
use uuid::Uuid;

use super::{check_may_write, may_read, professional, terms_of};
use crate::{
    domain::{
        invalid::{FieldError, Invalid},
        mandate::{Cents, MandateTerms, validate},
        role::Role,
        text, webhook,
    },
    service::{Caller, ServiceError},
    store::{
        self,
        changes::Changes,
        columns::JsonText,
        db::Db,
        entities::{mandate_version, user},
    },
};

/// A mandate version with its terms parsed.
#[derive(Clone, Debug)]
pub struct Version {
    pub model: mandate_version::Model,
    pub terms: MandateTerms,
    /// The first day it is no longer in force (the next version's start), if superseded.
    pub valid_until: Option<NaiveDate>,
}

/// The input of a new version.
pub struct VersionDraft {
    pub valid_from: NaiveDate,
    pub reason: String,
    pub terms: MandateTerms,
    /// Problems already found while reading the request (unknown enumeration values).
    pub parse_errors: Vec<FieldError>,
}

/// All versions, newest first, each with the day it stopped being in force.
pub async fn versions(
    db: &Db,
    caller: &Caller,
    user_id: Uuid,
) -> Result<Vec<Version>, ServiceError> {
    let (_, teams) = professional(db.conn(), caller, user_id).await?;
    if !may_read(caller, user_id, &teams) {
        return Err(ServiceError::forbidden(
            "you may not see this professional's mandate",
        ));
    }
    versions_of(db.conn(), caller.organisation_id, user_id).await
}

pub(super) async fn versions_of(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    user_id: Uuid,
) -> Result<Vec<Version>, ServiceError> {
    let models = store::mandates::of_user(conn, organisation_id, user_id).await?;
    Ok(versions_from(models))
}

/// A professional's versions, newest first, each with the day it ends.
pub(super) fn versions_from(models: Vec<mandate_version::Model>) -> Vec<Version> {
    let mut versions = Vec::with_capacity(models.len());
    // Newest first: a version ends where the nearest later-starting one begins; of two starting
    // on the same day, the older never comes into force.
    let mut later_start: Option<NaiveDate> = None;
    for model in models {
        let terms = terms_of(&model);
        let valid_until = later_start.replace(model.valid_from);
        versions.push(Version {
            model,
            terms,
            valid_until,
        });
    }
    versions
}

/// Creates a version. `if_match` must name the newest version when one exists.
pub async fn create_version(
    db: &Db,
    caller: &Caller,
    user_id: Uuid,
    if_match: Option<&str>,
    draft: VersionDraft,
) -> Result<Version, ServiceError> {
    let (target, teams) = professional(db.conn(), caller, user_id).await?;
    check_may_write(caller, user_id, &teams)?;
    let tx = db.begin_write().await?;
    let version = append_version(&*tx, caller, &target, if_match, draft, None).await?;
    tx.commit().await?;
    tracing::info!(user_id = %user_id, version_id = %version.model.id, by = %caller.user_id, "mandate version created");
    Ok(version)
}

/// Validates and appends a version inside the caller's transaction.
pub(crate) async fn append_version(
    conn: &impl ConnectionTrait,
    caller: &Caller,
    target: &user::Model,
    if_match: Option<&str>,
    draft: VersionDraft,
    template_id: Option<Uuid>,
) -> Result<Version, ServiceError> {
    // Lock the professional's row (PostgreSQL) so two leads writing at once queue here and the
    // second sees the first's version; SQLite's single writer gives the same order.
    user::Entity::find_by_id(target.id)
        .lock_exclusive()
        .one(conn)
        .await?;
    let roles = store::users::roles_of(conn, &[target.id])
        .await?
        .remove(&target.id)
        .unwrap_or_default();
    if !roles.iter().any(|r| r == Role::Professional.as_str()) {
        return Err(ServiceError::Conflict(format!(
            "{} does not hold the professional role, so has no mandate",
            target.name
        )));
    }
    let latest = store::mandates::latest(conn, caller.organisation_id, target.id).await?;
    if let Some(latest) = &latest {
        match if_match {
            None => {
                return Err(ServiceError::PreconditionRequired(
                    "Send If-Match with the ETag of the current mandate version, so no change is overwritten unseen.".into(),
                ));
            }
            Some(tag) if !etag_matches(tag, latest.id) => {
                return Err(ServiceError::PreconditionFailed(
                    "The mandate was changed by someone else meanwhile: reload it and make your change again.".into(),
                ));
            }
            Some(_) => {}
        }
    }
    let mut invalid = Invalid::new();
    for error in draft.parse_errors {
        invalid.add(error.field, error.message);
    }
    let reason = invalid.check(
        "reason",
        text::optional_text(&draft.reason, 1000, true).and_then(|reason| {
            if reason.is_empty() {
                Err("is required: say why the mandate changes".to_owned())
            } else {
                Ok(reason)
            }
        }),
    );
    if let Some(latest) = &latest
        && draft.valid_from < latest.valid_from
    {
        invalid.add(
            "validFrom",
            format!(
                "must not be before the current version's start ({})",
                latest.valid_from
            ),
        );
    }
    check_terms(conn, caller, &draft.terms, &mut invalid).await?;
    invalid.finish()?;
    let model = mandate_version::Model {
        id: Uuid::now_v7(),
        organisation_id: caller.organisation_id,
        user_id: target.id,
        valid_from: draft.valid_from,
        reason: reason.ok_or(ServiceError::Internal)?,
        author_id: caller.user_id,
        period: draft.terms.period,
        period_limit_cents: draft.terms.period_limit.map(Cents::get),
        per_client_year_limit_cents: draft.terms.per_client_year_limit.map(Cents::get),
        rules: JsonText(draft.terms.rules.clone()),
        template_id,
        created_at: chrono::Utc::now(),
    };
    store::mandates::insert(conn, model.clone()).await?;
    // The audit record and the webhook event commit with the version.
    let mut changes = Changes::new(caller.organisation_id);
    changes.audit(store::audit::Record {
        organisation_id: caller.organisation_id,
        actor_id: Some(caller.user_id),
        action: "mandate_version.created".to_owned(),
        entity_type: "mandate_version",
        entity_id: Some(model.id),
        details: json!({
            "userId": target.id,
            "previousVersionId": latest.as_ref().map(|l| l.id),
            "after": {"validFrom": model.valid_from, "reason": model.reason, "terms": draft.terms, "templateId": template_id},
        }),
    });
    changes.announce(
        webhook::MANDATE_VERSION_CREATED,
        json!({
            "mandateVersionId": model.id,
            "userId": target.id,
            "previousVersionId": latest.as_ref().map(|l| l.id),
            "validFrom": model.valid_from,
            "period": model.period.as_str(),
            "periodLimitCents": model.period_limit_cents,
            "perClientYearLimitCents": model.per_client_year_limit_cents,
            "authorId": caller.user_id,
            "templateId": template_id,
        }),
        model.created_at,
    );
    changes.write(conn).await?;
    Ok(Version {
        model,
        terms: draft.terms,
        valid_until: None,
    })
}

/// The domain's validation of the terms plus the categories, which must be this organisation's.
pub(crate) async fn check_terms(
    conn: &impl ConnectionTrait,
    caller: &Caller,
    terms: &MandateTerms,
    invalid: &mut Invalid,
) -> Result<(), ServiceError> {
    for violation in validate(terms) {
        invalid.add(violation.field, violation.message);
    }
    for (index, rule) in terms.rules.iter().enumerate() {
        if store::categories::find(caller.organisation_id, rule.category_id)
            .one(conn)
            .await?
            .is_none()
        {
            invalid.add(
                format!("rules[{index}].categoryId"),
                "is not a category of this organisation",
            );
        }
    }
    Ok(())
}

/// ETags are the version id in quotes; weak tags and bare ids are accepted too. `*` ("any
/// version") is not: it would let an edit made on an old version overwrite a newer one unseen,
/// which is what the tag is there to prevent.
fn etag_matches(if_match: &str, id: Uuid) -> bool {
    if_match.split(',').map(str::trim).any(|tag| {
        let tag = tag.strip_prefix("W/").unwrap_or(tag).trim_matches('"');
        Uuid::parse_str(tag).is_ok_and(|t| t == id)
    })
}

pub fn etag(id: Uuid) -> String {
    format!("\"{id}\"")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn etags_match_quoted_weak_and_bare_ids() {
        let id = Uuid::now_v7();
        assert!(etag_matches(&etag(id), id));
        assert!(etag_matches(&format!("W/{}", etag(id)), id));
        assert!(etag_matches(&id.to_string(), id));
        assert!(
            !etag_matches("*", id),
            "only a real tag of the newest version passes"
        );
        assert!(!etag_matches(&format!("*, {}", etag(Uuid::now_v7())), id));
        assert!(!etag_matches(&etag(Uuid::now_v7()), id));
        assert!(!etag_matches("garbage", id));
    }
}
