//! The demo's decisions: several months of realistic custom decisions in every status, logged
//! and moved through the workflow by the same service functions the API uses.

use chrono::{Duration, Utc};
use uuid::Uuid;

use crate::{
    domain::decision::{Draft, ReviewOutcome, Status},
    service::{
        Caller, ServiceError, auth,
        decisions::{self, Action, Step},
    },
    store::{self, db::Db},
};

/// A kind of situation professionals meet, as a category code and the texts of a decision.
struct Scenario {
    category: &'static str,
    title: &'static str,
    situation: &'static str,
    solution: &'static str,
    rationale: &'static str,
    deviates_from: Option<&'static str>,
}

const SCENARIOS: [Scenario; 8] = [
    Scenario {
        category: "financiele-ondersteuning",
        title: "Wasmachine voor gezin met jonge kinderen",
        situation: "Alleenstaande moeder met drie kinderen; de wasmachine is kapot en er is geen buffer.",
        solution: "Vandaag een eenvoudige wasmachine gekocht en laten bezorgen.",
        rationale: "Zes weken wachten op bijzondere bijstand is voor dit gezin niet verantwoord.",
        deviates_from: None,
    },
    Scenario {
        category: "huisvesting",
        title: "Huurachterstand betaald om uithuiszetting te voorkomen",
        situation: "Twee maanden huurachterstand na baanverlies; de verhuurder dreigt met ontruiming.",
        solution: "Eenmalig de achterstand betaald uit het maatwerkbudget, met afspraak over budgetcoaching.",
        rationale: "Een uithuiszetting kost de gemeente en het gezin vele malen meer.",
        deviates_from: None,
    },
    Scenario {
        category: "afwijking-regel",
        title: "Kostendelersnorm niet toegepast bij mantelzorg",
        situation: "Volwassen zoon trekt tijdelijk in om zijn zieke moeder te verzorgen.",
        solution: "De kostendelersnorm wordt een jaar lang niet toegepast op de uitkering van moeder.",
        rationale: "Zonder deze uitzondering stopt de mantelzorg en is zwaardere zorg nodig.",
        deviates_from: Some("Participatiewet art. 22a (kostendelersnorm)"),
    },
    Scenario {
        category: "jeugd-18-plus",
        title: "Begeleiding voortgezet na achttiende verjaardag",
        situation: "Jongere werd 18 en viel uit de jeugdhulp, terwijl de opleiding net loopt.",
        solution: "Begeleiding drie maanden voortgezet tot de Wmo-indicatie rond is.",
        rationale: "Een breuk in de begeleiding zet de opleiding en de woonplek op het spel.",
        deviates_from: None,
    },
    Scenario {
        category: "schulden",
        title: "Kleine schuld afgelost om beslaglegging te stoppen",
        situation: "Een openstaande zorgverzekeringsrekening leidt tot beslag op de toeslag.",
        solution: "Schuld afgelost en aanmelding bij schuldhulpverlening gedaan.",
        rationale: "Het beslag maakte het leefgeld onhoudbaar; snelle aflossing voorkomt stapeling.",
        deviates_from: None,
    },
    Scenario {
        category: "wmo-voorziening",
        title: "Tijdelijke traplift gehuurd",
        situation: "Na een heupoperatie kan meneer de trap naar zijn slaapkamer niet op.",
        solution: "Een traplift voor drie maanden gehuurd in afwachting van de herindicatie.",
        rationale: "Zonder lift moet meneer tijdelijk naar een verpleeghuis.",
        deviates_from: None,
    },
    Scenario {
        category: "financiele-ondersteuning",
        title: "Reiskosten naar werkervaringsplek vergoed",
        situation: "Bewoner start een werkervaringsplek maar kan de bus niet betalen.",
        solution: "Een maandabonnement vergoed voor de eerste drie maanden.",
        rationale: "De werkervaringsplek is de eerste stap naar betaald werk.",
        deviates_from: None,
    },
    Scenario {
        category: "huisvesting",
        title: "Borg voor kamer betaald na dakloosheid",
        situation: "Jonge man slaapt bij vrienden op de bank en kan een kamer krijgen, maar heeft geen borg.",
        solution: "De borg voorgeschoten met een terugbetaalafspraak.",
        rationale: "Een eigen adres is nodig voor inschrijving, uitkering en werk.",
        deviates_from: None,
    },
];

/// One demo decision: author, scenario, amount in euros, days ago, urgent, what happens next,
/// and by whom.
type Planned<'a> = (&'a Caller, usize, i64, i64, bool, Then, Option<&'a Caller>);

/// What happens to a demo decision after it is logged.
#[derive(Clone, Copy)]
enum Then {
    Nothing,
    Approve,
    Reject,
    Withdraw,
    Cosign,
    Review(bool),
}

pub(super) async fn load(db: &Db, organisation_id: Uuid) -> Result<(), ServiceError> {
    let caller = |email: &'static str| async move {
        let user = store::users::find_by_email(db.conn(), organisation_id, email)
            .await?
            .ok_or(ServiceError::Internal)?;
        auth::caller_for(db.conn(), user).await
    };
    let fatima = caller("fatima@rijnstede.demo").await?;
    let joost = caller("joost@rijnstede.demo").await?;
    let sanne = caller("sanne@rijnstede.demo").await?;
    let mehmet = caller("mehmet@rijnstede.demo").await?;
    let ingrid = caller("ingrid@rijnstede.demo").await?;
    let ruben = caller("ruben@rijnstede.demo").await?;
    let categories = store::categories::page(db.conn(), organisation_id, None, 100).await?;
    let logbook = decisions::Logbook::new(db.clone());
    let category = |code: &str| {
        categories
            .iter()
            .find(|c| c.code == code)
            .map(|c| c.id)
            .ok_or(ServiceError::Internal)
    };

    let plan: Vec<Planned> = vec![
        (&fatima, 0, 320, 120, false, Then::Nothing, None),
        (&fatima, 1, 650, 110, false, Then::Approve, Some(&ingrid)),
        (&fatima, 2, 0, 100, false, Then::Approve, Some(&ingrid)),
        (&joost, 3, 900, 95, false, Then::Nothing, None),
        (&joost, 4, 480, 90, false, Then::Nothing, None),
        (&sanne, 5, 1200, 85, false, Then::Approve, Some(&ruben)),
        (&mehmet, 0, 280, 80, false, Then::Approve, Some(&ruben)),
        (&mehmet, 1, 1400, 75, true, Then::Review(true), Some(&ruben)),
        (&fatima, 6, 95, 70, false, Then::Nothing, None),
        (&sanne, 7, 450, 60, false, Then::Nothing, None),
        (&fatima, 1, 2100, 55, false, Then::Reject, Some(&ingrid)),
        (&joost, 0, 300, 50, false, Then::Nothing, None),
        (&mehmet, 4, 350, 45, false, Then::Withdraw, None),
        (&fatima, 4, 200, 40, false, Then::Cosign, Some(&joost)),
        (&sanne, 2, 0, 35, true, Then::Review(false), Some(&ruben)),
        (&joost, 5, 800, 30, false, Then::Approve, Some(&ingrid)),
        (&fatima, 7, 400, 21, false, Then::Nothing, None),
        (&mehmet, 6, 120, 14, false, Then::Approve, Some(&ruben)),
        (&fatima, 3, 600, 7, false, Then::Nothing, None),
        (&sanne, 1, 2800, 5, false, Then::Nothing, None),
        (&fatima, 2, 0, 3, false, Then::Nothing, None),
        (&mehmet, 5, 900, 2, true, Then::Nothing, None),
        (&joost, 6, 60, 1, false, Then::Nothing, None),
    ];
    let now = Utc::now();
    for (index, (author, scenario, euros, days_ago, urgent, then, by)) in
        plan.into_iter().enumerate()
    {
        let scenario = &SCENARIOS[scenario];
        let draft = Draft {
            id: None,
            category_id: category(scenario.category)?,
            client_ref: format!("ZAAK-2026-{:04}", 101 + index),
            amount_cents: euros * 100,
            title: scenario.title.into(),
            situation: scenario.situation.into(),
            solution: scenario.solution.into(),
            rationale: scenario.rationale.into(),
            deviates_from: scenario.deviates_from.map(str::to_owned),
            decided_at: now - Duration::days(days_ago) - Duration::hours(3),
            urgent,
            case_url: None,
            client_verdict: None,
            team_id: None,
        };
        let (view, _) = decisions::create(&logbook, author, None, draft).await?;
        let id = view.model.id;
        let status = view.model.status;
        let waiting = matches!(status, Status::AwaitingApproval | Status::AwaitingCosign);
        let step = |step: Step, comment: Option<&str>| {
            Some(Action::Step {
                step,
                comment: comment.map(str::to_owned),
            })
        };
        let action = match then {
            Then::Nothing => None,
            Then::Approve if waiting => step(Step::Approve, Some("Goed onderbouwd, akkoord.")),
            Then::Reject if status == Status::AwaitingApproval => step(
                Step::Reject,
                Some("Liever via de reguliere bijzondere bijstand."),
            ),
            Then::Withdraw if waiting => step(Step::Withdraw, Some("Ouders lossen het zelf op.")),
            Then::Cosign if status == Status::AwaitingCosign => step(Step::Cosign, None),
            Then::Review(backed) if status == Status::RecordedUrgent => Some(Action::Review {
                outcome: if backed {
                    ReviewOutcome::Backed
                } else {
                    ReviewOutcome::NotBacked
                },
                learning: if backed {
                    "Terecht direct gehandeld; volgende keer dezelfde dag een kort bericht aan de teamcoach.".into()
                } else {
                    "Dit had een dag kunnen wachten; eerst samen de reguliere route verkennen."
                        .into()
                },
                comment: None,
            }),
            _ => None,
        };
        if let Some(action) = action {
            let actor = match then {
                Then::Withdraw => author,
                _ => by.unwrap_or(author),
            };
            decisions::act(db, actor, id, action).await?;
        }
        if index % 4 == 1 && status != Status::AwaitingApproval {
            let reflection = Action::Reflect {
                outcome: "Het gezin staat er na drie maanden stabiel voor; geen nieuwe schulden."
                    .into(),
                worked: Some(true),
            };
            decisions::act(db, author, id, reflection).await?;
        }
    }
    Ok(())
}
