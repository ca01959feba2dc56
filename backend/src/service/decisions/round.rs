//! Booking a round: the decisions of one organisation that queued together are checked against
//! the ledger and stored in one write turn, one after another as if each had its own turn.
//!
//! Each decision is judged on the ledger totals read at the start of the round plus what the
//! decisions before it in the round booked, so a round never lets two decisions overspend a
//! limit together. The round's writes are one batch, all or nothing: when it fails (a taken key
//! or id, which is rare), every decision of the round is booked again on its own, so that each
//! gets its own answer.

use chrono::{DateTime, NaiveDate, Utc};
use tokio::sync::oneshot;
use uuid::Uuid;

use super::{DecisionView, replay::taken};
use crate::{
    domain::{
        decision::{EventData, EventKind, NewDecision, initial_booking, initial_status},
        mandate::CheckRule,
        webhook::{self, threshold},
        zgw,
    },
    service::{Caller, ServiceError, mandates},
    store::{
        self, audit::ChainEnd, batch::Batch, changes::Changes, columns::JsonText, db::Db,
        entities::decision, ledger::Scope, reads::Reads,
    },
};

/// What a queued decision is answered: the decision, and whether it was a replay.
pub(super) type Answer = Result<(DecisionView, bool), ServiceError>;

/// A decision in the queue and where its answer goes.
pub(super) struct Queued {
    pub decision: Prepared,
    pub answer: oneshot::Sender<Answer>,
}

/// A valid decision, with what its check judges by apart from the ledger, waiting to be booked.
pub(super) struct Prepared {
    pub caller: Caller,
    /// The `Idempotency-Key` and the hash of the request it came with.
    pub idempotency: Option<(String, String)>,
    pub basis: mandates::Basis,
    pub decision: NewDecision,
    pub received_at: DateTime<Utc>,
}

impl Prepared {
    pub fn organisation_id(&self) -> Uuid {
        self.caller.organisation_id
    }

    fn idempotency(&self) -> Option<(&str, &str)> {
        self.idempotency
            .as_ref()
            .map(|(key, hash)| (key.as_str(), hash.as_str()))
    }

    fn proposal(&self) -> mandates::Proposal<'_> {
        let decision = &self.decision;
        mandates::Proposal {
            organisation_id: self.caller.organisation_id,
            professional_id: self.caller.user_id,
            teams: &self.caller.team_ids,
            team_id: decision.team_id,
            category_id: decision.category_id,
            amount: decision.amount,
            client_ref: &decision.client_ref,
            decided_on: decision.decided_on,
        }
    }

    /// The decision as stored, with the check's verdict and the status it leads to.
    fn row(&self, checked: mandates::CheckResult) -> decision::Model {
        let decision = &self.decision;
        let verdict = checked.outcome.verdict;
        decision::Model {
            id: decision.id,
            organisation_id: self.organisation_id(),
            professional_id: self.caller.user_id,
            team_id: checked.team_id,
            category_id: decision.category_id,
            client_ref: decision.client_ref.as_str().to_owned(),
            amount_cents: decision.amount.get(),
            title: decision.title.clone(),
            situation: decision.situation.clone(),
            solution: decision.solution.clone(),
            rationale: decision.rationale.clone(),
            deviates_from: decision.deviates_from.clone(),
            decided_at: decision.decided_at,
            decided_on: decision.decided_on,
            recorded_at: self.received_at,
            urgent: decision.urgent,
            client_verdict: decision.client_verdict,
            verdict,
            explanation: JsonText(checked.outcome.explanation),
            mandate_version_id: checked.mandate_version_id,
            status: initial_status(verdict, decision.urgent, decision.client_verdict),
            case_url: decision.case_url.clone(),
            updated_at: self.received_at,
            erased_at: None,
        }
    }
}

/// Why a round's writes did not go through.
enum Failure {
    /// A key or id the round meant to store is taken.
    Taken,
    Error(ServiceError),
}

impl From<sea_orm::DbErr> for Failure {
    fn from(error: sea_orm::DbErr) -> Self {
        Failure::Error(error.into())
    }
}

/// Books a round of one organisation's decisions and answers each once it is durable.
pub(super) async fn book(db: &Db, round: Vec<Queued>) {
    if round.len() > 1 {
        let decisions: Vec<&Prepared> = round.iter().map(|queued| &queued.decision).collect();
        if let Ok(views) = book_together(db, &decisions).await {
            for (queued, view) in round.into_iter().zip(views) {
                // A request cancelled meanwhile no longer listens; its decision is logged all
                // the same, and a retry with its key gets it back.
                let _ = queued.answer.send(Ok((view, false)));
            }
            return;
        }
    }
    for queued in round {
        let answer = book_alone(db, &queued.decision).await;
        let _ = queued.answer.send(answer);
    }
}

async fn book_alone(db: &Db, decision: &Prepared) -> Answer {
    match book_together(db, &[decision]).await {
        Ok(mut views) => views
            .pop()
            .map(|view| (view, false))
            .ok_or(ServiceError::Internal),
        Err(Failure::Taken) => {
            taken(
                db,
                &decision.caller,
                decision.idempotency(),
                decision.decision.id,
            )
            .await
        }
        Err(Failure::Error(error)) => Err(error),
    }
}

/// Checks and stores `decisions` (all of one organisation) in one write turn and one batch,
/// returning once they are durable.
async fn book_together(db: &Db, decisions: &[&Prepared]) -> Result<Vec<DecisionView>, Failure> {
    let Some(organisation_id) = decisions.first().map(|d| d.organisation_id()) else {
        return Ok(Vec::new());
    };
    let backend = db.conn().get_database_backend();
    let tx = db.begin_batch_write().await?;
    // The check and the booking are one step: nobody else books against the organisation's
    // budgets between reading the totals and adding to them.
    store::organisations::lock(tx.reads(), organisation_id).await?;
    // One round trip: the month rows of every total the round's checks need, and the end of the
    // audit chain.
    let windows: Vec<Vec<(Scope, NaiveDate, NaiveDate)>> = decisions
        .iter()
        .map(|d| d.basis.windows(&d.proposal()))
        .collect();
    let all_windows: Vec<_> = windows.iter().flatten().cloned().collect();
    let mut reads = Reads::new(backend);
    let ledger = store::ledger::sums_query(organisation_id, &all_windows).map(|q| reads.add(q));
    let head = reads.add(ChainEnd::head_query(organisation_id));
    let results = reads.run(tx.reads()).await?;
    let month_rows = match ledger {
        Some(part) => results.all(part)?,
        None => Vec::new(),
    };
    let mut chain = ChainEnd::from_head(tx.reads(), organisation_id, results.one(head)?).await?;

    let mut changes = Changes::new(organisation_id);
    let mut views = Vec::with_capacity(decisions.len());
    for (prepared, windows) in decisions.iter().zip(&windows) {
        // Judged on the totals read plus what the round's earlier decisions booked.
        let checked = prepared.basis.judge_on(
            month_rows.iter().chain(changes.booked_month_rows()),
            windows,
            &prepared.proposal(),
        );
        let at = prepared.received_at;
        announce_thresholds(&mut changes, &checked, windows, prepared, at);
        let model = prepared.row(checked);
        let actor = prepared.caller.user_id;
        if let Some((key, hash)) = prepared.idempotency() {
            let id = model.id.to_string();
            changes.key(store::idempotency::answered(
                actor,
                key,
                hash,
                (201, &id),
                at,
            ));
        }
        changes.book(
            &model,
            initial_booking(model.status).entries(model.amount_cents),
            at,
        );
        let data = EventData::Created {
            verdict: model.verdict,
            status: model.status,
            client_verdict: model.client_verdict,
        };
        let created = changes.event(&model, EventKind::Created, data, actor, at, None);
        changes.insert_decision(model.clone());
        views.push(DecisionView {
            model,
            events: vec![created],
            corrections: Vec::new(),
            names: [(actor, prepared.caller.name.clone())].into(),
            zgw: None,
        });
    }
    // Every write of the round in one batch, each kind of row in one statement: one round trip
    // on SQLite, all or nothing.
    let mut batch = Batch::new(backend);
    changes.write_into(&mut batch, &mut chain);
    if let Err(error) = tx.commit(batch).await {
        if matches!(
            error.sql_err(),
            Some(sea_orm::SqlErr::UniqueConstraintViolation(_))
        ) {
            return Err(Failure::Taken);
        }
        return Err(error.into());
    }
    // Whether a final decision's push was queued is decided inside the write (by the
    // organisation's ZGW connection): read back, so the answer tells it.
    let finals: Vec<Uuid> = views
        .iter()
        .filter(|view| zgw::is_final(view.model.status))
        .map(|view| view.model.id)
        .collect();
    if !finals.is_empty() {
        let pushes = store::zgw_pushes::of_decisions(db.conn(), organisation_id, &finals).await?;
        for view in &mut views {
            view.zgw = pushes
                .iter()
                .find(|push| push.decision_id == view.model.id)
                .cloned();
        }
    }
    for view in &views {
        let model = &view.model;
        tracing::info!(decision_id = %model.id, status = model.status.as_str(), verdict = model.verdict.as_str(), "decision logged");
    }
    Ok(views)
}

/// `budget.threshold_reached` for every period limit and team pot this decision carries past
/// 80 % or 100 % (its amount counts as used whether reserved or committed), once per limit,
/// period and threshold.
fn announce_thresholds(
    changes: &mut Changes,
    checked: &mandates::CheckResult,
    windows: &[(Scope, NaiveDate, NaiveDate)],
    prepared: &Prepared,
    at: DateTime<Utc>,
) {
    for line in &checked.outcome.explanation {
        let (name, window) = match line.rule {
            CheckRule::CategoryPeriodLimit => ("category_period", windows.first()),
            CheckRule::TotalPeriodLimit => ("total_period", windows.get(1)),
            CheckRule::TeamPot => ("team_pot", windows.get(3)),
            _ => continue,
        };
        let (Some(limit), Some(used), Some((scope, start, end))) = (line.limit, line.used, window)
        else {
            continue;
        };
        let after = used.get().saturating_add(line.amount.get());
        for percent in threshold::passed(limit.get(), used.get(), after) {
            let (professional_id, category_id, team_id) = match scope {
                Scope::ProfessionalCategory(user, category) => (Some(*user), Some(*category), None),
                Scope::Professional(user) => (Some(*user), None, None),
                Scope::Team(team) => (None, None, Some(*team)),
                Scope::Client(_) => continue,
            };
            changes.announce_once(
                &threshold::once_key(&scope.key(), *start, percent),
                webhook::BUDGET_THRESHOLD_REACHED,
                serde_json::json!({
                    "limit": name,
                    "thresholdPercent": percent,
                    "limitCents": limit.get(),
                    "usedCents": after,
                    "periodStart": start,
                    "periodEnd": end.pred_opt(),
                    "professionalId": professional_id,
                    "categoryId": category_id,
                    "teamId": team_id,
                    "decisionId": prepared.decision.id,
                }),
                at,
            );
        }
    }
}

#[cfg(test)]
mod tests {

    use super::*;
    use crate::{
        config::DatabaseUrl,
        demo,
        domain::{
            client_ref::ClientRef,
            mandate::{Cents, Verdict},
        },
        service::auth,
        store::{db, ledger::sums_in_windows},
    };

    struct Demo {
        _dir: tempfile::TempDir,
        db: Db,
        fatima: Caller,
        category: Uuid,
    }

    async fn demo() -> Demo {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = DatabaseUrl(format!(
            "sqlite://{}?mode=rwc",
            dir.path().join("round.sqlite").display()
        ));
        let db = db::connect_and_migrate(&url).await.expect("database");
        demo::load(&db).await.expect("demo");
        let conn = db.conn();
        let organisation = store::organisations::find_by_name(conn, demo::ORGANISATION)
            .await
            .expect("read")
            .expect("demo organisation");
        let user = store::users::find_by_email(conn, organisation.id, "fatima@rijnstede.demo")
            .await
            .expect("read")
            .expect("fatima");
        let fatima = auth::caller_for(conn, user).await.expect("caller");
        let category = store::categories::page(conn, organisation.id, None, 100)
            .await
            .expect("categories")
            .into_iter()
            .find(|c| c.code == "financiele-ondersteuning")
            .expect("category")
            .id;
        Demo {
            _dir: dir,
            db,
            fatima,
            category,
        }
    }

    async fn prepared(demo: &Demo, amount: i64, client: &str, id: Option<Uuid>) -> Prepared {
        let caller = demo.fatima.clone();
        let now = Utc::now();
        let decided_on = crate::domain::mandate::amsterdam_date(now);
        let basis = mandates::Basis::read(
            demo.db.conn(),
            caller.organisation_id,
            caller.user_id,
            &caller.team_ids,
            None,
            decided_on,
        )
        .await
        .expect("basis");
        Prepared {
            idempotency: Some((format!("key-{}", Uuid::now_v7()), "hash".into())),
            basis,
            decision: NewDecision {
                id: id.unwrap_or_else(Uuid::now_v7),
                category_id: demo.category,
                team_id: None,
                client_ref: ClientRef::parse(client).expect("client"),
                amount: Cents::new(amount),
                title: "Boodschappen".into(),
                situation: "Geen eten in huis.".into(),
                solution: "Pakket gebracht.".into(),
                rationale: "Kon niet wachten.".into(),
                deviates_from: None,
                decided_at: now,
                decided_on,
                urgent: false,
                case_url: None,
                client_verdict: None,
            },
            received_at: now,
            caller,
        }
    }

    fn queued(decision: Prepared) -> (Queued, oneshot::Receiver<Answer>) {
        let (answer, answered) = oneshot::channel();
        (Queued { decision, answer }, answered)
    }

    /// Books the amounts as one round and answers each decision's verdict.
    async fn verdicts_of_one_round(demo: &Demo, decisions: &[(i64, String)]) -> Vec<Verdict> {
        let mut round = Vec::new();
        let mut answers = Vec::new();
        for (amount, client) in decisions {
            let (queued, answered) = queued(prepared(demo, *amount, client, None).await);
            round.push(queued);
            answers.push(answered);
        }
        book(&demo.db, round).await;
        let mut verdicts = Vec::new();
        for answered in answers {
            let (view, replayed) = answered.await.expect("answered").expect("logged");
            assert!(!replayed);
            verdicts.push(view.model.verdict);
        }
        verdicts
    }

    /// A round decides as the same decisions one after another would: each one is judged on
    /// what the ones before it in the round booked, so together they never overspend.
    #[tokio::test]
    async fn a_round_judges_each_decision_on_what_the_ones_before_it_booked() {
        let decisions: Vec<(i64, String)> = (0..30)
            .map(|index| (24_000, format!("CASE-{index}")))
            .collect();
        let together = demo().await;
        let in_one_round = verdicts_of_one_round(&together, &decisions).await;
        let apart = demo().await;
        let mut one_by_one = Vec::new();
        for decision in &decisions {
            one_by_one.extend(verdicts_of_one_round(&apart, std::slice::from_ref(decision)).await);
        }
        assert_eq!(in_one_round, one_by_one);
        assert_eq!(in_one_round[0], Verdict::WithinMandate);
        assert_ne!(
            in_one_round.last(),
            Some(&Verdict::WithinMandate),
            "the limit is reached within the round: {in_one_round:?}"
        );
        // The running totals hold every booking of the round.
        let fatima = &together.fatima;
        let today = crate::domain::mandate::amsterdam_date(Utc::now());
        let month = store::ledger::month_of(today);
        let next = month
            .checked_add_months(chrono::Months::new(1))
            .expect("month");
        let sums = sums_in_windows(
            together.db.conn(),
            fatima.organisation_id,
            &[(Scope::Client("CASE-3".into()), month, next)],
        )
        .await
        .expect("sums");
        assert_eq!(sums[0].used(), 24_000);
    }

    /// A decision whose id is taken fails the round's batch; the others are booked all the
    /// same and only that one is refused.
    #[tokio::test]
    async fn a_taken_id_refuses_only_its_own_decision() {
        let demo = demo().await;
        let (first, answered) = queued(prepared(&demo, 100, "CASE-A", None).await);
        book(&demo.db, vec![first]).await;
        let taken_id = answered
            .await
            .expect("answered")
            .expect("logged")
            .0
            .model
            .id;

        let (before, before_answer) = queued(prepared(&demo, 200, "CASE-B", None).await);
        let (clash, clash_answer) = queued(prepared(&demo, 300, "CASE-C", Some(taken_id)).await);
        let (after, after_answer) = queued(prepared(&demo, 400, "CASE-D", None).await);
        book(&demo.db, vec![before, clash, after]).await;

        let before = before_answer.await.expect("answered").expect("logged");
        let after = after_answer.await.expect("answered").expect("logged");
        assert_eq!(before.0.model.amount_cents, 200);
        assert_eq!(after.0.model.amount_cents, 400);
        match clash_answer.await.expect("answered") {
            Err(ServiceError::Invalid(errors)) => assert_eq!(errors[0].field, "id"),
            other => panic!(
                "expected the id to be refused, got {:?}",
                other.map(|v| v.0.model.id)
            ),
        }
        for id in [before.0.model.id, after.0.model.id] {
            assert!(
                store::decisions::exists(demo.db.conn(), id)
                    .await
                    .expect("read")
            );
        }
    }
}
