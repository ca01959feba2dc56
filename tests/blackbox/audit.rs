//! The audit trail: changes are recorded with who and what, and tampering is detected.

use serde_json::json;

use crate::{
    harness::*,
    mandates::{mandate_org, post_version, rule, version},
};

#[tokio::test]
async fn mandate_changes_are_recorded_and_the_chain_verifies() {
    let db = TestDb::new().await;
    let server = Server::start(&db);
    let m = mandate_org(&db, &server).await;
    let created = post_version(
        &m.lead.client,
        m.fatima.id,
        None,
        version(
            "2026-01-01",
            "Start",
            json!([rule(m.financial, "autonomous", 100, 200, None)]),
        ),
    )
    .await;
    created.assert_status(201);
    let template = m
        .lead
        .client
        .post(
            "/api/v1/mandate-templates",
            json!({"name": "Starter", "period": "month", "rules": []}),
        )
        .await;
    template.assert_status(201);

    let events = m
        .controller
        .client
        .get(&format!("/api/v1/audit-events?entityId={}", created.id()))
        .await;
    events.assert_status(200);
    let items = events.body["items"].as_array().unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["action"], "mandate_version.created");
    assert_eq!(items[0]["actorId"], json!(m.lead.id));
    assert_eq!(items[0]["details"]["userId"], json!(m.fatima.id));
    assert_eq!(items[0]["details"]["after"]["reason"], "Start");
    let templates = m
        .controller
        .client
        .get("/api/v1/audit-events?action=mandate_template.created")
        .await;
    assert_eq!(templates.body["items"].as_array().unwrap().len(), 1);
    let setup = m
        .org
        .admin
        .get("/api/v1/audit-events?entityType=user&limit=200")
        .await;
    assert!(
        setup.body["items"].as_array().unwrap().len() >= 6,
        "people added are recorded: {}",
        setup.text
    );

    let verified = m.controller.client.get("/api/v1/audit-events/verify").await;
    verified.assert_status(200);
    assert_eq!(verified.body["valid"], true);
    assert!(verified.body["checked"].as_u64().unwrap() >= 10);
    assert_eq!(verified.body["firstInvalid"], serde_json::Value::Null);

    m.fatima
        .client
        .get("/api/v1/audit-events")
        .await
        .assert_problem(403);
    m.lead
        .client
        .get("/api/v1/audit-events/verify")
        .await
        .assert_problem(403);
    let other = Org::bootstrap(&db, &server, "Gemeente Elders").await;
    let foreign = other
        .admin
        .get(&format!("/api/v1/audit-events?entityId={}", created.id()))
        .await;
    assert_eq!(
        foreign.body["items"].as_array().unwrap().len(),
        0,
        "another organisation's trail is its own"
    );
    assert_eq!(
        other.admin.get("/api/v1/audit-events/verify").await.body["valid"],
        true
    );
}

#[tokio::test]
async fn an_altered_event_is_reported_by_verify() {
    let db = TestDb::new().await;
    let server = Server::start(&db);
    let m = mandate_org(&db, &server).await;
    post_version(
        &m.lead.client,
        m.fatima.id,
        None,
        version("2026-01-01", "Start", json!([])),
    )
    .await
    .assert_status(201);
    let events = m
        .controller
        .client
        .get("/api/v1/audit-events?action=mandate_version.created")
        .await;
    let seq = events.body["items"][0]["seq"].as_i64().unwrap();
    let id = events.body["items"][0]["id"].as_str().unwrap().to_owned();
    assert_eq!(
        m.controller
            .client
            .get("/api/v1/audit-events/verify")
            .await
            .body["valid"],
        true
    );

    // Someone with database access softens the recorded reason.
    let id_literal = id_literal(&id);
    db.execute(&format!("UPDATE audit_events SET details = REPLACE(details, 'Start', 'Begin') WHERE id = {id_literal}")).await;

    let verified = m.controller.client.get("/api/v1/audit-events/verify").await;
    assert_eq!(verified.body["valid"], false, "{}", verified.text);
    assert_eq!(verified.body["firstInvalid"], seq);
}
