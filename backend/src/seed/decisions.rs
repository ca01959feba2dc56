//! `mandaat seed --decisions N`: N decisions of the past two years, shaped like a busy team's:
//! mostly within the mandate, some co-signed or approved (a few rejected or withdrawn), some
//! urgent and reviewed, the youngest still waiting. Each has its events (created, the step that
//! settled it, sometimes a reflection) and its net ledger bookings.
//!
//! Rows are written directly in batches, not through the service, but through the same
//! [`Changes`] and the same domain rules: each decision's status follows from its verdict and the
//! step taken on it, and its bookings are those of that path. The audit trail does not record
//! them (it records real changes). Amounts are small, so the demo's budgets for this month stay
//! usable.

use chrono::{DateTime, Duration, Utc};
use uuid::Uuid;

use super::{BATCH, Population, Random};
use crate::{
    demo,
    domain::{
        decision::{
            EventData, EventKind, ReflectionResult, ReviewOutcome, Status, Transition,
            initial_booking, initial_status, transition,
        },
        mandate::{Verdict, amsterdam_date},
    },
    service::ServiceError,
    store::{self, changes::Changes, columns::JsonText, db::Db},
};

pub async fn decisions(db: &Db, count: u64) -> Result<(), Box<dyn std::error::Error>> {
    let seeded = seed(db, count).await.map_err(|e| e.to_string())?;
    println!("{seeded} decisions added to {}", demo::ORGANISATION);
    Ok(())
}

async fn seed(db: &Db, count: u64) -> Result<u64, ServiceError> {
    let population = Population::of_demo(db).await?;
    let conn = db.conn();
    let team_ids: Vec<Uuid> = population.memberships.iter().map(|m| m.team_id).collect();
    let members = store::teams::members_of_teams(conn, &team_ids).await?;
    let mut versions = Vec::new();
    for professional in &population.professionals {
        let latest =
            store::mandates::latest(conn, population.organisation_id, *professional).await?;
        versions.push((*professional, latest.map(|v| v.id)));
    }
    let context = Context {
        population: &population,
        members: &members,
        versions: &versions,
        now: Utc::now(),
    };
    let mut random = Random::new();
    let mut written = 0;
    let progress = crate::progress::counting(count, "decisions");
    while written < count {
        let size = BATCH.min((count - written) as usize);
        let mut changes = Changes::unaudited(population.organisation_id);
        for _ in 0..size {
            context.decision(&mut random, &mut changes);
        }
        let tx = db.begin_write().await?;
        changes.write(&*tx).await?;
        tx.commit().await?;
        written += size as u64;
        progress.inc(size as u64);
    }
    progress.finish_and_clear();
    Ok(written)
}

struct Context<'a> {
    population: &'a Population,
    members: &'a [store::entities::team_member::Model],
    versions: &'a [(Uuid, Option<Uuid>)],
    now: DateTime<Utc>,
}

const TITLES: [&str; 6] = [
    "Wasmachine vervangen",
    "Huurachterstand overgenomen",
    "Kostendelersnorm tijdelijk niet toegepast",
    "Begeleiding na 18 voortgezet",
    "Schuld bij energieleverancier afgelost",
    "Traplift versneld geplaatst",
];

impl Context<'_> {
    /// Adds one synthetic decision, with what happened to it, to `changes`.
    fn decision(&self, random: &mut Random, changes: &mut Changes) {
        let population = self.population;
        let professional = *random.pick(&population.professionals);
        let team_id = population.team_of(professional);
        let age = Duration::seconds(random.below(730 * 24 * 3600) as i64);
        let decided_at = self.now - age;
        let recorded_at = decided_at + Duration::minutes(random.below(240) as i64);
        let roll = random.below(100);
        let (verdict, urgent) = match roll {
            0..72 => (Verdict::WithinMandate, false),
            72..82 => (Verdict::NeedsFourEyes, false),
            82..95 => (Verdict::NeedsApproval, random.below(20) == 0),
            _ => (Verdict::OutsideMandate, random.below(10) < 6),
        };
        let first = initial_status(verdict, urgent, None);
        // Recent ones still wait, and so does the odd one nobody got round to.
        let young = age < Duration::days(3) || random.below(100) == 0;
        let settle = random.below(100);
        let step = match first {
            Status::RecordedUrgent if young || age < Duration::days(14) => None,
            Status::RecordedUrgent => Some(Transition::Review),
            Status::AwaitingCosign if young => None,
            Status::AwaitingCosign => Some(Transition::Cosign),
            Status::AwaitingApproval if young => None,
            Status::AwaitingApproval if settle < 82 => Some(Transition::Approve),
            Status::AwaitingApproval if settle < 93 => Some(Transition::Reject),
            Status::AwaitingApproval => Some(Transition::Withdraw),
            _ => None,
        };
        let title = *random.pick(&TITLES);
        let mut model = store::entities::decision::Model {
            // Time-ordered ids from when it was recorded, so lists order them as if logged then.
            id: Uuid::new_v7(uuid::Timestamp::from_unix(
                uuid::NoContext,
                recorded_at.timestamp() as u64,
                recorded_at.timestamp_subsec_nanos(),
            )),
            organisation_id: population.organisation_id,
            professional_id: professional,
            team_id,
            category_id: *random.pick(&population.categories),
            client_ref: format!("SEED-{:05}", random.below(20_000)),
            amount_cents: (random.below(60) as i64 + 1) * 50,
            title: title.into(),
            situation: format!("{title}: de situatie bij het huisbezoek."),
            solution: "Direct geregeld met de cliënt.".into(),
            rationale: "Sneller en goedkoper dan de reguliere route.".into(),
            deviates_from: (random.below(10) == 0)
                .then(|| "Participatiewet art. 22a (kostendelersnorm)".into()),
            decided_at,
            decided_on: amsterdam_date(decided_at),
            recorded_at,
            urgent,
            client_verdict: None,
            verdict,
            explanation: JsonText(Vec::new()),
            mandate_version_id: self
                .versions
                .iter()
                .find(|(user, _)| *user == professional)
                .and_then(|(_, version)| *version),
            status: first,
            case_url: None,
            updated_at: recorded_at,
            erased_at: None,
        };
        let amount = model.amount_cents;
        changes.book(&model, initial_booking(first).entries(amount), recorded_at);
        let data = EventData::Created {
            verdict,
            status: first,
            client_verdict: None,
        };
        changes.event(
            &model,
            EventKind::Created,
            data,
            professional,
            recorded_at,
            None,
        );
        // Most steps are taken within a day, a tail takes a week or more.
        let hours = match random.below(100) {
            0..60 => random.below(8),
            60..90 => 8 + random.below(40),
            _ => 48 + random.below(200),
        } as i64;
        let settled_at =
            (recorded_at + Duration::hours(hours) + Duration::minutes(17)).min(self.now);
        if let Some(step) = step
            && let Ok((to, effect)) = transition(first, step)
        {
            let actor = match step {
                Transition::Withdraw => professional,
                Transition::Cosign => self.colleague_of(professional, team_id, random),
                _ => self.lead_of(team_id, professional),
            };
            changes.book(&model, effect.entries(amount), settled_at);
            let kind = step.event();
            let data = if step == Transition::Review {
                let outcome = if random.below(5) == 0 {
                    ReviewOutcome::NotBacked
                } else {
                    ReviewOutcome::Backed
                };
                changes.count_step(&model, kind, outcome.as_str(), settled_at);
                EventData::Reviewed {
                    from: first,
                    to,
                    outcome,
                    learning: "Besproken in het teamoverleg.".into(),
                }
            } else {
                changes.count_step(&model, kind, "", settled_at);
                EventData::Moved { from: first, to }
            };
            changes.event(&model, kind, data, actor, settled_at, None);
            model.status = to;
            model.updated_at = settled_at;
        }
        if model.status != Status::Withdrawn && random.below(12) == 0 {
            let worked = random.below(4) != 0;
            let at = (settled_at + Duration::days(30)).min(self.now);
            let result = ReflectionResult::of(Some(worked));
            changes.count_step(&model, EventKind::Reflected, result.as_str(), at);
            let data = EventData::Reflected {
                outcome: "Terugblik na een maand.".into(),
                worked: Some(worked),
            };
            changes.event(&model, EventKind::Reflected, data, professional, at, None);
        }
        changes.insert_decision(model);
    }

    /// A lead of the team who is not the author; the author's own id when the team has none.
    fn lead_of(&self, team: Option<Uuid>, author: Uuid) -> Uuid {
        self.members
            .iter()
            .find(|m| Some(m.team_id) == team && m.is_lead && m.user_id != author)
            .map_or(author, |m| m.user_id)
    }

    fn colleague_of(&self, author: Uuid, team: Option<Uuid>, random: &mut Random) -> Uuid {
        let colleagues: Vec<Uuid> = self
            .members
            .iter()
            .filter(|m| Some(m.team_id) == team && m.user_id != author && !m.is_lead)
            .map(|m| m.user_id)
            .collect();
        if colleagues.is_empty() {
            self.lead_of(team, author)
        } else {
            *random.pick(&colleagues)
        }
    }
}
