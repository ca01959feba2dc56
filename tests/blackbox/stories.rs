//! The casebook: drafting a story from an own decision, publishing by a lead of the author's
//! team, who reads what, optimistic concurrency, and search by Dutch word forms.

use serde_json::{Value, json};
use uuid::Uuid;

use crate::{
    decisions::{decision, log, setup},
    harness::*,
};

/// PATCHes a story with an optional If-Match.
pub(crate) async fn patch_story(
    client: &Client,
    id: Uuid,
    if_match: Option<&str>,
    body: Value,
) -> Reply {
    let mut request = client
        .raw()
        .patch(format!("{}/api/v1/stories/{id}", client.base))
        .bearer_auth(client.token.as_deref().unwrap())
        .json(&body);
    if let Some(tag) = if_match {
        request = request.header("If-Match", tag);
    }
    Client::read(request.send().await.unwrap()).await
}

/// Publishes a story with an optional If-Match.
async fn publish_with(client: &Client, id: Uuid, if_match: Option<&str>) -> Reply {
    let mut request = client
        .raw()
        .post(format!("{}/api/v1/stories/{id}/publish", client.base))
        .bearer_auth(client.token.as_deref().unwrap())
        .json(&json!({}));
    if let Some(tag) = if_match {
        request = request.header("If-Match", tag);
    }
    Client::read(request.send().await.unwrap()).await
}

pub(crate) async fn draft(client: &Client, body: Value) -> Uuid {
    client
        .post("/api/v1/stories", body)
        .await
        .assert_status(201)
        .id()
}

pub(crate) async fn publish(lead: &Client, id: Uuid) {
    lead.post(&format!("/api/v1/stories/{id}/publish"), json!({}))
        .await
        .assert_status(200);
}

fn ids(reply: &Reply) -> Vec<Value> {
    reply.body["items"]
        .as_array()
        .unwrap_or_else(|| panic!("no items in {}", reply.text))
        .iter()
        .map(|s| s["id"].clone())
        .collect()
}

#[tokio::test]
async fn a_draft_from_an_own_decision_is_published_by_a_lead_and_then_read_by_all() {
    let (db, server, m) = setup().await;
    let decided = log(&m.fatima.client, decision(m.financial, 35000, "CASE-S1")).await;
    decided.assert_status(201);
    let decision_id = decided.id();

    // The form starts from the decision, without its client reference.
    let created = m
        .fatima
        .client
        .post(
            "/api/v1/stories",
            json!({"decisionId": decision_id, "learning": "Vraag eerst naar de bijzondere bijstand.", "tags": ["Wasmachine", "gezin"]}),
        )
        .await;
    created.assert_status(201);
    let story = created.id();
    assert_eq!(created.body["status"], "draft");
    assert_eq!(created.body["title"], "Wasmachine voor gezin");
    assert_eq!(created.body["categoryId"], json!(m.financial));
    assert_eq!(created.body["decisionId"], json!(decision_id));
    assert_eq!(created.body["tags"], json!(["wasmachine", "gezin"]));
    assert_eq!(created.header("etag"), Some("\"1\""));
    assert!(!created.text.contains("CASE-S1") && created.body.get("clientRef").is_none());
    // Starting from the decision's texts reads the client's data: logged like any read.
    let log_reply = m
        .controller
        .client
        .get("/api/v1/processing-log?clientRef=CASE-S1&limit=200")
        .await;
    log_reply.assert_status(200);
    assert!(
        log_reply.body["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["name"] == "decision.read" && r["actorId"] == json!(m.fatima.id)),
        "{}",
        log_reply.text
    );

    // A story never names the client: its reference or a BSN in any text is refused.
    let named = m
        .fatima
        .client
        .post(
            "/api/v1/stories",
            json!({"decisionId": decision_id, "body": "Voor case-s1 gekocht.", "title": "BSN 123456782"}),
        )
        .await;
    assert_eq!(named.assert_problem(400), vec!["title", "body"]);
    assert!(!named.text.contains("123456782"));
    // Only from one's own decision.
    let joosts = log(&m.joost.client, decision(m.housing, 10000, "CASE-S2"))
        .await
        .id();
    m.fatima
        .client
        .post("/api/v1/stories", json!({"decisionId": joosts}))
        .await
        .assert_problem(403);
    let missing = m
        .fatima
        .client
        .post("/api/v1/stories", json!({"decisionId": Uuid::now_v7()}))
        .await;
    assert_eq!(missing.assert_problem(400), vec!["decisionId"]);
    let empty = m.fatima.client.post("/api/v1/stories", json!({})).await;
    assert_eq!(empty.assert_problem(400), vec!["title", "body"]);
    // A controller changes nothing, so writes no stories.
    m.controller
        .client
        .post("/api/v1/stories", json!({"title": "x", "body": "y"}))
        .await
        .assert_problem(403);

    // A draft: the author and the leads of her team; not colleagues, not other teams.
    let path = format!("/api/v1/stories/{story}");
    m.fatima.client.get(&path).await.assert_status(200);
    m.lead.client.get(&path).await.assert_status(200);
    m.joost.client.get(&path).await.assert_problem(403);
    m.sanne.client.get(&path).await.assert_problem(403);
    m.other_lead.client.get(&path).await.assert_problem(403);
    assert!(!ids(&m.joost.client.get("/api/v1/stories").await).contains(&json!(story)));
    assert!(ids(&m.lead.client.get("/api/v1/stories").await).contains(&json!(story)));

    // Published by a lead of the author's team: never the author, a colleague or another lead.
    let publish_path = format!("/api/v1/stories/{story}/publish");
    for who in [&m.fatima, &m.joost, &m.other_lead, &m.controller] {
        who.client
            .post(&publish_path, json!({}))
            .await
            .assert_problem(403);
    }
    // The lead publishes what she read: after the author changed it, her ETag is stale.
    let as_read = m.lead.client.get(&path).await;
    let read_tag = as_read.header("etag").expect("an ETag").to_owned();
    let changed = patch_story(
        &m.fatima.client,
        story,
        Some(&read_tag),
        json!({"learning": "Eerst bellen, dan pas kopen."}),
    )
    .await;
    changed.assert_status(200);
    publish_with(&m.lead.client, story, Some(&read_tag))
        .await
        .assert_problem(412);
    let now_tag = changed.header("etag").expect("an ETag").to_owned();
    let published = publish_with(&m.lead.client, story, Some(&now_tag)).await;
    published.assert_status(200);
    assert_eq!(published.body["learning"], "Eerst bellen, dan pas kopen.");
    assert_eq!(published.body["status"], "published");
    assert_eq!(published.body["publishedBy"], json!(m.lead.id));
    m.lead
        .client
        .post(&publish_path, json!({}))
        .await
        .assert_problem(409);

    // Now everyone of the organisation reads it.
    for who in [&m.joost, &m.sanne, &m.other_lead, &m.controller] {
        who.client.get(&path).await.assert_status(200);
        assert!(ids(&who.client.get("/api/v1/stories").await).contains(&json!(story)));
    }
    // Another organisation: not found, and not listed.
    let other = Org::bootstrap(&db, &server, "Gemeente Elders").await;
    let team = other.team("Wijkteam West").await;
    let stranger = other.person("pim", &["professional"], &[team]).await;
    stranger.client.get(&path).await.assert_problem(404);
    assert_eq!(
        stranger.client.get("/api/v1/stories").await.body["items"],
        json!([])
    );
    stranger
        .client
        .post(&publish_path, json!({}))
        .await
        .assert_problem(404);
    patch_story(
        &stranger.client,
        story,
        Some("\"2\""),
        json!({"title": "x"}),
    )
    .await
    .assert_problem(404);
}

#[tokio::test]
async fn a_change_names_the_version_it_was_made_on() {
    let (_db, _server, m) = setup().await;
    let story = draft(
        &m.fatima.client,
        json!({"title": "Huurachterstand opgelost", "body": "Met de verhuurder gebeld."}),
    )
    .await;
    let change = json!({"learning": "Bel de verhuurder op dag één."});
    patch_story(&m.fatima.client, story, None, change.clone())
        .await
        .assert_problem(428);
    patch_story(&m.fatima.client, story, Some("\"7\""), change.clone())
        .await
        .assert_problem(412);
    let changed = patch_story(&m.fatima.client, story, Some("\"1\""), change.clone()).await;
    changed.assert_status(200);
    assert_eq!(changed.body["version"], 2);
    assert_eq!(changed.body["learning"], "Bel de verhuurder op dag één.");
    assert_eq!(changed.header("etag"), Some("\"2\""));
    // The old tag is stale now; the lead of her team may edit too, a colleague may not.
    patch_story(&m.lead.client, story, Some("\"1\""), change.clone())
        .await
        .assert_problem(412);
    patch_story(&m.joost.client, story, Some("\"2\""), change.clone())
        .await
        .assert_problem(403);
    let bad = patch_story(
        &m.lead.client,
        story,
        Some("\"2\""),
        json!({"title": "", "tags": ["a|b"], "learning": "bsn 1234.56.782"}),
    )
    .await;
    assert_eq!(
        bad.assert_problem(400),
        vec!["title", "learning", "tags[0]"]
    );
    let cleared = patch_story(
        &m.lead.client,
        story,
        Some("\"2\""),
        json!({"learning": null, "tags": ["huur"]}),
    )
    .await;
    cleared.assert_status(200);
    assert!(cleared.body["learning"].is_null());
    assert_eq!(cleared.body["version"], 3);
}

#[tokio::test]
async fn stories_are_found_by_dutch_word_forms_category_and_tag() {
    let (_db, _server, m) = setup().await;
    let aanvragen = draft(
        &m.fatima.client,
        json!({"title": "Aanvragen bijzondere bijstand snel afgehandeld", "body": "Drie kinderen, geen wasmachine.", "categoryId": m.financial, "tags": ["bijstand"]}),
    )
    .await;
    let huur = draft(
        &m.fatima.client,
        json!({"title": "Huurachterstand", "body": "Een aanvraag bij het fonds en de woningen van de corporatie.", "categoryId": m.housing, "tags": ["huur", "Schulden"]}),
    )
    .await;
    let gezin = draft(
        &m.joost.client,
        json!({"title": "Gezin geholpen", "body": "De wasmachines van de kringloop.", "categoryId": m.financial}),
    )
    .await;
    for id in [aanvragen, huur, gezin] {
        publish(&m.lead.client, id).await;
    }
    let search = |query: &str| {
        let client = m.sanne.client.clone();
        let query = query.to_owned();
        async move {
            let reply = client.get(&format!("/api/v1/stories?{query}")).await;
            reply.assert_status(200);
            let mut found = ids(&reply);
            found.sort_by_key(|v| v.to_string());
            found
        }
    };
    let sorted = |mut list: Vec<Uuid>| {
        list.sort();
        list.into_iter().map(|id| json!(id)).collect::<Vec<_>>()
    };
    // aanvraag finds aanvragen (and aanvraag); one word form finds the other.
    assert_eq!(search("q=aanvraag").await, sorted(vec![aanvragen, huur]));
    assert_eq!(search("q=Aanvragen").await, sorted(vec![aanvragen, huur]));
    assert_eq!(
        search("q=wasmachines").await,
        sorted(vec![aanvragen, gezin])
    );
    assert_eq!(search("q=kind").await, sorted(vec![aanvragen]));
    assert_eq!(search("q=woning").await, sorted(vec![huur]));
    // A word also finds the compounds it begins.
    assert_eq!(search("q=huur").await, sorted(vec![huur]));
    // Every word must be found.
    assert_eq!(
        search("q=aanvraag%20wasmachine").await,
        sorted(vec![aanvragen])
    );
    assert_eq!(search("q=fiets").await, Vec::<Value>::new());
    // Stop words alone narrow nothing.
    assert_eq!(search("q=de").await.len(), 3);
    // Category and tag filters.
    assert_eq!(
        search(&format!("categoryId={}", m.financial)).await,
        sorted(vec![aanvragen, gezin])
    );
    assert_eq!(search("tag=schulden").await, sorted(vec![huur]));
    assert_eq!(search("tag=Huur").await, sorted(vec![huur]));
    assert_eq!(
        search("tag=hu").await,
        Vec::<Value>::new(),
        "tags match whole"
    );
    assert_eq!(
        search(&format!("q=aanvraag&categoryId={}", m.housing)).await,
        sorted(vec![huur])
    );
    // Paging, newest first.
    let first = m.sanne.client.get("/api/v1/stories?limit=2").await;
    assert_eq!(ids(&first), vec![json!(gezin), json!(huur)]);
    let cursor = first.body["nextCursor"].as_str().unwrap();
    let second = m
        .sanne
        .client
        .get(&format!("/api/v1/stories?limit=2&cursor={cursor}"))
        .await;
    assert_eq!(ids(&second), vec![json!(aanvragen)]);
    assert!(second.body["nextCursor"].is_null());
    let bad = m.sanne.client.get("/api/v1/stories?status=concept").await;
    assert_eq!(bad.assert_problem(400), vec!["status"]);
}

#[tokio::test]
async fn erasing_the_client_erases_the_texts_of_stories_told_from_their_decisions() {
    let (_db, _server, m) = setup().await;
    let decided = log(&m.fatima.client, decision(m.financial, 35000, "CASE-E1"))
        .await
        .id();
    let told = draft(
        &m.fatima.client,
        json!({"decisionId": decided, "tags": ["wasmachine"]}),
    )
    .await;
    let other = draft(
        &m.fatima.client,
        json!({"title": "Los verhaal over een wasmachine", "body": "Zonder beslissing."}),
    )
    .await;
    m.org
        .admin
        .post("/api/v1/client-records/CASE-E1/erase", json!({}))
        .await
        .assert_status(200);
    let erased = m
        .fatima
        .client
        .get(&format!("/api/v1/stories/{told}"))
        .await;
    erased.assert_status(200);
    assert_eq!(erased.body["title"], "[gewist]");
    assert_eq!(erased.body["body"], "[gewist]");
    assert_eq!(erased.body["tags"], json!([]));
    assert_eq!(
        erased.body["version"], 2,
        "an edit on the old text is stale"
    );
    assert!(!erased.text.contains("Wasmachine voor gezin"));
    let found = m.fatima.client.get("/api/v1/stories?q=wasmachine").await;
    assert_eq!(ids(&found), vec![json!(other)]);
}
