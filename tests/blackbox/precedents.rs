//! Precedents while deciding: comparable earlier decisions, closest first, with how they worked
//! out, anonymised to what the caller may read.

use serde_json::{Value, json};

use crate::{
    decisions::{decision, log, setup},
    harness::*,
    stories::{draft, publish},
};

fn titled(mut body: Value, title: &str) -> Value {
    body["title"] = json!(title);
    body
}

#[tokio::test]
async fn the_closest_earlier_decisions_come_first_with_their_outcome_learning_and_story() {
    let (db, server, m) = setup().await;
    // Fatima's washing machine: reflected on (it worked) and told as a published story.
    let washing = log(
        &m.fatima.client,
        titled(
            decision(m.financial, 35000, "CASE-P1"),
            "Wasmachine voor gezin",
        ),
    )
    .await
    .id();
    m.fatima
        .client
        .post(
            &format!("/api/v1/decisions/{washing}/reflections"),
            json!({"outcome": "Gezin kon weer wassen.", "worked": true}),
        )
        .await
        .assert_status(201);
    let story = draft(&m.fatima.client, json!({"decisionId": washing})).await;
    publish(&m.lead.client, story).await;
    // A larger one, approved; and an urgent deviation, reviewed with a learning.
    let larger = log(
        &m.fatima.client,
        titled(
            decision(m.financial, 120000, "CASE-P2"),
            "Inrichting woning",
        ),
    )
    .await
    .id();
    m.lead
        .client
        .post(&format!("/api/v1/decisions/{larger}/approve"), json!({}))
        .await
        .assert_status(200);
    let mut urgent = titled(
        decision(m.deviation, 0, "CASE-P3"),
        "Aanvragen kostendelersnorm",
    );
    urgent["urgent"] = json!(true);
    let urgent = log(&m.fatima.client, urgent).await.id();
    m.lead
        .client
        .post(
            &format!("/api/v1/decisions/{urgent}/review"),
            json!({"outcome": "backed", "learning": "Goed gedaan; leg het vast in het werkoverleg."}),
        )
        .await
        .assert_status(200);
    // Sanne, of another team, decided a similar one: a precedent, but not hers to read.
    let sannes = log(
        &m.sanne.client,
        titled(decision(m.financial, 34000, "CASE-P4"), "Wasmachines kapot"),
    )
    .await
    .id();
    m.other_lead
        .client
        .post(&format!("/api/v1/decisions/{sannes}/approve"), json!({}))
        .await
        .assert_status(200);
    // Waiting and withdrawn decisions are no precedents.
    let waiting = log(&m.fatima.client, decision(m.financial, 90000, "CASE-P5"))
        .await
        .id();

    let reply = m
        .joost
        .client
        .get(&format!(
            "/api/v1/precedents?categoryId={}&amountCents=35000&q=wasmachine",
            m.financial
        ))
        .await;
    reply.assert_status(200);
    let items = reply.body["items"].as_array().unwrap();
    assert_eq!(items.len(), 3, "three by default: {}", reply.text);
    let first = &items[0];
    assert_eq!(first["decisionId"], json!(washing));
    assert_eq!(first["title"], "Wasmachine voor gezin");
    assert_eq!(first["categoryId"], json!(m.financial));
    assert_eq!(first["amountCents"], 35000);
    assert_eq!(first["verdict"], "within_mandate");
    assert_eq!(first["status"], "recorded");
    assert!(first["decidedOn"].is_string());
    assert_eq!(first["outcome"], "worked");
    assert_eq!(first["storyId"], json!(story));
    // Sanne's is second (same category, nearly the same amount, a word form shared), without
    // what Joost may not read; the larger one third.
    let second = &items[1];
    assert!(second["decisionId"].is_null() && second["title"].is_null());
    assert_eq!(second["amountCents"], 34000);
    assert_eq!(second["status"], "approved");
    assert!(second["outcome"].is_null(), "nobody reflected yet");
    assert_eq!(items[2]["decisionId"], json!(larger));
    // Never a client reference or a name.
    for secret in ["CASE-P", "fatima", "sanne", "ingrid"] {
        assert!(!reply.text.contains(secret), "{secret} in {}", reply.text);
    }
    assert!(!reply.text.contains(&waiting.to_string()));

    // The review's learning comes with the decision it was about.
    let reviewed = m
        .fatima
        .client
        .get(&format!(
            "/api/v1/precedents?categoryId={}&q=aanvraag&limit=1",
            m.deviation
        ))
        .await;
    let item = &reviewed.body["items"][0];
    assert_eq!(item["decisionId"], json!(urgent));
    assert_eq!(item["reviewOutcome"], "backed");
    assert_eq!(
        item["learning"],
        "Goed gedaan; leg het vast in het werkoverleg."
    );
    assert_eq!(reviewed.body["items"].as_array().unwrap().len(), 1);

    // Sanne reads her own.
    let hers = m
        .sanne
        .client
        .get(&format!(
            "/api/v1/precedents?categoryId={}&amountCents=34000&limit=10",
            m.financial
        ))
        .await;
    assert_eq!(hers.body["items"][0]["decisionId"], json!(sannes));
    assert_eq!(hers.body["items"][0]["title"], "Wasmachines kapot");
    assert_eq!(hers.body["items"].as_array().unwrap().len(), 3);

    // Bounded, and checked.
    let bad = m
        .joost
        .client
        .get("/api/v1/precedents?limit=11&amountCents=-1")
        .await;
    let mut fields = bad.assert_problem(400);
    fields.sort();
    assert_eq!(fields, vec!["amountCents", "limit"]);

    // Another organisation sees none of them.
    let other = Org::bootstrap(&db, &server, "Gemeente Elders").await;
    let team = other.team("Wijkteam West").await;
    let stranger = other.person("pim", &["professional"], &[team]).await;
    let theirs = stranger
        .client
        .get(&format!("/api/v1/precedents?categoryId={}", m.financial))
        .await;
    theirs.assert_status(200);
    assert_eq!(theirs.body["items"], json!([]));
}
