//! Booking a round: the decisions of one organisation that queued together are checked against
//! the ledger and stored in one write turn, one after another as if each had its own turn.
//!
//! Each decision is judged on the ledger totals read at the start of the round plus what the
//! decisions before it in the round booked, so a round never lets two decisions overspend a
//! limit together. The round's writes are one batch, all or nothing: when it fails (a taken key
//! or id, which is rare), every decision of the round is booked again on its own, so that each
//! gets its own answer.

use chrono::{DateTime, NaiveDate, Utc};
use serde_json::json;
use uuid::Uuid;

use super::{DecisionView, create::taken, event, ledger_entry, logbook::Queued};
use crate::{
    domain::{
        client_ref::ClientRef,
        decision::{Booking, Status, initial_booking, initial_status},
        mandate::{Cents, Verdict},
    },
    service::{Caller, ServiceError, mandates},
    store::{
        self,
        audit::{self, ChainEnd},
        batch::Batch,
        db::Db,
        entities::decision,
        ledger::Scope,
        reads::Reads,
        report_totals,
    },
};

/// A valid decision, with what its check judges by apart from the ledger, waiting to be booked.
pub(super) struct Prepared {
    pub caller: Caller,
    /// The `Idempotency-Key` and the hash of the request it came with.
    pub idempotency: Option<(String, String)>,
    pub basis: mandates::Basis,
    pub id: Uuid,
    pub team_id: Option<Uuid>,
    pub category_id: Uuid,
    pub client_ref: ClientRef,
    pub amount: Cents,
    pub title: String,
    pub situation: String,
    pub solution: String,
    pub rationale: String,
    pub deviates_from: Option<String>,
    pub decided_at: DateTime<Utc>,
    pub decided_on: NaiveDate,
    pub urgent: bool,
    pub case_url: Option<String>,
    pub client_verdict: Option<Verdict>,
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
        mandates::Proposal {
            organisation_id: self.caller.organisation_id,
            professional_id: self.caller.user_id,
            teams: &self.caller.team_ids,
            team_id: self.team_id,
            category_id: self.category_id,
            amount: self.amount,
            client_ref: &self.client_ref,
            decided_on: self.decided_on,
        }
    }
}

impl Prepared {
    /// The decision as stored, with the check's verdict and the status it leads to.
    fn model(
        &self,
        checked: &mandates::CheckResult,
        status: Status,
    ) -> Result<decision::Model, Failure> {
        Ok(decision::Model {
            id: self.id,
            organisation_id: self.organisation_id(),
            professional_id: self.caller.user_id,
            team_id: checked.team_id,
            category_id: self.category_id,
            client_ref: self.client_ref.as_str().to_owned(),
            amount_cents: self.amount.get(),
            title: self.title.clone(),
            situation: self.situation.clone(),
            solution: self.solution.clone(),
            rationale: self.rationale.clone(),
            deviates_from: self.deviates_from.clone(),
            decided_at: self.decided_at,
            decided_on: self.decided_on,
            recorded_at: self.received_at,
            urgent: self.urgent,
            client_verdict: self.client_verdict.map(|v| v.as_str().to_owned()),
            verdict: checked.outcome.verdict.as_str().to_owned(),
            explanation: serde_json::to_string(&checked.outcome.explanation)
                .map_err(|_| Failure::Error(ServiceError::Internal))?,
            mandate_version_id: checked.mandate_version_id,
            status: status.as_str().to_owned(),
            case_url: self.case_url.clone(),
            updated_at: self.received_at,
        })
    }
}

/// The audit trail's record of a logged decision.
fn created_record(model: &decision::Model) -> audit::Record<'static> {
    audit::Record {
        organisation_id: model.organisation_id,
        actor_id: Some(model.professional_id),
        action: "decision.created",
        entity_type: "decision",
        entity_id: Some(model.id),
        details: json!({"after": {"status": model.status, "verdict": model.verdict, "amountCents": model.amount_cents, "categoryId": model.category_id, "mandateVersionId": model.mandate_version_id, "urgent": model.urgent}}),
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

async fn book_alone(db: &Db, decision: &Prepared) -> Result<(DecisionView, bool), ServiceError> {
    match book_together(db, &[decision]).await {
        Ok(mut views) => views
            .pop()
            .map(|view| (view, false))
            .ok_or(ServiceError::Internal),
        Err(Failure::Taken) => {
            taken(db, &decision.caller, decision.idempotency(), decision.id).await
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
    let mut month_rows = match ledger {
        Some(part) => results.all(part)?,
        None => Vec::new(),
    };
    let mut chain = ChainEnd::from_head(tx.reads(), organisation_id, results.one(head)?).await?;

    let mut views = Vec::with_capacity(decisions.len());
    let mut keys = Vec::new();
    let mut bookings = Vec::with_capacity(decisions.len());
    let mut report_rows = Vec::with_capacity(decisions.len());
    let mut events = Vec::with_capacity(decisions.len());
    let mut audit_records = Vec::with_capacity(decisions.len());
    for (decision, windows) in decisions.iter().zip(&windows) {
        // Judged on the totals read plus what the round's earlier decisions booked.
        let checked = decision
            .basis
            .judge_on(&month_rows, windows, &decision.proposal());
        let status = initial_status(
            checked.outcome.verdict,
            decision.urgent,
            decision.client_verdict,
        );
        let model = decision.model(&checked, status)?;
        let amount = decision.amount.get();
        let (kind, reserved, committed) = match initial_booking(status) {
            Booking::Reserve => ("reservation", amount, 0),
            Booking::Commit => ("commitment", 0, amount),
        };
        let data = json!({"verdict": model.verdict, "status": model.status, "clientVerdict": model.client_verdict});
        let actor = decision.caller.user_id;
        let created = event(&model, "created", actor, decision.received_at, None, data);

        if let Some((key, hash)) = decision.idempotency() {
            let id = model.id.to_string();
            let at = decision.received_at;
            keys.push(store::idempotency::answered(
                actor,
                key,
                hash,
                (201, &id),
                at,
            ));
        }
        let entry = ledger_entry(&model, kind, amount, decision.received_at);
        month_rows.extend(store::ledger::month_rows(&entry, reserved, committed));
        bookings.push((entry, reserved, committed));
        report_rows.push(report_totals::decision_row(&model, &model.status, 1));
        events.push(created.clone());
        audit_records.push(created_record(&model));
        views.push(DecisionView {
            model,
            events: vec![created],
        });
    }
    // Every write of the round in one batch, each kind of row in one statement: one round trip
    // on SQLite, all or nothing. The keys go first, so a taken key stops the batch before
    // anything else is tried.
    let mut batch = Batch::new(backend);
    store::idempotency::record_into(&mut batch, keys);
    store::decisions::insert_into(
        &mut batch,
        views.iter().map(|view| view.model.clone()).collect(),
    );
    store::ledger::book_into(&mut batch, bookings);
    store::report_totals::add_decisions_into(&mut batch, report_rows);
    store::decisions::insert_events_into(&mut batch, events);
    chain.append_into(&mut batch, audit_records);
    if let Err(error) = tx.commit(batch).await {
        if matches!(
            error.sql_err(),
            Some(sea_orm::SqlErr::UniqueConstraintViolation(_))
        ) {
            return Err(Failure::Taken);
        }
        return Err(error.into());
    }
    for view in &views {
        let model = &view.model;
        tracing::info!(decision_id = %model.id, status = %model.status, verdict = %model.verdict, "decision logged");
    }
    Ok(views)
}

#[cfg(test)]
mod tests {
    use tokio::sync::oneshot;

    use super::*;
    use crate::{
        config::DatabaseUrl,
        demo,
        service::auth,
        service::decisions::logbook::Answer,
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
            id: id.unwrap_or_else(Uuid::now_v7),
            team_id: None,
            category_id: demo.category,
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
            received_at: now,
            caller,
        }
    }

    fn queued(decision: Prepared) -> (Queued, oneshot::Receiver<Answer>) {
        let (answer, answered) = oneshot::channel();
        (Queued { decision, answer }, answered)
    }

    /// Books the amounts as one round and answers each decision's verdict.
    async fn verdicts_of_one_round(demo: &Demo, decisions: &[(i64, String)]) -> Vec<String> {
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
        assert_eq!(in_one_round[0], "within_mandate");
        assert_ne!(
            in_one_round.last().map(String::as_str),
            Some("within_mandate"),
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
