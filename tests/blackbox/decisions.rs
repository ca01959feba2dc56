//! Decisions: logging with the verdict and the ledger, the workflow, idempotency, races,
//! visibility and validation.

use serde_json::{Value, json};
use uuid::Uuid;

use crate::{
    harness::*,
    mandates::{MandateOrg, mandate_org, post_version, rule},
};

/// Fatima: financial support alone up to €500 (approval to €2,500) with €1,000 per quarter;
/// housing with a co-signer up to €500; deviations need approval. Joost may do housing alone up
/// to €1,000, so he can co-sign hers.
pub(crate) async fn setup() -> (TestDb, Server, MandateOrg) {
    let db = TestDb::new().await;
    let server = Server::start(&db);
    let m = mandate_org(&db, &server).await;
    let fatima = json!({
        "validFrom": "2026-01-01", "reason": "stap", "period": "quarter",
        "periodLimitCents": 500000, "perClientYearLimitCents": 300000,
        "rules": [
            rule(m.financial, "autonomous", 50000, 250000, Some(100000)),
            rule(m.housing, "four_eyes", 50000, 100000, None),
            rule(m.deviation, "approval", 0, 0, None),
        ],
    });
    post_version(&m.lead.client, m.fatima.id, None, fatima)
        .await
        .assert_status(201);
    let joost = json!({"validFrom": "2026-01-01", "reason": "senior", "period": "quarter", "rules": [rule(m.housing, "autonomous", 100000, 200000, None)]});
    post_version(&m.lead.client, m.joost.id, None, joost)
        .await
        .assert_status(201);
    (db, server, m)
}

pub(crate) fn decision(category: Uuid, amount: i64, client: &str) -> Value {
    json!({
        "categoryId": category, "clientRef": client, "amountCents": amount,
        "title": "Wasmachine voor gezin", "situation": "Gezin met drie kinderen, wasmachine kapot.",
        "solution": "Wasmachine vandaag gekocht.", "rationale": "Zes weken wachten is niet verantwoord.",
        "decidedAt": chrono::Utc::now().to_rfc3339(),
    })
}

pub(crate) async fn log(client: &Client, body: Value) -> Reply {
    client.post("/api/v1/decisions", body).await
}

async fn log_with_key(client: &Client, key: &str, body: &Value) -> Reply {
    let request = client
        .raw()
        .post(format!("{}/api/v1/decisions", client.base))
        .bearer_auth(client.token.as_deref().unwrap())
        .header("Idempotency-Key", key)
        .json(body);
    Client::read(request.send().await.unwrap()).await
}

async fn category_budget(client: &Client, category: Uuid) -> Value {
    let mandate = client.get("/api/v1/me/mandate").await;
    mandate.body["categories"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["categoryId"] == json!(category))
        .unwrap()["budget"]
        .clone()
}

#[tokio::test]
async fn the_verdict_sets_the_status_and_the_amount_is_booked() {
    let (_db, _server, m) = setup().await;
    let within = log(&m.fatima.client, decision(m.financial, 35000, "CASE-1")).await;
    within.assert_status(201);
    assert_eq!(within.body["verdict"], "within_mandate");
    assert_eq!(within.body["status"], "recorded");
    assert!(within.body["mandateVersionId"].is_string());
    assert!(
        within.body["explanation"]
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l["decisive"] == true)
    );
    assert_eq!(within.body["events"][0]["kind"], "created");
    assert_eq!(within.body["teamId"], json!(m.team));
    assert!(within.body["recordedAt"].as_str().unwrap().ends_with('Z'));

    let approval = log(&m.fatima.client, decision(m.financial, 60000, "CASE-2")).await;
    assert_eq!(approval.body["verdict"], "needs_approval");
    assert_eq!(approval.body["status"], "awaiting_approval");
    let cosign = log(&m.fatima.client, decision(m.housing, 10000, "CASE-3")).await;
    assert_eq!(cosign.body["status"], "awaiting_cosign");
    let mut urgent = decision(m.deviation, 0, "CASE-4");
    urgent["urgent"] = json!(true);
    urgent["deviatesFrom"] = json!("Participatiewet art. 22a (kostendelersnorm)");
    let urgent = log(&m.fatima.client, urgent).await;
    assert_eq!(urgent.body["verdict"], "needs_approval");
    assert_eq!(urgent.body["status"], "recorded_urgent");
    let outside = log(&m.fatima.client, decision(m.financial, 250001, "CASE-5")).await;
    assert_eq!(outside.body["verdict"], "outside_mandate");
    assert_eq!(outside.body["status"], "awaiting_approval");

    let budget = category_budget(&m.fatima.client, m.financial).await;
    assert_eq!(budget["committedCents"], 35000);
    assert_eq!(
        budget["reservedCents"],
        60000 + 250001,
        "waiting decisions hold their amount"
    );
}

#[tokio::test]
async fn the_workflow_moves_decisions_and_their_reservations() {
    let (_db, _server, m) = setup().await;
    let approve_me = log(&m.fatima.client, decision(m.financial, 60000, "CASE-A"))
        .await
        .id();
    let reject_me = log(&m.fatima.client, decision(m.financial, 70000, "CASE-B"))
        .await
        .id();
    let withdraw_me = log(&m.fatima.client, decision(m.financial, 80000, "CASE-C"))
        .await
        .id();
    let cosign_me = log(&m.fatima.client, decision(m.housing, 20000, "CASE-D"))
        .await
        .id();
    let mut urgent = decision(m.deviation, 0, "CASE-E");
    urgent["urgent"] = json!(true);
    let review_me = log(&m.fatima.client, urgent).await.id();

    // The inbox of each: the lead approves and reviews, Joost co-signs.
    let inbox = m.lead.client.get("/api/v1/approvals").await;
    assert_eq!(inbox.body["approvals"].as_array().unwrap().len(), 3);
    assert_eq!(inbox.body["reviews"][0]["id"], json!(review_me));
    assert_eq!(inbox.body["count"], 4);
    let joost_inbox = m.joost.client.get("/api/v1/approvals").await;
    assert_eq!(joost_inbox.body["cosigns"][0]["id"], json!(cosign_me));
    assert_eq!(
        m.fatima.client.get("/api/v1/approvals").await.body["count"],
        0,
        "nobody approves their own"
    );

    let path = |id: Uuid, step: &str| format!("/api/v1/decisions/{id}/{step}");
    // Never the author, never another team's lead or a colleague.
    m.fatima
        .client
        .post(&path(approve_me, "approve"), json!({}))
        .await
        .assert_problem(403);
    m.joost
        .client
        .post(&path(approve_me, "approve"), json!({}))
        .await
        .assert_problem(403);
    m.other_lead
        .client
        .post(&path(approve_me, "approve"), json!({}))
        .await
        .assert_problem(403);
    m.fatima
        .client
        .post(&path(cosign_me, "cosign"), json!({}))
        .await
        .assert_problem(403);
    m.sanne
        .client
        .post(&path(cosign_me, "cosign"), json!({}))
        .await
        .assert_problem(403);
    m.lead
        .client
        .post(&path(withdraw_me, "withdraw"), json!({}))
        .await
        .assert_problem(403);

    let approved = m
        .lead
        .client
        .post(
            &path(approve_me, "approve"),
            json!({"comment": "Goed onderbouwd."}),
        )
        .await;
    approved.assert_status(200);
    assert_eq!(approved.body["status"], "approved");
    let last = approved.body["events"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(last["kind"], "approved");
    assert_eq!(last["actorId"], json!(m.lead.id));
    assert_eq!(last["comment"], "Goed onderbouwd.");
    m.lead
        .client
        .post(&path(approve_me, "approve"), json!({}))
        .await
        .assert_problem(409);
    m.lead
        .client
        .post(&path(approve_me, "reject"), json!({}))
        .await
        .assert_problem(409);

    assert_eq!(
        m.lead
            .client
            .post(&path(reject_me, "reject"), json!({}))
            .await
            .body["status"],
        "rejected"
    );
    assert_eq!(
        m.fatima
            .client
            .post(&path(withdraw_me, "withdraw"), json!({}))
            .await
            .body["status"],
        "withdrawn"
    );
    assert_eq!(
        m.joost
            .client
            .post(&path(cosign_me, "cosign"), json!({}))
            .await
            .body["status"],
        "recorded"
    );

    let fields = m
        .lead
        .client
        .post(
            &path(review_me, "review"),
            json!({"outcome": "backed", "learning": " "}),
        )
        .await
        .assert_problem(400);
    assert_eq!(fields, ["learning"]);
    m.fatima
        .client
        .post(
            &path(review_me, "review"),
            json!({"outcome": "backed", "learning": "x"}),
        )
        .await
        .assert_problem(403);
    let reviewed = m
        .lead
        .client
        .post(
            &path(review_me, "review"),
            json!({"outcome": "backed", "learning": "Volgende keer vooraf even bellen."}),
        )
        .await;
    assert_eq!(reviewed.body["status"], "reviewed");
    let review_event = reviewed.body["events"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(review_event["data"]["outcome"], "backed");

    let reflected = m
        .fatima
        .client
        .post(
            &path(approve_me, "reflections"),
            json!({"outcome": "Uithuiszetting voorkomen.", "worked": true}),
        )
        .await;
    reflected.assert_status(201);
    assert_eq!(
        reflected.body["events"].as_array().unwrap().last().unwrap()["kind"],
        "reflected"
    );
    m.lead
        .client
        .post(&path(approve_me, "reflections"), json!({"outcome": "x"}))
        .await
        .assert_problem(403);
    m.fatima
        .client
        .post(&path(withdraw_me, "reflections"), json!({"outcome": "x"}))
        .await
        .assert_problem(409);

    // Approved and co-signed amounts are committed; rejected and withdrawn ones released.
    let financial = category_budget(&m.fatima.client, m.financial).await;
    assert_eq!(financial["committedCents"], 60000);
    assert_eq!(financial["reservedCents"], 0);
    let housing = category_budget(&m.fatima.client, m.housing).await;
    assert_eq!(housing["committedCents"], 20000);
    assert_eq!(
        m.lead.client.get("/api/v1/approvals").await.body["count"],
        0
    );
}

#[tokio::test]
async fn an_offline_within_mandate_that_no_longer_fits_is_recorded_for_review() {
    let (_db, _server, m) = setup().await;
    for client in ["CASE-1", "CASE-2"] {
        assert_eq!(
            log(&m.fatima.client, decision(m.financial, 45000, client))
                .await
                .body["status"],
            "recorded"
        );
    }
    // The phone showed "within mandate" offline; meanwhile the quarter's €1,000 is nearly gone.
    let mut offline = decision(m.financial, 45000, "CASE-3");
    offline["clientVerdict"] = json!("within_mandate");
    offline["id"] = json!(Uuid::now_v7());
    let reply = log(&m.fatima.client, offline.clone()).await;
    reply.assert_status(201);
    assert_eq!(
        reply.body["id"], offline["id"],
        "the id made on the phone is kept"
    );
    assert_eq!(reply.body["verdict"], "needs_approval");
    assert_eq!(reply.body["clientVerdict"], "within_mandate");
    assert_eq!(reply.body["status"], "recorded_urgent");
    assert_eq!(
        m.lead.client.get("/api/v1/approvals").await.body["reviews"][0]["id"],
        offline["id"]
    );
    // The same id again is refused rather than logged twice.
    assert_eq!(
        log(&m.fatima.client, offline).await.assert_problem(400),
        ["id"]
    );
}

#[tokio::test]
async fn an_idempotency_key_logs_a_decision_exactly_once() {
    let (_db, _server, m) = setup().await;
    let body = decision(m.financial, 12345, "CASE-K");
    let first = log_with_key(&m.fatima.client, "phone-1-0001", &body).await;
    first.assert_status(201);
    assert!(first.header("idempotent-replayed").is_none());
    let again = log_with_key(&m.fatima.client, "phone-1-0001", &body).await;
    again.assert_status(201);
    assert_eq!(again.id(), first.id());
    assert_eq!(again.header("idempotent-replayed"), Some("true"));
    let mut other = body.clone();
    other["amountCents"] = json!(999);
    log_with_key(&m.fatima.client, "phone-1-0001", &other)
        .await
        .assert_problem(422);
    // Keys are per person: Joost's same key is his own.
    let mut joost = decision(m.housing, 100, "CASE-J");
    joost["title"] = json!("Ander");
    log_with_key(&m.joost.client, "phone-1-0001", &joost)
        .await
        .assert_status(201);
    // A refused request gives its key back, so the corrected one may use it.
    let mut invalid = body.clone();
    invalid["title"] = json!("");
    log_with_key(&m.fatima.client, "phone-1-0002", &invalid)
        .await
        .assert_problem(400);
    log_with_key(
        &m.fatima.client,
        "phone-1-0002",
        &decision(m.financial, 100, "CASE-L"),
    )
    .await
    .assert_status(201);

    // Ten at once with one key: one decision.
    let concurrent = decision(m.financial, 111, "CASE-M");
    let replies: Vec<Reply> = futures_join(10, |_| {
        log_with_key(&m.fatima.client, "phone-1-0003", &concurrent)
    })
    .await;
    let created: Vec<String> = replies
        .iter()
        .filter(|r| r.status.as_u16() == 201)
        .map(|r| r.body["id"].as_str().unwrap().to_owned())
        .collect();
    assert!(!created.is_empty());
    assert!(
        created.iter().all(|id| *id == created[0]),
        "every 201 names the same decision"
    );
    assert!(
        replies
            .iter()
            .all(|r| matches!(r.status.as_u16(), 201 | 409)),
        "the others wait (409)"
    );
    let listed = m.fatima.client.get("/api/v1/decisions?limit=200").await;
    let with_amount = listed.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["amountCents"] == 111)
        .count();
    assert_eq!(with_amount, 1);
}

/// A phone syncing after a house visit sends its own id and a key; when the answer is lost it
/// sends both again. The retry is the original decision, not a refused duplicate id, and the
/// id stays taken for any other request.
#[tokio::test]
async fn a_phone_retrying_its_own_id_with_its_key_gets_the_original() {
    let (db, _server, m) = setup().await;
    let mut body = decision(m.financial, 2500, "CASE-P");
    let id = Uuid::now_v7();
    body["id"] = json!(id);
    let first = log_with_key(&m.fatima.client, "phone-2-0001", &body).await;
    first.assert_status(201);
    assert_eq!(first.id(), id);
    let again = log_with_key(&m.fatima.client, "phone-2-0001", &body).await;
    again.assert_status(201);
    assert_eq!(again.id(), id);
    assert_eq!(again.header("idempotent-replayed"), Some("true"));
    assert_eq!(again.body["events"], first.body["events"]);
    // Under a new key the same id is somebody else's decision already.
    assert_eq!(
        log_with_key(&m.fatima.client, "phone-2-0002", &body)
            .await
            .assert_problem(400),
        ["id"]
    );
    // Nothing was booked twice.
    assert_eq!(
        category_budget(&m.fatima.client, m.financial).await["usedCents"],
        2500
    );
    assert_ledger_consistent(&db).await;
}

/// Two servers on one database (PostgreSQL behind a load balancer, or two processes on one
/// SQLite file) receive the same key at once: neither knows the other is working on it, so
/// the database's key decides, and the loser answers with the winner's decision.
#[tokio::test]
async fn the_same_key_at_two_servers_at_once_logs_one_decision() {
    let (db, server, m) = setup().await;
    let second = Server::start(&db);
    let at_second =
        Client::anonymous(&second).with_token(m.fatima.client.token.as_deref().unwrap());
    for round in 0..5 {
        let key = format!("phone-3-{round:04}");
        let body = decision(m.financial, 100 + round, "CASE-T");
        let replies: Vec<Reply> = futures_join(8, |i| {
            let (client, key, body) = (
                if i % 2 == 0 {
                    &m.fatima.client
                } else {
                    &at_second
                },
                key.clone(),
                body.clone(),
            );
            async move { log_with_key(client, &key, &body).await }
        })
        .await;
        let created: Vec<Uuid> = replies
            .iter()
            .filter(|r| r.status.as_u16() == 201)
            .map(Reply::id)
            .collect();
        assert!(
            !created.is_empty(),
            "round {round}: {:?}",
            replies.iter().map(|r| r.status).collect::<Vec<_>>()
        );
        assert!(
            created.iter().all(|id| *id == created[0]),
            "round {round}: one decision"
        );
        assert!(
            replies
                .iter()
                .all(|r| matches!(r.status.as_u16(), 201 | 409)),
            "round {round}: {:?}",
            replies
                .iter()
                .map(|r| (r.status, r.text.clone()))
                .collect::<Vec<_>>()
        );
    }
    let listed = m.fatima.client.get("/api/v1/decisions?limit=200").await;
    let logged = listed.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| (100..105).contains(&d["amountCents"].as_i64().unwrap()))
        .count();
    assert_eq!(logged, 5, "one decision per key");
    drop(server);
    assert_ledger_consistent(&db).await;
}

/// Runs `n` futures at once.
async fn futures_join<'a, T, F, Fut>(n: usize, make: F) -> Vec<T>
where
    F: Fn(usize) -> Fut,
    Fut: Future<Output = T> + 'a,
{
    let mut set = Vec::new();
    for i in 0..n {
        set.push(make(i));
    }
    let mut replies = Vec::new();
    let mut pinned: Vec<_> = set.into_iter().map(Box::pin).collect();
    // Poll all together.
    let results = std::future::poll_fn(|cx| {
        let mut done = true;
        for (index, future) in pinned.iter_mut().enumerate() {
            if replies.iter().any(|(i, _)| *i == index) {
                continue;
            }
            match future.as_mut().poll(cx) {
                std::task::Poll::Ready(reply) => replies.push((index, reply)),
                std::task::Poll::Pending => done = false,
            }
        }
        if done {
            std::task::Poll::Ready(std::mem::take(&mut replies))
        } else {
            std::task::Poll::Pending
        }
    })
    .await;
    results.into_iter().map(|(_, reply)| reply).collect()
}

#[tokio::test]
async fn concurrent_decisions_never_overspend_a_limit_together() {
    let (_db, _server, m) = setup().await;
    // €800 of the quarter's €1,000 is used: €200 is left for financial support.
    for (amount, client) in [(40000, "CASE-P1"), (40000, "CASE-P2")] {
        assert_eq!(
            log(&m.fatima.client, decision(m.financial, amount, client))
                .await
                .body["status"],
            "recorded"
        );
    }
    let replies: Vec<Reply> = futures_join(50, |i| {
        log(
            &m.fatima.client,
            decision(m.financial, 1000, &format!("CASE-R{i}")),
        )
    })
    .await;
    assert!(
        replies.iter().all(|r| r.status.as_u16() == 201),
        "every decision is logged"
    );
    let within: i64 = replies
        .iter()
        .filter(|r| r.body["verdict"] == "within_mandate")
        .map(|r| r.body["amountCents"].as_i64().unwrap())
        .sum();
    assert_eq!(
        within, 20000,
        "the within-mandate ones use exactly what was left"
    );
    let waiting = replies
        .iter()
        .filter(|r| r.body["status"] == "awaiting_approval")
        .count();
    assert_eq!(waiting, 30, "the rest waits for approval");
    let budget = category_budget(&m.fatima.client, m.financial).await;
    assert_eq!(budget["committedCents"], 100000);
    assert_eq!(budget["reservedCents"], 30000);
    assert_ledger_consistent(&_db).await;
}

#[tokio::test]
async fn a_killed_server_loses_no_acknowledged_decision() {
    let (db, server, m) = setup().await;
    let pid = server.pid().to_string();
    let acknowledged = std::sync::Mutex::new(Vec::<String>::new());
    let worker = |n: usize| {
        let client = m.fatima.client.clone();
        let acknowledged = &acknowledged;
        async move {
            for i in 0..10_000 {
                match client
                    .try_post(
                        "/api/v1/decisions",
                        decision(m.housing, 100, &format!("CASE-{n}-{i}")),
                    )
                    .await
                {
                    Some(reply) if reply.status.as_u16() == 201 => acknowledged
                        .lock()
                        .unwrap()
                        .push(reply.body["id"].as_str().unwrap().to_owned()),
                    _ => break,
                }
            }
        }
    };
    let killer = async {
        tokio::time::sleep(std::time::Duration::from_millis(700)).await;
        std::process::Command::new("kill")
            .args(["-9", &pid])
            .status()
            .unwrap();
    };
    let workers = futures_join(6, worker);
    tokio::join!(workers, killer);
    drop(server);
    let acknowledged = acknowledged.into_inner().unwrap();
    assert!(
        acknowledged.len() > 5,
        "decisions were logged before the kill: {}",
        acknowledged.len()
    );

    let server = Server::start(&db);
    let fatima = Client::anonymous(&server)
        .signed_in(&m.fatima.email, PASSWORD)
        .await;
    let controller = Client::anonymous(&server)
        .signed_in(&m.controller.email, PASSWORD)
        .await;
    let mut found = 0;
    let mut path = "/api/v1/decisions?limit=200".to_owned();
    loop {
        let page = fatima.get(&path).await;
        let ids: Vec<String> = page.body["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["id"].as_str().unwrap().to_owned())
            .collect();
        found += acknowledged.iter().filter(|id| ids.contains(id)).count();
        match page.body["nextCursor"].as_str() {
            Some(cursor) => path = format!("/api/v1/decisions?limit=200&cursor={cursor}"),
            None => break,
        }
    }
    assert_eq!(
        found,
        acknowledged.len(),
        "every acknowledged decision survived the kill"
    );
    let verified = controller.get("/api/v1/audit-events/verify").await;
    assert_eq!(verified.body["valid"], true, "{}", verified.text);
    assert_ledger_consistent(&db).await;
}

#[tokio::test]
async fn who_sees_which_decisions() {
    let (db, server, m) = setup().await;
    let mine = log(&m.fatima.client, decision(m.financial, 100, "CASE-V"))
        .await
        .id();
    let path = format!("/api/v1/decisions/{mine}");
    for client in [
        &m.fatima.client,
        &m.joost.client,
        &m.lead.client,
        &m.controller.client,
        &m.org.admin,
    ] {
        client.get(&path).await.assert_status(200);
    }
    m.sanne.client.get(&path).await.assert_problem(403);
    m.other_lead.client.get(&path).await.assert_problem(403);
    let other = Org::bootstrap(&db, &server, "Gemeente Elders").await;
    other.admin.get(&path).await.assert_problem(404);
    other
        .admin
        .post(&format!("{path}/approve"), json!({}))
        .await
        .assert_problem(404);
    assert!(
        !other
            .admin
            .get("/api/v1/decisions")
            .await
            .text
            .contains(&mine.to_string())
    );

    assert_eq!(
        m.joost.client.get("/api/v1/decisions").await.body["items"]
            .as_array()
            .unwrap()
            .len(),
        1,
        "the team's decisions"
    );
    assert_eq!(
        m.sanne.client.get("/api/v1/decisions").await.body["items"]
            .as_array()
            .unwrap()
            .len(),
        0
    );
    assert_eq!(
        m.controller.client.get("/api/v1/decisions").await.body["items"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let item = &m.joost.client.get("/api/v1/decisions").await.body["items"][0];
    assert!(
        item.get("situation").is_none() && item.get("clientRef").is_none(),
        "lists leave out free text and the client"
    );

    // Reading the free text is logged, in the processing log (the audit trail keeps changes).
    let reads = m
        .controller
        .client
        .get("/api/v1/processing-log?clientRef=CASE-V&limit=200")
        .await;
    let readers: Vec<&Value> = reads.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|record| record["name"] == "decision.read")
        .map(|record| &record["actorId"])
        .collect();
    assert!(
        readers.contains(&&json!(m.joost.id)) && readers.contains(&&json!(m.controller.id)),
        "{}",
        reads.text
    );
}

#[tokio::test]
async fn lists_filter_and_search() {
    let (_db, _server, m) = setup().await;
    let mut eviction = decision(m.financial, 35000, "CASE-S1");
    eviction["situation"] = json!("Dreigende uithuiszetting door huurachterstand.");
    let eviction = log(&m.fatima.client, eviction).await.id();
    log(&m.fatima.client, decision(m.financial, 60000, "CASE-S2"))
        .await
        .assert_status(201);
    let ids = |reply: &Reply| {
        reply.body["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["id"].as_str().unwrap().to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        ids(&m
            .lead
            .client
            .get("/api/v1/decisions?q=UITHUISZETTING")
            .await),
        [eviction.to_string()]
    );
    assert_eq!(
        ids(&m
            .lead
            .client
            .get("/api/v1/decisions?q=uithuiszetting%20huur")
            .await),
        [eviction.to_string()]
    );
    assert!(
        ids(&m
            .lead
            .client
            .get("/api/v1/decisions?q=uithuiszetting%20kinderen")
            .await)
        .is_empty()
    );
    assert_eq!(
        m.lead
            .client
            .get("/api/v1/decisions?status=awaiting_approval")
            .await
            .body["items"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        m.lead
            .client
            .get("/api/v1/decisions?status=recorded,awaiting_approval&verdict=within_mandate")
            .await
            .body["items"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        m.lead
            .client
            .get(&format!(
                "/api/v1/decisions?categoryId={}&professionalId={}",
                m.financial, m.fatima.id
            ))
            .await
            .body["items"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(
        m.lead
            .client
            .get("/api/v1/decisions?from=2000-01-01&to=2000-12-31")
            .await
            .body["items"]
            .as_array()
            .unwrap()
            .len(),
        0
    );
    let fields = m
        .lead
        .client
        .get("/api/v1/decisions?status=lost&verdict=maybe&from=2026-02-01&to=2026-01-01")
        .await
        .assert_problem(400);
    assert_eq!(fields, ["status", "verdict", "to"]);
}

#[tokio::test]
async fn invalid_decisions_name_every_field_at_once() {
    let (db, server, m) = setup().await;
    let other = Org::bootstrap(&db, &server, "Gemeente Elders").await;
    let foreign = other.category("vreemd").await;
    let body = json!({
        "categoryId": foreign, "clientRef": "111222333", "amountCents": -1,
        "title": "", "situation": "x", "solution": "", "rationale": "x".repeat(4001),
        "decidedAt": (chrono::Utc::now() + chrono::Duration::hours(1)).to_rfc3339(),
        "caseUrl": "javascript:alert(1)", "clientVerdict": "probably", "teamId": m.other_team,
    });
    let fields = log(&m.fatima.client, body).await.assert_problem(400);
    assert_eq!(
        fields,
        [
            "clientVerdict",
            "title",
            "solution",
            "rationale",
            "caseUrl",
            "clientRef",
            "amountCents",
            "categoryId",
            "decidedAt",
            "teamId"
        ]
    );
    // A body that cannot even be read as a decision (fields missing, of the wrong JSON type)
    // names every such field too, not just the first one the reader stumbled on.
    let unreadable = json!({"categoryId": 5, "amountCents": "veel", "title": ["x"], "urgent": "ja", "decidedAt": "gisteren"});
    let mut fields = log(&m.fatima.client, unreadable).await.assert_problem(400);
    fields.sort();
    assert_eq!(
        fields,
        [
            "amountCents",
            "categoryId",
            "clientRef",
            "decidedAt",
            "rationale",
            "situation",
            "solution",
            "title",
            "urgent"
        ]
    );
    // Only professionals log decisions.
    log(&m.controller.client, decision(m.financial, 1, "CASE-X"))
        .await
        .assert_problem(403);
}

#[tokio::test]
async fn idempotency_keys_are_forgotten_after_their_retention() {
    let (db, server, m) = setup().await;
    let first = log_with_key(
        &m.fatima.client,
        "old-key",
        &decision(m.financial, 100, "CASE-O1"),
    )
    .await;
    first.assert_status(201);
    drop(server);
    // Age the key far beyond the retention; a fresh start forgets it.
    db.execute("UPDATE idempotency_keys SET created_at = '2000-01-01 00:00:00+00:00'")
        .await;
    let server = Server::start(&db);
    let fatima = Client::anonymous(&server)
        .signed_in(&m.fatima.email, PASSWORD)
        .await;
    let mut reused = None;
    for _ in 0..50 {
        let reply = log_with_key(&fatima, "old-key", &decision(m.financial, 200, "CASE-O2")).await;
        if reply.status.as_u16() == 201 {
            reused = Some(reply);
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let reused = reused.expect("the forgotten key can be used for a new decision");
    assert_ne!(reused.id(), first.id());
}

#[tokio::test]
async fn a_final_decisions_amount_is_corrected_by_a_compensating_entry() {
    let (db, _server, m) = setup().await;
    let id = log(&m.fatima.client, decision(m.financial, 30000, "CASE-K"))
        .await
        .id();
    let before = category_budget(&m.fatima.client, m.financial).await;
    let path = format!("/api/v1/decisions/{id}/corrections");

    let fields = m
        .fatima
        .client
        .post(&path, json!({"amountCents": -1, "reason": " "}))
        .await
        .assert_problem(400);
    assert_eq!(fields, ["amountCents", "reason"]);
    // A colleague may not; a lead of another team does not even see it.
    m.joost
        .client
        .post(&path, json!({"amountCents": 1, "reason": "x"}))
        .await
        .assert_problem(403);
    m.other_lead
        .client
        .post(&path, json!({"amountCents": 1, "reason": "x"}))
        .await
        .assert_problem(404);

    let corrected = m
        .fatima
        .client
        .post(
            &path,
            json!({"amountCents": 28000, "reason": "De wasmachine was in de aanbieding."}),
        )
        .await;
    corrected.assert_status(201);
    assert_eq!(
        corrected.body["amountCents"], 30000,
        "the decided amount stays"
    );
    let last = corrected.body["events"].as_array().unwrap().last().unwrap();
    assert_eq!(last["kind"], "corrected");
    assert_eq!(last["data"]["fromCents"], 30000);
    assert_eq!(last["data"]["toCents"], 28000);
    let after = category_budget(&m.fatima.client, m.financial).await;
    assert_eq!(
        after["usedCents"].as_i64().unwrap(),
        before["usedCents"].as_i64().unwrap() - 2000
    );
    // The lead corrects it upwards; the same amount again changes nothing and is refused.
    m.lead
        .client
        .post(
            &path,
            json!({"amountCents": 31000, "reason": "Bezorgkosten."}),
        )
        .await
        .assert_status(201);
    m.lead
        .client
        .post(&path, json!({"amountCents": 31000, "reason": "Nogmaals."}))
        .await
        .assert_problem(409);

    // A waiting decision is withdrawn and logged again instead.
    let waiting = log(&m.fatima.client, decision(m.financial, 60000, "CASE-L"))
        .await
        .id();
    m.fatima
        .client
        .post(
            &format!("/api/v1/decisions/{waiting}/corrections"),
            json!({"amountCents": 50000, "reason": "x"}),
        )
        .await
        .assert_problem(409);
    assert_ledger_consistent(&db).await;
}

/// A stored value that is not what its column holds (a status, an event's data, the
/// explanation) is never read as some default: the read fails with a problem, and the server's
/// log names the cause.
#[tokio::test]
async fn a_stored_value_that_does_not_parse_is_a_logged_problem_not_a_default() {
    let (db, server, m) = setup().await;
    let logged = log(&m.fatima.client, decision(m.financial, 35000, "CASE-1")).await;
    logged.assert_status(201);
    let id = logged.id().to_string();
    let path = format!("/api/v1/decisions/{id}");
    m.fatima.client.get(&path).await.assert_status(200);

    for (tamper, cause) in [
        ("UPDATE decisions SET status = 'lost'", "is not a Status"),
        (
            "UPDATE decisions SET status = 'recorded', explanation = '[{\"rule\":1}]'",
            "ExplanationLine",
        ),
        ("UPDATE decisions SET explanation = '[]'", ""),
        (
            "UPDATE decision_events SET data = '{\"to\":\"recorded\"}'",
            "EventData",
        ),
    ] {
        let column = if tamper.contains("decision_events") {
            "decision_id"
        } else {
            "id"
        };
        db.execute(&format!("{tamper} WHERE {column} = {}", id_literal(&id)))
            .await;
        let read = m.fatima.client.get(&path).await;
        if cause.is_empty() {
            read.assert_status(200);
            continue;
        }
        read.assert_problem(500);
        assert!(
            !read.text.contains("lost"),
            "causes stay in the log: {}",
            read.text
        );
        let log = server.log_text();
        assert!(log.contains(cause), "the log names {cause:?}: {log}");
    }
}

/// The vier-ogenprincipe asks for a second competent colleague, not a superior: in a team where
/// everyone has `four_eyes` for a category, each may co-sign the other's decisions up to their
/// own alone-limit, and nobody co-signs their own.
#[tokio::test]
async fn peers_who_themselves_need_four_eyes_cosign_each_other_up_to_their_limit() {
    let (_db, _server, m) = setup().await;
    let current = m
        .lead
        .client
        .get(&format!("/api/v1/users/{}/mandate", m.joost.id))
        .await;
    let etag = current.header("etag").expect("an ETag").to_owned();
    let joost = json!({"validFrom": "2026-01-01", "reason": "gelijk aan het team", "period": "quarter", "rules": [rule(m.housing, "four_eyes", 30000, 100000, None)]});
    post_version(&m.lead.client, m.joost.id, Some(&etag), joost)
        .await
        .assert_status(201);

    let within_his = log(&m.fatima.client, decision(m.housing, 20000, "CASE-P1"))
        .await
        .id();
    let beyond_his = log(&m.fatima.client, decision(m.housing, 40000, "CASE-P2"))
        .await
        .id();
    let his_own = log(&m.joost.client, decision(m.housing, 10000, "CASE-P3")).await;
    assert_eq!(his_own.body["status"], "awaiting_cosign");
    let his_own = his_own.id();

    let inbox = m.joost.client.get("/api/v1/approvals").await;
    let cosigns: Vec<Value> = inbox.body["cosigns"].as_array().unwrap().clone();
    assert_eq!(cosigns.len(), 1, "{}", inbox.text);
    assert_eq!(cosigns[0]["id"], json!(within_his));

    let path = |id: Uuid| format!("/api/v1/decisions/{id}/cosign");
    m.joost
        .client
        .post(&path(beyond_his), json!({}))
        .await
        .assert_problem(403);
    m.joost
        .client
        .post(&path(his_own), json!({}))
        .await
        .assert_problem(403);
    let cosigned = m.joost.client.post(&path(within_his), json!({})).await;
    cosigned.assert_status(200);
    assert_eq!(cosigned.body["status"], "recorded");
    // Fatima (four eyes up to €500) co-signs Joost's €100 in turn.
    let back = m.fatima.client.post(&path(his_own), json!({})).await;
    assert_eq!(back.body["status"], "recorded", "{}", back.text);
}

/// A correction cannot carry a decision past the mandate: the author of a €1 decision who
/// corrects it to €50,000 gets a correction that waits for a lead, holding the difference as a
/// reservation, visible in the lead's inbox; approved it is committed, rejected it is released.
#[tokio::test]
async fn a_raise_beyond_the_mandate_waits_for_a_lead_and_books_only_a_reservation() {
    let (db, _server, m) = setup().await;
    let id = log(&m.fatima.client, decision(m.financial, 100, "CASE-R1"))
        .await
        .id();
    let path = format!("/api/v1/decisions/{id}/corrections");
    let before = category_budget(&m.fatima.client, m.financial).await;

    let raised = m
        .fatima
        .client
        .post(
            &path,
            json!({"amountCents": 5_000_000, "reason": "Toch een hele keuken."}),
        )
        .await;
    raised.assert_status(201);
    assert_eq!(
        raised.body["status"], "recorded",
        "the decision itself stays final"
    );
    let correction = raised.body["corrections"][0].clone();
    assert_eq!(correction["state"], "pending");
    assert_eq!(correction["verdict"], "outside_mandate");
    assert_eq!(correction["fromCents"], 100);
    assert_eq!(correction["toCents"], 5_000_000);
    assert!(
        correction["explanation"]
            .as_array()
            .is_some_and(|l| !l.is_empty())
    );
    let last = raised.body["events"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(last["kind"], "correction_requested");
    let budget = category_budget(&m.fatima.client, m.financial).await;
    assert_eq!(
        budget["reservedCents"].as_i64().unwrap(),
        before["reservedCents"].as_i64().unwrap() + 4_999_900,
        "the difference is only reserved: {budget}"
    );
    assert_eq!(budget["committedCents"], before["committedCents"]);
    let reserved_in_reports = |report: &Value| -> i64 {
        report["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|row| row["reservedCents"].as_i64().unwrap())
            .sum()
    };
    let use_report = m.lead.client.get("/api/v1/reports/budget-use").await;
    assert_eq!(
        reserved_in_reports(&use_report.body),
        4_999_900,
        "the budget-use report shows the waiting raise as reserved: {}",
        use_report.text
    );

    // While it waits, no second correction; the lead sees it in the inbox.
    m.fatima
        .client
        .post(&path, json!({"amountCents": 200, "reason": "x"}))
        .await
        .assert_problem(409);
    let inbox = m.lead.client.get("/api/v1/approvals").await;
    assert_eq!(
        inbox.body["corrections"][0]["decision"]["id"],
        json!(id),
        "{}",
        inbox.text
    );
    assert_eq!(
        inbox.body["corrections"][0]["correction"]["toCents"],
        5_000_000
    );
    assert_eq!(
        m.fatima.client.get("/api/v1/approvals").await.body["count"],
        0
    );

    let correction_id = correction["id"].as_str().unwrap().to_owned();
    let decide = |step: &str| format!("{path}/{correction_id}/{step}");
    // Never the author, a colleague or another team's lead.
    for client in [&m.fatima.client, &m.joost.client, &m.other_lead.client] {
        let refused = client.post(&decide("approve"), json!({})).await;
        assert!(
            [403, 404].contains(&refused.status.as_u16()),
            "{}",
            refused.text
        );
    }
    let approved = m
        .lead
        .client
        .post(
            &decide("approve"),
            json!({"comment": "Akkoord, offerte gezien."}),
        )
        .await;
    approved.assert_status(200);
    assert_eq!(approved.body["corrections"][0]["state"], "approved");
    assert_eq!(
        approved.body["corrections"][0]["decidedBy"],
        json!(m.lead.id)
    );
    let last = approved.body["events"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(last["kind"], "corrected");
    let after = category_budget(&m.fatima.client, m.financial).await;
    assert_eq!(after["reservedCents"], before["reservedCents"]);
    assert_eq!(
        after["committedCents"].as_i64().unwrap(),
        before["committedCents"].as_i64().unwrap() + 4_999_900
    );
    m.lead
        .client
        .post(&decide("reject"), json!({}))
        .await
        .assert_problem(409);
    let use_report = m.lead.client.get("/api/v1/reports/budget-use").await;
    assert_eq!(reserved_in_reports(&use_report.body), 0);
    // The controller finds it in the accountability export, with who approved the raise.
    let year = chrono::Utc::now().format("%Y").to_string();
    let export = m
        .controller
        .client
        .get(&format!("/api/v1/reports/accountability?year={year}"))
        .await;
    let row = export.body["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|row| row["decisionId"] == json!(id))
        .unwrap_or_else(|| panic!("the raised decision is in the export: {}", export.text))
        .clone();
    assert_eq!(row["correction"], "approved");
    assert_eq!(row["correctionToCents"], 5_000_000);
    assert_eq!(row["correctionVerdict"], "outside_mandate");
    assert!(
        row["correctionBy"]
            .as_str()
            .is_some_and(|name| !name.is_empty())
    );

    // A second raise, rejected: its reservation is released and the amount stays.
    let again = m
        .fatima
        .client
        .post(
            &path,
            json!({"amountCents": 5_500_000, "reason": "Nog een oven."}),
        )
        .await;
    let second = again.body["corrections"][1]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(again.body["corrections"][1]["state"], "pending");
    let rejected = m
        .lead
        .client
        .post(&format!("{path}/{second}/reject"), json!({}))
        .await;
    rejected.assert_status(200);
    assert_eq!(rejected.body["corrections"][1]["state"], "rejected");
    let final_budget = category_budget(&m.fatima.client, m.financial).await;
    assert_eq!(
        final_budget, after,
        "a rejected raise leaves nothing booked"
    );

    // Lowering stays immediate, whatever it was raised to.
    let lowered = m
        .fatima
        .client
        .post(
            &path,
            json!({"amountCents": 90, "reason": "Alles geretourneerd."}),
        )
        .await;
    assert_eq!(lowered.body["corrections"][2]["state"], "applied");
    assert_ledger_consistent(&db).await;
}
