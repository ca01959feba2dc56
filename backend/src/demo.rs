//! `mandaat demo`: a realistic demo organisation, the municipality of Gemeente Rijnstede,
//! with two neighbourhood teams, people in every role and the usual kinds of custom decision.
//! Running it again changes nothing and prints the same log-in details.

use crate::store::db::Db;
use uuid::Uuid;

use crate::{
    domain::role::Role,
    service::{ServiceError, auth},
    store::{self, entities},
};

pub const ORGANISATION: &str = "Gemeente Rijnstede (demo)";
pub const PASSWORD: &str = "demo-wachtwoord";

struct DemoPerson {
    name: &'static str,
    email: &'static str,
    roles: &'static [Role],
    teams: &'static [(&'static str, bool)],
}

const TEAMS: [(&str, &str); 2] = [
    ("Wijkteam Noord", "Sociaal wijkteam voor Noord en Havenkwartier"),
    ("Wijkteam Zuid", "Sociaal wijkteam voor Zuid en De Akkers"),
];

const PEOPLE: [DemoPerson; 8] = [
    DemoPerson { name: "Fatima el Amrani", email: "fatima@rijnstede.demo", roles: &[Role::Professional], teams: &[("Wijkteam Noord", false)] },
    DemoPerson { name: "Joost de Vries", email: "joost@rijnstede.demo", roles: &[Role::Professional], teams: &[("Wijkteam Noord", false)] },
    DemoPerson { name: "Sanne Bakker", email: "sanne@rijnstede.demo", roles: &[Role::Professional], teams: &[("Wijkteam Zuid", false)] },
    DemoPerson { name: "Mehmet Yilmaz", email: "mehmet@rijnstede.demo", roles: &[Role::Professional], teams: &[("Wijkteam Zuid", false)] },
    DemoPerson { name: "Ingrid Jansen", email: "ingrid@rijnstede.demo", roles: &[Role::TeamLead, Role::Professional], teams: &[("Wijkteam Noord", true)] },
    DemoPerson { name: "Ruben Visser", email: "ruben@rijnstede.demo", roles: &[Role::TeamLead], teams: &[("Wijkteam Zuid", true)] },
    DemoPerson { name: "Carla Smit", email: "carla@rijnstede.demo", roles: &[Role::Controller], teams: &[] },
    DemoPerson { name: "Pieter Mulder", email: "beheer@rijnstede.demo", roles: &[Role::Admin], teams: &[] },
];

const CATEGORIES: [(&str, &str, Option<&str>); 6] = [
    ("financiele-ondersteuning", "Financiële ondersteuning", Some("Participatiewet art. 35 (bijzondere bijstand)")),
    ("huisvesting", "Huisvesting en dreigende uithuiszetting", None),
    ("schulden", "Schulden en betalingsachterstanden", Some("Wet gemeentelijke schuldhulpverlening")),
    ("afwijking-regel", "Afwijken van een regel (bijv. kostendelersnorm)", Some("Participatiewet art. 22a")),
    ("wmo-voorziening", "Wmo-voorziening", Some("Wmo 2015 art. 2.3.5")),
    ("jeugd-18-plus", "Jeugd 18-/18+ (overgang naar volwassenheid)", Some("Jeugdwet art. 1.1")),
];

pub async fn load(db: &Db) -> Result<(), Box<dyn std::error::Error>> {
    let created = load_organisation(db).await.map_err(|e| e.to_string())?;
    println!("Demo organisation: {ORGANISATION} ({})", if created { "created" } else { "already present" });
    println!("Every demo account has the password: {PASSWORD}");
    for person in &PEOPLE {
        let roles: Vec<&str> = person.roles.iter().map(|r| r.as_str()).collect();
        println!("  {:<24} {:<26} {}", person.name, person.email, roles.join(", "));
    }
    Ok(())
}

async fn load_organisation(db: &Db) -> Result<bool, ServiceError> {
    if store::organisations::find_by_name(db.conn(), ORGANISATION).await?.is_some() {
        return Ok(false);
    }
    let password_hash = auth::hash_password_blocking(PASSWORD.to_owned()).await?;
    let now = chrono::Utc::now();
    let organisation_id = Uuid::now_v7();
    let tx = db.begin_write().await?;
    store::organisations::insert(&*tx, entities::organisation::Model { id: organisation_id, name: ORGANISATION.into(), created_at: now }).await?;
    let mut team_ids = Vec::new();
    for (name, description) in TEAMS {
        let id = Uuid::now_v7();
        store::teams::insert(
            &*tx,
            entities::team::Model { id, organisation_id, name: name.into(), description: Some(description.into()), created_at: now, updated_at: now },
        )
        .await?;
        team_ids.push((name, id, Vec::<(Uuid, bool)>::new()));
    }
    for person in &PEOPLE {
        let id = Uuid::now_v7();
        store::users::insert(
            &*tx,
            entities::user::Model {
                id,
                organisation_id,
                name: person.name.into(),
                email: person.email.into(),
                // One hash for all demo accounts: they share a password, and hashing eight times
                // would only slow the command down.
                password_hash: Some(password_hash.clone()),
                external_subject: None,
                active: true,
                created_at: now,
                updated_at: now,
            },
        )
        .await?;
        let roles: Vec<&str> = person.roles.iter().map(|r| r.as_str()).collect();
        store::users::replace_roles(&*tx, id, &roles).await?;
        for (team, is_lead) in person.teams {
            if let Some((_, _, members)) = team_ids.iter_mut().find(|(name, _, _)| name == team) {
                members.push((id, *is_lead));
            }
        }
    }
    for (_, team_id, members) in &team_ids {
        store::teams::replace_members(&*tx, *team_id, members).await?;
    }
    for (code, name, legal_basis) in CATEGORIES {
        store::categories::insert(
            &*tx,
            entities::category::Model {
                id: Uuid::now_v7(),
                organisation_id,
                code: code.into(),
                name: name.into(),
                legal_basis: legal_basis.map(str::to_owned),
                description: None,
                active: true,
                created_at: now,
                updated_at: now,
            },
        )
        .await?;
    }
    tx.commit().await?;
    Ok(true)
}
