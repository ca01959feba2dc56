//! `mandaat seed --decisions N`: N decisions of the past two years, shaped like a busy team's:
//! mostly within the mandate, some co-signed or approved (a few rejected or withdrawn), some
//! urgent and reviewed, the youngest still waiting. Each has its events (created, the step that
//! settled it, sometimes a reflection) and its net ledger bookings.
//!
//! Rows are written directly in batches, not through the service: the audit trail does not
//! record them, and an approved decision books one commitment rather than a reservation and its
//! release. Amounts are small, so the demo's budgets for this month stay usable.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{ConnectionTrait, DbErr, EntityTrait, IntoActiveModel};
use serde_json::json;
use uuid::Uuid;

use super::{BATCH, Bookings, Population, Random};
use crate::{
    demo,
    domain::{
        decision::{Status, initial_status},
        mandate::{Verdict, amsterdam_date},
    },
    service::{
        ServiceError,
        decisions::{event, ledger_entry},
    },
    store::{
        self,
        db::Db,
        entities::{decision, decision_event},
        report_totals::{self, StepCounts},
    },
};

/// Decisions per insert statement: their columns stay under SQLite's bound-parameter limit.
const DECISIONS_PER_STATEMENT: usize = 500;

pub async fn decisions(db: &Db, count: u64) -> Result<(), Box<dyn std::error::Error>> {
    let seeded = seed(db, count).await.map_err(|e| e.to_string())?;
    println!("{seeded} decisions added to {}", demo::ORGANISATION);
    Ok(())
}

/// One synthetic decision with what happened to it.
struct Synthetic {
    decision: decision::Model,
    events: Vec<decision_event::Model>,
    steps: StepCounts,
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
    while written < count {
        let size = BATCH.min((count - written) as usize);
        let mut bookings = Bookings::default();
        let mut decisions = Vec::with_capacity(size);
        let mut events = Vec::with_capacity(size * 2);
        let mut totals = Vec::with_capacity(size);
        let mut steps = StepCounts::default();
        for _ in 0..size {
            let synthetic = context.decision(&mut random);
            book(&mut bookings, &synthetic.decision, context.now);
            totals.push(report_totals::decision_row(
                &synthetic.decision,
                &synthetic.decision.status,
                1,
            ));
            steps.extend(synthetic.steps);
            decisions.push(synthetic.decision);
            events.extend(synthetic.events);
        }
        let tx = db.begin_write().await?;
        insert(&*tx, decisions, events).await?;
        report_totals::add_decisions(&*tx, totals).await?;
        report_totals::add_steps(&*tx, steps).await?;
        bookings.write(&*tx, population.organisation_id).await?;
        tx.commit().await?;
        written += size as u64;
    }
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
    fn decision(&self, random: &mut Random) -> Synthetic {
        let population = self.population;
        let professional = *random.pick(&population.professionals);
        let team_id = population.team_of(professional);
        let age = Duration::seconds(random.below(730 * 24 * 3600) as i64);
        let decided_at = self.now - age;
        let recorded_at = decided_at + Duration::minutes(random.below(240) as i64);
        let roll = random.below(100);
        let (verdict, urgent) = match roll {
            0..72 => ("within_mandate", false),
            72..82 => ("needs_four_eyes", false),
            82..95 => ("needs_approval", random.below(20) == 0),
            _ => ("outside_mandate", random.below(10) < 6),
        };
        // Recent ones still wait, and so does the odd one nobody got round to.
        let young = age < Duration::days(3) || random.below(100) == 0;
        let settle = random.below(100);
        let (status, step) = match (verdict, urgent) {
            ("within_mandate", _) => (Status::Recorded, None),
            (_, true) if young || age < Duration::days(14) => (Status::RecordedUrgent, None),
            (_, true) => (Status::Reviewed, Some("reviewed")),
            ("needs_four_eyes", _) if young => (Status::AwaitingCosign, None),
            ("needs_four_eyes", _) => (Status::Recorded, Some("cosigned")),
            _ if young => (Status::AwaitingApproval, None),
            _ if settle < 82 => (Status::Approved, Some("approved")),
            _ if settle < 93 => (Status::Rejected, Some("rejected")),
            _ => (Status::Withdrawn, Some("withdrawn")),
        };
        let title = *random.pick(&TITLES);
        let model = decision::Model {
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
            verdict: verdict.into(),
            explanation: "[]".into(),
            mandate_version_id: self
                .versions
                .iter()
                .find(|(user, _)| *user == professional)
                .and_then(|(_, version)| *version),
            status: status.as_str().into(),
            case_url: None,
            updated_at: recorded_at,
        };
        let mut events = vec![event(
            &model,
            "created",
            professional,
            recorded_at,
            None,
            json!({"verdict": verdict, "status": first_status(verdict, urgent)}),
        )];
        // Most steps are taken within a day, a tail takes a week or more.
        let hours = match random.below(100) {
            0..60 => random.below(8),
            60..90 => 8 + random.below(40),
            _ => 48 + random.below(200),
        } as i64;
        let settled_at =
            (recorded_at + Duration::hours(hours) + Duration::minutes(17)).min(self.now);
        let mut steps = StepCounts::default();
        if let Some(step) = step {
            let actor = match step {
                "withdrawn" => professional,
                "cosigned" => self.colleague_of(professional, team_id, random),
                _ => self.lead_of(team_id, professional),
            };
            let outcome = match step {
                "reviewed" if random.below(5) == 0 => "not_backed",
                "reviewed" => "backed",
                _ => "",
            };
            let data = match step {
                "reviewed" => {
                    json!({"outcome": outcome, "learning": "Besproken in het teamoverleg."})
                }
                _ => json!({"to": status.as_str()}),
            };
            events.push(event(&model, step, actor, settled_at, None, data));
            steps.count(&model, step, outcome, settled_at);
        }
        if status != Status::Withdrawn && random.below(12) == 0 {
            let worked = random.below(4) != 0;
            let at = (settled_at + Duration::days(30)).min(self.now);
            events.push(event(
                &model,
                "reflected",
                professional,
                at,
                None,
                json!({"outcome": "Terugblik na een maand.", "worked": worked}),
            ));
            let result = if worked { "worked" } else { "did_not_work" };
            steps.count(&model, "reflected", result, at);
        }
        Synthetic {
            decision: model,
            events,
            steps,
        }
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

fn first_status(verdict: &str, urgent: bool) -> &'static str {
    Verdict::parse(verdict).map_or("recorded", |v| initial_status(v, urgent, None).as_str())
}

/// The decision's net effect on the ledger: waiting ones hold a reservation, settled ones a
/// commitment, rejected and withdrawn ones a reservation and its release.
fn book(bookings: &mut Bookings, decision: &decision::Model, now: DateTime<Utc>) {
    let amount = decision.amount_cents;
    let entry = |kind: &str, amount: i64| ledger_entry(decision, kind, amount, now);
    match Status::parse(&decision.status) {
        Some(Status::AwaitingCosign | Status::AwaitingApproval) => {
            bookings.add(entry("reservation", amount), amount, 0);
        }
        Some(Status::Rejected | Status::Withdrawn) => {
            bookings.add(entry("reservation", amount), amount, 0);
            bookings.add(entry("release", -amount), -amount, 0);
        }
        _ => bookings.add(entry("commitment", amount), 0, amount),
    }
}

async fn insert(
    conn: &impl ConnectionTrait,
    decisions: Vec<decision::Model>,
    events: Vec<decision_event::Model>,
) -> Result<(), DbErr> {
    for chunk in decisions.chunks(DECISIONS_PER_STATEMENT) {
        decision::Entity::insert_many(chunk.iter().cloned().map(|d| d.into_active_model()))
            .exec_without_returning(conn)
            .await?;
    }
    for chunk in events.chunks(BATCH) {
        decision_event::Entity::insert_many(chunk.iter().cloned().map(|e| e.into_active_model()))
            .exec_without_returning(conn)
            .await?;
    }
    Ok(())
}
