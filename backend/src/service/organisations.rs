//! Setting up an organisation: `bootstrap` creates it with its first admin.

use crate::store::db::Db;
use uuid::Uuid;

use super::{ServiceError, auth};
use crate::{
    domain::{email::Email, invalid::Invalid, privacy::DEFAULT_RETENTION_YEARS, role::Role, text},
    store::{self, changes::Changes, entities},
};

pub struct BootstrapOutcome {
    pub organisation_id: Uuid,
    pub created: bool,
}

/// Creates the organisation and its admin; running it again with the same organisation and
/// e-mail changes nothing (the existing admin keeps their password).
pub async fn bootstrap(
    db: &Db,
    organisation: &str,
    admin_email: &str,
    admin_password: &str,
) -> Result<BootstrapOutcome, ServiceError> {
    let mut invalid = Invalid::new();
    let name = invalid.check("org", text::required_line(organisation, 200));
    let email = invalid.check("adminEmail", Email::parse(admin_email));
    invalid.check(
        "adminPassword",
        auth::check_password_strength(admin_password),
    );
    invalid.finish()?;
    let (Some(name), Some(email)) = (name, email) else {
        return Err(ServiceError::Internal);
    };
    let password_hash = auth::hash_password_blocking(admin_password.to_owned()).await?;

    let tx = db.begin_write().await?;
    let now = chrono::Utc::now();
    let (organisation_id, mut created) =
        match store::organisations::find_by_name(&*tx, &name).await? {
            Some(existing) => (existing.id, false),
            None => {
                let id = Uuid::now_v7();
                store::organisations::insert(
                    &*tx,
                    entities::organisation::Model {
                        id,
                        name,
                        created_at: now,
                        retention_years: DEFAULT_RETENTION_YEARS,
                    },
                )
                .await?;
                (id, true)
            }
        };
    if store::users::find_by_email(&*tx, organisation_id, email.as_str())
        .await?
        .is_none()
    {
        let user_id = Uuid::now_v7();
        store::users::insert(
            &*tx,
            entities::user::Model {
                id: user_id,
                organisation_id,
                name: "Functioneel beheerder".into(),
                email: email.into_string(),
                password_hash: Some(password_hash),
                external_subject: None,
                active: true,
                created_at: now,
                updated_at: now,
            },
        )
        .await?;
        store::users::replace_roles(&*tx, user_id, &[Role::Admin.as_str()]).await?;
        let mut changes = Changes::new(organisation_id);
        changes.audit(store::audit::Record {
            organisation_id,
            actor_id: None,
            action: "user.bootstrapped".into(),
            entity_type: "user",
            entity_id: Some(user_id),
            details: serde_json::json!({"after": {"roles": [Role::Admin.as_str()]}}),
        });
        changes.write(&*tx).await?;
        created = true;
    }
    tx.commit().await?;
    Ok(BootstrapOutcome {
        organisation_id,
        created,
    })
}
