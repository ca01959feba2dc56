//! `mandaat demo`: a realistic demo organisation, the municipality of Gemeente Rijnstede,
//! with two neighbourhood teams, people in every role and the usual kinds of custom decision.
//! Running it again changes nothing and prints the same log-in details.

mod decisions;

use chrono::{Datelike, NaiveDate};
use sea_orm::ConnectionTrait;
use uuid::Uuid;

use crate::{
    domain::{
        mandate::{
            CategoryRule, Cents, DecisionRight, MandateTerms, Period, PeriodKind, amsterdam_date,
        },
        privacy::DEFAULT_RETENTION_YEARS,
        role::Role,
    },
    service::{
        Caller, ServiceError, auth,
        mandates::{self, VersionDraft},
    },
    store::{self, columns::JsonText, db::Db, entities},
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
    (
        "Wijkteam Noord",
        "Sociaal wijkteam voor Noord en Havenkwartier",
    ),
    ("Wijkteam Zuid", "Sociaal wijkteam voor Zuid en De Akkers"),
];

const PEOPLE: [DemoPerson; 8] = [
    DemoPerson {
        name: "Fatima el Amrani",
        email: "fatima@rijnstede.demo",
        roles: &[Role::Professional],
        teams: &[("Wijkteam Noord", false)],
    },
    DemoPerson {
        name: "Joost de Vries",
        email: "joost@rijnstede.demo",
        roles: &[Role::Professional],
        teams: &[("Wijkteam Noord", false)],
    },
    DemoPerson {
        name: "Sanne Bakker",
        email: "sanne@rijnstede.demo",
        roles: &[Role::Professional],
        teams: &[("Wijkteam Zuid", false)],
    },
    DemoPerson {
        name: "Mehmet Yilmaz",
        email: "mehmet@rijnstede.demo",
        roles: &[Role::Professional],
        teams: &[("Wijkteam Zuid", false)],
    },
    DemoPerson {
        name: "Ingrid Jansen",
        email: "ingrid@rijnstede.demo",
        roles: &[Role::TeamLead, Role::Professional],
        teams: &[("Wijkteam Noord", true)],
    },
    DemoPerson {
        name: "Ruben Visser",
        email: "ruben@rijnstede.demo",
        roles: &[Role::TeamLead],
        teams: &[("Wijkteam Zuid", true)],
    },
    DemoPerson {
        name: "Carla Smit",
        email: "carla@rijnstede.demo",
        roles: &[Role::Controller],
        teams: &[],
    },
    DemoPerson {
        name: "Pieter Mulder",
        email: "beheer@rijnstede.demo",
        roles: &[Role::Admin],
        teams: &[],
    },
];

const CATEGORIES: [(&str, &str, Option<&str>); 6] = [
    (
        "financiele-ondersteuning",
        "Financiële ondersteuning",
        Some("Participatiewet art. 35 (bijzondere bijstand)"),
    ),
    (
        "huisvesting",
        "Huisvesting en dreigende uithuiszetting",
        None,
    ),
    (
        "schulden",
        "Schulden en betalingsachterstanden",
        Some("Wet gemeentelijke schuldhulpverlening"),
    ),
    (
        "afwijking-regel",
        "Afwijken van een regel (bijv. kostendelersnorm)",
        Some("Participatiewet art. 22a"),
    ),
    (
        "wmo-voorziening",
        "Wmo-voorziening",
        Some("Wmo 2015 art. 2.3.5"),
    ),
    (
        "jeugd-18-plus",
        "Jeugd 18-/18+ (overgang naar volwassenheid)",
        Some("Jeugdwet art. 1.1"),
    ),
];

pub async fn load(db: &Db) -> Result<(), Box<dyn std::error::Error>> {
    let created = load_organisation(db).await.map_err(|e| e.to_string())?;
    println!(
        "Demo organisation: {ORGANISATION} ({})",
        if created {
            "created"
        } else {
            "already present"
        }
    );
    println!("Every demo account has the password: {PASSWORD}");
    for person in &PEOPLE {
        let roles: Vec<&str> = person.roles.iter().map(|r| r.as_str()).collect();
        println!(
            "  {:<24} {:<26} {}",
            person.name,
            person.email,
            roles.join(", ")
        );
    }
    Ok(())
}

async fn load_organisation(db: &Db) -> Result<bool, ServiceError> {
    if store::organisations::find_by_name(db.conn(), ORGANISATION)
        .await?
        .is_some()
    {
        return Ok(false);
    }
    let password_hash = auth::hash_password_blocking(PASSWORD.to_owned()).await?;
    let now = chrono::Utc::now();
    let organisation_id = Uuid::now_v7();
    let tx = db.begin_write().await?;
    store::organisations::insert(
        &*tx,
        entities::organisation::Model {
            id: organisation_id,
            name: ORGANISATION.into(),
            created_at: now,
            retention_years: DEFAULT_RETENTION_YEARS,
        },
    )
    .await?;
    let mut team_ids = Vec::new();
    for (name, description) in TEAMS {
        let id = Uuid::now_v7();
        store::teams::insert(
            &*tx,
            entities::team::Model {
                id,
                organisation_id,
                name: name.into(),
                description: Some(description.into()),
                created_at: now,
                updated_at: now,
            },
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
    let mut categories = Vec::new();
    for (code, name, legal_basis) in CATEGORIES {
        let id = Uuid::now_v7();
        categories.push((code, id));
        store::categories::insert(
            &*tx,
            entities::category::Model {
                id,
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
    load_mandates(
        &*tx,
        organisation_id,
        &categories,
        &team_ids
            .iter()
            .map(|(name, id, _)| (*name, *id))
            .collect::<Vec<_>>(),
    )
    .await?;
    tx.commit().await?;
    decisions::load(db, organisation_id).await?;
    Ok(true)
}

/// A rule in euros, to keep the demo readable.
fn rule(
    category: Uuid,
    right: DecisionRight,
    alone: i64,
    with_approval: i64,
    period_limit: Option<i64>,
) -> CategoryRule {
    CategoryRule {
        category_id: category,
        right,
        autonomous_up_to: Cents::from_euros(alone),
        approval_up_to: Cents::from_euros(with_approval),
        period_limit: period_limit.map(Cents::from_euros),
    }
}

fn terms(period_limit: i64, per_client: i64, rules: Vec<CategoryRule>) -> MandateTerms {
    MandateTerms {
        period: PeriodKind::Quarter,
        period_limit: Some(Cents::from_euros(period_limit)),
        per_client_year_limit: Some(Cents::from_euros(per_client)),
        rules,
    }
}

async fn person(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    email: &'static str,
) -> Result<entities::user::Model, ServiceError> {
    store::users::find_by_email(conn, organisation_id, email)
        .await?
        .ok_or(ServiceError::Internal)
}

/// Mandates of this year: Fatima's grew in three steps, the others start from a template; the
/// teams have pots.
async fn load_mandates(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
    categories: &[(&str, Uuid)],
    teams: &[(&str, Uuid)],
) -> Result<(), ServiceError> {
    let category = |code: &str| {
        categories
            .iter()
            .find(|(c, _)| *c == code)
            .map(|(_, id)| *id)
            .unwrap_or_default()
    };
    let team = |name: &str| {
        teams
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, id)| *id)
            .unwrap_or_default()
    };
    let person = |email: &'static str| person(conn, organisation_id, email);
    let caller =
        |email: &'static str| async move { auth::caller_for(conn, person(email).await?).await };
    let year = amsterdam_date(chrono::Utc::now()).year();
    let day = |month: u32, day: u32| NaiveDate::from_ymd_opt(year, month, day).unwrap_or_default();
    let (financial, housing, debts, deviation, wmo, youth) = (
        category("financiele-ondersteuning"),
        category("huisvesting"),
        category("schulden"),
        category("afwijking-regel"),
        category("wmo-voorziening"),
        category("jeugd-18-plus"),
    );
    use DecisionRight::{Approval, Autonomous, Forbidden, FourEyes};
    let starter = terms(
        2_000,
        1_500,
        vec![
            rule(financial, Approval, 0, 1_000, Some(1_500)),
            rule(housing, Approval, 0, 750, None),
            rule(debts, FourEyes, 250, 1_000, None),
            rule(deviation, Approval, 0, 0, None),
            rule(wmo, Forbidden, 0, 0, None),
        ],
    );
    let senior = terms(
        6_000,
        3_000,
        vec![
            rule(financial, Autonomous, 750, 2_500, Some(4_000)),
            rule(housing, Autonomous, 750, 2_500, None),
            rule(debts, Autonomous, 500, 2_000, None),
            rule(deviation, FourEyes, 0, 0, None),
            rule(wmo, Approval, 0, 1_500, None),
            rule(youth, FourEyes, 500, 1_500, None),
        ],
    );
    for (name, description, terms) in [
        (
            "Starter",
            "Voor nieuwe consulenten: bijna alles met goedkeuring.",
            &starter,
        ),
        (
            "Senior consulent",
            "Ruime eigen beslisruimte voor ervaren consulenten.",
            &senior,
        ),
    ] {
        let now = chrono::Utc::now();
        store::templates::insert(
            conn,
            entities::mandate_template::Model {
                id: Uuid::now_v7(),
                organisation_id,
                name: name.into(),
                description: Some(description.into()),
                period: terms.period,
                period_limit_cents: terms.period_limit.map(Cents::get),
                per_client_year_limit_cents: terms.per_client_year_limit.map(Cents::get),
                rules: JsonText(terms.rules.clone()),
                created_by: person("ingrid@rijnstede.demo").await?.id,
                created_at: now,
                updated_at: now,
            },
        )
        .await?;
    }

    let ingrid = caller("ingrid@rijnstede.demo").await?;
    let ruben = caller("ruben@rijnstede.demo").await?;
    let admin = caller("beheer@rijnstede.demo").await?;
    // Fatima's mandate grew in steps: budget first, then more kinds of decisions.
    let steps = [
        (
            day(1, 5),
            "Start als consulent in Wijkteam Noord: financiële ondersteuning met goedkeuring",
            starter.clone(),
        ),
        (
            day(4, 1),
            "Eerste stap: kleine bedragen financiële ondersteuning zelfstandig tot €250",
            terms(
                3_000,
                2_000,
                vec![
                    rule(financial, Autonomous, 250, 1_500, Some(2_000)),
                    rule(housing, Approval, 0, 1_000, None),
                    rule(debts, FourEyes, 250, 1_000, None),
                    rule(deviation, Approval, 0, 0, None),
                    rule(wmo, Forbidden, 0, 0, None),
                ],
            ),
        ),
        (
            day(7, 1),
            "Tweede stap: huisvesting zelfstandig tot €750, afwijken van een regel met vier ogen",
            terms(
                4_000,
                2_000,
                vec![
                    rule(financial, Autonomous, 350, 1_500, Some(2_000)),
                    rule(housing, Autonomous, 750, 2_500, None),
                    rule(debts, FourEyes, 250, 1_000, None),
                    rule(deviation, FourEyes, 0, 0, None),
                    rule(wmo, Approval, 0, 1_000, None),
                ],
            ),
        ),
    ];
    let fatima = person("fatima@rijnstede.demo").await?;
    let mut latest: Option<Uuid> = None;
    for (valid_from, reason, terms) in steps {
        let tag = latest.map(mandates::etag);
        let draft = VersionDraft {
            valid_from,
            reason: reason.into(),
            terms,
            parse_errors: Vec::new(),
        };
        latest = Some(
            mandates::append_version(conn, &ingrid, &fatima, tag.as_deref(), draft, None)
                .await?
                .model
                .id,
        );
    }
    let plans: [(&Caller, &str, &MandateTerms, &str); 4] = [
        (
            &ingrid,
            "joost@rijnstede.demo",
            &senior,
            "Ervaren consulent: sjabloon Senior consulent",
        ),
        (
            &ruben,
            "sanne@rijnstede.demo",
            &senior,
            "Ervaren consulent: sjabloon Senior consulent",
        ),
        (
            &ruben,
            "mehmet@rijnstede.demo",
            &starter,
            "Nieuw in Wijkteam Zuid: sjabloon Starter",
        ),
        (
            &admin,
            "ingrid@rijnstede.demo",
            &senior,
            "Teamcoach die ook zelf casussen heeft",
        ),
    ];
    for (by, email, terms, reason) in plans {
        let target = person(email).await?;
        let draft = VersionDraft {
            valid_from: day(1, 5),
            reason: reason.into(),
            terms: terms.clone(),
            parse_errors: Vec::new(),
        };
        mandates::append_version(conn, by, &target, None, draft, None).await?;
    }

    let today = amsterdam_date(chrono::Utc::now());
    let now = chrono::Utc::now();
    for (team_name, kind, euros, by) in [
        ("Wijkteam Noord", PeriodKind::Quarter, 10_000, &ingrid),
        ("Wijkteam Zuid", PeriodKind::Year, 25_000, &ruben),
    ] {
        let period = Period::containing(kind, today);
        store::budget_pots::insert(
            conn,
            entities::team_budget_pot::Model {
                id: Uuid::now_v7(),
                organisation_id,
                team_id: team(team_name),
                period: kind,
                starts_on: period.start,
                limit_cents: Cents::from_euros(euros).get(),
                created_by: by.user_id,
                created_at: now,
                updated_at: now,
            },
        )
        .await?;
    }
    Ok(())
}
