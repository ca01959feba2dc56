//! The processing log (Logboek Dataverwerkingen): its records' content and trace, who may read
//! it, NDJSON, and its guarantees — nothing lost on a clean shutdown, at most the last moment
//! on `kill -9`.

use serde_json::{Value, json};

use crate::{
    decisions::{decision, log, setup},
    harness::*,
};

const TRACE: &str = "4bf92f3577b34da6a3ce929d0e0e4736";
const PARENT: &str = "00f067aa0ba902b7";

async fn records(client: &Client, query: &str) -> Vec<Value> {
    let reply = client
        .get(&format!("/api/v1/processing-log?limit=200&{query}"))
        .await;
    reply.assert_status(200);
    reply.body["items"].as_array().cloned().unwrap_or_default()
}

#[tokio::test]
async fn a_read_is_recorded_in_the_logboek_shape_within_the_callers_trace() {
    let (db, server, m) = setup().await;
    let logged = log(&m.fatima.client, decision(m.financial, 35000, "CASE-LOG")).await;
    let id = logged.id();

    let read = m
        .lead
        .client
        .raw()
        .get(format!("{}/api/v1/decisions/{id}", server.base))
        .bearer_auth(m.lead.client.token.as_deref().unwrap())
        .header("traceparent", format!("00-{TRACE}-{PARENT}-01"))
        .send()
        .await
        .unwrap();
    assert_eq!(read.status(), 200);
    let returned = read.headers()["traceparent"].to_str().unwrap().to_owned();
    assert!(
        returned.starts_with(&format!("00-{TRACE}-")) && !returned.contains(PARENT),
        "our own span in the caller's trace: {returned}"
    );
    let span = returned.split('-').nth(2).unwrap().to_owned();

    // Only controllers and admins read the log.
    for client in [&m.fatima.client, &m.lead.client] {
        client
            .get("/api/v1/processing-log")
            .await
            .assert_problem(403);
    }
    let found = records(&m.controller.client, "clientRef=CASE-LOG").await;
    let created = found
        .iter()
        .find(|r| r["name"] == "decision.create")
        .expect("logging the decision is a processing");
    assert_eq!(created["actorId"], json!(m.fatima.id));
    let read = found
        .iter()
        .find(|r| r["name"] == "decision.read")
        .expect("the lead's read is recorded");
    assert_eq!(read["traceId"], TRACE);
    assert_eq!(read["parentSpanId"], PARENT);
    assert_eq!(read["spanId"], span.as_str());
    assert_eq!(read["statusCode"], "OK");
    assert_eq!(read["dataSubjectId"], "CASE-LOG");
    assert_eq!(read["dataSubjectIdType"], "mandaat:clientRef");
    assert_eq!(read["actorId"], json!(m.lead.id));
    assert!(
        read["processingActivityId"]
            .as_str()
            .is_some_and(|id| id.starts_with("urn:mandaat:verwerkingsactiviteit:"))
    );
    assert!(read["startTime"].as_str() <= read["endTime"].as_str());

    // A read leaves the audit trail, which keeps changes.
    let trail = m
        .controller
        .client
        .get(&format!("/api/v1/audit-events?entityId={id}"))
        .await;
    assert!(
        trail.body["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|event| event["action"] != "decision.read"),
        "{}",
        trail.text
    );

    // Filters by actor, and the whole log as NDJSON.
    let by_lead = records(&m.controller.client, &format!("actorId={}", m.lead.id)).await;
    assert!(by_lead.iter().all(|r| r["actorId"] == json!(m.lead.id)));
    assert!(!by_lead.is_empty());
    let ndjson = m
        .controller
        .client
        .raw()
        .get(format!(
            "{}/api/v1/processing-log?clientRef=CASE-LOG",
            server.base
        ))
        .bearer_auth(m.controller.client.token.as_deref().unwrap())
        .header("accept", "application/x-ndjson")
        .send()
        .await
        .unwrap();
    assert_eq!(ndjson.status(), 200);
    assert!(
        ndjson.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/x-ndjson")
    );
    let lines: Vec<Value> = ndjson
        .text()
        .await
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).expect("one JSON object per line"))
        .collect();
    assert_eq!(lines.len(), found.len());
    // Another organisation sees none of it.
    let other = Org::bootstrap(&db, &server, "Gemeente Elders").await;
    let theirs = other
        .admin
        .get("/api/v1/processing-log?clientRef=CASE-LOG")
        .await;
    assert_eq!(theirs.body["items"], json!([]));
}

/// Reads of many decisions, then the server stopped: cleanly (SIGTERM), every record is there
/// after a restart; killed (`kill -9`), every record made a second before the kill is.
#[tokio::test]
async fn nothing_is_lost_on_a_clean_stop_and_at_most_the_last_moment_on_kill() {
    for signal in ["-TERM", "-9"] {
        let (db, server, m) = setup().await;
        let mut ids = Vec::new();
        for n in 0..5 {
            ids.push(
                log(
                    &m.fatima.client,
                    decision(m.financial, 100, &format!("CASE-STOP-{n}")),
                )
                .await
                .id(),
            );
        }
        let mut read_at = Vec::new();
        for round in 0..4 {
            for id in &ids {
                m.lead
                    .client
                    .get(&format!("/api/v1/decisions/{id}"))
                    .await
                    .assert_status(200);
                read_at.push((round, std::time::Instant::now()));
            }
        }
        // The reads done a second before the kill must be written by then.
        tokio::time::sleep(std::time::Duration::from_millis(1_100)).await;
        let last_round_started = std::time::Instant::now();
        for id in &ids {
            m.lead
                .client
                .get(&format!("/api/v1/decisions/{id}"))
                .await
                .assert_status(200);
        }
        let mut server = server;
        std::process::Command::new("kill")
            .args([signal, &server.pid().to_string()])
            .status()
            .expect("kill runs");
        server.wait_for_exit(15).expect("the server stops");
        assert!(last_round_started.elapsed() < std::time::Duration::from_secs(5));

        let restarted = Server::start(&db);
        let controller =
            Client::anonymous(&restarted).with_token(m.controller.client.token.as_deref().unwrap());
        let mut reads = 0;
        for n in 0..5 {
            reads += records(&controller, &format!("clientRef=CASE-STOP-{n}"))
                .await
                .iter()
                .filter(|r| r["name"] == "decision.read")
                .count();
        }
        if signal == "-TERM" {
            assert_eq!(reads, 25, "a clean stop writes every record");
        } else {
            assert!(
                reads >= 20,
                "every read made a second before the kill is kept ({reads} of 25)"
            );
        }
        drop(restarted);
    }
}
