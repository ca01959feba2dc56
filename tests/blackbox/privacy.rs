//! The client's privacy rights: a subject access request, erasure on request and by the
//! retention period — with the audit trail still verifying and the ledger still adding up.

use serde_json::{Value, json};

use crate::{
    decisions::{decision, log, setup},
    harness::*,
};

fn record_path(client: &str) -> String {
    format!("/api/v1/client-records/{client}")
}

async fn verifies(client: &Client) -> bool {
    let verified = client.get("/api/v1/audit-events/verify").await;
    verified.body["valid"] == json!(true)
}

#[tokio::test]
async fn a_subject_access_request_shows_everything_held_to_controllers_and_admins_only() {
    let (db, server, m) = setup().await;
    let first = log(
        &m.fatima.client,
        decision(m.financial, 35000, "CASE-INZAGE"),
    )
    .await;
    let second = log(&m.joost.client, decision(m.housing, 20000, "CASE-INZAGE")).await;
    log(&m.fatima.client, decision(m.financial, 100, "CASE-ANDER"))
        .await
        .assert_status(201);
    // A read of the decision's text, which the record shows.
    m.lead
        .client
        .get(&format!("/api/v1/decisions/{}", first.id()))
        .await
        .assert_status(200);

    for client in [&m.fatima.client, &m.lead.client] {
        client
            .get(&record_path("CASE-INZAGE"))
            .await
            .assert_problem(403);
    }
    let record = m.controller.client.get(&record_path("CASE-INZAGE")).await;
    record.assert_status(200);
    let decisions = record.body["decisions"].as_array().unwrap();
    assert_eq!(decisions.len(), 2, "{}", record.text);
    assert_eq!(decisions[0]["id"], json!(first.id()));
    assert_eq!(decisions[1]["id"], json!(second.id()));
    assert_eq!(decisions[0]["situation"], first.body["situation"]);
    assert!(
        decisions[0]["events"]
            .as_array()
            .is_some_and(|e| !e.is_empty())
    );
    assert!(
        record.body["processingLog"]
            .as_array()
            .unwrap()
            .iter()
            .any(|read| read["name"] == "decision.read" && read["actorId"] == json!(m.lead.id)),
        "who read it: {}",
        record.text
    );
    // The same from the admin; nothing for an unknown client or another organisation's.
    m.org
        .admin
        .get(&record_path("CASE-INZAGE"))
        .await
        .assert_status(200);
    m.controller
        .client
        .get(&record_path("CASE-NIEMAND"))
        .await
        .assert_problem(404);
    let other = Org::bootstrap(&db, &server, "Gemeente Elders").await;
    other
        .admin
        .get(&record_path("CASE-INZAGE"))
        .await
        .assert_problem(404);
    // A BSN is never a client reference, not even to ask for one.
    let fields = m
        .controller
        .client
        .get(&record_path("111222333"))
        .await
        .assert_problem(400);
    assert_eq!(fields, ["clientRef"]);
    assert!(
        !server.log_text().contains("CASE-INZAGE"),
        "the log never holds the client reference"
    );
    assert!(verifies(&m.controller.client).await);
}

#[tokio::test]
async fn erasure_replaces_the_client_and_the_texts_and_keeps_amounts_ledger_and_chain() {
    let (db, _server, m) = setup().await;
    let logged = log(&m.fatima.client, decision(m.financial, 35000, "CASE-WIS")).await;
    let id = logged.id();
    let mut urgent = decision(m.deviation, 0, "CASE-WIS");
    urgent["urgent"] = json!(true);
    let urgent = log(&m.fatima.client, urgent).await.id();
    m.lead
        .client
        .post(
            &format!("/api/v1/decisions/{urgent}/review"),
            json!({"outcome": "backed", "learning": "Mevrouw de Vries had gelijk."}),
        )
        .await
        .assert_status(200);
    let kept = log(&m.fatima.client, decision(m.financial, 100, "CASE-BLIJFT")).await;
    let budget_before = m.fatima.client.get("/api/v1/me/mandate").await.body;

    m.controller
        .client
        .post(&format!("{}/erase", record_path("CASE-WIS")), json!({}))
        .await
        .assert_problem(403);
    let erased = m
        .org
        .admin
        .post(&format!("{}/erase", record_path("CASE-WIS")), json!({}))
        .await;
    erased.assert_status(200);
    assert_eq!(erased.body["decisionIds"].as_array().unwrap().len(), 2);

    let after = m
        .controller
        .client
        .get(&format!("/api/v1/decisions/{id}"))
        .await;
    after.assert_status(200);
    let body = &after.body;
    assert_ne!(body["clientRef"], "CASE-WIS");
    assert!(body["clientRef"].as_str().unwrap().starts_with("gewist-"));
    for field in ["title", "situation", "solution", "rationale"] {
        assert_eq!(body[field], "[gewist]", "{field}");
    }
    for field in [
        "amountCents",
        "verdict",
        "status",
        "decidedOn",
        "mandateVersionId",
    ] {
        assert_eq!(body[field], logged.body[field], "{field} stays");
    }
    assert!(body["erasedAt"].is_string());
    let review = m
        .controller
        .client
        .get(&format!("/api/v1/decisions/{urgent}"))
        .await;
    let text = review.text.clone();
    assert!(
        !text.contains("de Vries"),
        "the lead's learning is erased too: {text}"
    );
    assert!(text.contains("backed"), "the outcome stays");

    // Nothing is left under the old reference; the other client is untouched.
    m.controller
        .client
        .get(&record_path("CASE-WIS"))
        .await
        .assert_problem(404);
    let untouched = m
        .fatima
        .client
        .get(&format!("/api/v1/decisions/{}", kept.id()))
        .await;
    assert_eq!(untouched.body["clientRef"], "CASE-BLIJFT");
    assert_eq!(
        m.fatima.client.get("/api/v1/me/mandate").await.body["totalBudget"],
        budget_before["totalBudget"],
        "the budgets are used as before"
    );
    assert_ledger_consistent(&db).await;
    assert!(
        verifies(&m.controller.client).await,
        "the chain still verifies"
    );
    let trail = m
        .controller
        .client
        .get("/api/v1/audit-events?action=client_record.erased")
        .await;
    let recorded: &Value = &trail.body["items"][0];
    let admin = m.org.admin.get("/api/v1/me").await.body["id"].clone();
    assert_eq!(recorded["actorId"], admin);
    assert!(
        !trail.text.contains("CASE-WIS"),
        "the trail does not name the client"
    );
}

#[tokio::test]
async fn decisions_past_the_retention_period_are_erased_by_themselves() {
    let (db, server, m) = setup().await;
    let old = log(&m.fatima.client, decision(m.financial, 1000, "CASE-OUD")).await;
    let recent = log(&m.fatima.client, decision(m.financial, 2000, "CASE-NIEUW")).await;

    // Admins set the period; others may read it at most.
    let path = "/api/v1/organisation";
    assert_eq!(
        m.controller.client.get(path).await.body["retentionYears"],
        7
    );
    m.controller
        .client
        .patch(path, json!({"retentionYears": 2}))
        .await
        .assert_problem(403);
    let fields = m
        .org
        .admin
        .patch(path, json!({"retentionYears": 0}))
        .await
        .assert_problem(400);
    assert_eq!(fields, ["retentionYears"]);
    let set = m.org.admin.patch(path, json!({"retentionYears": 2})).await;
    set.assert_status(200);
    assert_eq!(set.body["retentionYears"], 2);

    // The old decision was, as far as the database knows, decided three years ago.
    drop(server);
    db.execute(&format!(
        "UPDATE decisions SET decided_on = '2023-01-10' WHERE id = {}",
        id_literal(&old.id().to_string())
    ))
    .await;
    let restarted = Server::start(&db);
    let controller =
        Client::anonymous(&restarted).with_token(m.controller.client.token.as_deref().unwrap());
    let mut erased = Value::Null;
    for _ in 0..50 {
        erased = controller
            .get(&format!("/api/v1/decisions/{}", old.id()))
            .await
            .body;
        if erased["erasedAt"].is_string() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(erased["erasedAt"].is_string(), "erased at start: {erased}");
    assert_eq!(erased["rationale"], "[gewist]");
    assert_eq!(erased["amountCents"], 1000);
    let kept = controller
        .get(&format!("/api/v1/decisions/{}", recent.id()))
        .await
        .body;
    assert_eq!(kept["clientRef"], "CASE-NIEUW");
    assert!(kept["erasedAt"].is_null());
    assert_ledger_consistent(&db).await;
    assert!(verifies(&controller).await);
    let trail = controller
        .get(&format!("/api/v1/audit-events?entityId={}", old.id()))
        .await;
    assert!(
        trail.body["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|event| event["action"] == "decision.erased"),
        "{}",
        trail.text
    );
}
