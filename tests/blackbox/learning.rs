//! The loop that closes: a decision's timeline says who took each step and what it came to,
//! decisions due for a reflection reach their author's inbox, and the lessons of one's teams.

use serde_json::{Value, json};
use uuid::Uuid;

use crate::decisions::{decision, log, setup};

fn path(id: Uuid, step: &str) -> String {
    format!("/api/v1/decisions/{id}/{step}")
}

fn event<'a>(decision: &'a Value, kind: &str) -> &'a Value {
    decision["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == kind)
        .unwrap_or_else(|| panic!("no {kind} event in {decision}"))
}

/// A decision decided `days` ago (decisions may be logged up to a year late).
fn decided_days_ago(category: Uuid, amount: i64, client: &str, days: i64) -> Value {
    let mut body = decision(category, amount, client);
    body["decidedAt"] = json!((chrono::Utc::now() - chrono::Duration::days(days)).to_rfc3339());
    body
}

#[tokio::test]
async fn the_timeline_names_who_took_each_step_and_what_it_came_to() {
    let (_db, _server, m) = setup().await;
    // Co-signed by Joost.
    let cosign_me = log(&m.fatima.client, decision(m.housing, 20000, "CASE-T1"))
        .await
        .id();
    let cosigned = m
        .joost
        .client
        .post(
            &path(cosign_me, "cosign"),
            json!({"comment": "Goed onderbouwd."}),
        )
        .await;
    cosigned.assert_status(200);
    let step = event(&cosigned.body, "cosigned");
    assert_eq!(step["actorName"], "joost");
    assert_eq!(step["actorId"], json!(m.joost.id));
    assert_eq!(step["comment"], "Goed onderbouwd.");
    assert_eq!(step["fromStatus"], "awaiting_cosign");
    assert_eq!(step["toStatus"], "recorded");
    let created = event(&cosigned.body, "created");
    assert_eq!(created["actorName"], "fatima");
    assert_eq!(created["toStatus"], "awaiting_cosign");

    // Approved and rejected by the lead, with her comment.
    let approve_me = log(&m.fatima.client, decision(m.financial, 60000, "CASE-T2"))
        .await
        .id();
    m.lead
        .client
        .post(
            &path(approve_me, "approve"),
            json!({"comment": "Akkoord, passend."}),
        )
        .await
        .assert_status(200);
    let reject_me = log(&m.fatima.client, decision(m.financial, 70000, "CASE-T3"))
        .await
        .id();
    m.lead
        .client
        .post(
            &path(reject_me, "reject"),
            json!({"comment": "Eerst de bijzondere bijstand."}),
        )
        .await
        .assert_status(200);
    // The author reads them back with who and why.
    let approved = m
        .fatima
        .client
        .get(&format!("/api/v1/decisions/{approve_me}"))
        .await;
    let step = event(&approved.body, "approved");
    assert_eq!(step["actorName"], "ingrid");
    assert_eq!(step["comment"], "Akkoord, passend.");
    assert_eq!(step["toStatus"], "approved");
    let rejected = m
        .fatima
        .client
        .get(&format!("/api/v1/decisions/{reject_me}"))
        .await;
    let step = event(&rejected.body, "rejected");
    assert_eq!(step["actorName"], "ingrid");
    assert_eq!(step["comment"], "Eerst de bijzondere bijstand.");

    // Reviewed: not backed, with the lead's learning; then the author's reflection.
    let mut urgent = decision(m.deviation, 0, "CASE-T4");
    urgent["urgent"] = json!(true);
    let review_me = log(&m.fatima.client, urgent).await.id();
    m.lead
        .client
        .post(
            &path(review_me, "review"),
            json!({"outcome": "not_backed", "learning": "Bel mij eerst, ook 's avonds."}),
        )
        .await
        .assert_status(200);
    m.fatima
        .client
        .post(
            &path(review_me, "reflections"),
            json!({"outcome": "Uitzetting voorkomen.", "worked": true}),
        )
        .await
        .assert_status(201);
    let reviewed = m
        .fatima
        .client
        .get(&format!("/api/v1/decisions/{review_me}"))
        .await;
    let step = event(&reviewed.body, "reviewed");
    assert_eq!(step["actorName"], "ingrid");
    assert_eq!(step["outcome"], "not_backed");
    assert_eq!(step["learning"], "Bel mij eerst, ook 's avonds.");
    assert_eq!(step["fromStatus"], "recorded_urgent");
    assert_eq!(step["toStatus"], "reviewed");
    // The stored shape stays as it was.
    assert_eq!(step["data"]["outcome"], "not_backed");
    let step = event(&reviewed.body, "reflected");
    assert_eq!(step["actorName"], "fatima");
    assert_eq!(step["outcome"], "worked");
    assert_eq!(step["reflection"], "Uitzetting voorkomen.");
    assert!(step["learning"].is_null());

    // A reflection that does not say whether it worked is `unknown`.
    let silent = m
        .fatima
        .client
        .post(
            &path(approve_me, "reflections"),
            json!({"outcome": "Nog te vroeg."}),
        )
        .await;
    silent.assert_status(201);
    assert_eq!(event(&silent.body, "reflected")["outcome"], "unknown");
}

#[tokio::test]
async fn decisions_carried_out_six_weeks_ago_wait_for_their_authors_reflection() {
    let (_db, _server, m) = setup().await;
    let due = log(
        &m.fatima.client,
        decided_days_ago(m.financial, 20000, "CASE-R1", 50),
    )
    .await;
    due.assert_status(201);
    assert_eq!(due.body["status"], "recorded");
    let due_id = due.id();
    let decided_on: chrono::NaiveDate = due.body["decidedOn"].as_str().unwrap().parse().unwrap();
    let too_recent = log(
        &m.fatima.client,
        decided_days_ago(m.financial, 20000, "CASE-R2", 20),
    )
    .await
    .id();
    // Withdrawn: never carried out, so nothing to reflect on.
    let withdrawn = log(
        &m.fatima.client,
        decided_days_ago(m.financial, 60000, "CASE-R3", 60),
    )
    .await
    .id();
    m.fatima
        .client
        .post(&path(withdrawn, "withdraw"), json!({}))
        .await
        .assert_status(200);
    // Joost's own old decision is his, not hers.
    let joosts = log(
        &m.joost.client,
        decided_days_ago(m.housing, 10000, "CASE-R4", 70),
    )
    .await
    .id();

    let inbox = m.fatima.client.get("/api/v1/approvals").await;
    inbox.assert_status(200);
    let items = inbox.body["reflectionDue"].as_array().unwrap();
    assert_eq!(items.len(), 1, "{}", inbox.text);
    assert_eq!(items[0]["kind"], "reflection_due");
    assert_eq!(items[0]["decision"]["id"], json!(due_id));
    assert_eq!(
        items[0]["dueOn"],
        json!((decided_on + chrono::Days::new(42)).to_string())
    );
    assert!(
        items[0]["decision"]["clientRef"].is_null(),
        "a summary, no client reference"
    );
    assert_eq!(inbox.body["count"], 1);
    let ids: Vec<&Value> = items.iter().map(|i| &i["decision"]["id"]).collect();
    assert!(!ids.contains(&&json!(too_recent)) && !ids.contains(&&json!(withdrawn)));

    let joost_inbox = m.joost.client.get("/api/v1/approvals").await;
    assert_eq!(
        joost_inbox.body["reflectionDue"][0]["decision"]["id"],
        json!(joosts)
    );
    let lead_inbox = m.lead.client.get("/api/v1/approvals").await;
    assert_eq!(
        lead_inbox.body["reflectionDue"],
        json!([]),
        "a lead is not asked to reflect on the team's decisions"
    );

    // Once reflected, it is no longer due.
    m.fatima
        .client
        .post(
            &path(due_id, "reflections"),
            json!({"outcome": "Gezin kon verder.", "worked": true}),
        )
        .await
        .assert_status(201);
    let inbox = m.fatima.client.get("/api/v1/approvals").await;
    assert_eq!(inbox.body["reflectionDue"], json!([]));
    assert_eq!(inbox.body["count"], 0);
}

#[tokio::test]
async fn lessons_gather_the_learnings_and_published_stories_of_ones_teams() {
    let (_db, _server, m) = setup().await;
    let mut urgent = decision(m.deviation, 0, "CASE-L1");
    urgent["urgent"] = json!(true);
    urgent["title"] = json!("Kostendelersnorm niet toegepast");
    let ours = log(&m.fatima.client, urgent.clone()).await.id();
    m.lead
        .client
        .post(
            &path(ours, "review"),
            json!({"outcome": "backed", "learning": "Terecht: mantelzorg gaat voor."}),
        )
        .await
        .assert_status(200);
    urgent["clientRef"] = json!("CASE-L2");
    let theirs = log(&m.sanne.client, urgent).await.id();
    m.other_lead
        .client
        .post(
            &path(theirs, "review"),
            json!({"outcome": "not_backed", "learning": "Alleen Zuid leert dit."}),
        )
        .await
        .assert_status(200);
    let story = crate::stories::draft(
        &m.fatima.client,
        json!({"title": "Mantelzorg en de kostendelersnorm", "body": "Zoon trok in om te zorgen.", "learning": "Vraag naar mantelzorg."}),
    )
    .await;
    crate::stories::publish(&m.lead.client, story).await;
    // A draft is no lesson yet.
    crate::stories::draft(
        &m.fatima.client,
        json!({"title": "Nog niet af", "body": "Concept."}),
    )
    .await;

    let lessons = m.joost.client.get("/api/v1/lessons").await;
    lessons.assert_status(200);
    let items = lessons.body["items"].as_array().unwrap();
    assert_eq!(items.len(), 2, "{}", lessons.text);
    assert_eq!(items[0]["kind"], "story");
    assert_eq!(items[0]["storyId"], json!(story));
    assert_eq!(items[0]["title"], "Mantelzorg en de kostendelersnorm");
    assert_eq!(items[0]["learning"], "Vraag naar mantelzorg.");
    assert_eq!(items[1]["kind"], "learning");
    assert_eq!(items[1]["decisionId"], json!(ours));
    assert_eq!(items[1]["title"], "Kostendelersnorm niet toegepast");
    assert_eq!(items[1]["learning"], "Terecht: mantelzorg gaat voor.");
    assert_eq!(items[1]["outcome"], "backed");
    assert_eq!(items[1]["leadName"], "ingrid");
    assert!(!lessons.text.contains("Zuid") && !lessons.text.contains("CASE-L"));

    // Paged like every list.
    let first = m.joost.client.get("/api/v1/lessons?limit=1").await;
    assert_eq!(first.body["items"][0]["kind"], "story");
    let cursor = first.body["nextCursor"].as_str().unwrap();
    let second = m
        .joost
        .client
        .get(&format!("/api/v1/lessons?limit=1&cursor={cursor}"))
        .await;
    assert_eq!(second.body["items"][0]["kind"], "learning");
    assert!(second.body["nextCursor"].is_null());

    // Another team has its own lessons; someone without a team has none.
    let zuid = m.sanne.client.get("/api/v1/lessons").await;
    let zuid_items = zuid.body["items"].as_array().unwrap();
    assert_eq!(zuid_items.len(), 1);
    assert_eq!(zuid_items[0]["learning"], "Alleen Zuid leert dit.");
    assert_eq!(zuid_items[0]["outcome"], "not_backed");
    let none = m.controller.client.get("/api/v1/lessons").await;
    assert_eq!(none.body["items"], json!([]));
}
